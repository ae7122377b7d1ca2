"""`casevault panic` (lock the running window now) and `casevault recovery-key`.

`panic` is meant to be bound to a keyboard shortcut in the desktop's own
settings: it works on every desktop, Wayland included, where no program may
grab keys for itself. It finds the window of the vault through the runtime file
the window writes (see core/panic_pidfile.py), checks that the process is really
CaseVault's, and sends it SIGUSR1. It asks for nothing and is quick.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from casevault.cli import vault as cli_vault
from casevault.cli.terminal import CliError, Secrets, say
from casevault.core.errors import ExitStatus
from casevault.core.process import panic_pidfile

translate = QCoreApplication.translate


def panic(folder: Path, _args: argparse.Namespace) -> int:
    if sys.platform == "win32":
        raise CliError(
            translate(
                "CLI",
                "casevault panic does not work on Windows. Use the system-wide shortcut set "
                "in CaseVault's settings, or Ctrl+L in the window.",
            )
        )
    pid = panic_pidfile.send_panic(folder)
    if pid is None:
        raise CliError(
            translate(
                "CLI",
                "No CaseVault window is open for this vault, so there is nothing to lock.",
            )
        )
    say(translate("CLI", "Lock requested: the CaseVault window locks now."))
    return ExitStatus.DONE


def recovery_key(folder: Path, args: argparse.Namespace) -> int:
    secrets = Secrets(args.passphrase_stdin)
    with cli_vault.unlock(folder, args, secrets) as vault:
        key_text = vault.replace_recovery_key()
    out = sys.stdout
    out.write(translate("CLI", "New recovery key (shown only this once):") + "\n\n")
    out.write(f"    {key_text}\n\n")
    out.write(
        translate(
            "CLI",
            "Write this key on paper now and keep the paper away from this laptop.\n"
            "The old recovery key no longer opens the vault: destroy the old paper.",
        )
        + "\n"
    )
    out.flush()
    return ExitStatus.DONE


def add_commands(
    commands: argparse._SubParsersAction,  # type: ignore[type-arg]
    vault: argparse.ArgumentParser,
    stdin: argparse.ArgumentParser,
) -> None:
    commands.add_parser(
        "panic",
        parents=[vault],
        help=translate("CLI", "lock the open CaseVault window now (for a keyboard shortcut)"),
        description=translate(
            "CLI",
            "Lock the CaseVault window of this vault at once, as Ctrl+L does, from "
            "outside the window. Bind this command to a keyboard shortcut in your "
            "desktop's settings to lock CaseVault while another program has the focus "
            "(this works on Wayland too). Nothing is asked and nothing is shown.",
        ),
    )
    commands.add_parser(
        "recovery-key",
        parents=[vault, stdin],
        help=translate("CLI", "replace the recovery key with a new one, shown once"),
        description=translate(
            "CLI",
            "Make a new recovery key and show it once; the old recovery key stops "
            "working. Use it when the recovery key was lost or never written down (for "
            "example after a duress passphrase opened a new vault).\n"
            "With --passphrase-stdin, standard input gives: the passphrase.",
        ),
    )
