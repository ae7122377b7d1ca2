"""Lock when the desktop locks its screen or the computer goes to sleep (Linux, D-Bus).

Session bus: `org.freedesktop.ScreenSaver.ActiveChanged(bool)` (KDE, Xfce, many
others) and `org.gnome.ScreenSaver.ActiveChanged(bool)` (GNOME). System bus:
logind's `org.freedesktop.login1.Manager.PrepareForSleep(bool)` (suspend, hibernate,
lid close) and `org.freedesktop.login1.Session.Lock` (`loginctl lock-session`).

Best effort: a missing bus is reported in `problems` and the app carries on.
Each watcher opens its own named connection to the address in the environment
(QDBusConnection.sessionBus() is made once per process and would keep whatever
bus existed at that moment). Windows and macOS: not implemented, see docs/security.md.
"""

from __future__ import annotations

import itertools
import os
import sys
from typing import cast

from PySide6.QtCore import SLOT, QObject, Signal, Slot
from PySide6.QtDBus import QDBusConnection

SYSTEM_BUS_DEFAULT = "unix:path=/run/dbus/system_bus_socket"
_SCREENSAVERS = ("org.freedesktop.ScreenSaver", "org.gnome.ScreenSaver")
_LOGIN_MANAGER = "org.freedesktop.login1.Manager"
_LOGIN_SESSION = "org.freedesktop.login1.Session"
_names = itertools.count(1)


class SessionWatch(QObject):
    """Emits `lock_requested(reason)` with reason "screen-lock", "sleep" or "session-lock"."""

    lock_requested = Signal(str)

    def __init__(
        self,
        session_address: str | None = None,
        system_address: str | None = None,
        parent: QObject | None = None,
    ) -> None:
        """Addresses default to DBUS_SESSION_BUS_ADDRESS and DBUS_SYSTEM_BUS_ADDRESS."""
        super().__init__(parent)
        self._session_address = session_address
        self._system_address = system_address
        self._names: list[str] = []
        self.watching: list[str] = []  # "session", "system": the buses listened to
        self.problems: list[str] = []  # "session", "system": the buses not reachable

    def start(self) -> None:
        if not sys.platform.startswith("linux"):
            return
        session = self._session_address or os.environ.get("DBUS_SESSION_BUS_ADDRESS", "")
        system = (
            self._system_address
            or os.environ.get("DBUS_SYSTEM_BUS_ADDRESS", "")
            or SYSTEM_BUS_DEFAULT
        )
        bus = self._open("session", session)
        if bus is not None:
            for interface in _SCREENSAVERS:
                bus.connect("", "", interface, "ActiveChanged", self, _slot("_screen_saver(bool)"))
            _settle(bus)
        bus = self._open("system", system)
        if bus is not None:
            bus.connect("", "", _LOGIN_MANAGER, "PrepareForSleep", self, _slot("_sleep(bool)"))
            bus.connect("", "", _LOGIN_SESSION, "Lock", self, _slot("_session_lock()"))
            _settle(bus)

    def stop(self) -> None:
        for name in self._names:
            QDBusConnection.disconnectFromBus(name)
        self._names.clear()
        self.watching.clear()

    def _open(self, kind: str, address: str) -> QDBusConnection | None:
        if not address:
            self.problems.append(kind)
            return None
        name = f"casevault-{kind}-watch-{next(_names)}"
        bus = QDBusConnection.connectToBus(address, name)
        if not bus.isConnected():
            QDBusConnection.disconnectFromBus(name)
            self.problems.append(kind)
            return None
        self._names.append(name)
        self.watching.append(kind)
        return bus

    @Slot(bool)
    def _screen_saver(self, active: bool) -> None:
        if active:
            self.lock_requested.emit("screen-lock")

    @Slot(bool)
    def _sleep(self, going_to_sleep: bool) -> None:
        if going_to_sleep:
            self.lock_requested.emit("sleep")

    @Slot()
    def _session_lock(self) -> None:
        self.lock_requested.emit("session-lock")


def _settle(bus: QDBusConnection) -> None:
    """One round trip: once the bus answers it has our match rules, so no signal sent
    from now on is missed."""
    bus.interface().isServiceRegistered("org.freedesktop.DBus")


def _slot(signature: str) -> bytes:
    # PySide6 wants the str that SLOT() makes (bytes are refused); its stubs say bytes.
    return cast(bytes, SLOT(signature))
