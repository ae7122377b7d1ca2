"""The command line of the case records: import-csv, search, verify, demo.

Option values are checked while the arguments are parsed (vocabulary terms,
dates, counts), so a mistake is a usage error (exit status 2) before any
passphrase is asked for.
"""

from __future__ import annotations

import argparse
import functools
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from casevault.core.records.csv_import import COLUMNS, normalise_date
from casevault.core.records.validation import valid_date
from casevault.core.records.vocab import Vocabularies
from casevault.i18n.text import fill

translate = QCoreApplication.translate
DEMO_CASES = 12
MAX_DEMO_CASES = 100_000


@functools.cache
def vocabularies() -> Vocabularies:
    return Vocabularies.load()


def vocabulary_term(kind: str) -> Callable[[str], str]:
    """An option type: a code or an English or Spanish label → the code."""

    def parse(text: str) -> str:
        vocabulary = vocabularies()[kind]
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


def add_record_commands(
    commands: Any, vault: argparse.ArgumentParser, stdin: argparse.ArgumentParser
) -> None:
    """Add import-csv, search, verify and demo to the `casevault` subcommands."""
    parents = [vault, stdin]
    importing = commands.add_parser(
        "import-csv",
        parents=parents,
        help=translate("CLI", "add records from a spreadsheet (CSV file); all or nothing"),
        description=translate(
            "CLI",
            "Add the records of a CSV file to the vault. Every row is checked first: if "
            "any cell is wrong, each problem is listed with its row and column and nothing "
            "is imported.\nThe file may be UTF-8 or UTF-16 (as spreadsheets save it); the "
            "first row names the columns, in English or Spanish; several values in one cell "
            "are separated by |.\nWith --passphrase-stdin, standard input gives: the "
            "passphrase.",
        ),
    )
    importing.add_argument(
        "kind",
        metavar=translate("CLI", "KIND"),
        choices=list(COLUMNS),
        help=fill(translate("CLI", "what the file holds: %1"), " | ".join(COLUMNS)),
    )
    importing.add_argument(
        "file", metavar=translate("CLI", "FILE"), type=Path, help=translate("CLI", "the CSV file")
    )
    importing.add_argument(
        "--dry-run",
        action="store_true",
        help=translate("CLI", "only check the file; import nothing"),
    )

    searching = commands.add_parser(
        "search",
        parents=parents,
        help=translate("CLI", "find cases; one per line: CODE<TAB>TITLE"),
        description=translate(
            "CLI",
            "Find cases whose records contain all the words of the query (accents and "
            "capitals do not matter; a word also finds longer words that start with it). "
            "Prints one case per line, CODE<TAB>TITLE, best match first. An empty query "
            '("") lists every case that passes the filters.\nFilter values are a code or a '
            "label in English or Spanish.\nWith --passphrase-stdin, standard input gives: "
            "the passphrase.",
        ),
    )
    searching.add_argument("query", metavar=translate("CLI", "QUERY"))
    filters = (
        ("--status", "statuses", "append", translate("CLI", "only cases with this status")),
        ("--risk", "risks", "append", translate("CLI", "only cases at this risk level")),
        ("--violation", "violations", "store", translate("CLI", "only cases with this violation")),
        (
            "--perpetrator",
            "perpetrators",
            "store",
            translate("CLI", "only cases with this alleged perpetrator"),
        ),
        ("--state", "states", "store", translate("CLI", "only cases with incidents in this state")),
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

    commands.add_parser(
        "verify",
        parents=parents,
        help=translate("CLI", "check that the vault is intact: database pages, audit log"),
        description=translate(
            "CLI",
            "Check the whole vault for damage or tampering: every page of the encrypted "
            "database and the chain of the audit log. Exit status 0 if all is sound, 4 if "
            "anything is damaged or was altered.\nWith --passphrase-stdin, standard input "
            "gives: the passphrase.",
        ),
    )

    demo = commands.add_parser(
        "demo",
        parents=parents,
        help=translate("CLI", "create a new vault filled with fictional sample cases"),
        description=translate(
            "CLI",
            "Create a new vault, exactly as init does, and fill it with clearly fictional "
            "sample cases (codes DEMO-…, titles starting with [Ejemplo]) for trying "
            "CaseVault or for training. Refused if a vault already exists in the folder.\n"
            "With --passphrase-stdin, standard input gives: the passphrase.",
        ),
    )
    demo.add_argument(
        "--cases",
        type=case_count,
        default=DEMO_CASES,
        metavar=translate("CLI", "N"),
        help=fill(translate("CLI", "how many sample cases (default: %1)"), DEMO_CASES),
    )
    binding = demo.add_mutually_exclusive_group()
    binding.add_argument(
        "--device-binding",
        dest="device_binding",
        action="store_const",
        const=True,
        default=None,
        help=translate("CLI", "also tie the vault to this computer (system keyring)"),
    )
    binding.add_argument(
        "--no-device-binding",
        dest="device_binding",
        action="store_const",
        const=False,
        help=translate("CLI", "protect the vault with the passphrase only"),
    )
