"""The case file's records (HURIDOCS-inspired, kept simple for field use).

Case → People, Incidents, Actions, Notes. Every record has a UUID, created and
updated timestamps (UTC) and a version that grows by one on every change.
Vocabulary fields hold codes (see vocab.py); list fields hold lists of codes.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from enum import StrEnum
from typing import Any, ClassVar


class Kind(StrEnum):
    CASE = "case"
    PERSON = "person"
    INCIDENT = "incident"
    ACTION = "action"
    NOTE = "note"


@dataclass
class Record:
    uuid: str = ""
    created: str = ""
    updated: str = ""
    version: int = 0

    kind: ClassVar[Kind]
    table: ClassVar[str]
    # Searchable free text; fields whose earlier versions are kept; vocabulary fields.
    text_fields: ClassVar[tuple[str, ...]] = ()
    history_fields: ClassVar[tuple[str, ...]] = ()
    vocab_fields: ClassVar[dict[str, str]] = {}
    list_fields: ClassVar[tuple[str, ...]] = ()
    date_fields: ClassVar[tuple[str, ...]] = ()
    protected_fields: ClassVar[tuple[str, ...]] = ()

    @classmethod
    def data_fields(cls) -> list[str]:
        """The fields a person edits (everything but identity and bookkeeping)."""
        skip = {"uuid", "created", "updated", "version"}
        return [f.name for f in fields(cls) if f.name not in skip]

    def values(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in self.data_fields()}


@dataclass
class Case(Record):
    code: str = ""
    title: str = ""
    status: str = "open"
    risk: str = "medium"
    summary: str = ""
    opened: str = ""
    closed: str = ""
    tags: list[str] = field(default_factory=list)

    kind = Kind.CASE
    table = "cases"
    text_fields = ("code", "title", "summary", "tags")
    history_fields = ("summary",)
    vocab_fields: ClassVar[dict[str, str]] = {"status": "statuses", "risk": "risks"}
    list_fields = ("tags",)
    date_fields = ("opened", "closed")


@dataclass
class Person(Record):
    case_uuid: str = ""
    role: str = "survivor"
    pseudonym: str = ""
    full_name: str = ""
    contact: str = ""
    birth_date: str = ""
    notes: str = ""

    kind = Kind.PERSON
    table = "people"
    text_fields = ("pseudonym", "full_name", "contact", "notes")
    history_fields = ("notes",)
    vocab_fields: ClassVar[dict[str, str]] = {"role": "roles"}
    date_fields = ("birth_date",)
    protected_fields = ("full_name", "contact", "birth_date")


@dataclass
class Incident(Record):
    case_uuid: str = ""
    date_start: str = ""
    date_end: str = ""
    date_precision: str = "day"
    state: str = ""
    municipality: str = ""
    place: str = ""
    violations: list[str] = field(default_factory=list)
    perpetrators: list[str] = field(default_factory=list)
    narrative: str = ""
    people: list[str] = field(default_factory=list)

    kind = Kind.INCIDENT
    table = "incidents"
    text_fields = ("municipality", "place", "narrative")
    history_fields = ("narrative",)
    vocab_fields: ClassVar[dict[str, str]] = {
        "state": "states",
        "violations": "violations",
        "perpetrators": "perpetrators",
    }
    list_fields = ("violations", "perpetrators", "people")


@dataclass
class Action(Record):
    case_uuid: str = ""
    date: str = ""
    authority: str = ""
    action_kind: str = ""
    reference: str = ""
    outcome: str = ""
    follow_up: str = ""

    kind = Kind.ACTION
    table = "actions"
    text_fields = ("reference", "outcome")
    history_fields = ("outcome",)
    vocab_fields: ClassVar[dict[str, str]] = {
        "authority": "authorities",
        "action_kind": "action_kinds",
    }
    date_fields = ("date", "follow_up")


@dataclass
class Note(Record):
    case_uuid: str = ""
    date: str = ""
    text: str = ""

    kind = Kind.NOTE
    table = "notes"
    text_fields = ("text",)
    history_fields = ("text",)
    date_fields = ("date",)


RECORD_TYPES: dict[Kind, type[Record]] = {
    cls.kind: cls for cls in (Case, Person, Incident, Action, Note)
}
DATE_PRECISIONS = ("day", "month", "year", "range", "unknown")


@dataclass
class CaseFile:
    """One case with everything under it, as the detail view shows it."""

    case: Case
    people: list[Person]
    incidents: list[Incident]
    actions: list[Action]
    notes: list[Note]


def case_uuid_of(record: Record) -> str:
    """The case a record belongs to (a case belongs to itself)."""
    if isinstance(record, Case):
        return record.uuid
    return str(getattr(record, "case_uuid", ""))
