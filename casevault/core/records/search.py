"""Finding cases: full-text search (FTS5, accent- and case-insensitive, prefix
matching, ranked, with a snippet of where it matched) and filters."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Any, Protocol

from casevault.core.records.index import CASE_NUM_SQL, case_num, first_rowid
from casevault.core.records.vocab import fold


class Executor(Protocol):
    """Anything that runs SQL: the vault's Database, or (for baselines) a plain connection."""

    def execute(self, sql: str, params: Any = ..., /) -> Any: ...


SNIPPET_OPEN = "\x02"  # marks around the matched words; the GUI turns them into emphasis
SNIPPET_CLOSE = "\x03"
_TOKEN = re.compile(r"\w+", re.UNICODE)
LIST_COLUMNS = "c.uuid, c.code, c.title, c.status, c.risk, c.opened, c.updated"
SNIPPET_WORDS = 14
SNIPPETS_FOR = 100  # snippets cost time; the list shows far fewer rows at once
RECENT_CASES = 2000  # a common word is ranked among the newest this many cases
ENOUGH_MATCHES = 100  # fewer matches than a page among them: rank every match instead


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


@dataclass
class SearchResult:
    hits: list[CaseHit]
    # True when only the newest cases were ranked and older ones match too: the
    # person should add words to narrow the search.
    truncated: bool = False


@dataclass(frozen=True)
class Order:
    """A list sorted by a column instead of by relevance (or by last change)."""

    column: str  # code | title | status | risk | opened | updated
    descending: bool = False
    # For status and risk: the codes in the order the vocabulary lists them.
    code_order: tuple[str, ...] = ()

    def sql(self) -> tuple[str, list[Any]]:
        direction = "DESC" if self.descending else "ASC"
        if self.column in ("status", "risk"):
            expression = f"instr(?, ',' || c.{self.column} || ',')"
            params: list[Any] = ["," + ",".join(self.code_order) + ","]
        elif self.column == "title":
            expression, params = "c.title COLLATE NOCASE", []
        elif self.column in ("code", "opened", "updated"):
            expression, params = f"c.{self.column}", []
        else:
            raise ValueError(self.column)
        return f"{expression} {direction}, c.num {direction}", params


def find_cases(
    db: Executor,
    flt: CaseFilter,
    limit: int | None = None,
    offset: int = 0,
    *,
    complete: bool = False,
) -> list[CaseHit]:
    """Matching cases, best first when searching text, else most recently updated first."""
    return search(db, flt, limit=limit, offset=offset, complete=complete).hits


def search(
    db: Executor,
    flt: CaseFilter,
    *,
    limit: int | None = None,
    offset: int = 0,
    complete: bool = False,
    order: Order | None = None,
) -> SearchResult:
    """`complete` ranks every match (scripts); otherwise a common word is ranked among
    the newest RECENT_CASES cases only, so typing in the search box stays fast."""
    where, params = _filter_sql(flt)
    query = fts_query(flt.text)
    if not query:
        sql = f"SELECT {LIST_COLUMNS} FROM cases c"
        if where:
            sql += " WHERE " + " AND ".join(where)
        order_sql, order_params = (order or Order("updated", descending=True)).sql()
        sql += f" ORDER BY {order_sql}"
        if limit is not None:
            sql += f" LIMIT {int(limit)} OFFSET {int(offset)}"
        return SearchResult([CaseHit(*row) for row in db.execute(sql, params + order_params)])
    return _text_search(db, flt.text, query, where, params, limit, offset, complete, order)


def _matches(
    db: Executor, query: str, where: list[str], params: list[Any], lowest_rowid: int
) -> list[tuple[int, float]]:
    """(rowid, bm25) of matching records from `lowest_rowid` up, in cases passing the filters.

    Search rowids carry their case number, so the filter is a rowid check and a rowid
    bound lets FTS5 skip older cases without reading them.
    """
    sql = "SELECT rowid, rank FROM search_index WHERE search_index MATCH ?"
    args: list[Any] = [query]
    if lowest_rowid:
        sql += " AND rowid >= ?"
        args.append(lowest_rowid)
    if where:
        sql += f" AND {CASE_NUM_SQL} IN (SELECT c.num FROM cases c WHERE {' AND '.join(where)})"
        args += params
    return [(int(r), float(k)) for r, k in db.execute(sql, args)]


def _text_search(
    db: Executor,
    text: str,
    query: str,
    where: list[str],
    params: list[Any],
    limit: int | None,
    offset: int,
    complete: bool,
    order: Order | None = None,
) -> SearchResult:
    truncated = False
    newest = db.execute("SELECT coalesce(max(num), 0) FROM cases").fetchone()[0]
    bound = 0 if complete else first_rowid(max(0, newest - RECENT_CASES + 1))
    rows = _matches(db, query, where, params, bound)
    if bound and len(rows) < ENOUGH_MATCHES:
        rows = _matches(db, query, where, params, 0)  # a rare word: rank every match
    elif bound:
        older = db.execute(
            "SELECT 1 FROM search_index WHERE search_index MATCH ? AND rowid < ? LIMIT 1",
            (query, bound),
        ).fetchone()
        truncated = older is not None
    # Each case scores the sum of its records' bm25 (negative: lower is better), so a
    # case that matches in several places comes first; its best record gives the snippet.
    score: dict[int, float] = {}
    best: dict[int, tuple[float, int]] = {}
    for rowid, rank in rows:
        num = case_num(rowid)
        score[num] = score.get(num, 0.0) + rank
        if num not in best or rank < best[num][0]:
            best[num] = (rank, rowid)
    ordered = sorted(score, key=lambda n: (score[n], -n))
    if order is not None and ordered:
        # Sorted by a column: the same matching cases, ordered by the database.
        order_sql, order_params = order.sql()
        ordered = [
            row[0]
            for row in db.execute(
                f"SELECT c.num FROM cases c WHERE c.num IN ({', '.join('?' * len(ordered))}) "
                f"ORDER BY {order_sql}",
                [*ordered, *order_params],
            )
        ]
    page = ordered[offset : offset + limit] if limit is not None else ordered[offset:]
    if not page:
        return SearchResult([], truncated)
    marks = ", ".join("?" * len(page))
    cases = {
        row[0]: row[1:]
        for row in db.execute(
            f"SELECT c.num, {LIST_COLUMNS} FROM cases c WHERE c.num IN ({marks})", page
        )
    }
    kinds = dict(
        db.execute(
            f"SELECT fts_rowid, record_kind FROM search_map WHERE fts_rowid IN ({marks})",
            [best[n][1] for n in page],
        ).fetchall()
    )
    snippets = _snippets(db, text, [best[n][1] for n in page[:SNIPPETS_FOR]])
    hits = [
        replace(
            CaseHit(*cases[num]),
            snippet=snippets.get(best[num][1], ""),
            matched_kind=kinds.get(best[num][1], ""),
        )
        for num in page
        if num in cases
    ]
    return SearchResult(hits, truncated)


def _snippets(db: Executor, text: str, rowids: list[int]) -> dict[int, str]:
    """Snippets made here rather than by FTS5's snippet(), which re-runs the whole
    query for every row (milliseconds each for a common prefix)."""
    if not rowids:
        return {}
    prefixes = [fold(w) for w in _TOKEN.findall(text)]
    marks = ", ".join("?" * len(rowids))
    rows = db.execute(f"SELECT rowid, body FROM search_index WHERE rowid IN ({marks})", rowids)
    return {int(rowid): make_snippet(str(body), prefixes) for rowid, body in rows}


def make_snippet(body: str, prefixes: list[str], width: int = SNIPPET_WORDS) -> str:
    """About `width` words around the first match, matched words between the marks."""
    words = list(_TOKEN.finditer(body))
    if not words:
        return ""
    hits = [any(fold(m.group()).startswith(p) for p in prefixes) for m in words]
    first = hits.index(True) if True in hits else 0
    start = max(0, min(first - width // 3, len(words) - width))
    end = min(len(words), start + width)
    parts: list[str] = ["…"] if start > 0 else []
    cursor = words[start].start()
    for index in range(start, end):
        match = words[index]
        parts.append(body[cursor : match.start()])
        word = match.group()
        parts.append(f"{SNIPPET_OPEN}{word}{SNIPPET_CLOSE}" if hits[index] else word)
        cursor = match.end()
    if end < len(words):
        parts.append(" …")
    return " ".join("".join(parts).split())


def plain_snippet(snippet: str) -> str:
    return snippet.replace(SNIPPET_OPEN, "").replace(SNIPPET_CLOSE, "")
