"""The first-run wizard: passphrase, device binding (creates the vault), recovery key.

Its first page also offers "Restore from a backup…" (a vault for a new laptop)."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget, QWizard

from casevault.core.session import Session
from casevault.gui.vault.binding_page import BindingPage
from casevault.gui.vault.passphrase_page import PassphrasePage
from casevault.gui.vault.recovery_key_page import RecoveryKeyPage
from casevault.gui.vault.restore_wizard import RestoreWizard
from casevault.gui.vault.wizard import VaultWizard


class FirstRunWizard(VaultWizard):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("CaseVault: new vault"))
        self.name_buttons(
            (
                (QWizard.WizardButton.BackButton, self.tr("< &Back")),
                (QWizard.WizardButton.NextButton, self.tr("&Next >")),
                (QWizard.WizardButton.CommitButton, self.tr("&Create the vault")),
                (QWizard.WizardButton.FinishButton, self.tr("&Finish")),
                (QWizard.WizardButton.CancelButton, self.tr("Cancel")),
            )
        )
        self.passphrase_page = PassphrasePage()
        self.binding_page = BindingPage(session, self.passphrase_page.passphrase.text)
        self.recovery_page = RecoveryKeyPage()
        self.addPage(self.passphrase_page)
        self.addPage(self.binding_page)
        self.addPage(self.recovery_page)
        self._session = session
        self.restore_wizard: RestoreWizard | None = None
        self.setButtonText(QWizard.WizardButton.CustomButton1, self.tr("&Restore from a backup…"))
        self.setOption(QWizard.WizardOption.HaveCustomButton1, True)
        self.customButtonClicked.connect(self.open_restore)
        self.currentIdChanged.connect(self._page_changed)

    def open_restore(self) -> None:
        """Restore instead of starting empty; a restored vault ends this wizard too."""
        wizard = RestoreWizard(self._session, self)
        wizard.finished.connect(lambda _code: self.accept() if wizard.restored else None)
        self.restore_wizard = wizard
        wizard.open()

    @property
    def created(self) -> bool:
        return bool(self.binding_page.recovery_key)

    def _page_changed(self, _page_id: int) -> None:
        first_page = self.currentPage() is self.passphrase_page
        self.setOption(QWizard.WizardOption.HaveCustomButton1, first_page)
        if self.currentPage() is self.recovery_page and not self.recovery_page.groups:
            self.recovery_page.set_key(self.binding_page.recovery_key)
            # The passphrase is no longer needed in the fields.
            self.passphrase_page.passphrase.clear()
            self.passphrase_page.confirmation.clear()
        # Keyboard users land on the page's first control, not on a hidden button.
        first = {
            self.passphrase_page: self.passphrase_page.passphrase,
            self.binding_page: self.binding_page.checked_choice(),
            self.recovery_page: self.recovery_page.written,
        }.get(self.currentPage())
        if first is not None:
            QTimer.singleShot(0, first, first.setFocus)

    @property
    def is_busy(self) -> bool:
        return self.binding_page.is_busy  # the vault is being written

    @property
    def key_made(self) -> bool:
        return self.created

    def leave_question(self) -> str:
        return self.tr(
            "The vault was created, but you have not confirmed the recovery key. "
            "It will never be shown again. Close anyway?"
        )
