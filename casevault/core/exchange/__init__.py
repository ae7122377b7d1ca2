"""Encrypted export, import and backup: the API the GUI and the CLI call.

Long functions (export_vault, preview_import, apply_import, restore_backup,
run_backup) open their own database connection and may run in a worker
thread; the others use `vault.db` and belong on the thread that owns it.
The file format is described in docs/export-format.md.
"""

from __future__ import annotations

from casevault.core.exchange import backup as _backup
from casevault.core.exchange import conflicts as _conflicts
from casevault.core.exchange import recipients as _recipients
from casevault.core.exchange import signing as _signing
from casevault.core.exchange.backup import BackupSettings, BackupStatus, run_backup
from casevault.core.exchange.conflicts import Conflict
from casevault.core.exchange.export import ExportOptions, ExportResult, export_vault
from casevault.core.exchange.import_ import (
    ImportPreview,
    apply_import,
    preview_import,
    trust_signer,
    trusted_signers,
)
from casevault.core.exchange.keygen import keygen
from casevault.core.exchange.recipients import Recipient
from casevault.core.exchange.restore import restore_backup
from casevault.core.progress import Cancelled, Progress
from casevault.core.records.vocab import Vocabularies
from casevault.core.vault.vault import Vault

__all__ = [
    "BackupSettings",
    "BackupStatus",
    "Cancelled",
    "Conflict",
    "ExportOptions",
    "ExportResult",
    "ImportPreview",
    "Progress",
    "Recipient",
    "add_recipient",
    "apply_import",
    "backup_settings",
    "backup_status",
    "export_vault",
    "keygen",
    "list_conflicts",
    "list_recipients",
    "preview_import",
    "remove_recipient",
    "resolve_conflict",
    "restore_backup",
    "run_backup",
    "save_backup_settings",
    "signing_fingerprint",
    "signing_public_key",
    "trust_signer",
    "trusted_signers",
]


def list_recipients(vault: Vault) -> list[Recipient]:
    return _recipients.list_recipients(vault.db)


def add_recipient(vault: Vault, public_key: str, label: str) -> Recipient:
    return _recipients.add_recipient(vault.db, public_key, label)


def remove_recipient(vault: Vault, public_key: str) -> None:
    _recipients.remove_recipient(vault.db, public_key)


def signing_public_key(vault: Vault) -> str:
    """The vault's Ed25519 public key (base64 of its 32 bytes), made on first use."""
    return _signing.public_key(vault.db)


def signing_fingerprint(vault: Vault) -> str:
    return _signing.fingerprint(_signing.public_key(vault.db))


def list_conflicts(vault: Vault, vocabs: Vocabularies | None = None) -> list[Conflict]:
    """Conflicts waiting for a choice; `vocabs` None: Vocabularies.shared()."""
    return _conflicts.list_conflicts(vault.db, vocabs)


def resolve_conflict(
    vault: Vault, conflict_id: int, keep: str, vocabs: Vocabularies | None = None
) -> None:
    """Keep "ours" or "theirs"; `vocabs` None: Vocabularies.shared()."""
    _conflicts.resolve_conflict(vault.db, conflict_id, keep, vocabs)


def backup_settings(vault: Vault) -> BackupSettings:
    return _backup.backup_settings(vault.db)


def save_backup_settings(vault: Vault, settings: BackupSettings) -> None:
    _backup.save_backup_settings(vault.db, settings)


def backup_status(vault: Vault) -> BackupStatus:
    return _backup.backup_status(vault.db)
