"""One backup running, in a small window with a progress bar and Cancel.

Used by "Back up now", the daily backup and the backup on quit. When it ends
the window says how it went; a failure is always shown, never only logged.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from casevault.core import exchange
from casevault.core.errors import ErrorKind, VaultError
from casevault.core.session import Session
from casevault.gui.exchange.naming import size_text
from casevault.gui.exchange.progress_panel import ProgressPanel
from casevault.gui.jobs import Cancelled, Job, Progress, describe
from casevault.gui.widgets.fields import ERROR_STYLE
from casevault.gui.widgets.labels import plain_label
from casevault.i18n.text import fill

OK_STYLE = "color: #1b5e20; font-weight: bold;"


class BackupRun(QDialog):
    """`ended(ok)` when the backup finished, failed or was cancelled (after the close
    button when there is something to read, at once on success when `close_on_success`)."""

    ended = Signal(bool)

    def __init__(
        self,
        session: Session,
        reason: str,
        parent: QWidget | None = None,
        *,
        close_on_success: bool = False,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._close_on_success = close_on_success
        self.ok = False
        self.job: Job | None = None
        self.error: BaseException | None = None
        self.setWindowTitle(self.tr("Backup"))
        self.setMinimumWidth(520)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress = ProgressPanel(self)
        self.outcome = plain_label("", self)
        self.outcome.setAccessibleName(self.tr("Backup result"))
        self.outcome.hide()
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.hide()
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.progress)
        layout.addWidget(self.outcome)
        layout.addLayout(row)
        self.close_button.clicked.connect(self.accept)
        self.finished.connect(lambda _code: self.ended.emit(self.ok))
        self._reason = reason

    def start(self) -> BackupRun:
        facet = self._session.exchange

        def work(progress: Progress, cancelled: Cancelled) -> object:
            return facet.run_backup(progress=progress, cancelled=cancelled)

        self.job = Job(work, self)
        self.job.succeeded.connect(self._done)
        self.job.failed.connect(self._failed)
        self.progress.follow(self.job, self._reason)
        self.show()
        self.job.start()
        return self

    @Slot(object)
    def _done(self, result: exchange.ExportResult) -> None:
        self.job = None
        self.ok = True
        text = self.tr("Backup written and checked: %1 (%2).")
        text = fill(text, str(result.path), size_text(result.size))
        self._finish(text, OK_STYLE)
        if self._close_on_success:
            self.accept()

    @Slot(object)
    def _failed(self, error: Exception) -> None:
        self.job = None
        self.error = error
        if isinstance(error, VaultError) and error.kind is ErrorKind.CANCELLED:
            text = self.tr("Backup cancelled. No partial file was left behind.")
        else:
            text = fill(self.tr("The backup failed: %1"), describe(error))
        self._finish(text, ERROR_STYLE)

    def _finish(self, text: str, style: str) -> None:
        self.progress.hide()
        self.outcome.setText(text)
        self.outcome.setStyleSheet(style)
        self.outcome.show()
        self.close_button.show()
        self.close_button.setDefault(True)
        self.close_button.setFocus()

    @property
    def busy(self) -> bool:
        return self.job is not None

    def reject(self) -> None:
        if self.busy:
            self.progress.cancel()
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if self.busy:
            self.progress.cancel()
            event.ignore()
            return
        super().closeEvent(event)
