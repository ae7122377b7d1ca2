"""Vault ▸ Import…: open an export, see what it would change, then apply it or not.

Step one reads, checks the signature and every hash, and compares with the vault
(`preview_import`, which writes nothing). The preview shows who signed it and
the counts. Apply merges in one transaction (`apply_import` checks the file
again); Cancel leaves the vault as it was. Refusals say what was wrong and that
nothing was changed.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QCheckBox,
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
from casevault.gui.exchange.key_source import KeySource, failure_text, read_identity
from casevault.gui.exchange.preview_view import PreviewView
from casevault.gui.exchange.progress_panel import ProgressPanel
from casevault.gui.jobs import Cancelled, Job, Progress
from casevault.gui.widgets.fields import ERROR_STYLE
from casevault.gui.widgets.labels import plain_label

CHOOSE, WORKING, PREVIEW, DONE = range(4)


class ExchangeImportDialog(QDialog):
    imported = Signal()  # records were merged into the vault
    conflicts_requested = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.job: Job | None = None
        self.preview: exchange.ImportPreview | None = None
        self._secrets: tuple[str | None, str | None] = (None, None)  # identity text, passphrase
        self._trust_as: str | None = None
        self.setWindowTitle(self.tr("Import"))
        self.resize(820, 600)
        self.source = KeySource(self.tr("Choose the export to import"), self)
        choose_page = QWidget(self)
        choose_layout = QVBoxLayout(choose_page)
        choose_layout.addWidget(
            plain_label(
                self.tr(
                    "Choose an export (.age) made by CaseVault, and the key file or passphrase "
                    "that opens it. The signature file (.age.sig) must be beside it. Nothing is "
                    "written to your vault until you have seen what would change."
                ),
                choose_page,
            )
        )
        choose_layout.addWidget(self.source)
        self.allow_unsigned = QCheckBox(
            self.tr("Check it &without a signature (who made the file cannot be checked)"),
            choose_page,
        )
        self.allow_unsigned.hide()
        choose_layout.addWidget(self.allow_unsigned)
        choose_layout.addStretch(1)
        self.progress = ProgressPanel(self)
        working = QWidget(self)
        working_layout = QVBoxLayout(working)
        working_layout.addStretch(1)
        working_layout.addWidget(self.progress)
        working_layout.addStretch(1)
        self.preview_view = PreviewView(self)
        self.done_text = plain_label("", self)
        self.done_text.setStyleSheet("color: #1b5e20; font-weight: bold;")
        self.conflicts_button = QPushButton(self.tr("Resolve &conflicts…"), self)
        done_page = QWidget(self)
        done_layout = QVBoxLayout(done_page)
        done_layout.addWidget(self.done_text)
        done_row = QHBoxLayout()
        done_row.addWidget(self.conflicts_button)
        done_row.addStretch(1)
        done_layout.addLayout(done_row)
        done_layout.addStretch(1)
        self.pages = QStackedWidget(self)
        for page in (choose_page, working, self.preview_view, done_page):
            self.pages.addWidget(page)

        self.message = plain_label("", self, style=ERROR_STYLE)
        self.message.setAccessibleName(self.tr("Import message"))
        self.check_button = QPushButton(self.tr("&Check the file"), self)
        self.apply_button = QPushButton(self.tr("&Apply"), self)
        self.close_button = QPushButton(self.tr("Cancel"), self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.apply_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addLayout(buttons)

        self.source.changed.connect(self._update)
        self.check_button.clicked.connect(self.check)
        self.apply_button.clicked.connect(self.apply)
        self.close_button.clicked.connect(self.reject)
        self.conflicts_button.clicked.connect(self._open_conflicts)
        self._show(CHOOSE)

    def _show(self, page: int) -> None:
        self.pages.setCurrentIndex(page)
        self.check_button.setVisible(page == CHOOSE)
        self.apply_button.setVisible(page == PREVIEW)
        self.close_button.setText(self.tr("Close") if page == DONE else self.tr("Cancel"))
        self.close_button.setEnabled(page != WORKING)
        (self.apply_button if page == PREVIEW else self.check_button).setDefault(True)
        self._update()

    @Slot()
    def _update(self) -> None:
        if self.pages.currentIndex() == CHOOSE:
            problem = self.source.problem()
            self.check_button.setEnabled(not problem and self.job is None)

    # -- step one: check and preview (writes nothing) ----------------------------------
    @Slot()
    def check(self) -> None:
        path = self.source.path()
        if self.job is not None or path is None or self.source.problem():
            return
        facet, identity, passphrase = (
            self._session.exchange,
            self.source.identity_path(),
            self.source.passphrase_text(),
        )
        unsigned = not self.allow_unsigned.isHidden() and self.allow_unsigned.isChecked()

        def work(progress: Progress, cancelled: Cancelled) -> object:
            identity_text = read_identity(identity) if identity is not None else None
            preview = facet.preview_import(
                path,
                identity_text=identity_text,
                passphrase=passphrase,
                allow_unsigned=unsigned,
                progress=progress,
                cancelled=cancelled,
            )
            return preview, (identity_text, passphrase)

        self._run(work, self.tr("Checking the signature, decrypting and comparing…"))
        assert self.job is not None
        self.job.succeeded.connect(self._previewed)

    @Slot(object)
    def _previewed(
        self, found: tuple[exchange.ImportPreview, tuple[str | None, str | None]]
    ) -> None:
        preview, self._secrets = found
        self.preview = preview
        self.message.setText("")
        self.preview_view.show_preview(preview)
        self._show(PREVIEW)

    # -- step two: apply -----------------------------------------------------------------
    @Slot()
    def apply(self) -> None:
        preview = self.preview
        if self.job is not None or preview is None:
            return
        facet = self._session.exchange
        label = self.preview_view.trust_choice()
        identity_text, passphrase = self._secrets

        def work(progress: Progress, cancelled: Cancelled) -> object:
            return facet.apply_import(
                preview,
                identity_text=identity_text,
                passphrase=passphrase,
                progress=progress,
                cancelled=cancelled,
            )

        self._trust_as = label

        self._run(work, self.tr("Importing…"))
        assert self.job is not None
        self.job.succeeded.connect(self._applied)

    @Slot(object)
    def _applied(self, applied: exchange.ImportPreview) -> None:
        self._forget_secrets()
        if self._trust_as is not None:  # on the window's connection, so here
            self._session.exchange.trust_signer(applied.signer_public_key, self._trust_as)
        text = self.tr(
            "Import finished.\nNew records: %1\nUpdated records: %2\nUnchanged records: %3\n"
            "Conflicts to resolve: %4"
        )
        for number, value in enumerate(
            (applied.added, applied.updated, applied.unchanged, applied.conflicts), start=1
        ):
            text = text.replace(f"%{number}", str(value))
        self.done_text.setText(text)
        self.conflicts_button.setVisible(applied.conflicts > 0)
        self._show(DONE)
        self.close_button.setFocus()
        self.imported.emit()

    # -- both steps ------------------------------------------------------------------------
    def _run(self, work: object, text: str) -> None:
        self.job = Job(work, self)  # type: ignore[arg-type]
        self.job.failed.connect(self._failed)
        self.job.succeeded.connect(self._finished)
        self.progress.follow(self.job, text)
        self.message.setText("")
        self._show(WORKING)
        self.job.start()

    @Slot(object)
    def _finished(self, _result: object) -> None:
        self.job = None

    @Slot(object)
    def _failed(self, error: Exception) -> None:
        self.job = None
        applying = self.preview is not None
        self.preview = None
        self._forget_secrets()
        if isinstance(error, VaultError) and error.kind is ErrorKind.SIGNATURE_MISSING:
            self.allow_unsigned.show()
        if isinstance(error, VaultError) and error.kind is ErrorKind.CANCELLED:
            text = self.tr("Import cancelled.")
        else:
            text = failure_text(error)
        self.message.setText(text + " " + self.tr("Nothing was changed in your vault."))
        self.message.setStyleSheet(ERROR_STYLE)
        if applying:
            self.source.clear_secrets()
        self._show(CHOOSE)

    def _forget_secrets(self) -> None:
        self._secrets = (None, None)

    @Slot()
    def _open_conflicts(self) -> None:
        self.conflicts_requested.emit()
        self.accept()

    @property
    def busy(self) -> bool:
        return self.job is not None

    def reject(self) -> None:
        if self.busy:
            self.progress.cancel()
            return
        self._forget_secrets()
        self.source.clear_secrets()
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if self.busy:
            self.progress.cancel()
            event.ignore()
            return
        super().closeEvent(event)

    def file(self) -> Path | None:
        return self.source.path()
