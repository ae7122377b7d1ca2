"""CSV import: spreadsheet encodings, Spanish headers, labels in either language,
row-by-row problems with nothing written, one transaction for a good file."""

from __future__ import annotations

import codecs
from collections.abc import Iterator
from pathlib import Path

import pytest

from casevault.core.records import audit
from casevault.core.records.csv_import import import_csv
from casevault.core.records.model import Incident, Kind
from casevault.core.records.store import CaseStore
from casevault.core.records.vocab import Vocabularies
from casevault.core.vault.vault import Vault
from tests.helpers.vaults import PASSPHRASE

CASES = """code,title,status,risk,summary,opened,tags
OAX-1,Detención en Juchitán,open,high,Resumen uno,2024-03-01,migración|urgente
OAX-2,Amenazas a defensora,En acompañamiento,Alto,Resumen dos,15/04/2024,
"""
CASES_ES = (
    "Código,Título,Estado,Riesgo,Resumen,Apertura,Etiquetas\n"
    'CHP-1,Tortura en Tapachula,Cerrado,Crítico,"Con coma, y ""comillas""",2022-01-10,tortura\n'
)
INCIDENTS = """case_code,date,state,place,violations,perpetrators,narrative
OAX-1,2024-03-02,Oaxaca,Fiscalía,Tortura|arbitrary_detention,Policía estatal,Fue golpeado
OAX-1,2024-03,OAX,,threats,unknown,Llamadas
OAX-2,2024-04-01/2024-04-09,Chiapas,,Vigilancia y seguimiento,,Un auto vigila
OAX-2,,,,,,Sin fecha
"""
BAD_INCIDENTS = """case_code,date,state,place,violations,perpetrators,narrative
OAX-1,2024-13-02,Oaxaca,,Tortura,,ok
NOPE-9,2024-03-02,Atlantis,,Tortura|Magia,,x
OAX-2,2024-05-01/2024-04-01,OAX,,threats,,rango al revés
"""


@pytest.fixture
def store(vault_dir: Path) -> Iterator[CaseStore]:
    vault = Vault.unlock(vault_dir, PASSPHRASE)
    yield CaseStore(vault.db, Vocabularies.load())
    vault.close()


def write(tmp_path: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    data = text.encode(encoding)
    if encoding == "utf-8-sig":
        data = text.encode("utf-8-sig")
    if encoding == "utf-16":
        data = codecs.BOM_UTF16_LE + text.encode("utf-16-le")
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16"])
def test_good_files_import_in_every_spreadsheet_encoding(
    store: CaseStore, tmp_path: Path, encoding: str
) -> None:
    report = import_csv(store, "cases", write(tmp_path, "c.csv", CASES, encoding))
    assert report.ok and report.imported == 2
    two = store.case_by_code("OAX-2")
    assert two is not None
    assert (two.status, two.risk, two.opened) == ("accompaniment", "high", "2024-04-15")
    one = store.case_by_code("OAX-1")
    assert one is not None and one.tags == ["migración", "urgente"]


def test_spanish_headers_and_quoted_cells(store: CaseStore, tmp_path: Path) -> None:
    report = import_csv(store, "cases", write(tmp_path, "c.csv", CASES_ES))
    assert report.ok, report.problems
    case = store.case_by_code("CHP-1")
    assert case is not None
    assert (case.status, case.risk) == ("closed", "critical")
    assert case.summary == 'Con coma, y "comillas"'


def test_incidents_with_dates_of_every_precision(store: CaseStore, tmp_path: Path) -> None:
    import_csv(store, "cases", write(tmp_path, "c.csv", CASES))
    report = import_csv(store, "incidents", write(tmp_path, "i.csv", INCIDENTS))
    assert report.ok, report.problems
    assert report.imported == 4
    incidents = [
        store.get(Incident, r[0])
        for r in store.db.execute("SELECT uuid FROM incidents ORDER BY narrative")
    ]
    by_text = {i.narrative: i for i in incidents}
    assert by_text["Fue golpeado"].violations == ["torture", "arbitrary_detention"]
    assert by_text["Fue golpeado"].perpetrators == ["state_police"]
    assert by_text["Fue golpeado"].state == "OAX"
    assert by_text["Llamadas"].date_precision == "month"
    ranged = by_text["Un auto vigila"]
    assert (ranged.date_precision, ranged.date_start, ranged.date_end) == (
        "range",
        "2024-04-01",
        "2024-04-09",
    )
    assert by_text["Sin fecha"].date_precision == "unknown"


def test_bad_file_is_reported_row_by_row_and_nothing_is_written(
    store: CaseStore, tmp_path: Path
) -> None:
    import_csv(store, "cases", write(tmp_path, "c.csv", CASES))
    before = store.count(Kind.INCIDENT), len(audit.entries(store.db))
    report = import_csv(store, "incidents", write(tmp_path, "bad.csv", BAD_INCIDENTS))
    assert not report.ok
    found = {(p.row, p.column, p.code, p.value) for p in report.problems}
    assert found == {
        (2, "date", "bad_date", "2024-13-02"),
        (3, "case_code", "unknown_case", "NOPE-9"),
        (3, "state", "unknown_term", "Atlantis"),
        (3, "violations", "unknown_term", "Magia"),
        (4, "date", "end_before_start", ""),
    }
    assert (store.count(Kind.INCIDENT), len(audit.entries(store.db))) == before


def test_problems_with_headers_and_duplicates(store: CaseStore, tmp_path: Path) -> None:
    report = import_csv(store, "cases", write(tmp_path, "h.csv", "title,colour\nx,red\n"))
    assert {(p.column, p.code) for p in report.problems} == {
        ("colour", "unknown_column"),
        ("code", "missing_column"),
    }
    dup = "code,title\nA-1,uno\nA-1,otra vez\n"
    report = import_csv(store, "cases", write(tmp_path, "d.csv", dup))
    assert [(p.row, p.code) for p in report.problems] == [(3, "duplicate_code")]
    assert store.count(Kind.CASE) == 0
    report = import_csv(store, "cases", write(tmp_path, "e.csv", "\n\n"))
    assert [p.code for p in report.problems] == ["empty_file"]
    (tmp_path / "latin1.csv").write_bytes("code,title\nA-1,Juchit\xe1n\n".encode("latin-1"))
    report = import_csv(store, "cases", tmp_path / "latin1.csv")
    assert [p.code for p in report.problems] == ["bad_encoding"]


def test_a_good_import_is_audited(store: CaseStore, tmp_path: Path) -> None:
    import_csv(store, "cases", write(tmp_path, "c.csv", CASES))
    actions = [e.action for e in audit.entries(store.db)]
    assert actions == ["create", "create", "import"]
    assert audit.verify(store.db).ok


@pytest.mark.parametrize(
    ("kind", "text"),
    [
        ("people", "código_caso,rol,seudónimo,nombre_completo,notas\nOAX-1,Testigo,Luz,Luz M.,n\n"),
        (
            "actions",
            "case_code,date,authority,kind,reference,outcome,follow_up\n"
            "OAX-1,2024-03-05,CNDH,Queja ante comisión de derechos humanos,F/1,,2024-04-01\n",
        ),
        ("notes", "caso,fecha,texto\nOAX-1,2024-03-06,Llamada\n"),
    ],
)
def test_other_record_kinds(store: CaseStore, tmp_path: Path, kind: str, text: str) -> None:
    import_csv(store, "cases", write(tmp_path, "c.csv", CASES))
    report = import_csv(store, kind, write(tmp_path, f"{kind}.csv", text))
    assert report.ok, report.problems
    assert report.imported == 1


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("15/03/2024", ("2024-03-15", "", "day")),
        ("2024-03-15", ("2024-03-15", "", "day")),
        ("2024-03", ("2024-03", "", "month")),
        ("2024", ("2024", "", "year")),
        ("2024-03-01/2024-03-05", ("2024-03-01", "2024-03-05", "range")),
        ("01/03/2024 .. 05/03/2024", ("2024-03-01", "2024-03-05", "range")),
        ("", ("", "", "unknown")),
    ],
)
def test_incident_date_cells(cell: str, expected: tuple[str, str, str]) -> None:
    from casevault.core.records.csv_import import incident_dates

    found = incident_dates(cell)
    assert (found["date_start"], found["date_end"], found["date_precision"]) == expected


def test_row_numbers_match_the_spreadsheet_and_every_problem_is_reported(
    store: CaseStore, tmp_path: Path
) -> None:
    text = "Código,Título,Estado,Apertura\n\nA-1,,Cerrado,2024-02-30\n\n,Sin código,Nada,\n"
    report = import_csv(store, "cases", write(tmp_path, "gaps.csv", text))
    found = {(p.row, p.column, p.code, p.header) for p in report.problems}
    assert found == {
        (3, "title", "required", "Título"),
        (3, "opened", "bad_date", "Apertura"),
        (5, "code", "required", "Código"),
        (5, "status", "unknown_term", "Estado"),
    }
