"""How long core work reports progress and learns that it should stop.

A long operation (intake of a file, export, import, backup, verification,
CSV import, the demo generator) takes an optional `progress(done, total)`,
called as it goes, and an optional `cancelled()`, asked between steps. When
`cancelled()` answers True the operation stops and raises
VaultError(ErrorKind.CANCELLED), keeping nothing half-done.
"""

from __future__ import annotations

from collections.abc import Callable

Progress = Callable[[int, int], None]  # (done, total), in the operation's unit: bytes, rows
Cancelled = Callable[[], bool]  # True: stop now
