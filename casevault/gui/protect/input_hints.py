"""Tell input methods and on-screen keyboards that text fields hold sensitive text.

Every line edit and text editor of the app gets `ImhSensitiveData |
ImhNoPredictiveText` (single-line fields also `ImhNoAutoUppercase`: names,
codes, search words and passphrases are not sentences), so input methods,
on-screen keyboards and predictive text neither learn nor store what is typed.
Hints a field already has (hidden text, digits only) are kept.

Applied by `WindowGuard` when a widget is polished, that is before it is first
shown, so a field added anywhere later gets them without anyone remembering.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTextEdit, QWidget

SENSITIVE = Qt.InputMethodHint.ImhSensitiveData | Qt.InputMethodHint.ImhNoPredictiveText
SINGLE_LINE = SENSITIVE | Qt.InputMethodHint.ImhNoAutoUppercase
TEXT_FIELDS = (QLineEdit, QTextEdit, QPlainTextEdit)


def required_hints(widget: QWidget) -> Qt.InputMethodHint | None:
    """The hints `widget` must carry, or None if it is not a text field."""
    if isinstance(widget, QLineEdit):
        return SINGLE_LINE
    if isinstance(widget, QTextEdit | QPlainTextEdit):
        return SENSITIVE
    return None


def mark_sensitive(widget: QWidget) -> bool:
    """Add the hints to a text field; whether `widget` is one."""
    wanted = required_hints(widget)
    if wanted is None:
        return False
    hints = widget.inputMethodHints()
    if (hints & wanted) != wanted:
        widget.setInputMethodHints(hints | wanted)
    return True
