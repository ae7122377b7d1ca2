"""`python -m casevault` and the `casevault` console script: the window, or a command.

With no arguments but `--vault DIR` the CaseVault window opens; anything else is
a command (casevault/cli). The decision is taken here, before any
Q(Core)Application exists, so that the window can create its own and `cli/`
never imports `gui/`.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from casevault.cli import main as cli
from casevault.cli.parser import vault_folder
from casevault.cli.terminal import say
from casevault.core.errors import ExitStatus
from casevault.core.paths import default_vault_dir
from casevault.core.process.hardening import harden_process
from casevault.i18n.text import fill
from casevault.i18n.translations import install

translate = QCoreApplication.translate


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of `casevault` and `python -m casevault`; returns the exit status."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    window_vault = _window_request(arguments)
    if window_vault is None:
        return cli.main(arguments)
    harden_process()  # before the window touches a vault: no core dumps, not dumpable
    try:
        return _open_window(window_vault)
    except KeyboardInterrupt:
        say("")
        say(translate("CLI", "Cancelled."))
        return ExitStatus.INTERRUPTED


class _NotAWindowRequestError(Exception):
    pass


class _WindowArguments(argparse.ArgumentParser):
    """Recognises only `casevault [--vault DIR]`; anything else goes to the full parser."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise _NotAWindowRequestError(message)


def _window_request(arguments: list[str]) -> Path | None:
    """The vault folder if the arguments ask for the window, else None."""
    parser = _WindowArguments(add_help=False, allow_abbrev=False)
    parser.add_argument("--vault", type=vault_folder)
    try:
        args = parser.parse_args(arguments)
    except _NotAWindowRequestError:
        return None
    vault: Path | None = args.vault
    return vault or default_vault_dir()


def _open_window(folder: Path) -> int:
    """The GUI runs the self-test itself (and shows its failure in a dialog)."""
    try:
        from casevault.gui.app import run  # Qt widgets only when the window is wanted
    except ImportError as error:
        install()
        say(
            fill(
                translate(
                    "CLI",
                    "The CaseVault window cannot start here (%1). The commands still work: "
                    "see casevault --help",
                ),
                str(error),
            )
        )
        return ExitStatus.ERROR
    return int(run(folder))


if __name__ == "__main__":
    raise SystemExit(main())
