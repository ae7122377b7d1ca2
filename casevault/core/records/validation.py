"""Checking a record before it is stored; each problem names its field."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from casevault.core.errors import ErrorKind, ExitStatus, VaultError
from casevault.core.records.model import DATE_PRECISIONS, Case, Incident, Record
from casevault.core.records.vocab import Vocabularies

_PARTIAL = {
    "day": re.compile(r"^\d{4}-\d{2}-\d{2}$"),
    "month": re.compile(r"^\d{4}-\d{2}$"),
    "year": re.compile(r"^\d{4}$"),
}
REQUIRED = {"case": ("code", "title"), "person": ("pseudonym",)}


@dataclass(frozen=True)
class Problem:
    field: str
    code: str  # required | unknown_term | bad_date | end_before_start | duplicate_code | ...
    value: str = ""


class ValidationError(VaultError):
    exit_status = ExitStatus.ERROR

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__(
            ErrorKind.INVALID_RECORD, "; ".join(f"{p.field}:{p.code}" for p in problems)
        )
        self.problems = problems


def valid_date(text: str, precision: str = "day") -> bool:
    """ISO date (or year / year-month for partial precision) that exists on a calendar."""
    patterns = [_PARTIAL[precision]] if precision in _PARTIAL else list(_PARTIAL.values())
    if not any(p.match(text) for p in patterns):
        return False
    parts = [int(x) for x in text.split("-")]
    try:
        date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError:
        return False
    return 1000 <= parts[0] <= 2999


def validate(record: Record, vocabs: Vocabularies) -> list[Problem]:
    problems: list[Problem] = []
    for name in REQUIRED.get(record.kind.value, ()):
        if not str(getattr(record, name)).strip():
            problems.append(Problem(name, "required"))
    for name, vocab_kind in record.vocab_fields.items():
        value = getattr(record, name)
        codes = value if isinstance(value, list) else [value] if value else []
        problems += [
            Problem(name, "unknown_term", code) for code in codes if code not in vocabs[vocab_kind]
        ]
    for name in record.date_fields:
        value = getattr(record, name)
        if value and not valid_date(value):
            problems.append(Problem(name, "bad_date", value))
    if (
        isinstance(record, Case)
        and valid_date(record.opened)
        and valid_date(record.closed)
        and record.closed < record.opened
    ):
        problems.append(Problem("closed", "end_before_start"))
    if isinstance(record, Incident):
        problems += _incident_dates(record)
    return problems


def _incident_dates(incident: Incident) -> list[Problem]:
    precision = incident.date_precision
    if precision not in DATE_PRECISIONS:
        return [Problem("date_precision", "unknown_term", precision)]
    if precision == "unknown":
        return []
    if precision == "range":
        problems = [
            Problem(name, "bad_date", getattr(incident, name))
            for name in ("date_start", "date_end")
            if not valid_date(getattr(incident, name), "any")
        ]
        if not problems and incident.date_end < incident.date_start:
            problems.append(Problem("date_end", "end_before_start"))
        return problems
    if incident.date_start and not valid_date(incident.date_start, precision):
        return [Problem("date_start", "bad_date", incident.date_start)]
    return []
