"""The command line of export and import: export, import, keygen, restore, backup, recipients."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def _positive(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(translate("CLI", "give a whole number of 1 or more"))
    return int(text)


def _key_options(parser: argparse.ArgumentParser) -> None:
    keys = parser.add_mutually_exclusive_group(required=True)
    keys.add_argument(
        "--identity",
        metavar=translate("CLI", "FILE"),
        type=Path,
        help=translate("CLI", "the age identity file (secret key) the export was made for"),
    )
    keys.add_argument(
        "--passphrase",
        action="store_true",
        help=translate("CLI", "the export was encrypted with a passphrase: ask for it"),
    )
    parser.add_argument(
        "--allow-unsigned",
        action="store_true",
        help=translate("CLI", "accept an export without its .sig file (its sender is unknown)"),
    )


def add_exchange_commands(
    commands: Any, vault: argparse.ArgumentParser, stdin: argparse.ArgumentParser
) -> None:
    parents = [vault, stdin]
    exporting = commands.add_parser(
        "export",
        parents=parents,
        help=translate("CLI", "write an encrypted, signed export (age file) of the vault"),
        description=translate(
            "CLI",
            "Write the whole vault, or chosen cases, to an encrypted age file that the "
            "standard age tool can open, with a signature file (.sig) beside it. The file is "
            "checked after writing; a failure leaves no file behind.\nWithout --recipient, "
            "--recipients-file or --passphrase, the vault's saved recipients are used.\n"
            "With --passphrase-stdin, standard input gives: the vault passphrase, then (with "
            "--passphrase) the export passphrase.",
        ),
    )
    exporting.add_argument(
        "out", metavar=translate("CLI", "OUT"), type=Path, help=translate("CLI", "the new file")
    )
    exporting.add_argument(
        "--recipient",
        metavar=translate("CLI", "AGE1KEY"),
        action="append",
        help=translate("CLI", "encrypt to this age public key (repeat for several)"),
    )
    exporting.add_argument(
        "--recipients-file",
        metavar=translate("CLI", "FILE"),
        type=Path,
        help=translate("CLI", "encrypt to every age public key in this file, one per line"),
    )
    exporting.add_argument(
        "--passphrase",
        action="store_true",
        help=translate("CLI", "encrypt with a passphrase instead (asked for)"),
    )
    exporting.add_argument(
        "--case",
        metavar=translate("CLI", "CODE"),
        action="append",
        help=translate("CLI", "export only this case (repeat for several)"),
    )
    exporting.add_argument(
        "--no-attachments", action="store_true", help=translate("CLI", "leave attachments out")
    )
    exporting.add_argument(
        "--strip-metadata",
        action="store_true",
        help=translate(
            "CLI", "remove camera, GPS and author data from attached images and PDFs in the export"
        ),
    )
    exporting.add_argument(
        "--redact",
        action="store_true",
        help=translate(
            "CLI", "leave out people's names, contacts and birth dates (pseudonyms only)"
        ),
    )

    importing = commands.add_parser(
        "import",
        parents=parents,
        help=translate("CLI", "check an export and merge it into the vault"),
        description=translate(
            "CLI",
            "Check an export's signature, decrypt it and verify every part before anything "
            "is written, show what would change, then merge it into the vault in one step. "
            "Records edited differently in both vaults are kept side by side as conflicts.\n"
            "With --passphrase-stdin, standard input gives: the vault passphrase, then (with "
            "--passphrase) the export passphrase.",
        ),
    )
    importing.add_argument(
        "file", metavar=translate("CLI", "IN"), type=Path, help=translate("CLI", "the export")
    )
    _key_options(importing)
    importing.add_argument(
        "--dry-run", action="store_true", help=translate("CLI", "only show what would change")
    )
    importing.add_argument(
        "--trust-signer",
        metavar=translate("CLI", "LABEL"),
        help=translate("CLI", "after importing, mark the signing vault as trusted under LABEL"),
    )

    keygen = commands.add_parser(
        "keygen",
        help=translate("CLI", "write an age identity file and print its public key"),
        description=translate(
            "CLI",
            "Write a new age identity (secret key) for the head office to a new file, readable "
            "only by you, and print its public key for the field teams. age-keygen keys work "
            "the same.",
        ),
    )
    keygen.add_argument(
        "out", metavar=translate("CLI", "OUT"), type=Path, help=translate("CLI", "the new file")
    )

    restoring = commands.add_parser(
        "restore",
        parents=parents,
        help=translate("CLI", "make a new vault from a full backup"),
        description=translate(
            "CLI",
            "Make a new vault in --vault DIR (which must be empty) from a full backup, with a "
            "new key and a new recovery key.\nWith --passphrase-stdin, standard input gives: "
            "the new vault's passphrase, then (with --passphrase) the backup's passphrase.",
        ),
    )
    restoring.add_argument(
        "file", metavar=translate("CLI", "IN"), type=Path, help=translate("CLI", "the backup")
    )
    _key_options(restoring)

    backing = commands.add_parser(
        "backup",
        parents=parents,
        help=translate("CLI", "write a full, checked backup to the backup folder now"),
        description=translate(
            "CLI",
            "Write a full encrypted backup to the vault's backup folder, check it, and keep "
            "only the newest ones. It is encrypted to the vault's saved recipients.\nWith "
            "--passphrase-stdin, standard input gives: the passphrase.",
        ),
    )
    backing.add_argument(
        "--folder",
        metavar=translate("CLI", "DIR"),
        type=Path,
        help=translate("CLI", "set the backup folder (kept for next time)"),
    )
    backing.add_argument(
        "--keep",
        metavar=translate("CLI", "N"),
        type=_positive,
        help=translate("CLI", "how many backups to keep (default 7; kept for next time)"),
    )

    recipients = commands.add_parser(
        "recipients",
        parents=parents,
        help=translate("CLI", "list, add or remove the public keys exports are encrypted to"),
        description=translate(
            "CLI",
            "The head office's age public keys that exports and backups are encrypted to. "
            "Prints KEY<TAB>FINGERPRINT<TAB>LABEL per line.\nWith --passphrase-stdin, "
            "standard input gives: the passphrase.",
        ),
    )
    recipients.add_argument("action", choices=["list", "add", "remove"], nargs="?", default="list")
    recipients.add_argument("key", metavar=translate("CLI", "AGE1KEY"), nargs="?")
    recipients.add_argument("--label", metavar=translate("CLI", "LABEL"))
