"""Who can open an export: the organisation's public keys, or a passphrase.

Recipients are ticked in a list (label and fingerprint, so a key can be checked
by reading it aloud); a passphrase is typed twice with a strength hint. The
widget only collects the choice; the export dialog hands it to core.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from casevault.gui.widgets.fields import ERROR_STYLE, HINT_STYLE
from casevault.gui.widgets.labels import plain_label
from casevault.gui.widgets.passphrase_field import PassphraseField
from casevault.gui.widgets.strength_meter import StrengthMeter


class Recipient(Protocol):
    """What the list shows of a saved recipient (core's `Recipient`)."""

    @property
    def public_key(self) -> str: ...
    @property
    def label(self) -> str: ...
    @property
    def fingerprint(self) -> str: ...


@dataclass(frozen=True)
class Encryption:
    recipients: tuple[str, ...] = ()
    passphrase: str | None = None


class EncryptionChoice(QWidget):
    changed = Signal()
    manage_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.to_keys = QRadioButton(self.tr("To the organisation's &keys (recommended)"), self)
        self.to_passphrase = QRadioButton(self.tr("To a pass&phrase"), self)
        group = QButtonGroup(self)
        group.addButton(self.to_keys)
        group.addButton(self.to_passphrase)
        self.keys_note = plain_label(
            self.tr("Only someone holding one of the ticked private keys can open the file."),
            self,
            style=HINT_STYLE,
        )
        self.recipients = QListWidget(self)
        self.recipients.setAccessibleName(self.tr("Recipients"))
        self.recipients.setMaximumHeight(110)
        self.manage_button = QPushButton(self.tr("&Manage recipients…"), self)
        self.passphrase = PassphraseField(self.tr("Export passphrase"), self)
        self.confirmation = PassphraseField(self.tr("Repeat the export passphrase"), self)
        self.meter = StrengthMeter(self)
        self.reveal = QCheckBox(self.tr("Show the passphrase"), self)
        self.problem_label = plain_label("", self, style=ERROR_STYLE)
        self.problem_label.hide()

        keys_box = QWidget(self)
        keys = QVBoxLayout(keys_box)
        keys.setContentsMargins(24, 0, 0, 0)
        keys.addWidget(self.keys_note)
        keys.addWidget(self.recipients)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.manage_button)
        keys.addLayout(row)
        self.passphrase_box = QWidget(self)
        form = QFormLayout(self.passphrase_box)
        form.setContentsMargins(24, 0, 0, 0)
        form.addRow(self.tr("Passphrase:"), self.passphrase)
        form.addRow("", self.meter)
        form.addRow(self.tr("Repeat it:"), self.confirmation)
        form.addRow("", self.reveal)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.to_keys)
        layout.addWidget(keys_box)
        layout.addWidget(self.to_passphrase)
        layout.addWidget(self.passphrase_box)
        layout.addWidget(self.problem_label)
        self.keys_box = keys_box

        self.to_keys.setChecked(True)
        self.to_keys.toggled.connect(self._mode_changed)
        self.recipients.itemChanged.connect(self._changed)
        self.passphrase.textChanged.connect(self._changed)
        self.confirmation.textChanged.connect(self._changed)
        self.reveal.toggled.connect(self.passphrase.set_revealed)
        self.reveal.toggled.connect(self.confirmation.set_revealed)
        self.manage_button.clicked.connect(self.manage_requested)
        self._mode_changed(True)

    def set_recipients(self, recipients: Sequence[Recipient]) -> None:
        """List the saved recipients; those ticked before stay ticked, new ones are ticked."""
        before = {key: ticked for key, ticked in self._states()}
        self.recipients.blockSignals(True)
        self.recipients.clear()
        for recipient in recipients:
            text = f"{recipient.label}   ({recipient.fingerprint})"
            item = QListWidgetItem(text, self.recipients)
            item.setData(Qt.ItemDataRole.UserRole, recipient.public_key)
            item.setToolTip(recipient.public_key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            ticked = before.get(recipient.public_key, True)
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        self.recipients.blockSignals(False)
        if not recipients and not self.to_passphrase.isChecked():
            self.keys_note.setText(
                self.tr("No recipients saved yet: add the organisation's public key first.")
            )
        else:
            self.keys_note.setText(
                self.tr("Only someone holding one of the ticked private keys can open the file.")
            )
        self._changed()

    def _states(self) -> list[tuple[str, bool]]:
        found = []
        for row in range(self.recipients.count()):
            item = self.recipients.item(row)
            ticked = item.checkState() == Qt.CheckState.Checked
            found.append((str(item.data(Qt.ItemDataRole.UserRole)), ticked))
        return found

    def chosen_keys(self) -> tuple[str, ...]:
        return tuple(key for key, ticked in self._states() if ticked)

    def choice(self) -> Encryption | None:
        """The choice, or None while it is incomplete (`problem()` says why)."""
        if self.problem():
            return None
        if self.to_keys.isChecked():
            return Encryption(recipients=self.chosen_keys())
        return Encryption(passphrase=self.passphrase.text())

    def problem(self) -> str:
        if self.to_keys.isChecked():
            if not self.chosen_keys():
                return self.tr("Tick at least one recipient, or choose a passphrase.")
            return ""
        chosen = self.passphrase.text()
        if not chosen:
            return self.tr("Type a passphrase for the export.")
        if self.meter.result.score == 0:
            return self.tr("This passphrase would be guessed at once. Choose a longer one.")
        if chosen != self.confirmation.text():
            return self.tr("The two passphrases are not the same yet.")
        return ""

    def clear_passphrase(self) -> None:
        self.passphrase.clear()
        self.confirmation.clear()

    @Slot(bool)
    def _mode_changed(self, _keys: bool) -> None:
        self.keys_box.setEnabled(self.to_keys.isChecked())
        self.passphrase_box.setEnabled(self.to_passphrase.isChecked())
        self._changed()

    @Slot()
    def _changed(self) -> None:
        self.meter.update_for(self.passphrase.text())
        problem = self.problem()
        typed = bool(self.passphrase.text() or self.confirmation.text())
        show = bool(problem) and (self.to_keys.isChecked() or typed)
        self.problem_label.setText(problem)
        self.problem_label.setVisible(show)
        self.changed.emit()
