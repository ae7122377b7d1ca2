"""Duress passphrase: it wipes silently and opens a fresh, empty vault that looks ordinary."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from casevault.core.errors import ErrorKind, VaultError, WrongKeyError
from casevault.core.records.model import Case, Kind
from casevault.core.records.store import CaseStore
from casevault.core.records.vocab import Vocabularies
from casevault.core.session import Session, State
from casevault.core.vault import device, keyslots
from casevault.core.vault.database import Database
from casevault.core.vault.files import DB_NAME, read_header
from casevault.core.vault.header import DURESS_SLOT, SlotType
from casevault.core.vault.kdf import FLOOR
from casevault.core.vault.keyslots import unwrap_with_passphrase, unwrap_with_recovery
from casevault.core.vault.recovery import parse_recovery_key
from casevault.core.vault.unlock import change_passphrase
from casevault.core.vault.vault import Vault
from tests.helpers.vaults import PASSPHRASE

DURESS = "under pressure I open this one"
CANARY = "CANARY-duress-5b1e"


def _fill(vault: Vault) -> None:
    store = CaseStore(vault.db, Vocabularies.load())
    store.add(Case(code="OAX-2024-001", title=CANARY, summary=CANARY, opened="2024-03-01"))


def _with_duress(folder: Path) -> None:
    with Vault.unlock(folder, PASSPHRASE) as vault:
        _fill(vault)
        vault.set_duress(DURESS)
        assert vault.has_duress


def _count_cases(vault: Vault) -> int:
    return CaseStore(vault.db, Vocabularies.load()).count(Kind.CASE)


def _recovery_opens(folder: Path, recovery_text: str) -> bool:
    header = read_header(folder)
    key = parse_recovery_key(recovery_text)
    try:
        unwrap_with_recovery(header, key).discard()
    except WrongKeyError:
        return False
    return True


@pytest.mark.slow
def test_duress_unlock_wipes_and_presents_an_empty_vault(
    vault_dir: Path, recovery_key: str, tmp_path: Path
) -> None:
    _with_duress(vault_dir)
    old_id = read_header(vault_dir).vault_id
    before = tmp_path / "before"  # what a thief's earlier disk image would hold
    shutil.copytree(vault_dir, before)
    # So the test can fail: before the duress unlock, the real data opens.
    with Vault.unlock(before, PASSPHRASE) as real:
        assert _count_cases(real) == 1
    (before / "lock").unlink(missing_ok=True)

    with Vault.unlock(vault_dir, DURESS) as fresh:
        assert _count_cases(fresh) == 0
        assert not fresh.has_duress
        assert fresh.unlock_limit is None
        assert fresh.header.vault_id != old_id
        _fill(fresh)  # the coerced person may use it like any vault

    # The real passphrase and the recovery key open nothing any more.
    with pytest.raises(WrongKeyError) as wrong:
        Vault.unlock(vault_dir, PASSPHRASE)
    assert wrong.value.kind == ErrorKind.WRONG_PASSPHRASE
    assert not _recovery_opens(vault_dir, recovery_key)
    # Not even with the old database copy: the new header does not hold the old key.
    old_db = before / DB_NAME
    header = read_header(vault_dir)
    unwrapped = unwrap_with_passphrase(header, DURESS)
    try:
        with pytest.raises(VaultError):
            Database(old_db, unwrapped.payload).close()
    finally:
        unwrapped.discard()
    for path in vault_dir.iterdir():
        assert CANARY.encode() not in path.read_bytes()

    # From now on the duress passphrase is simply this vault's passphrase: no second wipe.
    with Vault.unlock(vault_dir, DURESS) as again:
        assert _count_cases(again) == 1
        assert again.header.vault_id == header.vault_id


@pytest.mark.slow
def test_the_fresh_vault_has_no_duress_slot_and_four_slots(vault_dir: Path) -> None:
    _with_duress(vault_dir)
    Vault.unlock(vault_dir, DURESS).close()
    header = read_header(vault_dir)
    assert len(header.slots) == 4
    assert header.kdf == FLOOR  # the old vault's parameters, calibrated on this laptop
    stretched = keyslots.stretch(header, DURESS)
    try:
        kek = keyslots.duress_kek_from(header, stretched)
    finally:
        stretched.clear()
    assert header.open_slots(kek) is None


def _shape(folder: Path) -> object:
    body = json.loads((folder / "vault.header").read_bytes())
    return {
        "keys": sorted(body),
        "kdf": sorted(body["kdf"]),
        "slots": [(len(s["nonce"]), len(s["ct"]), sorted(s)) for s in body["slots"]],
        "size": len((folder / "vault.header").read_bytes()),
        "mac": len(body["mac"]),
    }


@pytest.mark.slow
def test_headers_with_and_without_duress_look_the_same(vault_dir: Path, tmp_path: Path) -> None:
    plain = tmp_path / "plain"
    shutil.copytree(vault_dir, plain)
    before = (vault_dir / "vault.header").read_bytes()
    _with_duress(vault_dir)
    assert (vault_dir / "vault.header").read_bytes() != before
    assert _shape(vault_dir) == _shape(plain)
    # Removing it: slot 2 is random filler again, same shape, and the passphrase is wrong.
    with Vault.unlock(vault_dir, PASSPHRASE) as vault:
        slot_before = vault.header.slots[DURESS_SLOT]
        vault.remove_duress()
        assert vault.header.slots[DURESS_SLOT] != slot_before
        assert not vault.has_duress
    assert _shape(vault_dir) == _shape(plain)
    with pytest.raises(WrongKeyError):
        Vault.unlock(vault_dir, DURESS)
    with Vault.unlock(vault_dir, PASSPHRASE) as vault:
        assert _count_cases(vault) == 1


@pytest.fixture
def argon2_runs(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    runs: list[int] = []
    real: Callable[..., bytearray] = keyslots.derive

    def counting(*args: object) -> bytearray:
        runs.append(1)
        return real(*args)

    monkeypatch.setattr(keyslots, "derive", counting)
    return runs


@pytest.mark.slow
@pytest.mark.parametrize("which", ["right", "wrong", "duress"])
def test_one_argon2id_run_per_attempt(vault_dir: Path, argon2_runs: list[int], which: str) -> None:
    _with_duress(vault_dir)
    header = read_header(vault_dir)
    argon2_runs.clear()
    typed = {"right": PASSPHRASE, "wrong": "not the passphrase", "duress": DURESS}[which]
    try:
        unwrapped = unwrap_with_passphrase(header, typed)
    except WrongKeyError:
        assert which == "wrong"
    else:
        expected = SlotType.DURESS if which == "duress" else SlotType.PASSPHRASE
        assert unwrapped.slot_type is expected
        unwrapped.discard()
    assert len(argon2_runs) == 1


@pytest.mark.slow
def test_duress_passphrase_equal_to_the_passphrase_is_refused(vault_dir: Path) -> None:
    with Vault.unlock(vault_dir, PASSPHRASE) as vault:
        header = vault.header
        with pytest.raises(VaultError) as refused:
            vault.set_duress(PASSPHRASE)
        assert refused.value.kind == ErrorKind.DURESS_SAME_AS_PASSPHRASE
        assert vault.header == header
        assert not vault.has_duress
        _fill(vault)
        vault.set_duress(DURESS)
    # ... and the other way round: the passphrase cannot become the duress passphrase.
    with pytest.raises(VaultError) as refused:
        change_passphrase(vault_dir, PASSPHRASE, DURESS)
    assert refused.value.kind == ErrorKind.DURESS_SAME_AS_PASSPHRASE
    with Vault.unlock(vault_dir, PASSPHRASE) as vault:
        assert _count_cases(vault) == 1


@pytest.mark.slow
def test_changing_the_passphrase_keeps_the_duress_passphrase(vault_dir: Path) -> None:
    _with_duress(vault_dir)
    change_passphrase(vault_dir, PASSPHRASE, "a brand new passphrase")
    with Vault.unlock(vault_dir, DURESS) as fresh:
        assert _count_cases(fresh) == 0


@pytest.mark.slow
def test_duress_passphrase_typed_into_passwd_wipes_too(vault_dir: Path) -> None:
    _with_duress(vault_dir)
    change_passphrase(vault_dir, DURESS, "the next one")
    with Vault.unlock(vault_dir, "the next one") as fresh:
        assert _count_cases(fresh) == 0
    with pytest.raises(WrongKeyError):
        Vault.unlock(vault_dir, PASSPHRASE)


@pytest.mark.slow
def test_session_unlock_with_duress(vault_dir: Path) -> None:
    _with_duress(vault_dir)
    session = Session(vault_dir, kdf=FLOOR)
    unwrapped = session.unwrap(DURESS)  # the worker-thread step: wipe and create there
    assert unwrapped.slot_type is SlotType.PASSPHRASE
    session.open(unwrapped)
    assert session.state is State.UNLOCKED
    assert session.cases.count(Kind.CASE) == 0
    session.lock()
    with pytest.raises(WrongKeyError):
        session.unwrap(PASSPHRASE)


@pytest.mark.slow
@pytest.mark.keyring
def test_duress_on_a_bound_vault_makes_a_bound_fresh_vault(
    keyring_bus: str, tmp_path: Path
) -> None:
    folder = tmp_path / "bound"
    vault, _recovery = Vault.create(folder, PASSPHRASE, bind_device=True, kdf=FLOOR)
    old_id = vault.header.vault_id
    _fill(vault)
    vault.set_duress(DURESS)
    vault.close()
    with Vault.unlock(folder, DURESS) as fresh:
        assert _count_cases(fresh) == 0
        assert fresh.header.device_bound
        new_id = fresh.header.vault_id
    with pytest.raises(VaultError):
        device.load_secret(old_id)
    device.load_secret(new_id).clear()
    with pytest.raises(WrongKeyError):
        Vault.unlock(folder, PASSPHRASE)
