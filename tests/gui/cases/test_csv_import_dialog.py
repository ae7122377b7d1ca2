"""The CSV import dialog: a dry-run preview first, Import only when every row is right."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from casevault.core.records.model import Case, Kind
from casevault.core.session import Session
from casevault.gui.cases.csv_import_dialog import ImportDialog
from tests.helpers.vaults import PASSPHRASE
from tests.helpers.waits import WAIT_MS


@pytest.fixture
def session(vault_dir: Path) -> Iterator[Session]:
    opened = Session(vault_dir)
    opened.open(opened.unwrap(PASSPHRASE))
    yield opened
    opened.lock()


@pytest.fixture
def dialog(qtbot: QtBot, session: Session) -> ImportDialog:
    shown = ImportDialog(session)
    qtbot.addWidget(shown)
    shown.show()
    return shown


def test_a_good_file_is_previewed_then_imported(
    qtbot: QtBot, session: Session, dialog: ImportDialog, tmp_path: Path
) -> None:
    good = tmp_path / "casos.csv"
    good.write_text(
        "Código,Título,Riesgo,Etiquetas\n"
        "OAX-1,Despojo de tierras,alto,tierra|Oaxaca\n"
        "GRO-2,Amenazas a periodista,Medium,\n",
        encoding="utf-8",
    )
    assert not dialog.import_button.isEnabled()
    dialog.set_file(good)
    assert dialog.summary.text() == "2 rows checked: ready to import 2 rows."
    assert dialog.problems.isHidden()
    assert dialog.import_button.isEnabled()
    assert session.cases.count(Kind.CASE) == 0  # the preview stored nothing

    with qtbot.waitSignal(dialog.imported, timeout=WAIT_MS) as imported:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert imported.args == [2]
    assert dialog.summary.text() == "Imported 2 records."
    assert not dialog.import_button.isEnabled()
    case = session.cases.case_by_code("OAX-1")
    assert isinstance(case, Case)
    assert (case.title, case.risk) == ("Despojo de tierras", "high")
    assert case.tags == ["tierra", "Oaxaca"]


def test_a_bad_file_lists_each_problem_and_offers_no_import(
    session: Session, dialog: ImportDialog, tmp_path: Path
) -> None:
    bad = tmp_path / "personas.csv"
    bad.write_text(
        "caso,seudónimo,rol,fecha de nacimiento\n"
        "NO-EXISTE,Lucía,testigo,1990-02-30\n"
        "NO-EXISTE,,marciano,\n",
        encoding="utf-8",
    )
    dialog.kind.set_code("people")
    dialog.set_file(bad)
    assert not dialog.import_button.isEnabled()
    assert not dialog.problems.isHidden()
    table = dialog.problems
    rows = [
        tuple(table.item(r, c).text() for c in range(table.columnCount()))
        for r in range(table.rowCount())
    ]
    assert ("2", "fecha de nacimiento") in [r[:2] for r in rows]
    assert ("3", "rol") in [r[:2] for r in rows]
    assert any("“marciano” is not a known value" in r[2] for r in rows)
    assert any(r[0] == "2" and r[1] == "caso" and "no case with the code" in r[2] for r in rows)
    assert "2 rows checked" in dialog.summary.text()
    assert session.cases.count(Kind.PERSON) == 0


def test_the_file_kind_can_be_changed_after_choosing(
    session: Session, dialog: ImportDialog, tmp_path: Path
) -> None:
    notes = tmp_path / "notas.csv"
    notes.write_text("codigo del caso,texto\n", encoding="utf-8")
    dialog.set_file(notes)  # read as cases first: wrong columns
    assert not dialog.problems.isHidden()
    dialog.kind.set_code("notes")
    dialog.check()
    assert dialog.summary.text() == "The file has column names but no rows to import."
    assert not dialog.import_button.isEnabled()


def test_a_long_testimony_is_previewed_and_a_nul_is_named(
    session: Session, dialog: ImportDialog, tmp_path: Path
) -> None:
    long = tmp_path / "casos.csv"
    testimony = "Relato largo de la testigo. " * 10_000  # about 280 KB, over csv's 128 KiB
    long.write_text(f'Código,Título,Resumen\nOAX-1,Despojo,"{testimony}"\n', encoding="utf-8")
    dialog.set_file(long)
    assert "ready to import" in dialog.summary.text()
    assert dialog.import_button.isEnabled()
    nul = tmp_path / "nulo.csv"
    nul.write_text("Código,Título\nOAX-1,Des\0pojo\n", encoding="utf-8")
    dialog.set_file(nul)
    assert not dialog.import_button.isEnabled()
    texts = [dialog.problems.item(0, c).text() for c in range(dialog.problems.columnCount())]
    assert texts[:2] == ["2", "Título"], texts
    assert "NUL" in texts[2], texts
    assert session.cases.count(Kind.CASE) == 0
