"""Secrets typed on a terminal: no echo, a new passphrase asked twice, and the self-test gate."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from casevault.core.vault.vault import Vault
from tests.helpers.cli import assert_clean, lines
from tests.helpers.terminal import Terminal
from tests.helpers.vaults import PASSPHRASE

NEW = "otra frase de acceso larga y nueva"

pytestmark = pytest.mark.skipif(os.name != "posix", reason="pseudo-terminals are POSIX")


def test_passwd_on_a_terminal_asks_twice_and_never_echoes(vault_dir: Path) -> None:
    term = Terminal("passwd", "--vault", vault_dir)
    term.expect("Current passphrase: ")
    term.type(PASSPHRASE)
    term.expect("New passphrase: ")
    term.type(NEW)
    term.expect("Type the same passphrase again: ")
    term.type(NEW + " typo")
    term.expect("The two passphrases are different. Try again.")
    term.expect("New passphrase: ")
    term.type(NEW)
    term.expect("Type the same passphrase again: ")
    term.type(NEW)
    status, rest = term.finish()
    assert status == 0, rest
    assert "Passphrase changed" in rest
    everything = term.seen + rest
    assert PASSPHRASE not in everything and NEW not in everything
    Vault.unlock(vault_dir, NEW).close()


SELF_TEST_FAILS = """
import sys
import casevault.cli.main as cli
from casevault.core.errors import ErrorKind, SelfTestError

def broken():
    raise SelfTestError(ErrorKind.SELF_TEST_FAILED, "SQLCipher 4 required, got '3.39'")

cli.run_self_test = broken
raise SystemExit(cli.main(sys.argv[1:]))
"""


def test_a_failed_self_test_stops_before_the_vault_is_touched(tmp_path: Path) -> None:
    folder = tmp_path / "v"
    done = subprocess.run(
        [sys.executable, "-c", SELF_TEST_FAILS, "init", "--vault", folder, "--passphrase-stdin"],
        input=lines(NEW),
        capture_output=True,
        text=True,
        env=os.environ.copy(),
        timeout=120,
        check=False,
    )
    assert done.returncode == 1
    assert "self-test failed" in done.stderr
    assert "SQLCipher 4 required" in done.stderr
    assert_clean(done.stderr)
    assert not folder.exists()


def test_import_on_a_terminal_shows_progress(vault_dir: Path, tmp_path: Path) -> None:
    rows = "".join(f"P-{n},Caso de prueba {n}\n" for n in range(1, 1201))
    (tmp_path / "casos.csv").write_text("code,title\n" + rows, encoding="utf-8")
    term = Terminal("import-csv", "cases", tmp_path / "casos.csv", "--vault", vault_dir)
    term.expect("Passphrase: ")
    term.type(PASSPHRASE)
    term.expect("Importing: 500 of 1200 records")
    term.expect("Importing: 1200 of 1200 records")
    status, rest = term.finish()
    assert status == 0, rest
    assert "Imported 1200 cases." in rest
    assert PASSPHRASE not in term.seen + rest


def test_import_through_a_pipe_shows_no_progress(vault_dir: Path, tmp_path: Path) -> None:
    rows = "".join(f"P-{n},Caso {n}\n" for n in range(1, 601))
    (tmp_path / "casos.csv").write_text("code,title\n" + rows, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "casevault", "import-csv", "cases", tmp_path / "casos.csv",
         "--vault", vault_dir, "--passphrase-stdin"],
        input=lines(PASSPHRASE), capture_output=True, text=True, env=os.environ.copy(),
        timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "Importing:" not in done.stderr
    assert done.stderr == "Imported 600 cases.\n"
