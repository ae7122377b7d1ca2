from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from casevault.core.session import State
from casevault.core.vault.kdf import FLOOR
from casevault.core.vault.vault import Vault
from casevault.gui.controller import AppController
from casevault.gui.vault.first_run import FirstRunWizard
from tests.helpers.gui import MakeController
from tests.helpers.waits import WAIT_MS

NEW_PASSPHRASE = "tortuga violeta bajo el puente"


def open_wizard(qtbot: QtBot, make: MakeController, folder: Path) -> AppController:
    controller, _ = make(folder)
    controller.start()
    assert controller.wizard is not None
    assert controller.unlock_screen is None
    qtbot.waitExposed(controller.wizard, timeout=WAIT_MS)
    return controller


def choose_passphrase(qtbot: QtBot, wizard: FirstRunWizard, first: str, second: str) -> None:
    page = wizard.passphrase_page
    page.passphrase.clear()
    page.confirmation.clear()
    for field, text in ((page.passphrase, first), (page.confirmation, second)):
        if text.isascii():
            qtbot.keyClicks(field, text)
        else:  # QTest can only type ASCII keys
            field.insert(text)


def next_enabled(wizard: FirstRunWizard) -> bool:
    return wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_first_run_wizard_creates_a_vault_then_unlocks_it(
    qtbot: QtBot, make_controller: MakeController, tmp_path: Path
) -> None:
    folder = tmp_path / "new-vault"
    controller = open_wizard(qtbot, make_controller, folder)
    wizard = controller.wizard
    assert wizard is not None

    # 1. passphrase, with strength feedback
    choose_passphrase(qtbot, wizard, NEW_PASSPHRASE, NEW_PASSPHRASE)
    assert wizard.passphrase_page.meter.level_text() == "Strength: Strong"
    assert next_enabled(wizard)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)

    # 2. device binding: no keyring in tests, so passphrase only, and it says so
    binding = wizard.binding_page
    assert wizard.currentPage() is binding
    assert binding.unavailable.isVisible()
    assert not binding.bound.isEnabled()
    assert binding.passphrase_only.isChecked()
    commit = wizard.button(QWizard.WizardButton.CommitButton)
    assert commit.text() == "&Create the vault"
    qtbot.mouseClick(commit, Qt.MouseButton.LeftButton)
    assert binding.is_busy
    assert binding.busy.isVisible()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.recovery_page, timeout=WAIT_MS)
    assert controller.session.state is State.LOCKED  # created, and nothing left open
    assert wizard.passphrase_page.passphrase.text() == ""

    # 3. recovery key: shown, then confirmed from paper
    page = wizard.recovery_page
    assert len(page.groups) == 14
    assert page.key_box.isVisible()
    assert 2 <= page.asked_group <= 14
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert not finish.isEnabled()
    assert not wizard.button(QWizard.WizardButton.BackButton).isVisible()
    qtbot.keyClick(page.written, Qt.Key.Key_Space)
    assert not page.key_box.isVisible()  # read it from the paper, not the screen
    qtbot.keyClicks(page.group_field, "zzzz")
    assert not finish.isEnabled()
    assert "does not match" in page.check.text()
    page.group_field.clear()
    qtbot.keyClicks(page.group_field, page.groups[page.asked_group - 1].lower())
    assert finish.isEnabled()
    qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)

    # then the unlock screen, and the new passphrase opens the vault
    screen = controller.unlock_screen
    assert screen is not None
    qtbot.waitExposed(screen, timeout=WAIT_MS)
    assert "Your vault is ready" in screen.notice.text()
    qtbot.keyClicks(screen.field, NEW_PASSPHRASE)
    qtbot.keyClick(screen.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: controller.session.state is State.UNLOCKED, timeout=WAIT_MS)
    info = controller.session.info()
    assert info is not None and not info.device_bound


def test_mismatch_and_weak_passphrases_do_not_pass(
    qtbot: QtBot, make_controller: MakeController, tmp_path: Path
) -> None:
    controller = open_wizard(qtbot, make_controller, tmp_path / "v")
    wizard = controller.wizard
    assert wizard is not None
    page = wizard.passphrase_page

    choose_passphrase(qtbot, wizard, NEW_PASSPHRASE, NEW_PASSPHRASE + "x")
    assert page.mismatch.isVisible()
    assert not next_enabled(wizard)

    choose_passphrase(qtbot, wizard, "contraseña123", "contraseña123")
    assert page.meter.level_text() == "Strength: Very weak"
    assert "most common passwords" in page.meter.advice_text()
    assert not page.accept_weak.isVisible()  # never offered for the very worst
    assert not next_enabled(wizard)

    choose_passphrase(qtbot, wizard, "Xq7#vL2!pz", "Xq7#vL2!pz")
    assert "at least 12 characters" in page.meter.advice_text()
    assert page.accept_weak.isVisible()
    assert not next_enabled(wizard)
    qtbot.keyClick(page.accept_weak, Qt.Key.Key_Space)
    assert next_enabled(wizard)


def test_show_passphrase_toggle(
    qtbot: QtBot, make_controller: MakeController, tmp_path: Path
) -> None:
    controller = open_wizard(qtbot, make_controller, tmp_path / "v")
    wizard = controller.wizard
    assert wizard is not None
    page = wizard.passphrase_page
    assert page.passphrase.echoMode() == page.passphrase.EchoMode.Password
    qtbot.keyClick(page.reveal, Qt.Key.Key_Space)
    assert page.passphrase.echoMode() == page.passphrase.EchoMode.Normal
    assert page.confirmation.echoMode() == page.confirmation.EchoMode.Normal


def test_cancelling_the_wizard_quits_without_a_vault(
    qtbot: QtBot, make_controller: MakeController, tmp_path: Path
) -> None:
    controller = open_wizard(qtbot, make_controller, tmp_path / "v")
    wizard = controller.wizard
    assert wizard is not None
    with qtbot.waitSignal(controller.quit_requested, timeout=WAIT_MS):
        qtbot.mouseClick(
            wizard.button(QWizard.WizardButton.CancelButton), Qt.MouseButton.LeftButton
        )
    assert controller.session.state is State.NO_VAULT


def test_creation_failure_is_explained(
    qtbot: QtBot, make_controller: MakeController, tmp_path: Path
) -> None:
    folder = tmp_path / "v"
    controller = open_wizard(qtbot, make_controller, folder)
    wizard = controller.wizard
    assert wizard is not None
    choose_passphrase(qtbot, wizard, NEW_PASSPHRASE, NEW_PASSPHRASE)
    wizard.next()
    # Someone else created a vault in the folder meanwhile.
    other, _ = Vault.create(folder, "another long passphrase", bind_device=False, kdf=FLOOR)
    other.close()
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.CommitButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.binding_page.error.isVisible(), timeout=WAIT_MS)
    assert "already exists" in wizard.binding_page.error.text()
    assert wizard.currentPage() is wizard.binding_page


@pytest.mark.keyring
def test_binding_is_offered_and_on_by_default_with_a_keyring(
    qtbot: QtBot, make_controller: MakeController, tmp_path: Path, keyring_bus: str
) -> None:
    controller = open_wizard(qtbot, make_controller, tmp_path / "bound")
    wizard = controller.wizard
    assert wizard is not None
    choose_passphrase(qtbot, wizard, NEW_PASSPHRASE, NEW_PASSPHRASE)
    wizard.next()
    binding = wizard.binding_page
    assert binding.bound.isEnabled()
    assert binding.bound.isChecked()
    assert not binding.unavailable.isVisible()
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.CommitButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.recovery_page, timeout=WAIT_MS)
    info = controller.session.info()
    assert info is not None and info.device_bound
