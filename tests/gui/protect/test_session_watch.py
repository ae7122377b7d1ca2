"""Lock on the desktop's screen lock and before sleep, heard on a private D-Bus."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from casevault.core.session import State
from casevault.gui.controller import AppController
from casevault.gui.protect.session_watch import SessionWatch
from tests.helpers.gui import MakeController, Relaunches
from tests.helpers.vaults import PASSPHRASE
from tests.helpers.waits import WAIT_MS, WAIT_S


def send_signal(address: str, path: str, member: str, *args: str) -> None:
    env = {**os.environ, "DBUS_SESSION_BUS_ADDRESS": address}
    command = ["dbus-send", "--session", "--type=signal", path, member, *args]
    subprocess.run(command, env=env, check=True, capture_output=True, timeout=WAIT_S)


def unlocked_controller(
    qtbot: QtBot, make_controller: MakeController, folder: Path, **addresses: str
) -> tuple[AppController, Relaunches]:
    controller, relaunches = make_controller(folder)
    controller.watch_addresses = (addresses.get("session"), addresses.get("system"))
    controller.start()
    screen = controller.unlock_screen
    assert screen is not None
    qtbot.keyClicks(screen.field, PASSPHRASE)
    qtbot.keyClick(screen.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=WAIT_MS)
    return controller, relaunches


@pytest.mark.parametrize("interface", ["org.freedesktop.ScreenSaver", "org.gnome.ScreenSaver"])
def test_screen_lock_signal_on_the_session_bus_locks_the_vault(
    qtbot: QtBot, make_controller: MakeController, vault_dir: Path, keyring_bus: str, interface: str
) -> None:
    # keyring_bus set DBUS_SESSION_BUS_ADDRESS to a private bus; the watcher starts after.
    controller, relaunches = unlocked_controller(qtbot, make_controller, vault_dir)
    assert controller.watch is not None
    assert "session" in controller.watch.watching
    path = "/" + interface.replace(".", "/")
    send_signal(keyring_bus, path, f"{interface}.ActiveChanged", "boolean:false")
    send_signal(keyring_bus, path, f"{interface}.ActiveChanged", "boolean:true")
    qtbot.waitUntil(lambda: controller.session.state is State.LOCKED, timeout=WAIT_MS)
    assert relaunches.count == 1  # the screen coming back (false) did not lock
    assert controller.main_window is None
    assert controller.watch is None  # nothing listens while locked


def test_prepare_for_sleep_locks_and_waking_up_does_not(
    qtbot: QtBot, make_controller: MakeController, vault_dir: Path, keyring_bus: str
) -> None:
    # logind's signal sent on the private bus standing in for the system bus.
    controller, relaunches = unlocked_controller(
        qtbot, make_controller, vault_dir, system=keyring_bus
    )
    assert controller.watch is not None and "system" in controller.watch.watching
    sleep = ("/org/freedesktop/login1", "org.freedesktop.login1.Manager.PrepareForSleep")
    send_signal(keyring_bus, *sleep, "boolean:false")
    send_signal(keyring_bus, *sleep, "boolean:true")
    qtbot.waitUntil(lambda: relaunches.count == 1, timeout=WAIT_MS)
    assert controller.session.state is State.LOCKED


def test_no_bus_is_said_in_the_status_tooltip_and_the_app_carries_on(
    qtbot: QtBot, make_controller: MakeController, vault_dir: Path, tmp_path: Path
) -> None:
    missing = f"unix:path={tmp_path / 'no-such-bus'}"
    controller, _ = unlocked_controller(
        qtbot, make_controller, vault_dir, session=missing, system=missing
    )
    assert controller.watch is not None
    assert controller.watch.problems == ["session", "system"]
    window = controller.main_window
    assert window is not None
    tip = window.binding_status.toolTip()
    assert "Cannot see when the screen locks" in tip
    assert "Locks by itself after 5 min" in tip
    assert controller.session.state is State.UNLOCKED


def test_watcher_stops_listening(qtbot: QtBot, keyring_bus: str) -> None:
    watch = SessionWatch()
    heard: list[str] = []
    watch.lock_requested.connect(heard.append)
    watch.start()
    assert watch.watching[0] == "session"
    watch.stop()
    assert watch.watching == []
    send_signal(keyring_bus, "/x", "org.freedesktop.ScreenSaver.ActiveChanged", "boolean:true")
    watch.start()  # a later signal is heard again
    with qtbot.waitSignal(watch.lock_requested, timeout=WAIT_MS):
        send_signal(keyring_bus, "/x", "org.freedesktop.ScreenSaver.ActiveChanged", "boolean:true")
    assert heard == ["screen-lock"]
    watch.stop()
