"""Restore from a backup (from the first-run screen): a new vault from a full backup.

Steps: the backup file and what opens it (key file or passphrase), a new
passphrase, then the restore itself (progress and Cancel; core gives the vault a
new data key and leaves nothing behind when cancelled), then the new recovery
key, shown once, on the first-run wizard's own page.
"""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from casevault.core.errors import ErrorKind, VaultError
from casevault.core.session import Session
from casevault.gui.exchange.key_source import KeySource, failure_text, read_identity
from casevault.gui.exchange.progress_panel import ProgressPanel
from casevault.gui.jobs import Cancelled, Job, Progress
from casevault.gui.vault.passphrase_page import PassphrasePage
from casevault.gui.vault.recovery_key_page import RecoveryKeyPage
from casevault.gui.vault.wizard import VaultWizard
from casevault.gui.widgets.fields import ERROR_STYLE
from casevault.gui.widgets.labels import plain_label


class BackupSourcePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Choose the backup"))
        self.setSubTitle(
            self.tr(
                "A full backup or export made by CaseVault (.age), with its signature file "
                "beside it, and the key file or passphrase that opens it."
            )
        )
        self.source = KeySource(self.tr("Choose the backup file"), self)
        self.problem = plain_label("", self, style="color: #555555;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.source)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        self._complete = False
        self.source.changed.connect(self._changed)
        self._changed()

    @Slot()
    def _changed(self) -> None:
        problem = self.source.problem()
        self.problem.setText(problem)
        self._complete = not problem
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        return self._complete


class RestoreRunPage(QWizardPage):
    def __init__(self, session: Session, wizard: RestoreWizard) -> None:
        super().__init__()
        self._session = session
        self._restore = wizard
        self.job: Job | None = None
        self.recovery_key = ""
        self.setTitle(self.tr("Restore the vault"))
        self.setSubTitle(
            self.tr(
                "The backup is checked, decrypted and written into a new vault with a new "
                "key. This can take a while for a large vault."
            )
        )
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Restore"))
        self.bind = QCheckBox(self.tr("&Tie the new vault to this computer"), self)
        self.bind.setEnabled(session.keyring_available())
        self.bind.setChecked(session.keyring_available())
        self.no_keyring = plain_label(
            self.tr(
                "This computer has no system keyring that CaseVault can use, so the new "
                "vault will be protected by the passphrase only."
            ),
            self,
            style="color: #8a5a00;",
        )
        self.no_keyring.setVisible(not session.keyring_available())
        self.progress = ProgressPanel(self)
        self.progress.hide()
        self.error = plain_label("", self, style=ERROR_STYLE)
        self.error.setAccessibleName(self.tr("Restore error"))
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.bind)
        layout.addWidget(self.no_keyring)
        layout.addStretch(1)
        layout.addWidget(self.error)
        layout.addWidget(self.progress)

    @property
    def is_busy(self) -> bool:
        return self.job is not None

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        """Restore in a worker; the wizard moves on when it is done."""
        if self.recovery_key:
            return True
        if self.is_busy:
            return False
        source = self._restore.source_page.source
        path, identity = source.path(), source.identity_path()
        if path is None:
            return False
        passphrase = source.passphrase_text()
        new_passphrase = self._restore.passphrase_page.passphrase.text()
        session, bind = self._session, self.bind.isChecked()

        def work(progress: Progress, cancelled: Cancelled) -> object:
            identity_text = read_identity(identity) if identity is not None else None
            return session.restore_backup(
                path,
                new_passphrase,
                identity_text=identity_text,
                passphrase=passphrase,
                bind_device=bind,
                progress=progress,
                cancelled=cancelled,
            )

        self.job = Job(work, self)
        self.job.succeeded.connect(self._restored)
        self.job.failed.connect(self._failed)
        self.error.hide()
        self.progress.show()
        self.progress.follow(self.job, self.tr("Restoring…"))
        self._set_busy(True)
        self.job.start()
        return False

    @Slot(object)
    def _restored(self, recovery_key: str) -> None:
        self.job = None
        self.recovery_key = recovery_key
        self.progress.hide()
        self._set_busy(False)
        self._restore.next()

    @Slot(object)
    def _failed(self, error: Exception) -> None:
        self.job = None
        self.progress.hide()
        self._set_busy(False)
        if isinstance(error, VaultError) and error.kind is ErrorKind.CANCELLED:
            text = self.tr("Restore cancelled. No vault was created.")
        else:
            text = failure_text(error) + " " + self.tr("No vault was created.")
        self.error.setText(text)
        self.error.show()

    def _set_busy(self, busy: bool) -> None:
        self.bind.setEnabled(not busy and self._session.keyring_available())
        for button in (
            QWizard.WizardButton.BackButton,
            QWizard.WizardButton.CancelButton,
            QWizard.WizardButton.CommitButton,
        ):
            self._restore.button(button).setEnabled(not busy)


class RestoreWizard(VaultWizard):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("CaseVault: restore from a backup"))
        self.name_buttons(
            (
                (QWizard.WizardButton.BackButton, self.tr("< &Back")),
                (QWizard.WizardButton.NextButton, self.tr("&Next >")),
                (QWizard.WizardButton.FinishButton, self.tr("&Finish")),
                (QWizard.WizardButton.CancelButton, self.tr("Cancel")),
            )
        )
        self.source_page = BackupSourcePage()
        self.passphrase_page = PassphrasePage()
        self.passphrase_page.setSubTitle(
            self.tr("The restored vault gets a new passphrase and a new recovery key.")
        )
        self.run_page = RestoreRunPage(session, self)
        self.recovery_page = RecoveryKeyPage()
        for page in (self.source_page, self.passphrase_page, self.run_page, self.recovery_page):
            self.addPage(page)
        self.currentIdChanged.connect(self._page_changed)

    @property
    def restored(self) -> bool:
        return bool(self.run_page.recovery_key)

    def _page_changed(self, _page_id: int) -> None:
        if self.currentPage() is self.recovery_page and not self.recovery_page.groups:
            self.recovery_page.set_key(self.run_page.recovery_key)
            self.passphrase_page.passphrase.clear()
            self.passphrase_page.confirmation.clear()
            self.source_page.source.clear_secrets()

    @property
    def is_busy(self) -> bool:
        return self.run_page.is_busy

    def close_while_busy(self) -> None:
        self.run_page.progress.cancel()  # Cancel stops the restore first

    @property
    def key_made(self) -> bool:
        return self.restored

    def leave_question(self) -> str:
        return self.tr(
            "The vault was restored, but you have not confirmed the new recovery key. "
            "It will never be shown again. Close anyway?"
        )
