"""What an export or backup produced: the file, its size and checksum, who signed it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from casevault.gui.exchange.naming import grouped, size_text
from casevault.gui.widgets.fields import HINT_STYLE
from casevault.gui.widgets.labels import plain_label


class ResultView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.headline = plain_label("", self)
        self.headline.setStyleSheet("color: #1b5e20; font-weight: bold;")
        self.file = self._value(self.tr("File"))
        self.size_label = self._value(self.tr("Size"))
        self.sha256 = self._value(self.tr("SHA-256"), fixed=True)
        self.signature = self._value(self.tr("Signature file"))
        self.signer = self._value(self.tr("Signed by this vault's key"), fixed=True)
        form = QFormLayout()
        form.addRow(self.tr("File:"), self.file)
        form.addRow(self.tr("Size:"), self.size_label)
        form.addRow(self.tr("SHA-256:"), self.sha256)
        form.addRow(self.tr("Signature:"), self.signature)
        form.addRow(self.tr("Signing key:"), self.signer)
        note = plain_label(
            self.tr(
                "Send the signature file together with the export. Head office can check "
                "the signing key's fingerprint with you by phone before trusting it."
            ),
            self,
            style=HINT_STYLE,
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addStretch(1)

    def _value(self, name: str, *, fixed: bool = False) -> QLabel:
        label = plain_label("", self)
        label.setAccessibleName(name)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if fixed:
            label.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        return label

    def show_result(
        self,
        headline: str,
        path: Path,
        size: int,
        sha256: str,
        signature: Path,
        fingerprint: str,
    ) -> None:
        self.headline.setText(headline)
        self.file.setText(str(path))
        self.size_label.setText(size_text(size))
        self.sha256.setText(grouped(sha256))
        self.signature.setText(str(signature))
        self.signer.setText(fingerprint)
