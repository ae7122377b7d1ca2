"""A program's processes as /proc and pgrep see them: its program image, its descendants."""

from __future__ import annotations

import os
import subprocess
import sys
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


def start_offscreen_window(vault_dir: Path, log: Path) -> subprocess.Popen[bytes]:
    """The real window (`python -m casevault --vault DIR`) offscreen, its output in `log`."""
    with log.open("wb") as out:
        return subprocess.Popen(
            [sys.executable, "-m", "casevault", "--vault", str(vault_dir)],
            env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
            stdout=out,
            stderr=subprocess.STDOUT,
        )


def kill_if_running(process: subprocess.Popen[bytes]) -> None:
    """For a test's `finally`: no window outlives its test."""
    if process.poll() is None:
        process.kill()
        process.wait(timeout=WAIT_S)
