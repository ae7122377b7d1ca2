"""Shared pieces of the GUI tests: unlocking as a person does, modal dialogs, relaunches."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import Qt, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from casevault.gui.controller import AppController
from casevault.gui.vault.unlock_screen import UnlockScreen
from tests.helpers.vaults import PASSPHRASE
from tests.helpers.waits import WAIT_MS

# The offscreen platform cannot resize or raise real windows and says so; that says
# nothing about our code, so only these exact notices are tolerated (others still fail).
OFFSCREEN_NOTICES = ("This plugin does not support propagateSizeHints",)


class Relaunches:
    """Counts the relaunches a controller asked for (production replaces the process)."""

    def __init__(self) -> None:
        self.count = 0


MakeController = Callable[[Path], tuple[AppController, Relaunches]]


def start_at_unlock(qtbot: QtBot, make: MakeController, folder: Path) -> AppController:
    """A controller started on a vault, its unlock screen showing."""
    controller, _ = make(folder)
    controller.start()
    screen = controller.unlock_screen
    assert screen is not None
    qtbot.waitExposed(screen, timeout=WAIT_MS)
    return controller


def main_window_shown(controller: AppController) -> bool:
    return controller.main_window is not None and controller.main_window.isVisible()


def enter_passphrase(qtbot: QtBot, screen: UnlockScreen, passphrase: str) -> None:
    """Type a passphrase into the unlock screen and press Return (the result is not awaited)."""
    screen.field.clear()
    qtbot.keyClicks(screen.field, passphrase)
    qtbot.keyClick(screen.field, Qt.Key.Key_Return)


def unlock(qtbot: QtBot, controller: AppController, passphrase: str = PASSPHRASE) -> None:
    """Unlock through the unlock screen and wait until the main window exists."""
    screen = controller.unlock_screen
    assert screen is not None
    qtbot.waitExposed(screen, timeout=WAIT_MS)
    enter_passphrase(qtbot, screen, passphrase)
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=WAIT_MS)


def when_modal(handle: Callable[[QDialog], None]) -> None:
    """Run `handle` on the next modal dialog once it is showing (its exec() loop runs us)."""

    def attempt() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QDialog) and dialog.isVisible():
            handle(dialog)
        else:
            QTimer.singleShot(10, attempt)

    QTimer.singleShot(0, attempt)


def close_controller(qtbot: QtBot, controller: AppController) -> None:
    """A test's end for a controller: no job left running, the vault locked, windows gone.

    An unlock still running (Argon2id in the thread pool) is waited for, and its result
    delivered, before the lock: otherwise its answer would arrive later, in another
    test, and open the vault there. Only public attributes are used (unlock_screen,
    is_busy, the windows, the session)."""
    screen = controller.unlock_screen
    if screen is not None and screen.is_busy:
        qtbot.waitUntil(lambda: not screen.is_busy, timeout=WAIT_MS)
    QThreadPool.globalInstance().waitForDone()
    controller.session.lock()
    for window in (controller.wizard, controller.unlock_screen, controller.main_window):
        if window is not None and shiboken6.isValid(window):  # closed once already: gone
            window.hide()  # close() could ask a question and wait
            window.deleteLater()
