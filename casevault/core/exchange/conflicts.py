"""Diverging edits kept side by side after an import, and their resolution.

A conflict row holds their version (the whole records.jsonl line); ours stays
in its table, untouched, until the user chooses. Either way the record gets a
version above both, and its sync base becomes theirs, so the next exchange
with the other vault carries the choice over instead of conflicting again.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, replace

from casevault.core.errors import ErrorKind, VaultError
from casevault.core.exchange import merge, payload
from casevault.core.records import audit
from casevault.core.records.model import Action, Case, Incident, Note, Person, Record, case_uuid_of
from casevault.core.records.store import CaseStore
from casevault.core.records.vocab import Vocabularies
from casevault.core.vault.database import Database

KEEP = ("ours", "theirs")


@dataclass(frozen=True)
class Conflict:
    id: int
    record_kind: str
    record_uuid: str
    case_code: str
    label: str
    ours_version: int
    theirs_version: int
    ours: Mapping[str, str]
    theirs: Mapping[str, str]


def _texts(record: Record) -> dict[str, str]:
    return {
        name: ", ".join(value) if isinstance(value, list) else str(value)
        for name, value in record.values().items()
        if name != "case_uuid"
    }


def label(record: Record) -> str:
    if isinstance(record, Case):
        return f"{record.code} · {record.title}"
    if isinstance(record, Person):
        return record.pseudonym
    if isinstance(record, Incident):
        return " · ".join(p for p in (record.date_start, record.place) if p)
    if isinstance(record, Action):
        return " · ".join(p for p in (record.date, record.reference) if p)
    if isinstance(record, Note):
        return " · ".join(p for p in (record.date, record.text[:40]) if p)
    return record.uuid


def _load(
    db: Database, store: CaseStore, row: tuple[object, ...]
) -> tuple[Conflict, Record, Record]:
    conflict_id, _kind, uuid, _version, theirs_json = row
    theirs = payload.parse_record(json.loads(str(theirs_json)))
    ours = store.get(type(theirs), str(uuid))
    code_row = db.execute("SELECT code FROM cases WHERE uuid = ?", (case_uuid_of(ours),)).fetchone()
    conflict = Conflict(
        id=int(str(conflict_id)),
        record_kind=theirs.kind.value,
        record_uuid=theirs.uuid,
        case_code=str(code_row[0]) if code_row else "",
        label=label(ours),
        ours_version=ours.version,
        theirs_version=theirs.version,
        ours=_texts(ours),
        theirs=_texts(theirs),
    )
    return conflict, ours, theirs


_SELECT = "SELECT id, record_kind, record_uuid, theirs_version, theirs FROM conflicts"


def list_conflicts(db: Database, vocabs: Vocabularies | None = None) -> list[Conflict]:
    """Conflicts still waiting for a choice; `vocabs` None: the process's shared copy."""
    store = CaseStore(db, vocabs or Vocabularies.shared())
    rows = db.execute(_SELECT + " ORDER BY id").fetchall()
    found = []
    for row in rows:
        if merge.current(db, store, payload.parse_record(json.loads(row[4]))) is None:
            continue  # ours was deleted since: nothing left to choose between
        found.append(_load(db, store, tuple(row))[0])
    return found


def resolve_conflict(
    db: Database, conflict_id: int, keep: str, vocabs: Vocabularies | None = None
) -> None:
    """Keep "ours" or "theirs"; the record's version goes above both."""
    if keep not in KEEP:
        raise ValueError(keep)
    store = CaseStore(db, vocabs or Vocabularies.shared())
    with db.transaction():
        row = db.execute(_SELECT + " WHERE id = ?", (conflict_id,)).fetchone()
        if row is None:
            raise VaultError(ErrorKind.RECORD_MISSING, str(conflict_id))
        db.execute("DELETE FROM conflicts WHERE id = ?", (conflict_id,))
        theirs = payload.parse_record(json.loads(row[4]))
        ours = merge.current(db, store, theirs)
        if ours is None:
            return
        merge.set_base(db, theirs)
        chosen = theirs if keep == "theirs" else ours
        version = max(ours.version, theirs.version) + 1
        resolved = replace(chosen, version=version, updated=audit.now(), created=ours.created)
        store.replace_imported(resolved)
        audit.append(db, "update", resolved.kind.value, resolved.uuid, f"conflict:{keep}")
