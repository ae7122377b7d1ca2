"""Lock from the main window: pending edits saved first, then the unlock screen."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from casevault.core.records.model import Case
from casevault.core.session import State
from tests.helpers.gui import MakeController, unlock
from tests.helpers.gui_main_window import add_case, open_session
from tests.helpers.waits import WAIT_MS


@pytest.mark.slow
def test_lock_saves_pending_edits_then_locks_and_they_survive_unlock(
    qtbot: QtBot, make_controller: MakeController, vault_dir: Path
) -> None:
    session = open_session(vault_dir)
    case_uuid = add_case(session, "CHP-2024-001", "Título antes")
    session.lock()
    controller, relaunches = make_controller(vault_dir)
    controller.start()
    unlock(qtbot, controller)
    window = controller.main_window
    assert window is not None
    assert window.browser.select(case_uuid)
    events: list[str] = []
    # A pending edit, as the detail view holds one until its autosave fires.
    real_flush = window.detail.flush

    def flush() -> None:
        events.append(f"flush, vault open: {controller.session.state is State.UNLOCKED}")
        controller.session.cases.update(Case, case_uuid, {"title": "Título editado"})
        real_flush()

    window.detail.flush = flush  # type: ignore[method-assign]
    window.lock_action.trigger()
    assert events == ["flush, vault open: True"]
    assert relaunches.count == 1
    assert controller.main_window is None
    assert controller.session.state is State.LOCKED
    unlock(qtbot, controller)
    again = controller.main_window
    assert again is not None
    row = again.browser.model.row_of(case_uuid)
    assert again.browser.model.hit(row).title == "Título editado"


def test_ctrl_l_locks_from_the_search_box(
    qtbot: QtBot, make_controller: MakeController, vault_dir: Path
) -> None:
    controller, relaunches = make_controller(vault_dir)
    controller.start()
    unlock(qtbot, controller)
    window = controller.main_window
    assert window is not None
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT_MS)
    window.browser.search.setFocus()
    qtbot.keyClick(window.browser.search, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert relaunches.count == 1
    assert controller.session.state is State.LOCKED
