"""The case detail view on a real vault: typing into real widgets, autosave, reopening."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from casevault.core.records.model import Action, Case, Incident, Note, Person
from casevault.core.session import Session
from casevault.gui.case_detail.new_case import NewCaseDialog
from casevault.gui.case_detail.view import CaseDetailView, create_case_dialog
from tests.helpers.gui import when_modal
from tests.helpers.vaults import PASSPHRASE
from tests.helpers.waits import WAIT_MS


@pytest.fixture
def session(vault_dir: Path) -> Iterator[Session]:
    opened = Session(vault_dir)
    opened.open(opened.unwrap(PASSPHRASE))
    yield opened
    opened.lock()


def type_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Type like a person; QTest only knows ASCII keys, so accents go as key events."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


def answer(qtbot: QtBot, button_text: str, seen: list[str]) -> None:
    def handle(dialog: QDialog) -> None:
        assert isinstance(dialog, QMessageBox)
        seen.append(dialog.text())
        assert dialog.defaultButton() is dialog.button(QMessageBox.StandardButton.Cancel)
        buttons = [b for b in dialog.buttons() if b.text().replace("&", "") == button_text]
        qtbot.mouseClick(buttons[0], Qt.MouseButton.LeftButton)

    when_modal(handle)


def new_case(qtbot: QtBot, session: Session, code: str, title: str) -> str:
    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, NewCaseDialog)
        type_text(qtbot, dialog.code, code)
        type_text(qtbot, dialog.title, title)
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)

    when_modal(fill)
    uuid = create_case_dialog(session, None)
    assert uuid is not None
    return uuid


@pytest.fixture
def view(qtbot: QtBot, session: Session) -> CaseDetailView:
    shown = CaseDetailView(session)
    qtbot.addWidget(shown)
    shown.resize(1000, 700)
    shown.show()
    return shown


def click(qtbot: QtBot, button: QPushButton) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_a_case_is_built_by_typing_and_reopens_with_the_edits(
    qtbot: QtBot, session: Session, view: CaseDetailView
) -> None:
    uuid = new_case(qtbot, session, "OAX-2024-007", "Desplazamiento en la sierra")
    assert view.current_case_uuid() is None
    view.show_case(uuid)
    assert view.current_case_uuid() == uuid
    summary = view.summary_tab
    assert summary.title.text() == "Desplazamiento en la sierra"
    with qtbot.waitSignal(view.case_changed, timeout=WAIT_MS) as changed:
        type_text(qtbot, summary.summary, "Familias desplazadas")
    assert changed.args == [uuid]
    assert session.cases.get(Case, uuid).summary == "Familias desplazadas"
    assert view.status.text() == "Saved"

    view.tabs.setCurrentWidget(view.people_tab)
    people = view.people_tab
    click(qtbot, people.add_button)
    type_text(qtbot, people.pseudonym, "Rosa")  # Add selects the suggested pseudonym
    type_text(qtbot, people.full_name, "Rosa María López")
    qtbot.waitUntil(
        lambda: (
            [(p.pseudonym, p.full_name) for p in session.cases.case_file(uuid).people]
            == [("Rosa", "Rosa María López")]
        ),
        timeout=WAIT_MS,
    )
    assert people.list.currentItem().text().startswith("Rosa")
    assert "López" not in people.list.currentItem().text()  # lists show the pseudonym only
    person = session.cases.case_file(uuid).people[0]

    view.tabs.setCurrentWidget(view.incidents_tab)
    incidents = view.incidents_tab
    click(qtbot, incidents.add_button)
    type_text(qtbot, incidents.date_start, "2024-03-15")
    incidents.violations.check("forced_displacement")
    incidents.people.check(person.uuid)
    type_text(qtbot, incidents.narrative, "Llegaron de noche")
    qtbot.waitUntil(
        lambda: (
            [
                (i.date_start, i.violations, i.people, i.narrative)
                for i in session.cases.case_file(uuid).incidents
            ]
            == [("2024-03-15", ["forced_displacement"], [person.uuid], "Llegaron de noche")]
        ),
        timeout=WAIT_MS,
    )

    view.tabs.setCurrentWidget(view.actions_tab)
    actions = view.actions_tab
    click(qtbot, actions.add_button)
    soon = (date.today() + timedelta(days=3)).isoformat()
    type_text(qtbot, actions.date, "2024-03-20")
    type_text(qtbot, actions.reference, "FGE/OAX/123")
    type_text(qtbot, actions.follow_up, soon)
    view.flush()  # no waiting: flush saves now
    stored = session.cases.case_file(uuid).actions
    assert [(a.date, a.reference, a.follow_up) for a in stored] == [
        ("2024-03-20", "FGE/OAX/123", soon)
    ]
    assert actions.list.currentItem().text().startswith(f"Follow-up due {soon}")

    # An edit, then a fresh view of the same case shows it.
    view.tabs.setCurrentWidget(view.summary_tab)
    summary.title.selectAll()
    type_text(qtbot, summary.title, "Desplazamiento forzado")
    view.show_case(None)  # switching flushes first
    assert view.stack.currentWidget() is view.empty
    reopened = CaseDetailView(session)
    qtbot.addWidget(reopened)
    reopened.show_case(uuid)
    assert reopened.summary_tab.title.text() == "Desplazamiento forzado"
    assert reopened.people_tab.list.count() == 1
    assert reopened.incidents_tab.narrative.toPlainText() == "Llegaron de noche"
    assert reopened.incidents_tab.people.codes() == [person.uuid]
    assert reopened.actions_tab.reference.text() == "FGE/OAX/123"


def test_a_bad_date_is_explained_next_to_the_field_and_the_text_kept(
    qtbot: QtBot, session: Session, view: CaseDetailView
) -> None:
    uuid = new_case(qtbot, session, "GRO-1", "Amenazas")
    view.show_case(uuid)
    box = view.summary_tab.autosave.bindings["opened"].box
    view.summary_tab.opened.clear()
    type_text(qtbot, view.summary_tab.opened, "2024-13-45")
    type_text(qtbot, view.summary_tab.title, " a defensora")
    qtbot.waitUntil(lambda: box.message.isVisible(), timeout=WAIT_MS)
    assert "“2024-13-45” is not a valid date" in box.message.text()
    assert view.summary_tab.opened.text() == "2024-13-45"
    assert view.status.text() == "Not saved: see the marked fields"
    stored = session.cases.get(Case, uuid)
    assert stored.title == "Amenazas a defensora"  # the valid field was stored anyway
    assert stored.opened == date.today().isoformat()

    view.summary_tab.opened.selectAll()
    type_text(qtbot, view.summary_tab.opened, "2024-01-05")
    qtbot.waitUntil(lambda: not box.message.isVisible(), timeout=WAIT_MS)
    assert session.cases.get(Case, uuid).opened == "2024-01-05"
    assert view.status.text() == "Saved"


def test_new_case_dialog_says_what_is_wrong_next_to_the_field(
    qtbot: QtBot, session: Session
) -> None:
    dialog = NewCaseDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(qtbot, dialog.title, "Sin código")
    click(qtbot, dialog.create_button)
    assert dialog.code_box.message.text() == "Code: this field cannot be empty."
    assert dialog.isVisible()
    assert session.cases.count(Case.kind) == 0


def test_deleting_asks_first_and_cancel_is_the_default(
    qtbot: QtBot, session: Session, view: CaseDetailView
) -> None:
    uuid = new_case(qtbot, session, "CHP-9", "Detención arbitraria")
    case_uuid = uuid
    session.cases.add(Person(case_uuid=case_uuid, pseudonym="Tomás"))
    session.cases.add(Note(case_uuid=case_uuid, text="Llamada"))
    view.show_case(uuid)
    people = view.people_tab
    assert people.list.count() == 1
    seen: list[str] = []

    answer(qtbot, "Cancel", seen)
    click(qtbot, people.delete_button)
    assert "Tomás" in seen[0]
    assert len(session.cases.case_file(uuid).people) == 1

    answer(qtbot, "Delete", seen)
    click(qtbot, people.delete_button)
    assert session.cases.case_file(uuid).people == []
    assert people.list.count() == 0

    with qtbot.waitSignal(view.case_deleted, timeout=WAIT_MS) as deleted:
        answer(qtbot, "Delete", seen)
        click(qtbot, view.summary_tab.delete_button)
    assert deleted.args == [uuid]
    assert "CHP-9" in seen[-1]
    assert session.cases.count(Case.kind) == 0
    assert session.cases.count(Note.kind) == 0
    assert view.current_case_uuid() is None


def test_history_shows_an_earlier_summary_and_what_was_done(
    qtbot: QtBot, session: Session, view: CaseDetailView
) -> None:
    uuid = new_case(qtbot, session, "VER-3", "Desaparición")
    view.show_case(uuid)
    type_text(qtbot, view.summary_tab.summary, "Primera versión")
    view.flush()
    type_text(qtbot, view.summary_tab.summary, " corregida")
    view.tabs.setCurrentWidget(view.history_tab)  # switching tabs saves first
    assert session.cases.get(Case, uuid).summary == "Primera versión corregida"
    history = view.history_tab
    assert history.versions.count() == 1
    assert "Summary" in history.versions.item(0).text()
    assert history.value.toPlainText() == "Primera versión"
    assert history.value.isReadOnly()
    audit = history.audit
    whats = [audit.topLevelItem(i).text(2) for i in range(audit.topLevelItemCount())]
    assert whats[-1] == "created"
    assert "changed: Summary" in whats
    assert not any("Primera" in w for w in whats)  # what and when, never content


def test_incident_dates_follow_their_precision_in_the_timeline(
    qtbot: QtBot, session: Session, view: CaseDetailView
) -> None:
    uuid = new_case(qtbot, session, "MIC-1", "Hechos")
    for start, end, precision in (
        ("2023", "", "year"),
        ("", "", "unknown"),
        ("2022-05-01", "2022-05-09", "range"),
        ("2024-02", "", "month"),
    ):
        session.cases.add(
            Incident(case_uuid=uuid, date_start=start, date_end=end, date_precision=precision)
        )
    session.cases.add(Action(case_uuid=uuid, follow_up="2000-01-01"))
    view.show_case(uuid)
    timeline = view.incidents_tab.list
    assert [timeline.item(i).text() for i in range(timeline.count())] == [
        "2022-05-01 to 2022-05-09",
        "2023 (year)",
        "2024-02 (month)",
        "Date not known",
    ]
    assert view.actions_tab.list.item(0).text().startswith("OVERDUE follow-up 2000-01-01")
    assert "overdue: 1" in view.actions_tab.heading.text()


def next_tab_stop(widget: QWidget) -> QWidget:
    """Where Tab goes from `widget`: the next visible, enabled widget that takes Tab focus."""
    step = widget.nextInFocusChain()
    while not (
        step.focusPolicy() & Qt.FocusPolicy.TabFocus and step.isVisible() and step.isEnabled()
    ):
        step = step.nextInFocusChain()
    return step


def test_tab_goes_through_the_form_in_reading_order(
    qtbot: QtBot, session: Session, view: CaseDetailView
) -> None:
    uuid = new_case(qtbot, session, "TAB-1", "Teclado")
    session.cases.add(Action(case_uuid=uuid))
    view.show_case(uuid)
    view.tabs.setCurrentWidget(view.actions_tab)
    actions = view.actions_tab
    order = [actions.date, actions.action_kind, actions.authority, actions.reference]
    for widget in (view.summary_tab.code, actions.list):
        assert widget.accessibleName()
    for before, after in itertools.pairwise(order):
        assert next_tab_stop(before) is after
    assert actions.date.accessibleName() == "Date:"
    summary = view.summary_tab
    view.tabs.setCurrentWidget(summary)
    assert next_tab_stop(summary.summary) is summary.delete_button


def test_labels_and_terms_follow_the_language(
    qtbot: QtBot, session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    from casevault.i18n import translations

    monkeypatch.setenv("CASEVAULT_LANG", "es_MX")
    translations.install("es_MX")
    uuid = session.cases.add(Case(code="ES-1", title="Caso", status="waiting")).uuid
    shown = CaseDetailView(session)
    qtbot.addWidget(shown)
    shown.show_case(uuid)
    assert shown.tabs.tabText(0) == "Resumen"
    assert shown.summary_tab.status.currentText() == "En espera de autoridades"
    assert shown.people_tab.add_button.text() == "&Agregar persona"
