"""Vault ▸ Export…: choose scope, options, recipients and file; watch it run; see the result.

The export runs in a worker (core opens its own connection there). Cancel asks
core to stop; core then removes its temporary file, so nothing is left behind.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from casevault.core import exchange
from casevault.core.errors import ErrorKind, VaultError
from casevault.core.session import Session
from casevault.gui.exchange.export_form import ExportForm
from casevault.gui.exchange.progress_panel import ProgressPanel
from casevault.gui.exchange.recipients_dialog import RecipientsDialog
from casevault.gui.exchange.result_view import ResultView
from casevault.gui.jobs import Cancelled, Job, Progress, describe
from casevault.gui.widgets.fields import ERROR_STYLE
from casevault.gui.widgets.labels import plain_label
from casevault.i18n.text import fill


class ExportDialog(QDialog):
    def __init__(
        self, session: Session, selected_case: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._session = session
        self.job: Job | None = None
        self.exported: exchange.ExportResult | None = None
        self.setWindowTitle(self.tr("Export"))
        self.resize(980, 640)
        self.form = ExportForm(session, selected_case, self)
        self.progress = ProgressPanel(self)
        progress_page = QWidget(self)
        progress_layout = QVBoxLayout(progress_page)
        progress_layout.addStretch(1)
        progress_layout.addWidget(self.progress)
        progress_layout.addStretch(1)
        self.result_view = ResultView(self)
        self.pages = QStackedWidget(self)
        for page in (self.form, progress_page, self.result_view):
            self.pages.addWidget(page)
        self.message = plain_label("", self, style=ERROR_STYLE)
        self.message.setAccessibleName(self.tr("Why the export cannot start"))
        self.export_button = QPushButton(self.tr("&Export"), self)
        self.export_button.setDefault(True)
        self.close_button = QPushButton(self.tr("Close"), self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addLayout(buttons)

        self.form.changed.connect(self._update)
        self.form.encryption.manage_requested.connect(self.manage_recipients)
        self.export_button.clicked.connect(self.start)
        self.close_button.clicked.connect(self.reject)
        self.form.encryption.set_recipients(session.exchange.list_recipients())
        self._update()

    @Slot()
    def _update(self) -> None:
        problem = self.form.problem()
        self.message.setText(problem)
        self.export_button.setEnabled(not problem and self.job is None)

    @Slot()
    def manage_recipients(self) -> None:
        dialog = RecipientsDialog(self._session, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.changed.connect(
            lambda: self.form.encryption.set_recipients(self._session.exchange.list_recipients())
        )
        self.recipients_dialog = dialog
        dialog.open()

    @Slot()
    def start(self) -> None:
        choice = self.form.encryption.choice()
        path = self.form.target_path()
        if self.job is not None or choice is None or path is None or self.form.problem():
            return
        options = exchange.ExportOptions(
            case_uuids=self.form.case_uuids(),
            attachments=not self.form.no_attachments.isChecked(),
            strip_metadata=self.form.strip.isChecked(),
            redact_identities=self.form.redact.isChecked(),
        )
        facet, overwrite_ok = self._session.exchange, self.form.overwrite_ok

        def work(progress: Progress, cancelled: Cancelled) -> object:
            return facet.export_vault(
                path,
                options,
                recipients=choice.recipients,
                passphrase=choice.passphrase,
                overwrite=path == overwrite_ok,
                progress=progress,
                cancelled=cancelled,
            )

        self.job = Job(work, self)
        self.job.succeeded.connect(self._done)
        self.job.failed.connect(self._failed)
        self.progress.follow(self.job, fill(self.tr("Encrypting and writing %1…"), path.name))
        self.pages.setCurrentIndex(1)
        self.export_button.setEnabled(False)
        self.close_button.setEnabled(False)
        self.message.setText("")
        self.job.start()

    @Slot(object)
    def _done(self, result: exchange.ExportResult) -> None:
        self.job = None
        self.exported = result
        self.form.encryption.clear_passphrase()
        headline = self.tr("Export finished: %1 records and %2 attachments.")
        headline = fill(headline, str(result.records), str(result.attachments))
        fingerprint = self._session.exchange.signing_fingerprint()
        self.result_view.show_result(
            headline, result.path, result.size, result.sha256, result.signature_path, fingerprint
        )
        self.pages.setCurrentIndex(2)
        self.export_button.hide()
        self.close_button.setEnabled(True)
        self.close_button.setDefault(True)
        self.close_button.setFocus()

    @Slot(object)
    def _failed(self, error: Exception) -> None:
        self.job = None
        self.pages.setCurrentIndex(0)
        self.close_button.setEnabled(True)
        if isinstance(error, VaultError) and error.kind is ErrorKind.CANCELLED:
            self.message.setText(self.tr("Export cancelled. No file was written."))
        else:
            self.message.setText(describe(error) + " " + self.tr("No file was written."))
        self.export_button.setEnabled(not self.form.problem())

    @property
    def busy(self) -> bool:
        return self.job is not None

    def reject(self) -> None:
        if self.busy:  # Cancel first: it removes the partial file
            self.progress.cancel()
            return
        self.form.encryption.clear_passphrase()
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if self.busy:
            self.progress.cancel()
            event.ignore()
            return
        super().closeEvent(event)

    def target(self) -> Path | None:
        return self.form.target_path()
