"""Export, import, backups, recipients and conflicts of the open vault.

Long calls (`export_vault`, `preview_import`, `apply_import`, `run_backup`) open
their own database connection and may run in a worker thread; take the facet on
the thread that owns the vault (`session.exchange`) and hand it to the worker.
The others use the vault's own connection and belong on that thread.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from casevault.core import exchange
from casevault.core.exchange import (
    BackupSettings,
    BackupStatus,
    Cancelled,
    Conflict,
    ExportOptions,
    ExportResult,
    ImportPreview,
    Progress,
    Recipient,
)
from casevault.core.vault.vault import Vault


class VaultExchange:
    """The exchange operations of one open vault."""

    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    # -- long: may run in a worker thread -----------------------------------------
    def export_vault(
        self,
        out: Path,
        options: ExportOptions,
        *,
        recipients: Sequence[str] = (),
        passphrase: str | None = None,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
        overwrite: bool = False,
    ) -> ExportResult:
        return exchange.export_vault(
            self._vault,
            out,
            options,
            recipients=recipients,
            passphrase=passphrase,
            progress=progress,
            cancelled=cancelled,
            overwrite=overwrite,
        )

    def preview_import(
        self,
        path: Path,
        *,
        identity_text: str | None = None,
        passphrase: str | None = None,
        allow_unsigned: bool = False,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> ImportPreview:
        return exchange.preview_import(
            self._vault,
            path,
            identity_text=identity_text,
            passphrase=passphrase,
            allow_unsigned=allow_unsigned,
            progress=progress,
            cancelled=cancelled,
        )

    def apply_import(
        self,
        preview: ImportPreview,
        *,
        identity_text: str | None = None,
        passphrase: str | None = None,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> ImportPreview:
        return exchange.apply_import(
            self._vault,
            preview,
            identity_text=identity_text,
            passphrase=passphrase,
            progress=progress,
            cancelled=cancelled,
        )

    def run_backup(
        self, *, progress: Progress | None = None, cancelled: Cancelled | None = None
    ) -> ExportResult:
        return exchange.run_backup(self._vault, progress=progress, cancelled=cancelled)

    # -- quick: on the thread that owns the vault -------------------------------------
    def list_recipients(self) -> list[Recipient]:
        return exchange.list_recipients(self._vault)

    def add_recipient(self, public_key: str, label: str) -> Recipient:
        return exchange.add_recipient(self._vault, public_key, label)

    def remove_recipient(self, public_key: str) -> None:
        exchange.remove_recipient(self._vault, public_key)

    def signing_public_key(self) -> str:
        return exchange.signing_public_key(self._vault)

    def signing_fingerprint(self) -> str:
        return exchange.signing_fingerprint(self._vault)

    def trust_signer(self, public_key: str, label: str) -> None:
        exchange.trust_signer(self._vault, public_key, label)

    def trusted_signers(self) -> list[tuple[str, str, str]]:
        return exchange.trusted_signers(self._vault)

    def list_conflicts(self) -> list[Conflict]:
        return exchange.list_conflicts(self._vault)

    def resolve_conflict(self, conflict_id: int, keep: str) -> None:
        exchange.resolve_conflict(self._vault, conflict_id, keep)

    def backup_settings(self) -> BackupSettings:
        return exchange.backup_settings(self._vault)

    def save_backup_settings(self, settings: BackupSettings) -> None:
        exchange.save_backup_settings(self._vault, settings)

    def backup_status(self) -> BackupStatus:
        return exchange.backup_status(self._vault)
