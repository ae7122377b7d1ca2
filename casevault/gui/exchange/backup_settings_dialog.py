"""Vault ▸ Backups…: where backups go (a USB stick, say), when, and how many to keep.

Backups are full encrypted exports to the vault's recipients, each checked after
writing; the oldest beyond "keep" are removed. The last result is shown here.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from casevault.core import exchange
from casevault.core.session import Session
from casevault.gui.exchange.backup_status import error_text
from casevault.gui.exchange.naming import when_text
from casevault.gui.jobs import describe
from casevault.gui.widgets.fields import ERROR_STYLE, HINT_STYLE
from casevault.gui.widgets.labels import plain_label
from casevault.i18n.text import fill

MAX_KEEP = 100


class BackupSettingsDialog(QDialog):
    back_up_requested = Signal()  # after the settings were saved
    recipients_requested = Signal()
    saved = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.setWindowTitle(self.tr("Backups"))
        self.setMinimumWidth(620)
        current = session.exchange.backup_settings()
        self.folder = QLineEdit(str(current.folder) if current.folder else "", self)
        self.folder.setAccessibleName(self.tr("Backup folder"))
        self.folder.setPlaceholderText(self.tr("e.g. a folder on a USB stick"))
        self.browse = QPushButton(self.tr("Choose &folder…"), self)
        self.on_quit = QCheckBox(self.tr("Back up when I &quit CaseVault"), self)
        self.on_quit.setChecked(current.on_quit)
        self.daily = QCheckBox(self.tr("Back up &daily while the vault is open"), self)
        self.daily.setChecked(current.daily)
        self.keep = QSpinBox(self)
        self.keep.setRange(1, MAX_KEEP)
        self.keep.setValue(current.keep)
        self.keep.setAccessibleName(self.tr("Backups to keep"))
        self.keep.setSuffix(self.tr(" backups"))
        self.keep.setMaximumWidth(160)
        self._recipients = current.recipients
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.browse)
        form = QFormLayout()
        form.addRow(self.tr("Folder:"), folder_row)
        form.addRow("", self.on_quit)
        form.addRow("", self.daily)
        form.addRow(self.tr("&Keep the last:"), self.keep)

        self.keys_note = plain_label("", self, style=HINT_STYLE)
        self.manage = QPushButton(self.tr("&Recipients…"), self)
        keys_row = QHBoxLayout()
        keys_row.addWidget(self.keys_note, 1)
        keys_row.addWidget(self.manage)
        self.last = plain_label("", self)
        self.last.setAccessibleName(self.tr("Last backup"))
        self.error = plain_label("", self, style=ERROR_STYLE)
        self.error.setAccessibleName(self.tr("Backup problem"))
        self.back_up_now = QPushButton(self.tr("Save and &back up now"), self)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        bottom = QHBoxLayout()
        bottom.addWidget(self.back_up_now)
        bottom.addStretch(1)
        bottom.addWidget(buttons)
        intro = plain_label(
            self.tr(
                "A backup is a full, encrypted copy of the vault, checked after it is "
                "written. Only the newest ones are kept; older ones are removed."
            ),
            self,
            style=HINT_STYLE,
        )
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addLayout(keys_row)
        layout.addWidget(self.last)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addLayout(bottom)

        self.browse.clicked.connect(self.choose_folder)
        self.manage.clicked.connect(self.recipients_requested)
        self.back_up_now.clicked.connect(self._save_and_back_up)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.refresh()

    def refresh(self) -> None:
        """Recipients and the last result, read again (after a backup or a new key)."""
        count = len(self._session.exchange.list_recipients())
        if count == 0:
            self.keys_note.setText(
                self.tr(
                    "Backups are encrypted to the organisation's keys, and none is saved "
                    "yet: add one first."
                )
            )
            self.keys_note.setStyleSheet(ERROR_STYLE)
        else:
            self.keys_note.setText(
                fill(self.tr("Backups are encrypted to the saved recipients (%1)."), str(count))
            )
            self.keys_note.setStyleSheet(HINT_STYLE)
        status = self._session.exchange.backup_status()
        if status.last_ok:
            self.last.setText(
                fill(
                    self.tr("Last good backup: %1, %2"),
                    when_text(status.last_ok),
                    str(status.last_path or ""),
                )
            )
        else:
            self.last.setText(self.tr("No backup has been made yet."))
        self.error.setText(
            fill(self.tr("The last backup failed: %1"), error_text(status.last_error))
            if status.last_error
            else ""
        )
        self.error.setVisible(bool(status.last_error))

    @Slot()
    def choose_folder(self) -> None:
        name = QFileDialog.getExistingDirectory(
            self, self.tr("Choose the backup folder"), self.folder.text()
        )
        if name:
            self.folder.setText(name)

    def chosen(self) -> exchange.BackupSettings:
        text = self.folder.text().strip()
        return exchange.BackupSettings(
            folder=Path(text).expanduser() if text else None,
            on_quit=self.on_quit.isChecked(),
            daily=self.daily.isChecked(),
            keep=self.keep.value(),
            recipients=self._recipients,
        )

    def problem(self, *, backing_up: bool = False) -> str:
        chosen = self.chosen()
        if chosen.folder is None and (chosen.on_quit or chosen.daily or backing_up):
            return self.tr("Choose a folder for the backups.")
        if chosen.folder is not None and not chosen.folder.is_dir():
            return fill(
                self.tr("The folder %1 does not exist. Is the USB stick plugged in?"),
                str(chosen.folder),
            )
        return ""

    def save(self, *, backing_up: bool = False) -> bool:
        problem = self.problem(backing_up=backing_up)
        if problem:
            self.error.setText(problem)
            self.error.show()
            return False
        try:
            self._session.exchange.save_backup_settings(self.chosen())
        except Exception as error:  # shown as a sentence; nothing saved
            self.error.setText(describe(error))
            self.error.show()
            return False
        self.saved.emit()
        return True

    def accept(self) -> None:
        if self.save():
            super().accept()

    @Slot()
    def _save_and_back_up(self) -> None:
        if self.save(backing_up=True):
            self.back_up_requested.emit()
