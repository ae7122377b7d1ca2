"""`casevault wipe`: confirmation, scripts, the report, and Spanish."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from casevault.core.errors import ErrorKind, VaultError
from casevault.core.vault.vault import Vault
from tests.helpers.cli import assert_clean, run_cli
from tests.helpers.terminal import Terminal
from tests.helpers.vaults import PASSPHRASE

posix_only = pytest.mark.skipif(os.name != "posix", reason="pseudo-terminals are POSIX")


def _assert_wiped(folder: Path) -> None:
    assert not any(folder.iterdir())
    with pytest.raises(VaultError) as refused:
        Vault.unlock(folder, PASSPHRASE)
    assert refused.value.kind is ErrorKind.VAULT_MISSING


def test_wipe_yes_wipes_and_reports(vault_dir: Path) -> None:
    done = run_cli("wipe", "--vault", vault_dir, "--yes")
    assert done.status == 0, done.stderr
    assert f"Vault folder: {vault_dir}\n" in done.stdout
    assert "Key file: " in done.stdout and "bytes overwritten with random data" in done.stdout
    assert "Files deleted: vault.header, vault.db, lock\n" in done.stdout
    assert "Device secret in the keyring: none to remove\n" in done.stdout
    assert "Time taken: " in done.stdout and "keys destroyed after" in done.stdout
    assert "The vault was wiped" in done.stderr
    assert "open in another" not in done.stderr
    assert_clean(done.stderr)
    _assert_wiped(vault_dir)


def test_without_yes_and_without_a_terminal_it_is_a_usage_error(vault_dir: Path) -> None:
    refused = run_cli("wipe", "--vault", vault_dir)
    assert refused.status == 2
    assert "add --yes" in refused.stderr
    assert_clean(refused.stderr)
    Vault.unlock(vault_dir, PASSPHRASE).close()


def test_a_missing_vault_is_the_usual_no_vault_error(tmp_path: Path) -> None:
    missing = run_cli("wipe", "--vault", tmp_path / "nada", "--yes")
    assert missing.status == 1
    assert "There is no vault in this folder" in missing.stderr
    assert_clean(missing.stderr)


def test_a_vault_open_elsewhere_is_wiped_with_a_warning(vault_dir: Path) -> None:
    vault = Vault.unlock(vault_dir, PASSPHRASE)
    try:
        done = run_cli("wipe", "--vault", vault_dir, "--yes")
    finally:
        vault.close()
    assert done.status == 0, done.stderr
    assert "open in another CaseVault window or program" in done.stderr
    _assert_wiped(vault_dir)


def test_wipe_in_spanish(vault_dir: Path) -> None:
    done = run_cli("wipe", "--vault", vault_dir, "--yes", lang="es_MX")
    assert done.status == 0, done.stderr
    assert f"Carpeta de la bóveda: {vault_dir}\n" in done.stdout
    assert "Archivos eliminados: vault.header, vault.db, lock\n" in done.stdout
    assert "claves destruidas a los" in done.stdout
    assert "La bóveda fue borrada" in done.stderr
    refused = run_cli("wipe", "--vault", vault_dir, lang="es_MX")
    assert refused.status == 1
    assert "No hay ninguna bóveda en esta carpeta" in refused.stderr
    helped = run_cli("wipe", "--help", lang="es_MX")
    assert "borra sin pedir confirmación" in helped.stdout


@posix_only
def test_on_a_terminal_the_confirmation_word_is_asked(vault_dir: Path) -> None:
    term = Terminal("wipe", "--vault", vault_dir)
    term.expect("To wipe it, type WIPE and press Enter: ")
    term.type("wipe it")
    status, rest = term.finish()
    assert status == 1
    assert "You did not type WIPE. Nothing was wiped." in rest
    Vault.unlock(vault_dir, PASSPHRASE).close()

    term = Terminal("wipe", "--vault", vault_dir)
    term.expect("type WIPE and press Enter: ")
    term.type("WIPE")
    status, rest = term.finish()
    assert status == 0, rest
    assert "The vault was wiped" in rest
    _assert_wiped(vault_dir)


@posix_only
def test_spanish_accepts_either_word(vault_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CASEVAULT_LANG", "es_MX")
    term = Terminal("wipe", "--vault", vault_dir)
    term.expect("Para borrarla, escriba BORRAR y presione Enter: ")
    term.type("borrar")
    status, rest = term.finish()
    assert status == 0, rest
    assert "La bóveda fue borrada" in rest
    _assert_wiped(vault_dir)
