"""The main window: search as you type, filters, keyboard, empty state, Ctrl+N."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from casevault.core.records.model import Kind
from casevault.core.records.search import SearchResult
from casevault.core.session import Session
from casevault.gui import main_window as main_window_module
from casevault.gui.cases.filter_panel import INVALID, parse_date
from casevault.gui.main_window import EXAMPLE_CASES, MainWindow
from tests.helpers.gui_main_window import (
    add_known_cases,
    open_session,
    press,
    show_window,
    titles,
    type_search,
)
from tests.helpers.waits import WAIT_MS


@pytest.fixture
def session(vault_dir: Path) -> Iterator[Session]:
    opened = open_session(vault_dir)
    yield opened
    opened.lock()


@pytest.fixture
def known(session: Session) -> dict[str, str]:
    return add_known_cases(session)


def test_lists_every_case_newest_first_with_labels_in_the_ui_language(
    qtbot: QtBot, session: Session, known: dict[str, str]
) -> None:
    window = show_window(qtbot, session)
    assert not window.showing_empty_state
    assert titles(window)[0].startswith("Canary")
    model = window.browser.model
    row = model.row_of(known["jose"])
    assert [model.index(row, c).data() for c in range(4)] == [
        "CHP-2024-001",
        "José Pérez, detención arbitraria",
        "Open",
        "High",
    ]
    assert window.count_status.text() == "3 cases shown"
    assert window.windowTitle() == "CaseVault"


def test_accentless_search_finds_jose_as_you_type(
    qtbot: QtBot, session: Session, known: dict[str, str]
) -> None:
    window = show_window(qtbot, session)
    type_search(qtbot, window, "jose")
    assert titles(window) == ["José Pérez, detención arbitraria"]
    snippet = window.browser.model.hit(0).snippet
    assert "\x02José\x03" in snippet
    assert window.count_status.text() == "1 case shown"
    assert window.windowTitle() == "CaseVault"  # never the case
    type_search(qtbot, window, "zzzz nothing")
    assert titles(window) == []
    assert window.browser.nothing.isVisibleTo(window)


def test_truncated_search_says_to_add_words(
    qtbot: QtBot, session: Session, known: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    window = show_window(qtbot, session)
    real = session.search

    def truncated(flt: object, **kwargs: object) -> SearchResult:
        result = real(flt, **kwargs)  # type: ignore[arg-type]
        return SearchResult(result.hits, truncated=bool(flt.text))  # type: ignore[attr-defined]

    monkeypatch.setattr(session, "search", truncated)
    assert not window.browser.note.isVisibleTo(window)
    type_search(qtbot, window, "amenazas")
    assert window.browser.note.isVisibleTo(window)
    assert "add words" in window.browser.note.text()


def test_filters_narrow_the_list_and_clear_filters_restores_it(
    qtbot: QtBot, session: Session, known: dict[str, str]
) -> None:
    window = show_window(qtbot, session)
    panel = window.browser.filters
    assert not panel.clear_button.isEnabled()
    panel.status.setCurrentIndex(panel.status.findData("closed"))
    assert titles(window) == ["María López, amenazas"]
    panel.clear_button.click()
    assert len(titles(window)) == 3
    panel.violation.setCurrentIndex(panel.violation.findData("arbitrary_detention"))
    assert titles(window) == ["José Pérez, detención arbitraria"]
    panel.clear()
    panel.state.setCurrentIndex(panel.state.findData("OAX"))
    assert titles(window) == ["María López, amenazas"]
    panel.clear()
    panel.risk.setCurrentIndex(panel.risk.findData("critical"))
    panel.perpetrator.setCurrentIndex(panel.perpetrator.findData("state_police"))
    assert titles(window) == []
    panel.clear()
    qtbot.keyClicks(panel.date_from, "2021")
    assert titles(window) == ["José Pérez, detención arbitraria"]
    qtbot.keyClicks(panel.date_to, "01/03/2021")
    assert titles(window) == []
    panel.date_to.setText("30/02/2021")  # no such day: marked, the last valid date stays
    assert "b3261e" in panel.date_to.styleSheet()
    assert titles(window) == []
    panel.date_to.setText("06/2021")
    assert titles(window) == ["José Pérez, detención arbitraria"]
    assert panel.active == 2
    panel.clear_button.click()
    assert panel.active == 0 and len(titles(window)) == 3


@pytest.mark.parametrize(
    ("typed", "iso"),
    [
        ("", ""),
        ("2021", "2021"),
        ("2021-6", "2021-06"),
        ("2021-06-30", "2021-06-30"),
        ("6/2021", "2021-06"),
        ("30/06/2021", "2021-06-30"),
        ("31/06/2021", INVALID),
        ("21", INVALID),
        ("junio", INVALID),
    ],
)
def test_typed_dates(typed: str, iso: str) -> None:
    assert parse_date(typed) == iso


def test_selecting_a_case_shows_it_in_the_detail_view(
    qtbot: QtBot, session: Session, known: dict[str, str]
) -> None:
    window = show_window(qtbot, session)
    assert window.browser.select(known["maria"])
    assert window.detail.current_case_uuid() == known["maria"]
    type_search(qtbot, window, "jose")  # María is no longer listed: nothing selected
    assert window.detail.current_case_uuid() is None
    window.browser.view.selectRow(0)
    assert window.detail.current_case_uuid() == known["jose"]


def test_ctrl_f_focuses_the_search_box(
    qtbot: QtBot, session: Session, known: dict[str, str]
) -> None:
    window = show_window(qtbot, session)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT_MS)
    window.browser.view.setFocus()
    qtbot.waitUntil(window.browser.view.hasFocus, timeout=WAIT_MS)
    press(qtbot, window, Qt.Key.Key_F)
    qtbot.waitUntil(window.browser.search.hasFocus, timeout=WAIT_MS)


def test_down_arrow_in_the_search_box_goes_to_the_first_case(
    qtbot: QtBot, session: Session, known: dict[str, str]
) -> None:
    window = show_window(qtbot, session)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT_MS)
    window.browser.search.setFocus()
    qtbot.keyClicks(window.browser.search, "mar")
    qtbot.keyClick(window.browser.search, Qt.Key.Key_Down)
    assert titles(window) == ["María López, amenazas"]
    qtbot.waitUntil(window.browser.view.hasFocus, timeout=WAIT_MS)
    assert window.detail.current_case_uuid() == known["maria"]


def _fill_new_case_dialog(code: str, title: str, seen: list[str]) -> None:
    dialog = QApplication.activeModalWidget()
    if not isinstance(dialog, QDialog):
        QTimer.singleShot(10, lambda: _fill_new_case_dialog(code, title, seen))
        return
    seen.append(dialog.windowTitle())
    fields = dialog.findChildren(QLineEdit)
    fields[0].setText(code)
    fields[1].setText(title)
    dialog.accept() if not hasattr(dialog, "create_case") else dialog.create_case()


def test_ctrl_n_opens_the_new_case_dialog_and_selects_the_new_case(
    qtbot: QtBot, session: Session, known: dict[str, str]
) -> None:
    window = show_window(qtbot, session)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT_MS)
    type_search(qtbot, window, "maria")  # the new case is listed whatever the search was
    seen: list[str] = []
    QTimer.singleShot(0, lambda: _fill_new_case_dialog("YUC-2025-001", "Caso nuevo", seen))
    press(qtbot, window, Qt.Key.Key_N)
    qtbot.waitUntil(lambda: window.detail.current_case_uuid() is not None, timeout=WAIT_MS)
    assert seen == ["New case"]
    created = session.cases.case_by_code("YUC-2025-001")
    assert created is not None
    assert window.detail.current_case_uuid() == created.uuid
    assert window.browser.view.current_uuid() == created.uuid
    assert window.browser.search.text() == ""


def test_empty_vault_offers_new_case_and_fictional_examples(qtbot: QtBot, session: Session) -> None:
    window = show_window(qtbot, session)
    assert window.showing_empty_state
    texts = " ".join(label.text() for label in window.empty_state.findChildren(QLabel))
    assert "invented" in texts and "DEMO-" in texts
    window.empty_state.examples_button.click()
    assert not window.showing_empty_state
    assert session.cases.count(Kind.CASE) == EXAMPLE_CASES
    model = window.browser.model
    assert model.rowCount() == EXAMPLE_CASES
    assert all(model.hit(row).code.startswith("DEMO-") for row in range(model.rowCount()))


def test_empty_state_new_case_button_uses_the_case_dialog(
    qtbot: QtBot, session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[QWidget] = []

    def fake_dialog(s: Session, parent: QWidget) -> str | None:
        asked.append(parent)
        return None  # cancelled

    monkeypatch.setattr(main_window_module.case_detail, "create_case_dialog", fake_dialog)
    window = show_window(qtbot, session)
    window.empty_state.new_button.click()
    assert asked == [window]
    assert window.showing_empty_state


def test_every_control_has_an_accessible_name_and_tab_reaches_the_list(
    qtbot: QtBot, session: Session, known: dict[str, str]
) -> None:
    window = show_window(qtbot, session)
    browser = window.browser
    panel = browser.filters
    controls: list[QWidget] = [
        browser.search,
        panel.status,
        panel.risk,
        panel.state,
        panel.violation,
        panel.perpetrator,
        panel.clear_button,
        panel.date_from,
        panel.date_to,
        browser.view,
        window.lock_button,
        window.new_button,
    ]
    assert all(w.accessibleName() for w in controls)
    order = []
    widget: QWidget = browser.search
    for _ in range(12):
        widget = widget.nextInFocusChain()
        while widget.focusPolicy() & Qt.FocusPolicy.TabFocus != Qt.FocusPolicy.TabFocus:
            widget = widget.nextInFocusChain()
        order.append(widget)
    wanted = [panel.status, panel.risk, panel.state, panel.violation, panel.perpetrator]
    assert order[: len(wanted)] == wanted
    assert browser.view in order
    menus = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert menus == ["Vault", "Case", "Help"]


def test_window_title_is_always_just_casevault(
    qtbot: QtBot, session: Session, known: dict[str, str]
) -> None:
    window: MainWindow = show_window(qtbot, session)
    window.browser.select(known["canary"])
    type_search(qtbot, window, "canary")
    assert window.windowTitle() == "CaseVault"
    assert all(
        "Canary" not in w.windowTitle() for w in QApplication.topLevelWidgets() if w.isVisible()
    )
