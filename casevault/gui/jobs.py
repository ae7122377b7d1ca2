"""Run slow work (Argon2id, vault creation) off the GUI thread.

A `Task` runs one callable in Qt's thread pool and reports back through
signals, which Qt delivers on the GUI thread. The window stays responsive.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

from casevault.core.errors import VaultError
from casevault.i18n.messages import explain


class TaskSignals(QObject):
    succeeded = Signal(object)
    failed = Signal(object)  # the exception; show it with describe()


class Task(QRunnable):
    """One job for the thread pool. Keep a reference until a signal arrives."""

    def __init__(self, job: Callable[[], object]) -> None:
        super().__init__()
        self.setAutoDelete(False)  # Python owns it; Qt must not free it under us
        self.signals = TaskSignals()
        self._job = job

    def run(self) -> None:
        try:
            result = self._job()
        except Exception as exc:  # reported to the GUI thread, never raised in the pool
            self.signals.failed.emit(exc)
        else:
            self.signals.succeeded.emit(result)

    def start(self) -> Task:
        QThreadPool.globalInstance().start(self)
        return self


def describe(error: BaseException) -> str:
    """A sentence for a person: never a traceback, never a secret."""
    if isinstance(error, VaultError):
        return explain(error)
    return QCoreApplication.translate("Errors", "Unexpected error: %1").replace(
        "%1", type(error).__name__
    )
