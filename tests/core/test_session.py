from __future__ import annotations

import threading
from pathlib import Path

import pytest

from casevault.core.errors import ErrorKind, VaultError, VaultInUseError, WrongKeyError
from casevault.core.records.search import CaseFilter
from casevault.core.session import Session, State
from casevault.core.vault.kdf import FLOOR
from casevault.core.vault.vault import Vault
from tests.helpers.vaults import PASSPHRASE


def test_empty_folder_is_no_vault(tmp_path: Path) -> None:
    session = Session(tmp_path / "new")
    assert session.state is State.NO_VAULT
    assert session.info() is None
    with pytest.raises(RuntimeError):
        _ = session.vault


def test_create_returns_recovery_key_and_leaves_vault_locked(tmp_path: Path) -> None:
    session = Session(tmp_path / "new", kdf=FLOOR)
    recovery = session.create("tortuga violeta bajo el puente", bind_device=False)
    assert len(recovery.split("-")) == 14
    assert session.state is State.LOCKED
    info = session.info()
    assert info is not None and not info.device_bound
    # nothing is left open: the vault can be opened the ordinary way
    Vault.unlock(session.folder, "tortuga violeta bajo el puente").close()


def test_create_refuses_existing_vault(vault_dir: Path) -> None:
    with pytest.raises(VaultError) as info:
        Session(vault_dir, kdf=FLOOR).create("another passphrase!", bind_device=False)
    assert info.value.kind is ErrorKind.VAULT_EXISTS


def test_create_refuses_empty_passphrase(tmp_path: Path) -> None:
    with pytest.raises(VaultError) as info:
        Session(tmp_path / "v", kdf=FLOOR).create("", bind_device=False)
    assert info.value.kind is ErrorKind.PASSPHRASE_EMPTY
    assert Session(tmp_path / "v").state is State.NO_VAULT


def test_unwrap_in_a_thread_then_open_and_lock(vault_dir: Path) -> None:
    session = Session(vault_dir)
    assert session.state is State.LOCKED
    results: list[object] = []
    worker = threading.Thread(target=lambda: results.append(session.unwrap(PASSPHRASE)))
    worker.start()
    worker.join()
    assert session.state is State.LOCKED  # unwrapping opens no database
    vault = session.open(results[0])  # type: ignore[arg-type]
    assert session.state is State.UNLOCKED
    assert session.vault is vault
    assert vault.db.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] > 0
    session.lock()
    assert session.state is State.LOCKED
    assert not vault.is_open
    session.lock()  # twice is harmless
    Vault.unlock(vault_dir, PASSPHRASE).close()  # the lock file was released


def test_wrong_passphrase(vault_dir: Path) -> None:
    session = Session(vault_dir)
    with pytest.raises(WrongKeyError) as info:
        session.unwrap("not the passphrase")
    assert info.value.kind is ErrorKind.WRONG_PASSPHRASE
    assert session.state is State.LOCKED


def test_open_zeroes_the_key_it_was_given(vault_dir: Path) -> None:
    session = Session(vault_dir)
    unwrapped = session.unwrap(PASSPHRASE)
    session.open(unwrapped)
    session.lock()
    assert unwrapped.payload == bytearray(len(unwrapped.payload))


def test_vault_in_use_elsewhere_fails_before_the_kdf(vault_dir: Path) -> None:
    other = Vault.unlock(vault_dir, PASSPHRASE)
    try:
        with pytest.raises(VaultInUseError):
            Session(vault_dir).unwrap(PASSPHRASE)
    finally:
        other.close()


def test_unwrap_while_unlocked_is_refused(vault_dir: Path) -> None:
    session = Session(vault_dir)
    session.open(session.unwrap(PASSPHRASE))
    try:
        with pytest.raises(VaultError):
            session.unwrap(PASSPHRASE)
    finally:
        session.lock()


def test_missing_vault_on_unwrap(tmp_path: Path) -> None:
    with pytest.raises(VaultError) as info:
        Session(tmp_path / "none").unwrap(PASSPHRASE)
    assert info.value.kind is ErrorKind.VAULT_MISSING


@pytest.mark.keyring
def test_create_bound_to_device(tmp_path: Path, keyring_bus: str) -> None:
    session = Session(tmp_path / "bound", kdf=FLOOR)
    assert session.keyring_available()
    assert session.keyring_name()
    session.create("tortuga violeta bajo el puente", bind_device=True)
    info = session.info()
    assert info is not None and info.device_bound
    session.open(session.unwrap("tortuga violeta bajo el puente"))
    session.lock()


def test_no_keyring_without_a_session_bus() -> None:
    assert not Session.keyring_available()
    assert Session.keyring_name() is None


def test_unlocked_session_gives_the_case_store_and_search(vault_dir: Path) -> None:
    from casevault.core.records.model import Case
    from casevault.core.records.search import CaseFilter

    session = Session(vault_dir)
    with pytest.raises(RuntimeError):
        _ = session.cases
    session.open(session.unwrap(PASSPHRASE))
    case = session.cases.add(Case(code="S-1", title="Prueba de sesión"))
    assert [h.uuid for h in session.search(CaseFilter(text="sesion")).hits] == [case.uuid]
    assert session.vocabs["states"].label("OAX", "es") == "Oaxaca"
    session.lock()
    with pytest.raises(RuntimeError):
        _ = session.cases


# -- what the commands use ---------------------------------------------------------------
def test_check_ready_refuses_a_missing_or_busy_vault(vault_dir: Path, tmp_path: Path) -> None:
    with pytest.raises(VaultError) as missing:
        Session(tmp_path / "none").check_ready()
    assert missing.value.kind is ErrorKind.VAULT_MISSING
    assert not Session(vault_dir).check_ready().device_bound
    with Vault.unlock(vault_dir, PASSPHRASE), pytest.raises(VaultInUseError):
        Session(vault_dir).check_ready()


def test_check_recovery_key_accepts_only_this_vaults_key(
    vault_dir: Path, recovery_key: str
) -> None:
    session = Session(vault_dir)
    session.check_recovery_key(recovery_key.lower())  # as written down: any case
    other = Session(vault_dir.parent / "other", kdf=FLOOR).create("x" * 20, bind_device=False)
    with pytest.raises(WrongKeyError):
        session.check_recovery_key(other)
    with pytest.raises(VaultError) as malformed:
        session.check_recovery_key("not a key")
    assert malformed.value.kind is ErrorKind.MALFORMED_RECOVERY_KEY


def test_create_open_leaves_the_new_vault_open(tmp_path: Path) -> None:
    session = Session(tmp_path / "new", kdf=FLOOR)
    recovery = session.create_open("tortuga violeta bajo el puente", bind_device=False)
    assert len(recovery.split("-")) == 14
    assert session.state is State.UNLOCKED
    pages, problems = session.check_pages()
    assert pages > 0 and problems == []
    assert session.find_cases(CaseFilter(text="")) == []
    session.lock()
    with pytest.raises(VaultError) as exists:
        session.create_open("another passphrase!", bind_device=False)
    assert exists.value.kind is ErrorKind.VAULT_EXISTS
