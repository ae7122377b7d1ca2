"""Repairs made each time the vault opens, before anything else runs on it."""

from __future__ import annotations

from casevault.core.vault.database import Database


def discard_incomplete(db: Database) -> int:
    """Remove attachments whose intake never finished (a crash, a kill); how many.

    Called when the vault opens, before any intake of this process can run.
    secure_delete overwrites the freed pages, so nothing of them stays in the file.
    """
    if db.execute("SELECT 1 FROM attachments WHERE complete = 0 LIMIT 1").fetchone() is None:
        return 0
    with db.transaction():
        return int(db.execute("DELETE FROM attachments WHERE complete = 0").rowcount)
