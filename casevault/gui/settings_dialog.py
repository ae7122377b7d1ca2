"""Settings: the language (System, English, Español (México)). Nothing else is stored."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from casevault import settings


class SettingsDialog(QDialog):
    """On accept the choice is saved; `chosen` says which ("system", "en", "es_MX")."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("CaseVault")
        self.language = QComboBox(self)
        self.language.setAccessibleName(self.tr("Language"))
        self.language.addItem(self.tr("Same as the system"), "system")
        self.language.addItem("English", "en")  # each language in its own words
        self.language.addItem("Español (México)", "es_MX")
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language())))
        note = QLabel(
            self.tr(
                "The window changes language as soon as you press OK. "
                "CaseVault keeps only your language and the window size here, "
                "never anything about your cases."
            ),
            self,
        )
        note.setTextFormat(Qt.TextFormat.PlainText)
        note.setWordWrap(True)
        note.setStyleSheet("color: #555555;")
        form = QFormLayout()
        label = QLabel(self.tr("&Language:"), self)
        label.setBuddy(self.language)
        form.addRow(label, self.language)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)
        self.language.setFocus()

    @property
    def chosen(self) -> str:
        return str(self.language.currentData())

    def accept(self) -> None:
        settings.set_language(self.chosen)
        super().accept()
