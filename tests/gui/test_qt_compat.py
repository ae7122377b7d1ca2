"""PySide6 6.12 loses references to True (each emit) and None (each job); the GUI guards both."""

from __future__ import annotations

import resource
import subprocess
import sys

import pytest
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from casevault.gui import qt_compat

EMITS = """
from PySide6.QtCore import QObject, Signal
class P(QObject):
    s = Signal(int)
p = P()
for i in range({n}):
    p.s.emit(i)
print("survived")
"""


# Background jobs as the window runs them: each run() returns None to C++.
JOBS = """
from PySide6.QtCore import QRunnable, QThreadPool
class Job(QRunnable):
    def run(self):
        pass
pool = QThreadPool.globalInstance()
for i in range({n}):
    pool.start(Job())
pool.waitForDone()
print("survived")
"""


def _run(prelude: str, n: int, body: str = EMITS) -> subprocess.CompletedProcess[str]:
    code = prelude + body.format(n=n)
    return subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        preexec_fn=_no_core_dump,  # the control crashes on purpose: no core file
    )


def _no_core_dump() -> None:
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="True is immortal from Python 3.12")
def test_without_the_guard_emits_end_the_interpreter() -> None:
    # The control: shows the fault is real here, so the next test can fail.
    result = _run("", 20_000)
    assert result.returncode != 0
    assert "survived" not in result.stdout


def test_with_the_gui_package_loaded_many_emits_are_harmless() -> None:
    result = _run("import casevault.gui\n", 200_000)
    assert result.returncode == 0, result.stderr[-500:]
    assert result.stdout.strip() == "survived"


class _Probe(QObject):
    ping = Signal()


def test_in_the_app_true_keeps_far_more_references_than_emits_take() -> None:
    """What every `.emit()` in the window relies on: there is no second workaround."""
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(5000):  # more than True has references at start-up
        probe.ping.emit()
    after = sys.getrefcount(True)
    # Either this PySide6 takes nothing, or the spare count covers what it takes.
    assert after >= before or after > qt_compat.SPARE_REFERENCES // 2


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12")
def test_without_the_guard_jobs_end_the_interpreter() -> None:
    # The control: a few ten thousand background jobs (a long day of evidence intake,
    # thumbnails and autosaves) drain None; this shows the next test can fail.
    result = _run("", 40_000, JOBS)
    assert result.returncode != 0
    assert "none_dealloc" in result.stderr
    assert "survived" not in result.stdout


def test_with_the_gui_package_loaded_many_jobs_are_harmless() -> None:
    result = _run("import casevault.gui\n", 200_000, JOBS)
    assert result.returncode == 0, result.stderr[-500:]
    assert result.stdout.strip() == "survived"


class _Job(QRunnable):
    def run(self) -> None:
        pass


def test_in_the_app_none_keeps_far_more_references_than_jobs_take() -> None:
    """What every job in the window relies on (gui/jobs.py): there is no second workaround."""
    before = sys.getrefcount(None)
    pool = QThreadPool()
    for _ in range(2000):
        pool.start(_Job())
    pool.waitForDone()
    after = sys.getrefcount(None)
    # Either this PySide6 takes nothing, or the spare count covers what it takes.
    assert after >= before - 100 or after > qt_compat.SPARE_REFERENCES // 2
