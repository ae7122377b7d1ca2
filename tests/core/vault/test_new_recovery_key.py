"""A new recovery key: the old one stops working, the passphrase and the data stay."""

from __future__ import annotations

from pathlib import Path

import pytest

from casevault.core.errors import ErrorKind, WrongKeyError
from casevault.core.memory import zeroize
from casevault.core.vault.files import read_header
from casevault.core.vault.header import RECOVERY_SLOT
from casevault.core.vault.keyslots import unwrap_with_recovery
from casevault.core.vault.recovery import parse_recovery_key
from casevault.core.vault.unlock import recover
from casevault.core.vault.vault import Vault
from tests.helpers.vaults import PASSPHRASE


def _opens(folder: Path, key_text: str) -> bytes:
    key = parse_recovery_key(key_text)
    try:
        unwrapped = unwrap_with_recovery(read_header(folder), key)
    finally:
        zeroize(key)
    payload = bytes(unwrapped.payload)
    unwrapped.discard()
    return payload


@pytest.mark.slow
def test_the_old_recovery_key_stops_working_and_the_new_one_opens_the_same_data(
    vault_dir: Path, recovery_key: str
) -> None:
    old_dek = _opens(vault_dir, recovery_key)
    with Vault.unlock(vault_dir, PASSPHRASE) as vault:
        vault.db.execute("CREATE TABLE kept (v TEXT)")
        vault.db.execute("INSERT INTO kept VALUES ('still here')")
        vault.check_passphrase(PASSPHRASE)
        new_key = vault.replace_recovery_key()
    assert new_key != recovery_key
    with pytest.raises(WrongKeyError) as refused:
        _opens(vault_dir, recovery_key)
    assert refused.value.kind is ErrorKind.WRONG_RECOVERY_KEY
    assert _opens(vault_dir, new_key) == old_dek
    # The passphrase still opens the vault, the data is untouched, the header is signed.
    with Vault.unlock(vault_dir, PASSPHRASE) as vault:
        assert vault.db.execute("SELECT v FROM kept").fetchone() == ("still here",)
    # And the new key works for real recovery.
    recover(vault_dir, new_key, "a brand new passphrase for this vault")
    Vault.unlock(vault_dir, "a brand new passphrase for this vault").close()


@pytest.mark.slow
def test_a_wrong_or_duress_passphrase_is_refused_and_changes_nothing(
    vault_dir: Path, recovery_key: str
) -> None:
    header_before = (vault_dir / "vault.header").read_bytes()
    with Vault.unlock(vault_dir, PASSPHRASE) as vault:
        with pytest.raises(WrongKeyError) as wrong:
            vault.check_passphrase("not the passphrase at all")
        assert wrong.value.kind is ErrorKind.WRONG_PASSPHRASE
        vault.set_duress("the duress passphrase here")
        with pytest.raises(WrongKeyError):
            vault.check_passphrase("the duress passphrase here")
        header_with_duress = (vault_dir / "vault.header").read_bytes()
    assert header_with_duress != header_before  # (the duress slot was written)
    assert (vault_dir / "vault.header").read_bytes() == header_with_duress
    assert _opens(vault_dir, recovery_key)


def test_the_recovery_slot_is_the_only_one_that_changes(vault_dir: Path) -> None:
    before = read_header(vault_dir)
    with Vault.unlock(vault_dir, PASSPHRASE) as vault:
        vault.replace_recovery_key()
    after = read_header(vault_dir)
    changed = [i for i, (a, b) in enumerate(zip(before.slots, after.slots, strict=True)) if a != b]
    assert changed == [RECOVERY_SLOT]
    assert len(after.slots) == len(before.slots)
