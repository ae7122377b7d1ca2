"""The tray menu: Lock now, Show/Hide window, Quit (locks first), through the controller.

Offscreen (as on desktops without a system tray) no QSystemTrayIcon is made and
Qt prints nothing: the suite fails on any Qt warning.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from casevault.core.records.model import Case
from casevault.core.session import State
from casevault.gui.protect.icon import ICON_FILE
from casevault.gui.protect.tray import TrayMenu, create_tray
from tests.helpers.gui import OFFSCREEN_NOTICES, MakeController, unlock
from tests.helpers.gui_main_window import add_case, open_session
from tests.helpers.waits import WAIT_MS


def test_no_tray_icon_where_there_is_no_system_tray(
    qtbot: QtBot, make_controller: MakeController, vault_dir: Path
) -> None:
    controller, _ = make_controller(vault_dir)
    controller.start()
    assert controller.protection.tray is None
    # The calm shield icon is every window's icon.
    assert ICON_FILE.is_file()
    icon = QApplication.windowIcon()
    assert not icon.isNull() and not icon.pixmap(32, 32).isNull()
    screen = controller.unlock_screen
    assert screen is not None
    assert screen.windowIcon().cacheKey() == icon.cacheKey()
    asked: list[bool] = []
    assert create_tray(TrayMenu(), None, lambda: asked.append(True) or False) is None
    assert asked == [True]


def test_lock_now_locks_through_the_controller(
    qtbot: QtBot, make_controller: MakeController, vault_dir: Path
) -> None:
    controller, relaunches = make_controller(vault_dir)
    controller.start()
    menu = controller.protection.menu
    menu.menu.aboutToShow.emit()
    assert not menu.lock_action.isEnabled()  # nothing open: nothing to lock
    menu.lock_action.trigger()
    assert relaunches.count == 0
    unlock(qtbot, controller)
    menu.menu.aboutToShow.emit()
    assert menu.lock_action.isEnabled()
    assert menu.toggle_action.text() == "&Hide window"
    menu.lock_action.trigger()
    assert relaunches.count == 1
    assert controller.session.state is State.LOCKED
    assert controller.main_window is None


@pytest.mark.qt_log_ignore(*OFFSCREEN_NOTICES, "This plugin does not support raise")
def test_hide_and_show_the_window_and_a_hidden_window_still_locks_by_itself(
    qtbot: QtBot, make_controller: MakeController, vault_dir: Path
) -> None:
    controller, relaunches = make_controller(vault_dir)
    controller.start()
    unlock(qtbot, controller)
    window = controller.main_window
    assert window is not None
    menu = controller.protection.menu
    menu.toggle_action.trigger()
    assert not window.isVisible()
    assert menu.toggle_action.text() == "&Show window"
    menu.toggle_action.trigger()
    assert window.isVisible()
    menu.toggle_action.trigger()
    # The screen locks while the window is hidden in the tray: the vault locks all the same.
    controller.lock_by_itself("screen-lock")
    assert relaunches.count == 1
    assert controller.session.state is State.LOCKED


def test_quit_saves_pending_edits_locks_and_ends_without_a_fresh_process(
    qtbot: QtBot, make_controller: MakeController, vault_dir: Path
) -> None:
    session = open_session(vault_dir)
    case_uuid = add_case(session, "CHP-2024-001", "Antes")
    session.lock()
    controller, relaunches = make_controller(vault_dir)
    controller.start()
    unlock(qtbot, controller)
    window = controller.main_window
    assert window is not None and window.browser.select(case_uuid)
    saved: list[bool] = []
    real_flush = window.detail.flush

    def flush() -> None:  # a pending edit, as the detail view holds one before autosave
        controller.session.cases.update(Case, case_uuid, {"title": "Después"})
        saved.append(controller.session.state is State.UNLOCKED)
        real_flush()

    window.detail.flush = flush  # type: ignore[method-assign]
    with qtbot.waitSignal(controller.quit_requested, timeout=WAIT_MS):
        controller.protection.menu.quit_action.trigger()
    assert saved == [True]
    assert relaunches.count == 0
    assert controller.session.state is State.LOCKED
    assert controller.main_window is None
    reopened = open_session(vault_dir)
    assert reopened.cases.get(Case, case_uuid).title == "Después"
    reopened.lock()
