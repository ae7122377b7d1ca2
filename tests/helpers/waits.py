"""How long a test waits for a condition before it gives up.

A wait is for a condition, never a measure of speed: it ends as soon as the condition
holds, so a generous limit costs nothing on a fast machine and keeps a loaded one (a
second suite running alongside, load average 5) from failing on time alone. Tests
assert what happened, not how long it took. Every qtbot.waitUntil / waitSignal /
waitExposed passes `timeout=WAIT_MS` (pytest-qt's own default is 5 s).

The one place a short limit belongs is a check that something must NOT happen within
a time ("no signal in the next 200 ms"): load can only make such a check pass more
easily, never fail it falsely. Write it explicitly (qtbot.assertNotEmitted(..., wait=MS),
or a named constant for the window), with a comment saying what must not happen and
why that window is enough; never as a positive wait with a small timeout. (None is
needed today: lower bounds such as "the lock came no earlier than 1.4 s" are measured
after a WAIT_MS wait, and "nothing else fired" is read from the order of events.)
"""

from __future__ import annotations

import select
import time
from collections.abc import Callable

WAIT_MS = 60_000  # for qtbot.waitUntil / waitSignal / waitExposed (milliseconds)
WAIT_S = 60  # for polling loops, process waits and subprocess timeouts (seconds)
POLL = 0.02  # seconds between two looks at a condition


def wait_for(
    condition: Callable[[], object], timeout: float = WAIT_S, what: str = "the condition"
) -> object:
    """Poll `condition` until it returns something truthy; fail after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while True:
        result = condition()
        if result:
            return result
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout} s waiting for {what}")
        select.select([], [], [], POLL)
