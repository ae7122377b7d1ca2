"""Process hardening at start: no core dumps, on Linux not dumpable, umask 077.

A core dump would write the data key and case text to disk in plaintext;
a dumpable process lets other programs of the same user read its memory
(ptrace, /proc/PID/mem). Call `harden_process()` first thing in every entry
point, before a vault is touched. The umask 077 makes every file and folder
this process (and SQLCipher, Qt, a child) creates private to its owner, whatever
mode the code asks for; the code still asks for 0600 / 0700 itself. Each step
is best effort: what worked is reported, nothing raises. Note that `exec` makes
a Linux process dumpable again, so a relaunched process must call it again
(every entry point does).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import sys

PR_GET_DUMPABLE = 3
PR_SET_DUMPABLE = 4
PRIVATE_UMASK = 0o077


def harden_process() -> dict[str, bool]:
    """Apply every hardening this platform offers; {step: whether it took effect}."""
    return {
        "no_core_dumps": _disable_core_dumps(),
        "not_dumpable": _set_not_dumpable(),
        "private_files": _private_umask(),
    }


def _private_umask() -> bool:
    """Files and folders created from now on: nothing for group or others."""
    if os.name != "posix":
        return False
    before = os.umask(PRIVATE_UMASK)
    os.umask(before | PRIVATE_UMASK)  # keeps any stricter bit the user set
    return True


def _disable_core_dumps() -> bool:
    try:
        import resource
    except ImportError:  # Windows: no core dumps to turn off this way
        return False
    try:
        # Hard limit too, so nothing later in this process (or its children) raises it.
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (OSError, ValueError):
        return False
    return resource.getrlimit(resource.RLIMIT_CORE) == (0, 0)


def _set_not_dumpable() -> bool:
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or None, use_errno=True)
        prctl = libc.prctl
        prctl.restype = ctypes.c_int
        if prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0:
            return False
        return bool(prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) == 0)
    except (OSError, AttributeError):
        return False


def is_dumpable() -> bool | None:
    """Linux: the process's dumpable flag; None where there is no such flag."""
    if not sys.platform.startswith("linux"):
        return None
    libc = ctypes.CDLL(ctypes.util.find_library("c") or None, use_errno=True)
    return bool(libc.prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) != 0)
