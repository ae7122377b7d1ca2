"""`casevault attach CASE_CODE FILE...`: evidence files into a case, e.g. a memory card of photos.

Every file is checked before the passphrase is asked for. Each is streamed into
the vault (core: evidence/store.py) with a progress line on a terminal; standard
output gets one line per stored file in the format of `sha256sum` (the hash
taken at intake, then the name), so a script can keep the fingerprints.
A file that fails is reported and the others still go in (exit status 1).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from casevault.cli.command import Command, Parents, Subcommands, VaultCommand
from casevault.cli.terminal import CliError, ProgressLine, percent, say
from casevault.core.errors import ExitStatus, VaultError
from casevault.core.evidence.store import Attachment
from casevault.core.records.model import Case
from casevault.core.session import Session
from casevault.i18n.messages import explain
from casevault.i18n.text import fill, plural

translate = QCoreApplication.translate


class Attach(VaultCommand):
    name = "attach"

    @classmethod
    def add_to(cls, commands: Subcommands, parents: Parents) -> None:
        attach = commands.add_parser(
            cls.name,
            parents=parents.both,
            help=translate("Attach", "add evidence files (photos, audio, documents) to a case"),
            description=translate(
                "Attach",
                "Add files to a case as evidence. Each file is stored inside the encrypted "
                "vault unchanged, with its SHA-256 fingerprint, type and metadata; the "
                "fingerprint and name of each stored file are printed, one per line.\n"
                "With --passphrase-stdin, standard input gives: the passphrase.",
            ),
        )
        attach.add_argument(
            "case_code",
            metavar=translate("Attach", "CASE_CODE"),
            help=translate("Attach", "the case's code"),
        )
        attach.add_argument(
            "files",
            metavar=translate("Attach", "FILE"),
            nargs="+",
            type=Path,
            help=translate("Attach", "the files to add"),
        )
        attach.add_argument(
            "--remove-source",
            action="store_true",
            help=translate(
                "Attach",
                "delete each file once its stored copy has been checked. On SSDs and memory "
                "cards deleted data can often still be recovered: this is not a secure erase",
            ),
        )

    def check(self) -> None:
        _check_files(self.args.files)

    def on_vault(self, session: Session) -> int:
        args = self.args
        files: list[Path] = args.files
        failed = 0
        stored: list[Attachment] = []
        case = _case(session, args.case_code)
        for number, path in enumerate(files, 1):
            progress = _adding(number, len(files), path.name)
            try:
                attachment = session.attachments.add(
                    case.uuid, path, remove_source=args.remove_source, progress=progress
                )
            except VaultError as error:
                progress.end()
                if error.exit_status != ExitStatus.ERROR:
                    raise
                say(fill(translate("Attach", "Not added: %1 — %2"), path.name, explain(error)))
                failed += 1
                continue
            progress.end()
            stored.append(attachment)
            sys.stdout.write(f"{attachment.sha256}  {attachment.name}\n")
            sys.stdout.flush()
            _report(attachment, path, args.remove_source)
        say(
            fill(
                plural(
                    translate("Attach", "Added %n file(s) to case %1.", None, len(stored)),
                    len(stored),
                ),
                case.code,
            )
        )
        if args.remove_source and stored:
            say(
                translate(
                    "Attach",
                    "The source files were deleted. On SSDs, USB sticks and memory cards the "
                    "deleted data can often still be recovered: to be sure, destroy or fully "
                    "erase the card.",
                )
            )
        return ExitStatus.ERROR if failed else ExitStatus.DONE


def _check_files(files: list[Path]) -> None:
    """Before the passphrase: every file is there and is a file."""
    for path in files:
        if path.is_dir():
            raise CliError(
                fill(translate("Attach", "%1 is a folder. Give the files in it, e.g. %1/*"), path)
            )
        if not path.is_file():
            raise CliError(
                fill(translate("Attach", "There is no file %1. Check its name and folder."), path)
            )
        if not os.access(path, os.R_OK):
            raise CliError(
                fill(translate("Attach", "You may not read %1. Check its permissions."), path)
            )


def _case(session: Session, code: str) -> Case:
    case = session.cases.case_by_code(code.strip())
    if case is None:
        raise CliError(
            fill(
                translate(
                    "Attach",
                    "There is no case with the code %1. Nothing was added. Check the code "
                    "(casevault search finds cases by their words).",
                ),
                code,
            )
        )
    return case


def _report(attachment: Attachment, path: Path, remove_source: bool) -> None:
    if "gps" in attachment.warnings:
        say(
            fill(
                translate("Attach", "%1 carries a GPS position (where it was taken)."),
                attachment.name,
            )
        )
    if "author" in attachment.warnings:
        say(fill(translate("Attach", "%1 carries an author's name."), attachment.name))
    if remove_source and path.exists():
        say(
            fill(
                translate("Attach", "%1 was added but could not be deleted: delete it yourself."),
                path,
            )
        )


def _adding(number: int, count: int, name: str) -> ProgressLine:
    """'Adding 2 of 5: name 40%' rewritten in place on a terminal."""
    text = fill(translate("Attach", "Adding %1 of %2: %3"), number, count, name)
    return ProgressLine(lambda done, total: f"{text} {percent(done, total)}%")


COMMANDS: tuple[type[Command], ...] = (Attach,)
