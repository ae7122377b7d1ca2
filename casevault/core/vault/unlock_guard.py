"""Optional wipe after N failed unlocks: the counter file `unlock.guard`.

The limit (off, 5, 10 or 20) is set while the vault is unlocked and kept in two
places:

- in the encrypted database (`vault_meta`, key `unlock_limit`): the authority,
  authenticated by SQLCipher, so nobody can change it without the data key;
- mirrored with the failure counter in `<vault>/unlock.guard`, a small JSON file
  read *before* unlocking, when no key exists to check anything with.

Every attempt first writes the counter plus one (atomically, synced) and only
then runs Argon2id, so killing the program in the middle of an attempt still
counts it. An attempt that finds the counter already at the limit wipes before
trying. A successful open rewrites the file from the database (counter 0), so a
deleted or edited guard file is put right at the next unlock.

What this does not do, stated in docs/security.md: someone who can edit files in
the vault folder can reset the counter (or copy the vault and guess offline,
which no counter can stop). The counter guards the unlock screen against a
person at the keyboard; Argon2id and a strong passphrase guard the files. It is
never kept in the settings (QSettings), so editing them changes nothing.
"""

from __future__ import annotations

import contextlib
import json
import os
from dataclasses import dataclass
from pathlib import Path

from casevault.core.atomic import write_atomic
from casevault.core.vault.database import Database

GUARD_NAME = "unlock.guard"
LIMITS = (5, 10, 20)
WARN_REMAINING = 3
META_KEY = "unlock_limit"
_FORMAT = "casevault-unlock-guard"
_MAX_BYTES = 4096


@dataclass(frozen=True)
class GuardState:
    vault_id: str
    limit: int
    failures: int

    @property
    def remaining(self) -> int:
        return max(self.limit - self.failures, 0)

    @property
    def exhausted(self) -> bool:
        return self.failures >= self.limit


def guard_path(folder: Path) -> Path:
    return folder / GUARD_NAME


def read(folder: Path, vault_id: str) -> GuardState | None:
    """The guard for this vault, or None if there is none (or it is unreadable)."""
    try:
        with open(guard_path(folder), "rb") as handle:
            body = json.loads(handle.read(_MAX_BYTES))
    except (OSError, ValueError):
        return None
    if not isinstance(body, dict) or body.get("format") != _FORMAT:
        return None
    limit, failures = body.get("limit"), body.get("failures")
    if (
        body.get("vault_id") != vault_id
        or not isinstance(limit, int)
        or not isinstance(failures, int)
        or isinstance(limit, bool)
        or isinstance(failures, bool)
        or limit not in LIMITS
        or failures < 0
    ):
        return None
    return GuardState(vault_id, limit, failures)


def write(folder: Path, state: GuardState) -> None:
    body = {
        "format": _FORMAT,
        "vault_id": state.vault_id,
        "limit": state.limit,
        "failures": state.failures,
    }
    write_atomic(guard_path(folder), json.dumps(body, sort_keys=True).encode() + b"\n")


def remove(folder: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        os.unlink(guard_path(folder))


def count_attempt(folder: Path, vault_id: str) -> GuardState | None:
    """Call before the Argon2id run. Returns the guard with this attempt counted.

    If the returned state is `exhausted` *and* its failures exceed the limit, an
    earlier attempt already used the last try (the program was stopped before it
    could wipe): the caller must wipe without trying.
    """
    state = read(folder, vault_id)
    if state is None:
        return None
    state = GuardState(vault_id, state.limit, state.failures + 1)
    write(folder, state)
    return state


def stored_limit(db: Database) -> int | None:
    row = db.execute("SELECT value FROM vault_meta WHERE key = ?", (META_KEY,)).fetchone()
    if row is None:
        return None
    try:
        value = int(row[0])
    except (TypeError, ValueError):
        return None
    return value if value in LIMITS else None


def store_limit(db: Database, limit: int | None) -> None:
    if limit is not None and limit not in LIMITS:
        raise ValueError(f"unlock limit must be one of {LIMITS} or None")
    with db.transaction():
        if limit is None:
            db.execute("DELETE FROM vault_meta WHERE key = ?", (META_KEY,))
        else:
            db.execute("INSERT OR REPLACE INTO vault_meta VALUES (?, ?)", (META_KEY, str(limit)))


def sync(folder: Path, vault_id: str, db: Database) -> None:
    """After a successful open: the counter back to 0, the mirror equal to the database."""
    limit = stored_limit(db)
    if limit is None:
        remove(folder)
    else:
        write(folder, GuardState(vault_id, limit, 0))


def reset(folder: Path, vault_id: str) -> None:
    """A right passphrase without opening the database (passwd): the counter back to 0."""
    state = read(folder, vault_id)
    if state is not None and state.failures:
        write(folder, GuardState(vault_id, state.limit, 0))
