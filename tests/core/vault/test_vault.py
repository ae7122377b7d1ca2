from __future__ import annotations

from pathlib import Path

import pytest

from casevault.core.errors import WrongKeyError
from casevault.core.vault.vault import Vault
from tests.helpers.vaults import PASSPHRASE


def test_unlock_reads_back_what_was_written(vault_dir: Path) -> None:
    with Vault.unlock(vault_dir, PASSPHRASE) as vault, vault.db.transaction():
        vault.db.execute("INSERT INTO vault_meta VALUES ('k', 'v')")
    with Vault.unlock(vault_dir, PASSPHRASE) as vault:
        assert vault.db.execute("SELECT value FROM vault_meta WHERE key='k'").fetchone() == ("v",)


def test_wrong_passphrase_is_refused(vault_dir: Path) -> None:
    with pytest.raises(WrongKeyError) as info:
        Vault.unlock(vault_dir, "not the passphrase")
    assert info.value.exit_status == 3
