"""`casevault import-csv` and `casevault search`: spreadsheet files in, cases found."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from tests.helpers.cli import assert_clean, lines, run_cli
from tests.helpers.vaults import PASSPHRASE

# Spanish headers, accents, a quoted cell with a comma, dd/mm/yyyy, Windows line ends.
CASES_ES = (
    "Código,Título,Estado,Riesgo,Resumen,Apertura,Etiquetas\r\n"
    "OAX-1,Detención de José en Juchitán,Abierto,Alto,Lo detuvieron sin orden,"
    "01/03/2024,migración|urgente\r\n"
    'CHP-2,Amenazas a defensora,En acompañamiento,Crítico,"Un niño vio, y avisó",'
    "2024-04-15,\r\n"
)
INCIDENTS = (
    "case_code,date,state,place,violations,perpetrators,narrative\n"
    "OAX-1,2024-03-02,Oaxaca,Fiscalía,Tortura|arbitrary_detention,Policía estatal,Golpes\n"
    "CHP-2,2023-11,CHP,,threats,organised_crime,Llamadas\n"
)
BAD_CASES = (
    "code,title,status,risk\n"
    "OAX-1,Bien,open,low\n"
    ",Sin código,open,low\n"
    "OAX-3,Estado raro,Atlantis,low\n"
    "OAX-1,Repetido,open,low\n"
)


def write(path: Path, text: str, encoding: str) -> Path:
    """The bytes a spreadsheet writes: UTF-8, UTF-8 with BOM, or UTF-16 LE with BOM."""
    if encoding == "utf-16":
        path.write_bytes(codecs.BOM_UTF16_LE + text.encode("utf-16-le"))
    else:
        path.write_bytes(text.encode(encoding))
    return path


def import_csv(vault: Path, kind: str, path: Path, lang: str | None = None):  # type: ignore[no-untyped-def]
    return run_cli(
        "import-csv", kind, path, "--vault", vault, "--passphrase-stdin",
        stdin=lines(PASSPHRASE), lang=lang,
    )  # fmt: skip


def search(vault: Path, *args: object) -> list[str]:
    found = run_cli(
        "search", *args, "--vault", vault, "--passphrase-stdin", stdin=lines(PASSPHRASE)
    )
    assert found.status == 0, found.stderr
    assert_clean(found.stderr)
    return found.stdout.splitlines()


def audit_line(vault: Path) -> str:
    checked = run_cli("verify", "--vault", vault, "--passphrase-stdin", stdin=lines(PASSPHRASE))
    assert checked.status == 0, checked.stdout + checked.stderr
    return next(line for line in checked.stdout.splitlines() if line.startswith("Audit log:"))


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16"])
def test_import_then_search_without_accents(vault_dir: Path, tmp_path: Path, encoding: str) -> None:
    imported = import_csv(vault_dir, "cases", write(tmp_path / "casos.csv", CASES_ES, encoding))
    assert imported.status == 0, imported.stderr
    assert "Imported 2 cases." in imported.stderr
    assert imported.stdout == ""
    assert_clean(imported.stderr)
    assert search(vault_dir, "jose") == ["OAX-1\tDetención de José en Juchitán"]
    assert search(vault_dir, "nino") == ["CHP-2\tAmenazas a defensora"]
    assert search(vault_dir, "JUCHITAN detenc") == ["OAX-1\tDetención de José en Juchitán"]
    assert search(vault_dir, "nadie") == []


def test_one_record_is_counted_in_the_singular(vault_dir: Path, tmp_path: Path) -> None:
    one = write(tmp_path / "one.csv", "code,title\nX-1,Uno\n", "utf-8")
    imported = import_csv(vault_dir, "cases", one)
    assert imported.status == 0, imported.stderr
    assert "Imported 1 case.\n" in imported.stderr


def test_records_under_cases_and_filters(vault_dir: Path, tmp_path: Path) -> None:
    assert import_csv(vault_dir, "cases", write(tmp_path / "c.csv", CASES_ES, "utf-8")).status == 0
    incidents = import_csv(vault_dir, "incidents", write(tmp_path / "i.csv", INCIDENTS, "utf-8"))
    assert incidents.status == 0, incidents.stderr
    assert "Imported 2 incidents." in incidents.stderr
    both = {"OAX-1", "CHP-2"}

    def codes(*args: object) -> set[str]:
        return {line.split("\t")[0] for line in search(vault_dir, *args)}

    assert codes("") == both
    assert codes("", "--status", "open") == {"OAX-1"}
    assert codes("", "--status", "En acompañamiento") == {"CHP-2"}
    assert codes("", "--status", "open", "--status", "accompaniment") == both
    assert codes("", "--risk", "alto", "--risk", "CRITICAL") == both
    assert codes("", "--risk", "low") == set()
    assert codes("", "--violation", "tortura") == {"OAX-1"}
    assert codes("", "--violation", "Threats") == {"CHP-2"}
    assert codes("", "--perpetrator", "organised_crime") == {"CHP-2"}
    assert codes("", "--state", "Oaxaca") == {"OAX-1"}
    assert codes("", "--from", "2024") == {"OAX-1"}
    assert codes("", "--to", "30/11/2023") == {"CHP-2"}
    assert codes("", "--from", "2023-11", "--to", "2023-11") == {"CHP-2"}
    assert codes("golpes", "--state", "CHP") == set()
    assert codes("llamadas", "--state", "CHP") == {"CHP-2"}


@pytest.mark.parametrize(
    ("option", "value"),
    [("--state", "Atlantis"), ("--risk", "enorme"), ("--violation", "x"), ("--from", "ayer")],
)
def test_an_unknown_filter_value_is_a_usage_error(vault_dir: Path, option: str, value: str) -> None:
    # Refused while parsing: no passphrase is read (standard input is empty).
    refused = run_cli("search", "x", option, value, "--vault", vault_dir, "--passphrase-stdin")
    assert refused.status == 2
    assert f"“{value}”" in refused.stderr
    assert "usage: casevault search" in refused.stderr
    assert refused.stdout == ""
    assert_clean(refused.stderr)


def test_a_bad_file_lists_every_problem_and_writes_nothing(vault_dir: Path, tmp_path: Path) -> None:
    before = audit_line(vault_dir)
    refused = import_csv(vault_dir, "cases", write(tmp_path / "bad.csv", BAD_CASES, "utf-8"))
    assert refused.status == 1
    assert refused.stdout == ""
    assert_clean(refused.stderr)
    problems = [line for line in refused.stderr.splitlines() if line.startswith("Row ")]
    assert problems == [
        "Row 3, column “code”: this cell cannot be empty. Fill it in.",
        "Row 4, column “status”: “Atlantis” is not a known value. Use a code or a label in "
        "English or Spanish.",
        "Row 5, column “code”: the case code “OAX-1” is already used, in the vault or higher "
        "up in this file. Give each case its own code.",
    ]
    assert "Nothing was imported: the file has 3 problems." in refused.stderr
    assert search(vault_dir, "") == []
    assert audit_line(vault_dir) == before


def test_header_problems(vault_dir: Path, tmp_path: Path) -> None:
    bad = write(tmp_path / "h.csv", "case_code,colour,date\nX,azul,2024-01-01\n", "utf-8")
    refused = import_csv(vault_dir, "notes", bad)
    assert refused.status == 1
    assert "Row 1: CaseVault does not know the column “colour”." in refused.stderr
    assert "Row 1: the column “text” is missing." in refused.stderr


@pytest.mark.parametrize(
    ("content", "status", "words"),
    [
        ("code,title\nX-1,Canción\n".encode("latin-1"), 2, "CSV UTF-8"),
        (b"", 1, "The file is empty"),
        (b"\n\n", 1, "The file is empty"),
    ],
)
def test_unreadable_or_empty_files(
    vault_dir: Path, tmp_path: Path, content: bytes, status: int, words: str
) -> None:
    path = tmp_path / "f.csv"
    path.write_bytes(content)
    refused = import_csv(vault_dir, "cases", path)
    assert refused.status == status
    assert words in refused.stderr
    assert "Nothing was imported" in refused.stderr
    assert_clean(refused.stderr)


def test_a_missing_file_is_reported_before_the_passphrase(vault_dir: Path, tmp_path: Path) -> None:
    refused = run_cli(
        "import-csv", "cases", tmp_path / "nowhere.csv", "--vault", vault_dir, "--passphrase-stdin"
    )  # empty standard input: no passphrase was needed
    assert refused.status == 1
    assert "There is no file" in refused.stderr
    assert str(tmp_path / "nowhere.csv") in refused.stderr


def test_dry_run_checks_and_writes_nothing(vault_dir: Path, tmp_path: Path) -> None:
    checked = run_cli(
        "import-csv", "cases", write(tmp_path / "c.csv", CASES_ES, "utf-8"), "--dry-run",
        "--vault", vault_dir, "--passphrase-stdin", stdin=lines(PASSPHRASE),
    )  # fmt: skip
    assert checked.status == 0, checked.stderr
    assert "2 rows checked" in checked.stderr
    assert search(vault_dir, "") == []


def test_an_unknown_kind_is_a_usage_error(vault_dir: Path, tmp_path: Path) -> None:
    refused = run_cli("import-csv", "casos", tmp_path / "x.csv", "--vault", vault_dir)
    assert refused.status == 2
    assert "invalid choice" in refused.stderr


def test_titles_cannot_break_the_output_format(vault_dir: Path, tmp_path: Path) -> None:
    tricky = 'code,title\nT-1,"Dos\nlíneas\tcon tab y \x1b[31mcolor"\n'
    assert import_csv(vault_dir, "cases", write(tmp_path / "t.csv", tricky, "utf-8")).status == 0
    found = search(vault_dir, "lineas")
    assert len(found) == 1
    code, title = found[0].split("\t")
    assert code == "T-1"
    assert "\x1b" not in title
    assert title.startswith("Dos líneas con tab")


def test_wrong_passphrase_is_refused_with_status_3(vault_dir: Path, tmp_path: Path) -> None:
    refused = run_cli("search", "x", "--vault", vault_dir, "--passphrase-stdin", stdin=lines("no"))
    assert refused.status == 3
    assert "Wrong passphrase" in refused.stderr


def vault_state(vault: Path) -> tuple[dict[str, int], str]:
    """Each kind's record count and the audit head kept in the vault."""
    from casevault.core.records.audit import HEAD_KEY
    from casevault.core.records.model import Kind
    from casevault.core.records.store import CaseStore
    from casevault.core.records.vocab import Vocabularies
    from casevault.core.vault.vault import Vault

    opened = Vault.unlock(vault, PASSPHRASE)
    try:
        store = CaseStore(opened.db, Vocabularies.load())
        counts = {kind.name: store.count(kind) for kind in Kind}
        row = opened.db.execute("SELECT value FROM vault_meta WHERE key = ?", (HEAD_KEY,))
        head = row.fetchone()
        return counts, str(head[0]) if head else ""
    finally:
        opened.close()


def seeded(vault: Path, tmp_path: Path) -> tuple[dict[str, int], str]:
    first = import_csv(vault, "cases", write(tmp_path / "seed.csv", CASES_ES, "utf-8"))
    assert first.status == 0, first.stderr
    return vault_state(vault)


@pytest.mark.parametrize(
    "content",
    [
        "code,title\nX-1,Canción de Juchitán\n".encode("latin-1"),
        "code,title\nX-1,Canción\n".encode("utf-16-le"),  # no BOM
        "code,title\nX-1,Canción\n".encode("utf-16-be"),  # no BOM
    ],
    ids=["latin-1", "utf-16-le-no-bom", "utf-16-be-no-bom"],
)
@pytest.mark.parametrize("lang", ["en", "es_MX"])
def test_an_unreadable_encoding_is_a_usage_error_and_writes_nothing(
    vault_dir: Path, tmp_path: Path, content: bytes, lang: str
) -> None:
    before = seeded(vault_dir, tmp_path)
    path = tmp_path / "f.csv"
    path.write_bytes(content)
    refused = import_csv(vault_dir, "cases", path, lang=lang)
    assert refused.status == 2, refused.stderr
    assert "CSV UTF-8" in refused.stderr
    said = {"en": "save it as", "es_MX": "guárdalo como"}[lang]
    assert said in refused.stderr
    assert "unexpected" not in refused.stderr.lower()
    assert_clean(refused.stderr)
    assert vault_state(vault_dir) == before


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16"])
def test_files_with_a_bom_still_import(vault_dir: Path, tmp_path: Path, encoding: str) -> None:
    path = write(tmp_path / "bom.csv", "code,title\nB-1,Canción con BOM\n", encoding)
    done = import_csv(vault_dir, "cases", path)
    assert done.status == 0, done.stderr
    assert any("B-1" in line for line in search(vault_dir, "BOM"))


def test_a_long_testimony_imports(vault_dir: Path, tmp_path: Path) -> None:
    seeded(vault_dir, tmp_path)
    testimony = "Relato de la testigo, sin prisa. " * 20_000  # about 650 KB, over csv's 128 KiB
    path = write(tmp_path / "n.csv", f'case_code,text\nCHP-2,"{testimony}"\n', "utf-8")
    done = import_csv(vault_dir, "notes", path)
    assert done.status == 0, done.stderr
    assert "unexpected" not in done.stderr.lower()
    assert vault_state(vault_dir)[0]["NOTE"] == 1


def test_a_cell_over_the_limit_is_refused_and_writes_nothing(
    vault_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from casevault.core.records import csv_import

    before = seeded(vault_dir, tmp_path)
    monkeypatch.setattr(csv_import, "MAX_CELL_CHARS", 1000)
    path = write(tmp_path / "n.csv", "case_code,text\nCHP-2,corto\nCHP-2," + "x" * 1001, "utf-8")
    refused = import_csv(vault_dir, "notes", path)
    assert refused.status == 1, refused.stderr
    assert "Row 3: a cell is longer than 1000 characters" in refused.stderr
    assert "Nothing was imported" in refused.stderr
    assert vault_state(vault_dir) == before


@pytest.mark.parametrize("lang", ["en", "es_MX"])
def test_a_nul_character_is_refused_with_its_row_and_column(
    vault_dir: Path, tmp_path: Path, lang: str
) -> None:
    before = seeded(vault_dir, tmp_path)
    path = write(tmp_path / "n.csv", "case_code,text\nCHP-2,bien\nCHP-2,con\0nulo\n", "utf-8")
    refused = import_csv(vault_dir, "notes", path, lang=lang)
    assert refused.status == 1, refused.stderr
    said = {
        "en": "Row 3, column “text”: the cell holds a NUL character",
        "es_MX": "Fila 3, columna “text”: la celda contiene un carácter NUL",
    }[lang]
    assert said in refused.stderr
    assert_clean(refused.stderr)
    assert vault_state(vault_dir) == before
