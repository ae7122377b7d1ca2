"""The real `casevault` program on a pseudo-terminal of its own, driven as a person types."""

from __future__ import annotations

import os
import select
import subprocess
import sys
import time

from tests.helpers.waits import WAIT_S


class Terminal:
    """The program on a pseudo-terminal of its own (a new session: no other tty to find)."""

    def __init__(self, *args: object) -> None:
        self.master, slave = os.openpty()
        self.process = subprocess.Popen(
            [sys.executable, "-m", "casevault", *(str(a) for a in args)],
            stdin=slave,
            stdout=slave,
            stderr=slave,
            env=os.environ.copy(),
            start_new_session=True,
        )
        os.close(slave)
        self.seen = ""

    def expect(self, text: str, timeout: float = WAIT_S) -> None:
        deadline = time.monotonic() + timeout
        while text not in self.seen:
            remaining = deadline - time.monotonic()
            assert remaining > 0, f"never saw {text!r} in {self.seen!r}"
            ready, _, _ = select.select([self.master], [], [], remaining)
            if ready:
                try:
                    chunk = os.read(self.master, 4096)
                except OSError:  # the program ended and closed the terminal
                    chunk = b""
                assert chunk, f"program ended before {text!r}: {self.seen!r}"
                self.seen += chunk.decode("utf-8", "replace")
        self.seen = self.seen.split(text, 1)[1]

    def type(self, text: str) -> None:
        os.write(self.master, text.encode() + b"\n")

    def finish(self) -> tuple[int, str]:
        status = self.process.wait(timeout=2 * WAIT_S)
        while True:
            try:
                chunk = os.read(self.master, 4096)
            except OSError:
                break
            if not chunk:
                break
            self.seen += chunk.decode("utf-8", "replace")
        os.close(self.master)
        return status, self.seen
