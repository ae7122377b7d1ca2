"""Import through the dialog: the preview comes before any write, Apply merges, a
tampered file is refused in words, and conflicts are settled side by side."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from casevault.core import exchange
from casevault.core.records.model import Case
from casevault.core.session import Session
from casevault.gui.exchange.conflicts_dialog import ConflictsDialog
from casevault.gui.exchange.import_dialog import (
    CHOOSE,
    DONE,
    PREVIEW,
    ExchangeImportDialog,
)
from tests.helpers.gui_exchange import (
    case_count,
    export_file,
    head_office_key,
    new_vault,
    wait_idle,
)
from tests.helpers.gui_main_window import add_known_cases, open_session, show_window
from tests.helpers.waits import WAIT_MS


def import_dialog(
    qtbot: QtBot, session: Session, path: Path, identity: Path
) -> ExchangeImportDialog:
    dialog = ExchangeImportDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog, timeout=WAIT_MS)
    dialog.source.file.setText(str(path))
    dialog.source.with_identity.setChecked(True)
    dialog.source.identity.setText(str(identity))
    return dialog


def check(qtbot: QtBot, dialog: ExchangeImportDialog) -> None:
    assert dialog.check_button.isEnabled(), dialog.source.problem()
    dialog.check_button.click()
    wait_idle(qtbot, dialog)


@pytest.mark.slow
def test_preview_writes_nothing_then_apply_imports(
    qtbot: QtBot, vault_dir: Path, tmp_path: Path
) -> None:
    field = open_session(vault_dir)
    add_known_cases(field)
    identity, public = head_office_key(tmp_path)
    made = export_file(field, tmp_path / "field.age", public)
    office = new_vault(tmp_path / "office")
    db_file = tmp_path / "office" / "vault.db"
    before = db_file.read_bytes()

    dialog = import_dialog(qtbot, office, made.path, identity)
    check(qtbot, dialog)
    assert dialog.pages.currentIndex() == PREVIEW, dialog.message.text()
    view = dialog.preview_view
    assert view.counts["added"].text() == str(made.records)
    assert view.counts["conflicts"].text() == "0"
    assert sorted(view.cases.item(i).text() for i in range(view.cases.count())) == [
        "CHP-2024-001",
        "GRO-2022-003",
        "OAX-2023-014",
    ]
    assert view.fingerprint.text() == exchange.signing_fingerprint(field.vault)
    assert "not marked as trusted" in view.trust_state.text()
    assert case_count(office) == 0 and db_file.read_bytes() == before  # nothing written yet

    view.trust.setChecked(True)
    view.trust_label.setText("Tapachula laptop")
    with qtbot.waitSignal(dialog.imported, timeout=WAIT_MS):
        dialog.apply_button.click()
    wait_idle(qtbot, dialog)
    assert dialog.pages.currentIndex() == DONE
    assert f"New records: {made.records}" in dialog.done_text.text()
    assert case_count(office) == 3
    assert [label for _key, _fp, label in exchange.trusted_signers(office.vault)] == [
        "Tapachula laptop"
    ]
    assert not dialog.conflicts_button.isVisibleTo(dialog)
    field.lock()
    office.lock()


@pytest.mark.slow
def test_cancel_at_the_preview_changes_nothing(
    qtbot: QtBot, vault_dir: Path, tmp_path: Path
) -> None:
    field = open_session(vault_dir)
    add_known_cases(field)
    identity, public = head_office_key(tmp_path)
    made = export_file(field, tmp_path / "field.age", public)
    office = new_vault(tmp_path / "office")
    dialog = import_dialog(qtbot, office, made.path, identity)
    check(qtbot, dialog)
    assert dialog.pages.currentIndex() == PREVIEW
    dialog.close_button.click()
    assert not dialog.isVisible()
    assert case_count(office) == 0 and exchange.trusted_signers(office.vault) == []
    field.lock()
    office.lock()


@pytest.mark.slow
def test_tampered_or_wrongly_keyed_file_is_refused_in_words(
    qtbot: QtBot, vault_dir: Path, tmp_path: Path
) -> None:
    field = open_session(vault_dir)
    add_known_cases(field)
    identity, public = head_office_key(tmp_path)
    made = export_file(field, tmp_path / "field.age", public)
    office = new_vault(tmp_path / "office")
    db_file = tmp_path / "office" / "vault.db"
    before = db_file.read_bytes()

    other_identity, _other_public = head_office_key(tmp_path / "other")
    dialog = import_dialog(qtbot, office, made.path, other_identity)
    check(qtbot, dialog)
    assert dialog.pages.currentIndex() == CHOOSE
    assert "Nothing was changed in your vault." in dialog.message.text()

    data = bytearray(made.path.read_bytes())
    data[len(data) // 2] ^= 0x01
    made.path.write_bytes(bytes(data))
    dialog.source.identity.setText(str(identity))
    check(qtbot, dialog)
    assert dialog.pages.currentIndex() == CHOOSE
    assert "Nothing was changed in your vault." in dialog.message.text()
    assert case_count(office) == 0 and db_file.read_bytes() == before
    field.lock()
    office.lock()


@pytest.mark.slow
def test_conflicts_are_resolved_side_by_side(qtbot: QtBot, vault_dir: Path, tmp_path: Path) -> None:
    field = open_session(vault_dir)
    known = add_known_cases(field)
    identity, public = head_office_key(tmp_path)
    office = new_vault(tmp_path / "office")
    first = export_file(field, tmp_path / "first.age", public)
    preview = exchange.preview_import(office.vault, first.path, identity_text=identity.read_text())
    exchange.apply_import(office.vault, preview, identity_text=identity.read_text())

    field.cases.update(Case, known["maria"], {"title": "María López, amenazas (campo)"})
    office.cases.update(Case, known["maria"], {"title": "María López, amenazas (oficina)"})
    second = export_file(field, tmp_path / "second.age", public)

    dialog = import_dialog(qtbot, office, second.path, identity)
    check(qtbot, dialog)
    assert dialog.preview_view.counts["conflicts"].text() == "1"
    with qtbot.waitSignal(dialog.imported, timeout=WAIT_MS):
        dialog.apply_button.click()
    wait_idle(qtbot, dialog)
    assert dialog.conflicts_button.isVisibleTo(dialog)

    window = show_window(qtbot, office)  # the status bar flags what is left to resolve
    assert window.exchange.conflicts_status.isVisible()
    assert window.exchange.conflicts_status.text() == "1 conflict to resolve"
    window.exchange.conflicts_status.click()
    conflicts = window.exchange.dialog
    assert isinstance(conflicts, ConflictsDialog)
    qtbot.waitExposed(conflicts, timeout=WAIT_MS)
    assert conflicts.list.count() == 1 and "OAX-2023-014" in conflicts.list.item(0).text()
    table = conflicts.table
    cells = {
        table.item(row, 0).text(): (table.item(row, 1).text(), table.item(row, 2).text())
        for row in range(table.rowCount())
    }
    assert cells["Title"] == ("María López, amenazas (oficina)", "María López, amenazas (campo)")
    with qtbot.waitSignal(conflicts.resolved, timeout=WAIT_MS):
        conflicts.keep_theirs.click()
    assert conflicts.list.count() == 0 and conflicts.empty.isVisible()
    assert exchange.list_conflicts(office.vault) == []
    assert office.cases.get(Case, known["maria"]).title == "María López, amenazas (campo)"
    assert not window.exchange.conflicts_status.isVisible()
    field.lock()
    office.lock()
