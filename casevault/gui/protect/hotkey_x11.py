"""The system-wide panic shortcut on X11: XGrabKey on the root window.

A passive grab on the root window makes the X server send that key
combination to us whichever window has the focus. It uses its own connection
to the X server (python-xlib, pure Python) read by a QSocketNotifier on the
GUI thread, so it works whatever Qt's own connection does. The grab is made
four times, with and without Caps Lock and Num Lock, which X counts as
modifiers. If another program holds the same grab, X refuses it (BadAccess)
and we say so instead of pretending. Only a local X server is used: no
network connection (promise 7).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QSocketNotifier, Signal, Slot

from casevault.gui.protect.hotkey_keys import X_LOCK, X_MOD2, Hotkey

try:  # python-xlib: a dependency on Linux only
    from Xlib import X, error
    from Xlib.display import Display
except ImportError:  # pragma: no cover - other systems
    X = error = Display = None

IGNORED_LOCKS = (0, X_LOCK, X_MOD2, X_LOCK | X_MOD2)
ACTIVE, TAKEN, NO_DISPLAY, UNKNOWN_KEY = "active", "taken", "no-display", "unknown-key"


def is_local_display(name: str | None) -> bool:
    """Only a local X server (":0", "unix:0"): reaching a remote one ("host:10", SSH
    forwarding) would open a network connection, which CaseVault never does."""
    return bool(name) and (name.startswith(":") or name.startswith("unix:"))  # type: ignore[union-attr]


class X11Hotkey(QObject):
    """`triggered` fires on the GUI thread when the combination is pressed anywhere."""

    triggered = Signal()

    def __init__(self, display_name: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._display_name = display_name
        self._display: Any = None
        self._root: Any = None
        self._keycode = 0
        self._mask = 0
        self._notifier: QSocketNotifier | None = None

    def grab(self, hotkey: Hotkey) -> str:
        """ACTIVE, or why not: TAKEN (another program has it), NO_DISPLAY, UNKNOWN_KEY."""
        self.release()
        if Display is None or not is_local_display(self._display_name):
            return NO_DISPLAY
        try:
            display = Display(self._display_name)
        except (error.DisplayError, error.ConnectionClosedError, OSError):
            return NO_DISPLAY
        keysym, mask = hotkey.x11
        keycode = display.keysym_to_keycode(keysym)
        if not keycode:
            display.close()
            return UNKNOWN_KEY
        root = display.screen().root
        refused = error.CatchError(error.BadAccess)
        for locks in IGNORED_LOCKS:
            root.grab_key(
                keycode, mask | locks, False, X.GrabModeAsync, X.GrabModeAsync, onerror=refused
            )
        display.sync()  # the server has answered every grab: a refusal is known now
        self._display, self._root, self._keycode, self._mask = display, root, keycode, mask
        if refused.get_error() is not None:
            self.release()
            return TAKEN
        self._notifier = QSocketNotifier(display.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._read)
        return ACTIVE

    @property
    def active(self) -> bool:
        return self._notifier is not None

    @Slot()
    def _read(self) -> None:
        display, pressed = self._display, False
        if display is None:
            return
        try:
            while display.pending_events():
                event = display.next_event()
                if event.type != X.KeyPress or event.detail != self._keycode:
                    continue
                if event.state & ~(X_LOCK | X_MOD2) & 0xFF == self._mask:
                    pressed = True
        except (error.ConnectionClosedError, OSError):
            self.release()
            return
        if pressed:  # once per batch: a held key repeats, one lock is enough
            self.triggered.emit()

    def release(self) -> None:
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None
        display, self._display = self._display, None
        if display is None:
            return
        try:
            quiet = error.CatchError()
            for locks in IGNORED_LOCKS:
                self._root.ungrab_key(self._keycode, self._mask | locks, onerror=quiet)
            display.sync()
            display.close()
        except (error.ConnectionClosedError, OSError):
            pass
