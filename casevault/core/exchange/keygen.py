"""`keygen`: a new age identity file for the head office, like `age-keygen -o`."""

from __future__ import annotations

import errno
import os
from datetime import UTC, datetime
from pathlib import Path

import pyrage

from casevault.core.atomic import FILE_MODE
from casevault.core.errors import ErrorKind, VaultError


def keygen(out: Path) -> str:
    """Write a new identity to `out` (0600, never overwriting); return its public key."""
    identity = pyrage.x25519.Identity.generate()
    public = str(identity.to_public())
    stamp = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    text = f"# created: {stamp}\n# public key: {public}\n{identity}\n".encode()
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(out, flags, FILE_MODE)
    except FileExistsError as exc:
        raise VaultError(ErrorKind.FILE_EXISTS, str(out)) from exc
    except OSError as exc:
        raise VaultError(ErrorKind.IO_FAILED, exc.strerror or str(exc)) from exc
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
    except OSError as exc:
        out.unlink(missing_ok=True)
        kind = ErrorKind.DISK_FULL if exc.errno == errno.ENOSPC else ErrorKind.IO_FAILED
        raise VaultError(kind, exc.strerror or str(exc)) from exc
    return public
