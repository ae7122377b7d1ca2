"""`casevault init` and `casevault info`."""

from __future__ import annotations

from pathlib import Path

import pytest

from casevault.core.vault.recovery import parse_recovery_key
from casevault.core.vault.vault import Vault
from tests.helpers.cli import RECOVERY_KEY_PATTERN, assert_clean, lines, run_cli, sha256

NEW_PASSPHRASE = "una frase de acceso larga para la prueba"


def test_init_then_info(tmp_path: Path) -> None:
    folder = tmp_path / "new vault"
    made = run_cli("init", "--vault", folder, "--passphrase-stdin", stdin=lines(NEW_PASSPHRASE))
    assert made.status == 0, made.stderr
    keys = RECOVERY_KEY_PATTERN.findall(made.stdout)
    assert len(keys) == 1  # shown once, and only on stdout
    assert RECOVERY_KEY_PATTERN.search(made.stderr) is None
    parse_recovery_key(keys[0])  # well-formed, with its check digits
    assert "paper" in made.stdout
    assert "only way back" in made.stdout
    assert NEW_PASSPHRASE not in made.stdout + made.stderr
    # No keyring in the test environment: passphrase only, and the person is told.
    assert "passphrase only" in made.stderr
    with Vault.unlock(folder, NEW_PASSPHRASE) as vault:
        assert not vault.header.device_bound

    shown = run_cli("info", "--vault", folder)
    assert shown.status == 0, shown.stderr
    facts = dict(line.split(": ", 1) for line in shown.stdout.splitlines())
    assert facts["Vault folder"] == str(folder)
    assert len(facts["Vault ID"]) == 32
    assert facts["Format version"] == "1"
    assert facts["Key derivation"] == "Argon2id"
    assert facts["Argon2id memory"] == "256 MiB"
    assert int(facts["Argon2id passes"]) >= 3
    assert facts["Argon2id lanes"] == "4"
    assert facts["Key slots"].startswith("4 (")
    assert "cannot be told apart" in facts["Key slots"]
    assert facts["Device binding"] == "off (passphrase only)"
    assert facts["Keyring on this computer"] == "none usable"
    assert RECOVERY_KEY_PATTERN.search(shown.stdout) is None


def test_info_reads_the_header_without_unlocking(vault_dir: Path) -> None:
    header_before = sha256(vault_dir / "vault.header")
    shown = run_cli("info", "--vault", vault_dir)  # no secret given, none asked for
    assert shown.status == 0, shown.stderr
    assert f"Vault folder: {vault_dir}\n" in shown.stdout
    assert "Argon2id passes: 3\n" in shown.stdout
    assert sha256(vault_dir / "vault.header") == header_before


def test_init_refuses_an_existing_vault(vault_dir: Path) -> None:
    before = {p.name: sha256(p) for p in vault_dir.iterdir() if p.is_file()}
    refused = run_cli("init", "--vault", vault_dir, "--passphrase-stdin", stdin=lines("otra"))
    assert refused.status == 1
    assert "already exists" in refused.stderr
    assert str(vault_dir) in refused.stderr
    assert refused.stdout == ""
    assert_clean(refused.stderr)
    after = {p.name: sha256(p) for p in vault_dir.iterdir() if p.is_file()}
    assert after == before


def test_device_binding_without_a_keyring_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "v"
    refused = run_cli(
        "init", "--vault", folder, "--device-binding", "--passphrase-stdin", stdin=lines("x")
    )
    assert refused.status == 1
    assert "keyring is not available" in refused.stderr
    assert "--no-device-binding" in refused.stderr
    assert not (folder / "vault.header").exists()


@pytest.mark.parametrize("command", ["info", "passwd", "recover"])
def test_missing_vault_is_explained(tmp_path: Path, command: str) -> None:
    folder = tmp_path / "nowhere"
    result = run_cli(command, "--vault", folder)
    assert result.status == 1
    assert "There is no vault in this folder" in result.stderr
    assert f"casevault init --vault {folder}" in result.stderr
    assert_clean(result.stderr)
    assert not folder.exists()


def test_default_vault_folder_is_in_the_user_data_dir(isolated_user_dirs: Path) -> None:
    result = run_cli("info")
    assert result.status == 1
    assert str(isolated_user_dirs / ".local/share") in result.stderr


@pytest.mark.keyring
def test_init_with_device_binding_on_a_real_keyring(keyring_bus: str, tmp_path: Path) -> None:
    folder = tmp_path / "bound"
    made = run_cli(
        "init", "--vault", folder, "--device-binding", "--passphrase-stdin",
        stdin=lines(NEW_PASSPHRASE),
    )  # fmt: skip
    assert made.status == 0, made.stderr
    shown = run_cli("info", "--vault", folder)
    assert shown.status == 0, shown.stderr
    assert "Device binding: on (" in shown.stdout
    assert "Keyring on this computer: SecretService Keyring (usable)" in shown.stdout
