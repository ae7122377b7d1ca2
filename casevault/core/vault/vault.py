"""The vault folder: create, open, close, change passphrase, recover, describe.

<folder>/vault.header   wrapped data key (see header.py)
<folder>/vault.db       SQLCipher database keyed with the data key
<folder>/lock           advisory lock while a process has the vault open
"""

from __future__ import annotations

import contextlib
import hmac
import os
import secrets
import uuid
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

from casevault.core.atomic import ensure_private_dir
from casevault.core.errors import ErrorKind, IntegrityError, VaultError, WrongKeyError
from casevault.core.evidence.chunks import discard_incomplete
from casevault.core.memory import zeroize
from casevault.core.vault import device, unlock_guard
from casevault.core.vault.database import Database
from casevault.core.vault.header import DURESS_SLOT, SLOT_COUNT, VERSION, Header, Slot, SlotType
from casevault.core.vault.kdf import SALT_LENGTH, KdfParams, calibrate
from casevault.core.vault.keyslots import (
    Unwrapped,
    remove_duress,
    seal_duress,
    seal_passphrase,
    seal_recovery,
    unwrap_with_passphrase,
    unwrap_with_recovery,
)
from casevault.core.vault.lockfile import VaultLock
from casevault.core.vault.recovery import format_recovery_key, new_recovery_key, parse_recovery_key
from casevault.core.vault.schema import migrate

HEADER_NAME = "vault.header"
DB_NAME = "vault.db"
DB_SIDE_FILES = ("vault.db-wal", "vault.db-shm", "vault.db-journal")
DEK_BYTES = 32
DURESS_META_KEY = "duress_set"


@dataclass(frozen=True)
class VaultInfo:
    """Facts readable without unlocking; nothing here is secret or about cases."""

    folder: Path
    vault_id: str
    created: str
    format_version: int
    kdf: KdfParams
    slot_count: int
    device_bound: bool
    keyring_backend: str | None


def header_path(folder: Path) -> Path:
    return folder / HEADER_NAME


def exists(folder: Path) -> bool:
    return header_path(folder).is_file()


def read_header(folder: Path) -> Header:
    try:
        return Header.read(header_path(folder))
    except FileNotFoundError as exc:
        raise VaultError(ErrorKind.VAULT_MISSING, str(folder)) from exc


def info(folder: Path) -> VaultInfo:
    header = read_header(folder)
    return VaultInfo(
        folder=folder,
        vault_id=header.vault_id,
        created=header.created,
        format_version=VERSION,
        kdf=header.kdf,
        slot_count=len(header.slots),
        device_bound=header.device_bound,
        keyring_backend=device.backend_name() if device.is_available() else None,
    )


class Vault:
    """An unlocked vault: the open database plus the data key, until `close()`."""

    def __init__(self, folder: Path, header: Header, dek: bytearray, lock: VaultLock) -> None:
        self.folder = folder
        self.header = header
        self._dek = dek
        self._lock = lock
        db_path = folder / DB_NAME
        if not db_path.is_file():
            raise IntegrityError(ErrorKind.DATABASE_DAMAGED, "vault.db is missing")
        self.db = Database(db_path, dek)
        try:
            migrate(self.db)
            # Attachments whose intake a crash or kill interrupted: gone for good.
            discard_incomplete(self.db)
            # A successful open resets the failed-unlock counter (and restores the
            # guard file from the database if it was deleted or edited).
            unlock_guard.sync(folder, header.vault_id, self.db)
        except BaseException:
            self.db.close()
            raise

    # -- opening ---------------------------------------------------------------
    @classmethod
    def create(
        cls,
        folder: Path,
        passphrase: str,
        *,
        bind_device: bool,
        kdf: KdfParams | None = None,
    ) -> tuple[Vault, str]:
        """Make a new vault; return it open, with the recovery key to show once."""
        lock = VaultLock(folder)
        header, dek, recovery_key = create_files(
            folder, passphrase, bind_device=bind_device, kdf=kdf, lock=lock
        )
        try:
            vault = cls(folder, header, dek, lock)
        except BaseException:
            zeroize(dek)
            lock.release()
            raise
        finally:
            shown = format_recovery_key(recovery_key)
            zeroize(recovery_key)
        return vault, shown

    @classmethod
    def open(cls, folder: Path, header: Header, unwrapped: Unwrapped) -> Vault:
        """Open with a key already unwrapped (the GUI unwraps off its main thread)."""
        if unwrapped.slot_type != SlotType.PASSPHRASE:
            unwrapped.discard()
            raise VaultError(ErrorKind.WRONG_PASSPHRASE, "not a data key slot")
        lock = VaultLock(folder).acquire()
        dek = unwrapped.payload
        try:
            header.verify_mac(dek)
            return cls(folder, header, dek, lock)
        except BaseException:
            zeroize(dek)
            lock.release()
            raise

    @classmethod
    def unlock(cls, folder: Path, passphrase: str) -> Vault:
        """Unlock with a typed passphrase: counted, and a duress passphrase wipes."""
        from casevault.core.vault.unlock import unwrap_for_unlock  # unlock.py imports this module

        header = read_header(folder)
        unwrapped = unwrap_for_unlock(folder, header, passphrase)
        try:
            header = read_header(folder)  # a new one if the duress passphrase was typed
        except BaseException:
            unwrapped.discard()
            raise
        return cls.open(folder, header, unwrapped)

    # -- while open ------------------------------------------------------------
    def change_passphrase(self, new_passphrase: str) -> None:
        """Re-wrap the data key; the database is not touched."""
        self.header = _rewrap(self.folder, self.header, new_passphrase, self._dek)

    # -- a new recovery key (while open) -------------------------------------------
    def check_passphrase(self, passphrase: str) -> None:
        """Raise WrongKeyError unless `passphrase` is this vault's passphrase (not its
        duress one). Slow (one Argon2id run), writes nothing: safe in a worker thread."""
        unwrapped = unwrap_with_passphrase(self.header, passphrase)
        try:
            right = unwrapped.slot_type == SlotType.PASSPHRASE and hmac.compare_digest(
                bytes(unwrapped.payload), bytes(self._dek)
            )
        finally:
            unwrapped.discard()
        if not right:
            raise WrongKeyError(ErrorKind.WRONG_PASSPHRASE)

    def replace_recovery_key(self) -> str:
        """Seal the data key under a fresh recovery key in slot 1 and return it, formatted,
        to show once. The old recovery key opens nothing from now on. Quick."""
        key = new_recovery_key()
        try:
            updated = seal_recovery(self.header, key, self._dek).signed(self._dek)
            updated.write(header_path(self.folder))
            self.header = updated
            return format_recovery_key(key)
        finally:
            zeroize(key)

    # -- duress passphrase and failed-unlock limit (while open) ----------------------
    @property
    def has_duress(self) -> bool:
        """Whether a duress passphrase is set (known only inside the encrypted database)."""
        row = self.db.execute("SELECT value FROM vault_meta WHERE key = ?", (DURESS_META_KEY,))
        return row.fetchone() is not None

    def set_duress(self, duress_passphrase: str) -> None:
        """Seal the duress slot (replacing any earlier duress passphrase)."""
        self.apply_duress(self.prepare_duress(duress_passphrase))

    def prepare_duress(self, duress_passphrase: str) -> Header:
        """The slow half of `set_duress` (one Argon2id run): writes nothing, touches no
        database, so the GUI may run it in a worker thread."""
        if not duress_passphrase:
            raise VaultError(ErrorKind.PASSPHRASE_EMPTY)
        header = self.header
        secret = device.load_secret(header.vault_id) if header.device_bound else None
        try:
            return seal_duress(header, duress_passphrase, secret).signed(self._dek)
        finally:
            zeroize(secret)

    def apply_duress(self, prepared: Header) -> None:
        """The quick half, on the thread that owns the database. Only slot 2 is taken from
        `prepared`, so a passphrase changed in between is kept."""
        prepared.verify_mac(self._dek)
        if prepared.associated_data() != self.header.associated_data():
            raise VaultError(ErrorKind.HEADER_DAMAGED, "prepared for another header")
        updated = self.header.with_slot(DURESS_SLOT, prepared.slots[DURESS_SLOT])
        updated = updated.signed(self._dek)
        updated.write(header_path(self.folder))
        self.header = updated
        with self.db.transaction():
            self.db.execute(
                "INSERT OR REPLACE INTO vault_meta VALUES (?, ?)", (DURESS_META_KEY, "1")
            )

    def remove_duress(self) -> None:
        """Slot 2 becomes random filler again, like a slot never used."""
        updated = remove_duress(self.header).signed(self._dek)
        updated.write(header_path(self.folder))
        self.header = updated
        with self.db.transaction():
            self.db.execute("DELETE FROM vault_meta WHERE key = ?", (DURESS_META_KEY,))

    @property
    def unlock_limit(self) -> int | None:
        """Wipe after this many failed unlocks in a row (None: never)."""
        return unlock_guard.stored_limit(self.db)

    def set_unlock_limit(self, limit: int | None) -> None:
        unlock_guard.store_limit(self.db, limit)
        unlock_guard.sync(self.folder, self.header.vault_id, self.db)

    def connect(self) -> Database:
        """A second connection to this vault's database, for one worker thread.

        SQLite connections belong to the thread that made them, so a long job
        (attachment intake, export) opens its own and closes it when done. WAL lets
        it read while the window's connection writes; writers wait for each other
        (busy timeout), so long writers commit in batches.
        """
        return Database(self.folder / DB_NAME, self._dek)

    def close(self) -> None:
        try:
            self.db.close()
        finally:
            zeroize(self._dek)
            self._lock.release()

    @property
    def is_open(self) -> bool:
        return not self.db.closed

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


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


def change_passphrase(folder: Path, old_passphrase: str, new_passphrase: str) -> None:
    """Change the passphrase without opening the database (it stays byte-for-byte the same).

    The old passphrase is an unlock attempt like any other: counted by the
    failed-unlock guard, and a duress passphrase wipes (the fresh vault then gets
    the new passphrase, as the person watching expects).
    """
    from casevault.core.vault.unlock import unwrap_for_unlock  # unlock.py imports this module

    header = read_header(folder)
    unwrapped = unwrap_for_unlock(folder, header, old_passphrase)
    try:
        with VaultLock(folder):
            header = read_header(folder)
            header.verify_mac(unwrapped.payload)
            _rewrap(folder, header, new_passphrase, unwrapped.payload)
            # The old passphrase opened the vault: the counter starts again.
            unlock_guard.reset(folder, header.vault_id)
    finally:
        unwrapped.discard()


def recover(folder: Path, recovery_key_text: str, new_passphrase: str) -> None:
    """Set a new passphrase using the recovery key.

    On a laptop where the vault's device secret is missing (a new machine), the
    vault is re-bound to this laptop's keyring if it has one, else made
    passphrase-only.
    """
    with VaultLock(folder):
        header = read_header(folder)
        recovery_key = parse_recovery_key(recovery_key_text)
        try:
            unwrapped = unwrap_with_recovery(header, recovery_key)
        finally:
            zeroize(recovery_key)
        dek = unwrapped.payload
        try:
            header.verify_mac(dek)
            _rewrap(folder, header, new_passphrase, dek, rebind=True)
            unlock_guard.reset(folder, header.vault_id)  # the owner is back: count afresh
        finally:
            zeroize(dek)


def _rewrap(
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
