"""Append-only, hash-chained audit log: what was done and when, never the content.

Each entry's hash is SHA-256 over the previous hash and the entry's fields,
so altering, removing or reordering any entry breaks the chain from there on.
The head (last sequence number and hash) is also kept in `vault_meta`, so
cutting entries off the end is noticed too.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime

from casevault.core.vault.database import Database

GENESIS = b"\0" * 32
HEAD_KEY = "audit_head"
ACTIONS = ("create", "update", "delete", "export", "import", "verify")


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    at: str
    action: str
    record_kind: str
    record_uuid: str
    detail: str


@dataclass(frozen=True)
class ChainReport:
    entries: int
    first_broken: int | None  # sequence number of the first entry that does not verify

    @property
    def ok(self) -> bool:
        return self.first_broken is None


def _digest(
    prev: bytes, seq: int, at: str, action: str, kind: str, uuid: str, detail: str
) -> bytes:
    body = json.dumps([seq, at, action, kind, uuid, detail], separators=(",", ":")).encode()
    return hashlib.sha256(prev + body).digest()


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def append(db: Database, action: str, record_kind: str, record_uuid: str, detail: str = "") -> None:
    """Add one entry; call inside the transaction that made the change."""
    append_many(db, [(action, record_kind, record_uuid, detail)])


def append_many(db: Database, items: list[tuple[str, str, str, str]]) -> None:
    """Add entries (action, record kind, record uuid, detail) in order, in one statement."""
    if not items:
        return
    head = db.tx_cache.get(HEAD_KEY)
    if head is None:
        row = db.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
        head = (row[0], bytes(row[1])) if row else (0, GENESIS)
        db.before_commit(lambda: _write_head(db))
    seq, prev = head
    at = now()
    rows = []
    for action, record_kind, record_uuid, detail in items:
        if action not in ACTIONS:
            raise ValueError(action)
        seq += 1
        digest = _digest(prev, seq, at, action, record_kind, record_uuid, detail)
        rows.append((seq, at, action, record_kind, record_uuid, detail, prev, digest))
        prev = digest
    db.executemany("INSERT INTO audit_log VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)
    db.tx_cache[HEAD_KEY] = (seq, prev)


def _write_head(db: Database) -> None:
    seq, digest = db.tx_cache[HEAD_KEY]
    db.execute(
        "INSERT OR REPLACE INTO vault_meta VALUES (?, ?)",
        (HEAD_KEY, json.dumps([seq, digest.hex()])),
    )


def entries(db: Database, record_uuid: str | None = None) -> list[AuditEntry]:
    sql = "SELECT seq, at, action, record_kind, record_uuid, detail FROM audit_log"
    rows = (
        db.execute(sql + " WHERE record_uuid = ? ORDER BY seq", (record_uuid,))
        if record_uuid
        else db.execute(sql + " ORDER BY seq")
    )
    return [AuditEntry(*row) for row in rows]


def verify(db: Database) -> ChainReport:
    prev = GENESIS
    expected_seq = 1
    count = 0
    for seq, at, action, kind, uuid, detail, stored_prev, stored in db.execute(
        "SELECT seq, at, action, record_kind, record_uuid, detail, prev_hash, hash "
        "FROM audit_log ORDER BY seq"
    ):
        count += 1
        recomputed = _digest(prev, seq, at, action, kind, uuid, detail)
        if seq != expected_seq or bytes(stored_prev) != prev or bytes(stored) != recomputed:
            return ChainReport(count, expected_seq if seq != expected_seq else seq)
        prev = recomputed
        expected_seq += 1
    head = db.execute("SELECT value FROM vault_meta WHERE key = ?", (HEAD_KEY,)).fetchone()
    if head is not None:
        head_seq, head_hash = json.loads(head[0])
        if head_seq != expected_seq - 1 or head_hash != prev.hex():
            return ChainReport(count, min(int(head_seq), expected_seq))
    elif count:
        return ChainReport(count, 1)
    return ChainReport(count, None)
