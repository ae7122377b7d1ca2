"""Device binding against a real Secret Service (a private gnome-keyring on a private bus)."""

from __future__ import annotations

from pathlib import Path

import pytest

from casevault.core.errors import ErrorKind, VaultError, WrongKeyError
from casevault.core.vault import device
from casevault.core.vault import files as vault_files
from casevault.core.vault.kdf import FLOOR
from casevault.core.vault.unlock import recover
from casevault.core.vault.vault import Vault

PASS = "frase de acceso para el equipo"
pytestmark = pytest.mark.keyring


@pytest.mark.slow
def test_bound_vault_opens_only_with_the_device_secret(keyring_bus: str, tmp_path: Path) -> None:
    assert device.is_available()
    assert device.backend_name() == "SecretService Keyring"
    folder = tmp_path / "bound"
    vault, recovery = Vault.create(folder, PASS, bind_device=True, kdf=FLOOR)
    vault_id = vault.header.vault_id
    vault.close()
    facts = vault_files.info(folder)
    assert facts.device_bound
    assert facts.keyring_backend == "SecretService Keyring"
    Vault.unlock(folder, PASS).close()

    # The same files on a machine without the secret: the passphrase alone is not enough.
    assert device.delete_secret(vault_id)
    with pytest.raises(WrongKeyError) as info:
        Vault.unlock(folder, PASS)
    assert info.value.kind is ErrorKind.DEVICE_SECRET_MISSING

    # The recovery key re-binds the vault to this keyring with a new secret.
    recover(folder, recovery, "nueva frase tras recuperar")
    assert vault_files.info(folder).device_bound
    Vault.unlock(folder, "nueva frase tras recuperar").close()


def test_wrong_device_secret_does_not_open(keyring_bus: str, tmp_path: Path) -> None:
    folder = tmp_path / "bound"
    vault, _ = Vault.create(folder, PASS, bind_device=True, kdf=FLOOR)
    vault_id = vault.header.vault_id
    vault.close()
    device.delete_secret(vault_id)
    device.create_secret(vault_id)  # a different secret under the same name
    with pytest.raises(WrongKeyError) as info:
        Vault.unlock(folder, PASS)
    assert info.value.kind is ErrorKind.WRONG_PASSPHRASE


def test_without_a_keyring_the_vault_is_passphrase_only(tmp_path: Path) -> None:
    # The autouse fixture removed the session bus: no trusted backend answers.
    assert not device.is_available()
    with pytest.raises(VaultError) as info:
        Vault.create(tmp_path / "v", PASS, bind_device=True, kdf=FLOOR)
    assert info.value.kind is ErrorKind.KEYRING_UNAVAILABLE
    vault, _ = Vault.create(tmp_path / "v2", PASS, bind_device=False, kdf=FLOOR)
    vault.close()
    facts = vault_files.info(tmp_path / "v2")
    assert not facts.device_bound
    assert facts.keyring_backend is None


def test_untrusted_backends_never_qualify(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
    assert not device.is_available()
    assert device.backend_name() is None


@pytest.mark.slow
def test_recovery_without_keyring_makes_a_bound_vault_passphrase_only(
    keyring_bus: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "bound"
    vault, recovery = Vault.create(folder, PASS, bind_device=True, kdf=FLOOR)
    vault.close()
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS")  # a new laptop with no keyring
    recover(folder, recovery, "solo frase ahora")
    assert not vault_files.info(folder).device_bound
    Vault.unlock(folder, "solo frase ahora").close()
