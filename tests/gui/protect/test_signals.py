"""Panic lock from outside (SIGUSR1), lock and quit (SIGTERM), Ctrl+L over a modal dialog,
and the fresh process after Lock hardening itself again."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLineEdit, QVBoxLayout
from pytestqt.qtbot import QtBot

from casevault.core.session import State
from casevault.gui.controller import AppController
from casevault.gui.protect import relaunch
from casevault.gui.protect.signals import SignalBridge, install_signal_handlers
from tests.helpers.gui import MakeController
from tests.helpers.vaults import PASSPHRASE
from tests.helpers.waits import WAIT_MS


class Quits:
    def __init__(self) -> None:
        self.quit = 0
        self.stay_down = 0

    def on_quit(self) -> None:
        self.quit += 1

    def on_stay_down(self) -> None:
        self.stay_down += 1


@pytest.fixture
def bridge_for() -> Iterator[Callable[[AppController, Quits], SignalBridge]]:
    """Install the handlers on a controller; put the previous ones back afterwards."""
    before = {number: signal.getsignal(number) for number in (signal.SIGUSR1, signal.SIGTERM)}
    made: list[SignalBridge] = []

    def install(controller: AppController, quits: Quits) -> SignalBridge:
        bridge = install_signal_handlers(
            controller, quit_app=quits.on_quit, stay_down=quits.on_stay_down
        )
        made.append(bridge)
        return bridge

    yield install
    for bridge in reversed(made):
        bridge.uninstall()
    assert {number: signal.getsignal(number) for number in before} == before
    previous_fd = signal.set_wakeup_fd(-1)
    assert previous_fd == -1  # no wakeup socket left behind


def unlocked(qtbot: QtBot, make_controller: MakeController, folder: Path) -> AppController:
    controller, _ = make_controller(folder)
    controller.start()
    screen = controller.unlock_screen
    assert screen is not None
    qtbot.waitExposed(screen, timeout=WAIT_MS)
    qtbot.keyClicks(screen.field, PASSPHRASE)
    qtbot.keyClick(screen.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=WAIT_MS)
    return controller


def shows_unlock_screen(controller: AppController) -> bool:
    screen = controller.unlock_screen
    return (
        controller.session.state is State.LOCKED
        and controller.main_window is None
        and screen is not None
        and screen.isVisible()
    )


def test_sigusr1_to_the_process_locks(
    qtbot: QtBot, make_controller: MakeController, vault_dir: Path, bridge_for: Callable
) -> None:
    controller = unlocked(qtbot, make_controller, vault_dir)
    quits = Quits()
    bridge_for(controller, quits)
    os.kill(os.getpid(), signal.SIGUSR1)
    qtbot.waitUntil(lambda: shows_unlock_screen(controller), timeout=WAIT_MS)
    assert quits.quit == 0 and quits.stay_down == 0  # a panic lock, not a quit


def test_sigterm_locks_and_quits_without_a_fresh_process(
    qtbot: QtBot, make_controller: MakeController, vault_dir: Path, bridge_for: Callable
) -> None:
    controller = unlocked(qtbot, make_controller, vault_dir)
    quits = Quits()
    bridge_for(controller, quits)
    os.kill(os.getpid(), signal.SIGTERM)
    qtbot.waitUntil(lambda: quits.quit == 1, timeout=WAIT_MS)
    assert quits.stay_down == 1
    assert controller.session.state is State.LOCKED
    assert controller.main_window is None


def test_ctrl_l_inside_a_modal_dialog_locks(
    qtbot: QtBot, make_controller: MakeController, vault_dir: Path, bridge_for: Callable
) -> None:
    controller = unlocked(qtbot, make_controller, vault_dir)
    bridge_for(controller, Quits())
    window = controller.main_window
    assert window is not None
    dialog = QDialog(window)
    dialog.setModal(True)
    field = QLineEdit(dialog)
    QVBoxLayout(dialog).addWidget(field)
    dialog.open()
    qtbot.waitExposed(dialog, timeout=WAIT_MS)
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: shows_unlock_screen(controller), timeout=WAIT_MS)
    dialog.hide()
    dialog.deleteLater()


def test_ctrl_l_in_the_main_window_locks_once(
    qtbot: QtBot, make_controller: MakeController, vault_dir: Path, bridge_for: Callable
) -> None:
    controller, relaunches = make_controller(vault_dir)
    controller.start()
    screen = controller.unlock_screen
    assert screen is not None
    qtbot.waitExposed(screen, timeout=WAIT_MS)
    qtbot.keyClicks(screen.field, PASSPHRASE)
    qtbot.keyClick(screen.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=WAIT_MS)
    bridge_for(controller, Quits())
    window = controller.main_window
    assert window is not None
    qtbot.waitExposed(window, timeout=WAIT_MS)
    qtbot.keyClick(window.browser.search, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: shows_unlock_screen(controller), timeout=WAIT_MS)
    assert relaunches.count == 1


def test_the_lock_key_does_nothing_on_the_unlock_screen(
    qtbot: QtBot, make_controller: MakeController, vault_dir: Path, bridge_for: Callable
) -> None:
    controller, relaunches = make_controller(vault_dir)
    controller.start()
    bridge_for(controller, Quits())
    screen = controller.unlock_screen
    assert screen is not None
    qtbot.waitExposed(screen, timeout=WAIT_MS)
    qtbot.keyClick(screen.field, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert relaunches.count == 0


def test_relaunch_stays_down_when_the_app_is_leaving(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    calls: list[list[str]] = []
    monkeypatch.setattr(relaunch.os, "execv", lambda _path, args: calls.append(args))
    again = relaunch.Relaunch(tmp_path / "v")
    again()
    again.stay_down()
    again()
    assert calls == [[sys.executable, "-m", "casevault", "--vault", str(tmp_path / "v")]]


# The fresh process runs `python -m casevault --vault DIR`; here the window itself is
# replaced by a report of the process's dumpable flag (the real path up to it is kept).
CHILD = """
import runpy, sys
import casevault.gui.app as app
from casevault.core.process.hardening import is_dumpable
from casevault.gui.protect.relaunch import fresh_process_argv

argv = fresh_process_argv(sys.argv[1])
assert argv[1:3] == ["-m", "casevault"], argv
print("dumpable before:", is_dumpable(), flush=True)

def report(folder):
    print("dumpable in the window:", is_dumpable(), folder, flush=True)
    return 0

app.run = report
sys.argv = [argv[2], *argv[3:]]
runpy.run_module(argv[2], run_name="__main__")
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="dumpable is a Linux flag")
def test_the_fresh_process_hardens_itself_again(tmp_path: Path) -> None:
    folder = tmp_path / "v"
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(folder)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [
        "dumpable before: True",
        f"dumpable in the window: False {folder}",
    ]
