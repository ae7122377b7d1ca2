"""Text copied from a case field leaves the clipboard after a while and on lock.

Any copy or cut from one of the app's text fields (keyboard, context menu or
code) shows up as QClipboard.dataChanged while that field has the focus and
holds the copied text as its selection. The guard then replaces the clipboard
contents with the same text marked as secret, so clipboard managers (KDE's
Klipper, macOS pasteboard history) do not keep it, and clears it after
`seconds` unless something else has been copied since. Text another program
copied is never touched.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QObject, QTimer, Slot
from PySide6.QtGui import QClipboard, QGuiApplication
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QTextEdit

KDE_HINT = "x-kde-passwordManagerHint"
MACOS_CONCEALED = "application/x-nspasteboard-concealed-type"
_SECRET = b"secret"


def secret_mime_data(text: str) -> QMimeData:
    data = QMimeData()
    data.setText(text)
    data.setData(KDE_HINT, _SECRET)
    data.setData(MACOS_CONCEALED, _SECRET)
    return data


def _selected_text(widget: object) -> str | None:
    if isinstance(widget, QLineEdit):
        return widget.selectedText() if widget.hasSelectedText() else None
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        cursor = widget.textCursor()
        # The clipboard gets "\n" where the selection holds U+2029 (paragraph separator).
        return cursor.selection().toPlainText() if cursor.hasSelection() else None
    return None


class ClipboardGuard(QObject):
    """`seconds` 0 (or less) keeps copied text until lock; `clear_now()` is for lock."""

    def __init__(self, seconds: float, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.seconds = seconds
        self.guarded: str | None = None  # the text we put there, while it may still be there
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.clear_now)
        self._clipboard: QClipboard = QGuiApplication.clipboard()
        self._clipboard.dataChanged.connect(self._changed)
        self._replacing = False

    @property
    def clearing_scheduled(self) -> bool:
        return self._timer.isActive()

    def stop(self) -> None:
        self._timer.stop()
        self._clipboard.dataChanged.disconnect(self._changed)

    @Slot()
    def _changed(self) -> None:
        if self._replacing:
            return
        data = self._clipboard.mimeData()
        text = data.text() if data is not None and data.hasText() else ""
        if not text or not self._copied_here(text):
            self.guarded = None  # someone else's text now: not ours to clear
            self._timer.stop()
            return
        self._replacing = True
        try:
            self._clipboard.setMimeData(secret_mime_data(text))
        finally:
            self._replacing = False
        self.guarded = text
        if self.seconds > 0:
            self._timer.start(max(1, round(self.seconds * 1000)))
        else:
            self._timer.stop()

    def _copied_here(self, text: str) -> bool:
        if QApplication.activeWindow() is None:
            return False
        if self._clipboard.supportsSelection() and not self._clipboard.ownsClipboard():
            return False  # X11 tells us who owns it: another program
        selected = _selected_text(QApplication.focusWidget())
        return selected is not None and selected.replace("\u2029", "\n") == text

    @Slot()
    def clear_now(self) -> None:
        """Clear the clipboard if it still holds what was copied from a case field."""
        self._timer.stop()
        guarded, self.guarded = self.guarded, None
        if guarded is None:
            return
        data = self._clipboard.mimeData()
        if data is not None and data.hasFormat(KDE_HINT) and data.text() == guarded:
            self._replacing = True
            try:
                self._clipboard.clear()
            finally:
                self._replacing = False

    def clear_on_lock(self) -> None:
        """At lock: our copied text, and the X11 primary selection if we hold it."""
        self.clear_now()
        clipboard = self._clipboard
        if clipboard.supportsSelection() and clipboard.ownsSelection():
            self._replacing = True
            try:
                clipboard.clear(QClipboard.Mode.Selection)
            finally:
                self._replacing = False
