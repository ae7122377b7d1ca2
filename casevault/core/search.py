"""Finding cases: full-text search (FTS5, accent- and case-insensitive, prefix
matching, ranked, with a snippet of where it matched) and filters."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Protocol

from casevault.core.store import CASE_SHIFT


class Executor(Protocol):
    """Anything that runs SQL: the vault's Database, or (for baselines) a plain connection."""

    def execute(self, sql: str, params: Any = ..., /) -> Any: ...


SNIPPET_OPEN = "\x02"  # marks around the matched words; the GUI turns them into emphasis
SNIPPET_CLOSE = "\x03"
_TOKEN = re.compile(r"\w+", re.UNICODE)
LIST_COLUMNS = "c.uuid, c.code, c.title, c.status, c.risk, c.opened, c.updated"
SNIPPETS_FOR = 200  # snippets cost time; the list shows far fewer rows at once


@dataclass
class CaseFilter:
    text: str = ""
    statuses: set[str] = field(default_factory=set)
    risks: set[str] = field(default_factory=set)
    violation: str = ""
    perpetrator: str = ""
    state: str = ""
    date_from: str = ""  # incident dates, ISO (partial allowed)
    date_to: str = ""

    @property
    def empty(self) -> bool:
        return not (
            self.text.strip()
            or self.statuses
            or self.risks
            or self.violation
            or self.perpetrator
            or self.state
            or self.date_from
            or self.date_to
        )


@dataclass(frozen=True)
class CaseHit:
    uuid: str
    code: str
    title: str
    status: str
    risk: str
    opened: str
    updated: str
    snippet: str = ""
    matched_kind: str = ""


def fts_query(text: str) -> str:
    """User words → an FTS5 query: every word must match, each as a prefix.

    Words are quoted, so nothing typed can be read as FTS5 syntax.
    """
    words = _TOKEN.findall(text)
    return " ".join(f'"{w}"*' for w in words)


def _filter_sql(flt: CaseFilter) -> tuple[list[str], list[Any]]:
    where: list[str] = []
    params: list[Any] = []
    if flt.statuses:
        where.append(f"c.status IN ({', '.join('?' * len(flt.statuses))})")
        params += sorted(flt.statuses)
    if flt.risks:
        where.append(f"c.risk IN ({', '.join('?' * len(flt.risks))})")
        params += sorted(flt.risks)
    for vocab, code in (
        ("violations", flt.violation),
        ("perpetrators", flt.perpetrator),
        ("states", flt.state),
    ):
        if code:
            where.append(
                "EXISTS (SELECT 1 FROM incident_codes ic "
                "WHERE ic.vocab = ? AND ic.code = ? AND ic.case_uuid = c.uuid)"
            )
            params += [vocab, code]
    if flt.date_from or flt.date_to:
        clauses = ["i.case_uuid = c.uuid", "i.date_start != ''"]
        if flt.date_from:
            # An incident counts if any part of it falls in the range; a partial date
            # ("2021", "2021-06") stands for the whole year or month.
            clauses.append("coalesce(nullif(i.date_end, ''), i.date_start) || char(65535) >= ?")
            params.append(flt.date_from)
        if flt.date_to:
            clauses.append("i.date_start <= ?")
            params.append(flt.date_to + "\uffff")
        where.append(f"EXISTS (SELECT 1 FROM incidents i WHERE {' AND '.join(clauses)})")
    return where, params


def find_cases(db: Executor, flt: CaseFilter, limit: int | None = None) -> list[CaseHit]:
    """Matching cases, best first when searching text, else most recently updated first."""
    where, params = _filter_sql(flt)
    query = fts_query(flt.text)
    limit_sql = f" LIMIT {int(limit)}" if limit else ""
    if not query:
        sql = f"SELECT {LIST_COLUMNS} FROM cases c"
        if where:
            sql += " WHERE " + " AND ".join(where)
        rows = db.execute(sql + " ORDER BY c.updated DESC" + limit_sql, params)
        return [CaseHit(*row) for row in rows]
    # The best-ranked matching record of each case (SQLite takes the bare columns
    # from the row where min() is found), then snippets for the first hits only.
    sql = (
        "WITH best AS ("
        # Each case scores the sum of its matching records' bm25 (negative: lower is
        # better), so a case that matches in many places comes first.
        f"  SELECT rowid >> {CASE_SHIFT} AS num, rowid AS rid, min(rank), sum(rank) AS score"
        "  FROM search_index WHERE search_index MATCH ? GROUP BY num"
        ") "
        f"SELECT {LIST_COLUMNS}, b.rid, m.record_kind FROM best b "
        "JOIN cases c ON c.num = b.num JOIN search_map m ON m.fts_rowid = b.rid"
    )
    if where:
        sql += " WHERE " + " AND ".join(where)
    rows = db.execute(sql + " ORDER BY b.score" + limit_sql, [query, *params]).fetchall()
    snippets = _snippets(db, query, [row[7] for row in rows[:SNIPPETS_FOR]])
    return [
        CaseHit(
            uuid=row[0],
            code=row[1],
            title=row[2],
            status=row[3],
            risk=row[4],
            opened=row[5],
            updated=row[6],
            snippet=snippets.get(row[7], ""),
            matched_kind=row[8],
        )
        for row in rows
    ]


def _snippets(db: Executor, query: str, rowids: list[int]) -> dict[int, str]:
    if not rowids:
        return {}
    marks = ", ".join("?" * len(rowids))
    rows = db.execute(
        f"SELECT rowid, snippet(search_index, 0, '{SNIPPET_OPEN}', '{SNIPPET_CLOSE}', '…', 12) "
        f"FROM search_index WHERE search_index MATCH ? AND rowid IN ({marks})",
        [query, *rowids],
    )
    return {int(rowid): str(text) for rowid, text in rows}


def plain_snippet(snippet: str) -> str:
    return snippet.replace(SNIPPET_OPEN, "").replace(SNIPPET_CLOSE, "")
