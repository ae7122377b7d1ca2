"""Protection at once: `casevault panic` (lock the running window) and `wipe` (crypto-shred).

`panic` is meant to be bound to a keyboard shortcut in the desktop's own
settings: it works on every desktop, Wayland included, where no program may
grab keys for itself. It finds the window of the vault through the runtime file
the window writes (see core/process/panic_pidfile.py), checks that the process is
really CaseVault's, and sends it SIGUSR1. It asks for nothing and is quick.

`wipe`: on a terminal the person types a confirmation word first (English or
their language's, so a Spanish speaker under stress may type either); scripts
and panic buttons pass --yes. The report of what was done goes to standard
output; the explanation to standard error.

Neither runs the start-up self-test: nothing they do not need may stop them.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from casevault.cli.command import Command, Parents, Subcommands
from casevault.cli.terminal import CliError, say, without_interruption
from casevault.core.errors import ErrorKind, ExitStatus, VaultError
from casevault.core.process import panic_pidfile
from casevault.core.session import Session
from casevault.core.vault.wipe import WipeReport
from casevault.i18n.messages import runtime_note
from casevault.i18n.text import fill

translate = QCoreApplication.translate
CONFIRMATION_WORD = "WIPE"


class Panic(Command):
    name = "panic"
    self_test = False

    @classmethod
    def add_to(cls, commands: Subcommands, parents: Parents) -> None:
        commands.add_parser(
            cls.name,
            parents=[parents.vault],
            help=translate("CLI", "lock the open CaseVault window now (for a keyboard shortcut)"),
            description=translate(
                "CLI",
                "Lock the CaseVault window of this vault at once, as Ctrl+L does, from "
                "outside the window. Bind this command to a keyboard shortcut in your "
                "desktop's settings to lock CaseVault while another program has the focus "
                "(this works on Wayland too). Nothing is asked and nothing is shown.",
            ),
        )

    def run(self) -> int:
        if sys.platform == "win32":
            raise CliError(
                translate(
                    "CLI",
                    "casevault panic does not work on Windows. Use the system-wide shortcut set "
                    "in CaseVault's settings, or Ctrl+L in the window.",
                )
            )
        note = runtime_note()
        if note:
            say(note)
        pid = panic_pidfile.send_panic(self.folder)
        if pid is None:
            raise CliError(
                translate(
                    "CLI",
                    "No CaseVault window is open for this vault, so there is nothing to lock.",
                )
            )
        say(translate("CLI", "Lock requested: the CaseVault window locks now."))
        return ExitStatus.DONE


class Wipe(Command):
    name = "wipe"
    self_test = False

    @classmethod
    def add_to(cls, commands: Subcommands, parents: Parents) -> None:
        wipe = commands.add_parser(
            cls.name,
            parents=[parents.vault],
            help=translate("CLI", "emergency wipe: destroy the vault's keys and files now"),
            description=translate(
                "CLI",
                "Emergency wipe. The vault's key file is overwritten with random data and "
                "deleted, the device secret is removed from the keyring and the database files "
                "are deleted, in well under a second whatever the vault's size. Afterwards no "
                "passphrase and no recovery key opens the vault, nor any copy of its database. "
                "This cannot be undone: keep encrypted exports at the head office.\n"
                "On a terminal you are asked to type a confirmation word first.",
            ),
        )
        wipe.add_argument(
            "--yes",
            action="store_true",
            help=translate(
                "CLI", "wipe without asking for confirmation (for scripts and panic buttons)"
            ),
        )

    def run(self) -> int:
        session = Session(self.folder)
        if not session.has_vault_files():
            raise VaultError(ErrorKind.VAULT_MISSING, str(self.folder))
        if not self.args.yes:
            _confirm(self.folder)
        # Ctrl+C half-way would leave some files; the wipe itself takes milliseconds.
        with without_interruption():
            report = session.wipe()
        _show(report)
        return ExitStatus.DONE


def _confirm(folder: Path) -> None:
    if not sys.stdin.isatty():
        raise CliError(
            translate(
                "CLI",
                "Standard input is not a terminal, so CaseVault cannot ask you to confirm "
                "the wipe. From a script or a panic button, add --yes.",
            ),
            ExitStatus.USAGE,
        )
    word = translate("CLI", "WIPE")
    say(
        fill(
            translate(
                "CLI",
                "This destroys the vault in %1 for good. No passphrase and no recovery "
                "key will open it again, and CaseVault cannot undo it.",
            ),
            folder,
        )
    )
    # The prompt on standard error, like every message: standard output stays data.
    sys.stderr.write(fill(translate("CLI", "To wipe it, type %1 and press Enter: "), word))
    sys.stderr.flush()
    answer = sys.stdin.readline()
    if not answer:
        raise CliError(translate("CLI", "Nothing was entered. Nothing was wiped."))
    accepted = {CONFIRMATION_WORD.casefold(), word.casefold()}
    if answer.strip().casefold() not in accepted:
        raise CliError(
            fill(translate("CLI", "You did not type %1. Nothing was wiped."), word),
        )


def _show(report: WipeReport) -> None:
    out = sys.stdout
    removed = ", ".join(report.removed) or "-"
    keyring = {
        True: translate("CLI", "removed"),
        False: translate("CLI", "none to remove"),
        None: translate(
            "CLI", "the keyring did not answer (the secret is useless without the key file)"
        ),
    }[report.device_secret_removed]
    rows = [
        (translate("CLI", "Vault folder"), str(report.folder)),
        (
            translate("CLI", "Key file"),
            fill(
                translate("CLI", "%1 bytes overwritten with random data, then deleted"),
                report.header_bytes_overwritten,
            ),
        ),
        (translate("CLI", "Files deleted"), removed),
        (translate("CLI", "Device secret in the keyring"), keyring),
        (
            translate("CLI", "Time taken"),
            fill(
                translate("CLI", "%1 s (keys destroyed after %2 s)"),
                f"{report.seconds:.3f}",
                f"{report.key_material_seconds:.3f}",
            ),
        ),
    ]
    for label, value in rows:
        out.write(f"{label}: {value}\n")
    out.flush()
    say(
        translate(
            "CLI",
            "The vault was wiped. Its passphrase and recovery key no longer open anything, "
            "and copies of its database are unreadable. To start again: casevault init",
        )
    )
    if report.in_use_elsewhere:
        say(
            translate(
                "CLI",
                "Warning: the vault was open in another CaseVault window or program. Its "
                "files are gone, but that program may still show what it had open: close "
                "it now.",
            )
        )


COMMANDS: tuple[type[Command], ...] = (Panic, Wipe)
