"""Keep PySide6 6.12 from ending the program after a few thousand signal emits.

Each `SignalInstance.emit()` called from Python returns `True` without owning a
reference to it, so every emit takes one reference away. On Python 3.11, where
`True` is an ordinary object, the interpreter aborts ("bool_dealloc") once its
count reaches zero: about a thousand emits in a bare interpreter, a few
thousand in the app, which a day of typing, progress bars and worker signals
reaches. `True` is never freed anyway, so it is given a spare count far larger
than any session can use up. On Python 3.12 and later `True` is immortal and
nothing is done; nor when the installed PySide6 does not have the fault.

This is the one place for PySide6 workarounds: with it, every `.emit()` in the
window is plain, wizard pages included.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject, Signal

SPARE_REFERENCES = 1 << 40
_done = False


class _Probe(QObject):
    ping = Signal()


def emit_loses_true() -> bool:
    """Whether this PySide6 takes a reference from `True` on each Python emit (measured)."""
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(8):
        probe.ping.emit()
    lost = before - sys.getrefcount(True)
    ctypes.pythonapi.Py_IncRef.argtypes = [ctypes.py_object]
    for _ in range(max(lost, 0)):  # give back what the probe took
        ctypes.pythonapi.Py_IncRef(True)
    return lost >= 8


def protect_true() -> None:
    global _done
    if _done or sys.version_info >= (3, 12):
        return
    _done = True
    if emit_loses_true():
        # CPython 3.11 object layout: the reference count is the object's first field.
        ctypes.c_ssize_t.from_address(id(True)).value += SPARE_REFERENCES


protect_true()
