"""Chain of custody of attachments, kept in the hash-chained audit log.

Each event is an audit entry with record kind "attachment": its time, an
audit action, and a detail that starts with the custody kind ("intake",
"verified", ...) followed by non-secret facts (a hash, a file name). Because
the audit log is chained, an event cannot be altered, removed or reordered
without `casevault verify` noticing, and entries outlive a deleted attachment.
"""

from __future__ import annotations

from dataclasses import dataclass

from casevault.core.records import audit
from casevault.core.vault.database import Database

RECORD_KIND = "attachment"
# custody kind → audit action
KINDS = {
    "intake": "create",
    "imported": "import",
    "verified": "verify",
    "mismatch": "verify",
    "exported": "export",
    "copy_saved": "export",
    "linked": "update",
    "deleted": "delete",
}


@dataclass(frozen=True)
class CustodyEvent:
    at: str  # ISO 8601 UTC
    kind: str  # one of KINDS
    detail: str  # non-secret facts, e.g. the hash, the export file name


def record(db: Database, uuid: str, kind: str, detail: str = "") -> None:
    """One custody event, inside the caller's transaction."""
    record_many(db, [(uuid, kind, detail)])


def record_many(db: Database, events: list[tuple[str, str, str]]) -> None:
    """Events (uuid, kind, detail) inside the caller's transaction."""
    audit.append_many(
        db,
        [
            (KINDS[kind], RECORD_KIND, uuid, f"{kind} {detail}".rstrip())
            for uuid, kind, detail in events
        ],
    )


def events(db: Database, uuid: str) -> list[CustodyEvent]:
    """Every custody event of an attachment, oldest first."""
    found = []
    for entry in audit.entries(db, uuid):
        if entry.record_kind != RECORD_KIND:
            continue
        kind, _space, detail = entry.detail.partition(" ")
        found.append(CustodyEvent(entry.at, kind, detail))
    return found
