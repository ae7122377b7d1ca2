"""Promise 7: no network socket. conftest's audit hook watches the whole run;
this checks that the hook really sees a socket being made."""

from __future__ import annotations

import socket

from tests import conftest


def test_audit_hook_records_network_sockets() -> None:
    before = len(conftest.network_sockets)
    probe = socket.socket(socket.AF_INET, socket.SOCK_STREAM)  # created, never connected
    probe.close()
    recorded = conftest.network_sockets[before:]
    del conftest.network_sockets[before:]  # the probe itself is not the program's
    assert recorded and "family" in recorded[0]


def test_local_unix_sockets_are_not_network() -> None:
    before = len(conftest.network_sockets)
    a, b = socket.socketpair(socket.AF_UNIX)
    a.close()
    b.close()
    assert conftest.network_sockets[before:] == []
