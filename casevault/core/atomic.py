"""Files that are either the old version or the new one, never half of each.

Write to a temporary name beside the target (same file system), fsync, then
`os.replace`, then fsync the folder so the rename itself survives a power cut.
Files are created 0600 and folders 0700 before any byte is written.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
from pathlib import Path

from casevault.core.errors import ErrorKind, VaultError

FILE_MODE = 0o600
DIR_MODE = 0o700


def ensure_private_dir(path: Path) -> Path:
    """Create `path` (and parents) and make sure only the owner can enter it."""
    path.mkdir(mode=DIR_MODE, parents=True, exist_ok=True)
    if os.name == "posix":
        os.chmod(path, DIR_MODE)
    return path


def fsync_dir(path: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_atomic(target: Path, data: bytes) -> None:
    """Replace `target` with `data` atomically; on any failure the old file is untouched."""
    folder = target.parent
    temp = folder / f".{target.name}.{secrets.token_hex(8)}.tmp"
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(temp, flags, FILE_MODE)
        try:
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(temp, target)
        fsync_dir(folder)
    except OSError as exc:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()
        kind = ErrorKind.DISK_FULL if exc.errno == errno.ENOSPC else ErrorKind.IO_FAILED
        raise VaultError(kind, exc.strerror or str(exc)) from exc
