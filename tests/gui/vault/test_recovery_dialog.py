"""Vault ▸ New recovery key…: passphrase checked, the key shown once and typed back,
the old key dead; a wrong passphrase changes nothing. And the panic-shortcut settings."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from casevault import settings
from casevault.core.errors import WrongKeyError
from casevault.core.vault.files import read_header
from casevault.core.vault.keyslots import unwrap_with_recovery
from casevault.core.vault.recovery import parse_recovery_key
from casevault.gui.protect.shortcut_settings import ShortcutSettings
from casevault.gui.vault.recovery_dialog import NewRecoveryKeyWizard
from tests.helpers.gui import MakeController, unlock
from tests.helpers.vaults import PASSPHRASE
from tests.helpers.waits import WAIT_MS


def open_wizard(
    qtbot: QtBot, make_controller: MakeController, folder: Path
) -> NewRecoveryKeyWizard:
    controller, _ = make_controller(folder)
    controller.start()
    unlock(qtbot, controller)
    window = controller.main_window
    assert window is not None
    assert window.recovery_action in window.menuBar().actions()[0].menu().actions()
    window.recovery_action.trigger()
    wizard = window.recovery_wizard
    assert wizard is not None
    qtbot.waitExposed(wizard, timeout=WAIT_MS)
    return wizard


def test_the_new_key_is_shown_once_must_be_typed_back_and_replaces_the_old_one(
    qtbot: QtBot, make_controller: MakeController, vault_dir: Path, recovery_key: str
) -> None:
    wizard = open_wizard(qtbot, make_controller, vault_dir)
    page = wizard.check_page
    qtbot.keyClicks(page.passphrase, PASSPHRASE)
    wizard.button(QWizard.WizardButton.CommitButton).click()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.recovery_page, timeout=WAIT_MS)
    assert page.passphrase.text() == ""  # not kept in the field
    key_page = wizard.recovery_page
    shown = "-".join(key_page.groups)
    assert len(key_page.groups) == 14 and shown != recovery_key
    # In force already: the old key opens nothing, the shown one opens the vault.
    header = read_header(vault_dir)
    with pytest.raises(WrongKeyError):
        unwrap_with_recovery(header, parse_recovery_key(recovery_key))
    unwrap_with_recovery(header, parse_recovery_key(shown)).discard()
    # Finish only after "written down" and one group typed back from the paper.
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert not finish.isEnabled()
    key_page.written.setChecked(True)
    assert not key_page.key_box.isVisible()  # read from the paper, not the screen
    qtbot.keyClicks(key_page.group_field, "ZZZZ")
    assert not finish.isEnabled()
    key_page.group_field.clear()
    qtbot.keyClicks(key_page.group_field, key_page.groups[key_page.asked_group - 1].lower())
    assert finish.isEnabled()
    finish.click()
    assert wizard.result() == QWizard.DialogCode.Accepted


def test_a_wrong_passphrase_is_refused_and_nothing_changes(
    qtbot: QtBot, make_controller: MakeController, vault_dir: Path, recovery_key: str
) -> None:
    before = (vault_dir / "vault.header").read_bytes()
    wizard = open_wizard(qtbot, make_controller, vault_dir)
    page = wizard.check_page
    qtbot.keyClicks(page.passphrase, "not my passphrase")
    wizard.button(QWizard.WizardButton.CommitButton).click()
    qtbot.waitUntil(lambda: page.error.isVisible(), timeout=WAIT_MS)
    assert "passphrase" in page.error.text().lower()
    assert wizard.currentPage() is page
    assert page.passphrase.isEnabled() and page.passphrase.marked
    assert (vault_dir / "vault.header").read_bytes() == before
    unwrap_with_recovery(read_header(vault_dir), parse_recovery_key(recovery_key)).discard()
    wizard.reject()  # nothing made yet: closes without asking


def test_panic_shortcut_settings_say_what_works_where(qtbot: QtBot) -> None:
    offscreen = ShortcutSettings()
    qtbot.addWidget(offscreen)
    assert not offscreen.keys.isEnabled()
    assert "casevault panic" in offscreen.note.text()
    wayland = ShortcutSettings(platform_name="wayland")
    qtbot.addWidget(wayland)
    assert not wayland.enabled.isEnabled()
    assert "Wayland" in wayland.note.text() and "casevault panic" in wayland.note.text()
    assert "Custom Shortcuts" in wayland.note.text()
    mac = ShortcutSettings(platform_name="cocoa")
    qtbot.addWidget(mac)
    assert "Accessibility" in mac.note.text()

    x11 = ShortcutSettings(platform_name="xcb")
    qtbot.addWidget(x11)
    assert x11.enabled.isEnabled() and x11.enabled.isChecked()
    assert x11.chosen() == settings.DEFAULT_PANIC_SHORTCUT
    x11.keys.setKeySequence("L")  # a plain letter would take a key people type
    assert x11.validate() is False
    assert "Ctrl, Alt or Meta" in x11.problem.text()
    x11.keys.setKeySequence("Ctrl+Alt+F9")
    assert x11.validate()
    x11.save()
    assert settings.panic_shortcut() == "Ctrl+Alt+F9"
    x11.enabled.setChecked(False)
    x11.save()
    assert settings.panic_shortcut() == ""
    x11.default_button.click()
    assert x11.enabled.isChecked() and x11.chosen() == settings.DEFAULT_PANIC_SHORTCUT
