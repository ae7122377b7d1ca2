"""Importing records from spreadsheets (CSV), all or nothing.

What a file may hold: UTF-8 (with or without BOM) or
UTF-16 with a BOM (a file in another encoding, Latin-1 or UTF-16 without a BOM,
is refused as `bad_encoding`: the user saves it again as UTF-8); cells of up to
MAX_CELL_CHARS characters (a long testimony is far below it; a longer cell is
`cell_too_large`); no NUL characters (`nul_character`, row and column named);
a header row with English names or their Spanish aliases; several
values in one cell separated by "|"; vocabulary cells as code or label in
either language. Every row is checked first; if any cell is wrong, the
report lists each problem (row, column, what) and nothing is written.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from casevault.core.progress import Progress
from casevault.core.records import audit
from casevault.core.records.model import Action, Case, Incident, Note, Person, Record
from casevault.core.records.store import CaseStore
from casevault.core.records.validation import Problem, ValidationError
from casevault.core.records.vocab import fold

MAX_BYTES = 512 * 1024 * 1024
# The longest cell accepted: 8 Mi characters, hundreds of times a long testimony
# (Python's csv stops at 128 KiB by default, which a testimony can pass).
MAX_CELL_CHARS = 8 * 1024 * 1024
IMPORT_BATCH = 500  # records per statement batch, and how often progress is reported

# column → (record field, vocabulary or None, is a list)
COLUMNS: dict[str, dict[str, tuple[str, str | None, bool]]] = {
    "cases": {
        "code": ("code", None, False),
        "title": ("title", None, False),
        "status": ("status", "statuses", False),
        "risk": ("risk", "risks", False),
        "summary": ("summary", None, False),
        "opened": ("opened", None, False),
        "closed": ("closed", None, False),
        "tags": ("tags", None, True),
    },
    "people": {
        "case_code": ("case_uuid", None, False),
        "role": ("role", "roles", False),
        "pseudonym": ("pseudonym", None, False),
        "full_name": ("full_name", None, False),
        "contact": ("contact", None, False),
        "birth_date": ("birth_date", None, False),
        "notes": ("notes", None, False),
    },
    "incidents": {
        "case_code": ("case_uuid", None, False),
        "date": ("date_start", None, False),
        "state": ("state", "states", False),
        "municipality": ("municipality", None, False),
        "place": ("place", None, False),
        "violations": ("violations", "violations", True),
        "perpetrators": ("perpetrators", "perpetrators", True),
        "narrative": ("narrative", None, False),
    },
    "actions": {
        "case_code": ("case_uuid", None, False),
        "date": ("date", None, False),
        "authority": ("authority", "authorities", False),
        "kind": ("action_kind", "action_kinds", False),
        "reference": ("reference", None, False),
        "outcome": ("outcome", None, False),
        "follow_up": ("follow_up", None, False),
    },
    "notes": {
        "case_code": ("case_uuid", None, False),
        "date": ("date", None, False),
        "text": ("text", None, False),
    },
}
REQUIRED_COLUMNS = {
    "cases": ("code", "title"),
    "people": ("case_code", "pseudonym"),
    "incidents": ("case_code",),
    "actions": ("case_code",),
    "notes": ("case_code", "text"),
}
# Spanish (and common spreadsheet) names, compared without accents or case.
ALIASES: dict[str, dict[str, str]] = {
    "cases": {
        "codigo": "code",
        "clave": "code",
        "titulo": "title",
        "estado": "status",
        "estatus": "status",
        "riesgo": "risk",
        "nivel_de_riesgo": "risk",
        "resumen": "summary",
        "apertura": "opened",
        "fecha_de_apertura": "opened",
        "abierto": "opened",
        "cierre": "closed",
        "fecha_de_cierre": "closed",
        "etiquetas": "tags",
    },
    "people": {
        "codigo_caso": "case_code",
        "codigo_del_caso": "case_code",
        "caso": "case_code",
        "rol": "role",
        "papel": "role",
        "seudonimo": "pseudonym",
        "pseudonimo": "pseudonym",
        "nombre_completo": "full_name",
        "nombre": "full_name",
        "contacto": "contact",
        "fecha_de_nacimiento": "birth_date",
        "nacimiento": "birth_date",
        "notas": "notes",
    },
    "incidents": {
        "codigo_caso": "case_code",
        "codigo_del_caso": "case_code",
        "caso": "case_code",
        "fecha": "date",
        "estado": "state",
        "entidad": "state",
        "municipio": "municipality",
        "lugar": "place",
        "violaciones": "violations",
        "perpetradores": "perpetrators",
        "responsables": "perpetrators",
        "narracion": "narrative",
        "narrativa": "narrative",
        "relato": "narrative",
        "hechos": "narrative",
    },
    "actions": {
        "codigo_caso": "case_code",
        "codigo_del_caso": "case_code",
        "caso": "case_code",
        "fecha": "date",
        "autoridad": "authority",
        "tipo": "kind",
        "referencia": "reference",
        "folio": "reference",
        "resultado": "outcome",
        "seguimiento": "follow_up",
        "fecha_de_seguimiento": "follow_up",
    },
    "notes": {
        "codigo_caso": "case_code",
        "codigo_del_caso": "case_code",
        "caso": "case_code",
        "fecha": "date",
        "texto": "text",
        "nota": "text",
    },
}
RECORD_CLASS: dict[str, type[Record]] = {
    "cases": Case,
    "people": Person,
    "incidents": Incident,
    "actions": Action,
    "notes": Note,
}
_DMY = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")
_RANGE = re.compile(r"^\s*(\S+)\s*(?:/|\.\.|–| a | to )\s*(\S+)\s*$")


@dataclass(frozen=True)
class RowProblem:
    row: int  # as a spreadsheet numbers it: the header is row 1
    column: str
    code: str  # missing_column | unknown_column | required | unknown_term | bad_date |
    #            unknown_case | duplicate_code | end_before_start | bad_encoding | empty_file |
    #            cell_too_large | nul_character
    value: str = ""
    header: str = ""  # the column's name as written in the file ("Estado", "estado"...)


@dataclass
class ImportReport:
    kind: str
    rows: int = 0
    problems: list[RowProblem] = field(default_factory=list)
    imported: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems


class CellTooLargeError(ValueError):
    def __init__(self, row: int) -> None:
        super().__init__(f"row {row}: a cell is longer than {MAX_CELL_CHARS} characters")
        self.row = row


def decode(raw: bytes) -> str:
    """Spreadsheet encodings: UTF-16 with a BOM, else UTF-8 (BOM optional).

    UnicodeDecodeError for anything else. UTF-16 without a BOM often decodes as
    UTF-8 (ASCII text with a NUL after each letter), so a NUL in the first line,
    the header, which has no reason to hold one, also counts as another encoding.
    """
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = raw.decode("utf-16")
    else:
        text = raw.decode("utf-8-sig")
    first_line = text.split("\n", 1)[0]
    if "\0" in first_line:
        raise UnicodeDecodeError("utf-8", raw[:1], 0, 1, "NUL in the header line")
    return text


def normalise_date(text: str) -> str:
    """Accept ISO dates and the dd/mm/yyyy that spreadsheets in Mexico write."""
    match = _DMY.match(text.strip())
    if match:
        day, month, year = match.groups()
        return f"{year}-{int(month):02d}-{int(day):02d}"
    return text.strip()


def incident_dates(text: str) -> dict[str, str]:
    text = text.strip()
    if not text:
        return {"date_start": "", "date_end": "", "date_precision": "unknown"}
    ranged = None if _DMY.match(text) else _RANGE.match(text)
    if ranged:
        start, end = (normalise_date(part) for part in ranged.groups())
        return {"date_start": start, "date_end": end, "date_precision": "range"}
    value = normalise_date(text)
    precision = {4: "year", 7: "month"}.get(len(value), "day")
    return {"date_start": value, "date_end": "", "date_precision": precision}


def _header_map(
    kind: str, header: list[str], row: int = 1
) -> tuple[dict[int, str], list[RowProblem]]:
    columns = COLUMNS[kind]
    aliases = ALIASES[kind]
    mapping: dict[int, str] = {}
    problems: list[RowProblem] = []
    for index, name in enumerate(header):
        key = re.sub(r"[\s\-]+", "_", fold(name))
        column = key if key in columns else aliases.get(key)
        if column is None:
            if key:
                problems.append(RowProblem(row, name, "unknown_column"))
            continue
        mapping[index] = column
    for required in REQUIRED_COLUMNS[kind]:
        if required not in mapping.values():
            problems.append(RowProblem(row, required, "missing_column"))
    return mapping, problems


def read_csv(path: Path) -> list[list[str]]:
    """The rows of the file; CellTooLargeError names the row of a cell over MAX_CELL_CHARS."""
    if path.stat().st_size > MAX_BYTES:
        raise ValueError("file too large")
    text = decode(path.read_bytes())
    # The limit is process-wide; raising it to ours changes nothing else CaseVault reads.
    if csv.field_size_limit() < MAX_CELL_CHARS:
        csv.field_size_limit(MAX_CELL_CHARS)
    rows: list[list[str]] = []
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        for row in reader:
            if any(len(cell) > MAX_CELL_CHARS for cell in row):
                raise CellTooLargeError(len(rows) + 1)
            rows.append(row)
    except csv.Error as exc:
        if "field larger than field limit" in str(exc):
            raise CellTooLargeError(len(rows) + 1) from exc
        raise
    return rows


def import_csv(
    store: CaseStore,
    kind: str,
    path: Path,
    *,
    dry_run: bool = False,
    progress: Progress | None = None,
) -> ImportReport:
    """Check every row; if all are good (and not dry_run), store them in one transaction."""
    report = ImportReport(kind)
    try:
        table = read_csv(path)
    except UnicodeDecodeError:
        report.problems.append(RowProblem(1, "", "bad_encoding"))
        return report
    except CellTooLargeError as exc:
        report.problems.append(RowProblem(exc.row, "", "cell_too_large", str(MAX_CELL_CHARS)))
        return report
    # Spreadsheet row numbers (the header is row 1) survive dropping blank rows.
    numbered = [(n, row) for n, row in enumerate(table, start=1) if any(c.strip() for c in row)]
    if not numbered:
        report.problems.append(RowProblem(1, "", "empty_file"))
        return report
    header_row, header = numbered[0]
    mapping, report.problems = _header_map(kind, header, header_row)
    if report.problems:
        return report
    headers = {column: header[index].strip() for index, column in mapping.items()}
    records = _build(store, kind, mapping, numbered[1:], report)
    report.problems = [replace(p, header=headers.get(p.column, p.column)) for p in report.problems]
    report.rows = len(numbered) - 1
    if report.problems or dry_run:
        return report
    with store.db.transaction():
        for start in range(0, len(records), IMPORT_BATCH):
            store.add_many(records[start : start + IMPORT_BATCH])
            if progress:
                progress(min(start + IMPORT_BATCH, len(records)), len(records))
        audit.append(store.db, "import", kind, "", f"records={len(records)}")
    report.imported = len(records)
    return report


def _build(
    store: CaseStore,
    kind: str,
    mapping: dict[int, str],
    rows: list[tuple[int, list[str]]],
    report: ImportReport,
) -> list[Record]:
    cls = RECORD_CLASS[kind]
    spec = COLUMNS[kind]
    case_uuids: dict[str, str] = {}
    codes_in_file: set[str] = set()
    records: list[Record] = []
    for row_number, row in rows:
        values: dict[str, Any] = {}
        problems: list[RowProblem] = []
        for index, column in mapping.items():
            cell = row[index].strip() if index < len(row) else ""
            if "\0" in cell:
                problems.append(RowProblem(row_number, column, "nul_character"))
                cell = cell.replace("\0", "")
            target, vocab, is_list = spec[column]
            items = [v.strip() for v in cell.split("|") if v.strip()] if is_list else [cell]
            if vocab:
                resolved = []
                for item in items:
                    code = store.vocabs[vocab].resolve(item) if item else ""
                    if code is None:
                        problems.append(RowProblem(row_number, column, "unknown_term", item))
                    elif code:
                        resolved.append(code)
                items = resolved
            if column == "case_code":
                if cell not in case_uuids:
                    found = store.case_by_code(cell) if cell else None
                    case_uuids[cell] = found.uuid if found else ""
                if not case_uuids[cell]:
                    problems.append(RowProblem(row_number, column, "unknown_case", cell))
                values[target] = case_uuids[cell]
            elif kind == "incidents" and column == "date":
                values.update(incident_dates(cell))
            elif target in cls.date_fields:
                values[target] = normalise_date(cell)
            else:
                values[target] = items if is_list else (items[0] if items else "")
        if kind == "cases":
            code = values.get("code", "")
            if code in codes_in_file:
                problems.append(RowProblem(row_number, "code", "duplicate_code", code))
            codes_in_file.add(code)
            values.setdefault("status", "open")
            values["status"] = values["status"] or "open"
            values["risk"] = values.get("risk") or "medium"
        elif kind == "people":
            values["role"] = values.get("role") or "other"
        record = cls(**values)
        # Every problem of the row at once; the record check may find again what the
        # cells already showed (an unknown case), so keep each problem once.
        for problem in _check(store, record, row_number, mapping):
            if not any((p.column, p.code) == (problem.column, problem.code) for p in problems):
                problems.append(problem)
        report.problems += problems
        records.append(record)
    return records


def _check(store: CaseStore, record: Record, row: int, mapping: dict[int, str]) -> list[RowProblem]:
    try:
        store.check(record)
    except ValidationError as error:
        return [_row_problem(p, row, mapping) for p in error.problems]
    return []


def _row_problem(problem: Problem, row: int, mapping: dict[int, str]) -> RowProblem:
    """Name the spreadsheet column that holds the record field with the problem."""
    field_to_column = {
        "case_uuid": "case_code",
        "date_start": "date",
        "date_end": "date",
        "action_kind": "kind",
    }
    column = field_to_column.get(problem.field, problem.field)
    if column not in mapping.values() and problem.field in mapping.values():
        column = problem.field
    return RowProblem(row, column, problem.code, problem.value)
