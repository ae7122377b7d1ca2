"""`casevault duress set|remove` and `wipe-after`; every command's unlock honours both."""

from __future__ import annotations

from pathlib import Path

import pytest

from casevault import settings
from casevault.core.errors import WrongKeyError
from casevault.core.records.model import Case, Kind
from casevault.core.records.store import CaseStore
from casevault.core.records.vocab import Vocabularies
from casevault.core.vault.vault import Vault
from tests.helpers.cli import assert_clean, lines, run_cli
from tests.helpers.vaults import PASSPHRASE

DURESS = "la frase que doy si me obligan"
CODE = "OAX-2024-001"


def _seed(folder: Path) -> None:
    with Vault.unlock(folder, PASSPHRASE) as vault:
        CaseStore(vault.db, Vocabularies.load()).add(
            Case(code=CODE, title="Caso real", opened="2024-03-01")
        )


def _cases(folder: Path, passphrase: str) -> int:
    with Vault.unlock(folder, passphrase) as vault:
        return CaseStore(vault.db, Vocabularies.load()).count(Kind.CASE)


def _set_duress(folder: Path) -> None:
    done = run_cli(
        "duress", "set", "--vault", folder, "--passphrase-stdin", stdin=lines(PASSPHRASE, DURESS)
    )
    assert done.status == 0, done.stderr
    assert "Duress passphrase set" in done.stderr
    assert DURESS not in done.stderr + done.stdout
    assert done.stdout == ""


@pytest.mark.parametrize("command", [("search", CODE), ("verify",)])
def test_a_duress_passphrase_typed_into_any_command_wipes(
    vault_dir: Path, command: tuple[str, ...]
) -> None:
    _seed(vault_dir)
    _set_duress(vault_dir)
    opened = run_cli(*command, "--vault", vault_dir, "--passphrase-stdin", stdin=lines(DURESS))
    assert opened.status == 0, opened.stderr
    assert_clean(opened.stderr)
    assert CODE not in opened.stdout
    assert _cases(vault_dir, DURESS) == 0
    with pytest.raises(WrongKeyError):
        Vault.unlock(vault_dir, PASSPHRASE)
    wrong = run_cli(
        "search", CODE, "--vault", vault_dir, "--passphrase-stdin", stdin=lines(PASSPHRASE)
    )
    assert wrong.status == 3


def test_duress_same_as_passphrase_is_refused_and_remove_works(vault_dir: Path) -> None:
    _seed(vault_dir)
    same = run_cli(
        "duress", "set", "--vault", vault_dir, "--passphrase-stdin",
        stdin=lines(PASSPHRASE, PASSPHRASE),
    )  # fmt: skip
    assert same.status == 1
    assert "must be different" in same.stderr
    _set_duress(vault_dir)
    removed = run_cli(
        "duress", "remove", "--vault", vault_dir, "--passphrase-stdin", stdin=lines(PASSPHRASE)
    )
    assert removed.status == 0, removed.stderr
    assert "Duress passphrase removed" in removed.stderr
    with pytest.raises(WrongKeyError):
        Vault.unlock(vault_dir, DURESS)
    assert _cases(vault_dir, PASSPHRASE) == 1


def test_wipe_after_counts_across_processes_and_ignores_the_settings(vault_dir: Path) -> None:
    _seed(vault_dir)
    done = run_cli(
        "wipe-after", "5", "--vault", vault_dir, "--passphrase-stdin", stdin=lines(PASSPHRASE)
    )
    assert done.status == 0, done.stderr
    assert "5 wrong passphrases" in done.stderr
    for attempt in range(4):
        wrong = run_cli(
            "search", CODE, "--vault", vault_dir, "--passphrase-stdin", stdin=lines(f"no {attempt}")
        )
        assert wrong.status == 3
        if attempt == 1:  # settings files cannot help: garbage in, count unchanged
            settings.set_language("es_MX")
            settings.settings_file().write_bytes(b"[General]\nunlock_failures=0\n\x00\xff")
    last = run_cli("search", CODE, "--vault", vault_dir, "--passphrase-stdin", stdin=lines("no 4"))
    assert last.status == 3
    assert "wiped" in last.stderr
    assert_clean(last.stderr)
    assert sorted(p.name for p in vault_dir.iterdir()) == []
    gone = run_cli(
        "search", CODE, "--vault", vault_dir, "--passphrase-stdin", stdin=lines(PASSPHRASE)
    )
    assert gone.status == 1
    assert "no vault" in gone.stderr


def test_wipe_after_off_and_bad_values(vault_dir: Path) -> None:
    bad = run_cli(
        "wipe-after", "7", "--vault", vault_dir, "--passphrase-stdin", stdin=lines(PASSPHRASE)
    )
    assert bad.status == 2
    run_cli("wipe-after", "10", "--vault", vault_dir, "--passphrase-stdin", stdin=lines(PASSPHRASE))
    assert (vault_dir / "unlock.guard").exists()
    off = run_cli(
        "wipe-after", "off", "--vault", vault_dir, "--passphrase-stdin", stdin=lines(PASSPHRASE)
    )
    assert off.status == 0, off.stderr
    assert "no longer" in off.stderr
    assert not (vault_dir / "unlock.guard").exists()


def test_spanish(vault_dir: Path) -> None:
    done = run_cli(
        "duress", "set", "--vault", vault_dir, "--passphrase-stdin",
        stdin=lines(PASSPHRASE, DURESS), lang="es_MX",
    )  # fmt: skip
    assert done.status == 0, done.stderr
    assert "coacción" in done.stderr
    helped = run_cli("duress", "--help", lang="es_MX")
    assert "coacción" in helped.stdout
