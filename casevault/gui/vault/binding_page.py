"""First-run step 2: tie the vault to this computer's keyring or not; then create it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QProgressBar,
    QRadioButton,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from casevault.core.session import Session
from casevault.gui.jobs import Job, describe
from casevault.gui.widgets.labels import plain_label


class BindingPage(QWizardPage):
    def __init__(self, session: Session, passphrase: Callable[[], str]) -> None:
        super().__init__()
        self._session = session
        self._passphrase = passphrase
        self._task: Job | None = None
        self.recovery_key = ""
        self.keyring_available = session.keyring_available()
        self.setTitle(self.tr("Tie the vault to this computer?"))
        self.setSubTitle(self.tr("You can choose one of two ways to protect the vault."))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Create the vault"))

        self.bound = QRadioButton(self.tr("&Tie it to this computer (recommended)"), self)
        self.bound.setAccessibleName(self.tr("Tie the vault to this computer"))
        bound_text = plain_label(
            self.tr(
                "The vault then needs your passphrase and a secret key kept in this "
                "computer's keyring. A copy of the vault files cannot be opened elsewhere, "
                "even by someone who knows the passphrase. If this computer breaks or is "
                "lost, only the recovery key can open the vault."
            ),
            self,
        )
        self.passphrase_only = QRadioButton(self.tr("&Passphrase only"), self)
        self.passphrase_only.setAccessibleName(self.tr("Passphrase only"))
        only_text = plain_label(
            self.tr(
                "The passphrase alone opens the vault, on this or any other computer. "
                "Choose this if you need to move the vault to another computer."
            ),
            self,
        )
        self.unavailable = plain_label(
            self.tr(
                "This computer has no system keyring that CaseVault can use, so the vault "
                "will be protected by the passphrase only."
            ),
            self,
        )
        self.unavailable.setStyleSheet("color: #8a5a00;")
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setFixedHeight(10)
        self.busy.setAccessibleName(self.tr("Creating the vault, please wait"))
        self.busy_label = plain_label(
            self.tr("Creating the vault. This takes a few seconds…"), self
        )
        self.error = plain_label("", self)
        self.error.setStyleSheet("color: #b3261e;")

        layout = QVBoxLayout(self)
        for widget in (self.unavailable, self.bound, bound_text, self.passphrase_only, only_text):
            layout.addWidget(widget)
        for text in (bound_text, only_text):
            text.setIndent(24)
        layout.addStretch(1)
        layout.addWidget(self.error)
        layout.addWidget(self.busy_label)
        layout.addWidget(self.busy)

        self.bound.setEnabled(self.keyring_available)
        self.unavailable.setVisible(not self.keyring_available)
        (self.bound if self.keyring_available else self.passphrase_only).setChecked(True)
        self._show_busy(False)
        self.error.hide()

    def checked_choice(self) -> QRadioButton:
        return self.bound if self.bound.isChecked() else self.passphrase_only

    @property
    def is_busy(self) -> bool:
        return self._task is not None

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        """Create the vault in a worker; the wizard moves on when it is done."""
        if self.recovery_key:
            return True
        if self.is_busy:
            return False
        self.error.hide()
        self._show_busy(True)
        session, passphrase = self._session, self._passphrase()
        bind = self.bound.isChecked() and self.keyring_available
        self._task = Job.call(lambda: session.create(passphrase, bind))
        self._task.succeeded.connect(self._on_created)
        self._task.failed.connect(self._on_failed)
        self._task.start()
        return False

    @Slot(object)
    def _on_created(self, recovery_key: str) -> None:
        self._task = None
        self.recovery_key = recovery_key
        self._show_busy(False)
        wizard = self.wizard()
        if wizard is not None:
            wizard.next()

    @Slot(object)
    def _on_failed(self, error: Exception) -> None:
        self._task = None
        self._show_busy(False)
        self.error.setText(describe(error))
        self.error.show()

    def _show_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.busy_label.setVisible(busy)
        for choice in (self.bound, self.passphrase_only):
            choice.setEnabled(not busy and (choice is not self.bound or self.keyring_available))
        wizard = self.wizard()
        if wizard is not None:
            wizard.button(QWizard.WizardButton.BackButton).setEnabled(not busy)
            wizard.button(QWizard.WizardButton.CancelButton).setEnabled(not busy)
            wizard.button(QWizard.WizardButton.CommitButton).setEnabled(not busy)
