"""Vault ▸ New recovery key…: replace a lost (or never seen) recovery key.

Step 1 asks for the passphrase (checked in a worker thread: one Argon2id run);
then, on the GUI thread, slot 1 of the header is sealed under a new recovery
key, so the old key opens nothing from then on. Step 2 is the first-run
wizard's recovery-key page: the key shown once, then one group typed back from
the paper before Finish is possible.
"""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from casevault.core.session import Session
from casevault.gui.jobs import Job, describe
from casevault.gui.vault.recovery_key_page import RecoveryKeyPage
from casevault.gui.vault.wizard import VaultWizard
from casevault.gui.widgets.labels import plain_label
from casevault.gui.widgets.passphrase_field import PassphraseField


class PassphraseCheckPage(QWizardPage):
    def __init__(self, session: Session) -> None:
        super().__init__()
        self._session = session
        self._task: Job | None = None
        self.key_text = ""
        self.setTitle(self.tr("Make a new recovery key"))
        self.setSubTitle(self.tr("The old recovery key will stop working."))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Make the new key"))
        explain = plain_label(
            self.tr(
                "Do this if the recovery key was lost, was never written down, or someone "
                "else may have seen it — for example after the duress passphrase opened a "
                "new vault, whose recovery key was never shown. The new key is shown once; "
                "from then on only the new key can recover the vault. Type your passphrase "
                "to confirm that it is you."
            ),
            self,
        )
        self.passphrase = PassphraseField(self.tr("Passphrase"), self)
        prompt = QLabel(self.tr("&Passphrase:"), self)
        prompt.setBuddy(self.passphrase)
        self.error = plain_label("", self)
        self.error.setStyleSheet("color: #b3261e;")
        self.error.hide()
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setFixedHeight(10)
        self.busy.setAccessibleName(self.tr("Checking the passphrase, please wait"))
        self.busy.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addSpacing(8)
        layout.addWidget(prompt)
        row = QHBoxLayout()
        row.addWidget(self.passphrase, 3)
        row.addStretch(2)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.busy)

    @property
    def is_busy(self) -> bool:
        return self._task is not None

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        """Check the passphrase in a worker; the wizard moves on when the key is made."""
        if self.key_text:
            return True
        if self.is_busy or not self.passphrase.text():
            return False
        self.error.hide()
        self.busy.show()
        self.passphrase.setEnabled(False)
        keys, typed = self._session.keys, self.passphrase.text()
        self._task = Job.call(lambda: keys.check_passphrase(typed))
        self._task.succeeded.connect(self._checked)
        self._task.failed.connect(self._failed)
        self._task.start()
        return False

    @Slot(object)
    def _checked(self, _result: object) -> None:
        self._task = None
        self.busy.hide()
        self.passphrase.clear()
        try:
            self.key_text = self._session.keys.replace_recovery_key()
        except Exception as error:  # a sentence for the person, never a traceback
            self._failed(error)
            return
        wizard = self.wizard()
        if wizard is not None:
            wizard.next()

    @Slot(object)
    def _failed(self, error: Exception) -> None:
        self._task = None
        self.busy.hide()
        self.passphrase.setEnabled(True)
        self.error.setText(describe(error))
        self.error.show()
        self.passphrase.mark_wrong()


class NewRecoveryKeyWizard(VaultWizard):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent, modal=True)
        self.setWindowTitle(self.tr("CaseVault: new recovery key"))
        self.name_buttons(
            (
                (QWizard.WizardButton.NextButton, self.tr("&Next >")),
                (QWizard.WizardButton.FinishButton, self.tr("&Finish")),
                (QWizard.WizardButton.CancelButton, self.tr("Cancel")),
            )
        )
        self.check_page = PassphraseCheckPage(session)
        self.recovery_page = RecoveryKeyPage()
        self.addPage(self.check_page)
        self.addPage(self.recovery_page)
        self.currentIdChanged.connect(self._page_changed)

    @Slot(int)
    def _page_changed(self, _page_id: int) -> None:
        if self.currentPage() is self.recovery_page and not self.recovery_page.groups:
            self.recovery_page.set_key(self.check_page.key_text)

    @property
    def is_busy(self) -> bool:
        return self.check_page.is_busy

    @property
    def key_made(self) -> bool:
        return bool(self.check_page.key_text)

    def leave_question(self) -> str:
        return self.tr(
            "The new recovery key is already in force and the old one no longer works, "
            "but you have not confirmed that you wrote the new one down. It will never "
            "be shown again. Close anyway? (You can make another new key later.)"
        )
