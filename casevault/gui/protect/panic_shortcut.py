"""The system-wide panic shortcut: which way this desktop allows, and whether it works.

- X11: a key grab (hotkey_x11.py).
- Windows: RegisterHotKey on the hidden notice window (native_windows.py).
- Wayland: a program cannot grab keys there (the compositor keeps them), so
  nothing is tried: bind `casevault panic` as a custom shortcut in the
  desktop's settings instead (docs/security.md gives the steps).
- macOS: a global key monitor needs the Accessibility permission; not offered,
  documented.
`status` says which case applies, for the settings dialog.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QGuiApplication

from casevault.gui.protect.hotkey_keys import parse
from casevault.gui.protect.hotkey_x11 import ACTIVE, X11Hotkey
from casevault.gui.protect.native_windows import WindowsNotices

OFF, INVALID, WAYLAND, MACOS, UNAVAILABLE = "off", "invalid", "wayland", "macos", "unavailable"


def desktop_kind(platform_name: str | None = None) -> str:
    """ "x11", "wayland", "windows", "macos" or "other" (offscreen, minimal, ...)."""
    name = platform_name if platform_name is not None else QGuiApplication.platformName()
    return {"xcb": "x11", "wayland": "wayland", "windows": "windows", "cocoa": "macos"}.get(
        name, "other"
    )


class PanicShortcut(QObject):
    triggered = Signal()

    def __init__(
        self,
        windows: WindowsNotices | None = None,
        *,
        platform_name: str | None = None,
        display_name: str | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._windows = windows
        self._platform_name = platform_name
        self._x11 = X11Hotkey(display_name or os.environ.get("DISPLAY"), self)
        self._x11.triggered.connect(self.triggered)
        if windows is not None:
            windows.hotkey_pressed.connect(self.triggered)
        self.status = OFF

    def start(self, text: str) -> str:
        """Take the shortcut `text` ("" = off); returns and keeps the status."""
        self.stop()
        self.status = self._start(text)
        return self.status

    def _start(self, text: str) -> str:
        if not text:
            return OFF
        hotkey = parse(text)
        if hotkey is None:
            return INVALID
        kind = desktop_kind(self._platform_name)
        if kind == "x11":
            return self._x11.grab(hotkey)
        if kind == "windows" and self._windows is not None:
            key, flags = hotkey.windows
            return ACTIVE if self._windows.register_hotkey(key, flags) else "taken"
        return {"wayland": WAYLAND, "macos": MACOS}.get(kind, UNAVAILABLE)

    @Slot()
    def stop(self) -> None:
        self._x11.release()
        if self._windows is not None:
            self._windows.unregister_hotkey()
        self.status = OFF
