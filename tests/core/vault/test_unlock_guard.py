"""Optional wipe after N failed unlocks: counted before Argon2id, across restarts, and
beyond the reach of the settings files."""

from __future__ import annotations

from pathlib import Path

import pytest

from casevault import settings
from casevault.core.errors import ErrorKind, VaultError, WrongKeyError
from casevault.core.paths import config_dir
from casevault.core.session import Session, State
from casevault.core.vault import keyslots, unlock_guard
from casevault.core.vault.files import exists
from casevault.core.vault.kdf import FLOOR
from casevault.core.vault.unlock import change_passphrase, recover
from casevault.core.vault.vault import Vault
from tests.helpers.vaults import PASSPHRASE

WRONG = "not the passphrase"


def _set_limit(folder: Path, limit: int | None) -> None:
    with Vault.unlock(folder, PASSPHRASE) as vault:
        vault.set_unlock_limit(limit)
        assert vault.unlock_limit == limit


def _fail_once(folder: Path) -> None:
    """One wrong attempt from a fresh Session, as after a restart of the program."""
    session = Session(folder, kdf=FLOOR)
    with pytest.raises(WrongKeyError) as wrong:
        session.unwrap(WRONG)
    assert wrong.value.kind == ErrorKind.WRONG_PASSPHRASE


def _left(folder: Path) -> int | None:
    return Session(folder, kdf=FLOOR).attempts_left()


@pytest.mark.slow
def test_off_by_default(vault_dir: Path) -> None:
    assert _left(vault_dir) is None
    for _ in range(3):
        _fail_once(vault_dir)
    assert not unlock_guard.guard_path(vault_dir).exists()
    assert _left(vault_dir) is None
    Vault.unlock(vault_dir, PASSPHRASE).close()


@pytest.mark.slow
def test_wipe_at_the_limit_counting_across_restarts(vault_dir: Path) -> None:
    _set_limit(vault_dir, 5)
    assert _left(vault_dir) == 5
    _fail_once(vault_dir)
    _fail_once(vault_dir)
    assert _left(vault_dir) == 3  # the unlock screen warns from here on
    _fail_once(vault_dir)
    _fail_once(vault_dir)
    assert _left(vault_dir) == 1
    session = Session(vault_dir, kdf=FLOOR)
    with pytest.raises(WrongKeyError) as wiped:
        session.unwrap(WRONG)
    assert wiped.value.kind == ErrorKind.UNLOCK_LIMIT_REACHED
    assert session.state is State.NO_VAULT
    assert sorted(p.name for p in vault_dir.iterdir()) == []
    with pytest.raises(VaultError):
        Vault.unlock(vault_dir, PASSPHRASE)


@pytest.mark.slow
def test_a_right_passphrase_resets_the_counter(vault_dir: Path) -> None:
    _set_limit(vault_dir, 5)
    for _ in range(4):
        _fail_once(vault_dir)
    assert _left(vault_dir) == 1
    session = Session(vault_dir, kdf=FLOOR)
    session.open(session.unwrap(PASSPHRASE))
    session.lock()
    assert _left(vault_dir) == 5
    change_passphrase(vault_dir, PASSPHRASE, PASSPHRASE + "!")  # passwd counts too
    assert _left(vault_dir) == 5


@pytest.mark.slow
def test_recovery_resets_the_counter(vault_dir: Path, recovery_key: str) -> None:
    _set_limit(vault_dir, 5)
    for _ in range(4):
        _fail_once(vault_dir)
    recover(vault_dir, recovery_key, "a new passphrase after recovery")
    assert _left(vault_dir) == 5


@pytest.mark.slow
def test_editing_the_settings_files_does_not_reset_the_count(vault_dir: Path) -> None:
    _set_limit(vault_dir, 10)
    for _ in range(3):
        _fail_once(vault_dir)
    assert _left(vault_dir) == 7
    settings.set_language("es_MX")  # make sure the settings file exists
    settings.settings_file().write_bytes(b"\x00garbage[[[\n" * 20)
    for path in config_dir().rglob("*"):
        if path.is_file():
            path.write_bytes(b"[General]\nunlock_failures=0\nunlock_limit=0\n")
    assert _left(vault_dir) == 7
    _fail_once(vault_dir)
    assert _left(vault_dir) == 6


def test_an_attempt_is_counted_before_the_slow_step(
    vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _set_limit(vault_dir, 5)

    def killed(*_args: object) -> bytearray:
        raise KeyboardInterrupt  # the program stopped in the middle of Argon2id

    monkeypatch.setattr(keyslots, "derive", killed)
    for _ in range(5):
        with pytest.raises(KeyboardInterrupt):
            Session(vault_dir, kdf=FLOOR).unwrap(PASSPHRASE)
    monkeypatch.undo()
    assert _left(vault_dir) == 0
    # The last try was used up by an attempt that never finished: the next one wipes
    # before trying, even with the right passphrase.
    with pytest.raises(WrongKeyError) as wiped:
        Session(vault_dir, kdf=FLOOR).unwrap(PASSPHRASE)
    assert wiped.value.kind == ErrorKind.UNLOCK_LIMIT_REACHED
    assert not exists(vault_dir)


def test_a_deleted_guard_file_is_restored_at_the_next_unlock(vault_dir: Path) -> None:
    _set_limit(vault_dir, 20)
    unlock_guard.guard_path(vault_dir).unlink()
    assert _left(vault_dir) is None  # documented limit: file access resets the counter
    Vault.unlock(vault_dir, PASSPHRASE).close()
    assert _left(vault_dir) == 20
    unlock_guard.guard_path(vault_dir).write_text("{not json")
    assert _left(vault_dir) is None
    Vault.unlock(vault_dir, PASSPHRASE).close()
    assert _left(vault_dir) == 20
    _set_limit(vault_dir, None)
    assert not unlock_guard.guard_path(vault_dir).exists()


def test_a_wipe_removes_the_guard_file(vault_dir: Path) -> None:
    from casevault.core.vault.wipe import wipe

    _set_limit(vault_dir, 5)
    report = wipe(vault_dir)
    assert unlock_guard.GUARD_NAME in report.removed
    assert not unlock_guard.guard_path(vault_dir).exists()


def test_only_the_offered_limits(vault_dir: Path) -> None:
    with Vault.unlock(vault_dir, PASSPHRASE) as vault, pytest.raises(ValueError):
        vault.set_unlock_limit(7)
