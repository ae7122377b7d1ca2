"""Key handling: Argon2id floor and normalisation, recovery keys, passphrase change."""

from __future__ import annotations

import hashlib
import os
import unicodedata
from pathlib import Path

import pytest

from casevault.core.errors import ErrorKind, VaultError, WrongKeyError
from casevault.core.memory import zeroize
from casevault.core.vault.kdf import FLOOR, KdfParams, calibrate, derive, normalize_passphrase
from casevault.core.vault.recovery import format_recovery_key, new_recovery_key, parse_recovery_key
from casevault.core.vault.unlock import change_passphrase, recover
from casevault.core.vault.vault import Vault
from tests.helpers.vaults import PASSPHRASE


def test_kdf_refuses_below_the_floor() -> None:
    with pytest.raises(VaultError) as info:
        derive(
            bytearray(b"x"), b"\0" * 16, KdfParams(memory_kib=FLOOR.memory_kib // 2, iterations=3)
        )
    assert info.value.kind is ErrorKind.HEADER_WEAK_KDF


def test_calibration_never_goes_below_the_floor() -> None:
    params = calibrate(target_seconds=0.01)
    assert params.memory_kib >= FLOOR.memory_kib
    assert params.iterations >= FLOOR.iterations
    assert calibrate(target_seconds=1.0).iterations >= params.iterations


def test_derivation_depends_on_salt_and_secret() -> None:
    a = derive(bytearray(b"secret"), b"a" * 16, FLOOR)
    b = derive(bytearray(b"secret"), b"b" * 16, FLOOR)
    c = derive(bytearray(b"secreT"), b"a" * 16, FLOOR)
    assert len({bytes(a), bytes(b), bytes(c)}) == 3
    zeroize(a)
    assert a == bytearray(32)


def test_passphrase_is_nfc_normalised(tmp_path: Path) -> None:
    composed = "contraseña de Oaxaca"
    decomposed = unicodedata.normalize("NFD", composed)
    assert composed != decomposed
    assert normalize_passphrase(composed) == normalize_passphrase(decomposed)
    vault, _ = Vault.create(tmp_path / "v", composed, bind_device=False, kdf=FLOOR)
    vault.close()
    Vault.unlock(tmp_path / "v", decomposed).close()


def test_empty_passphrase_is_refused(tmp_path: Path) -> None:
    with pytest.raises(VaultError) as info:
        Vault.create(tmp_path / "v", "", bind_device=False, kdf=FLOOR)
    assert info.value.kind is ErrorKind.PASSPHRASE_EMPTY


def test_recovery_key_text_round_trips_with_human_variations() -> None:
    key = new_recovery_key()
    text = format_recovery_key(key)
    groups = text.split("-")
    assert len(groups) == 14 and all(len(g) == 4 for g in groups)
    assert parse_recovery_key(text) == key
    assert parse_recovery_key(text.lower().replace("-", " ")) == key
    assert parse_recovery_key(text.replace("O", "0").replace("I", "1")) == key


def test_mistyped_recovery_key_is_reported_as_a_typo() -> None:
    text = format_recovery_key(new_recovery_key())
    position = 7
    replacement = "A" if text[position] != "A" else "B"
    typo = text[:position] + replacement + text[position + 1 :]
    with pytest.raises(WrongKeyError) as info:
        parse_recovery_key(typo)
    assert info.value.kind is ErrorKind.MALFORMED_RECOVERY_KEY
    with pytest.raises(WrongKeyError):
        parse_recovery_key(text[:-5])


@pytest.mark.slow
def test_recover_sets_a_new_passphrase(vault_dir: Path, recovery_key: str) -> None:
    recover(vault_dir, recovery_key, "a brand new passphrase")
    Vault.unlock(vault_dir, "a brand new passphrase").close()
    with pytest.raises(WrongKeyError):
        Vault.unlock(vault_dir, PASSPHRASE)


def test_wrong_recovery_key_changes_nothing(vault_dir: Path) -> None:
    before = (vault_dir / "vault.header").read_bytes()
    with pytest.raises(WrongKeyError) as info:
        recover(vault_dir, format_recovery_key(new_recovery_key()), "whatever new")
    assert info.value.kind is ErrorKind.WRONG_RECOVERY_KEY
    assert info.value.exit_status == 3
    assert (vault_dir / "vault.header").read_bytes() == before


@pytest.mark.slow
def test_passphrase_change_leaves_the_database_byte_for_byte(vault_dir: Path) -> None:
    with Vault.unlock(vault_dir, PASSPHRASE) as vault, vault.db.transaction():
        vault.db.execute("INSERT INTO vault_meta VALUES ('note', 'kept')")
    digest = hashlib.sha256((vault_dir / "vault.db").read_bytes()).hexdigest()
    header_before = (vault_dir / "vault.header").read_bytes()
    change_passphrase(vault_dir, PASSPHRASE, "otra frase de acceso larga")
    assert hashlib.sha256((vault_dir / "vault.db").read_bytes()).hexdigest() == digest
    assert (vault_dir / "vault.header").read_bytes() != header_before
    assert sorted(os.listdir(vault_dir)) == ["lock", "vault.db", "vault.header"]
    with Vault.unlock(vault_dir, "otra frase de acceso larga") as vault:
        assert vault.db.execute("SELECT value FROM vault_meta").fetchone() == ("kept",)
    with pytest.raises(WrongKeyError):
        Vault.unlock(vault_dir, PASSPHRASE)


def test_passphrase_change_with_wrong_old_passphrase_changes_nothing(vault_dir: Path) -> None:
    before = (vault_dir / "vault.header").read_bytes()
    with pytest.raises(WrongKeyError):
        change_passphrase(vault_dir, "not it", "something new")
    assert (vault_dir / "vault.header").read_bytes() == before


def test_change_passphrase_while_open(vault_dir: Path) -> None:
    with Vault.unlock(vault_dir, PASSPHRASE) as vault:
        vault.change_passphrase("changed while open")
    Vault.unlock(vault_dir, "changed while open").close()


def test_create_refuses_an_existing_vault(vault_dir: Path) -> None:
    before = (vault_dir / "vault.header").read_bytes()
    with pytest.raises(VaultError) as info:
        Vault.create(vault_dir, "new one", bind_device=False, kdf=FLOOR)
    assert info.value.kind is ErrorKind.VAULT_EXISTS
    assert (vault_dir / "vault.header").read_bytes() == before


def test_missing_vault_is_reported(tmp_path: Path) -> None:
    with pytest.raises(VaultError) as info:
        Vault.unlock(tmp_path / "nothing-here", PASSPHRASE)
    assert info.value.kind is ErrorKind.VAULT_MISSING


def test_closing_the_vault_zeroes_the_data_key(vault_dir: Path) -> None:
    vault = Vault.unlock(vault_dir, PASSPHRASE)
    key_buffer = vault._dek
    assert any(key_buffer)
    vault.close()
    assert key_buffer == bytearray(32)
    assert not vault.is_open


def test_zeroize_overwrites_in_place() -> None:
    buffer = bytearray(b"secret material")
    view = memoryview(buffer)
    zeroize(buffer)
    assert bytes(view) == bytes(len(buffer))
