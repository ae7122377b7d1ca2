"""A passphrase input: hidden, no prediction, and able to say "wrong" clearly."""

from __future__ import annotations

from PySide6.QtCore import QEasingCurve, QPoint, QPropertyAnimation, Qt
from PySide6.QtWidgets import QLineEdit, QWidget

SENSITIVE_HINTS = (
    Qt.InputMethodHint.ImhSensitiveData
    | Qt.InputMethodHint.ImhNoPredictiveText
    | Qt.InputMethodHint.ImhHiddenText
)
ERROR_STYLE = "QLineEdit { border: 2px solid #b3261e; border-radius: 3px; padding: 3px; }"


class PassphraseField(QLineEdit):
    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEchoMode(QLineEdit.EchoMode.Password)
        self.setInputMethodHints(SENSITIVE_HINTS)
        self.setAccessibleName(accessible_name)
        self.setMinimumWidth(320)
        self._animation: QPropertyAnimation | None = None
        self._marked = False
        self.textEdited.connect(self._unmark_on_edit)

    @property
    def marked(self) -> bool:
        return self._marked

    def set_revealed(self, revealed: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if revealed else QLineEdit.EchoMode.Password
        self.setEchoMode(mode)

    def mark_wrong(self) -> None:
        """Red border, a short shake, everything selected so retyping replaces it."""
        self._marked = True
        self.setStyleSheet(ERROR_STYLE)
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        self.selectAll()
        self.shake()

    def unmark(self) -> None:
        self._marked = False
        self.setStyleSheet("")

    def shake(self) -> None:
        if self._animation is not None:
            self._animation.stop()
            self.move(self._animation.startValue())
        origin = self.pos()
        animation = QPropertyAnimation(self, b"pos", self)
        animation.setDuration(360)
        animation.setStartValue(origin)
        for step, dx in enumerate((-10, 10, -8, 8, -4, 4, 0), start=1):
            animation.setKeyValueAt(step / 8, origin + QPoint(dx, 0))
        animation.setEndValue(origin)
        animation.setEasingCurve(QEasingCurve.Type.Linear)
        animation.start()
        self._animation = animation

    def _unmark_on_edit(self, _text: str) -> None:
        if self._marked:
            self.unmark()
