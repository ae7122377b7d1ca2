"""A program's processes as /proc and pgrep see them: its program image, its descendants."""

from __future__ import annotations

import subprocess
from pathlib import Path

from tests.helpers.waits import WAIT_S


def exec_generation(pid: int) -> bytes:
    """Changes at every exec of `pid`: the auxiliary vector (entry point, stack and
    loader addresses, the AT_RANDOM pointer) is new for each program image."""
    return Path(f"/proc/{pid}/auxv").read_bytes()


def with_descendants(pid: int) -> list[int]:
    """The process and every descendant of it."""
    found = [pid]
    queue = [pid]
    while queue:
        parent = queue.pop()
        out = subprocess.run(
            ["pgrep", "-P", str(parent)],
            capture_output=True,
            text=True,
            timeout=WAIT_S,
            check=False,
        ).stdout
        children = [int(x) for x in out.split()]
        found += children
        queue += children
    return found
