"""Secrets typed on a terminal: no echo, a new passphrase asked twice, and the self-test gate."""

from __future__ import annotations

import os
import select
import subprocess
import sys
import time
from pathlib import Path

import pytest

from casevault.core.vault.vault import Vault
from tests.helpers.cli import assert_clean, lines
from tests.helpers.vaults import PASSPHRASE

NEW = "otra frase de acceso larga y nueva"

pytestmark = pytest.mark.skipif(os.name != "posix", reason="pseudo-terminals are POSIX")


class Terminal:
    """The program on a pseudo-terminal of its own (a new session: no other tty to find)."""

    def __init__(self, *args: object) -> None:
        self.master, slave = os.openpty()
        self.process = subprocess.Popen(
            [sys.executable, "-m", "casevault", *(str(a) for a in args)],
            stdin=slave,
            stdout=slave,
            stderr=slave,
            env=os.environ.copy(),
            start_new_session=True,
        )
        os.close(slave)
        self.seen = ""

    def expect(self, text: str, timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        while text not in self.seen:
            remaining = deadline - time.monotonic()
            assert remaining > 0, f"never saw {text!r} in {self.seen!r}"
            ready, _, _ = select.select([self.master], [], [], remaining)
            if ready:
                try:
                    chunk = os.read(self.master, 4096)
                except OSError:  # the program ended and closed the terminal
                    chunk = b""
                assert chunk, f"program ended before {text!r}: {self.seen!r}"
                self.seen += chunk.decode("utf-8", "replace")
        self.seen = self.seen.split(text, 1)[1]

    def type(self, text: str) -> None:
        os.write(self.master, text.encode() + b"\n")

    def finish(self) -> tuple[int, str]:
        status = self.process.wait(timeout=120)
        while True:
            try:
                chunk = os.read(self.master, 4096)
            except OSError:
                break
            if not chunk:
                break
            self.seen += chunk.decode("utf-8", "replace")
        os.close(self.master)
        return status, self.seen


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
