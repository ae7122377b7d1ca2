"""The `casevault` argument parser, with every text in the user's language.

The shared machinery only: each command family (keys, records, verify,
evidence, exchange, protect) writes its own subparsers; `build_parser()`
puts them together. Built after translations are installed, so help texts
come out translated.
argparse's own words ("usage:", "error:" ...) go through gettext; they are
routed to Qt's translations here so a Spanish user gets Spanish usage errors.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from casevault import __version__
from casevault.cli import backups, evidence, exchange, keys, protect, records, verify
from casevault.cli.command import Command, Parents

translate = QCoreApplication.translate


def _named(family: tuple[type[Command], ...], *names: str) -> tuple[type[Command], ...]:
    chosen = {command.name: command for command in family}
    return tuple(chosen[name] for name in names)


# Every subcommand, in the order `casevault --help` lists them.
COMMANDS: tuple[type[Command], ...] = (
    *_named(keys.COMMANDS, "init", "info", "passwd", "recover"),
    *_named(records.COMMANDS, "import-csv", "search"),
    verify.Verify,
    *_named(records.COMMANDS, "demo"),
    *evidence.COMMANDS,
    *_named(keys.COMMANDS, "duress", "wipe-after"),
    *_named(protect.COMMANDS, "panic"),
    *_named(keys.COMMANDS, "recovery-key"),
    *_named(exchange.COMMANDS, "export", "import", "keygen"),
    *_named(backups.COMMANDS, "restore", "backup"),
    *_named(exchange.COMMANDS, "recipients"),
    *_named(protect.COMMANDS, "wipe"),
)
BY_NAME: dict[str, type[Command]] = {command.name: command for command in COMMANDS}

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

    parents = Parents(vault, stdin)
    for command in COMMANDS:
        command.add_to(commands, parents)
    return parser
