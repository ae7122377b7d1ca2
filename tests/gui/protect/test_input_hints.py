"""Every text field that can hold case data or a secret tells input methods so.

The walk covers the main window with a case open (every tab), the unlock screen,
the first-run wizard and every dialog of the Vault and Case menus. A field added
later anywhere is covered by the same walk, and fails it if the hints are missing.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTextEdit, QWidget
from pytestqt.qtbot import QtBot

from casevault.core.records.model import Action, Incident, Note, Person
from casevault.core.session import Session
from casevault.core.vault.kdf import FLOOR
from casevault.gui.case_detail.new_case import NewCaseDialog
from casevault.gui.cases.csv_import_dialog import ImportDialog
from casevault.gui.exchange.backup_settings_dialog import BackupSettingsDialog
from casevault.gui.exchange.conflicts_dialog import ConflictsDialog
from casevault.gui.exchange.export_dialog import ExportDialog
from casevault.gui.exchange.import_dialog import ExchangeImportDialog
from casevault.gui.exchange.recipients_dialog import RecipientsDialog
from casevault.gui.protect.input_hints import SENSITIVE, SINGLE_LINE, required_hints
from casevault.gui.settings_dialog import SettingsDialog
from casevault.gui.vault.duress_dialog import DuressDialog
from casevault.gui.vault.first_run import FirstRunWizard
from casevault.gui.vault.recovery_dialog import NewRecoveryKeyWizard
from casevault.gui.vault.restore_wizard import RestoreWizard
from tests.helpers.gui import MakeController, unlock
from tests.helpers.gui_main_window import add_case, open_session
from tests.helpers.waits import WAIT_MS

Hint = Qt.InputMethodHint


def fields_of(window: QWidget) -> list[QWidget]:
    found: list[QWidget] = []
    for cls in (QLineEdit, QTextEdit, QPlainTextEdit):
        found += window.findChildren(cls)
    return found


def polished(window: QWidget) -> int:
    return sum(f.testAttribute(Qt.WidgetAttribute.WA_WState_Polished) for f in fields_of(window))


def missing_hints(window: QWidget) -> list[str]:
    """Fields of `window` without the hints they need, named for the failure message.

    Fields on a page never shown yet (another wizard page) are not polished yet: they
    get the hints when first shown, as the second test proves; they are left out here."""
    missing = []
    for field in fields_of(window):
        if not field.testAttribute(Qt.WidgetAttribute.WA_WState_Polished):
            continue
        wanted = required_hints(field)
        assert wanted is not None
        if field.inputMethodHints() & wanted != wanted:
            name = field.accessibleName() or field.objectName() or type(field).__name__
            missing.append(f"{type(window).__name__}: {name}")
    return missing


def shown(qtbot: QtBot, window: QWidget) -> QWidget:
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window, timeout=WAIT_MS)
    return window


def test_every_text_field_of_every_window_is_marked_sensitive(
    qtbot: QtBot, make_controller: MakeController, vault_dir: Path, tmp_path: Path
) -> None:
    session = open_session(vault_dir)
    case_uuid = add_case(session, "CHP-2024-001", "Caso con todo")
    person = session.cases.add(Person(case_uuid=case_uuid, pseudonym="Testigo A"))
    session.cases.add(Incident(case_uuid=case_uuid, date_start="2021-06-10", people=[person.uuid]))
    session.cases.add(Action(case_uuid=case_uuid, authority="cndh", outcome="Pendiente"))
    session.cases.add(Note(case_uuid=case_uuid, text="Nota"))
    session.lock()
    controller, _ = make_controller(vault_dir)
    controller.start()
    screen = controller.unlock_screen
    assert screen is not None
    qtbot.waitExposed(screen, timeout=WAIT_MS)
    checked = polished(screen)
    problems = missing_hints(screen)
    unlock(qtbot, controller)
    window = controller.main_window
    assert window is not None and window.browser.select(case_uuid)
    tabs = window.detail.tabs
    for index in range(tabs.count()):  # every tab shown once, with a record selected
        tabs.setCurrentIndex(index)
        for list_tab in window.detail.list_tabs():
            if list_tab.list.count():
                list_tab.list.setCurrentRow(0)
    checked += polished(window)
    problems += missing_hints(window)

    live = controller.session
    wizard = NewRecoveryKeyWizard(live, window)
    dialogs: list[QWidget] = [
        SettingsDialog(window),
        DuressDialog(live, window),
        ImportDialog(live, window),
        NewCaseDialog(live, window),
        wizard,
        FirstRunWizard(Session(tmp_path / "empty", kdf=FLOOR)),
        ExportDialog(live, case_uuid, window),
        ExchangeImportDialog(live, window),
        RecipientsDialog(live, window),
        BackupSettingsDialog(live, window),
        ConflictsDialog(live, window),
        RestoreWizard(Session(tmp_path / "restored", kdf=FLOOR)),
    ]
    for dialog in dialogs:
        shown(qtbot, dialog)
        checked += polished(dialog)
        problems += missing_hints(dialog)
        dialog.hide()
    # The new recovery key's second page, shown as a person sees it after the check.
    key_page = NewRecoveryKeyWizard(live, window)
    key_page.setStartId(key_page.pageIds()[1])
    key_page.recovery_page.set_key("ABCD-" * 13 + "ABCD")
    shown(qtbot, key_page)
    checked += polished(key_page)
    problems += missing_hints(key_page)
    key_page.hide()
    assert problems == [], "\n".join(problems)
    print("text fields checked:", checked)
    assert checked >= 25, checked  # the walk really found the fields (search, tabs, dialogs)


def test_the_hints_come_on_before_a_new_field_is_first_shown(
    qtbot: QtBot, make_controller: MakeController, vault_dir: Path
) -> None:
    make_controller(vault_dir)  # the controller installs the application's window guard
    holder = shown(qtbot, QWidget())
    line, text, plain = QLineEdit(holder), QTextEdit(holder), QPlainTextEdit(holder)
    line.setInputMethodHints(Hint.ImhDigitsOnly)  # a hint of its own is kept
    assert line.inputMethodHints() & SINGLE_LINE != SINGLE_LINE  # not yet: the test can fail
    for field in (line, text, plain):
        field.show()
    assert line.inputMethodHints() == SINGLE_LINE | Hint.ImhDigitsOnly
    assert text.inputMethodHints() & SENSITIVE == SENSITIVE
    assert plain.inputMethodHints() & SENSITIVE == SENSITIVE
    assert line.inputMethodHints() & Hint.ImhNoAutoUppercase
