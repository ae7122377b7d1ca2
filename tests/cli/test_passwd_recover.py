"""`casevault passwd` and `casevault recover`: only the key file changes."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from casevault.core.errors import WrongKeyError
from casevault.core.vault.recovery import format_recovery_key, new_recovery_key
from casevault.core.vault.vault import Vault
from tests.helpers.cli import assert_clean, lines, run_cli, run_process, sha256
from tests.helpers.vaults import PASSPHRASE

NEW = "nueva frase de acceso para la bóveda"


def test_passwd_rewraps_the_key_and_leaves_the_database_alone(vault_dir: Path) -> None:
    database = sha256(vault_dir / "vault.db")
    header = sha256(vault_dir / "vault.header")
    changed = run_cli(
        "passwd", "--vault", vault_dir, "--passphrase-stdin", stdin=lines(PASSPHRASE, NEW)
    )
    assert changed.status == 0, changed.stderr
    assert "Passphrase changed" in changed.stderr
    assert changed.stdout == ""
    assert PASSPHRASE not in changed.stderr and NEW not in changed.stderr
    assert sha256(vault_dir / "vault.db") == database
    assert sha256(vault_dir / "vault.header") != header
    Vault.unlock(vault_dir, NEW).close()
    with pytest.raises(WrongKeyError):
        Vault.unlock(vault_dir, PASSPHRASE)


def test_passwd_accepts_windows_line_endings(vault_dir: Path) -> None:
    changed = run_cli(
        "passwd", "--vault", vault_dir, "--passphrase-stdin", stdin=f"{PASSPHRASE}\r\n{NEW}\r\n"
    )
    assert changed.status == 0, changed.stderr
    Vault.unlock(vault_dir, NEW).close()


def test_passwd_with_the_wrong_passphrase_changes_nothing(vault_dir: Path) -> None:
    header = (vault_dir / "vault.header").read_bytes()
    refused = run_process(
        "passwd", "--vault", vault_dir, "--passphrase-stdin", stdin=lines("not it", NEW)
    )
    assert refused.status == 3
    assert "Wrong passphrase" in refused.stderr
    assert "casevault recover" in refused.stderr
    assert_clean(refused.stderr)
    assert (vault_dir / "vault.header").read_bytes() == header


@pytest.mark.parametrize(
    "spelling",
    [str.lower, lambda key: key.replace("-", " "), lambda key: key.replace("-", "")],
    ids=["lowercase", "spaces", "no-separators"],
)
def test_recover_with_the_recovery_key(
    vault_dir: Path, recovery_key: str, spelling: Callable[[str], str]
) -> None:
    database = sha256(vault_dir / "vault.db")
    recovered = run_cli(
        "recover", "--vault", vault_dir, "--passphrase-stdin",
        stdin=lines(spelling(recovery_key), NEW),
    )  # fmt: skip
    assert recovered.status == 0, recovered.stderr
    assert "new passphrase" in recovered.stderr
    assert recovery_key.lower() not in recovered.stderr.lower()
    assert sha256(vault_dir / "vault.db") == database
    Vault.unlock(vault_dir, NEW).close()


def test_recover_with_another_vaults_key_is_refused(vault_dir: Path) -> None:
    other = format_recovery_key(new_recovery_key())
    header = (vault_dir / "vault.header").read_bytes()
    refused = run_cli(
        "recover", "--vault", vault_dir, "--passphrase-stdin", stdin=lines(other, NEW)
    )
    assert refused.status == 3
    assert "does not open this vault" in refused.stderr
    assert_clean(refused.stderr)
    assert (vault_dir / "vault.header").read_bytes() == header


@pytest.mark.parametrize("mistake", ["typo", "short"])
def test_recover_with_a_mistyped_key_is_refused(
    vault_dir: Path, recovery_key: str, mistake: str
) -> None:
    if mistake == "typo":
        wrong = ("B" if recovery_key[0] != "B" else "C") + recovery_key[1:]
    else:
        wrong = recovery_key[:-5]
    header = (vault_dir / "vault.header").read_bytes()
    # The key is checked before the new passphrase is asked for: no second line needed.
    refused = run_cli("recover", "--vault", vault_dir, "--passphrase-stdin", stdin=lines(wrong))
    assert refused.status == 3
    assert "not a complete recovery key" in refused.stderr
    assert_clean(refused.stderr)
    assert (vault_dir / "vault.header").read_bytes() == header
