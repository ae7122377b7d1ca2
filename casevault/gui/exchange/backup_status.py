"""The status-bar note on backups: when the last good one was made, and a warning when
it is old, overdue or failed. Clicking it opens the backup settings."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QPushButton, QWidget

from casevault.core.errors import ErrorKind, VaultError
from casevault.gui.exchange.naming import age_hours, when_text
from casevault.i18n.messages import explain
from casevault.i18n.text import fill

OLD_DAYS = 7
NORMAL, WARNING, ERROR = "normal", "warning", "error"
STYLES = {
    NORMAL: "QPushButton { border: none; padding: 0 6px; color: #555555; }",
    WARNING: "QPushButton { border: none; padding: 0 6px; color: #8a5a00; font-weight: bold; }",
    ERROR: "QPushButton { border: none; padding: 0 6px; color: #b3261e; font-weight: bold; }",
}


def error_text(detail: str) -> str:
    """Core keeps the last failure as an error kind (and detail); say it in words."""
    kind_value, _, rest = detail.partition(":")
    try:
        kind = ErrorKind(kind_value.strip())
    except ValueError:
        return detail
    return explain(VaultError(kind, rest.strip()))


def status_text(
    last_ok: str | None,
    last_error: str | None,
    overdue: bool,
    folder_set: bool,
    now: datetime | None = None,
) -> tuple[str, str]:
    """(text, level) for the status bar."""
    if last_error:
        return QCoreApplication.translate(
            "BackupStatus", "Last backup failed: see Vault ▸ Backups"
        ), ERROR
    if last_ok is None:
        if not folder_set:
            return QCoreApplication.translate(
                "BackupStatus", "No backup yet: set one up in Vault ▸ Backups"
            ), WARNING
        return QCoreApplication.translate("BackupStatus", "No backup yet"), WARNING
    when = when_text(last_ok)
    hours = age_hours(last_ok, now)
    if overdue:
        return fill(
            QCoreApplication.translate("BackupStatus", "Backup overdue: last one %1"), when
        ), WARNING
    if hours is not None and hours > OLD_DAYS * 24:
        days = int(hours // 24)
        text = fill(
            QCoreApplication.translate("BackupStatus", "Last backup %1 days ago: make a new one"),
            str(days),
        )
        return text, WARNING
    return fill(QCoreApplication.translate("BackupStatus", "Last backup: %1"), when), NORMAL


class BackupStatusButton(QPushButton):
    """A flat button in the status bar; `level` is normal, warning or error."""

    open_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.level = NORMAL
        self.setFlat(True)
        self.setAccessibleName(self.tr("Backup status"))
        self.clicked.connect(self.open_requested)

    def show_status(
        self, last_ok: str | None, last_error: str | None, overdue: bool, folder_set: bool
    ) -> None:
        text, self.level = status_text(last_ok, last_error, overdue, folder_set)
        self.setText(text)
        self.setStyleSheet(STYLES[self.level])
        self.setToolTip(error_text(last_error) if last_error else "")
