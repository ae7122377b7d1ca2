"""Background jobs: one slow call off the GUI thread, with progress, Cancel and a registry.

A `Job` runs one callable in Qt's thread pool and reports back through `succeeded`
and `failed`, which Qt delivers on the GUI thread, so the window stays responsive.
Core reports `progress(done, total)` as often as it likes and polls `cancelled()`:
the job keeps progress as a per-mille number that a progress bar reads on a timer
(`ProgressPoll`), so a fast loop in the worker costs one integer store per report
and sends the event loop nothing; Cancel sets a flag core reads at its next check.

Jobs that need the vault get a `session.worker()` connection, taken on the GUI
thread and opened and closed in the worker (`Job.on_worker`). A running job is
kept alive by the registry here until it reports, even if the window that started
it is gone; the controller's teardown asks them to stop (`cancel_jobs`) and can
see which still run (`running_jobs`).
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QWidget

from casevault.core.errors import VaultError
from casevault.core.session import Session, WorkerConnection
from casevault.i18n.messages import explain

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
Work = Callable[[Progress, Cancelled], object]
ConnectedWork = Callable[[WorkerConnection, Progress, Cancelled], object]
SCALE = 1000
POLL_MS = 100

_running: set[Job] = set()


def per_mille(done: int, total: int) -> int:
    if total <= 0:
        return 0
    return max(0, min(SCALE, done * SCALE // total))


class _Signals(QObject):
    succeeded = Signal(object)
    failed = Signal(object)


class _Runnable(QRunnable):
    """The pool's half of a job; Python keeps it (Qt must not free it under us)."""

    def __init__(self, call: Callable[[], object]) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.signals = _Signals()
        self._call = call

    def run(self) -> None:
        try:
            result = self._call()
        except Exception as exc:  # reported to the GUI thread, never raised in the pool
            self.signals.failed.emit(exc)
        else:
            self.signals.succeeded.emit(result)


class Job(QObject):
    succeeded = Signal(object)
    failed = Signal(object)  # the exception; show it with describe()

    def __init__(self, work: Work, owner: QWidget | None = None) -> None:
        """`owner`: a widget of the window the job belongs to (its teardown stops it)."""
        super().__init__()  # no parent: a closing window must not delete a running job
        self._work = work
        self.window_key = window_key(owner) if owner is not None else None
        self._cancel = threading.Event()
        self.progress = 0  # 0..SCALE, written by the worker, read by the GUI
        self._runnable: _Runnable | None = None

    @classmethod
    def call(cls, call: Callable[[], object], owner: QWidget | None = None) -> Job:
        """A job for one call that reports no progress and cannot stop halfway."""
        return cls(lambda _progress, _cancelled: call(), owner)

    @classmethod
    def on_worker(cls, session: Session, work: ConnectedWork, owner: QWidget | None = None) -> Job:
        """A job on its own connection to the open vault, closed in the worker when done."""
        connection = session.worker()  # taken on the GUI thread, opened in the worker

        def run(progress: Progress, cancelled: Cancelled) -> object:
            with connection:
                return work(connection, progress, cancelled)

        return cls(run, owner)

    @property
    def running(self) -> bool:
        return self._runnable is not None

    def cancelled(self) -> bool:
        """Whether Cancel was asked for (core stops at its next check)."""
        return self._cancel.is_set()

    def start(self) -> Job:
        work, report, cancelled = self._work, self._report, self._cancel.is_set
        self._runnable = _Runnable(lambda: work(report, cancelled))
        self._runnable.signals.succeeded.connect(self._done)
        self._runnable.signals.failed.connect(self._broke)
        _running.add(self)
        QThreadPool.globalInstance().start(self._runnable)
        return self

    def cancel(self) -> None:
        """Ask the core to stop at its next check; it then fails with CANCELLED."""
        self._cancel.set()

    def _report(self, done: int, total: int) -> None:  # worker thread
        self.progress = per_mille(done, total)

    def _done(self, result: object) -> None:
        self._runnable = None
        _running.discard(self)
        self.succeeded.emit(result)

    def _broke(self, error: object) -> None:
        self._runnable = None
        _running.discard(self)
        self.failed.emit(error)


class ProgressPoll(QObject):
    """Hands a job's per-mille progress to `show` every POLL_MS, and once more at its end."""

    def __init__(self, job: Job, show: Callable[[int], None], parent: QObject) -> None:
        super().__init__(parent)
        self._job, self._show = job, show
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._poll)
        job.succeeded.connect(self._ended)
        job.failed.connect(self._ended)
        self._timer.start()

    def _poll(self) -> None:
        self._show(self._job.progress)

    def _ended(self, _result: object) -> None:
        self._timer.stop()
        self._show(self._job.progress)


def window_key(widget: QWidget) -> int:
    """Which top-level window `widget` belongs to (a dialog counts as its parent's)."""
    top, parent = widget, widget.parentWidget()
    while parent is not None:
        top, parent = parent, parent.parentWidget()
    return id(top)


def running_jobs(window: QWidget | None = None) -> list[Job]:
    """The jobs still running: those of one window, or all of them."""
    key = window_key(window) if window is not None else None
    return [job for job in _running if key is None or job.window_key == key]


def cancel_jobs(window: QWidget | int | None = None) -> None:
    """Ask the running jobs of one window (a widget or its `window_key`), or all, to stop."""
    key = window_key(window) if isinstance(window, QWidget) else window
    for job in list(_running):
        if key is None or job.window_key == key:
            job.cancel()


def describe(error: BaseException) -> str:
    """A sentence for a person: never a traceback, never a secret."""
    if isinstance(error, VaultError):
        return explain(error)
    return QCoreApplication.translate("Errors", "Unexpected error: %1").replace(
        "%1", type(error).__name__
    )
