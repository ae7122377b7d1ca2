"""Emergency wipe from the menu: a countdown one click or Esc cancels, then the wizard."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from casevault.core.errors import VaultError
from casevault.core.session import Session, State
from casevault.core.vault.files import HEADER_NAME
from casevault.core.vault.kdf import FLOOR
from casevault.gui.controller import AppController
from casevault.gui.vault.wipe_dialog import WipeDialog
from tests.helpers.gui import MakeController, Relaunches
from tests.helpers.vaults import PASSPHRASE
from tests.helpers.waits import WAIT_MS


def unlocked(
    qtbot: QtBot, make_controller: MakeController, folder: Path
) -> tuple[AppController, Relaunches]:
    controller, relaunches = make_controller(folder)
    controller.start()
    screen = controller.unlock_screen
    assert screen is not None
    qtbot.keyClicks(screen.field, PASSPHRASE)
    qtbot.keyClick(screen.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=WAIT_MS)
    return controller, relaunches


def open_wipe_dialog(controller: AppController, seconds: float) -> WipeDialog:
    window = controller.main_window
    assert window is not None
    window.wipe_seconds = seconds
    assert window.wipe_action.text() == "Emergency &wipe…"
    window.wipe_action.trigger()
    dialog = window.wipe_dialog
    assert dialog is not None
    return dialog


def test_dialog_explains_in_plain_words_and_counts_down(qtbot: QtBot) -> None:
    dialog = WipeDialog(seconds=5)
    qtbot.addWidget(dialog)
    dialog.start()
    qtbot.waitExposed(dialog, timeout=WAIT_MS)
    assert dialog.countdown.text().startswith("Wiping in 5 s.")
    assert dialog.focusWidget() is dialog.cancel_button  # Enter or Space cancels too
    dialog.reject()


@pytest.mark.parametrize("how", ["button", "escape", "click anywhere"])
def test_cancel_leaves_the_vault(
    qtbot: QtBot, make_controller: MakeController, vault_dir: Path, how: str
) -> None:
    controller, relaunches = unlocked(qtbot, make_controller, vault_dir)
    dialog = open_wipe_dialog(controller, seconds=3.0)
    qtbot.waitExposed(dialog, timeout=WAIT_MS)
    with qtbot.waitSignal(dialog.rejected, timeout=WAIT_MS):
        if how == "button":
            qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
        elif how == "escape":
            qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        else:
            qtbot.mouseClick(dialog.countdown, Qt.MouseButton.LeftButton)
    assert (vault_dir / HEADER_NAME).exists()
    assert controller.session.state is State.UNLOCKED
    assert controller.main_window is not None
    assert relaunches.count == 0


def test_countdown_run_out_wipes_and_the_first_run_wizard_shows(
    qtbot: QtBot, make_controller: MakeController, vault_dir: Path, recovery_key: str
) -> None:
    controller, relaunches = unlocked(qtbot, make_controller, vault_dir)
    window = controller.main_window
    dialog = open_wipe_dialog(controller, seconds=0.2)
    with qtbot.waitSignal(dialog.accepted, timeout=WAIT_MS):
        pass
    qtbot.waitUntil(lambda: controller.wizard is not None, timeout=WAIT_MS)
    assert relaunches.count == 1  # a fresh start, as after a lock
    assert window is not None and not window.isVisible()
    assert controller.main_window is None
    assert controller.session.state is State.NO_VAULT
    assert sorted(p.name for p in vault_dir.iterdir()) == []
    again = Session(vault_dir, kdf=FLOOR)
    with pytest.raises(VaultError):
        again.unwrap(PASSPHRASE)
    assert controller.wizard is not None
    qtbot.waitExposed(controller.wizard, timeout=WAIT_MS)
