from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from casevault.core.errors import ErrorKind, WrongKeyError
from casevault.core.session import State
from casevault.core.vault.vault import Vault
from casevault.i18n.messages import explain
from tests.helpers.gui import (
    MakeController,
    enter_passphrase,
    main_window_shown,
    start_at_unlock,
)
from tests.helpers.vaults import PASSPHRASE
from tests.helpers.waits import WAIT_MS


def test_unlock_screen_has_focus_and_says_how_the_vault_is_protected(
    qtbot: QtBot, make_controller: MakeController, vault_dir: Path
) -> None:
    controller = start_at_unlock(qtbot, make_controller, vault_dir)
    screen = controller.unlock_screen
    assert screen is not None
    assert controller.wizard is None
    qtbot.waitUntil(lambda: QApplication.focusWidget() is screen.field, timeout=WAIT_MS)
    assert screen.field.echoMode() == screen.field.EchoMode.Password
    hints = screen.field.inputMethodHints()
    assert hints & Qt.InputMethodHint.ImhSensitiveData
    assert hints & Qt.InputMethodHint.ImhNoPredictiveText
    assert "passphrase only" in screen.binding.text()
    assert screen.windowTitle() == "CaseVault"


def test_right_passphrase_opens_the_main_window(
    qtbot: QtBot, make_controller: MakeController, vault_dir: Path
) -> None:
    controller = start_at_unlock(qtbot, make_controller, vault_dir)
    screen = controller.unlock_screen
    assert screen is not None
    enter_passphrase(qtbot, screen, PASSPHRASE)
    # Argon2id runs in a worker: the screen shows it is busy and takes no input.
    assert screen.is_busy
    assert not screen.field.isEnabled()
    assert not screen.button.isEnabled()
    assert screen.busy.isVisibleTo(screen)
    qtbot.waitUntil(lambda: main_window_shown(controller), timeout=WAIT_MS)
    assert not screen.isVisible()
    assert screen.field.text() == ""
    assert controller.session.state is State.UNLOCKED
    assert controller.session.vault.is_open
    window = controller.main_window
    assert window is not None
    assert "Passphrase only" in window.binding_status.text()
    assert window.windowTitle() == "CaseVault"


def test_wrong_passphrase_is_marked_and_the_screen_stays_usable(
    qtbot: QtBot, make_controller: MakeController, vault_dir: Path
) -> None:
    controller = start_at_unlock(qtbot, make_controller, vault_dir)
    screen = controller.unlock_screen
    assert screen is not None
    enter_passphrase(qtbot, screen, "not the passphrase")
    assert screen.is_busy
    qtbot.waitUntil(lambda: screen.error.isVisible(), timeout=WAIT_MS)
    assert not screen.is_busy
    assert screen.error.text() == explain(WrongKeyError(ErrorKind.WRONG_PASSPHRASE))
    assert screen.field.marked
    assert screen.field.isEnabled()
    assert screen.field.selectedText() == "not the passphrase"
    assert not screen.busy.isVisible()
    assert controller.main_window is None
    assert controller.session.state is State.LOCKED
    # Typing again clears the red mark; the right passphrase then opens the vault.
    qtbot.keyClicks(screen.field, "x")
    assert not screen.field.marked
    enter_passphrase(qtbot, screen, PASSPHRASE)
    qtbot.waitUntil(lambda: controller.session.state is State.UNLOCKED, timeout=WAIT_MS)


def test_empty_passphrase_asks_to_type_without_running_the_kdf(
    qtbot: QtBot, make_controller: MakeController, vault_dir: Path
) -> None:
    controller = start_at_unlock(qtbot, make_controller, vault_dir)
    screen = controller.unlock_screen
    assert screen is not None
    qtbot.keyClick(screen.field, Qt.Key.Key_Return)
    assert not screen.is_busy
    assert screen.error.isVisible()
    assert "Type your passphrase" in screen.error.text()


def test_vault_open_elsewhere_is_explained(
    qtbot: QtBot, make_controller: MakeController, vault_dir: Path
) -> None:
    other = Vault.unlock(vault_dir, PASSPHRASE)
    try:
        controller = start_at_unlock(qtbot, make_controller, vault_dir)
        screen = controller.unlock_screen
        assert screen is not None
        enter_passphrase(qtbot, screen, PASSPHRASE)
        qtbot.waitUntil(lambda: screen.error.isVisible(), timeout=WAIT_MS)
        assert "already open" in screen.error.text()
        assert controller.main_window is None
    finally:
        other.close()


def test_lock_returns_to_the_unlock_screen(
    qtbot: QtBot, make_controller: MakeController, vault_dir: Path
) -> None:
    controller, relaunches = make_controller(vault_dir)
    controller.start()
    screen = controller.unlock_screen
    assert screen is not None
    enter_passphrase(qtbot, screen, PASSPHRASE)
    qtbot.waitUntil(lambda: main_window_shown(controller), timeout=WAIT_MS)
    window = controller.main_window
    assert window is not None
    vault = controller.session.vault
    qtbot.mouseClick(window.lock_button, Qt.MouseButton.LeftButton)
    assert relaunches.count == 1
    assert not window.isVisible()
    assert controller.main_window is None
    assert not vault.is_open
    assert controller.session.state is State.LOCKED
    assert screen.isVisible()
    assert screen.field.text() == ""
    # and it unlocks again
    enter_passphrase(qtbot, screen, PASSPHRASE)
    qtbot.waitUntil(lambda: controller.session.state is State.UNLOCKED, timeout=WAIT_MS)


def test_closing_the_main_window_closes_the_vault(
    qtbot: QtBot, make_controller: MakeController, vault_dir: Path
) -> None:
    controller, relaunches = make_controller(vault_dir)
    controller.start()
    screen = controller.unlock_screen
    assert screen is not None
    enter_passphrase(qtbot, screen, PASSPHRASE)
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=WAIT_MS)
    window = controller.main_window
    assert window is not None
    window.close()
    assert controller.session.state is State.LOCKED
    assert relaunches.count == 0
