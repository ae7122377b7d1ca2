"""Promise 7, the program opens no network socket: an audit hook that notes every
network socket made, connected, bound or looked up.

It watches the test process (installed by tests/conftest.py) and every Python child
the tests start: tests/conftest.py puts `CHILD_SITE` on PYTHONPATH for each test, so a
child's interpreter runs childsite/sitecustomize.py at start-up, which installs the same
hook writing to the test's own log (`LOG_VARIABLE`). A test whose process or children
touched the network fails at its teardown. Only the standard library is used here: a
child loads this file by its path, before anything else.
"""

from __future__ import annotations

import os
import socket
import sys
from pathlib import Path

NETWORK_FAMILIES = {socket.AF_INET, socket.AF_INET6}
LOG_VARIABLE = "CASEVAULT_TEST_NETWORK_LOG"
CHILD_SITE = Path(__file__).resolve().parent / "childsite"

# What the test process itself did (the conftest checks it after each test and at the end).
network_sockets: list[str] = []


def network_use(event: str, args: tuple[object, ...]) -> str | None:
    """A description of the audit event if it is network use, else None."""
    if event == "socket.__new__" and len(args) >= 2 and args[1] in NETWORK_FAMILIES:
        return f"socket family={args[1]} type={args[2] if len(args) > 2 else ''}"
    if event in ("socket.connect", "socket.bind", "socket.getaddrinfo"):
        target = args[1] if len(args) > 1 else args
        if not (isinstance(target, str | bytes) and str(target).startswith(("/", "\0"))):
            return f"{event} {target!r}"
    return None


def _note(event: str, args: tuple[object, ...]) -> None:
    found = network_use(event, args)
    if found is not None:
        network_sockets.append(found)


def watch_this_process() -> None:
    sys.addaudithook(_note)


def watch_this_child() -> None:
    """In a child: note network use in the log the test named (nothing without one)."""
    log = os.environ.get(LOG_VARIABLE)
    if not log:
        return

    def note(event: str, args: tuple[object, ...]) -> None:
        found = network_use(event, args)
        if found is not None:
            with open(log, "a", encoding="utf-8") as out:
                out.write(f"process {os.getpid()} {sys.argv!r}: {found}\n")

    sys.addaudithook(note)


def child_environment(env: dict[str, str], log: Path) -> dict[str, str]:
    """`env` with the child hook on PYTHONPATH (first) and writing to `log`."""
    path = [str(CHILD_SITE), *filter(None, env.get("PYTHONPATH", "").split(os.pathsep))]
    return {**env, "PYTHONPATH": os.pathsep.join(path), LOG_VARIABLE: str(log)}


def children_activity(log: Path) -> list[str]:
    """What the children wrote to `log`: one line per network use."""
    return log.read_text(encoding="utf-8").splitlines() if log.exists() else []


def check(log: Path, before: int) -> None:
    """Fail if the test process (since `before` notes) or a child touched the network."""
    found = [*network_sockets[before:], *children_activity(log)]
    if found:
        raise AssertionError(
            "network activity during the test (promise 7 broken):\n  " + "\n  ".join(found)
        )
