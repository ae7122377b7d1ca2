"""The full-text search index: the only code that writes `search_index` and `search_map`.

One FTS5 row per record or searchable attachment. Its rowid carries the number
of its case: rows of case number n are (n << 20) + 1 ... (n << 20) + 2**20 - 1,
so a match names its case without a join and a rowid bound skips older cases
(search.py reads the index through `case_num`, `first_rowid` and
`CASE_NUM_SQL`). `search_map` finds the row of a record for updates and
deletes; deleting a row lets FTS5 secure-delete overwrite its text.

Everything here runs inside the caller's transaction.
"""

from __future__ import annotations

from collections.abc import Sequence

from casevault.core.records.model import Record, case_uuid_of
from casevault.core.records.vocab import Vocabularies
from casevault.core.vault.database import Database

_CASE_SHIFT = 20
ATTACHMENT_KIND = "attachment"  # record_kind of an attachment's row in search_map
# SQL: the case number of an index row (a condition on it needs no join).
CASE_NUM_SQL = f"(rowid >> {_CASE_SHIFT})"


def case_num(rowid: int) -> int:
    """The number of the case an index row belongs to."""
    return rowid >> _CASE_SHIFT


def first_rowid(num: int) -> int:
    """The lowest rowid of case number `num`'s block (0 for 0: the whole index)."""
    return num << _CASE_SHIFT


def record_text(record: Record, vocabs: Vocabularies) -> str:
    """What a record's row holds: its free text and the labels of its vocabulary codes."""
    parts: list[str] = []
    for name in record.text_fields:
        value = getattr(record, name)
        parts += value if isinstance(value, list) else [value]
    for name, vocab_kind in record.vocab_fields.items():
        if name in ("status", "risk"):  # filters, not words to search for
            continue
        value = getattr(record, name)
        for code in value if isinstance(value, list) else [value] if value else []:
            parts += dict.fromkeys(vocabs[vocab_kind].labels(code))
    return " · ".join(p for p in parts if p)


def index_new_records(db: Database, records: Sequence[Record], vocabs: Vocabularies) -> None:
    """Rows for records not in the index yet, one statement per table."""
    _add(
        db,
        [(case_uuid_of(r), r.uuid, r.kind.value, record_text(r, vocabs)) for r in records],
    )


def index_record(db: Database, record: Record, vocabs: Vocabularies) -> None:
    """Bring a record's row up to date (it keeps its rowid); add it if it has none."""
    rowid = _rowid_of(db, record.uuid)
    if rowid is None:
        index_new_records(db, [record], vocabs)
        return
    db.execute("DELETE FROM search_index WHERE rowid = ?", (rowid,))
    db.execute(
        "INSERT INTO search_index (rowid, body) VALUES (?, ?)",
        (rowid, record_text(record, vocabs)),
    )


def index_attachment_text(db: Database, uuid: str, case_uuid: str, name: str, text: str) -> None:
    """An attachment's row: its file name and its searchable text."""
    body = " · ".join(part for part in (name, text) if part)
    _add(db, [(case_uuid, uuid, ATTACHMENT_KIND, body)])


def unindex(db: Database, uuid: str) -> None:
    """Delete the row of a record or attachment, if it has one."""
    rowid = _rowid_of(db, uuid)
    if rowid is not None:
        db.execute("DELETE FROM search_index WHERE rowid = ?", (rowid,))
        db.execute("DELETE FROM search_map WHERE record_uuid = ?", (uuid,))


def _rowid_of(db: Database, uuid: str) -> int | None:
    row = db.execute("SELECT fts_rowid FROM search_map WHERE record_uuid = ?", (uuid,)).fetchone()
    return None if row is None else int(row[0])


def _add(db: Database, entries: Sequence[tuple[str, str, str, str]]) -> None:
    """New rows from (case uuid, uuid, kind, body)."""
    rowids = [_next_rowid(db, case_uuid) for case_uuid, *_ in entries]
    db.executemany(
        "INSERT INTO search_map VALUES (?, ?, ?)",
        [(rowid, uuid, kind) for rowid, (_, uuid, kind, _) in zip(rowids, entries, strict=True)],
    )
    db.executemany(
        "INSERT INTO search_index (rowid, body) VALUES (?, ?)",
        [(rowid, body) for rowid, (*_, body) in zip(rowids, entries, strict=True)],
    )


def _next_rowid(db: Database, case_uuid: str) -> int:
    """The next free rowid in the case's block (remembered for the transaction).

    A case numbered in this transaction is found in `tx_cache` (CaseStore puts it
    there before its rows go in).
    """
    key = "search_rowid:" + case_uuid
    last = db.tx_cache.get(key)
    if last is None:
        num = db.tx_cache.get("case_num:" + case_uuid)
        if num is None:
            num = db.execute("SELECT num FROM cases WHERE uuid = ?", (case_uuid,)).fetchone()[0]
        base = first_rowid(int(num))
        last = db.execute(
            "SELECT coalesce(max(fts_rowid), ?) FROM search_map WHERE fts_rowid BETWEEN ? AND ?",
            (base, base, base + (1 << _CASE_SHIFT) - 1),
        ).fetchone()[0]
    db.tx_cache[key] = int(last) + 1
    return int(last) + 1
