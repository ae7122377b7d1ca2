"""The set-up shared by the vault's wizards: new vault, restore, new recovery key.

Each of them ends on the recovery-key page, so each asks the same question when it is
closed with a key made but not confirmed, and none can be closed while its work runs.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QWidget, QWizard

from casevault.gui.vault.recovery_key_page import RecoveryKeyPage, confirm_leave_without_key

MINIMUM_WIDTH = 720
MINIMUM_HEIGHT = 560


class VaultWizard(QWizard):
    """A modern-style wizard whose last page (the recovery key) has no Back or Cancel.

    Subclasses set `recovery_page` and answer `is_busy`, `key_made` and `leave_question`;
    `reject` (Cancel, Esc, the window's close button) then behaves the same in all.
    """

    recovery_page: RecoveryKeyPage

    def __init__(self, parent: QWidget | None = None, *, modal: bool = False) -> None:
        super().__init__(parent)
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        if modal:
            self.setModal(True)
        self.setMinimumSize(MINIMUM_WIDTH, MINIMUM_HEIGHT)

    def name_buttons(self, texts: Iterable[tuple[QWizard.WizardButton, str]]) -> None:
        """Qt's own button texts are not in our translations: the subclass gives them."""
        for button, text in texts:
            self.setButtonText(button, text)

    @property
    def is_busy(self) -> bool:
        """Work is running that closing now would interrupt or confuse."""
        return False

    def close_while_busy(self) -> None:
        """What a close asked for while busy does instead (by default, nothing)."""

    @property
    def key_made(self) -> bool:
        """A recovery key is in force, so leaving without confirming it needs a question."""
        return False

    def leave_question(self) -> str:
        """Says what was done and asks whether to close without the key."""
        raise NotImplementedError

    def reject(self) -> None:
        if self.is_busy:
            self.close_while_busy()
            return
        if (
            self.key_made
            and not self.recovery_page.confirmed()
            and not confirm_leave_without_key(self, self.leave_question())
        ):
            return
        super().reject()
