"""`casevault COMMAND`: the command line (the window is opened by casevault/__main__.py).

The contract (commands, options, exit statuses) is in the design's cli.md and
is relied on by scripts. Exit statuses: 0 done, 1 other error, 2 usage,
3 wrong passphrase or key, 4 integrity failure, 5 vault in use, 130 Ctrl+C.
Messages go to standard error in the user's language; standard output carries
only what a script may want to keep (the recovery key, `info` facts).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from casevault.cli import attach as cli_attach
from casevault.cli import duress as cli_duress
from casevault.cli import exchange as cli_exchange
from casevault.cli import protect as cli_protect
from casevault.cli import records as cli_records
from casevault.cli import vault as cli_vault
from casevault.cli import verify as cli_verify
from casevault.cli import wipe as cli_wipe
from casevault.cli.parser import build_parser
from casevault.cli.terminal import CliError, say
from casevault.core.errors import ErrorKind, ExitStatus, VaultError
from casevault.core.paths import default_vault_dir
from casevault.core.process.hardening import harden_process
from casevault.core.vault.selftest import run_self_test
from casevault.i18n.messages import explain
from casevault.i18n.text import fill
from casevault.i18n.translations import install

translate = QCoreApplication.translate

Command = Callable[[Path, argparse.Namespace], int]
COMMANDS: dict[str, Command] = {
    "init": cli_vault.init,
    "info": cli_vault.info,
    "passwd": cli_vault.passwd,
    "recover": cli_vault.recover,
    "import-csv": cli_records.import_csv,
    "search": cli_records.search,
    "attach": cli_attach.attach,
    "verify": cli_verify.verify,
    "demo": cli_records.demo_vault,
    "wipe": cli_wipe.wipe,
    "duress": cli_duress.duress,
    "wipe-after": cli_duress.wipe_after,
    "panic": cli_protect.panic,
    "recovery-key": cli_protect.recovery_key,
    "export": cli_exchange.export,
    "import": cli_exchange.import_export,
    "keygen": cli_exchange.keygen,
    "restore": cli_exchange.restore,
    "backup": cli_exchange.backup,
    "recipients": cli_exchange.recipients,
}
# A wipe under duress or a panic lock must not be stopped by anything it does not need:
# they use no cryptography of their own, so the self-test (which could fail) is skipped.
WITHOUT_SELF_TEST = {cli_wipe.wipe, cli_protect.panic}


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
        return _run(COMMANDS[args.command], folder, args)
    except KeyboardInterrupt:
        say("")
        say(translate("CLI", "Cancelled."))
        return ExitStatus.INTERRUPTED


def _run(command: Command, folder: Path, args: argparse.Namespace) -> int:
    try:
        if command not in WITHOUT_SELF_TEST:
            run_self_test()
        return command(folder, args)
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
