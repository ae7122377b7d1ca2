"""Windows: lock on session lock and before sleep, and the system-wide panic shortcut.

A hidden native window (a QWindow that is created but never shown) receives:
- WM_WTSSESSION_CHANGE with WTS_SESSION_LOCK (Win+L, lock screen, switching user)
  once registered with WTSRegisterSessionNotification;
- WM_POWERBROADCAST with PBT_APMSUSPEND (sleep, hibernate, lid close), which
  Windows broadcasts to every top-level window;
- WM_HOTKEY for the shortcut registered with RegisterHotKey(hwnd, ...).
Qt hands each native message to a QAbstractNativeEventFilter as a pointer to
a MSG structure; `decode` turns the MSG into what happened. `decode` is pure
logic and tested on every system with a MSG built by the test.
"""

from __future__ import annotations

import ctypes
import sys
from ctypes import wintypes
from typing import Any

from PySide6.QtCore import QAbstractNativeEventFilter, QCoreApplication, QObject, Signal
from PySide6.QtGui import QWindow

WM_HOTKEY = 0x0312
WM_POWERBROADCAST = 0x0218
WM_WTSSESSION_CHANGE = 0x02B1
WTS_SESSION_LOCK = 0x7
PBT_APMSUSPEND = 0x4
NOTIFY_FOR_THIS_SESSION = 0
HOTKEY_ID = 0x4356  # "CV": ours within this window
MESSAGE_TYPES = (b"windows_generic_MSG", b"windows_dispatcher_MSG")


def _dll(name: str) -> Any:
    """A Windows system library (only ever called on Windows)."""
    return ctypes.WinDLL(name)  # type: ignore[attr-defined]


def decode(msg: wintypes.MSG, hwnd: int, hotkey_id: int = HOTKEY_ID) -> str | None:
    """ "session-lock", "sleep", "hotkey" or None for a message of our window `hwnd`."""
    if msg.message == WM_WTSSESSION_CHANGE and msg.wParam == WTS_SESSION_LOCK:
        return "session-lock"
    if msg.message == WM_POWERBROADCAST and msg.wParam == PBT_APMSUSPEND:
        return "sleep"
    if msg.message == WM_HOTKEY and msg.wParam == hotkey_id and (msg.hWnd or 0) == hwnd:
        return "hotkey"
    return None


class _Filter(QAbstractNativeEventFilter):
    def __init__(self, owner: WindowsNotices) -> None:
        super().__init__()
        self._owner = owner

    def nativeEventFilter(self, event_type: object, message: int) -> tuple[bool, int]:  # noqa: N802
        if bytes(event_type) not in MESSAGE_TYPES or not message:  # type: ignore[call-overload]
            return False, 0
        msg = wintypes.MSG.from_address(int(message))
        what = decode(msg, self._owner.hwnd)
        if what == "hotkey":
            self._owner.hotkey_pressed.emit()
            return True, 0
        if what is not None:
            self._owner.lock_requested.emit(what)
        return False, 0  # lock and sleep notices: Windows and Qt may want them too


class WindowsNotices(QObject):
    """Emits `lock_requested(reason)` and `hotkey_pressed()`; Windows only."""

    lock_requested = Signal(str)
    hotkey_pressed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.hwnd = 0
        self._window: QWindow | None = None
        self._filter: _Filter | None = None
        self._registered = False
        self._hotkey = False

    def start(self) -> bool:
        """Listen for session lock and sleep; whether Windows accepted the registration."""
        if sys.platform != "win32" or self._filter is not None:  # pragma: no cover
            return False
        self._window = QWindow()
        self._window.create()
        self.hwnd = int(self._window.winId())
        self._filter = _Filter(self)
        app = QCoreApplication.instance()
        if app is not None:
            app.installNativeEventFilter(self._filter)
        try:  # pragma: no cover - Windows only
            wtsapi = _dll("wtsapi32")
            register = wtsapi.WTSRegisterSessionNotification
            register.argtypes = (wintypes.HWND, wintypes.DWORD)
            self._registered = bool(register(self.hwnd, NOTIFY_FOR_THIS_SESSION))
        except (OSError, AttributeError):
            self._registered = False
        return self._registered

    def register_hotkey(self, virtual_key: int, flags: int) -> bool:  # pragma: no cover
        if sys.platform != "win32" or not self.hwnd:
            return False
        self.unregister_hotkey()
        user32 = _dll("user32")
        user32.RegisterHotKey.argtypes = (wintypes.HWND, ctypes.c_int, wintypes.UINT, wintypes.UINT)
        self._hotkey = bool(user32.RegisterHotKey(self.hwnd, HOTKEY_ID, flags, virtual_key))
        return self._hotkey

    def unregister_hotkey(self) -> None:  # pragma: no cover - Windows only
        if self._hotkey:
            user32 = _dll("user32")
            user32.UnregisterHotKey(wintypes.HWND(self.hwnd), HOTKEY_ID)
            self._hotkey = False

    def stop(self) -> None:
        if self._filter is None:
            return
        self.unregister_hotkey()  # pragma: no cover - Windows only from here
        if self._registered:
            wtsapi = _dll("wtsapi32")
            wtsapi.WTSUnRegisterSessionNotification(wintypes.HWND(self.hwnd))
            self._registered = False
        app = QCoreApplication.instance()
        if app is not None:
            app.removeNativeEventFilter(self._filter)
        self._filter = None
        if self._window is not None:
            self._window.destroy()
            self._window = None
