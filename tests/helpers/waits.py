"""How long a test waits for a condition before it gives up.

A wait is for a condition, never a measure of speed: it ends as soon as the condition
holds, so a generous limit costs nothing on a fast machine and keeps a loaded one (a
second suite running alongside, load average 5) from failing on time alone. Tests
assert what happened, not how long it took.
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
