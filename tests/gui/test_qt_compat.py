"""PySide6 6.12 loses a reference to True on each Python emit; the GUI package guards it."""

from __future__ import annotations

import resource
import subprocess
import sys

import pytest
from PySide6.QtCore import QObject, Signal

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


def _run(prelude: str, n: int) -> subprocess.CompletedProcess[str]:
    code = prelude + EMITS.format(n=n)
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
