"""The one object the window and the commands talk to: a vault folder and whether it is open.

States: NO_VAULT (first run: nothing in the folder yet), LOCKED (a vault
exists, nothing is open) and UNLOCKED (the database is open in this process).
Unlocking is split in two so that a window never freezes: `unwrap()` runs the
slow Argon2id step and touches no database, so a worker thread may call it;
`open()` is quick and runs on the thread that will own the SQLCipher
connection. `create()` is slow too and leaves the new vault LOCKED (closed),
so no connection is ever left behind in a worker thread.
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from types import TracebackType

from casevault.core import exchange as exchange_api
from casevault.core.errors import ErrorKind, VaultError
from casevault.core.evidence.store import AttachmentStore
from casevault.core.exchange import Cancelled, Progress
from casevault.core.records import audit
from casevault.core.records.audit import AuditEntry, ChainReport
from casevault.core.records.search import (
    CaseFilter,
    CaseHit,
    Order,
    SearchResult,
    find_cases,
    search,
)
from casevault.core.records.store import CaseStore
from casevault.core.records.vocab import Vocabularies
from casevault.core.session.exchange import VaultExchange
from casevault.core.session.keys import VaultKeys
from casevault.core.vault import device, unlock_guard
from casevault.core.vault import unlock as unlocking
from casevault.core.vault import wipe as wiping
from casevault.core.vault.database import Database
from casevault.core.vault.files import VaultInfo, exists, info, read_header
from casevault.core.vault.header import Header
from casevault.core.vault.kdf import KdfParams
from casevault.core.vault.keyslots import Unwrapped
from casevault.core.vault.lockfile import VaultLock
from casevault.core.vault.selftest import run_self_test
from casevault.core.vault.unlock import unwrap_for_unlock
from casevault.core.vault.vault import Vault


class State(Enum):
    NO_VAULT = "no_vault"
    LOCKED = "locked"
    UNLOCKED = "unlocked"


class WorkerConnection:
    """A second connection to the open vault, for one worker thread.

    SQLite connections belong to the thread that made them: take this on the
    window's thread with `session.worker()`, then open and use it in the worker
    (`with connection:` ... ), which closes it when done.
    """

    def __init__(self, vault: Vault, vocabs: Vocabularies) -> None:
        self._vault = vault
        self._vocabs = vocabs
        self._db: Database | None = None

    def open(self) -> WorkerConnection:
        """Connect, on the thread that will use it (`with` does this and `close`)."""
        self._db = self._vault.connect()
        return self

    def close(self) -> None:
        """Close the connection, on the thread that opened it; safe to call twice."""
        db, self._db = self._db, None
        if db is not None:
            db.close()

    def __enter__(self) -> WorkerConnection:
        return self.open()

    def __exit__(
        self,
        _type: type[BaseException] | None,
        _value: BaseException | None,
        _traceback: TracebackType | None,
    ) -> None:
        self.close()

    def _opened(self) -> Database:
        if self._db is None:
            raise RuntimeError("the worker connection is not open")
        return self._db

    @property
    def attachments(self) -> AttachmentStore:
        return AttachmentStore(self._opened())

    @property
    def cases(self) -> CaseStore:
        return CaseStore(self._opened(), self._vocabs)


class Session:
    """A vault folder and, while unlocked, the open vault."""

    def __init__(self, folder: Path, *, kdf: KdfParams | None = None) -> None:
        """`kdf` None calibrates Argon2id on this machine at creation; tests pass FLOOR."""
        self.folder = folder
        self._kdf = kdf
        self._vault: Vault | None = None
        self._store: CaseStore | None = None
        self._attachments: AttachmentStore | None = None
        self._vocabs: Vocabularies | None = None

    @property
    def state(self) -> State:
        if self._vault is not None and self._vault.is_open:
            return State.UNLOCKED
        return State.LOCKED if exists(self.folder) else State.NO_VAULT

    @property
    def kdf(self) -> KdfParams | None:
        """The Argon2id settings new vaults get here (None: calibrated on this machine)."""
        return self._kdf

    @property
    def vault(self) -> Vault:
        """The open vault, for core code only: widgets and commands use the facets."""
        if self._vault is None or not self._vault.is_open:
            raise RuntimeError("the vault is not unlocked")
        return self._vault

    @property
    def keys(self) -> VaultKeys:
        """Passphrase, recovery key, duress passphrase and unlock limit of the open vault."""
        return VaultKeys(self.vault)

    @property
    def exchange(self) -> VaultExchange:
        """Export, import, backups, recipients and conflicts of the open vault."""
        return VaultExchange(self.vault)

    def worker(self) -> WorkerConnection:
        """A connection for one worker thread (opened by `with` in that thread)."""
        return WorkerConnection(self.vault, self.vocabs)

    def audit_entries(self, record_uuid: str | None = None) -> list[AuditEntry]:
        """What was done and when (never the content), for one record or all."""
        return audit.entries(self.vault.db, record_uuid)

    def verify_audit(self) -> ChainReport:
        """Check the audit log's hash chain from its first entry to its head."""
        return audit.verify(self.vault.db)

    @property
    def vocabs(self) -> Vocabularies:
        """The bilingual vocabularies (built-in plus the organisation's own), loaded once."""
        if self._vocabs is None:
            self._vocabs = Vocabularies.load()
        return self._vocabs

    @property
    def cases(self) -> CaseStore:
        """Reading and writing case records in the open vault."""
        vault = self.vault
        if self._store is None or self._store.db is not vault.db:
            self._store = CaseStore(vault.db, self.vocabs)
        return self._store

    @property
    def attachments(self) -> AttachmentStore:
        """The open vault's attachments (evidence files), on the window's connection."""
        vault = self.vault
        if self._attachments is None or self._attachments.db is not vault.db:
            self._attachments = AttachmentStore(vault.db)
        return self._attachments

    def search(
        self,
        flt: CaseFilter,
        *,
        limit: int | None = None,
        offset: int = 0,
        order: Order | None = None,
    ) -> SearchResult:
        return search(self.vault.db, flt, limit=limit, offset=offset, order=order)

    @staticmethod
    def keyring_available() -> bool:
        """Whether device binding can be offered on this computer right now."""
        return device.is_available()

    @staticmethod
    def keyring_name() -> str | None:
        return device.backend_name() if device.is_available() else None

    def info(self) -> VaultInfo | None:
        """Non-secret facts (device binding, KDF) without unlocking, or None if no vault."""
        if not exists(self.folder):
            return None
        return info(self.folder)

    # -- for the window --
    @staticmethod
    def self_test() -> dict[str, str]:
        """Facts about the crypto stack, or SelfTestError saying what cannot be trusted."""
        return run_self_test()

    # -- slow steps: safe to run in a worker thread ------------------------------------
    def create(self, passphrase: str, bind_device: bool) -> str:
        """Make the vault, close it again, and return the recovery key text to show once."""
        if self.state is not State.NO_VAULT:
            raise VaultError(ErrorKind.VAULT_EXISTS, str(self.folder))
        if not passphrase:
            raise VaultError(ErrorKind.PASSPHRASE_EMPTY)
        created, recovery_key_text = Vault.create(
            self.folder, passphrase, bind_device=bind_device, kdf=self._kdf
        )
        created.close()
        return recovery_key_text

    def unwrap(self, passphrase: str) -> Unwrapped:
        """Run Argon2id and open the key slot; raises WrongKeyError on a wrong passphrase.

        Every call counts against the failed-unlock limit, if one is set. A duress
        passphrase wipes the vault here and creates a fresh, empty one (slow: it runs
        Argon2id again, which is why it happens in this worker-thread step); the
        key returned is then the fresh vault's, and `open()` opens it like any other.
        """
        if self.state is State.UNLOCKED:
            raise VaultError(ErrorKind.VAULT_IN_USE)
        header = read_header(self.folder)
        return unwrap_for_unlock(self.folder, header, passphrase)

    def attempts_left(self) -> int | None:
        """Unlock attempts left before the vault is wiped, or None if no limit is set."""
        try:
            header = read_header(self.folder)
        except VaultError:
            return None
        state = unlock_guard.read(self.folder, header.vault_id)
        return None if state is None else state.remaining

    def unlock(self, passphrase: str) -> None:
        """Unwrap and open in one go, on the calling thread (the commands' way; slow)."""
        self.open(self.unwrap(passphrase))

    def change_passphrase(self, old_passphrase: str, new_passphrase: str) -> None:
        """`casevault passwd`: the old passphrase is an unlock attempt (counted; duress
        wipes); the database is not opened and stays byte-for-byte the same."""
        if self.state is State.UNLOCKED:
            raise VaultError(ErrorKind.VAULT_IN_USE)
        unlocking.change_passphrase(self.folder, old_passphrase, new_passphrase)

    def recover(self, recovery_key_text: str, new_passphrase: str) -> None:
        """A new passphrase with the recovery key (re-binds the vault on a new laptop)."""
        if self.state is State.UNLOCKED:
            raise VaultError(ErrorKind.VAULT_IN_USE)
        unlocking.recover(self.folder, recovery_key_text, new_passphrase)

    def wipe(self) -> wiping.WipeReport:
        """Close the vault if it is open, then crypto-shred the folder."""
        self.lock()
        return wiping.wipe(self.folder)

    def has_vault_files(self) -> bool:
        """Whether anything of a vault (even a damaged one) is in the folder."""
        return wiping.has_vault_files(self.folder)

    def restore_backup(
        self,
        path: Path,
        new_passphrase: str,
        *,
        identity_text: str | None = None,
        passphrase: str | None = None,
        bind_device: bool = False,
        allow_unsigned: bool = False,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> str:
        """A new vault in this folder from a full backup; returns its recovery key to show
        once. Slow, opens its own connections and leaves the vault LOCKED."""
        return exchange_api.restore_backup(
            path,
            self.folder,
            new_passphrase,
            identity_text=identity_text,
            passphrase=passphrase,
            bind_device=bind_device,
            kdf=self._kdf,
            allow_unsigned=allow_unsigned,
            progress=progress,
            cancelled=cancelled,
        )

    # -- quick steps: on the thread that owns the database ---------------------------
    def open(self, unwrapped: Unwrapped) -> Vault:
        """Open the database with an unwrapped key (consumed: it is zeroed either way)."""
        if self.state is State.UNLOCKED:
            unwrapped.discard()
            raise VaultError(ErrorKind.VAULT_IN_USE)
        try:
            header = read_header(self.folder)
        except BaseException:
            unwrapped.discard()
            raise
        # Vault.open checks the header's MAC with this key, so a header swapped
        # between unwrap() and open() is refused.
        self._vault = Vault.open(self.folder, header, unwrapped)
        return self._vault

    def lock(self) -> None:
        """Close the database and zero the data key. Safe to call when already locked."""
        opened, self._vault = self._vault, None
        self._store = None
        self._attachments = None
        if opened is not None and opened.is_open:
            opened.close()

    # -- for the commands ----------------------------------------------------------------
    def check_ready(self) -> Header:
        """Refuse a missing, damaged or busy vault before any secret is asked for."""
        header = read_header(self.folder)
        with VaultLock(self.folder):
            pass
        return header

    def check_recovery_key(self, recovery_key_text: str) -> None:
        """Raise unless it is this vault's recovery key (quick: no Argon2id, writes nothing)."""
        unlocking.check_recovery_key(read_header(self.folder), recovery_key_text)

    def create_open(self, passphrase: str, bind_device: bool) -> str:
        """As `create()`, but the new vault stays open (on the calling thread): `init`
        and `demo`. Returns the recovery key text to show once."""
        if self.state is not State.NO_VAULT:
            raise VaultError(ErrorKind.VAULT_EXISTS, str(self.folder))
        self._vault, recovery_key_text = Vault.create(
            self.folder, passphrase, bind_device=bind_device, kdf=self._kdf
        )
        return recovery_key_text

    def find_cases(self, flt: CaseFilter) -> list[CaseHit]:
        """Every matching case, best first: a script wants them all, not one page."""
        return find_cases(self.vault.db, flt, complete=True)

    def check_pages(self) -> tuple[int, list[str]]:
        """The database's page count, and what is wrong with its pages ([] if sound)."""
        db = self.vault.db
        pages = int(db.execute("PRAGMA page_count").fetchone()[0])
        return pages, db.check_pages()
