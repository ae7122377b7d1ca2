"""Merging an export's records into the vault by UUID and version.

Versions alone cannot tell "they edited it after us" from "we both edited
it": each vault therefore remembers, per record, the last version it received
in an import (`sync_base`: version and content hash), and every exported
record carries that base. With ours (O), theirs (T), our base (Bo) and their
base (Bt), compared by content hash:

1. no O: added.                         2. O == T: unchanged.
3. T == Bo (we had theirs, then edited): ours kept.
4. O == Bt (they had ours, then edited): theirs replaces ours.
5. O == Bo (we did not edit since): theirs replaces ours if its version is higher, else kept.
6. T == Bt (they did not edit since): ours kept if its version is at least theirs, else replaced.
7. some base known, none of the above: both edited since → conflict, both kept side by side.
8. no base at all: the higher version wins; the same version with other content is a conflict.

After an import the base of each record is what both sides now know
(theirs), except for conflicts, whose base changes when they are resolved.
"""

from __future__ import annotations

import json
from dataclasses import replace
from enum import Enum
from typing import Any

from casevault.core.exchange.payload import content_hash
from casevault.core.records import audit
from casevault.core.records.model import Case, Record
from casevault.core.records.store import CaseStore
from casevault.core.vault.database import Database


class Outcome(Enum):
    ADDED = "added"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    KEPT = "kept"  # ours is newer: counted as unchanged in reports
    CONFLICT = "conflict"


Base = tuple[int, str] | None


def decide(ours: Record | None, theirs: Record, our_base: Base, their_base: Base) -> Outcome:
    if ours is None:
        return Outcome.ADDED
    mine, other = content_hash(ours), content_hash(theirs)
    if mine == other:
        return Outcome.UNCHANGED
    if our_base and other == our_base[1]:
        return Outcome.KEPT
    if their_base and mine == their_base[1]:
        return Outcome.UPDATED
    if our_base and mine == our_base[1]:
        return Outcome.UPDATED if theirs.version > ours.version else Outcome.KEPT
    if their_base and other == their_base[1]:
        return Outcome.KEPT if ours.version >= theirs.version else Outcome.UPDATED
    if our_base or their_base:
        return Outcome.CONFLICT
    if theirs.version != ours.version:
        return Outcome.UPDATED if theirs.version > ours.version else Outcome.KEPT
    return Outcome.CONFLICT


def current(db: Database, store: CaseStore, theirs: Record) -> Record | None:
    found = db.execute(f"SELECT 1 FROM {theirs.table} WHERE uuid = ?", (theirs.uuid,)).fetchone()
    return store.get(type(theirs), theirs.uuid) if found else None


def our_base(db: Database, uuid: str) -> Base:
    row = db.execute(
        "SELECT version, sha256 FROM sync_base WHERE record_uuid = ?", (uuid,)
    ).fetchone()
    return (int(row[0]), str(row[1])) if row else None


def their_base(line: dict[str, Any]) -> Base:
    base = line.get("base")
    if not isinstance(base, dict):
        return None
    version, sha = base.get("version"), base.get("sha256")
    if isinstance(version, int) and isinstance(sha, str):
        return (version, sha)
    return None


def fill_redacted(theirs: Record, ours: Record | None) -> Record:
    """A redacted export blanks protected fields: keep ours rather than erase them."""
    if ours is None:
        return theirs
    kept: dict[str, Any] = {name: getattr(ours, name) for name in theirs.protected_fields}
    return replace(theirs, **kept)


def set_base(db: Database, record: Record) -> None:
    db.execute(
        "INSERT INTO sync_base VALUES (?, ?, ?) ON CONFLICT(record_uuid) DO UPDATE SET "
        "version = excluded.version, sha256 = excluded.sha256 "
        "WHERE excluded.version >= sync_base.version",
        (record.uuid, record.version, content_hash(record)),
    )


def free_code(db: Database, case: Case) -> Case:
    """A new case whose code another case here already has gets a suffix (-2, -3 ...)."""
    code, n = case.code, 1
    while True:
        row = db.execute("SELECT uuid FROM cases WHERE code = ?", (code,)).fetchone()
        if row is None or row[0] == case.uuid:
            return case if code == case.code else replace(case, code=code)
        n += 1
        code = f"{case.code}-{n}"


def store_conflict(db: Database, theirs: Record, line: dict[str, Any], source: str) -> None:
    db.execute(
        "INSERT INTO conflicts (record_kind, record_uuid, theirs_version, theirs, source, created) "
        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(record_uuid) DO UPDATE SET "
        "theirs_version = excluded.theirs_version, theirs = excluded.theirs, "
        "source = excluded.source, created = excluded.created",
        (
            theirs.kind.value,
            theirs.uuid,
            theirs.version,
            json.dumps(line, ensure_ascii=False),
            source,
            audit.now(),
        ),
    )
    audit.append(db, "import", theirs.kind.value, theirs.uuid, "conflict")
