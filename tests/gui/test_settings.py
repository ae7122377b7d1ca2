"""Settings hold the language and the window's place, never anything about cases."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from casevault import settings
from casevault.gui.settings_dialog import SettingsDialog
from casevault.i18n import translations
from tests.helpers.gui import MakeController
from tests.helpers.gui_main_window import CANARY, add_known_cases, open_session, type_search
from tests.helpers.vaults import PASSPHRASE
from tests.helpers.waits import WAIT_MS


def test_settings_live_in_the_isolated_config_folder(isolated_user_dirs: Path) -> None:
    assert isolated_user_dirs in settings.settings_file().parents


def test_saved_language_is_used_unless_casevault_lang_says_otherwise(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings.set_language("es_MX")
    monkeypatch.delenv("CASEVAULT_LANG")
    assert translations.pick_language() == "es_MX"
    monkeypatch.setenv("CASEVAULT_LANG", "en")
    assert translations.pick_language() == "en"
    settings.set_language("system")
    monkeypatch.delenv("CASEVAULT_LANG")
    assert translations.pick_language("en") == "en"  # an explicit choice wins


def test_qt_own_spanish_is_loaded_when_the_wheel_ships_it() -> None:
    assert translations.install("es_MX") == "es_MX"
    from PySide6.QtCore import QCoreApplication

    # qtbase's own strings (standard buttons, context menus) come out in Spanish.
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancelar"
    assert translations.current() == "es_MX"


def test_dialog_stores_only_the_language(qtbot: QtBot) -> None:
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    assert dialog.chosen == "system"
    dialog.language.setCurrentIndex(dialog.language.findData("es_MX"))
    dialog.accept()
    assert settings.language() == "es_MX"
    stored = QSettings(str(settings.settings_file()), QSettings.Format.IniFormat)
    assert stored.allKeys() == ["language"]


@pytest.mark.slow
def test_language_switch_rebuilds_the_window_in_spanish_and_no_case_reaches_settings(
    qtbot: QtBot, make_controller: MakeController, vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = open_session(vault_dir)
    known = add_known_cases(session)
    session.lock()
    monkeypatch.delenv("CASEVAULT_LANG")
    controller, _ = make_controller(vault_dir)
    controller.start()
    screen = controller.unlock_screen
    assert screen is not None
    qtbot.keyClicks(screen.field, PASSPHRASE)
    screen.attempt()
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=WAIT_MS)
    window = controller.main_window
    assert window is not None
    type_search(qtbot, window, "canary")
    assert window.browser.select(known["canary"])
    window.open_settings()
    dialog = window.settings_dialog
    dialog.language.setCurrentIndex(dialog.language.findData("es_MX"))
    dialog.accept()
    qtbot.waitUntil(lambda: controller.main_window is not window, timeout=WAIT_MS)
    spanish = controller.main_window
    assert spanish is not None
    assert spanish.new_action.text() == "&Nuevo caso…"
    assert spanish.browser.model.headerData(2, Qt.Orientation.Horizontal) == "Estatus"
    assert spanish.browser.filters.status.itemText(1) == "Abierto"
    assert spanish.detail.current_case_uuid() == known["canary"]
    assert spanish.windowTitle() == "CaseVault"
    spanish.close()  # saves the window's place
    assert controller.session.state.value == "locked"
    stored = QSettings(str(settings.settings_file()), QSettings.Format.IniFormat)
    assert sorted(stored.allKeys()) == [
        "language",
        "window/geometry",
        "window/splitter",
        "window/state",
    ]
    raw = settings.settings_file().read_bytes()
    for secret in (CANARY, "Canary", "canary", "GRO-2022-003", known["canary"]):
        assert secret.encode() not in raw
    assert str(vault_dir).encode() not in raw
