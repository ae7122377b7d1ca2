"""A large sort creates no temporary file: SQLite's spill goes to memory, not to /tmp.

SQLite unlinks its temp files as soon as it opens them, so watching folders
would see nothing; instead, while the query runs, a progress handler lists the
process's open file descriptors and records any regular file that is not one
of the vault's own. The same probe on a plain SQLite connection with
temp_store=FILE does find the spill file, so the test can fail.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from casevault.core.vault.vault import Vault
from tests.helpers.scan import open_regular_files
from tests.helpers.vaults import PASSPHRASE

ROWS = 120_000


class FdWatcher:
    def __init__(self, allowed: set[str]) -> None:
        self.allowed = allowed
        self.seen: set[str] = set()

    def __call__(self) -> int:
        self.seen |= {f for f in open_regular_files() if f not in self.allowed}
        return 0


def _sort_query(execute) -> int:  # type: ignore[no-untyped-def]
    rows = execute(
        "SELECT key, value FROM vault_meta ORDER BY substr(value, 7) DESC, key"
    ).fetchall()
    return len(rows)


def _fill(execute) -> None:  # type: ignore[no-untyped-def]
    execute(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) "
        "INSERT INTO vault_meta SELECT 'k' || i, hex(randomblob(40)) FROM n",
        (ROWS,),
    )


@pytest.mark.slow
def test_large_sort_in_the_vault_creates_no_temp_file(vault_dir: Path) -> None:
    with Vault.unlock(vault_dir, PASSPHRASE) as vault:
        with vault.db.transaction():
            _fill(vault.db.execute)
        vault.db.execute("PRAGMA cache_size = 50")  # force the sorter to spill
        before = open_regular_files()
        watcher = FdWatcher(before)
        vault.db._conn.set_progress_handler(watcher, 1000)
        assert _sort_query(vault.db.execute) == ROWS
        vault.db._conn.set_progress_handler(None, 0)
    assert watcher.seen == set()


def test_the_probe_sees_a_plain_sqlite_spill_file(tmp_path: Path) -> None:
    conn = sqlite3.connect(tmp_path / "plain.db")
    conn.execute("CREATE TABLE vault_meta (key TEXT PRIMARY KEY, value BLOB) WITHOUT ROWID")
    _fill(conn.execute)
    conn.commit()
    conn.execute("PRAGMA temp_store = FILE")
    conn.execute("PRAGMA cache_size = 50")
    watcher = FdWatcher(open_regular_files())
    conn.set_progress_handler(watcher, 1000)
    assert _sort_query(conn.execute) == ROWS
    conn.close()
    assert watcher.seen, "the probe must be able to see a temp file"
