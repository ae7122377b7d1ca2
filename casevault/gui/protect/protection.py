"""What the app controller switches on: the window guard, the tray, the operating
system's lock and sleep notices (Windows, macOS; Linux has session_watch.py), and
the system-wide panic shortcut while the vault is unlocked."""

from __future__ import annotations

import weakref
from typing import Protocol

from PySide6.QtCore import QObject, Slot

from casevault import settings
from casevault.gui.protect.icon import app_icon
from casevault.gui.protect.native_macos import MacNotices
from casevault.gui.protect.native_windows import WindowsNotices
from casevault.gui.protect.panic_shortcut import PanicShortcut
from casevault.gui.protect.tray import Tray, TrayMenu, create_tray
from casevault.gui.protect.window_guard import install_window_guard


class Controls(Protocol):
    """What Protection asks of the app controller."""

    def panic_lock(self) -> None: ...
    def lock_by_itself(self, reason: str = "") -> None: ...
    def toggle_window(self) -> None: ...
    def quit_locked(self) -> None: ...
    def window_state(self) -> tuple[bool, bool]: ...  # (unlocked, window visible)


class Protection(QObject):
    def __init__(self, controls: Controls, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # Weak: the application owns this object, and must not keep a controller alive.
        self._controls_ref = weakref.ref(controls)
        self.guard = install_window_guard()
        self.menu = TrayMenu(self)
        self.menu.lock_requested.connect(self._panic)
        self.menu.toggle_requested.connect(self._toggle)
        self.menu.quit_requested.connect(self._quit)
        self.menu.menu.aboutToShow.connect(self.refresh_menu)
        self.tray: Tray | None = create_tray(self.menu, app_icon())
        self.windows = WindowsNotices(self)
        self.mac = MacNotices(self)
        for notices in (self.windows, self.mac):
            notices.lock_requested.connect(self._by_itself)
            notices.start()
        self.shortcut = PanicShortcut(self.windows, parent=self)
        self.shortcut.triggered.connect(self._panic)

    def unlocked(self) -> None:
        self.shortcut.start(settings.panic_shortcut())
        self.refresh_menu()

    def locked(self) -> None:
        self.shortcut.stop()
        self.refresh_menu()

    def apply_preferences(self) -> None:
        controls = self._controls_ref()
        if controls is not None and controls.window_state()[0]:
            self.shortcut.start(settings.panic_shortcut())

    @Slot()
    def refresh_menu(self) -> None:
        controls = self._controls_ref()
        if controls is not None:
            unlocked, visible = controls.window_state()
            self.menu.update(unlocked=unlocked, window_visible=visible)

    def dispose(self) -> None:
        self.shortcut.stop()
        self.windows.stop()
        self.mac.stop()
        if self.tray is not None:
            self.tray.dispose()
            self.tray = None
        self.menu.dispose()

    @Slot()
    def _panic(self) -> None:
        controls = self._controls_ref()
        if controls is not None:
            controls.panic_lock()

    @Slot(str)
    def _by_itself(self, reason: str) -> None:
        controls = self._controls_ref()
        if controls is not None:
            controls.lock_by_itself(reason)

    @Slot()
    def _toggle(self) -> None:
        controls = self._controls_ref()
        if controls is not None:
            controls.toggle_window()
            self.refresh_menu()

    @Slot()
    def _quit(self) -> None:
        controls = self._controls_ref()
        if controls is not None:
            controls.quit_locked()
