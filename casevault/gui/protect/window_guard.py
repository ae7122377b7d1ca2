"""One application-wide event filter for what every window and field must have.

- Polish (a widget about to be shown the first time): text fields get the
  sensitive-input hints (input_hints.py).
- Show of a top-level window (main window, dialogs, the unlock screen, message
  boxes): the window is excluded from screen capture where the OS allows it
  (capture.py). Native windows are created at the first show, so this is the
  first moment there is something to exclude; it is applied again at every show
  because a window's native handle can be recreated.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget

from casevault.gui.protect import capture
from casevault.gui.protect.icon import app_icon
from casevault.gui.protect.input_hints import mark_sensitive

_POLISH = QEvent.Type.Polish
_SHOW = QEvent.Type.Show


class WindowGuard(QObject):
    """`exclude` is the capture exclusion step (tests pass a recorder); None where the
    platform has none, so that nothing is done for it."""

    def __init__(
        self,
        exclude: Callable[[QWidget], bool] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._exclude = exclude
        self.excluded = 0  # windows the OS agreed to leave out of captures

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        kind = event.type()
        if kind == _POLISH:
            if isinstance(watched, QWidget):
                mark_sensitive(watched)
        elif (
            kind == _SHOW
            and self._exclude is not None
            and isinstance(watched, QWidget)
            and watched.isWindow()
            and self._exclude(watched)
        ):
            self.excluded += 1
        return False


def install_window_guard(exclude: Callable[[QWidget], bool] | None = None) -> WindowGuard | None:
    """Install the guard once per application (later calls return the same one) and give
    every window the app icon. `exclude` defaults to the platform's capture exclusion."""
    app = QCoreApplication.instance()
    if app is None:
        return None
    existing = app.findChild(WindowGuard, "casevault-window-guard")
    if isinstance(existing, WindowGuard):
        return existing
    if exclude is None and capture.supported():
        exclude = capture.exclude_from_capture
    guard = WindowGuard(exclude, app)
    guard.setObjectName("casevault-window-guard")
    app.installEventFilter(guard)
    if isinstance(app, QApplication):
        app.setWindowIcon(app_icon())
    return guard
