"""Coercion settings from the command line: `casevault duress set|remove`, `wipe-after`.

Each first unlocks the vault with its passphrase, through the same core unlock
as every other command: the attempt is counted against the failed-unlock limit,
and a duress passphrase typed here wipes the vault like anywhere else.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from casevault.cli import vault as cli_vault
from casevault.cli.terminal import Secrets, say
from casevault.core.errors import ExitStatus
from casevault.i18n.text import fill

translate = QCoreApplication.translate
WIPE_AFTER_CHOICES = ("off", "5", "10", "20")


def duress(folder: Path, args: argparse.Namespace) -> int:
    if args.action == "set":
        return _set(folder, args)
    return _remove(folder, args)


def _set(folder: Path, args: argparse.Namespace) -> int:
    secrets = Secrets(args.passphrase_stdin)
    with cli_vault.unlock(folder, args, secrets) as vault:
        chosen = secrets.ask_new(translate("CLI", "New duress passphrase: "))
        vault.set_duress(chosen)
    say(
        translate(
            "CLI",
            "Duress passphrase set. Typed instead of the passphrase when unlocking, it "
            "destroys this vault without any sign and opens a new, empty vault that from "
            "then on opens with it. Nothing shows that it exists: remember it.",
        )
    )
    return ExitStatus.DONE


def _remove(folder: Path, args: argparse.Namespace) -> int:
    secrets = Secrets(args.passphrase_stdin)
    with cli_vault.unlock(folder, args, secrets) as vault:
        had = vault.has_duress
        vault.remove_duress()
    say(
        translate("CLI", "Duress passphrase removed.")
        if had
        else translate("CLI", "This vault had no duress passphrase. Its key file was renewed.")
    )
    return ExitStatus.DONE


def wipe_after(folder: Path, args: argparse.Namespace) -> int:
    limit = None if args.limit == "off" else int(args.limit)
    secrets = Secrets(args.passphrase_stdin)
    with cli_vault.unlock(folder, args, secrets) as vault:
        vault.set_unlock_limit(limit)
    if limit is None:
        say(translate("CLI", "Failed unlocks no longer wipe this vault."))
    else:
        say(
            fill(
                translate(
                    "CLI",
                    "This vault is now wiped after %1 wrong passphrases in a row. The count "
                    "survives restarts; a right passphrase starts it again.",
                ),
                limit,
            )
        )
    return ExitStatus.DONE


def add_commands(
    commands: argparse._SubParsersAction,  # type: ignore[type-arg]
    vault: argparse.ArgumentParser,
    stdin: argparse.ArgumentParser,
) -> None:
    duress_parser = commands.add_parser(
        "duress",
        parents=[vault],
        help=translate("CLI", "set or remove the duress passphrase"),
        description=translate(
            "CLI",
            "A duress passphrase, typed instead of the passphrase when unlocking (in the "
            "window or any command), destroys the vault without any sign and opens a new, "
            "empty vault that from then on opens with it. Nobody reading the vault's files "
            "can tell whether one is set.",
        ),
    )
    actions = duress_parser.add_subparsers(
        dest="action", required=True, metavar=translate("CLI", "ACTION")
    )
    actions.add_parser(
        "set",
        parents=[vault, stdin],
        help=translate("CLI", "set (or replace) the duress passphrase"),
        description=translate(
            "CLI",
            "Set or replace the duress passphrase. It must differ from the passphrase.\n"
            "With --passphrase-stdin, standard input gives: the passphrase, then the "
            "duress passphrase.",
        ),
    )
    actions.add_parser(
        "remove",
        parents=[vault, stdin],
        help=translate("CLI", "remove the duress passphrase"),
        description=translate(
            "CLI",
            "Remove the duress passphrase: its key slot becomes random filler again.\n"
            "With --passphrase-stdin, standard input gives: the passphrase.",
        ),
    )
    wipe_after_parser = commands.add_parser(
        "wipe-after",
        parents=[vault, stdin],
        help=translate("CLI", "wipe the vault after 5, 10 or 20 failed unlocks (or off)"),
        description=translate(
            "CLI",
            "Wipe the vault after this many wrong passphrases in a row, in the window or "
            "any command; off by default. The count is kept in the vault folder and "
            "survives restarts. Someone who copies the vault's files can still guess on the "
            "copy: a strong passphrase remains the real protection.\n"
            "With --passphrase-stdin, standard input gives: the passphrase.",
        ),
    )
    wipe_after_parser.add_argument(
        "limit",
        choices=WIPE_AFTER_CHOICES,
        metavar=translate("CLI", "LIMIT"),
        help=translate("CLI", "off, 5, 10 or 20"),
    )
