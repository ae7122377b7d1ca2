"""One process per vault; the crypto self-test refuses a build it cannot trust."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from casevault.core.errors import ErrorKind, SelfTestError, VaultInUseError
from casevault.core.vault.lockfile import VaultLock
from casevault.core.vault.selftest import run_self_test
from casevault.core.vault.vault import Vault
from tests.helpers.vaults import PASSPHRASE
from tests.helpers.waits import WAIT_S

HOLDER = """
import sys
from pathlib import Path
from casevault.core.vault.vault import Vault
vault = Vault.unlock(Path(sys.argv[1]), sys.stdin.readline().rstrip("\\n"))
print("holding", flush=True)
sys.stdin.readline()
vault.close()
"""


def test_second_process_gets_vault_in_use(vault_dir: Path) -> None:
    child = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(vault_dir)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=os.environ.copy(),
    )
    assert child.stdin is not None and child.stdout is not None
    try:
        child.stdin.write(PASSPHRASE + "\n")
        child.stdin.flush()
        assert child.stdout.readline().strip() == "holding"
        db_before = (vault_dir / "vault.db").read_bytes()
        with pytest.raises(VaultInUseError) as info:
            Vault.unlock(vault_dir, PASSPHRASE)
        assert info.value.exit_status == 5
        assert info.value.kind is ErrorKind.VAULT_IN_USE
        assert (vault_dir / "vault.db").read_bytes() == db_before
    finally:
        child.stdin.write("\n")
        child.stdin.close()
        child.wait(timeout=WAIT_S)
        child.stdout.close()
    Vault.unlock(vault_dir, PASSPHRASE).close()


def test_lock_is_released_when_the_holder_is_killed(vault_dir: Path) -> None:
    child = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(vault_dir)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=os.environ.copy(),
    )
    assert child.stdin is not None and child.stdout is not None
    child.stdin.write(PASSPHRASE + "\n")
    child.stdin.flush()
    assert child.stdout.readline().strip() == "holding"
    child.kill()
    child.wait(timeout=WAIT_S)
    child.stdin.close()
    child.stdout.close()
    Vault.unlock(vault_dir, PASSPHRASE).close()


def test_same_process_second_open_is_refused(vault_dir: Path) -> None:
    with VaultLock(vault_dir), pytest.raises(VaultInUseError):
        Vault.unlock(vault_dir, PASSPHRASE)


def test_self_test_passes_with_sqlcipher_4() -> None:
    facts = run_self_test()
    assert facts["sqlcipher"].startswith("4.")
    assert facts["crypto_provider"]
    assert facts["kdf"] == "argon2id"


def test_self_test_refuses_plain_sqlite() -> None:
    with pytest.raises(SelfTestError) as info:
        run_self_test(sqlite3)
    assert info.value.kind is ErrorKind.SELF_TEST_FAILED
