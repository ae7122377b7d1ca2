"""The organisation's age public keys that exports are encrypted to, kept in the vault."""

from __future__ import annotations

import json
from dataclasses import dataclass

from casevault.core.exchange.agefile import parse_recipient
from casevault.core.exchange.signing import fingerprint
from casevault.core.vault.database import Database

META_KEY = "export_recipients"


@dataclass(frozen=True)
class Recipient:
    public_key: str  # "age1..."
    label: str
    fingerprint: str


def _stored(db: Database) -> list[tuple[str, str]]:
    row = db.execute("SELECT value FROM vault_meta WHERE key = ?", (META_KEY,)).fetchone()
    return [(str(k), str(v)) for k, v in json.loads(row[0])] if row else []


def _store(db: Database, items: list[tuple[str, str]]) -> None:
    with db.transaction():
        db.execute(
            "INSERT OR REPLACE INTO vault_meta VALUES (?, ?)",
            (META_KEY, json.dumps(items, ensure_ascii=False)),
        )


def list_recipients(db: Database) -> list[Recipient]:
    return [Recipient(key, label, fingerprint(key)) for key, label in _stored(db)]


def add_recipient(db: Database, public_key: str, label: str) -> Recipient:
    """Add (or relabel) a recipient; an invalid key raises VaultError(INVALID_RECIPIENT)."""
    key = public_key.strip()
    parse_recipient(key)
    items = [(k, v) for k, v in _stored(db) if k != key]
    items.append((key, label.strip()))
    _store(db, items)
    return Recipient(key, label.strip(), fingerprint(key))


def remove_recipient(db: Database, public_key: str) -> None:
    _store(db, [(k, v) for k, v in _stored(db) if k != public_key.strip()])


def recipient_keys(db: Database) -> list[str]:
    return [key for key, _label in _stored(db)]
