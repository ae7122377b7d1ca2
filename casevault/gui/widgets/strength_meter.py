"""A bar and plain words saying how hard the passphrase would be to guess."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from casevault.core.vault import strength
from casevault.core.vault.strength import Strength
from casevault.gui.widgets.labels import make_plain
from casevault.i18n.text import fill

CONTEXT = "StrengthMeter"
LEVELS = (
    QT_TRANSLATE_NOOP("StrengthMeter", "Very weak"),
    QT_TRANSLATE_NOOP("StrengthMeter", "Weak"),
    QT_TRANSLATE_NOOP("StrengthMeter", "Fair"),
    QT_TRANSLATE_NOOP("StrengthMeter", "Good"),
    QT_TRANSLATE_NOOP("StrengthMeter", "Strong"),
)
COLOURS = ("#b3261e", "#c75b12", "#a08000", "#2e7d32", "#1b5e20")
WARNINGS = {
    strength.TOO_SHORT: QT_TRANSLATE_NOOP(
        "StrengthMeter", "Use at least 12 characters. Several words are easiest to remember."
    ),
    strength.COMMON_PASSWORD: QT_TRANSLATE_NOOP(
        "StrengthMeter", "This is one of the most common passwords. It would be guessed at once."
    ),
    strength.COMMON_WORD: QT_TRANSLATE_NOOP(
        "StrengthMeter", "It contains a very common word or name."
    ),
    strength.KEYBOARD_PATTERN: QT_TRANSLATE_NOOP(
        "StrengthMeter", "Rows of keys such as “qwerty” are easy to guess."
    ),
    strength.SEQUENCE: QT_TRANSLATE_NOOP(
        "StrengthMeter", "Sequences such as “abcd” or “1234” are easy to guess."
    ),
    strength.REPEATED: QT_TRANSLATE_NOOP("StrengthMeter", "Repeated letters or words add little."),
    strength.ONLY_DIGITS: QT_TRANSLATE_NOOP("StrengthMeter", "Only digits: add some words."),
    strength.DATE: QT_TRANSLATE_NOOP(
        "StrengthMeter", "Dates and years, such as birthdays, are easy to guess."
    ),
    strength.APP_NAME: QT_TRANSLATE_NOOP("StrengthMeter", "Do not use the name of the program."),
}


def _tr(text: object) -> str:
    return QCoreApplication.translate(CONTEXT, str(text))


class StrengthMeter(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.result: Strength = strength.estimate("")
        self._bar = QProgressBar(self)
        self._bar.setRange(0, 5)
        self._bar.setTextVisible(False)
        self._bar.setFixedHeight(8)
        self._bar.setAccessibleName(self.tr("Passphrase strength"))
        self._level = QLabel(self)
        self._level.setMinimumWidth(160)
        make_plain(self._level)
        self._advice = QLabel(self)
        make_plain(self._advice)
        self._advice.setWordWrap(True)
        self._advice.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self._advice.setAccessibleName(self.tr("Advice about the passphrase"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        row = QHBoxLayout()
        row.addWidget(self._bar, 1)
        row.addWidget(self._level)
        layout.addLayout(row)
        layout.addWidget(self._advice)
        layout.addStretch(1)  # any spare height goes below, not between the lines
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.update_for("")

    def update_for(self, passphrase: str) -> Strength:
        self.result = strength.estimate(passphrase)
        score = self.result.score
        empty = not passphrase
        self._bar.setValue(0 if empty else score + 1)
        colour = COLOURS[score]
        self._bar.setStyleSheet(f"QProgressBar::chunk {{ background: {colour}; }}")
        level = fill(self.tr("Strength: %1"), _tr(LEVELS[score]))
        self._level.setText("" if empty else level)
        self._level.setStyleSheet(f"color: {colour}; font-weight: bold;")
        self._bar.setAccessibleDescription(level)
        advice = [_tr(WARNINGS[code]) for code in self.result.warnings if code in WARNINGS]
        self._advice.setText("" if empty else "\n".join(advice))
        self._advice.setVisible(bool(advice) and not empty)
        return self.result

    def level_text(self) -> str:
        return self._level.text()

    def advice_text(self) -> str:
        return self._advice.text()
