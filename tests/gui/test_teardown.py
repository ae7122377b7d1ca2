"""The controller's one teardown (docs/decisions.md, "One teardown, in this order"):
for lock, wipe, quit and close, the steps that happen, in order, on a real window and
a real vault. Each step is seen where it acts: the window's hide event, the running
job's cancel, the typed edit found in the vault, the vault's state, the clipboard's
text, the settings write, the guards and the relaunch or the end."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QGuiApplication, QKeySequence
from pytestqt.qtbot import QtBot

from casevault import settings
from casevault.core.errors import ErrorKind, VaultError
from casevault.core.records.model import Case
from casevault.core.session import State
from casevault.core.vault.files import exists
from casevault.gui.controller import AppController
from casevault.gui.jobs import Cancelled, Job, Progress
from casevault.gui.main_window import MainWindow
from tests.helpers.gui import MakeController, Relaunches, unlock
from tests.helpers.gui_main_window import add_case, open_session
from tests.helpers.waits import WAIT_MS

TYPED = "Titulo tecleado"  # QTest types ASCII only
STORED = "Título guardado"


class HideSeen(QObject):
    """Notes the first time the program hides the window."""

    def __init__(self, window: MainWindow, events: list[str]) -> None:
        super().__init__()
        self._events = events
        window.installEventFilter(self)

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Hide and "window hidden" not in self._events:
            self._events.append("window hidden")
        return False


class Scene:
    """An unlocked controller with a typed, unsaved edit, text copied from the window,
    a running job of the window and one of no window, every step observed."""

    def __init__(
        self,
        qtbot: QtBot,
        controller: AppController,
        relaunches: Relaunches,
        case_uuid: str,
        monkeypatch: pytest.MonkeyPatch,
    ) -> None:
        self.events: list[str] = []
        self.controller = controller
        self.case_uuid = case_uuid
        self.gate = threading.Event()
        window = controller.main_window
        assert window is not None
        self.window = window
        session = controller.session
        self.folder = session.folder
        guard, protection = controller.clipboard, controller.protection
        assert guard is not None
        events = self.events

        def wrap(owner: object, name: str, note: Callable[[], str], before: bool = False) -> None:
            real = getattr(owner, name)

            def wrapper(*args: object) -> object:
                if before:
                    events.append(note())
                result = real(*args)
                if not before:
                    events.append(note())
                return result

            monkeypatch.setattr(owner, name, wrapper)

        def stored_title() -> str:
            return session.cases.get(Case, case_uuid).title

        # A case field's text copied, then typed over: an edit autosave has not stored.
        assert window.browser.select(case_uuid)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=WAIT_MS)
        title = window.detail.summary_tab.title
        title.setFocus()
        qtbot.waitUntil(title.hasFocus, timeout=WAIT_MS)
        title.selectAll()
        qtbot.keySequence(title, QKeySequence.StandardKey.Copy)
        assert QGuiApplication.clipboard().text() == STORED
        qtbot.keyClicks(title, TYPED)
        assert stored_title() != TYPED
        # Jobs still running: one of this window, one of none.
        self.own_job = self._job(window)
        self.other_job = self._job(None)
        wrap(self.own_job, "cancel", lambda: "jobs cancelled", before=True)
        self.hide_seen = HideSeen(window, events)  # kept: no Qt parent
        wrap(window.detail, "flush", lambda: f"edit saved: {stored_title() == TYPED}")
        wrap(session, "lock", lambda: f"vault closed: {session.state is not State.UNLOCKED}")
        wrap(session, "wipe", lambda: f"vault wiped: {not exists(self.folder)}")
        wrap(
            guard,
            "clear_on_lock",
            lambda: f"clipboard cleared: {QGuiApplication.clipboard().text() == ''}",
        )
        wrap(settings, "save_window_layout", lambda: "window place written")
        wrap(protection, "locked", lambda: "guards stopped")
        wrap(protection, "dispose", lambda: "tray and notices stopped")
        wrap(controller, "show_unlock", lambda: f"relaunched: {relaunches.count}")
        controller.quit_requested.connect(lambda: events.append("quit"))

    def _job(self, owner: MainWindow | None) -> Job:
        gate = self.gate

        def work(_progress: Progress, cancelled: Cancelled) -> object:
            gate.wait(WAIT_MS / 1000)
            if cancelled():
                raise VaultError(ErrorKind.CANCELLED)
            return "finished"

        return Job(work, owner.detail if owner is not None else None).start()

    def finish_jobs(self, qtbot: QtBot) -> None:
        self.gate.set()
        qtbot.waitUntil(
            lambda: not self.own_job.running and not self.other_job.running, timeout=WAIT_MS
        )


@pytest.fixture
def scene(
    qtbot: QtBot,
    make_controller: MakeController,
    vault_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[Scene]:
    QGuiApplication.clipboard().clear()
    session = open_session(vault_dir)
    case_uuid = add_case(session, "CHP-2024-001", STORED)
    session.lock()
    controller, relaunches = make_controller(vault_dir)
    controller.clipboard_seconds = 60  # only the teardown clears it
    controller.start()
    unlock(qtbot, controller)
    made = Scene(qtbot, controller, relaunches, case_uuid, monkeypatch)
    yield made
    made.finish_jobs(qtbot)
    QGuiApplication.clipboard().clear()


def window_gone(qtbot: QtBot, scene: Scene) -> None:
    with qtbot.waitSignal(scene.window.destroyed, timeout=WAIT_MS):
        pass
    assert scene.controller.main_window is None


@pytest.mark.slow
def test_lock(qtbot: QtBot, scene: Scene) -> None:
    scene.window.lock_action.trigger()
    assert scene.events == [
        "window hidden",
        "jobs cancelled",
        "edit saved: True",
        "vault closed: True",
        "clipboard cleared: True",
        "window place written",
        "guards stopped",
        "relaunched: 1",
    ]
    assert scene.own_job.cancelled() and not scene.other_job.cancelled()
    window_gone(qtbot, scene)


@pytest.mark.slow
def test_wipe(qtbot: QtBot, scene: Scene) -> None:
    scene.window.wipe_requested.emit()  # the countdown ran out
    assert scene.events == [
        "window hidden",
        "jobs cancelled",
        "vault closed: True",
        "vault wiped: True",
        "clipboard cleared: True",
        "guards stopped",
        "relaunched: 1",
    ]
    assert scene.own_job.cancelled() and not scene.other_job.cancelled()
    window_gone(qtbot, scene)
    assert scene.controller.wizard is not None  # the fresh start finds an empty folder


@pytest.mark.slow
def test_quit(qtbot: QtBot, scene: Scene) -> None:
    scene.controller.quit_locked()  # the tray's "Quit (locks first)"
    assert scene.events == [
        "window hidden",
        "jobs cancelled",
        "edit saved: True",
        "vault closed: True",
        "clipboard cleared: True",
        "window place written",
        "guards stopped",
        "tray and notices stopped",
        "quit",
    ]
    assert scene.own_job.cancelled() and scene.other_job.cancelled()  # all of them
    window_gone(qtbot, scene)


@pytest.mark.slow
def test_close(qtbot: QtBot, scene: Scene) -> None:
    scene.window.close()  # no backup on quit set: nothing holds the close
    # Qt hides a closing window once its close event returns, so that comes last.
    assert scene.events == [
        "jobs cancelled",
        "edit saved: True",
        "vault closed: True",
        "clipboard cleared: True",
        "window place written",
        "guards stopped",
        "tray and notices stopped",
        "window hidden",
    ]
    assert scene.own_job.cancelled() and scene.other_job.cancelled()
    window_gone(qtbot, scene)
