"""What an empty vault shows: two clear ways to start."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from casevault.gui.widgets.labels import make_plain


class EmptyState(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("No cases yet"), self)
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        title.setFont(font)
        hint = QLabel(
            self.tr(
                "Start a new case, or add a few example cases to see how CaseVault works. "
                "The examples are invented (their codes start with DEMO-) and you can "
                "delete them later."
            ),
            self,
        )
        hint.setWordWrap(True)
        for label in (title, hint):
            make_plain(label)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.new_button = QPushButton(self.tr("&New case"), self)
        self.new_button.setAccessibleName(self.tr("New case"))
        self.new_button.setDefault(True)
        self.examples_button = QPushButton(self.tr("Add &example cases"), self)
        self.examples_button.setAccessibleName(self.tr("Add example cases"))
        for button in (self.new_button, self.examples_button):
            button.setMinimumHeight(36)
            button.setStyleSheet("QPushButton { padding: 6px 18px; }")

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.new_button)
        buttons.addSpacing(12)
        buttons.addWidget(self.examples_button)
        buttons.addStretch(1)
        column = QVBoxLayout()
        column.addWidget(title)
        column.addSpacing(6)
        column.addWidget(hint)
        column.addSpacing(18)
        column.addLayout(buttons)
        centred = QHBoxLayout()
        centred.addStretch(1)
        centred.addLayout(column, 3)
        centred.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(centred)
        outer.addStretch(2)
        self.setFocusProxy(self.new_button)
