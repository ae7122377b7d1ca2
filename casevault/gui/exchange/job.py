"""A long core call off the GUI thread, with a progress bar's worth of reports and a Cancel.

Core reports `progress(done, total)` in bytes, as often as it likes, and polls
`cancelled()`; `Job` turns both into Qt terms. Progress is kept as a per-mille
number that the progress bar reads on a timer: a fast loop in the worker costs
one integer store per report and sends the event loop nothing. A running job is
kept alive here until it reports, even if the dialog that started it is gone (a
lock hides and deletes windows).
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from casevault.gui.jobs import Task

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
Work = Callable[[Progress, Cancelled], object]
SCALE = 1000

_running: set[Job] = set()


def per_mille(done: int, total: int) -> int:
    if total <= 0:
        return 0
    return max(0, min(SCALE, done * SCALE // total))


class Job(QObject):
    succeeded = Signal(object)
    failed = Signal(object)  # the exception; show it with describe()

    def __init__(self, work: Work, owner: QWidget | None = None) -> None:
        """`owner`: a widget of the window the job belongs to (a lock stops its jobs)."""
        super().__init__()  # no parent: a closing window must not delete a running job
        self._work = work
        self.window_key = window_key(owner) if owner is not None else None
        self._cancel = threading.Event()
        self.progress = 0  # 0..SCALE, written by the worker, read by the GUI
        self._task: Task | None = None

    @property
    def running(self) -> bool:
        return self._task is not None

    @property
    def cancel_requested(self) -> bool:
        return self._cancel.is_set()

    def start(self) -> Job:
        work, report, cancelled = self._work, self._report, self._cancel.is_set
        self._task = Task(lambda: work(report, cancelled))
        self._task.signals.succeeded.connect(self._done)
        self._task.signals.failed.connect(self._broke)
        _running.add(self)
        self._task.start()
        return self

    def cancel(self) -> None:
        """Ask the core to stop at its next check; it then fails with CANCELLED."""
        self._cancel.set()

    def _report(self, done: int, total: int) -> None:  # worker thread
        self.progress = per_mille(done, total)

    def _done(self, result: object) -> None:
        self._task = None
        _running.discard(self)
        self.succeeded.emit(result)

    def _broke(self, error: object) -> None:
        self._task = None
        _running.discard(self)
        self.failed.emit(error)


def window_key(widget: QWidget) -> int:
    """Which top-level window `widget` belongs to (a dialog counts as its parent's)."""
    top, parent = widget, widget.parentWidget()
    while parent is not None:
        top, parent = parent, parent.parentWidget()
    return id(top)


def cancel_all(key: int | None = None) -> None:
    """Ask the running jobs of one window (`window_key`), or all of them, to stop."""
    for job in list(_running):
        if key is None or job.window_key == key:
            job.cancel()
