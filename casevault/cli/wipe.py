"""`casevault wipe`: crypto-shred the vault now (emergency wipe).

On a terminal the person types a confirmation word first (English or their
language's, so a Spanish speaker under stress may type either); scripts and
panic buttons pass --yes. The report of what was done goes to standard
output; the explanation to standard error.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from casevault.cli.terminal import CliError, say, without_interruption
from casevault.core.errors import ErrorKind, ExitStatus, VaultError
from casevault.core.vault import wipe as wipes
from casevault.i18n.text import fill

translate = QCoreApplication.translate
CONFIRMATION_WORD = "WIPE"


def wipe(folder: Path, args: argparse.Namespace) -> int:
    if not wipes.has_vault_files(folder):
        raise VaultError(ErrorKind.VAULT_MISSING, str(folder))
    if not args.yes:
        _confirm(folder)
    # Ctrl+C half-way would leave some files; the wipe itself takes milliseconds.
    with without_interruption():
        report = wipes.wipe(folder)
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


def _show(report: wipes.WipeReport) -> None:
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
