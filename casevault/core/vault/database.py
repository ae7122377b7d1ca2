"""The SQLCipher connection: keyed with the raw data key, checked, locked down.

The key is handed to SQLCipher through `set_key` as the raw-key blob form
x'<64 hex digits>' built inside a bytearray that is zeroed straight after,
so it never appears in SQL text and SQLCipher skips its own PBKDF2 step.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlcipher3

from casevault.core.errors import DeniedError, ErrorKind, IntegrityError, VaultError
from casevault.core.memory import zeroize

_HEX = b"0123456789abcdef"
CACHE_KIB = 64 * 1024
# Denied outright, even to read: key handling and every cipher_* setting.
_DENIED_PRAGMAS = {"key", "rekey", "hexkey", "hexrekey", "textkey", "textrekey"}
# Denied when setting a value; reading the current value is harmless.
_READ_ONLY_PRAGMAS = {"temp_store", "temp_store_directory", "data_store_directory"}
_DENIED_FUNCTIONS = {"load_extension", "sqlcipher_export", "fts3_tokenizer"}
BUSY_TIMEOUT_MS = 10_000
_SQLITE_OK = int(sqlcipher3.SQLITE_OK)
_SQLITE_DENY = int(sqlcipher3.SQLITE_DENY)


def _create_private(path: Path) -> None:
    """Create the database file 0600 before SQLite does (it would use 0644 less the
    umask); SQLite gives the -wal, -shm and -journal files the main file's mode. A
    file an older version left group- or other-readable is made private."""
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    except FileExistsError:
        if os.name == "posix" and path.stat().st_mode & 0o077:
            with contextlib.suppress(PermissionError):  # not ours: SQLCipher says what's wrong
                os.chmod(path, 0o600)


def raw_key_blob(dek: bytearray) -> bytearray:
    """b"x'<hex>'" in a fresh bytearray, without an intermediate immutable copy."""
    blob = bytearray(b"x'") + bytearray(len(dek) * 2) + bytearray(b"'")
    for i, byte in enumerate(dek):
        blob[2 + 2 * i] = _HEX[byte >> 4]
        blob[3 + 2 * i] = _HEX[byte & 0x0F]
    return blob


class Database:
    """One open, keyed SQLCipher database, owned by the thread that opened it."""

    def __init__(self, path: Path, dek: bytearray) -> None:
        self.path = path
        self._privileged = False
        # Per-transaction scratch space (e.g. the audit head) and work to do just
        # before COMMIT; both are dropped when the transaction ends either way.
        self.tx_cache: dict[str, Any] = {}
        self._before_commit: list[Callable[[], None]] = []
        _create_private(path)
        self._conn: Any = sqlcipher3.connect(str(path), isolation_level=None)
        blob = raw_key_blob(dek)
        try:
            self._conn.execute("PRAGMA cipher_log_level = NONE")
            self._conn.set_key(blob)
        finally:
            zeroize(blob)
        try:
            # A real read: the first page is decrypted and its HMAC checked here.
            self._conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher3.DatabaseError as exc:
            self._conn.close()
            raise IntegrityError(ErrorKind.DATABASE_DAMAGED, str(exc)) from exc
        self._configure()

    def _configure(self) -> None:
        conn = self._conn
        conn.execute("PRAGMA cipher_memory_security = ON")
        conn.execute("PRAGMA temp_store = MEMORY")
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if str(mode).lower() != "wal":
            raise VaultError(ErrorKind.IO_FAILED, f"journal mode {mode}")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        # A second connection (a worker's) may hold the write lock for one batch.
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA secure_delete = ON")
        # Decrypted pages stay cached (in memory only): SQLCipher pays its cost per page read.
        conn.execute(f"PRAGMA cache_size = {-CACHE_KIB}")
        conn.enable_load_extension(False)
        conn.set_authorizer(self._authorize)

    def _authorize(
        self, action: int, arg1: str | None, arg2: str | None, _db: str | None, _src: str | None
    ) -> int:
        if self._privileged:
            return _SQLITE_OK
        if action == sqlcipher3.SQLITE_ATTACH:
            return _SQLITE_DENY
        if action == sqlcipher3.SQLITE_PRAGMA and arg1 is not None:
            name = arg1.lower()
            if name in _DENIED_PRAGMAS or name.startswith("cipher"):
                return _SQLITE_DENY
            if name in _READ_ONLY_PRAGMAS and arg2 is not None:
                return _SQLITE_DENY
        if (
            action == sqlcipher3.SQLITE_FUNCTION
            and arg2 is not None
            and arg2.lower() in _DENIED_FUNCTIONS
        ):
            return _SQLITE_DENY
        return _SQLITE_OK

    @contextmanager
    def privileged(self) -> Iterator[None]:
        """For the vault's own backup/export code only: lift the authorizer's denials."""
        self._privileged = True
        try:
            yield
        finally:
            self._privileged = False

    def check_pages(self) -> list[str]:
        """Every page's HMAC (SQLCipher) and the b-tree structure (SQLite); [] if sound."""
        problems: list[str] = []
        try:
            with self.privileged():
                problems += [str(r[0]) for r in self.execute("PRAGMA cipher_integrity_check")]
            problems += [
                str(r[0]) for r in self.execute("PRAGMA quick_check") if str(r[0]).lower() != "ok"
            ]
        except (sqlcipher3.DatabaseError, IntegrityError) as exc:
            problems.append(str(exc))
        return problems

    # -- queries ---------------------------------------------------------------
    def execute(self, sql: str, params: Sequence[Any] | Mapping[str, Any] = ()) -> Any:
        try:
            return self._conn.execute(sql, params)
        except sqlcipher3.DatabaseError as exc:
            raise _translate(exc) from exc

    def executemany(self, sql: str, rows: Any) -> Any:
        try:
            return self._conn.executemany(sql, rows)
        except sqlcipher3.DatabaseError as exc:
            raise _translate(exc) from exc

    @contextmanager
    def transaction(self) -> Iterator[Database]:
        """BEGIN IMMEDIATE ... COMMIT, rolled back on any error."""
        self.execute("BEGIN IMMEDIATE")
        try:
            yield self
            for callback in self._before_commit:
                callback()
        except BaseException:
            self._conn.execute("ROLLBACK")
            raise
        finally:
            self._before_commit.clear()
            self.tx_cache.clear()
        self.execute("COMMIT")

    def before_commit(self, callback: Callable[[], None]) -> None:
        """Run `callback` inside the current transaction, just before it commits."""
        if not self.in_transaction:
            raise RuntimeError("before_commit needs an open transaction")
        self._before_commit.append(callback)

    @property
    def in_transaction(self) -> bool:
        return bool(self._conn.in_transaction)

    def close(self) -> None:
        if self._conn is None:
            return
        # Closing must not fail; SQLite checkpoints on close as well.
        with contextlib.suppress(sqlcipher3.DatabaseError):
            self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self._conn.close()
        self._conn = None

    @property
    def closed(self) -> bool:
        return self._conn is None


def _translate(exc: Exception) -> Exception:
    message = str(exc)
    if "not authorized" in message:
        return DeniedError(ErrorKind.OPERATION_DENIED, message)
    if "database or disk is full" in message:
        return VaultError(ErrorKind.DISK_FULL, message)
    if isinstance(exc, sqlcipher3.DatabaseError) and (
        "malformed" in message or "not a database" in message
    ):
        return IntegrityError(ErrorKind.DATABASE_DAMAGED, message)
    return exc
