"""Long attachment work (intake, verification, saving a copy) off the GUI thread.

Each job opens its own connection to the vault inside the worker and closes it
there (a connection belongs to the thread that opened it), reports progress
through a signal and stops at the next chunk once cancel() was called; the core
then removes what it had started, so a cancelled job leaves nothing behind.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from casevault.core.session import Session, WorkerConnection
from casevault.gui.jobs import Task

# work(connection, progress, cancelled) -> result
Work = Callable[[WorkerConnection, Callable[[int, int], None], Callable[[], bool]], object]


class AttachmentJob(QObject):
    progressed = Signal(object, object)  # bytes done, bytes in all (may pass 2 GiB)
    succeeded = Signal(object)
    failed = Signal(object)  # the exception; show it with describe()

    def __init__(self, session: Session, work: Work, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._connection = session.worker()  # taken on the GUI thread, opened in the worker
        self._work = work
        self._stop = threading.Event()
        self._task: Task | None = None

    def start(self) -> AttachmentJob:
        self._task = Task(self._run)
        self._task.signals.succeeded.connect(self.succeeded)
        self._task.signals.failed.connect(self.failed)
        self._task.start()
        return self

    def cancel(self) -> None:
        self._stop.set()

    def cancelled(self) -> bool:
        return self._stop.is_set()

    def _run(self) -> object:
        with self._connection as connection:
            return self._work(connection, self.progressed.emit, self._stop.is_set)
