"""Numbered schema migrations. Each runs once, in order, inside one transaction.

Append new steps; never edit a step that has shipped.
"""

from __future__ import annotations

from casevault.core.database import Database
from casevault.core.errors import ErrorKind, VaultError

MIGRATIONS: dict[int, tuple[str, ...]] = {
    1: (
        """CREATE TABLE vault_meta (
            key   TEXT PRIMARY KEY,
            value BLOB NOT NULL
        ) WITHOUT ROWID""",
    ),
}

LATEST = max(MIGRATIONS)


def schema_version(db: Database) -> int:
    return int(db.execute("PRAGMA user_version").fetchone()[0])


def migrate(db: Database) -> int:
    """Bring the schema up to LATEST; return how many steps ran."""
    current = schema_version(db)
    if current > LATEST:
        raise VaultError(ErrorKind.SCHEMA_TOO_NEW, f"{current} > {LATEST}")
    steps = 0
    for version in range(current + 1, LATEST + 1):
        with db.transaction():
            for statement in MIGRATIONS[version]:
                db.execute(statement)
            db.execute(f"PRAGMA user_version = {int(version)}")
        steps += 1
    return steps
