"""Writing key material to the vault folder: a new vault's files, and re-wrapping the
data key under a new passphrase (the database is never touched by either)."""

from __future__ import annotations

import contextlib
import os
import secrets
import uuid
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from casevault.core.atomic import ensure_private_dir
from casevault.core.errors import ErrorKind, VaultError
from casevault.core.memory import zeroize
from casevault.core.vault import device
from casevault.core.vault.database import Database
from casevault.core.vault.files import DB_NAME, DB_SIDE_FILES, exists, header_path
from casevault.core.vault.header import SLOT_COUNT, Header, Slot
from casevault.core.vault.kdf import SALT_LENGTH, KdfParams, calibrate
from casevault.core.vault.keyslots import seal_passphrase, seal_recovery
from casevault.core.vault.lockfile import VaultLock
from casevault.core.vault.recovery import new_recovery_key

DEK_BYTES = 32


def create_files(
    folder: Path,
    passphrase: str,
    *,
    bind_device: bool,
    kdf: KdfParams | None,
    lock: VaultLock | None = None,
) -> tuple[Header, bytearray, bytearray]:
    """Write a new vault's database and header; return (header, data key, recovery key).

    Both keys are the caller's to zeroize. With `lock` given, the lock stays held
    on return (released on failure); without it, it is released.
    """
    ensure_private_dir(folder)
    if exists(folder):
        raise VaultError(ErrorKind.VAULT_EXISTS, str(folder))
    held = lock or VaultLock(folder)
    held.acquire()
    dek = bytearray(secrets.token_bytes(DEK_BYTES))
    recovery_key = new_recovery_key()
    device_secret: bytearray | None = None
    try:
        _remove_orphan_database(folder)
        header = Header(
            vault_id=uuid.uuid4().hex,
            created=datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
            salt=secrets.token_bytes(SALT_LENGTH),
            kdf=kdf or calibrate(),
            device_bound=bind_device,
            slots=tuple(Slot.filler() for _ in range(SLOT_COUNT)),
        )
        header.kdf.check_floor()
        if bind_device:
            device_secret = device.create_secret(header.vault_id)
        header = seal_passphrase(header, passphrase, dek, device_secret)
        header = seal_recovery(header, recovery_key, dek).signed(dek)
        # The database first, the header last: until the header exists there is no vault.
        Database(folder / DB_NAME, dek).close()
        header.write(header_path(folder))
    except BaseException:
        zeroize(dek)
        zeroize(recovery_key)
        held.release()
        raise
    finally:
        zeroize(device_secret)
    if lock is None:
        held.release()
    return header, dek, recovery_key


def rewrap(
    folder: Path, header: Header, new_passphrase: str, dek: bytearray, *, rebind: bool = False
) -> Header:
    secret: bytearray | None = None
    bound = header.device_bound
    try:
        if bound:
            try:
                secret = device.load_secret(header.vault_id)
            except VaultError:
                if not rebind:
                    raise
                bound = device.is_available()
                secret = device.create_secret(header.vault_id) if bound else None
        updated = replace(header, device_bound=bound)
        updated = seal_passphrase(updated, new_passphrase, dek, secret).signed(dek)
        updated.write(header_path(folder))
        return updated
    finally:
        zeroize(secret)


def _remove_orphan_database(folder: Path) -> None:
    """A vault.db without a header is an interrupted creation: nobody can ever open it."""
    for name in (DB_NAME, *DB_SIDE_FILES):
        with contextlib.suppress(FileNotFoundError):
            os.unlink(folder / name)
