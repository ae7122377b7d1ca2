"""Numbered schema migrations. Each runs once, in order, inside one transaction.

Append new steps; never edit a step that has shipped.
"""

from __future__ import annotations

from casevault.core.errors import ErrorKind, VaultError
from casevault.core.vault.database import Database

MIGRATIONS: dict[int, tuple[str, ...]] = {
    1: (
        """CREATE TABLE vault_meta (
            key   TEXT PRIMARY KEY,
            value BLOB NOT NULL
        ) WITHOUT ROWID""",
    ),
    2: (
        """CREATE TABLE cases (
            uuid TEXT PRIMARY KEY, created TEXT NOT NULL, updated TEXT NOT NULL,
            version INTEGER NOT NULL,
            code TEXT NOT NULL UNIQUE, title TEXT NOT NULL, status TEXT NOT NULL,
            risk TEXT NOT NULL, summary TEXT NOT NULL, opened TEXT NOT NULL,
            closed TEXT NOT NULL, tags TEXT NOT NULL,
            num INTEGER UNIQUE
        )""",
        "CREATE INDEX cases_status ON cases(status, risk)",
        "CREATE INDEX cases_opened ON cases(opened)",
        """CREATE TABLE people (
            uuid TEXT PRIMARY KEY, created TEXT NOT NULL, updated TEXT NOT NULL,
            version INTEGER NOT NULL,
            case_uuid TEXT NOT NULL REFERENCES cases(uuid) ON DELETE CASCADE,
            role TEXT NOT NULL, pseudonym TEXT NOT NULL, full_name TEXT NOT NULL,
            contact TEXT NOT NULL, birth_date TEXT NOT NULL, notes TEXT NOT NULL
        )""",
        "CREATE INDEX people_case ON people(case_uuid)",
        """CREATE TABLE incidents (
            uuid TEXT PRIMARY KEY, created TEXT NOT NULL, updated TEXT NOT NULL,
            version INTEGER NOT NULL,
            case_uuid TEXT NOT NULL REFERENCES cases(uuid) ON DELETE CASCADE,
            date_start TEXT NOT NULL, date_end TEXT NOT NULL, date_precision TEXT NOT NULL,
            state TEXT NOT NULL, municipality TEXT NOT NULL, place TEXT NOT NULL,
            violations TEXT NOT NULL, perpetrators TEXT NOT NULL, narrative TEXT NOT NULL,
            people TEXT NOT NULL
        )""",
        "CREATE INDEX incidents_case ON incidents(case_uuid, date_start)",
        """CREATE TABLE incident_codes (
            incident_uuid TEXT NOT NULL REFERENCES incidents(uuid) ON DELETE CASCADE,
            case_uuid TEXT NOT NULL, vocab TEXT NOT NULL, code TEXT NOT NULL,
            PRIMARY KEY (vocab, code, case_uuid, incident_uuid)
        ) WITHOUT ROWID""",
        "CREATE INDEX incident_codes_incident ON incident_codes(incident_uuid)",
        """CREATE TABLE actions (
            uuid TEXT PRIMARY KEY, created TEXT NOT NULL, updated TEXT NOT NULL,
            version INTEGER NOT NULL,
            case_uuid TEXT NOT NULL REFERENCES cases(uuid) ON DELETE CASCADE,
            date TEXT NOT NULL, authority TEXT NOT NULL, action_kind TEXT NOT NULL,
            reference TEXT NOT NULL, outcome TEXT NOT NULL, follow_up TEXT NOT NULL
        )""",
        "CREATE INDEX actions_case ON actions(case_uuid, date)",
        "CREATE INDEX actions_follow_up ON actions(follow_up)",
        """CREATE TABLE notes (
            uuid TEXT PRIMARY KEY, created TEXT NOT NULL, updated TEXT NOT NULL,
            version INTEGER NOT NULL,
            case_uuid TEXT NOT NULL REFERENCES cases(uuid) ON DELETE CASCADE,
            date TEXT NOT NULL, text TEXT NOT NULL
        )""",
        "CREATE INDEX notes_case ON notes(case_uuid, date)",
        """CREATE TABLE field_history (
            id INTEGER PRIMARY KEY, record_uuid TEXT NOT NULL, field TEXT NOT NULL,
            version INTEGER NOT NULL, saved TEXT NOT NULL, value TEXT NOT NULL
        )""",
        "CREATE INDEX field_history_record ON field_history(record_uuid, field, version)",
        """CREATE TABLE audit_log (
            seq INTEGER PRIMARY KEY, at TEXT NOT NULL, action TEXT NOT NULL,
            record_kind TEXT NOT NULL, record_uuid TEXT NOT NULL, detail TEXT NOT NULL,
            prev_hash BLOB NOT NULL, hash BLOB NOT NULL
        )""",
        # Accent- and case-insensitive full-text index, inside the encrypted database.
        # One row per record. Its rowid is (case num << 20) + n, so a match names its
        # case without a join; search_map finds the row of a record for updates.
        """CREATE VIRTUAL TABLE search_index USING fts5(
            body, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
        )""",
        "INSERT INTO search_index(search_index, rank) VALUES ('secure-delete', 1)",
        """CREATE TABLE search_map (
            fts_rowid INTEGER PRIMARY KEY, record_uuid TEXT NOT NULL UNIQUE,
            record_kind TEXT NOT NULL
        )""",
    ),
    3: ("CREATE INDEX cases_updated ON cases(updated)",),
    # Attachments (evidence files): one row each, their bytes in chunk rows. A row
    # stays complete = 0 until its last chunk is in; such rows are removed on open.
    4: (
        """CREATE TABLE attachments (
            uuid TEXT PRIMARY KEY, created TEXT NOT NULL, updated TEXT NOT NULL,
            version INTEGER NOT NULL,
            case_uuid TEXT NOT NULL REFERENCES cases(uuid) ON DELETE CASCADE,
            incident_uuid TEXT REFERENCES incidents(uuid) ON DELETE SET NULL,
            person_uuid TEXT REFERENCES people(uuid) ON DELETE SET NULL,
            name TEXT NOT NULL, media_type TEXT NOT NULL, size INTEGER NOT NULL,
            sha256 TEXT NOT NULL, intake TEXT NOT NULL, metadata TEXT NOT NULL,
            warnings TEXT NOT NULL, integrity TEXT NOT NULL, verified TEXT NOT NULL,
            complete INTEGER NOT NULL
        )""",
        "CREATE INDEX attachments_case ON attachments(case_uuid, intake)",
        "CREATE INDEX attachments_incident ON attachments(incident_uuid)",
        "CREATE INDEX attachments_person ON attachments(person_uuid)",
        # start: the byte offset of the chunk's first byte in the file.
        """CREATE TABLE attachment_chunks (
            attachment_uuid TEXT NOT NULL REFERENCES attachments(uuid) ON DELETE CASCADE,
            start INTEGER NOT NULL, data BLOB NOT NULL,
            PRIMARY KEY (attachment_uuid, start)
        )""",
    ),
    # Export and import: the last version both sides of an exchange agreed on,
    # and diverging edits kept for the user to resolve.
    5: (
        """CREATE TABLE sync_base (
            record_uuid TEXT PRIMARY KEY, version INTEGER NOT NULL, sha256 TEXT NOT NULL
        ) WITHOUT ROWID""",
        """CREATE TABLE conflicts (
            id INTEGER PRIMARY KEY, record_kind TEXT NOT NULL,
            record_uuid TEXT NOT NULL UNIQUE, theirs_version INTEGER NOT NULL,
            theirs TEXT NOT NULL, source TEXT NOT NULL, created TEXT NOT NULL
        )""",
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
    for version in sorted(v for v in MIGRATIONS if v > current):
        with db.transaction():
            for statement in MIGRATIONS[version]:
                db.execute(statement)
            db.execute(f"PRAGMA user_version = {int(version)}")
        steps += 1
    return steps
