"""The SQLCipher connection: settings, the authorizer, tamper detection, migrations."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import sqlcipher3

from casevault.core.errors import DeniedError, ErrorKind, IntegrityError
from casevault.core.vault.database import Database, raw_key_blob
from casevault.core.vault.schema import LATEST, migrate, schema_version
from casevault.core.vault.vault import Vault
from tests.helpers.vaults import PASSPHRASE


@pytest.fixture
def vault(vault_dir: Path):  # type: ignore[no-untyped-def]
    opened = Vault.unlock(vault_dir, PASSPHRASE)
    yield opened
    opened.close()


def test_connection_settings(vault: Vault) -> None:
    db = vault.db
    assert db.execute("PRAGMA temp_store").fetchone()[0] == 2
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute("PRAGMA secure_delete").fetchone()[0] == 1


def test_cipher_memory_security_is_on(vault: Vault) -> None:
    with vault.db.privileged():  # cipher pragmas are denied to ordinary code
        assert vault.db.execute("PRAGMA cipher_memory_security").fetchone()[0] == "1"


@pytest.mark.parametrize(
    "sql",
    [
        "ATTACH DATABASE 'plain.db' AS plain KEY ''",
        "ATTACH DATABASE ':memory:' AS m",
        "PRAGMA temp_store = FILE",
        "PRAGMA temp_store = 1",
        "PRAGMA temp_store_directory = '/tmp'",
        "PRAGMA key = 'x'",
        "PRAGMA rekey = 'x'",
        "PRAGMA hexrekey = '00'",
        "PRAGMA cipher_memory_security = OFF",
        "PRAGMA cipher_plaintext_header_size = 32",
        "SELECT load_extension('libfoo')",
        "SELECT sqlcipher_export('plain')",
    ],
)
def test_authorizer_denies_dangerous_statements(vault: Vault, sql: str, tmp_path: Path) -> None:
    os.chdir(tmp_path)
    with pytest.raises(DeniedError):
        vault.db.execute(sql)
    assert vault.db.execute("PRAGMA temp_store").fetchone()[0] == 2
    assert not (tmp_path / "plain.db").exists()


def test_privileged_code_path_may_attach(vault: Vault, tmp_path: Path) -> None:
    target = tmp_path / "copy.db"
    with vault.db.privileged():
        vault.db.execute(f"ATTACH DATABASE '{target}' AS copy")
        vault.db.execute("DETACH DATABASE copy")
    with pytest.raises(DeniedError):
        vault.db.execute(f"ATTACH DATABASE '{target}' AS copy")


def test_raw_key_blob_is_the_sqlcipher_raw_key_form() -> None:
    key = bytearray(range(32))
    assert raw_key_blob(key) == bytearray(b"x'" + bytes(range(32)).hex().encode() + b"'")


def test_wrong_key_on_the_database_is_an_integrity_error(vault_dir: Path) -> None:
    with pytest.raises(IntegrityError) as info:
        Database(vault_dir / "vault.db", bytearray(os.urandom(32)))
    assert info.value.kind is ErrorKind.DATABASE_DAMAGED


@pytest.mark.slow
def test_tampered_database_page_is_detected(vault_dir: Path) -> None:
    with Vault.unlock(vault_dir, PASSPHRASE) as vault, vault.db.transaction():
        vault.db.executemany(
            "INSERT INTO vault_meta VALUES (?, ?)", [(f"k{i}", "x" * 500) for i in range(200)]
        )
    db_file = vault_dir / "vault.db"
    data = db_file.read_bytes()
    with Vault.unlock(vault_dir, PASSPHRASE) as vault:
        assert vault.db.check_pages() == []
    pages = len(data) // 4096
    assert pages > 4
    sample = sorted({*range(1, pages, max(1, pages // 8)), pages - 1})
    for page in sample:  # page 1 (offset 0) is checked on every open, below
        damaged = bytearray(data)
        damaged[4096 * page + 100] ^= 0x01
        db_file.write_bytes(bytes(damaged))
        try:
            with Vault.unlock(vault_dir, PASSPHRASE) as vault:
                assert vault.db.check_pages(), f"page {page + 1}"
        except IntegrityError:
            pass  # a damaged schema page is already refused when the vault opens
    damaged = bytearray(data)
    damaged[100] ^= 0x01
    db_file.write_bytes(bytes(damaged))
    with pytest.raises(IntegrityError):
        Vault.unlock(vault_dir, PASSPHRASE)


def test_missing_database_is_not_silently_recreated(vault_dir: Path) -> None:
    (vault_dir / "vault.db").unlink()
    with pytest.raises(IntegrityError):
        Vault.unlock(vault_dir, PASSPHRASE)
    assert not (vault_dir / "vault.db").exists()


def test_database_file_has_no_plaintext_sqlite_header(vault_dir: Path) -> None:
    assert not (vault_dir / "vault.db").read_bytes().startswith(b"SQLite format 3")


def test_migrations_are_numbered_and_idempotent(vault: Vault) -> None:
    assert schema_version(vault.db) == LATEST
    assert migrate(vault.db) == 0


def test_plain_sqlite_cannot_read_the_vault(vault_dir: Path) -> None:
    import sqlite3

    conn = sqlite3.connect(vault_dir / "vault.db")
    with pytest.raises(sqlite3.DatabaseError):
        conn.execute("SELECT * FROM sqlite_master").fetchall()
    conn.close()
    conn = sqlcipher3.connect(str(vault_dir / "vault.db"))
    with pytest.raises(sqlcipher3.DatabaseError):
        conn.execute("SELECT * FROM sqlite_master").fetchall()
    conn.close()


def test_a_worker_connection_sees_commits_and_is_configured_alike(vault: Vault) -> None:
    import threading

    vault.db.execute("INSERT INTO vault_meta VALUES ('probe', 'from the window')")
    seen: list[object] = []

    def worker() -> None:
        db = vault.connect()
        try:
            seen.append(db.execute("SELECT value FROM vault_meta WHERE key='probe'").fetchone()[0])
            seen.append(db.execute("PRAGMA temp_store").fetchone()[0])
            seen.append(db.execute("PRAGMA busy_timeout").fetchone()[0])
            with db.transaction():
                db.execute("INSERT INTO vault_meta VALUES ('probe2', 'from the worker')")
        finally:
            db.close()

    thread = threading.Thread(target=worker)
    thread.start()
    thread.join()
    assert seen == ["from the window", 2, 10_000]
    row = vault.db.execute("SELECT value FROM vault_meta WHERE key='probe2'").fetchone()
    assert row[0] == "from the worker"
