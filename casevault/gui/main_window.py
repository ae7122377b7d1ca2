"""The main window after unlocking: the case list beside the selected case.

Menus: Vault (Import CSV, Export/Import/Conflicts/backups/recipients (exchange/actions.py),
Settings, Duress, New recovery key, Lock, Emergency wipe, Quit), Case (New case), Help. The
title is always just "CaseVault": window titles end up in OS lists.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QToolButton,
    QWidget,
)

from casevault import settings
from casevault.core.records import demo
from casevault.core.records.model import Kind
from casevault.core.session import Session
from casevault.gui import help_dialogs
from casevault.gui.case_detail import view as case_detail
from casevault.gui.case_detail.view import CaseDetailView
from casevault.gui.cases.case_browser import CaseBrowser
from casevault.gui.cases.csv_import_dialog import ImportDialog
from casevault.gui.cases.empty_state import EmptyState
from casevault.gui.exchange.actions import ExchangeActions
from casevault.gui.settings_dialog import SettingsDialog
from casevault.gui.vault.duress_dialog import DuressDialog
from casevault.gui.vault.recovery_dialog import NewRecoveryKeyWizard
from casevault.gui.vault.wipe_dialog import COUNTDOWN_SECONDS, WipeDialog
from casevault.gui.widgets.labels import make_plain
from casevault.i18n.text import fill

EXAMPLE_CASES = 12


class MainWindow(QMainWindow):
    lock_requested = Signal()
    closing = Signal()
    language_changed = Signal()  # rebuild the window in the newly chosen language
    preferences_changed = Signal()  # the settings dialog was accepted
    wipe_requested = Signal()  # the emergency wipe countdown ran out
    minimised = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.wipe_seconds = COUNTDOWN_SECONDS
        self.wipe_dialog: WipeDialog | None = None
        self.duress_dialog: DuressDialog | None = None
        self.recovery_wizard: NewRecoveryKeyWizard | None = None
        self.setWindowTitle("CaseVault")  # never a case name: window titles end up in OS lists
        self.resize(1280, 780)
        self._make_actions()
        self._make_menus()
        self._make_toolbar()

        self.browser = CaseBrowser(session, self)
        self.detail = CaseDetailView(session, self)
        self.detail.setAccessibleName(self.tr("Selected case"))
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("cases-splitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.browser)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 6)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setSizes([720, 560])
        self.empty_state = EmptyState(self)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.splitter)
        self.pages.addWidget(self.empty_state)
        self.setCentralWidget(self.pages)

        self.binding_status = QLabel(self._binding_text(session), self)
        make_plain(self.binding_status)
        self.binding_status.setAccessibleName(self.tr("Device binding"))
        self.statusBar().addWidget(self.binding_status)
        self.idle_status = QLabel("", self)
        make_plain(self.idle_status)
        self.idle_status.setAccessibleName(self.tr("Automatic lock"))
        self.idle_status.setStyleSheet("color: #a40000; font-weight: bold;")
        self.idle_status.hide()
        self.statusBar().addWidget(self.idle_status)
        self.count_status = QLabel("", self)
        make_plain(self.count_status)
        self.count_status.setAccessibleName(self.tr("Cases shown"))
        self.statusBar().addPermanentWidget(self.count_status)
        self.exchange = ExchangeActions(self, session, self.vault_menu, self.settings_action)

        self.browser.case_selected.connect(self._case_selected)
        self.browser.listed.connect(self._update_count)
        self.browser.model.rowsInserted.connect(self._update_count)
        self.detail.case_changed.connect(self.browser.case_changed)
        self.detail.case_deleted.connect(self._case_deleted)
        self.empty_state.new_button.clicked.connect(self.new_case)
        self.empty_state.examples_button.clicked.connect(self.add_examples)
        self._restore_layout()
        self.show_cases()

    # -- actions and menus ---------------------------------------------------------------
    def _action(self, text: str, shortcut: str | None, slot: object) -> QAction:
        action = QAction(text, self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.addAction(action)  # shortcuts work even with the menu bar hidden
        return action

    def _make_actions(self) -> None:
        self.lock_action = self._action(self.tr("&Lock"), self.tr("Ctrl+L"), self.lock_requested)
        self.lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.lock_action.setToolTip(self.tr("Lock the vault now (Ctrl+L)"))
        self.new_action = self._action(self.tr("&New case…"), "Ctrl+N", self.new_case)
        self.new_action.setToolTip(self.tr("Start a new case (Ctrl+N)"))
        self.find_action = self._action(self.tr("&Find cases"), "Ctrl+F", self.focus_search)
        self.import_action = self._action(self.tr("&Import CSV…"), None, self.import_csv)
        self.settings_action = self._action(self.tr("&Settings…"), None, self.open_settings)
        self.duress_action = self._action(
            self.tr("&Duress passphrase and failed unlocks…"), None, self.open_duress
        )
        self.recovery_action = self._action(
            self.tr("New &recovery key…"), None, self.open_new_recovery_key
        )
        self.wipe_action = self._action(self.tr("Emergency &wipe…"), None, self.emergency_wipe)
        self.wipe_action.setToolTip(self.tr("Destroy this vault for good, after a countdown"))
        self.quit_action = self._action(self.tr("&Quit"), "Ctrl+Q", self.close)
        self.about_action = self._action(self.tr("&About CaseVault"), None, self.show_about)
        self.limits_action = self._action(self.tr("Security &limits"), None, self.show_limits)

    def _make_menus(self) -> None:
        bar = self.menuBar()
        vault = self.vault_menu = bar.addMenu(self.tr("&Vault"))
        vault.addAction(self.import_action)
        vault.addAction(self.settings_action)
        vault.addAction(self.duress_action)
        vault.addAction(self.recovery_action)
        vault.addSeparator()
        vault.addAction(self.lock_action)
        vault.addSeparator()
        vault.addAction(self.wipe_action)
        vault.addSeparator()
        vault.addAction(self.quit_action)
        case = bar.addMenu(self.tr("&Case"))
        case.addAction(self.new_action)
        case.addAction(self.find_action)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_action)
        help_menu.addAction(self.limits_action)

    def _make_toolbar(self) -> None:
        toolbar = QToolBar(self.tr("Vault"), self)
        toolbar.setObjectName("vault-toolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addAction(self.new_action)
        spacer = QWidget(toolbar)
        spacer.setSizePolicy(spacer.sizePolicy().Policy.Expanding, spacer.sizePolicy().Policy.Fixed)
        toolbar.addWidget(spacer)
        toolbar.addAction(self.lock_action)
        self.new_button = toolbar.widgetForAction(self.new_action)
        self.lock_button = toolbar.widgetForAction(self.lock_action)
        assert isinstance(self.new_button, QToolButton)
        assert isinstance(self.lock_button, QToolButton)
        self.new_button.setAccessibleName(self.tr("New case"))
        self.lock_button.setAccessibleName(self.tr("Lock"))
        for button in (self.new_button, self.lock_button):
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.new_button.setStyleSheet("QToolButton { padding: 4px 14px; }")
        self.lock_button.setStyleSheet("QToolButton { padding: 4px 14px; font-weight: bold; }")
        self.addToolBar(toolbar)

    # -- what the window shows -------------------------------------------------------------
    def show_cases(self, select: str = "") -> None:
        """The list (or the empty state when the vault has no case at all)."""
        if self._session.cases.count(Kind.CASE) == 0:
            self.detail.show_case(None)
            self.pages.setCurrentWidget(self.empty_state)
            self.count_status.setText("")
            return
        self.pages.setCurrentWidget(self.splitter)
        if select:
            self.browser.show_all(then_select=select)
        else:
            self.browser.refresh()

    @property
    def showing_empty_state(self) -> bool:
        return self.pages.currentWidget() is self.empty_state

    @Slot(str)
    def _case_selected(self, case_uuid: str) -> None:
        self.detail.show_case(case_uuid or None)

    @Slot(str)
    def _case_deleted(self, case_uuid: str) -> None:
        self.browser.case_deleted(case_uuid)
        if self._session.cases.count(Kind.CASE) == 0:
            self.show_cases()

    @Slot()
    def _update_count(self) -> None:
        shown = self.browser.shown
        if self.browser.complete:
            one = self.tr("1 case shown")
            text = one if shown == 1 else fill(self.tr("%1 cases shown"), str(shown))
        elif self.browser.current_filter().empty:
            total = self._session.cases.count(Kind.CASE)
            text = self.tr("%1 of %2 cases shown; more appear as you scroll")
            text = fill(text, str(shown), str(total))
        else:
            text = self.tr("First %1 matching cases shown; more appear as you scroll")
            text = fill(text, str(shown))
        self.count_status.setText(text)

    # -- commands --------------------------------------------------------------------------
    @Slot()
    def focus_search(self) -> None:
        if self.showing_empty_state:
            return
        self.browser.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.browser.search.selectAll()

    @Slot()
    def new_case(self) -> None:
        self.detail.flush()
        created = case_detail.create_case_dialog(self._session, self)
        if created:
            self.show_cases(select=created)

    @Slot()
    def add_examples(self) -> None:
        demo.generate(self._session.cases, EXAMPLE_CASES)
        self.show_cases()

    @Slot()
    def import_csv(self) -> None:
        self.detail.flush()
        dialog = ImportDialog(self._session, self)
        dialog.imported.connect(lambda _count: self.show_cases())
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    @Slot()
    def open_settings(self) -> None:
        dialog = SettingsDialog(self)
        self.exchange.extend_settings(dialog)
        before = settings.language()
        dialog.accepted.connect(self.preferences_changed)
        dialog.accepted.connect(
            lambda: self.language_changed.emit() if dialog.chosen != before else None
        )
        dialog.finished.connect(dialog.deleteLater)
        self.settings_dialog = dialog
        dialog.open()

    @Slot()
    def open_new_recovery_key(self) -> None:
        self.detail.flush()
        wizard = NewRecoveryKeyWizard(self._session, self)
        wizard.finished.connect(wizard.deleteLater)
        self.recovery_wizard = wizard
        wizard.open()

    @Slot()
    def open_duress(self) -> None:
        dialog = DuressDialog(self._session, self)
        dialog.finished.connect(dialog.deleteLater)
        self.duress_dialog = dialog
        dialog.open()

    def emergency_wipe(self) -> None:
        """Count down in a dialog; when nobody cancels, ask the controller to wipe."""
        dialog = WipeDialog(self.wipe_seconds, self)
        dialog.accepted.connect(self.wipe_requested)
        dialog.finished.connect(dialog.deleteLater)
        self.wipe_dialog = dialog
        dialog.start()

    @Slot()
    def show_about(self) -> None:
        help_dialogs.show_text(self, self.tr("About CaseVault"), help_dialogs.about_text())

    @Slot()
    def show_limits(self) -> None:
        title = self.tr("Security limits")
        help_dialogs.show_text(self, title, help_dialogs.limits_text())

    def flush(self) -> None:
        """Save pending edits in the detail view (before lock, close, language change)."""
        self.detail.flush()

    # -- automatic lock ----------------------------------------------------------------------
    @Slot(int)
    def show_idle_countdown(self, seconds: int) -> None:
        """The last seconds before the automatic lock; a negative number hides it."""
        if seconds < 0:
            self.idle_status.hide()
            self.idle_status.setText("")
            return
        text = self.tr("Locking in %1 s — move the mouse or press a key to stay")
        self.idle_status.setText(fill(text, str(seconds)))
        self.idle_status.show()

    def set_lock_note(self, text: str) -> None:
        """When the vault locks by itself (and what cannot be watched), as a tooltip."""
        self.binding_status.setToolTip(text)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() == QEvent.Type.WindowStateChange and self.isMinimized():
            self.minimised.emit()

    # -- window state ----------------------------------------------------------------------
    def _restore_layout(self) -> None:
        geometry, state, splitter = settings.window_layout()
        if geometry is not None:
            self.restoreGeometry(geometry)
        if state is not None:
            self.restoreState(state)
        if splitter is not None:
            self.splitter.restoreState(splitter)

    def save_layout(self) -> None:
        settings.save_window_layout(
            self.saveGeometry(), self.saveState(), self.splitter.saveState()
        )

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if self.exchange.backup_before_quit(event):
            return  # the backup on quit runs first, then closes the window again
        self.closing.emit()  # the controller's teardown saves edits and the window's place
        super().closeEvent(event)

    def _binding_text(self, session: Session) -> str:
        info = session.info()
        if info is not None and info.device_bound:
            return self.tr("Unlocked. Tied to this computer.")
        return self.tr("Unlocked. Passphrase only: not tied to this computer.")
