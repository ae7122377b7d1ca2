"""The exchange commands in the main window: menu entries, status-bar notes, backups.

Vault menu: Export…, Import…, Conflicts…, Back up now, Backups…, Recipients….
Status bar: the last good backup (a warning when old, overdue or failed) and,
when there are any, the number of conflicts to resolve.

Backups run by themselves daily (a timer while the vault is open) and on a
normal quit (the window's close, before the vault is closed). A lock (panic,
idle, SIGTERM, the tray's Quit) retires the window without closing it: no backup
starts, locking never waits, and the controller's teardown tells running jobs to
stop (hiding the window from the tray keeps it, and its jobs, alive).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Slot
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import QDialog, QMainWindow, QMenu, QPushButton, QVBoxLayout

from casevault.core.session import Session, State
from casevault.gui.exchange.backup_run import BackupRun
from casevault.gui.exchange.backup_settings_dialog import BackupSettingsDialog
from casevault.gui.exchange.backup_status import BackupStatusButton
from casevault.gui.exchange.conflicts_dialog import ConflictsDialog
from casevault.gui.exchange.export_dialog import ExportDialog
from casevault.gui.exchange.import_dialog import ExchangeImportDialog
from casevault.gui.exchange.recipients_dialog import RecipientsDialog
from casevault.i18n.text import fill

CHECK_MS = 10 * 60 * 1000  # how often the daily backup looks whether one is due
CONFLICT_STYLE = "QPushButton { border: none; padding: 0 6px; color: #8a5a00; font-weight: bold; }"


class ExchangeActions(QObject):
    def __init__(self, window: QMainWindow, session: Session, menu: QMenu, before: QAction):
        super().__init__(window)
        self._window = window
        self._session = session
        self.dialog: QDialog | None = None  # the last dialog opened (tests look at it)
        self.backup: BackupRun | None = None
        self.quit_backup_done = False
        self.export_action = self._add(menu, before, self.tr("&Export…"), self.open_export)
        self.import_action = self._add(menu, before, self.tr("I&mport…"), self.open_import)
        self.conflicts_action = self._add(menu, before, self.tr("Co&nflicts…"), self.open_conflicts)
        menu.insertSeparator(before)
        self.back_up_action = self._add(menu, before, self.tr("&Back up now"), self.back_up_now)
        self.backups_action = self._add(menu, before, self.tr("Bac&kups…"), self.open_backups)
        self.recipients_action = self._add(
            menu, before, self.tr("&Recipients…"), self.open_recipients
        )
        menu.insertSeparator(before)

        self.backup_status = BackupStatusButton(window)
        self.backup_status.open_requested.connect(self.open_backups)
        self.conflicts_status = QPushButton(window)
        self.conflicts_status.setFlat(True)
        self.conflicts_status.setStyleSheet(CONFLICT_STYLE)
        self.conflicts_status.setAccessibleName(self.tr("Conflicts to resolve"))
        self.conflicts_status.clicked.connect(self.open_conflicts)
        window.statusBar().addPermanentWidget(self.conflicts_status)
        window.statusBar().addPermanentWidget(self.backup_status)
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_MS)
        self.timer.timeout.connect(self.daily_check)
        self.timer.start()
        self.refresh()
        QTimer.singleShot(0, self, self.daily_check)  # a backup due since yesterday starts now

    def _add(self, menu: QMenu, before: QAction, text: str, slot: object) -> QAction:
        action = QAction(text, self._window)
        action.triggered.connect(slot)
        menu.insertAction(before, action)
        return action

    def _open(self, dialog: QDialog) -> QDialog:
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog

    @property
    def _unlocked(self) -> bool:
        return self._session.state is State.UNLOCKED

    # -- status bar ------------------------------------------------------------------------
    @Slot()
    def refresh(self) -> None:
        if not self._unlocked:
            return
        facet = self._session.exchange
        status = facet.backup_status()
        folder = facet.backup_settings().folder
        self.backup_status.show_status(
            status.last_ok, status.last_error, status.overdue, folder is not None
        )
        count = len(facet.list_conflicts())
        one = self.tr("1 conflict to resolve")
        many = fill(self.tr("%1 conflicts to resolve"), str(count))
        self.conflicts_status.setText(one if count == 1 else many)
        self.conflicts_status.setVisible(count > 0)

    # -- dialogs ---------------------------------------------------------------------------
    @Slot()
    def open_export(self) -> None:
        flush = getattr(self._window, "flush", None)
        if callable(flush):
            flush()  # what was just typed belongs in the export
        detail = getattr(self._window, "detail", None)
        selected = detail.current_case_uuid() if detail is not None else None
        self._open(ExportDialog(self._session, selected or None, self._window))

    @Slot()
    def open_import(self) -> None:
        flush = getattr(self._window, "flush", None)
        if callable(flush):
            flush()  # applying holds the write lock: nothing typed may wait behind it
        dialog = ExchangeImportDialog(self._session, self._window)
        dialog.imported.connect(self._imported)
        dialog.conflicts_requested.connect(self.open_conflicts)
        self._open(dialog)

    @Slot()
    def _imported(self) -> None:
        show_cases = getattr(self._window, "show_cases", None)
        if callable(show_cases):
            show_cases()
        self.refresh()

    @Slot()
    def open_conflicts(self) -> None:
        dialog = ConflictsDialog(self._session, self._window)
        dialog.resolved.connect(self._imported)
        self._open(dialog)

    @Slot()
    def open_recipients(self) -> None:
        self._open(RecipientsDialog(self._session, self._window))

    @Slot()
    def open_backups(self) -> None:
        dialog = BackupSettingsDialog(self._session, self._window)
        dialog.saved.connect(self.refresh)
        dialog.back_up_requested.connect(self.back_up_now)
        dialog.recipients_requested.connect(
            lambda: self._open_recipients_for(dialog)  # back to the backup dialog afterwards
        )
        self._open(dialog)

    def _open_recipients_for(self, backups: BackupSettingsDialog) -> None:
        recipients = RecipientsDialog(self._session, backups)
        recipients.finished.connect(recipients.deleteLater)
        recipients.changed.connect(backups.refresh)
        recipients.open()

    def extend_settings(self, dialog: QDialog) -> None:
        """Buttons in the Settings dialog that lead to recipients and backups."""
        layout = dialog.layout()
        if not isinstance(layout, QVBoxLayout):
            return
        for text, slot in (
            (self.tr("Recipients for exports…"), self.open_recipients),
            (self.tr("Backups…"), self.open_backups),
        ):
            button = QPushButton(text, dialog)
            button.clicked.connect(slot)
            layout.insertWidget(layout.count() - 1, button)

    # -- backups ---------------------------------------------------------------------------
    @Slot()
    def back_up_now(self) -> BackupRun | None:
        return self._start_backup(self.tr("Backing up the whole vault…"), modal=True)

    @Slot()
    def daily_check(self) -> None:
        if not self._unlocked or self.backup is not None:
            return
        facet = self._session.exchange
        chosen = facet.backup_settings()
        if chosen.daily and chosen.folder is not None and facet.backup_status().overdue:
            self._start_backup(self.tr("Daily backup of the vault…"), modal=False)

    def _start_backup(
        self, reason: str, *, modal: bool, quitting: bool = False
    ) -> BackupRun | None:
        if self.backup is not None or not self._unlocked:
            return self.backup
        run = BackupRun(self._session, reason, self._window, close_on_success=quitting or not modal)
        if not modal:
            run.setModal(False)
            run.setWindowModality(run.windowModality().NonModal)
        run.ended.connect(lambda _ok: self._backup_ended(run))
        self.backup = run
        return run.start()

    def _backup_ended(self, run: BackupRun) -> None:
        if self.backup is run:
            self.backup = None
        run.deleteLater()
        self.refresh()

    def backup_before_quit(self, event: QCloseEvent) -> bool:
        """On a normal quit with "back up on quit" set: hold the close, back up, then
        close again. True when the close was held."""
        if self.quit_backup_done or not self._unlocked:
            return False
        chosen = self._session.exchange.backup_settings()
        if not chosen.on_quit or chosen.folder is None:
            return False
        if self.backup is not None:  # one is running already: wait for it, then quit
            event.ignore()
            return True
        flush = getattr(self._window, "flush", None)
        if callable(flush):
            flush()  # the last edits belong in the backup
        run = self._start_backup(self.tr("Backing up before quitting…"), modal=True, quitting=True)
        if run is None:
            return False
        event.ignore()
        run.ended.connect(self._quit_after_backup)
        return True

    @Slot(bool)
    def _quit_after_backup(self, _ok: bool) -> None:
        # Success closes at once; a failure or cancel was shown and acknowledged.
        self.quit_backup_done = True
        if self._unlocked:
            self._window.close()
