"""Scheduled local backups: full, verified exports to a chosen folder, the last N kept.

The settings and the outcome of the last run live in `vault_meta`. The GUI
decides when to run (on quit, daily); `backup_status().overdue` says when the
last good backup is too old.
"""

from __future__ import annotations

import contextlib
import json
import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from casevault.core.errors import ErrorKind, VaultError
from casevault.core.exchange.export import ExportOptions, ExportResult, export_vault
from casevault.core.exchange.recipients import recipient_keys
from casevault.core.exchange.signing import sig_path
from casevault.core.progress import Cancelled, Progress
from casevault.core.records import audit
from casevault.core.vault.database import Database
from casevault.core.vault.vault import Vault

SETTINGS_META = "backup_settings"
STATUS_META = "backup_status"
DEFAULT_KEEP = 7
OVERDUE_AFTER = timedelta(hours=26)


@dataclass(frozen=True)
class BackupSettings:
    folder: Path | None = None
    on_quit: bool = False
    daily: bool = False
    keep: int = DEFAULT_KEEP
    recipients: tuple[str, ...] = ()  # empty: the vault's recipient list


@dataclass(frozen=True)
class BackupStatus:
    last_ok: str | None
    last_path: Path | None
    last_error: str | None
    overdue: bool


def _meta(db: Database, key: str) -> dict[str, object]:
    row = db.execute("SELECT value FROM vault_meta WHERE key = ?", (key,)).fetchone()
    return dict(json.loads(row[0])) if row else {}


def _put(db: Database, key: str, value: dict[str, object]) -> None:
    with db.transaction():
        db.execute(
            "INSERT OR REPLACE INTO vault_meta VALUES (?, ?)",
            (key, json.dumps(value, ensure_ascii=False)),
        )


def backup_settings(db: Database) -> BackupSettings:
    raw = _meta(db, SETTINGS_META)
    folder = raw.get("folder")
    keep = raw.get("keep", DEFAULT_KEEP)
    recipients = raw.get("recipients", [])
    return BackupSettings(
        folder=Path(folder) if isinstance(folder, str) and folder else None,
        on_quit=bool(raw.get("on_quit", False)),
        daily=bool(raw.get("daily", False)),
        keep=keep if isinstance(keep, int) and keep >= 1 else DEFAULT_KEEP,
        recipients=tuple(str(r) for r in recipients) if isinstance(recipients, list) else (),
    )


def save_backup_settings(db: Database, settings: BackupSettings) -> None:
    if settings.keep < 1:
        raise ValueError("keep at least one backup")
    _put(
        db,
        SETTINGS_META,
        {
            "folder": str(settings.folder) if settings.folder else "",
            "on_quit": settings.on_quit,
            "daily": settings.daily,
            "keep": settings.keep,
            "recipients": list(settings.recipients),
        },
    )


def backup_status(db: Database, now: datetime | None = None) -> BackupStatus:
    raw = _meta(db, STATUS_META)
    last_ok = raw.get("last_ok")
    last_path = raw.get("last_path")
    last_error = raw.get("last_error")
    ok = str(last_ok) if isinstance(last_ok, str) and last_ok else None
    overdue = False
    if backup_settings(db).daily:
        moment = now or datetime.now(UTC)
        overdue = ok is None or moment - _parse(ok) > OVERDUE_AFTER
    return BackupStatus(
        last_ok=ok,
        last_path=Path(last_path) if isinstance(last_path, str) and last_path else None,
        last_error=str(last_error) if isinstance(last_error, str) and last_error else None,
        overdue=overdue,
    )


def _parse(stamp: str) -> datetime:
    return datetime.fromisoformat(stamp.replace("Z", "+00:00")).astimezone(UTC)


def backup_name(vault_id: str, moment: datetime) -> str:
    return f"casevault-backup-{vault_id[:8]}-{moment.strftime('%Y%m%dT%H%M%S%fZ')}.age"


def run_backup(
    vault: Vault, *, progress: Progress | None = None, cancelled: Cancelled | None = None
) -> ExportResult:
    """A full export with attachments into the backup folder, verified, then pruning."""
    db = vault.connect()
    try:
        settings = backup_settings(db)
        try:
            folder = settings.folder
            if folder is None or not folder.is_dir():
                raise VaultError(ErrorKind.BACKUP_FOLDER_UNSET, str(folder or ""))
            recipients = list(settings.recipients) or recipient_keys(db)
            if not recipients:
                raise VaultError(ErrorKind.NO_RECIPIENTS)
            out = folder / backup_name(vault.header.vault_id, datetime.now(UTC))
            result = export_vault(
                vault,
                out,
                ExportOptions(),
                recipients=recipients,
                progress=progress,
                cancelled=cancelled,
            )
        except VaultError as exc:
            if exc.kind is not ErrorKind.CANCELLED:
                status = _meta(db, STATUS_META)
                _put(db, STATUS_META, {**status, "last_error": exc.kind.value})
            raise
        _put(db, STATUS_META, {"last_ok": audit.now(), "last_path": str(out), "last_error": ""})
        prune(folder, vault.header.vault_id, settings.keep)
        return result
    finally:
        db.close()


def prune(folder: Path, vault_id: str, keep: int) -> list[Path]:
    """Delete this vault's oldest backups (and their .sig) beyond the newest `keep`."""
    pattern = re.compile(rf"^casevault-backup-{re.escape(vault_id[:8])}-\d{{8}}T\d{{12}}Z\.age$")
    ours = sorted(p for p in folder.iterdir() if pattern.match(p.name))
    doomed = ours[:-keep] if keep > 0 else ours
    for path in doomed:
        for target in (path, sig_path(path)):
            with contextlib.suppress(FileNotFoundError):
                target.unlink()
    return doomed
