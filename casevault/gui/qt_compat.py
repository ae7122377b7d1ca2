"""Keep PySide6 6.12 from ending the program after a few thousand signals or jobs.

PySide6 6.12 on Python 3.11 drops references it never took to two objects:
- `True`: each `SignalInstance.emit()` called from Python returns `True` without
  owning a reference to it, so every emit takes one reference away;
- `None`: each Python method that C++ calls and that returns nothing (a
  `QRunnable.run` or `QThread.run` in a worker, a `childEvent`, a
  `QTimer.singleShot` callback) takes one reference away from `None`.

On Python 3.11, where `True` and `None` are ordinary objects, the interpreter
aborts ("bool_dealloc", "none_dealloc") once a count reaches zero: about a
thousand emits in a bare interpreter, a few thousand emits or background jobs in
the app, which a day of typing, progress bars and evidence intake reaches.
Neither object is ever freed anyway, so each one this PySide6 is measured to
drain is given a spare count far larger than any session can use up. On
Python 3.12 and later both are immortal and nothing is done; nor when the
installed PySide6 does not have the fault.

This is the one place for PySide6 workarounds: with it, every `.emit()` and
every job in the window is plain, wizard pages included.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject, Signal

SPARE_REFERENCES = 1 << 40
PROBES = 8
_done = False


class _Probe(QObject):
    ping = Signal()


class _Parent(QObject):
    def childEvent(self, event: object) -> None:  # noqa: N802 - Qt's name
        """Called by C++ when a child is added or removed; returns None to C++."""


def _give_back(obj: object, count: int) -> None:
    ctypes.pythonapi.Py_IncRef.argtypes = [ctypes.py_object]
    for _ in range(max(count, 0)):
        ctypes.pythonapi.Py_IncRef(obj)


def emit_loses_true() -> bool:
    """Whether this PySide6 takes a reference from `True` on each Python emit (measured)."""
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(PROBES):
        probe.ping.emit()
    lost = before - sys.getrefcount(True)
    _give_back(True, lost)  # what the probe took
    return lost >= PROBES


def callback_loses_none() -> bool:
    """Whether C++ calling a Python method that returns None takes a reference (measured)."""
    parent = _Parent()
    children = [QObject() for _ in range(PROBES)]
    before = sys.getrefcount(None)
    for child in children:
        child.setParent(parent)  # one childEvent each
    lost = before - sys.getrefcount(None)
    for child in children:
        child.setParent(None)  # detach before the probe goes
    lost_after = before - sys.getrefcount(None)
    _give_back(None, lost_after)
    return lost >= PROBES


def _spare(obj: object) -> None:
    # CPython 3.11 object layout: the reference count is the object's first field.
    ctypes.c_ssize_t.from_address(id(obj)).value += SPARE_REFERENCES


def protect_constants() -> None:
    """Give `True` and `None` their spare counts where this PySide6 drains them (once)."""
    global _done
    if _done or sys.version_info >= (3, 12):
        return
    _done = True
    if emit_loses_true():
        _spare(True)
    if callback_loses_none():
        _spare(None)


protect_constants()
