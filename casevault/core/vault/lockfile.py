"""An advisory lock so that two processes never open the same vault at once.

The lock belongs to an open file description: it disappears when the process
dies (even by SIGKILL) or replaces itself with exec, so it never goes stale.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from casevault.core.atomic import FILE_MODE
from casevault.core.errors import ErrorKind, VaultInUseError

LOCK_NAME = "lock"


class VaultLock:
    def __init__(self, folder: Path) -> None:
        self.path = folder / LOCK_NAME
        self._fd: int | None = None

    def acquire(self) -> VaultLock:
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, FILE_MODE)
        try:
            _lock(fd)
        except OSError as exc:
            os.close(fd)
            raise VaultInUseError(ErrorKind.VAULT_IN_USE) from exc
        self._fd = fd
        return self

    def release(self) -> None:
        if self._fd is not None:
            _unlock(self._fd)
            os.close(self._fd)
            self._fd = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def __enter__(self) -> VaultLock:
        return self.acquire()

    def __exit__(self, *_exc: object) -> None:
        self.release()


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _lock(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
