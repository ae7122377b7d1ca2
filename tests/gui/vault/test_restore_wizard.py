"""Restore from a backup on the first-run screen: a new vault with a new key, the new
recovery key shown once, and the restored cases behind the new passphrase."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from casevault.core import exchange
from casevault.core.session import State
from casevault.core.vault.files import read_header
from casevault.gui.controller import AppController
from casevault.gui.vault.restore_wizard import RestoreWizard
from tests.helpers.gui import MakeController
from tests.helpers.gui_exchange import case_count, export_file, head_office_key, pool_held
from tests.helpers.gui_main_window import add_known_cases, open_session
from tests.helpers.waits import WAIT_MS

NEW_PASSPHRASE = "tortuga violeta bajo el puente"


def click(qtbot: QtBot, wizard: QWizard, which: QWizard.WizardButton) -> None:
    button = wizard.button(which)
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def start_restore(
    qtbot: QtBot, make: MakeController, folder: Path, backup: Path, identity: Path
) -> tuple[AppController, RestoreWizard]:
    controller, _ = make(folder)
    controller.start()
    wizard = controller.wizard
    assert wizard is not None
    qtbot.waitExposed(wizard, timeout=WAIT_MS)
    restore_button = wizard.button(QWizard.WizardButton.CustomButton1)
    assert restore_button.isVisible() and "Restore" in restore_button.text()
    qtbot.mouseClick(restore_button, Qt.MouseButton.LeftButton)
    restore = wizard.restore_wizard
    assert restore is not None
    qtbot.waitExposed(restore, timeout=WAIT_MS)
    source = restore.source_page.source
    assert not restore.button(QWizard.WizardButton.NextButton).isEnabled()
    source.file.setText(str(backup))
    source.with_identity.setChecked(True)
    source.identity.setText(str(identity))
    click(qtbot, restore, QWizard.WizardButton.NextButton)
    page = restore.passphrase_page
    page.passphrase.setText(NEW_PASSPHRASE)
    page.confirmation.setText(NEW_PASSPHRASE)
    click(qtbot, restore, QWizard.WizardButton.NextButton)
    assert restore.currentPage() is restore.run_page
    return controller, restore


@pytest.mark.slow
def test_restore_from_the_first_run_screen(
    qtbot: QtBot, make_controller: MakeController, vault_dir: Path, tmp_path: Path
) -> None:
    field = open_session(vault_dir)
    add_known_cases(field)
    identity, public = head_office_key(tmp_path)
    backup = export_file(field, tmp_path / "backup.age", public).path
    old_id = field.vault.header.vault_id
    field.lock()

    folder = tmp_path / "new-laptop"
    controller, restore = start_restore(qtbot, make_controller, folder, backup, identity)
    click(qtbot, restore, QWizard.WizardButton.CommitButton)
    qtbot.waitUntil(lambda: restore.currentPage() is restore.recovery_page, timeout=WAIT_MS)
    page = restore.recovery_page
    assert len(page.groups) == 14 and page.key_box.isVisible()
    assert restore.passphrase_page.passphrase.text() == ""
    finish = restore.button(QWizard.WizardButton.FinishButton)
    assert not finish.isEnabled()
    page.written.setChecked(True)
    qtbot.keyClicks(page.group_field, page.groups[page.asked_group - 1])
    click(qtbot, restore, QWizard.WizardButton.FinishButton)

    screen = controller.unlock_screen
    assert screen is not None
    qtbot.waitExposed(screen, timeout=WAIT_MS)
    assert "Your vault is ready" in screen.notice.text()
    assert read_header(folder).vault_id != old_id  # a new vault, with its own keys
    screen.field.setText(NEW_PASSPHRASE)
    screen.attempt()
    qtbot.waitUntil(lambda: controller.session.state is State.UNLOCKED, timeout=WAIT_MS)
    assert case_count(controller.session) == 3
    assert exchange.list_conflicts(controller.session.vault) == []


def test_cancelled_restore_creates_no_vault(
    qtbot: QtBot, make_controller: MakeController, vault_dir: Path, tmp_path: Path
) -> None:
    field = open_session(vault_dir)
    add_known_cases(field)
    identity, public = head_office_key(tmp_path)
    backup = export_file(field, tmp_path / "backup.age", public).path
    field.lock()
    folder = tmp_path / "new-laptop"
    controller, restore = start_restore(qtbot, make_controller, folder, backup, identity)
    with pool_held():
        click(qtbot, restore, QWizard.WizardButton.CommitButton)
        assert restore.run_page.is_busy
        restore.reject()  # Cancel while it runs: stop the restore, keep the wizard
    qtbot.waitUntil(lambda: not restore.run_page.is_busy, timeout=WAIT_MS)
    assert "No vault was created" in restore.run_page.error.text()
    assert controller.session.state is State.NO_VAULT
    assert restore.isVisible()
