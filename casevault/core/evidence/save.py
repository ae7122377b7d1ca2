"""A decrypted copy of an attachment as an ordinary file, when the person asks for one.

Written under a temporary name in the target folder (0600), hashed while
written, fsynced, and renamed over the target only if its SHA-256 matches the
intake hash; on a mismatch, a cancel or an error the temporary file is removed.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import secrets
from pathlib import Path

from casevault.core.atomic import FILE_MODE, fsync_dir
from casevault.core.errors import ErrorKind, IntegrityError, VaultError
from casevault.core.evidence.chunks import iter_chunks
from casevault.core.progress import Cancelled, Progress
from casevault.core.vault.database import Database


def save_copy(
    db: Database,
    uuid: str,
    name: str,
    sha256: str,
    size: int,
    target: Path,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> None:
    folder = target.parent
    temp = folder / f".{target.name}.{secrets.token_hex(8)}.partial"
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(temp, flags, FILE_MODE)
        try:
            digest = hashlib.sha256()
            done = 0
            for data in iter_chunks(db, uuid):
                if cancelled is not None and cancelled():
                    raise VaultError(ErrorKind.CANCELLED)
                digest.update(data)
                view = memoryview(data)
                while view:
                    view = view[os.write(fd, view) :]
                done += len(data)
                if progress is not None:
                    progress(done, max(size, done))
            if (digest.hexdigest(), done) != (sha256, size):
                raise IntegrityError(ErrorKind.ATTACHMENT_DAMAGED, name)
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(temp, target)
        fsync_dir(folder)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            temp.unlink()
        if isinstance(exc, OSError):
            kind = ErrorKind.DISK_FULL if exc.errno == errno.ENOSPC else ErrorKind.IO_FAILED
            raise VaultError(kind, exc.strerror or str(exc)) from exc
        raise
