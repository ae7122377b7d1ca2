"""Emergency wipe: crypto-shred a vault folder in a fraction of a second.

Everything in `vault.db` is encrypted with the data key, and the data key
exists on disk only wrapped in the key slots of `vault.header`. Destroying the
header (overwritten in place with random bytes, synced, then deleted) destroys
every way to the data key: no passphrase, recovery key or duress passphrase
opens anything afterwards, and a copy of `vault.db` taken earlier is random
noise without it. The database files are then simply unlinked, so the wipe
costs the same for a 1 MB vault as for a 100 GB one.

A wipe under duress must never be blocked: a vault open in another process
is wiped all the same (the report says so), and a damaged header or a keyring
that does not answer only shortens the report.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import secrets
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from casevault.core.atomic import fsync_dir
from casevault.core.errors import ErrorKind, VaultError, VaultInUseError
from casevault.core.vault import device
from casevault.core.vault.files import DB_NAME, DB_SIDE_FILES, HEADER_NAME
from casevault.core.vault.header import MAX_HEADER_BYTES, Header
from casevault.core.vault.lockfile import LOCK_NAME, VaultLock
from casevault.core.vault.unlock_guard import GUARD_NAME

# How long the wipe waits for the OS keyring. A keyring that asks the user to
# unlock it (or a hung D-Bus) must not hold up the wipe: the device secret is
# worthless once the header is gone, removing it is only tidiness.
KEYRING_TIMEOUT_SECONDS = 3.0
_VAULT_ID = re.compile(r"[0-9a-f]{32}")
_WRITE_CHUNK = 64 * 1024


@dataclass
class WipeReport:
    """What a wipe did. Nothing here is secret or about cases."""

    folder: Path
    vault_id: str | None = None
    header_bytes_overwritten: int = 0
    removed: list[str] = field(default_factory=list)
    # True: removed; False: none was there (or the vault was not bound);
    # None: the keyring could not be asked or did not answer in time.
    device_secret_removed: bool | None = False
    in_use_elsewhere: bool = False
    seconds: float = 0.0
    key_material_seconds: float = 0.0  # from the start until the header was gone


def wipe(folder: Path) -> WipeReport:
    """Crypto-shred the vault in `folder`; raise VAULT_MISSING if there is nothing to wipe."""
    started = time.perf_counter()
    report = WipeReport(folder=folder)
    header_path = folder / HEADER_NAME
    leftovers = _header_temp_files(folder)
    database_files = [folder / name for name in (DB_NAME, *DB_SIDE_FILES)]
    if not has_vault_files(folder):
        raise VaultError(ErrorKind.VAULT_MISSING, str(folder))

    lock = VaultLock(folder)
    try:
        lock.acquire()
    except VaultInUseError:
        report.in_use_elsewhere = True  # proceed: the other process cannot stop us

    try:
        device_bound, report.vault_id = _identity(header_path)
        for path in (header_path, *leftovers):
            try:
                size = _overwrite(path)
            except OSError:  # cannot overwrite (read-only?): deleting still beats keeping it
                size = 0
            if size is not None:
                report.header_bytes_overwritten += size
                _unlink(path, report)
        fsync_dir(folder)
        report.key_material_seconds = time.perf_counter() - started

        # The data in vault.db is AES-256 under a key that no longer exists anywhere,
        # so overwriting it would add nothing but minutes (gigabytes of writes) at the
        # worst possible moment. It would not even reach every copy: SSDs and flash
        # remap writes (wear levelling), so old pages stay in cells no program can
        # address. Crypto-shredding is what makes those remnants worthless too.
        for path in database_files:
            _unlink(path, report)
        # The failed-unlock counter would tell that a limit had been set.
        _unlink(folder / GUARD_NAME, report)

        if report.vault_id is not None and device_bound is not False:
            report.device_secret_removed = _delete_device_secret(report.vault_id)
    finally:
        # The lock file last: until it goes, another CaseVault sees the vault as busy.
        _unlink(folder / LOCK_NAME, report)
        lock.release()
        with contextlib.suppress(OSError):
            fsync_dir(folder)
    report.seconds = time.perf_counter() - started
    return report


def has_vault_files(folder: Path) -> bool:
    """Is there anything to wipe? (Also true after a wipe cut short once the header went.)"""
    names = (HEADER_NAME, DB_NAME, *DB_SIDE_FILES)
    return any((folder / name).exists() for name in names) or bool(_header_temp_files(folder))


def _identity(header_path: Path) -> tuple[bool | None, str | None]:
    """(device bound?, vault id) from the header; a damaged header gives what it can."""
    try:
        header = Header.read(header_path)
    except FileNotFoundError:
        return None, None
    except VaultError:
        pass
    else:
        return header.device_bound, header.vault_id
    try:
        with open(header_path, "rb") as handle:
            body = json.loads(handle.read(MAX_HEADER_BYTES))
    except (OSError, ValueError):
        return None, None
    if not isinstance(body, dict):
        return None, None
    vault_id = body.get("vault_id")
    bound = body.get("device_binding")
    return (
        bound if isinstance(bound, bool) else None,
        vault_id if isinstance(vault_id, str) and _VAULT_ID.fullmatch(vault_id) else None,
    )


def _overwrite(path: Path) -> int | None:
    """Overwrite the file in place with random bytes of its own length and sync it.

    Returns the number of bytes overwritten, or None if the file does not exist.
    """
    try:
        fd = os.open(path, os.O_WRONLY | getattr(os, "O_BINARY", 0))
    except FileNotFoundError:
        return None
    try:
        size = os.fstat(fd).st_size
        written = 0
        while written < size:
            chunk = secrets.token_bytes(min(_WRITE_CHUNK, size - written))
            view = memoryview(chunk)
            while view:
                count = os.write(fd, view)
                view = view[count:]
            written += len(chunk)
        os.fsync(fd)
        return size
    finally:
        os.close(fd)


def _unlink(path: Path, report: WipeReport) -> None:
    try:
        os.unlink(path)
    except FileNotFoundError:
        return
    report.removed.append(path.name)


def _header_temp_files(folder: Path) -> list[Path]:
    """Temporary headers left by a write cut short (see atomic.write_atomic)."""
    try:
        return sorted(folder.glob(f".{HEADER_NAME}.*.tmp"))
    except OSError:
        return []


def _delete_device_secret(vault_id: str) -> bool | None:
    """Remove the device secret, waiting at most KEYRING_TIMEOUT_SECONDS for the keyring."""
    outcome: list[bool | None] = [None]

    def remove() -> None:
        try:
            outcome[0] = device.delete_secret(vault_id)
        except Exception:  # a broken keyring must not turn a wipe into a crash
            outcome[0] = None

    worker = threading.Thread(target=remove, name="wipe-keyring", daemon=True)
    worker.start()
    worker.join(KEYRING_TIMEOUT_SECONDS)
    return outcome[0] if not worker.is_alive() else None
