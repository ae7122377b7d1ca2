"""Commands on the case records: import-csv, search and demo.

Each unlocks the vault with its passphrase (prompted, or one line of standard
input with --passphrase-stdin) after checking what it can without it. Core
does the work and writes the audit log; this module only talks.
"""

from __future__ import annotations

import argparse
import sys
import unicodedata
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from casevault.cli import vault as cli_vault
from casevault.cli.records_options import vocabularies
from casevault.cli.terminal import CliError, ProgressLine, say
from casevault.core.errors import ExitStatus
from casevault.core.records import csv_import, demo
from casevault.core.records.search import CaseFilter, find_cases
from casevault.core.records.store import CaseStore
from casevault.i18n.problem_text import describe_row_problem
from casevault.i18n.text import fill, plural

translate = QCoreApplication.translate


# -- import-csv -----------------------------------------------------------------------
def import_csv(folder: Path, args: argparse.Namespace) -> int:
    path: Path = args.file
    _check_readable(path)
    with cli_vault.unlock(folder, args) as vault:
        store = CaseStore(vault.db, vocabularies())
        with ProgressLine(_importing) as progress:
            report = csv_import.import_csv(
                store, args.kind, path, dry_run=args.dry_run, progress=progress
            )
    if not report.ok:
        for problem in report.problems:
            say(describe_row_problem(problem))
        count = len(report.problems)
        say(
            plural(
                translate(
                    "CLI",
                    "Nothing was imported: the file has %n problem(s). Correct the file and "
                    "import it again.",
                    None,
                    count,
                ),
                count,
            )
        )
        unreadable = any(p.code == "bad_encoding" for p in report.problems)
        return ExitStatus.INTEGRITY if unreadable else ExitStatus.ERROR
    if args.dry_run:
        say(
            plural(
                translate(
                    "CLI",
                    "The file is ready to import: %n row(s) checked, no problems. Nothing "
                    "was imported (--dry-run).",
                    None,
                    report.rows,
                ),
                report.rows,
            )
        )
        return ExitStatus.DONE
    say(_imported(args.kind, report.imported))
    return ExitStatus.DONE


def _imported(kind: str, count: int) -> str:
    texts = {
        "cases": lambda: translate("CLI", "Imported %n case(s).", None, count),
        "people": lambda: translate("CLI", "Imported %n person(s).", None, count),
        "incidents": lambda: translate("CLI", "Imported %n incident(s).", None, count),
        "actions": lambda: translate("CLI", "Imported %n action(s).", None, count),
        "notes": lambda: translate("CLI", "Imported %n note(s).", None, count),
    }
    return plural(texts[kind](), count)


def _check_readable(path: Path) -> None:
    """Before the passphrase: the file is there and not too large."""
    if not path.is_file():
        raise CliError(
            fill(translate("CLI", "There is no file %1. Check its name and folder."), path)
        )
    if path.stat().st_size > csv_import.MAX_BYTES:
        raise CliError(
            fill(
                translate(
                    "CLI", "The file %1 is too large to import (more than %2 MiB). Split it."
                ),
                path,
                csv_import.MAX_BYTES // (1024 * 1024),
            )
        )


def _importing(done: int, total: int) -> str:
    return fill(translate("CLI", "Importing: %1 of %2 records"), done, total)


# -- search ---------------------------------------------------------------------------
def search(folder: Path, args: argparse.Namespace) -> int:
    wanted = CaseFilter(
        text=args.query,
        statuses=set(args.status or ()),
        risks=set(args.risk or ()),
        violation=args.violation or "",
        perpetrator=args.perpetrator or "",
        state=args.state or "",
        date_from=args.date_from or "",
        date_to=args.date_to or "",
    )
    with cli_vault.unlock(folder, args) as vault:
        hits = find_cases(vault.db, wanted, complete=True)  # scripts want every match
    out = sys.stdout
    for hit in hits:
        out.write(f"{one_line(hit.code)}\t{one_line(hit.title)}\n")
    out.flush()
    return ExitStatus.DONE


def one_line(text: str) -> str:
    """Stored text as one field of a tab-separated line: no tabs, line breaks or controls."""
    return "".join(
        " " if unicodedata.category(ch) in ("Cc", "Zl", "Zp") else ch for ch in text
    ).strip()


# -- demo -----------------------------------------------------------------------------
def demo_vault(folder: Path, args: argparse.Namespace) -> int:
    count: int = args.cases
    vault = cli_vault.create(folder, args)
    try:
        say(plural(translate("CLI", "Adding %n fictional sample case(s)...", None, count), count))
        demo.generate(CaseStore(vault.db, vocabularies()), count)
    finally:
        vault.close()
    message = translate(
        "CLI",
        "The vault holds %n sample case(s), with codes starting DEMO-. They are fictional "
        "examples: every person, place and event in them is invented. To list them: "
        "casevault search DEMO --vault %1",
        None,
        count,
    )
    say(fill(plural(message, count), folder))
    return ExitStatus.DONE
