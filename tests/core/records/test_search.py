"""Search: accents, case, prefixes, ranking, snippets, filters; the index stays in step."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from casevault.core.records.model import Case, Incident, Kind, Note, Person
from casevault.core.records.search import SNIPPET_OPEN, CaseFilter, find_cases, fts_query
from casevault.core.records.store import CaseStore
from casevault.core.records.vocab import Vocabularies
from casevault.core.vault.vault import Vault
from tests.helpers.vaults import PASSPHRASE


@pytest.fixture
def store(vault_dir: Path) -> Iterator[CaseStore]:
    vault = Vault.unlock(vault_dir, PASSPHRASE)
    store = CaseStore(vault.db, Vocabularies.load())
    a = store.add(
        Case(code="OAX-1", title="Tortura a José en Juchitán", risk="high", opened="2023-05-01")
    )
    store.add(Person(case_uuid=a.uuid, pseudonym="Flor", full_name="María Niño Pérez"))
    store.add(
        Incident(
            case_uuid=a.uuid,
            date_start="2023-05-02",
            state="OAX",
            violations=["torture"],
            perpetrators=["state_police"],
            narrative="Lo golpearon en la comandancia.",
        )
    )
    b = store.add(
        Case(code="CHP-7", title="Amenazas a defensora en Tapachula", status="closed", risk="low")
    )
    store.add(
        Incident(
            case_uuid=b.uuid,
            date_start="2021",
            date_precision="year",
            state="CHP",
            violations=["threats", "surveillance"],
            perpetrators=["unknown"],
            narrative="Un vehículo sin placas vigila la oficina.",
        )
    )
    store.add(Note(case_uuid=b.uuid, text="La tortura psicológica continúa; llamadas nocturnas."))
    yield store
    vault.close()


def codes(store: CaseStore, **kwargs: object) -> list[str]:
    return [hit.code for hit in find_cases(store.db, CaseFilter(**kwargs))]  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("tortura", {"OAX-1", "CHP-7"}),
        ("Tortura", {"OAX-1", "CHP-7"}),
        ("TORTURA", {"OAX-1", "CHP-7"}),
        ("jose", {"OAX-1"}),
        ("JOSÉ", {"OAX-1"}),
        ("nino", {"OAX-1"}),
        ("niño", {"OAX-1"}),
        ("juch", {"OAX-1"}),
        ("tapa", {"CHP-7"}),
        ("policia estatal", {"OAX-1"}),
        ("state police", {"OAX-1"}),
        ("vigilancia", {"CHP-7"}),
        ("vehiculo placas", {"CHP-7"}),
        ("chp", {"CHP-7"}),
        ("nocturnas", {"CHP-7"}),
        ("nada-parecido", set()),
        ('"; DROP TABLE cases; --', set()),
        ("NEAR(a b) OR * ^", set()),
    ],
)
def test_text_search(store: CaseStore, text: str, expected: set[str]) -> None:
    assert set(codes(store, text=text)) == expected


def test_ranking_puts_the_stronger_match_first(store: CaseStore) -> None:
    # "tortura" is in OAX-1's title and incident; CHP-7 mentions it once in a long note.
    assert codes(store, text="tortura")[0] == "OAX-1"


def test_snippet_shows_where_it_matched(store: CaseStore) -> None:
    [hit] = find_cases(store.db, CaseFilter(text="comandancia"))
    assert hit.matched_kind == "incident"
    assert f"{SNIPPET_OPEN}comandancia" in hit.snippet


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({"statuses": {"closed"}}, {"CHP-7"}),
        ({"risks": {"high", "critical"}}, {"OAX-1"}),
        ({"violation": "torture"}, {"OAX-1"}),
        ({"violation": "surveillance"}, {"CHP-7"}),
        ({"perpetrator": "state_police"}, {"OAX-1"}),
        ({"state": "CHP"}, {"CHP-7"}),
        ({"date_from": "2022-01-01"}, {"OAX-1"}),
        ({"date_to": "2021-12-31"}, {"CHP-7"}),
        ({"date_from": "2021-06", "date_to": "2021-06"}, {"CHP-7"}),
        ({"text": "tortura", "statuses": {"closed"}}, {"CHP-7"}),
        ({"text": "tortura", "state": "OAX"}, {"OAX-1"}),
        ({}, {"OAX-1", "CHP-7"}),
    ],
)
def test_filters(store: CaseStore, filters: dict[str, object], expected: set[str]) -> None:
    assert set(codes(store, **filters)) == expected


def test_index_follows_edits_and_deletes(store: CaseStore) -> None:
    case = store.case_by_code("CHP-7")
    assert case is not None
    store.update(Case, case.uuid, {"title": "Hostigamiento en Tenosique"})
    assert codes(store, text="tenosique") == ["CHP-7"]
    assert codes(store, text="amenazas defensora") == []
    store.delete(Kind.CASE, case.uuid)
    assert codes(store, text="tenosique") == []
    assert codes(store, text="nocturnas") == []


def test_query_words_are_quoted() -> None:
    assert fts_query('tortura "x" OR') == '"tortura"* "x"* "OR"*'
    assert fts_query("  ") == ""


def test_common_words_are_ranked_among_the_newest_cases(
    store: CaseStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    from casevault.core.records import search as searchmod

    for n in range(6):
        store.add(Case(code=f"NEW-{n}", title=f"Caso nuevo {n} con amenazas"))
    monkeypatch.setattr(searchmod, "RECENT_CASES", 3)
    monkeypatch.setattr(searchmod, "ENOUGH_MATCHES", 2)
    result = searchmod.search(store.db, CaseFilter(text="amenazas"))
    assert result.truncated
    assert {h.code for h in result.hits} <= {"NEW-3", "NEW-4", "NEW-5"}
    complete = searchmod.search(store.db, CaseFilter(text="amenazas"), complete=True)
    assert not complete.truncated
    assert {h.code for h in complete.hits} == {f"NEW-{n}" for n in range(6)} | {"CHP-7"}
    # A rare word is ranked over the whole vault even without `complete`.
    rare = searchmod.search(store.db, CaseFilter(text="comandancia"))
    assert [h.code for h in rare.hits] == ["OAX-1"] and not rare.truncated


def test_paging_through_results(store: CaseStore) -> None:
    from casevault.core.records.search import search

    for n in range(5):
        store.add(Case(code=f"P-{n}", title="paginación"))
    first = search(store.db, CaseFilter(text="paginacion"), limit=2)
    second = search(store.db, CaseFilter(text="paginacion"), limit=2, offset=2)
    rest = search(store.db, CaseFilter(text="paginacion"), limit=2, offset=4)
    codes = [h.code for page in (first, second, rest) for h in page.hits]
    assert sorted(codes) == [f"P-{n}" for n in range(5)]
    listed = search(store.db, CaseFilter(), limit=3, offset=1)
    assert len(listed.hits) == 3


def test_snippet_window_and_marks() -> None:
    from casevault.core.records.search import SNIPPET_CLOSE, make_snippet

    body = " ".join(f"palabra{i}" for i in range(40)) + " Juchitán " + "fin " * 20
    snippet = make_snippet(body, ["juch"])
    assert f"{SNIPPET_OPEN}Juchitán{SNIPPET_CLOSE}" in snippet
    assert snippet.startswith("…") and snippet.endswith("…")
    assert len(snippet.split()) <= 16


def test_lists_sorted_by_a_column_page_in_order(store: CaseStore) -> None:
    from casevault.core.records.search import Order, search

    for n, risk in enumerate(["low", "critical", "medium", "high", "low"]):
        store.add(Case(code=f"R-{n}", title=f"riesgo {n}", risk=risk))
    order = Order("risk", descending=True, code_order=("low", "medium", "high", "critical"))
    risks = [
        h.risk
        for offset in (0, 2, 4, 6)
        for h in search(store.db, CaseFilter(), limit=2, offset=offset, order=order).hits
    ]
    assert risks == sorted(risks, key=["low", "medium", "high", "critical"].index, reverse=True)
    assert len(risks) == 7
    titled = search(store.db, CaseFilter(text="riesgo"), order=Order("code")).hits
    assert [h.code for h in titled] == [f"R-{n}" for n in range(5)]
