"""The controller fixture's teardown (tests/helpers/gui.py close_controller) while an
unlock is still running: it waits for the job, so no worker outlives its test and no
late answer opens the vault after the lock, in whichever test runs next."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from casevault.core.session import State
from casevault.core.vault.vault import Vault
from casevault.gui.controller import AppController
from tests.helpers.gui import MakeController, close_controller, enter_passphrase, start_at_unlock
from tests.helpers.vaults import PASSPHRASE
from tests.helpers.waits import WAIT_MS, WAIT_S


def unlock_held_open(
    qtbot: QtBot, make: MakeController, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> tuple[AppController, threading.Event]:
    """A controller whose unlock job has started and waits for the returned gate."""
    controller = start_at_unlock(qtbot, make, folder)
    gate = threading.Event()
    unwrap = controller.session.unwrap

    def held(passphrase: str) -> object:
        gate.wait(WAIT_S)
        return unwrap(passphrase)

    monkeypatch.setattr(controller.session, "unwrap", held)
    screen = controller.unlock_screen
    assert screen is not None
    enter_passphrase(qtbot, screen, PASSPHRASE)
    assert screen.is_busy  # the job is in the thread pool, held at the gate
    assert QThreadPool.globalInstance().activeThreadCount() >= 1
    return controller, gate


def test_torn_down_mid_unlock_no_job_runs_and_no_vault_is_open(
    qtbot: QtBot, make_controller: MakeController, vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    controller, gate = unlock_held_open(qtbot, make_controller, vault_dir, monkeypatch)
    screen = controller.unlock_screen
    assert screen is not None
    QTimer.singleShot(0, gate.set)  # the job finishes only once the teardown waits for it
    close_controller(qtbot, controller)
    assert gate.is_set()
    assert not screen.is_busy
    assert QThreadPool.globalInstance().activeThreadCount() == 0
    assert controller.session.state is State.LOCKED
    QApplication.processEvents()  # nothing is left to arrive later and open it again
    assert controller.session.state is State.LOCKED
    Vault.unlock(vault_dir, PASSPHRASE).close()  # the folder is free for the next one


def test_without_the_wait_the_late_answer_opens_the_vault_after_the_lock(
    qtbot: QtBot, make_controller: MakeController, vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What the wait prevents: the teardown it replaced (wait for the pool, then lock)."""
    controller, gate = unlock_held_open(qtbot, make_controller, vault_dir, monkeypatch)
    gate.set()
    QThreadPool.globalInstance().waitForDone()
    controller.session.lock()
    assert controller.session.state is State.LOCKED
    # The job's answer was still queued for the GUI thread: it opens the vault now.
    qtbot.waitUntil(lambda: controller.session.state is State.UNLOCKED, timeout=WAIT_MS)
