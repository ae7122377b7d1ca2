"""Emit a Qt signal from Python without eating a reference to `True`.

PySide6 6.12's `SignalInstance.emit` returns `True` without owning a reference
to it, so every emit from Python takes one reference away; after a few thousand
(a progress bar, typing in a field that emits on each change) the interpreter
aborts with "bool_dealloc" (see also completion_flag.py). `emit` gives the
reference back, but only when the installed PySide6 has the fault: it is
measured once, at import.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject, Signal, SignalInstance


class _Probe(QObject):
    ping = Signal()


def _emit_loses_a_reference() -> bool:
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(8):
        probe.ping.emit()
    return sys.getrefcount(True) <= before - 8


_LOSES = _emit_loses_a_reference()
_TRUE = ctypes.py_object(True)
for _ in range(8 if _LOSES else 0):  # the probe's own emits
    ctypes.pythonapi.Py_IncRef(_TRUE)


def emit(signal: SignalInstance, *args: object) -> None:
    signal.emit(*args)
    if _LOSES:
        ctypes.pythonapi.Py_IncRef(_TRUE)
