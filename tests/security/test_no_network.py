"""Promise 7: no network socket. tests/helpers/network.py's audit hook watches every
test and the Python children it starts (the real program, the command line); this
checks that the hook really sees a socket being made, here and in a child, and that
the program's own children pass."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import network
from tests.helpers.cli import run_cli
from tests.helpers.waits import WAIT_S

OPENS_A_SOCKET = "import socket; socket.socket(socket.AF_INET, socket.SOCK_STREAM).close()"


def python_child(code: str) -> subprocess.CompletedProcess[str]:
    """A Python child as the tests start them: the test's environment, copied."""
    return subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env=os.environ.copy(),
        timeout=WAIT_S,
        check=True,
    )


def test_audit_hook_records_network_sockets() -> None:
    before = len(network.network_sockets)
    probe = socket.socket(socket.AF_INET, socket.SOCK_STREAM)  # created, never connected
    probe.close()
    recorded = network.network_sockets[before:]
    del network.network_sockets[before:]  # the probe itself is not the program's
    assert recorded and "family" in recorded[0]


def test_local_unix_sockets_are_not_network() -> None:
    before = len(network.network_sockets)
    a, b = socket.socketpair(socket.AF_UNIX)
    a.close()
    b.close()
    assert network.network_sockets[before:] == []


def test_a_child_that_opens_a_socket_is_caught(no_network: Path) -> None:
    python_child(OPENS_A_SOCKET)  # the deliberate violation
    caught = network.children_activity(no_network)
    assert len(caught) == 1 and "socket family=" in caught[0], caught
    assert caught[0].startswith("process ") and "['-c']" in caught[0]  # which child
    with pytest.raises(AssertionError, match="promise 7 broken"):
        network.check(no_network, len(network.network_sockets))
    no_network.unlink()  # consumed: the violation was this test's own


def test_children_load_the_hook_from_the_helpers() -> None:
    loaded = python_child("import sitecustomize; print(sitecustomize.__file__)").stdout
    assert Path(loaded.strip()) == network.CHILD_SITE / "sitecustomize.py"


def test_the_program_s_own_children_pass(no_network: Path, vault_dir: Path) -> None:
    assert run_cli("--help").status == 0
    assert run_cli("panic", "--vault", vault_dir).status == 1  # no window: nothing to lock
    assert network.children_activity(no_network) == []
