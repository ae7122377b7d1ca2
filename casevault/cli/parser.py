"""The `casevault` argument parser, with every text in the user's language.

Built after translations are installed, so help texts come out translated.
argparse's own words ("usage:", "error:" ...) go through gettext; they are
routed to Qt's translations here so a Spanish user gets Spanish usage errors.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from casevault import __version__
from casevault.cli.attach import add_command as add_attach_command
from casevault.cli.duress import add_commands as add_duress_commands
from casevault.cli.exchange_options import add_exchange_commands
from casevault.cli.protect import add_commands as add_protect_commands
from casevault.cli.records_options import add_record_commands

translate = QCoreApplication.translate

# argparse's own user-visible texts; placeholders are argparse's (%s, %(name)s).
_ARGPARSE_TEXTS = {
    QT_TRANSLATE_NOOP("CLI", "usage: "),
    QT_TRANSLATE_NOOP("CLI", "positional arguments"),
    QT_TRANSLATE_NOOP("CLI", "options"),
    QT_TRANSLATE_NOOP("CLI", "show this help message and exit"),
    QT_TRANSLATE_NOOP("CLI", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("CLI", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("CLI", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("CLI", "expected one argument"),
    QT_TRANSLATE_NOOP("CLI", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("CLI", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("CLI", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("CLI", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("CLI", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("CLI", "invalid %(type)s value: %(value)r"),
}


def _argparse_text(text: str) -> str:
    return translate("CLI", text) if text in _ARGPARSE_TEXTS else text


class _Parser(argparse.ArgumentParser):
    """An ArgumentParser whose built-in texts follow the installed translation."""

    def __init__(self, **kwargs: object) -> None:
        kwargs.setdefault("allow_abbrev", False)
        kwargs.setdefault("formatter_class", argparse.RawDescriptionHelpFormatter)
        super().__init__(**kwargs)  # type: ignore[arg-type]


def vault_folder(text: str) -> Path:
    """The --vault value: any non-empty path (an empty one would silently mean ".")."""
    if not text:
        raise argparse.ArgumentTypeError(translate("CLI", "the vault folder cannot be empty"))
    return Path(text)


def build_parser() -> argparse.ArgumentParser:
    """The whole command line. Call after `casevault.i18n.translations.install()`."""
    argparse._ = _argparse_text  # type: ignore[attr-defined]

    vault = _Parser(add_help=False)
    vault.add_argument(
        "--vault",
        metavar=translate("CLI", "DIR"),
        type=vault_folder,
        default=argparse.SUPPRESS,
        help=translate(
            "CLI",
            "the vault folder (default: the vault in your user data folder)",
        ),
    )
    stdin = _Parser(add_help=False)
    stdin.add_argument(
        "--passphrase-stdin",
        action="store_true",
        help=translate(
            "CLI",
            "read the secrets from standard input, one per line, instead of asking "
            "on the terminal (for scripts)",
        ),
    )

    parser = _Parser(
        prog="casevault",
        parents=[vault],
        description=translate(
            "CLI",
            "CaseVault keeps confidential case files in an encrypted vault, offline.\n"
            "Without a command, the CaseVault window opens.",
        ),
        epilog=translate(
            "CLI",
            "exit status: 0 done; 1 other error; 2 wrong use of the command line;\n"
            "3 wrong passphrase or key; 4 damaged or altered vault files;\n"
            "5 vault in use by another program.\n"
            "Passphrases and keys are never given as arguments: CaseVault asks for them.",
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"casevault {__version__}",
        help=translate("CLI", "show the version number and exit"),
    )
    commands = parser.add_subparsers(
        dest="command",
        metavar=translate("CLI", "COMMAND"),
        title=translate("CLI", "commands"),
        parser_class=_Parser,
    )

    init = commands.add_parser(
        "init",
        parents=[vault, stdin],
        help=translate("CLI", "create a new vault and show its recovery key once"),
        description=translate(
            "CLI",
            "Create a new, empty vault protected by a passphrase, and show its recovery "
            "key once.\nWith --passphrase-stdin, standard input gives: the passphrase.",
        ),
    )
    binding = init.add_mutually_exclusive_group()
    binding.add_argument(
        "--device-binding",
        dest="device_binding",
        action="store_const",
        const=True,
        default=None,
        help=translate(
            "CLI",
            "also tie the vault to this computer with a key kept in the system keyring "
            "(default when a keyring is available)",
        ),
    )
    binding.add_argument(
        "--no-device-binding",
        dest="device_binding",
        action="store_const",
        const=False,
        help=translate("CLI", "protect the vault with the passphrase only"),
    )

    commands.add_parser(
        "info",
        parents=[vault],
        help=translate("CLI", "show facts about the vault without unlocking it"),
        description=translate(
            "CLI",
            "Show facts about the vault read from its key file, without unlocking it: "
            "format, key derivation settings, key slots and device binding.",
        ),
    )
    commands.add_parser(
        "passwd",
        parents=[vault, stdin],
        help=translate("CLI", "change the passphrase (the case data is not touched)"),
        description=translate(
            "CLI",
            "Change the vault's passphrase. Only the key file changes; the case data "
            "stays exactly as it is and the recovery key keeps working.\n"
            "With --passphrase-stdin, standard input gives: the current passphrase, "
            "then the new one.",
        ),
    )
    commands.add_parser(
        "recover",
        parents=[vault, stdin],
        help=translate("CLI", "set a new passphrase using the recovery key"),
        description=translate(
            "CLI",
            "Set a new passphrase using the recovery key written down when the vault "
            "was created (for a forgotten passphrase or a new laptop).\n"
            "With --passphrase-stdin, standard input gives: the recovery key, then the "
            "new passphrase.",
        ),
    )
    add_record_commands(commands, vault, stdin)
    add_attach_command(commands, vault, stdin)
    add_duress_commands(commands, vault, stdin)
    add_protect_commands(commands, vault, stdin)
    add_exchange_commands(commands, vault, stdin)
    wipe = commands.add_parser(
        "wipe",
        parents=[vault],
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
    return parser
