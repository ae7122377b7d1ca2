"""The command line's shape: usage errors, --vault anywhere, secrets only from stdin or a tty."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from casevault.__main__ import _window_request
from casevault.core.paths import default_vault_dir
from tests.helpers.cli import assert_clean, lines, run_cli, run_process, sha256
from tests.helpers.vaults import PASSPHRASE


@pytest.mark.parametrize(
    "args",
    [
        ["bogus"],
        ["--bogus"],
        ["info", "--bogus"],
        ["info", "--vault"],
        ["--vault"],
        ["--vault="],
        ["info", "--vault="],
        ["--"],
        ["info", "--passphrase-stdin"],
        ["init", "--device-binding", "--no-device-binding"],
        ["passwd", "extra"],
        ["passwd", "--passphrase", "secret"],
    ],
)
def test_usage_errors_exit_2(args: list[str], tmp_path: Path) -> None:
    result = run_cli(*args)
    assert result.status == 2
    assert "usage: casevault" in result.stderr
    assert_clean(result.stderr)
    assert not default_vault_dir().exists()


def test_a_usage_error_exits_2_from_the_program() -> None:
    result = run_process("bogus")
    assert result.status == 2
    assert "usage: casevault" in result.stderr


def test_help_and_version() -> None:
    # As a process: the entry point itself, and the status the shell sees.
    helped = run_process("--help")
    assert helped.status == 0
    for command in ("init", "info", "passwd", "recover"):
        assert command in helped.stdout
    assert "exit status" in helped.stdout
    versioned = run_process("--version")
    assert versioned.status == 0
    assert versioned.stdout.startswith("casevault ")


@pytest.mark.parametrize("before", [True, False], ids=["before", "after"])
def test_vault_option_before_or_after_the_command(vault_dir: Path, before: bool) -> None:
    args = ["--vault", vault_dir, "info"] if before else ["info", "--vault", vault_dir]
    shown = run_cli(*args)
    assert shown.status == 0, shown.stderr
    assert f"Vault folder: {vault_dir}\n" in shown.stdout


def test_vault_option_after_the_command_wins(vault_dir: Path, tmp_path: Path) -> None:
    shown = run_cli("--vault", tmp_path / "elsewhere", "info", f"--vault={vault_dir}")
    assert shown.status == 0, shown.stderr


def test_secrets_are_not_read_from_a_pipe_without_the_option(vault_dir: Path) -> None:
    header = sha256(vault_dir / "vault.header")
    refused = run_cli("passwd", "--vault", vault_dir, stdin=lines(PASSPHRASE, "otra"))
    assert refused.status == 2
    assert "--passphrase-stdin" in refused.stderr
    assert sha256(vault_dir / "vault.header") == header


def test_too_few_lines_on_stdin(vault_dir: Path) -> None:
    header = sha256(vault_dir / "vault.header")
    refused = run_cli("passwd", "--vault", vault_dir, "--passphrase-stdin", stdin=lines(PASSPHRASE))
    assert refused.status == 2
    assert "ended before all secrets were read" in refused.stderr
    assert sha256(vault_dir / "vault.header") == header


def test_an_empty_new_passphrase_is_refused(vault_dir: Path) -> None:
    header = sha256(vault_dir / "vault.header")
    refused = run_cli(
        "passwd", "--vault", vault_dir, "--passphrase-stdin", stdin=lines(PASSPHRASE, "")
    )
    assert refused.status == 1
    assert "cannot be empty" in refused.stderr
    assert sha256(vault_dir / "vault.header") == header


def test_only_the_line_ending_is_stripped(vault_dir: Path) -> None:
    # Leading and trailing spaces are part of the passphrase.
    changed = run_cli(
        "passwd", "--vault", vault_dir, "--passphrase-stdin", stdin=lines(PASSPHRASE, " dos  ")
    )
    assert changed.status == 0, changed.stderr
    wrong = run_cli(
        "passwd", "--vault", vault_dir, "--passphrase-stdin", stdin=lines("dos", "tres")
    )
    assert wrong.status == 3


INTERRUPT = """
import sys
from casevault.cli.main import main

class Keyboard:
    def readline(self):
        raise KeyboardInterrupt

class Stdin:
    buffer = Keyboard()
    def isatty(self):
        return False

sys.stdin = Stdin()
raise SystemExit(main(sys.argv[1:]))
"""


def test_ctrl_c_exits_130_without_a_traceback(vault_dir: Path) -> None:
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            INTERRUPT,
            "passwd",
            "--vault",
            str(vault_dir),
            "--passphrase-stdin",
        ],
        capture_output=True,
        text=True,
        env=os.environ.copy(),
        timeout=120,
        check=False,
    )
    assert done.returncode == 130
    assert "Cancelled" in done.stderr
    assert_clean(done.stderr)


IMPORTS = """
import sys
from casevault.cli.main import main
status = main(sys.argv[1:])
gui = ("PySide6.QtWidgets", "PySide6.QtGui", "casevault.gui")
loaded = sorted(m for m in sys.modules if m.startswith(gui))
print(status, loaded)
"""


def test_commands_never_load_qt_widgets(vault_dir: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-c", IMPORTS, "info", "--vault", str(vault_dir)],
        capture_output=True,
        text=True,
        env=os.environ.copy(),
        timeout=120,
        check=False,
    )
    assert done.stdout.splitlines()[-1] == "0 []"


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        ([], "default"),
        (["--vault", "/x/v"], "/x/v"),
        (["--vault=/x/v"], "/x/v"),
        (["info"], None),
        (["--vault", "/x/v", "info"], None),
        (["-h"], None),
        (["--help"], None),
        (["--version"], None),
        (["--vault"], None),
        (["--vault="], None),
        (["--"], None),
        (["--bogus"], None),
    ],
)
def test_which_arguments_open_the_window(args: list[str], expected: str | None) -> None:
    decided = _window_request(args)
    if expected == "default":
        assert decided == default_vault_dir()
    else:
        assert decided == (Path(expected) if expected else None)


def test_help_lists_the_record_commands() -> None:
    helped = run_cli("--help")
    for command in ("import-csv", "search", "verify", "demo"):
        assert command in helped.stdout
    for command in ("import-csv", "search", "verify", "demo"):
        shown = run_cli(command, "--help")
        assert shown.status == 0, shown.stderr
        assert "--passphrase-stdin" in shown.stdout
        assert "--vault" in shown.stdout
