"""An unlocked vault: the open database and the data key, until it is closed.

Creating a vault, opening it with an unwrapped key, and what can be done while it
is open: change the passphrase, a new recovery key, the duress passphrase and the
unlock limit, second connections for worker threads. Typed secrets that are
unlock attempts (unlock, `passwd`, recovery) go through unlock.py.
"""

from __future__ import annotations

import hmac
from pathlib import Path

from casevault.core.errors import ErrorKind, IntegrityError, VaultError, WrongKeyError
from casevault.core.memory import zeroize
from casevault.core.vault import device, unlock_guard
from casevault.core.vault.database import Database
from casevault.core.vault.files import DB_NAME, header_path, read_header
from casevault.core.vault.header import DURESS_SLOT, Header, SlotType
from casevault.core.vault.kdf import KdfParams
from casevault.core.vault.keyfile import create_files, rewrap
from casevault.core.vault.keyslots import (
    Unwrapped,
    remove_duress,
    seal_duress,
    seal_recovery,
    unwrap_with_passphrase,
)
from casevault.core.vault.lockfile import VaultLock
from casevault.core.vault.recovery import format_recovery_key, new_recovery_key
from casevault.core.vault.repair import discard_incomplete
from casevault.core.vault.schema import migrate
from casevault.core.vault.unlock import unwrap_for_unlock

DURESS_META_KEY = "duress_set"


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
        self.header = rewrap(self.folder, self.header, new_passphrase, self._dek)

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
