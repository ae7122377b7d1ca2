"""The case records: import-csv, search, demo.

Option values are checked while the arguments are parsed (vocabulary terms,
dates, counts), so a mistake is a usage error (exit status 2) before any
passphrase is asked for. Core does the work and writes the audit log; this
module only talks.
"""

from __future__ import annotations

import argparse
import sys
import unicodedata
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from casevault.cli.command import Command, Parents, Subcommands, VaultCommand
from casevault.cli.keys import add_device_binding, create_vault
from casevault.cli.terminal import CliError, ProgressLine, say
from casevault.core.errors import ExitStatus
from casevault.core.records import csv_import, demo
from casevault.core.records.csv_import import COLUMNS, normalise_date
from casevault.core.records.search import CaseFilter
from casevault.core.records.validation import valid_date
from casevault.core.records.vocab import Vocabularies
from casevault.core.session import Session
from casevault.i18n.problem_text import describe_row_problem
from casevault.i18n.text import fill, plural

translate = QCoreApplication.translate
DEMO_CASES = 12
MAX_DEMO_CASES = 100_000


# -- option types ---------------------------------------------------------------------
def vocabulary_term(kind: str) -> Callable[[str], str]:
    """An option type: a code or an English or Spanish label → the code."""

    def parse(text: str) -> str:
        vocabulary = Vocabularies.shared()[kind]
        code = vocabulary.resolve(text)
        if code is None:
            known = ", ".join(term.code for term in vocabulary)
            raise argparse.ArgumentTypeError(
                fill(
                    translate(
                        "CLI",
                        "“%1” is not a known value. Use a code or a label in English or "
                        "Spanish. Codes: %2",
                    ),
                    text,
                    known,
                )
            )
        return code

    return parse


def incident_date(text: str) -> str:
    """An option type: 2024, 2024-03, 2024-03-15 or 15/03/2024 → ISO."""
    value = normalise_date(text)
    if not valid_date(value, "any"):
        raise argparse.ArgumentTypeError(
            fill(
                translate(
                    "CLI", "“%1” is not a date. Write 2024, 2024-03, 2024-03-15 or 15/03/2024."
                ),
                text,
            )
        )
    return value


def case_count(text: str) -> int:
    try:
        count = int(text)
    except ValueError:
        count = 0
    if not 1 <= count <= MAX_DEMO_CASES:
        raise argparse.ArgumentTypeError(
            fill(translate("CLI", "give a whole number from 1 to %1"), MAX_DEMO_CASES)
        )
    return count


# -- import-csv -----------------------------------------------------------------------
class ImportCsv(VaultCommand):
    name = "import-csv"

    @classmethod
    def add_to(cls, commands: Subcommands, parents: Parents) -> None:
        importing = commands.add_parser(
            cls.name,
            parents=parents.both,
            help=translate("CLI", "add records from a spreadsheet (CSV file); all or nothing"),
            description=translate(
                "CLI",
                "Add the records of a CSV file to the vault. Every row is checked first: if "
                "any cell is wrong, each problem is listed with its row and column and "
                "nothing is imported.\nThe file may be UTF-8 or UTF-16 (as spreadsheets save "
                "it); the first row names the columns, in English or Spanish; several values "
                "in one cell are separated by |.\nWith --passphrase-stdin, standard input "
                "gives: the passphrase.",
            ),
        )
        importing.add_argument(
            "kind",
            metavar=translate("CLI", "KIND"),
            choices=list(COLUMNS),
            help=fill(translate("CLI", "what the file holds: %1"), " | ".join(COLUMNS)),
        )
        importing.add_argument(
            "file",
            metavar=translate("CLI", "FILE"),
            type=Path,
            help=translate("CLI", "the CSV file"),
        )
        importing.add_argument(
            "--dry-run",
            action="store_true",
            help=translate("CLI", "only check the file; import nothing"),
        )

    def check(self) -> None:
        """Before the passphrase: the file is there and not too large."""
        path: Path = self.args.file
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

    def on_vault(self, session: Session) -> int:
        args = self.args
        with ProgressLine(_importing) as progress:
            report = csv_import.import_csv(
                session.cases, args.kind, args.file, dry_run=args.dry_run, progress=progress
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
            return ExitStatus.USAGE if unreadable else ExitStatus.ERROR
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


def _importing(done: int, total: int) -> str:
    return fill(translate("CLI", "Importing: %1 of %2 records"), done, total)


def _imported(kind: str, count: int) -> str:
    texts = {
        "cases": lambda: translate("CLI", "Imported %n case(s).", None, count),
        "people": lambda: translate("CLI", "Imported %n person(s).", None, count),
        "incidents": lambda: translate("CLI", "Imported %n incident(s).", None, count),
        "actions": lambda: translate("CLI", "Imported %n action(s).", None, count),
        "notes": lambda: translate("CLI", "Imported %n note(s).", None, count),
    }
    return plural(texts[kind](), count)


# -- search ---------------------------------------------------------------------------
class Search(VaultCommand):
    name = "search"

    @classmethod
    def add_to(cls, commands: Subcommands, parents: Parents) -> None:
        searching = commands.add_parser(
            cls.name,
            parents=parents.both,
            help=translate("CLI", "find cases; one per line: CODE<TAB>TITLE"),
            description=translate(
                "CLI",
                "Find cases whose records contain all the words of the query (accents and "
                "capitals do not matter; a word also finds longer words that start with it). "
                "Prints one case per line, CODE<TAB>TITLE, best match first. An empty query "
                '("") lists every case that passes the filters.\nFilter values are a code or '
                "a label in English or Spanish.\nWith --passphrase-stdin, standard input "
                "gives: the passphrase.",
            ),
        )
        searching.add_argument("query", metavar=translate("CLI", "QUERY"))
        filters = (
            ("--status", "statuses", "append", translate("CLI", "only cases with this status")),
            ("--risk", "risks", "append", translate("CLI", "only cases at this risk level")),
            (
                "--violation",
                "violations",
                "store",
                translate("CLI", "only cases with this violation"),
            ),
            (
                "--perpetrator",
                "perpetrators",
                "store",
                translate("CLI", "only cases with this alleged perpetrator"),
            ),
            (
                "--state",
                "states",
                "store",
                translate("CLI", "only cases with incidents in this state"),
            ),
        )
        for option, kind, action, text in filters:
            repeat = translate("CLI", " (may be repeated)") if action == "append" else ""
            searching.add_argument(
                option,
                action=action,
                type=vocabulary_term(kind),
                metavar=translate("CLI", "VALUE"),
                help=text + repeat,
            )
        searching.add_argument(
            "--from",
            dest="date_from",
            type=incident_date,
            metavar=translate("CLI", "DATE"),
            help=translate("CLI", "only cases with an incident on or after this date"),
        )
        searching.add_argument(
            "--to",
            dest="date_to",
            type=incident_date,
            metavar=translate("CLI", "DATE"),
            help=translate("CLI", "only cases with an incident on or before this date"),
        )

    def on_vault(self, session: Session) -> int:
        args = self.args
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
        out = sys.stdout
        for hit in session.find_cases(wanted):
            out.write(f"{one_line(hit.code)}\t{one_line(hit.title)}\n")
        out.flush()
        return ExitStatus.DONE


def one_line(text: str) -> str:
    """Stored text as one field of a tab-separated line: no tabs, line breaks or controls."""
    return "".join(
        " " if unicodedata.category(ch) in ("Cc", "Zl", "Zp") else ch for ch in text
    ).strip()


# -- demo -----------------------------------------------------------------------------
class Demo(Command):
    name = "demo"

    @classmethod
    def add_to(cls, commands: Subcommands, parents: Parents) -> None:
        demo_parser = commands.add_parser(
            cls.name,
            parents=parents.both,
            help=translate("CLI", "create a new vault filled with fictional sample cases"),
            description=translate(
                "CLI",
                "Create a new vault, exactly as init does, and fill it with clearly fictional "
                "sample cases (codes DEMO-…, titles starting with [Ejemplo]) for trying "
                "CaseVault or for training. Refused if a vault already exists in the folder.\n"
                "With --passphrase-stdin, standard input gives: the passphrase.",
            ),
        )
        demo_parser.add_argument(
            "--cases",
            type=case_count,
            default=DEMO_CASES,
            metavar=translate("CLI", "N"),
            help=fill(translate("CLI", "how many sample cases (default: %1)"), DEMO_CASES),
        )
        add_device_binding(
            demo_parser, translate("CLI", "also tie the vault to this computer (system keyring)")
        )

    def run(self) -> int:
        count: int = self.args.cases
        session = create_vault(self)
        try:
            say(
                plural(
                    translate("CLI", "Adding %n fictional sample case(s)...", None, count), count
                )
            )
            demo.generate(session.cases, count)
        finally:
            session.lock()
        message = translate(
            "CLI",
            "The vault holds %n sample case(s), with codes starting DEMO-. They are fictional "
            "examples: every person, place and event in them is invented. To list them: "
            "casevault search DEMO --vault %1",
            None,
            count,
        )
        say(fill(plural(message, count), self.folder))
        return ExitStatus.DONE


COMMANDS: tuple[type[Command], ...] = (ImportCsv, Search, Demo)
