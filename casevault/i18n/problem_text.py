"""Plain-words descriptions of record problems, in the user's language.

Core reports what is wrong with a record (`validation.Problem`: field, code,
value) or with a row of a CSV file (`csv_import.RowProblem`: row, column,
code, value) as codes; this module turns them into sentences that say what to
do. Shared by the command line and the GUI (QtCore only, no widgets).
Placeholders: %1 row, %2 column or field, %3 the value as written.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "Problems"
MAX_VALUE_CHARS = 60


class RowProblemLike(Protocol):
    @property
    def row(self) -> int: ...
    @property
    def column(self) -> str: ...
    @property
    def code(self) -> str: ...
    @property
    def value(self) -> str: ...


class FieldProblemLike(Protocol):
    @property
    def field(self) -> str: ...
    @property
    def code(self) -> str: ...
    @property
    def value(self) -> str: ...


# Problems of a whole file (no row or column to point at).
_FILE_PROBLEMS: dict[str, object] = {
    "bad_encoding": QT_TRANSLATE_NOOP(
        "Problems",
        "The file is not text that CaseVault can read. In the spreadsheet, save it as "
        "“CSV UTF-8” (or “Unicode text”) and import it again.",
    ),
    "empty_file": QT_TRANSLATE_NOOP(
        "Problems",
        "The file is empty. The first row must name the columns, and the rows below it hold "
        "the records.",
    ),
}
# Problems of the header row: %2 is the column.
_HEADER_PROBLEMS: dict[str, object] = {
    "missing_column": QT_TRANSLATE_NOOP(
        "Problems",
        "Row %1: the column “%2” is missing. Add a column with this name (in English or "
        "Spanish) to the first row.",
    ),
    "unknown_column": QT_TRANSLATE_NOOP(
        "Problems",
        "Row %1: CaseVault does not know the column “%2”. Check its spelling, or delete "
        "the column.",
    ),
}
# Problems of a row whose column is not known: %1 row, %2 the value (a limit).
_ROW_PROBLEMS: dict[str, object] = {
    "cell_too_large": QT_TRANSLATE_NOOP(
        "Problems",
        "Row %1: a cell is longer than %2 characters, more than CaseVault imports. Split "
        "the text into several notes, or shorten it, and import the file again.",
    ),
}
# Problems of one cell: %1 row, %2 column, %3 value.
_CELL_PROBLEMS: dict[str, object] = {
    "nul_character": QT_TRANSLATE_NOOP(
        "Problems",
        "Row %1, column “%2”: the cell holds a NUL character (an invisible zero byte), which "
        "CaseVault does not store. Delete it from the cell, or save the file again as "
        "“CSV UTF-8”, and import it again.",
    ),
    "required": QT_TRANSLATE_NOOP(
        "Problems", "Row %1, column “%2”: this cell cannot be empty. Fill it in."
    ),
    "unknown_term": QT_TRANSLATE_NOOP(
        "Problems",
        "Row %1, column “%2”: “%3” is not a known value. Use a code or a label in English "
        "or Spanish.",
    ),
    "bad_date": QT_TRANSLATE_NOOP(
        "Problems",
        "Row %1, column “%2”: “%3” is not a valid date. Write dates as 2024-03-15 or 15/03/2024.",
    ),
    "unknown_case": QT_TRANSLATE_NOOP(
        "Problems",
        "Row %1, column “%2”: there is no case with the code “%3”. Check the code, or "
        "import the cases first.",
    ),
    "duplicate_code": QT_TRANSLATE_NOOP(
        "Problems",
        "Row %1, column “%2”: the case code “%3” is already used, in the vault or higher "
        "up in this file. Give each case its own code.",
    ),
    "end_before_start": QT_TRANSLATE_NOOP(
        "Problems", "Row %1, column “%2”: the end date is earlier than the start date."
    ),
}
_CELL_UNKNOWN = QT_TRANSLATE_NOOP("Problems", "Row %1, column “%2”: “%3” is not valid.")
_CELL_EMPTY = QT_TRANSLATE_NOOP("Problems", "Row %1, column “%2”: the value is missing.")

# Problems of a field in a form: %1 the field's name, %2 the value.
_FIELD_PROBLEMS: dict[str, object] = {
    "required": QT_TRANSLATE_NOOP("Problems", "%1: this field cannot be empty."),
    "unknown_term": QT_TRANSLATE_NOOP("Problems", "%1: “%2” is not one of the listed values."),
    "bad_date": QT_TRANSLATE_NOOP(
        "Problems", "%1: “%2” is not a valid date. Write it as 2024-03-15."
    ),
    "unknown_case": QT_TRANSLATE_NOOP("Problems", "%1: the case it belongs to no longer exists."),
    "duplicate_code": QT_TRANSLATE_NOOP(
        "Problems", "%1: another case already has the code “%2”. Choose another code."
    ),
    "end_before_start": QT_TRANSLATE_NOOP(
        "Problems", "%1: the end date is earlier than the start date."
    ),
}
_FIELD_UNKNOWN = QT_TRANSLATE_NOOP("Problems", "%1: “%2” is not valid.")

# Every record field a problem can name, as a form labels it.
_FIELD_LABELS: dict[str, object] = {
    "code": QT_TRANSLATE_NOOP("Problems", "Code"),
    "title": QT_TRANSLATE_NOOP("Problems", "Title"),
    "status": QT_TRANSLATE_NOOP("Problems", "Status"),
    "risk": QT_TRANSLATE_NOOP("Problems", "Risk"),
    "summary": QT_TRANSLATE_NOOP("Problems", "Summary"),
    "opened": QT_TRANSLATE_NOOP("Problems", "Opened"),
    "closed": QT_TRANSLATE_NOOP("Problems", "Closed"),
    "tags": QT_TRANSLATE_NOOP("Problems", "Tags"),
    "case_uuid": QT_TRANSLATE_NOOP("Problems", "Case"),
    "role": QT_TRANSLATE_NOOP("Problems", "Role"),
    "pseudonym": QT_TRANSLATE_NOOP("Problems", "Pseudonym"),
    "full_name": QT_TRANSLATE_NOOP("Problems", "Full name"),
    "contact": QT_TRANSLATE_NOOP("Problems", "Contact"),
    "birth_date": QT_TRANSLATE_NOOP("Problems", "Date of birth"),
    "notes": QT_TRANSLATE_NOOP("Problems", "Notes"),
    "date_start": QT_TRANSLATE_NOOP("Problems", "Date (start)"),
    "date_end": QT_TRANSLATE_NOOP("Problems", "Date (end)"),
    "date_precision": QT_TRANSLATE_NOOP("Problems", "Date precision"),
    "state": QT_TRANSLATE_NOOP("Problems", "State"),
    "municipality": QT_TRANSLATE_NOOP("Problems", "Municipality"),
    "place": QT_TRANSLATE_NOOP("Problems", "Place"),
    "violations": QT_TRANSLATE_NOOP("Problems", "Violations"),
    "perpetrators": QT_TRANSLATE_NOOP("Problems", "Alleged perpetrators"),
    "narrative": QT_TRANSLATE_NOOP("Problems", "Narrative"),
    "people": QT_TRANSLATE_NOOP("Problems", "People involved"),
    "date": QT_TRANSLATE_NOOP("Problems", "Date"),
    "authority": QT_TRANSLATE_NOOP("Problems", "Authority"),
    "action_kind": QT_TRANSLATE_NOOP("Problems", "Kind of action"),
    "reference": QT_TRANSLATE_NOOP("Problems", "Reference"),
    "outcome": QT_TRANSLATE_NOOP("Problems", "Outcome"),
    "follow_up": QT_TRANSLATE_NOOP("Problems", "Follow-up date"),
    "text": QT_TRANSLATE_NOOP("Problems", "Text"),
}

_PLACEHOLDER = re.compile(r"%(\d)")


def describe_row_problem(problem: RowProblemLike) -> str:
    """One problem of a CSV file, e.g. "Row 3, column “state”: “Atlantis” is not a known value…"."""
    if problem.code in _FILE_PROBLEMS:
        return _text(_FILE_PROBLEMS[problem.code])
    if problem.code in _HEADER_PROBLEMS:
        return _text(_HEADER_PROBLEMS[problem.code], problem.row, shown(problem.column))
    if problem.code in _ROW_PROBLEMS:
        return _text(_ROW_PROBLEMS[problem.code], problem.row, shown(problem.value))
    if problem.code in _CELL_PROBLEMS:
        template = _CELL_PROBLEMS[problem.code]
        if not problem.value and problem.code in ("unknown_term", "bad_date", "unknown_case"):
            template = _CELL_PROBLEMS["required"]
    else:
        template = _CELL_UNKNOWN if problem.value else _CELL_EMPTY
    return _text(template, problem.row, shown(problem.column), shown(problem.value))


def describe_field_problem(problem: FieldProblemLike) -> str:
    """One problem of a record being saved, e.g. "Title: this field cannot be empty."."""
    template = _FIELD_PROBLEMS.get(problem.code, _FIELD_UNKNOWN)
    return _text(template, field_label(problem.field), shown(problem.value))


def field_label(field: str) -> str:
    """A record field's name as a form shows it (the field's own name if unknown)."""
    label = _FIELD_LABELS.get(field)
    return _text(label) if label is not None else field


def shown(value: str, limit: int = MAX_VALUE_CHARS) -> str:
    """Untrusted text made safe to show on one line: no control characters, not too long."""
    cleaned = "".join(
        " " if unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp") else ch for ch in value
    ).strip()
    if len(cleaned) > limit:
        cleaned = cleaned[: limit - 1] + "…"
    return cleaned


def _text(template: object, *values: object) -> str:
    """Translate, then fill %1, %2 … in one pass (a value's own "%2" stays as written)."""
    text = QCoreApplication.translate(CONTEXT, str(template))

    def value(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return str(values[index]) if 0 <= index < len(values) else match.group(0)

    return _PLACEHOLDER.sub(value, text)
