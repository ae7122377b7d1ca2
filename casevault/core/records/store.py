"""Storing, reading and deleting case records, with their search entries,
earlier versions and audit entries kept in step inside one transaction."""

from __future__ import annotations

import json
import secrets
import time
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import Any, TypeVar

from casevault.core.errors import ErrorKind, VaultError
from casevault.core.records import audit, index
from casevault.core.records.model import (
    RECORD_TYPES,
    Action,
    Case,
    CaseFile,
    Incident,
    Kind,
    Note,
    Person,
    Record,
    case_uuid_of,
)
from casevault.core.records.validation import Problem, ValidationError, validate
from casevault.core.records.vocab import Vocabularies
from casevault.core.vault.database import Database

R = TypeVar("R", bound=Record)
# Autosave writes every second while someone types; one earlier version is kept
# per burst of editing rather than one per keystroke pause.
HISTORY_BURST = timedelta(minutes=2)
BOOKKEEPING = ("uuid", "created", "updated", "version")


@dataclass(frozen=True)
class HistoryEntry:
    version: int
    saved: str
    value: str


def _now() -> str:
    return audit.now()


def new_uuid() -> str:
    """A time-ordered UUID (version 7 layout: 48-bit milliseconds, then random bits).

    New rows land at the end of every index instead of at random places, which
    makes bulk imports several times faster; the order says no more than the
    created timestamp each record carries anyway.
    """
    value = (time.time_ns() // 1_000_000) << 80 | secrets.randbits(80)
    value = (value & ~(0xF << 76)) | (0x7 << 76)  # version 7
    value = (value & ~(0x3 << 62)) | (0x2 << 62)  # RFC 4122 variant
    return f"{value:032x}"


def _to_row(record: Record) -> dict[str, Any]:
    row: dict[str, Any] = {name: getattr(record, name) for name in BOOKKEEPING}
    for name, value in record.values().items():
        row[name] = json.dumps(value, ensure_ascii=False) if name in record.list_fields else value
    return row


def _from_row(cls: type[R], row: Any, names: list[str]) -> R:
    values = dict(zip(names, row, strict=True))
    for name in cls.list_fields:
        values[name] = json.loads(values[name])
    return cls(**values)


class CaseStore:
    def __init__(self, db: Database, vocabs: Vocabularies) -> None:
        self.db = db
        self.vocabs = vocabs

    # -- reading ---------------------------------------------------------------
    def _columns(self, cls: type[Record]) -> list[str]:
        return [*BOOKKEEPING, *cls.data_fields()]

    def get(self, cls: type[R], record_uuid: str) -> R:
        names = self._columns(cls)
        row = self.db.execute(
            f"SELECT {', '.join(names)} FROM {cls.table} WHERE uuid = ?",
            (record_uuid,),
        ).fetchone()
        if row is None:
            raise VaultError(ErrorKind.RECORD_MISSING, record_uuid)
        return _from_row(cls, row, names)

    def _children(self, cls: type[R], case_uuid: str, order: str) -> list[R]:
        names = self._columns(cls)
        rows = self.db.execute(
            f"SELECT {', '.join(names)} FROM {cls.table} WHERE case_uuid = ? ORDER BY {order}",
            (case_uuid,),
        )
        return [_from_row(cls, row, names) for row in rows]

    def case_file(self, case_uuid: str) -> CaseFile:
        return CaseFile(
            case=self.get(Case, case_uuid),
            people=self._children(Person, case_uuid, "created, uuid"),
            incidents=self._children(Incident, case_uuid, "date_start, created"),
            actions=self._children(Action, case_uuid, "date, created"),
            notes=self._children(Note, case_uuid, "date, created"),
        )

    def case_by_code(self, code: str) -> Case | None:
        row = self.db.execute("SELECT uuid FROM cases WHERE code = ?", (code,)).fetchone()
        return self.get(Case, row[0]) if row else None

    def count(self, kind: Kind) -> int:
        table = RECORD_TYPES[kind].table
        return int(self.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0])

    def history(self, record_uuid: str, field: str) -> list[HistoryEntry]:
        rows = self.db.execute(
            "SELECT version, saved, value FROM field_history "
            "WHERE record_uuid = ? AND field = ? ORDER BY version DESC",
            (record_uuid, field),
        )
        return [HistoryEntry(*row) for row in rows]

    # -- writing ---------------------------------------------------------------
    def check(self, record: Record) -> None:
        problems = validate(record, self.vocabs)
        if isinstance(record, Case):
            other = self.db.execute(
                "SELECT uuid FROM cases WHERE code = ?", (record.code.strip(),)
            ).fetchone()
            if other and other[0] != record.uuid:
                problems.append(Problem("code", "duplicate_code", record.code))
        elif not self.db.execute(
            "SELECT 1 FROM cases WHERE uuid = ?", (case_uuid_of(record),)
        ).fetchone():
            problems.append(Problem("case_uuid", "unknown_case"))
        if problems:
            raise ValidationError(problems)

    def add(self, record: R, *, in_transaction: bool = False) -> R:
        """Store a new record (version 1); returns it with its UUID and timestamps."""
        if in_transaction:
            return self.add_many([record])[0]
        with self.db.transaction():
            return self.add_many([record])[0]

    def add_many(self, records: list[R]) -> list[R]:
        """Store new records inside the caller's transaction, all checked first.

        Rows, search entries, incident codes and audit entries go in with one
        statement per table, which is what makes a CSV import fast.
        """
        stamp = _now()
        new = [
            replace(
                r, uuid=r.uuid or new_uuid(), created=r.created or stamp, updated=stamp, version=1
            )
            for r in records
        ]
        for record in new:
            self.check(record)
        self._insert(new, "create")
        return new

    def insert_imported(self, records: Sequence[Record]) -> None:
        """Store records from an export as they are (UUID, timestamps and version kept),
        checked, indexed and audited as "import", inside the caller's transaction."""
        for record in records:
            self.check(record)
        self._insert(records, "import")

    def replace_imported(self, record: Record) -> None:
        """Put a newer version from an export in place of ours, inside the caller's
        transaction; our earlier text of history fields is kept in field_history."""
        old = self.get(type(record), record.uuid)
        self.check(record)
        for name in old.history_fields:
            before = getattr(old, name)
            if before and before != getattr(record, name):
                self.db.execute(
                    "INSERT INTO field_history (record_uuid, field, version, saved, value) "
                    "VALUES (?, ?, ?, ?, ?)",
                    (old.uuid, name, old.version, _now(), before),
                )
        row = _to_row(record)
        assignments = ", ".join(f"{k} = :{k}" for k in row if k != "uuid")
        self.db.execute(f"UPDATE {record.table} SET {assignments} WHERE uuid = :uuid", row)
        self._after_write(record)
        audit.append(self.db, "import", record.kind.value, record.uuid, "updated")

    def _insert(self, new: Sequence[Record], action: str) -> None:
        by_table: dict[str, list[Record]] = {}
        for record in new:
            by_table.setdefault(record.table, []).append(record)
        if "cases" in by_table:
            self._number_cases(by_table["cases"])
        for table in ("cases", "people", "incidents", "actions", "notes"):
            group = by_table.get(table, [])
            if not group:
                continue
            rows = [_to_row(record) for record in group]
            if table == "cases":
                for row in rows:
                    row["num"] = self.db.tx_cache["case_num:" + row["uuid"]]
            columns = list(rows[0])
            self.db.executemany(
                f"INSERT INTO {table} ({', '.join(columns)}) "
                f"VALUES ({', '.join(':' + k for k in columns)})",
                rows,
            )
        index.index_new_records(self.db, new, self.vocabs)
        self.db.executemany(
            "INSERT OR IGNORE INTO incident_codes VALUES (?, ?, ?, ?)",
            [code for r in new if isinstance(r, Incident) for code in _incident_codes(r)],
        )
        audit.append_many(self.db, [(action, r.kind.value, r.uuid, "") for r in new])

    def _number_cases(self, cases: list[Record]) -> None:
        """Give new cases consecutive numbers (each numbers its block of search rows)."""
        last = self.db.tx_cache.get("case_num")
        if last is None:
            last = int(self.db.execute("SELECT coalesce(max(num), 0) FROM cases").fetchone()[0])
        for record in cases:
            last += 1
            self.db.tx_cache["case_num:" + record.uuid] = last
        self.db.tx_cache["case_num"] = last

    def update(self, cls: type[R], record_uuid: str, changes: dict[str, Any]) -> R:
        """Change some fields; bumps the version, keeps earlier text, re-indexes."""
        unknown = set(changes) - set(cls.data_fields())
        if unknown:
            raise ValueError(f"not editable: {sorted(unknown)}")
        with self.db.transaction():
            old = self.get(cls, record_uuid)
            if all(getattr(old, k) == v for k, v in changes.items()):
                return old
            stamp = _now()
            new = replace(old, **changes, updated=stamp, version=old.version + 1)
            self.check(new)
            self._keep_history(old, new, stamp)
            row = _to_row(new)
            assignments = ", ".join(f"{k} = :{k}" for k in row if k != "uuid")
            self.db.execute(
                f"UPDATE {cls.table} SET {assignments} WHERE uuid = :uuid",
                row,
            )
            self._after_write(new)
            audit.append(self.db, "update", new.kind.value, new.uuid, ",".join(sorted(changes)))
        return new

    def _keep_history(self, old: Record, new: Record, stamp: str) -> None:
        for name in old.history_fields:
            before = getattr(old, name)
            if before == getattr(new, name) or not before:
                continue
            last = self.db.execute(
                "SELECT saved FROM field_history WHERE record_uuid = ? AND field = ? "
                "ORDER BY version DESC LIMIT 1",
                (old.uuid, name),
            ).fetchone()
            if last and _parse(stamp) - _parse(last[0]) < HISTORY_BURST:
                continue
            self.db.execute(
                "INSERT INTO field_history (record_uuid, field, version, saved, value) "
                "VALUES (?, ?, ?, ?, ?)",
                (old.uuid, name, old.version, stamp, before),
            )

    def delete(self, kind: Kind, record_uuid: str) -> None:
        """Remove a record for good: its row, its children, search entries and history."""
        cls = RECORD_TYPES[kind]
        with self.db.transaction():
            record = self.get(cls, record_uuid)
            doomed = [record_uuid]
            if isinstance(record, Case):
                for table in (*(c.table for c in (Person, Incident, Action, Note)), "attachments"):
                    doomed += [
                        r[0]
                        for r in self.db.execute(
                            f"SELECT uuid FROM {table} WHERE case_uuid = ?", (record_uuid,)
                        )
                    ]
            if isinstance(record, Person):
                self._unlink_person(record)
            self.db.execute(f"DELETE FROM {cls.table} WHERE uuid = ?", (record_uuid,))
            for doomed_uuid in doomed:
                index.unindex(self.db, doomed_uuid)
                self.db.execute("DELETE FROM field_history WHERE record_uuid = ?", (doomed_uuid,))
            audit.append(self.db, "delete", kind.value, record_uuid, f"records={len(doomed)}")

    def _unlink_person(self, person: Person) -> None:
        for incident in self._children(Incident, person.case_uuid, "created"):
            if person.uuid in incident.people:
                people = [p for p in incident.people if p != person.uuid]
                self.db.execute(
                    "UPDATE incidents SET people = ?, updated = ?, version = ? WHERE uuid = ?",
                    (json.dumps(people), _now(), incident.version + 1, incident.uuid),
                )
                audit.append(self.db, "update", "incident", incident.uuid, "people")

    # -- search index and incident codes --------------------------------------
    def _after_write(self, record: Record) -> None:
        """Bring the search entry and incident codes of an updated record up to date."""
        index.index_record(self.db, record, self.vocabs)
        if isinstance(record, Incident):
            self.db.execute("DELETE FROM incident_codes WHERE incident_uuid = ?", (record.uuid,))
            self.db.executemany(
                "INSERT OR IGNORE INTO incident_codes VALUES (?, ?, ?, ?)",
                _incident_codes(record),
            )


def _incident_codes(incident: Incident) -> list[tuple[str, str, str, str]]:
    """Rows of incident_codes: what the filters look up (violation, perpetrator, state)."""
    rows = [(incident.uuid, incident.case_uuid, "violations", c) for c in incident.violations]
    rows += [(incident.uuid, incident.case_uuid, "perpetrators", c) for c in incident.perpetrators]
    if incident.state:
        rows.append((incident.uuid, incident.case_uuid, "states", incident.state))
    return rows


def _parse(stamp: str) -> datetime:
    return datetime.fromisoformat(stamp.replace("Z", "+00:00")).astimezone(UTC)
