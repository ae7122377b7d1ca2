"""The settings dialog's "Panic shortcut" group: the system-wide key, and what works here."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QKeySequenceEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casevault import settings
from casevault.gui.protect.hotkey_keys import parse
from casevault.gui.protect.panic_shortcut import desktop_kind
from casevault.gui.widgets.labels import plain_label

PORTABLE = QKeySequence.SequenceFormat.PortableText


class ShortcutSettings(QGroupBox):
    def __init__(self, parent: QWidget | None = None, platform_name: str | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("System-wide panic shortcut"))
        self.kind = desktop_kind(platform_name)
        current = settings.panic_shortcut()
        self.enabled = QCheckBox(
            self.tr("Lock with a shortcut even when another &program is in front"), self
        )
        self.enabled.setChecked(bool(current))
        self.keys = QKeySequenceEdit(self)
        self.keys.setMaximumSequenceLength(1)
        self.keys.setAccessibleName(self.tr("Panic shortcut"))
        self.keys.setKeySequence(
            QKeySequence.fromString(current or settings.DEFAULT_PANIC_SHORTCUT, PORTABLE)
        )
        self.default_button = QPushButton(self.tr("&Default"), self)
        self.default_button.setAccessibleName(self.tr("Use the default panic shortcut"))
        self.default_button.clicked.connect(self._use_default)
        self.problem = plain_label("", self)
        self.problem.setStyleSheet("color: #b3261e;")
        self.problem.hide()
        self.note = plain_label(self.explanation(), self)
        self.note.setStyleSheet("color: #555555;")
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row = QHBoxLayout()
        row.addWidget(self.keys, 1)
        row.addWidget(self.default_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.enabled)
        layout.addLayout(row)
        layout.addWidget(self.problem)
        layout.addWidget(self.note)
        offered = self.kind in ("x11", "windows")
        self.enabled.setEnabled(offered)
        self.keys.setEnabled(offered)
        self.default_button.setEnabled(offered)
        self.enabled.toggled.connect(self.keys.setEnabled)
        self.keys.keySequenceChanged.connect(lambda _s: self.problem.hide())

    def explanation(self) -> str:
        command = self.tr(
            "On any desktop you can also add a keyboard shortcut in the desktop's own "
            "settings that runs the command: casevault panic"
        )
        if self.kind == "wayland":
            return (
                self.tr(
                    "On Wayland no program may listen to the keyboard while another program "
                    "is in front, so CaseVault cannot offer this shortcut itself."
                )
                + " "
                + command
                + " "
                + self.tr(
                    "(GNOME: Settings ▸ Keyboard ▸ Custom Shortcuts; "
                    "KDE: System Settings ▸ Shortcuts ▸ Add Command)."
                )
            )
        if self.kind == "macos":
            return self.tr(
                "On macOS a program may watch the keyboard only with the Accessibility "
                "permission, which CaseVault does not ask for. Use Ctrl+L in the window, "
                "or lock the screen: CaseVault locks with it."
            )
        if self.kind in ("x11", "windows"):
            return (
                self.tr(
                    "Works while the vault is open, whichever program is in front. Ctrl+Alt+L "
                    "locks the screen on many desktops, which locks CaseVault too."
                )
                + " "
                + command
            )
        return command

    def chosen(self) -> str | None:
        """The text to save ("" = off), or None when the keys cannot be used system-wide."""
        if not self.enabled.isChecked():
            return ""
        hotkey = parse(self.keys.keySequence().toString(PORTABLE))
        return None if hotkey is None else hotkey.text

    def validate(self) -> bool:
        if self.enabled.isEnabled() and self.chosen() is None:
            self.problem.setText(
                self.tr(
                    "Choose a letter, digit or F-key together with Ctrl, Alt or Meta, for "
                    "example Ctrl+Alt+Shift+L."
                )
            )
            self.problem.show()
            return False
        return True

    def save(self) -> None:
        chosen = self.chosen()
        if self.enabled.isEnabled() and chosen is not None:
            settings.set_panic_shortcut(chosen)

    def _use_default(self) -> None:
        self.enabled.setChecked(True)
        self.keys.setKeySequence(QKeySequence.fromString(settings.DEFAULT_PANIC_SHORTCUT, PORTABLE))
