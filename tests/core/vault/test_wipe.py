"""Emergency wipe: after it, nothing opens the vault, whatever its size."""

from __future__ import annotations

import os
import shutil
import threading
from pathlib import Path

import pytest

from casevault.core.errors import ErrorKind, VaultError
from casevault.core.vault import device
from casevault.core.vault import wipe as wipemod
from casevault.core.vault.database import Database
from casevault.core.vault.files import DB_NAME, HEADER_NAME, read_header
from casevault.core.vault.kdf import FLOOR
from casevault.core.vault.keyslots import unwrap_with_passphrase
from casevault.core.vault.unlock import recover
from casevault.core.vault.vault import Vault
from casevault.core.vault.wipe import has_vault_files, wipe
from tests.helpers.vaults import PASSPHRASE

CANARY = "CANARY-wipe-7f3a9"
VAULT_FILES = {"vault.header", "vault.db", "vault.db-wal", "vault.db-shm", "vault.db-journal"}
GIB = 1024**3


def _open_copy(copy_dir: Path, header_source: Path, passphrase: str) -> str:
    """Open a copied vault.db with the data key unwrapped from `header_source`; read the canary."""
    header = read_header(header_source)
    unwrapped = unwrap_with_passphrase(header, passphrase)
    try:
        db = Database(copy_dir / DB_NAME, unwrapped.payload)
    finally:
        unwrapped.discard()
    try:
        return str(db.execute("SELECT value FROM wipe_canary").fetchone()[0])
    finally:
        db.close()


@pytest.mark.keyring
def test_after_a_wipe_nothing_opens_the_vault(keyring_bus: str, tmp_path: Path) -> None:
    folder = tmp_path / "bound"
    vault, recovery = Vault.create(folder, PASSPHRASE, bind_device=True, kdf=FLOOR)
    vault_id = vault.header.vault_id
    with vault.db.transaction():
        vault.db.execute("CREATE TABLE wipe_canary (value TEXT)")
        vault.db.execute("INSERT INTO wipe_canary VALUES (?)", (CANARY,))
    vault.close()

    # A copy of the whole folder taken before the wipe (as a thief's disk image would be):
    # before the wipe, its vault.db opens with the passphrase (so this test can fail).
    before = tmp_path / "copy-before"
    shutil.copytree(folder, before)
    assert _open_copy(before, folder, PASSPHRASE) == CANARY
    device.load_secret(vault_id).clear()

    report = wipe(folder)

    assert report.vault_id == vault_id
    assert report.device_secret_removed is True
    assert not report.in_use_elsewhere
    assert report.header_bytes_overwritten == (before / HEADER_NAME).stat().st_size
    assert {HEADER_NAME, DB_NAME, "lock"} <= set(report.removed)
    assert not VAULT_FILES & {p.name for p in folder.iterdir()}
    assert not any(folder.iterdir())
    assert not has_vault_files(folder)

    # Passphrase and recovery key open nothing; the device secret is gone.
    with pytest.raises(VaultError) as unlock:
        Vault.unlock(folder, PASSPHRASE)
    assert unlock.value.kind is ErrorKind.VAULT_MISSING
    with pytest.raises(VaultError) as recovered:
        recover(folder, recovery, "una frase nueva cualquiera")
    assert recovered.value.kind is ErrorKind.VAULT_MISSING
    with pytest.raises(VaultError) as secret:
        device.load_secret(vault_id)
    assert secret.value.kind is ErrorKind.DEVICE_SECRET_MISSING

    # The old database copy alone: without the header nothing unwraps its key.
    (before / HEADER_NAME).unlink()
    with pytest.raises(VaultError) as copy:
        _open_copy(before, before, PASSPHRASE)
    assert copy.value.kind is ErrorKind.VAULT_MISSING
    assert CANARY.encode() not in (before / DB_NAME).read_bytes()


def test_the_overwritten_header_is_random_before_it_is_deleted(
    vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What the header's disk blocks held at the moment of deletion: random bytes."""
    original = (vault_dir / HEADER_NAME).read_bytes()
    seen: dict[str, bytes] = {}
    real_unlink = os.unlink

    def spy(path: object) -> None:
        target = Path(str(path))
        if target.name == HEADER_NAME:
            seen["header"] = target.read_bytes()
        real_unlink(target)

    monkeypatch.setattr("casevault.core.vault.wipe.os.unlink", spy)
    wipe(vault_dir)
    assert len(seen["header"]) == len(original)
    assert seen["header"] != original
    assert b'"slots"' not in seen["header"] and b"casevault-header" not in seen["header"]


def test_a_vault_open_elsewhere_is_wiped_all_the_same(vault_dir: Path) -> None:
    vault = Vault.unlock(vault_dir, PASSPHRASE)
    try:
        report = wipe(vault_dir)
    finally:
        vault.close()
    assert report.in_use_elsewhere
    assert not has_vault_files(vault_dir)
    with pytest.raises(VaultError):
        Vault.unlock(vault_dir, PASSPHRASE)


def test_a_damaged_header_and_leftovers_are_wiped(vault_dir: Path) -> None:
    header = vault_dir / HEADER_NAME
    header.write_bytes(b"\x00garbage" + header.read_bytes()[8:])
    (vault_dir / ".vault.header.0123456789abcdef.tmp").write_bytes(b'{"slots": []}')
    (vault_dir / "vault.db-wal").write_bytes(b"w" * 100)
    report = wipe(vault_dir)
    assert report.vault_id is None
    assert not any(vault_dir.iterdir())


def test_an_empty_folder_is_not_a_vault(tmp_path: Path) -> None:
    with pytest.raises(VaultError) as missing:
        wipe(tmp_path)
    assert missing.value.kind is ErrorKind.VAULT_MISSING


def test_a_wipe_cut_short_after_the_header_can_be_finished(vault_dir: Path) -> None:
    (vault_dir / HEADER_NAME).unlink()
    report = wipe(vault_dir)
    assert DB_NAME in report.removed
    assert not any(vault_dir.iterdir())


def make_large_vault(folder: Path, size: int) -> None:
    """A real vault whose encrypted vault.db holds about `size` bytes of random blobs."""
    vault, _ = Vault.create(folder, PASSPHRASE, bind_device=False, kdf=FLOOR)
    try:
        db = vault.db
        with db.transaction():
            db.execute("CREATE TABLE ballast (data BLOB)")
            blob = 16 * 1024 * 1024
            db.execute(
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) "
                "INSERT INTO ballast SELECT randomblob(?) FROM n",
                (size // blob, blob),
            )
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        vault.close()


@pytest.mark.slow
def test_a_1_gb_vault_is_wiped_completely(tmp_path: Path) -> None:
    """A large vault goes the same way as a small one: the header first, then every file.

    How long it takes is a benchmark figure (benchmarks/bench_wipe.py), not a test.
    """
    folder = tmp_path / "big"
    make_large_vault(folder, GIB)
    header_size = (folder / HEADER_NAME).stat().st_size
    assert (folder / DB_NAME).stat().st_size >= GIB
    report = wipe(folder)
    assert report.header_bytes_overwritten == header_size
    assert {HEADER_NAME, DB_NAME} <= set(report.removed)
    assert 0 < report.key_material_seconds <= report.seconds
    assert not any(folder.iterdir())
    with pytest.raises(VaultError) as unlock:
        Vault.unlock(folder, PASSPHRASE)
    assert unlock.value.kind is ErrorKind.VAULT_MISSING


def test_a_keyring_that_does_not_answer_does_not_hold_up_the_wipe(
    vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    answer = threading.Event()

    def hanging_delete(_vault_id: str) -> bool:
        answer.wait(30)  # a keyring waiting for someone to unlock it
        return True

    monkeypatch.setattr(wipemod, "KEYRING_TIMEOUT_SECONDS", 0.05)
    monkeypatch.setattr(wipemod, "_identity", lambda _path: (True, "0" * 32))
    monkeypatch.setattr(device, "delete_secret", hanging_delete)
    try:
        report = wipe(vault_dir)
    finally:
        answer.set()
    assert report.device_secret_removed is None
    assert not any(vault_dir.iterdir())
