"""Auto-lock after idle time: the countdown in the status bar, activity postpones it."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from casevault import settings
from casevault.core.records.model import Case
from casevault.core.session import State
from casevault.gui.protect.idle_lock import IdleLock
from tests.helpers.gui import MakeController, unlock
from tests.helpers.gui_main_window import add_case, open_session
from tests.helpers.waits import WAIT_MS


def test_expires_after_the_timeout_with_a_countdown_in_whole_seconds(qtbot: QtBot) -> None:
    idle = IdleLock(timeout=1.5, warning=1.2)
    shown: list[int] = []
    idle.countdown.connect(shown.append)
    started = time.monotonic()
    with qtbot.waitSignal(idle.expired, timeout=WAIT_MS):
        idle.start()
    assert time.monotonic() - started >= 1.4
    assert shown[:2] == [2, 1]  # counting down, largest first
    assert shown[-1] == -1  # the warning goes away when the lock comes
    assert not idle.running


def test_keyboard_activity_postpones_and_hides_the_countdown(qtbot: QtBot) -> None:
    field = QLineEdit()
    qtbot.addWidget(field)
    field.show()
    idle = IdleLock(timeout=1.0, warning=0.8)
    shown: list[int] = []
    idle.countdown.connect(shown.append)
    expired: list[float] = []
    idle.expired.connect(lambda: expired.append(time.monotonic()))
    idle.start()
    qtbot.waitUntil(lambda: bool(shown) and shown[-1] > 0, timeout=WAIT_MS)
    active_at = time.monotonic()
    qtbot.keyClick(field, Qt.Key.Key_A)
    assert shown[-1] == -1  # the warning is gone at once
    assert not expired
    qtbot.waitUntil(lambda: bool(expired), timeout=WAIT_MS)
    assert expired[0] - active_at >= 0.95  # a full new wait after the key press
    idle.stop()


def test_settings_choose_the_minutes(qtbot: QtBot) -> None:
    assert settings.auto_lock_minutes() == 5
    settings.set_auto_lock_minutes(10)
    assert settings.auto_lock_minutes() == 10


@pytest.mark.slow
def test_idle_main_window_shows_the_countdown_then_locks_after_saving(
    qtbot: QtBot, make_controller: MakeController, vault_dir: Path
) -> None:
    session = open_session(vault_dir)
    case_uuid = add_case(session, "CHP-2024-001", "Título antes")
    session.lock()
    controller, relaunches = make_controller(vault_dir)
    controller.idle_seconds = 2.0
    controller.idle_warning_seconds = 1.5
    controller.start()
    unlock(qtbot, controller)
    window = controller.main_window
    assert window is not None
    assert window.browser.select(case_uuid)
    real_flush = window.detail.flush
    flushed: list[bool] = []

    def flush() -> None:  # a pending autosave, saved before the vault closes
        flushed.append(controller.session.state is State.UNLOCKED)
        controller.session.cases.update(Case, case_uuid, {"title": "Título editado"})
        real_flush()

    window.detail.flush = flush  # type: ignore[method-assign]
    qtbot.waitUntil(lambda: window.idle_status.isVisible(), timeout=WAIT_MS)
    assert window.idle_status.text().startswith("Locking in ")
    assert "move the mouse or press a key to stay" in window.idle_status.text()
    qtbot.waitUntil(lambda: relaunches.count == 1, timeout=WAIT_MS)
    assert flushed == [True]
    assert controller.session.state is State.LOCKED
    assert controller.main_window is None
    assert controller.idle_lock is None  # nothing counts down while locked
    unlock(qtbot, controller)
    again = controller.main_window
    assert again is not None
    assert again.browser.model.hit(again.browser.model.row_of(case_uuid)).title == (
        "Título editado"
    )


def test_mouse_activity_in_the_window_keeps_it_open(
    qtbot: QtBot, make_controller: MakeController, vault_dir: Path
) -> None:
    controller, relaunches = make_controller(vault_dir)
    controller.idle_seconds = 1.2
    controller.idle_warning_seconds = 1.0
    controller.start()
    unlock(qtbot, controller)
    window = controller.main_window
    assert window is not None
    qtbot.waitUntil(lambda: window.idle_status.isVisible(), timeout=WAIT_MS)
    active_at = time.monotonic()
    qtbot.mouseMove(window.browser.search)
    qtbot.mouseClick(window.browser.search, Qt.MouseButton.LeftButton)
    assert not window.idle_status.isVisible()
    assert relaunches.count == 0
    qtbot.waitUntil(lambda: relaunches.count == 1, timeout=WAIT_MS)
    assert time.monotonic() - active_at >= 1.1
    assert controller.session.state is State.LOCKED


@pytest.mark.parametrize("chosen", [False, True])
def test_minimising_locks_only_when_chosen(
    qtbot: QtBot, make_controller: MakeController, vault_dir: Path, chosen: bool
) -> None:
    assert settings.lock_on_minimise() is False  # off by default
    settings.set_lock_on_minimise(chosen)
    controller, relaunches = make_controller(vault_dir)
    controller.start()
    unlock(qtbot, controller)
    window = controller.main_window
    assert window is not None
    window.showMinimized()
    assert relaunches.count == (1 if chosen else 0)
    assert (controller.session.state is State.LOCKED) is chosen
