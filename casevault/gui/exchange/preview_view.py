"""The import preview: who signed the file and what importing it would change.

Shown before anything is written. An unknown signing key can be marked as
trusted here (with a label), which takes effect when the import is applied.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from casevault.core import exchange
from casevault.gui.exchange.naming import when_text
from casevault.gui.widgets.fields import HINT_STYLE
from casevault.gui.widgets.labels import plain_label

WARN_STYLE = "color: #8a5a00; font-weight: bold;"
OK_STYLE = "color: #1b5e20; font-weight: bold;"


class PreviewView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._can_trust = False
        fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        signer = QGroupBox(self.tr("Signed by"), self)
        self.trust_state = plain_label("", signer)
        self.fingerprint = plain_label("", signer)
        self.fingerprint.setFont(fixed)
        self.fingerprint.setAccessibleName(self.tr("Signing key fingerprint"))
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.vault_id = plain_label("", signer)
        self.vault_id.setFont(fixed)
        self.exported_at = plain_label("", signer)
        self.trust = QCheckBox(self.tr("&Trust this signing key from now on, as:"), signer)
        self.trust_label = QLineEdit(signer)
        self.trust_label.setPlaceholderText(self.tr("e.g. Laptop of the Tapachula team"))
        self.trust_label.setAccessibleName(self.tr("Label for the signing key"))
        self.trust_label.setMaxLength(80)
        self.trust_label.setEnabled(False)
        self.trust_hint = plain_label(
            self.tr(
                "Trust a key only after checking its fingerprint with the person who "
                "sent the file, for example by phone."
            ),
            signer,
            style=HINT_STYLE,
        )
        trust_row = QHBoxLayout()
        trust_row.addWidget(self.trust)
        trust_row.addWidget(self.trust_label, 1)
        self.trust_row = QWidget(signer)
        self.trust_row.setLayout(trust_row)
        trust_row.setContentsMargins(0, 0, 0, 0)
        signer_form = QFormLayout(signer)
        signer_form.addRow(self.trust_state)
        signer_form.addRow(self.tr("Fingerprint:"), self.fingerprint)
        signer_form.addRow(self.tr("Vault:"), self.vault_id)
        signer_form.addRow(self.tr("Exported:"), self.exported_at)
        signer_form.addRow(self.trust_row)
        signer_form.addRow(self.trust_hint)

        changes = QGroupBox(self.tr("What importing would change"), self)
        self.counts: dict[str, QLabel] = {}
        counts_form = QFormLayout()
        for key, text in (
            ("added", self.tr("New records:")),
            ("updated", self.tr("Updated records:")),
            ("unchanged", self.tr("Unchanged records:")),
            ("conflicts", self.tr("Conflicts to resolve:")),
            ("attachments", self.tr("Attachments:")),
        ):
            value = QLabel("0", changes)
            value.setAccessibleName(text.rstrip(":"))
            self.counts[key] = value
            counts_form.addRow(text, value)
        self.cases = QListWidget(changes)
        self.cases.setAccessibleName(self.tr("Cases touched"))
        self.conflict_note = plain_label(
            self.tr(
                "Conflicts: the same record was changed here and in the file. Both versions "
                "are kept and you choose one afterwards (Vault ▸ Conflicts…)."
            ),
            changes,
            style=HINT_STYLE,
        )
        changes_layout = QHBoxLayout(changes)
        left = QVBoxLayout()
        left.addLayout(counts_form)
        left.addWidget(self.conflict_note)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(plain_label(self.tr("Cases touched:"), changes))
        right.addWidget(self.cases, 1)
        changes_layout.addLayout(left, 1)
        changes_layout.addLayout(right, 1)

        self.nothing_written = plain_label(
            self.tr("Nothing has been written to your vault yet. Apply to import, or Cancel."),
            self,
            style=HINT_STYLE,
        )
        layout = QVBoxLayout(self)
        layout.addWidget(signer)
        layout.addWidget(changes, 1)
        layout.addWidget(self.nothing_written)
        self.trust.toggled.connect(self.trust_label.setEnabled)
        self.trust.toggled.connect(self._focus_label)

    def _focus_label(self, on: bool) -> None:
        if on:
            self.trust_label.setFocus()

    def show_preview(self, preview: exchange.ImportPreview) -> None:
        if not preview.signature_valid:
            self.trust_state.setText(self.tr("Not signed: who made this file cannot be checked."))
            self.trust_state.setStyleSheet(WARN_STYLE)
        elif preview.signer_trusted:
            self.trust_state.setText(self.tr("Signed with a key you trust."))
            self.trust_state.setStyleSheet(OK_STYLE)
        else:
            self.trust_state.setText(
                self.tr("Signed correctly, but with a key you have not marked as trusted.")
            )
            self.trust_state.setStyleSheet(WARN_STYLE)
        self.fingerprint.setText(preview.signer_fingerprint)
        self.vault_id.setText(preview.signer_vault_id)
        self.exported_at.setText(when_text(preview.exported_at))
        can_trust = preview.signature_valid and not preview.signer_trusted
        self._can_trust = can_trust
        self.trust_row.setVisible(can_trust)
        self.trust_hint.setVisible(can_trust)
        self.trust.setChecked(False)
        self.trust_label.clear()
        for key, label in self.counts.items():
            label.setText(str(getattr(preview, key)))
        self.counts["conflicts"].setStyleSheet(WARN_STYLE if preview.conflicts else "")
        self.conflict_note.setVisible(preview.conflicts > 0)
        self.cases.clear()
        self.cases.addItems(list(preview.cases))

    def trust_choice(self) -> str | None:
        """The label to trust the signer under, or None when not ticked."""
        if not self.trust.isChecked() or not self._can_trust:
            return None
        return self.trust_label.text().strip() or self.tr("Trusted signing key")
