"""records.jsonl: one JSON object per line, written case by case from the database.

    {"kind": "case"|"person"|"incident"|"action"|"note", "uuid", "version",
     "created", "updated", "fields": {...}, "base": {"version", "sha256"}?, "redacted": true?}
    {"kind": "history", "record_uuid", "field", "version", "saved", "value"}
    {"kind": "setting", "key", "value"}   (full backups only: recipients, trusted signers, backups)

`base` is the last version of the record this vault received in an import
(see merge.py). Lines are UTF-8, `\\n`-terminated, keys in a fixed order, so
exporting the same data twice gives the same bytes.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator, Sequence
from dataclasses import replace
from typing import Any

from casevault.core.errors import ErrorKind, IntegrityError
from casevault.core.records.model import RECORD_TYPES, Case, Kind, Person, Record
from casevault.core.records.store import BOOKKEEPING
from casevault.core.vault.database import Database

CHILDREN = (Kind.PERSON, Kind.INCIDENT, Kind.ACTION, Kind.NOTE)
RECORD_KINDS = frozenset(kind.value for kind in Kind)
# vault_meta entries a full backup carries, so a restored vault keeps its settings.
SETTINGS = ("export_recipients", "trusted_signers", "backup_settings")
IN_BATCH = 500


def content_hash(record: Record) -> str:
    """SHA-256 of a record's fields (not its timestamps or version): what two vaults compare."""
    body = json.dumps(record.values(), sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(body.encode()).hexdigest()


def _columns(cls: type[Record]) -> list[str]:
    return [*BOOKKEEPING, *cls.data_fields()]


def _record(cls: type[Record], row: Sequence[Any]) -> Record:
    values = dict(zip(_columns(cls), row, strict=True))
    for name in cls.list_fields:
        values[name] = json.loads(values[name])
    return cls(**values)


def case_uuids(db: Database, selected: Sequence[str] | None) -> list[str]:
    if selected is None:
        return [str(r[0]) for r in db.execute("SELECT uuid FROM cases ORDER BY num, uuid")]
    for uuid in selected:
        if db.execute("SELECT 1 FROM cases WHERE uuid = ?", (uuid,)).fetchone() is None:
            raise IntegrityError(ErrorKind.RECORD_MISSING, uuid)
    return list(dict.fromkeys(selected))


def case_records(db: Database, case_uuid: str) -> Iterator[Record]:
    """The case, then its people, incidents, actions and notes."""
    cls = RECORD_TYPES[Kind.CASE]
    cols = ", ".join(_columns(cls))
    row = db.execute(f"SELECT {cols} FROM cases WHERE uuid = ?", (case_uuid,)).fetchone()
    yield _record(cls, row)
    for kind in CHILDREN:
        child = RECORD_TYPES[kind]
        cols = ", ".join(_columns(child))
        for row in db.execute(
            f"SELECT {cols} FROM {child.table} WHERE case_uuid = ? ORDER BY created, uuid",
            (case_uuid,),
        ):
            yield _record(child, row)


def _bases(db: Database, uuids: list[str]) -> dict[str, tuple[int, str]]:
    found: dict[str, tuple[int, str]] = {}
    for start in range(0, len(uuids), IN_BATCH):
        batch = uuids[start : start + IN_BATCH]
        marks = ", ".join("?" * len(batch))
        for uuid, version, sha in db.execute(
            f"SELECT record_uuid, version, sha256 FROM sync_base WHERE record_uuid IN ({marks})",
            batch,
        ):
            found[str(uuid)] = (int(version), str(sha))
    return found


def _history(db: Database, uuids: list[str]) -> Iterator[dict[str, Any]]:
    for start in range(0, len(uuids), IN_BATCH):
        batch = uuids[start : start + IN_BATCH]
        marks = ", ".join("?" * len(batch))
        for uuid, field, version, saved, value in db.execute(
            "SELECT record_uuid, field, version, saved, value FROM field_history "
            f"WHERE record_uuid IN ({marks}) ORDER BY record_uuid, field, version, id",
            batch,
        ):
            yield {
                "kind": "history",
                "record_uuid": uuid,
                "field": field,
                "version": version,
                "saved": saved,
                "value": value,
            }


def record_line(record: Record, base: tuple[int, str] | None, redact: bool) -> dict[str, Any]:
    line: dict[str, Any] = {"kind": record.kind.value}
    line.update({name: getattr(record, name) for name in BOOKKEEPING})
    if redact and record.protected_fields:
        blanks: dict[str, Any] = dict.fromkeys(record.protected_fields, "")
        record = replace(record, **blanks)
        line["redacted"] = True
        base = None  # a hash of the real names could be tested against guesses
    line["fields"] = record.values()
    if base is not None:
        line["base"] = {"version": base[0], "sha256": base[1]}
    return line


def encode(line: dict[str, Any]) -> bytes:
    return json.dumps(line, ensure_ascii=False, separators=(",", ":")).encode() + b"\n"


def case_lines(db: Database, case_uuid: str, redact: bool) -> Iterator[tuple[str, bytes]]:
    """(kind, line) of one case's records and their earlier field values."""
    records = list(case_records(db, case_uuid))
    uuids = [r.uuid for r in records]
    bases = _bases(db, uuids)
    for record in records:
        yield record.kind.value, encode(record_line(record, bases.get(record.uuid), redact))
    for line in _history(db, uuids):
        yield "history", encode(line)


def setting_lines(db: Database) -> Iterator[tuple[str, bytes]]:
    for key in SETTINGS:
        row = db.execute("SELECT value FROM vault_meta WHERE key = ?", (key,)).fetchone()
        if row is not None:
            yield "setting", encode({"kind": "setting", "key": key, "value": str(row[0])})


# -- reading ------------------------------------------------------------------------
def _damaged(detail: str) -> IntegrityError:
    return IntegrityError(ErrorKind.EXPORT_DAMAGED, f"records.jsonl: {detail}")


def parse_record(line: dict[str, Any]) -> Record:
    """A record from its line; anything of the wrong shape is refused."""
    try:
        cls = RECORD_TYPES[Kind(line["kind"])]
        fields = line["fields"]
        if not isinstance(fields, dict) or sorted(fields) != sorted(cls.data_fields()):
            raise _damaged("fields")
        for name, value in fields.items():
            ok = (
                isinstance(value, list) and all(isinstance(v, str) for v in value)
                if name in cls.list_fields
                else isinstance(value, str)
            )
            if not ok:
                raise _damaged(f"field {name}")
        bookkeeping = {name: line[name] for name in BOOKKEEPING}
        if not all(isinstance(bookkeeping[n], str) for n in ("uuid", "created", "updated")):
            raise _damaged("bookkeeping")
        version = bookkeeping["version"]
        if isinstance(version, bool) or not isinstance(version, int) or version < 1:
            raise _damaged("version")
        if not bookkeeping["uuid"] or (cls is not Case and not fields.get("case_uuid")):
            raise _damaged("uuid")
        return cls(**bookkeeping, **fields)
    except (KeyError, ValueError, TypeError) as exc:
        raise _damaged("record") from exc


def is_redacted(line: dict[str, Any], record: Record) -> bool:
    return bool(line.get("redacted")) and isinstance(record, Person)
