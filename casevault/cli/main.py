"""`casevault COMMAND`: the command line (the window is opened by casevault/__main__.py).

The contract (commands, options, exit statuses) is in the design's cli.md and
is relied on by scripts. Exit statuses: 0 done, 1 other error, 2 usage,
3 wrong passphrase or key, 4 integrity failure, 5 vault in use, 130 Ctrl+C.
Messages go to standard error in the user's language; standard output carries
only what a script may want to keep (the recovery key, `info` facts).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from casevault.cli.command import Command
from casevault.cli.parser import BY_NAME, build_parser
from casevault.cli.terminal import CliError, say
from casevault.core.errors import ErrorKind, ExitStatus, VaultError
from casevault.core.paths import default_vault_dir
from casevault.core.process.hardening import harden_process
from casevault.core.vault.selftest import run_self_test
from casevault.i18n.messages import explain
from casevault.i18n.text import fill
from casevault.i18n.translations import install

translate = QCoreApplication.translate


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command (`casevault COMMAND ...` without the program name); return its status."""
    harden_process()  # before anything touches a vault: no core dumps, not dumpable
    arguments = list(sys.argv[1:] if argv is None else argv)
    try:
        install()
        parser = build_parser()
        try:
            args = parser.parse_args(arguments)
        except SystemExit as done:  # --help, --version, or a usage error (2)
            return done.code if isinstance(done.code, int) else 0
        folder: Path = getattr(args, "vault", None) or default_vault_dir()
        if args.command is None:  # e.g. a bare "--": __main__ did not take it for the window
            parser.error(translate("CLI", "to open the window, give no arguments but --vault DIR"))
        return _run(BY_NAME[args.command](folder, args))
    except KeyboardInterrupt:
        say("")
        say(translate("CLI", "Cancelled."))
        return ExitStatus.INTERRUPTED


def _run(command: Command) -> int:
    folder = command.folder
    try:
        if command.self_test:
            run_self_test()
        return command.run()
    except CliError as error:
        say(error.message)
        return error.status
    except VaultError as error:
        say(explain(error))
        hint = _next_step(error, folder)
        if hint:
            say(hint)
        return error.exit_status
    except OSError as error:
        # strerror and file name only: never the arguments of whatever failed.
        where = f" ({error.filename})" if error.filename else ""
        say(
            fill(
                translate(
                    "CLI",
                    "CaseVault could not read or write a file: %1. Check that the vault "
                    "folder exists, that you may write to it and that the disk is not full.",
                ),
                f"{error.strerror or type(error).__name__}{where}",
            )
        )
        return ExitStatus.ERROR
    except Exception as error:  # no traceback: it could show secrets on screen
        say(
            fill(
                translate(
                    "CLI",
                    "CaseVault stopped because of an unexpected problem (%1). Nothing secret "
                    "was shown. Check the vault with: casevault info",
                ),
                type(error).__name__,
            )
        )
        return ExitStatus.ERROR


def _next_step(error: VaultError, folder: Path) -> str:
    """What the command line adds to core's explanation: the folder, the command to run."""
    if error.kind == ErrorKind.VAULT_MISSING:
        return fill(
            translate(
                "CLI", "Vault folder: %1\nTo create a vault there: casevault init --vault %1"
            ),
            str(folder),
        )
    if error.kind == ErrorKind.VAULT_EXISTS:
        return fill(translate("CLI", "Vault folder: %1"), str(folder))
    if error.kind == ErrorKind.WRONG_PASSPHRASE:
        return translate(
            "CLI",
            "If you have forgotten it, set a new one with the recovery key: casevault recover",
        )
    return ""
