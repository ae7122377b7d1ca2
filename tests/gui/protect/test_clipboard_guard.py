"""Text copied from a case field is marked secret and leaves the clipboard; others' is kept."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from casevault.core.session import State
from casevault.gui.protect.clipboard_guard import KDE_HINT, MACOS_CONCEALED, ClipboardGuard
from tests.helpers.gui import MakeController
from tests.helpers.vaults import PASSPHRASE
from tests.helpers.waits import WAIT_MS


@pytest.fixture
def guard(qtbot: QtBot) -> Iterator[ClipboardGuard]:
    QGuiApplication.clipboard().clear()
    made = ClipboardGuard(seconds=0.3)
    yield made
    made.stop()
    QGuiApplication.clipboard().clear()


def active_field(qtbot: QtBot, field: QWidget) -> None:
    field.show()
    field.activateWindow()
    qtbot.waitUntil(field.isActiveWindow, timeout=WAIT_MS)
    field.setFocus()
    qtbot.waitUntil(field.hasFocus, timeout=WAIT_MS)


def copy_from(qtbot: QtBot, field: QLineEdit, text: str) -> None:
    field.setText(text)
    active_field(qtbot, field)
    field.selectAll()
    qtbot.keySequence(field, QKeySequence.StandardKey.Copy)


def test_copy_from_a_field_is_marked_secret_then_cleared(
    qtbot: QtBot, guard: ClipboardGuard
) -> None:
    field = QLineEdit()
    qtbot.addWidget(field)
    copy_from(qtbot, field, "José Pérez, CHP-2024-001")
    clipboard = QGuiApplication.clipboard()
    data = clipboard.mimeData()
    assert data is not None
    assert data.text() == "José Pérez, CHP-2024-001"
    assert bytes(data.data(KDE_HINT).data()) == b"secret"
    assert data.hasFormat(MACOS_CONCEALED)
    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=WAIT_MS)
    assert guard.guarded is None


def test_cut_from_a_multi_line_field_is_guarded_too(qtbot: QtBot, guard: ClipboardGuard) -> None:
    field = QPlainTextEdit()
    qtbot.addWidget(field)
    field.setPlainText("line one\nline two")
    active_field(qtbot, field)
    field.selectAll()
    qtbot.keySequence(field, QKeySequence.StandardKey.Cut)
    assert guard.guarded == "line one\nline two"
    qtbot.waitUntil(lambda: QGuiApplication.clipboard().text() == "", timeout=WAIT_MS)


def test_text_copied_afterwards_by_another_program_is_kept(
    qtbot: QtBot, guard: ClipboardGuard
) -> None:
    field = QLineEdit()
    qtbot.addWidget(field)
    copy_from(qtbot, field, "secret case text")
    assert guard.clearing_scheduled
    field.clearFocus()
    field.hide()
    clipboard = QGuiApplication.clipboard()
    clipboard.setText("someone else's text")  # no field of ours holds it as a selection
    assert guard.guarded is None
    data = clipboard.mimeData()
    assert data is not None and not data.hasFormat(KDE_HINT)
    assert not guard.clearing_scheduled
    assert clipboard.text() == "someone else's text"


def test_never_by_time_but_still_on_lock(qtbot: QtBot, guard: ClipboardGuard) -> None:
    guard.seconds = 0
    field = QLineEdit()
    qtbot.addWidget(field)
    copy_from(qtbot, field, "kept until lock")
    assert not guard.clearing_scheduled
    guard.clear_on_lock()
    assert QGuiApplication.clipboard().text() == ""


def test_lock_clears_what_was_copied_from_a_case_field(
    qtbot: QtBot, make_controller: MakeController, vault_dir: Path
) -> None:
    QGuiApplication.clipboard().clear()
    controller, relaunches = make_controller(vault_dir)
    controller.clipboard_seconds = 60
    controller.start()
    screen = controller.unlock_screen
    assert screen is not None
    qtbot.keyClicks(screen.field, PASSPHRASE)
    qtbot.keyClick(screen.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=WAIT_MS)
    window = controller.main_window
    assert window is not None
    assert controller.clipboard is not None and controller.clipboard.seconds == 60
    search = window.browser.search
    search.setText("Canary-7f3a")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT_MS)
    search.setFocus()
    search.selectAll()
    qtbot.keySequence(search, QKeySequence.StandardKey.Copy)
    assert QGuiApplication.clipboard().text() == "Canary-7f3a"
    window.lock_action.trigger()
    assert relaunches.count == 1
    assert controller.session.state is State.LOCKED
    assert QGuiApplication.clipboard().text() == ""
