"""First-run step 3: show the recovery key once and make sure it was written down."""

from __future__ import annotations

import secrets

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from casevault.gui.widgets.labels import make_plain
from casevault.gui.widgets.passphrase_field import SENSITIVE_HINTS
from casevault.i18n.text import fill

COLUMNS = 7
_LOOKALIKES = str.maketrans({"0": "O", "1": "I", "8": "B"})


def normalise_group(text: str) -> str:
    """As the recovery-key parser reads it: any case, 0/1/8 for O/I/B, no spaces."""
    return "".join(ch for ch in text.upper() if ch.isalnum()).translate(_LOOKALIKES)


class RecoveryKeyPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.groups: list[str] = []
        self.asked_group = 0  # 1-based number of the group to type back
        self.setTitle(self.tr("Write down your recovery key"))
        self.setSubTitle(
            self.tr(
                "If you forget the passphrase or this computer breaks, "
                "only this key opens the vault."
            )
        )
        advice = QLabel(
            self.tr(
                "It is shown only now. Write it on paper, group by group, and check it. "
                "Keep the paper away from this laptop, or give it to your head office. "
                "Do not photograph it and do not save it on this computer."
            ),
            self,
        )
        make_plain(advice)
        advice.setWordWrap(True)

        self.key_box = QFrame(self)
        self.key_box.setFrameShape(QFrame.Shape.StyledPanel)
        self.key_box.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.key_box.setAccessibleName(self.tr("Recovery key"))
        self._grid = QGridLayout(self.key_box)
        self._grid.setHorizontalSpacing(18)
        self._grid.setVerticalSpacing(2)
        self._grid.setContentsMargins(16, 10, 16, 12)
        self.hidden_note = QLabel(
            self.tr("The key is hidden now. Untick the box to see it again."), self
        )
        make_plain(self.hidden_note)
        self.hidden_note.hide()

        self.written = QCheckBox(self.tr("I have &written the recovery key on paper"), self)
        self.written.setAccessibleName(self.tr("I have written the recovery key on paper"))
        self.prompt = QLabel(self)
        make_plain(self.prompt)
        self.prompt.setWordWrap(True)
        self.group_field = QLineEdit(self)
        self.group_field.setInputMethodHints(SENSITIVE_HINTS)
        self.group_field.setMaxLength(8)
        self.group_field.setFixedWidth(120)
        self.group_field.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.prompt.setBuddy(self.group_field)
        self.check = QLabel(self)
        make_plain(self.check)
        confirm_row = QHBoxLayout()
        confirm_row.addWidget(self.group_field)
        confirm_row.addWidget(self.check, 1)
        self.confirm_box = QWidget(self)
        confirm_layout = QVBoxLayout(self.confirm_box)
        confirm_layout.setContentsMargins(24, 0, 0, 0)
        confirm_layout.addWidget(self.prompt)
        confirm_layout.addLayout(confirm_row)
        self.confirm_box.setEnabled(False)
        self._complete = False

        layout = QVBoxLayout(self)
        layout.addWidget(advice)
        layout.addWidget(self.key_box)
        layout.addWidget(self.hidden_note)
        layout.addSpacing(8)
        layout.addWidget(self.written)
        layout.addWidget(self.confirm_box)
        layout.addStretch(1)

        self.written.toggled.connect(self._written_toggled)
        self.group_field.textChanged.connect(self._group_typed)

    def set_key(self, key_text: str) -> None:
        self.groups = key_text.split("-")
        self.asked_group = 2 + secrets.randbelow(len(self.groups) - 1)
        fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        fixed.setPointSizeF(fixed.pointSizeF() * 1.5)
        fixed.setBold(True)
        for index, group in enumerate(self.groups):
            row, column = divmod(index, COLUMNS)
            number = QLabel(str(index + 1), self.key_box)
            number.setStyleSheet("color: palette(mid);")
            number.setAlignment(Qt.AlignmentFlag.AlignCenter)
            cell = QLabel(group, self.key_box)
            make_plain(cell)
            cell.setFont(fixed)
            cell.setAlignment(Qt.AlignmentFlag.AlignCenter)
            cell.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self._grid.addWidget(number, row * 2, column)
            self._grid.addWidget(cell, row * 2 + 1, column)
        self.key_box.setAccessibleDescription(" ".join(self.groups))
        self.prompt.setText(
            fill(
                self.tr("Now, reading from your paper, type group number %1:"),
                str(self.asked_group),
            )
        )
        self.group_field.setAccessibleName(
            fill(self.tr("Group number %1 of the recovery key"), str(self.asked_group))
        )

    def _written_toggled(self, written: bool) -> None:
        # Hiding the key makes the check read from the paper, not from the screen.
        self.key_box.setVisible(not written)
        self.hidden_note.setVisible(written)
        self.confirm_box.setEnabled(written)
        if written:
            self.group_field.setFocus(Qt.FocusReason.OtherFocusReason)
        self._set_complete(self.confirmed())

    def _group_typed(self, text: str) -> None:
        if not text:
            self.check.setText("")
        elif self._group_matches():
            self.check.setText(self.tr("✓ Correct"))
            self.check.setStyleSheet("color: #1b5e20;")
        elif len(normalise_group(text)) >= len(self.groups[self.asked_group - 1]):
            self.check.setText(self.tr("This does not match. Check what you wrote."))
            self.check.setStyleSheet("color: #b3261e;")
        else:
            self.check.setText("")
        self._set_complete(self.confirmed())

    def _set_complete(self, complete: bool) -> None:
        self._complete = complete
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        return self._complete

    def _group_matches(self) -> bool:
        if not self.groups:
            return False
        expected = self.groups[self.asked_group - 1]
        return normalise_group(self.group_field.text()) == normalise_group(expected)

    def confirmed(self) -> bool:
        return self.written.isChecked() and self._group_matches()


def confirm_leave_without_key(parent: QWidget, text: str) -> bool:
    """Ask before closing a wizard whose recovery key was made but not confirmed.

    `text` says what was done (created, restored, replaced); the answer is True only
    when the person chooses to close without the key.
    """
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle("CaseVault")
    box.setText(text)
    leave = box.addButton(
        QCoreApplication.translate("FirstRunWizard", "Close without the key"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    stay = box.addButton(
        QCoreApplication.translate("FirstRunWizard", "Go back to the key"),
        QMessageBox.ButtonRole.RejectRole,
    )
    box.setDefaultButton(stay)
    box.exec()
    return box.clickedButton() is leave
