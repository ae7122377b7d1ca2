"""Panic lock from outside the window, and the lock shortcut over modal dialogs.

- `SIGUSR1` locks at once (for external panic buttons: a hotkey daemon,
  `pkill -USR1 -f casevault`); `SIGTERM` locks and quits.
- The lock key sequence (Ctrl+L unless changed) also locks while a modal dialog
  is open: Qt does not fire an application shortcut of a window that a modal
  dialog blocks, so an application-wide event filter catches it there.

Python runs a signal handler only when the interpreter gets control, and Qt's
event loop may sleep in C for as long as nothing happens. So the C-level handler
writes the signal number to a socket (`signal.set_wakeup_fd`) that a
QSocketNotifier watches: the event loop wakes, and the notifier's slot locks.
The socket pair is AF_UNIX: nothing here touches the network.
"""

from __future__ import annotations

import contextlib
import signal
import socket
from collections.abc import Callable
from types import FrameType

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSocketNotifier, Slot
from PySide6.QtGui import QKeyEvent, QKeySequence

from casevault.core.session import State
from casevault.gui.controller import AppController

HANDLED = (signal.SIGUSR1, signal.SIGTERM)
Handler = Callable[[int, FrameType | None], object] | int | signal.Handlers | None


class SignalBridge(QObject):
    """Turns SIGUSR1/SIGTERM into Lock / Lock-and-quit on the GUI thread.

    `stay_down` is called before Lock on SIGTERM so that Lock starts no fresh
    process; `quit_app` then ends the event loop.
    """

    def __init__(
        self,
        controller: AppController,
        *,
        quit_app: Callable[[], None],
        stay_down: Callable[[], None] | None = None,
    ) -> None:
        super().__init__()
        self._controller = controller
        self._quit_app = quit_app
        self._stay_down = stay_down
        self._arrived: list[int] = []
        self._reader, self._writer = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
        self._reader.setblocking(False)
        self._writer.setblocking(False)
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._on_wakeup)
        self._previous_handlers: dict[int, Handler] = {}
        self._previous_wakeup_fd = signal.set_wakeup_fd(
            self._writer.fileno(), warn_on_full_buffer=False
        )
        for number in HANDLED:
            self._previous_handlers[number] = signal.signal(number, self._record)
        self._key_filter = LockKeyFilter(controller, self)
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self._key_filter)

    def _record(self, number: int, _frame: FrameType | None) -> None:
        """The Python-level handler: note which signal came (the socket woke Qt)."""
        self._arrived.append(number)

    @Slot()
    def _on_wakeup(self) -> None:
        arrived = set(self._arrived)
        self._arrived.clear()
        with contextlib.suppress(BlockingIOError, InterruptedError):
            while chunk := self._reader.recv(64):
                arrived.update(chunk)
        if signal.SIGTERM in arrived:
            self.lock_and_quit()
        elif signal.SIGUSR1 in arrived:
            self._controller.lock()

    def lock_and_quit(self) -> None:
        if self._stay_down is not None:
            self._stay_down()
        self._controller.lock()
        self._quit_app()

    def uninstall(self) -> None:
        """Put back the handlers found at install time (tests; the app never needs it)."""
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self._key_filter)
        for number, previous in self._previous_handlers.items():
            signal.signal(number, previous if previous is not None else signal.SIG_DFL)
        self._previous_handlers.clear()
        signal.set_wakeup_fd(self._previous_wakeup_fd)
        self._notifier.setEnabled(False)
        self._reader.close()
        self._writer.close()


class LockKeyFilter(QObject):
    """Locks on the lock key sequence pressed in any window of the app, dialogs included.

    It sees only key presses that no shortcut took: where the main window's lock
    action fires (no modal dialog in the way), the key press never arrives here.
    """

    def __init__(self, controller: AppController, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._controller = controller

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        window = self._controller.main_window
        if window is None or self._controller.session.state is not State.UNLOCKED:
            return False
        wanted = window.lock_action.shortcut()
        if wanted.isEmpty():
            return False
        pressed = QKeySequence(event.keyCombination())
        if wanted.matches(pressed) != QKeySequence.SequenceMatch.ExactMatch:
            return False
        self._controller.lock()
        return True


def install_signal_handlers(
    controller: AppController,
    *,
    quit_app: Callable[[], None],
    stay_down: Callable[[], None] | None = None,
) -> SignalBridge:
    """SIGUSR1 → panic lock, SIGTERM → lock and quit, lock key over modal dialogs.

    Call on the GUI thread once the QApplication exists; keep the returned object.
    """
    return SignalBridge(controller, quit_app=quit_app, stay_down=stay_down)
