"""A vault open in another process: exit status 5, and nothing is asked or changed."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from casevault.core.vault.lockfile import VaultLock
from tests.helpers.cli import assert_clean, lines, run_cli, run_process, sha256
from tests.helpers.vaults import PASSPHRASE

HOLDER = """
import sys
from pathlib import Path
from casevault.core.vault.vault import Vault
vault = Vault.unlock(Path(sys.argv[1]), sys.stdin.readline().rstrip("\\n"))
print("holding", flush=True)
sys.stdin.readline()
vault.close()
"""


@pytest.fixture
def held_by_another_process(vault_dir: Path) -> Iterator[Path]:
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(vault_dir)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdin is not None and holder.stdout is not None
    try:
        holder.stdin.write(PASSPHRASE + "\n")
        holder.stdin.flush()
        assert holder.stdout.readline() == "holding\n"  # waits until the vault is open
        yield vault_dir
    finally:
        holder.stdin.close()  # lets the holder close the vault and leave
        holder.wait(timeout=60)
        holder.stdout.close()


@pytest.mark.parametrize("command", ["passwd", "recover"])
def test_a_vault_open_elsewhere_is_refused(
    held_by_another_process: Path, recovery_key: str, command: str
) -> None:
    folder = held_by_another_process
    header = sha256(folder / "vault.header")
    secrets = (PASSPHRASE, "otra") if command == "passwd" else (recovery_key, "otra")
    refused = run_process(command, "--vault", folder, "--passphrase-stdin", stdin=lines(*secrets))
    assert refused.status == 5
    assert "already open in another" in refused.stderr
    assert_clean(refused.stderr)
    assert sha256(folder / "vault.header") == header


def test_info_works_while_the_vault_is_open_elsewhere(held_by_another_process: Path) -> None:
    shown = run_cli("info", "--vault", held_by_another_process)
    assert shown.status == 0, shown.stderr


def test_the_lock_is_checked_before_any_secret_is_read(vault_dir: Path) -> None:
    with VaultLock(vault_dir):
        refused = run_cli("passwd", "--vault", vault_dir, "--passphrase-stdin", stdin="")
    assert refused.status == 5
    assert "already open in another" in refused.stderr
