"""The tray icon and its menu: Lock now, Show or hide the window, Quit (locks first).

The menu is its own object so it can be used (and tested) where there is no
system tray: offscreen, and on desktops without one (GNOME without an
extension). There `create_tray()` makes nothing, and asks Qt nothing that would
print a warning. The tooltip is only "CaseVault": nothing about cases.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QSystemTrayIcon


class TrayMenu(QObject):
    """The menu's actions; the owner connects the three requests."""

    lock_requested = Signal()
    toggle_requested = Signal()
    quit_requested = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.menu = QMenu()
        self.lock_action = QAction(self.tr("&Lock now"), self)
        self.toggle_action = QAction(self.tr("&Show window"), self)
        self.quit_action = QAction(self.tr("&Quit (locks first)"), self)
        self.lock_action.triggered.connect(self.lock_requested)
        self.toggle_action.triggered.connect(self.toggle_requested)
        self.quit_action.triggered.connect(self.quit_requested)
        self.menu.addAction(self.lock_action)
        self.menu.addAction(self.toggle_action)
        self.menu.addSeparator()
        self.menu.addAction(self.quit_action)

    def update(self, *, unlocked: bool, window_visible: bool) -> None:
        """Lock only while unlocked; the toggle says what it will do."""
        self.lock_action.setEnabled(unlocked)
        self.toggle_action.setText(
            self.tr("&Hide window") if window_visible else self.tr("&Show window")
        )

    def dispose(self) -> None:
        self.menu.deleteLater()


class Tray(QObject):
    """A QSystemTrayIcon showing `menu`; left click shows or hides the window."""

    def __init__(self, menu: TrayMenu, icon: object, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.icon = QSystemTrayIcon(icon, self)  # type: ignore[call-overload]
        self.icon.setToolTip("CaseVault")
        self.icon.setContextMenu(menu.menu)
        self.icon.activated.connect(self._activated)
        self._menu = menu
        self.icon.show()

    @Slot(QSystemTrayIcon.ActivationReason)
    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self._menu.toggle_requested.emit()

    def dispose(self) -> None:
        self.icon.hide()
        self.deleteLater()


def create_tray(
    menu: TrayMenu, icon: object, available: Callable[[], bool] | None = None
) -> Tray | None:
    """A tray icon if the desktop has a system tray, else None (no warning printed)."""
    has_tray = available or QSystemTrayIcon.isSystemTrayAvailable
    if not has_tray():
        return None
    return Tray(menu, icon, menu)
