"""Settings: the language and when the vault locks by itself. Nothing about cases."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from casevault import settings
from casevault.gui.protect.shortcut_settings import ShortcutSettings
from casevault.gui.widgets.labels import make_plain
from casevault.i18n.text import fill


class SettingsDialog(QDialog):
    """On accept the choices are saved; `chosen` is the language ("system", "en", "es_MX")."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("CaseVault")
        self.language = QComboBox(self)
        self.language.setAccessibleName(self.tr("Language"))
        self.language.addItem(self.tr("Same as the system"), "system")
        self.language.addItem("English", "en")  # each language in its own words
        self.language.addItem("Español (México)", "es_MX")
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language())))
        self.auto_lock = QComboBox(self)
        self.auto_lock.setAccessibleName(self.tr("Lock after this long without activity"))
        for minutes in settings.AUTO_LOCK_MINUTES:
            self.auto_lock.addItem(fill(self.tr("%1 min"), str(minutes)), minutes)
        self.auto_lock.setCurrentIndex(self.auto_lock.findData(settings.auto_lock_minutes()))
        self.clipboard = QComboBox(self)
        self.clipboard.setAccessibleName(self.tr("Clear copied text from the clipboard after"))
        for seconds in settings.CLIPBOARD_SECONDS:
            text = fill(self.tr("%1 s"), str(seconds)) if seconds else self.tr("Only on lock")
            self.clipboard.addItem(text, seconds)
        self.clipboard.setCurrentIndex(self.clipboard.findData(settings.clipboard_seconds()))
        self.minimise = QCheckBox(self.tr("Lock when the window is &minimised"), self)
        self.minimise.setChecked(settings.lock_on_minimise())
        note = QLabel(
            self.tr(
                "The window changes language as soon as you press OK. "
                "CaseVault keeps only your language, the window size and these lock "
                "settings here, never anything about your cases."
            ),
            self,
        )
        make_plain(note)
        note.setWordWrap(True)
        note.setStyleSheet("color: #555555;")
        form = QFormLayout()
        label = QLabel(self.tr("&Language:"), self)
        label.setBuddy(self.language)
        form.addRow(label, self.language)
        for text, field in (
            (self.tr("&Auto-lock after:"), self.auto_lock),
            (self.tr("Clear c&opied text after:"), self.clipboard),
        ):
            row_label = QLabel(text, self)
            row_label.setBuddy(field)
            form.addRow(row_label, field)
        form.addRow("", self.minimise)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.panic_shortcut = ShortcutSettings(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.panic_shortcut)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)
        self.language.setFocus()

    @property
    def chosen(self) -> str:
        return str(self.language.currentData())

    def accept(self) -> None:
        if not self.panic_shortcut.validate():
            return
        self.panic_shortcut.save()
        settings.set_language(self.chosen)
        settings.set_auto_lock_minutes(int(self.auto_lock.currentData()))
        settings.set_clipboard_seconds(int(self.clipboard.currentData()))
        settings.set_lock_on_minimise(self.minimise.isChecked())
        super().accept()
