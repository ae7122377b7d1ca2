"""The search box: results follow the typing, 200 ms after the last key."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

DEBOUNCE_MS = 200


class SearchBox(QLineEdit):
    """`search_changed(text)` once typing pauses; Enter searches at once."""

    search_changed = Signal(str)
    down_pressed = Signal()  # go to the list with the arrow key

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("Search cases: names, places, words… (Ctrl+F)"))
        self.setAccessibleName(self.tr("Search cases"))
        self.setClearButtonEnabled(True)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._fire)
        self._sent = ""
        self.textChanged.connect(lambda _text: self._timer.start())
        self.returnPressed.connect(self._fire)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() == Qt.Key.Key_Down and not event.modifiers():
            self._fire()
            self.down_pressed.emit()
            return
        super().keyPressEvent(event)

    @property
    def pending(self) -> bool:
        return self._timer.isActive()

    @Slot()
    def _fire(self) -> None:
        self._timer.stop()
        text = self.text()
        if text.strip() != self._sent.strip():
            self._sent = text
            self.search_changed.emit(text)
