"""Commands that move cases between vaults: export, import, keygen, restore, backup.

Core (casevault.core.exchange) does the work; this module asks for secrets in
the order cli.md documents (the vault passphrase, then the export's), shows
progress on a terminal and prints the reports. Standard output carries only
what a script may keep: the export's `SHA256  FILE` line, a public key.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from casevault.cli import vault as cli_vault
from casevault.cli.terminal import CliError, ProgressLine, Secrets, percent, say
from casevault.core import exchange
from casevault.core.errors import ExitStatus
from casevault.core.exchange import ExportOptions, ImportPreview
from casevault.core.records.store import CaseStore
from casevault.core.records.vocab import Vocabularies
from casevault.core.vault.vault import Vault
from casevault.i18n.text import fill

translate = QCoreApplication.translate
MIB = 1 << 20


def _progress(label: str) -> ProgressLine:
    return ProgressLine(lambda done, total: f"{label} {percent(done, total):3d}%")


def _read_text(path: Path, what: str) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise CliError(fill(translate("CLI", "Cannot read %1 (%2)."), path, what)) from exc


def _recipients(args: argparse.Namespace, vault: Vault) -> list[str]:
    keys = list(args.recipient or [])
    if args.recipients_file:
        text = _read_text(args.recipients_file, translate("CLI", "recipients file"))
        keys += [
            line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")
        ]
    if not keys and not args.passphrase:
        keys = [r.public_key for r in exchange.list_recipients(vault)]
    return keys


def _case_uuids(vault: Vault, codes: list[str] | None) -> tuple[str, ...] | None:
    if not codes:
        return None
    store = CaseStore(vault.db, Vocabularies.load())
    found = []
    for code in codes:
        case = store.case_by_code(code)
        if case is None:
            raise CliError(fill(translate("CLI", "There is no case with the code %1."), code))
        found.append(case.uuid)
    return tuple(found)


# -- export ---------------------------------------------------------------------------
def export(folder: Path, args: argparse.Namespace) -> int:
    out: Path = args.out
    if out.exists():
        raise CliError(fill(translate("CLI", "%1 already exists. Choose another file name."), out))
    if not out.parent.is_dir():
        raise CliError(fill(translate("CLI", "The folder %1 does not exist."), out.parent))
    secrets = Secrets(args.passphrase_stdin)
    with cli_vault.unlock(folder, args, secrets) as vault:
        options = ExportOptions(
            case_uuids=_case_uuids(vault, args.case),
            attachments=not args.no_attachments,
            strip_metadata=args.strip_metadata,
            redact_identities=args.redact,
        )
        recipients = _recipients(args, vault)
        passphrase = None
        if args.passphrase:
            passphrase = secrets.ask_new(translate("CLI", "Passphrase for the export file: "))
        progress = _progress(translate("CLI", "Exporting and checking:"))
        try:
            result = exchange.export_vault(
                vault,
                out,
                options,
                recipients=recipients,
                passphrase=passphrase,
                progress=progress,
            )
        finally:
            progress.end()
        key = exchange.signing_public_key(vault)
        fingerprint = exchange.signing_fingerprint(vault)
    say(
        fill(
            translate(
                "CLI",
                "Exported %1 records and %2 attachments to %3 (%4 MiB), checked after "
                "writing. Signature: %5",
            ),
            result.records,
            result.attachments,
            result.path,
            f"{result.size / MIB:.1f}",
            result.signature_path,
        )
    )
    say(fill(translate("CLI", "Signed by this vault's key %1\nFingerprint: %2"), key, fingerprint))
    print(f"{result.sha256}  {result.path.name}")
    return ExitStatus.DONE


# -- import ---------------------------------------------------------------------------
def _keys(args: argparse.Namespace, secrets: Secrets) -> tuple[str | None, str | None]:
    if args.identity:
        return _read_text(args.identity, translate("CLI", "identity file")), None
    return None, secrets.ask(translate("CLI", "Passphrase of the export file: "))


def _report(preview: ImportPreview, applied: bool) -> None:
    if preview.signature_valid:
        trust = (
            translate("CLI", "trusted")
            if preview.signer_trusted
            else translate("CLI", "NOT marked as trusted: compare the fingerprint with the sender")
        )
        say(
            fill(
                translate("CLI", "Signed by vault %1, key fingerprint %2 (%3)."),
                preview.signer_vault_id,
                preview.signer_fingerprint,
                trust,
            )
        )
    else:
        say(translate("CLI", "Warning: this export has no signature; its sender is unknown."))
    say(fill(translate("CLI", "Exported at %1."), preview.exported_at))
    template = (
        translate("CLI", "Imported: %1 added, %2 updated, %3 unchanged, %4 in conflict.")
        if applied
        else translate("CLI", "Would import: %1 added, %2 updated, %3 unchanged, %4 in conflict.")
    )
    say(fill(template, preview.added, preview.updated, preview.unchanged, preview.conflicts))
    if preview.attachments:
        say(fill(translate("CLI", "New attachments: %1"), preview.attachments))
    if preview.cases:
        say(fill(translate("CLI", "Cases: %1"), ", ".join(preview.cases)))
    if applied and preview.conflicts:
        say(
            translate(
                "CLI",
                "Records in conflict keep your version for now; their version is kept beside "
                "it. Choose between them in the CaseVault window (Vault > Conflicts).",
            )
        )


def import_export(folder: Path, args: argparse.Namespace) -> int:
    path: Path = args.file
    if not path.is_file():
        raise CliError(fill(translate("CLI", "There is no file %1."), path))
    secrets = Secrets(args.passphrase_stdin)
    with cli_vault.unlock(folder, args, secrets) as vault:
        identity, passphrase = _keys(args, secrets)
        progress = _progress(translate("CLI", "Checking:"))
        try:
            preview = exchange.preview_import(
                vault,
                path,
                identity_text=identity,
                passphrase=passphrase,
                allow_unsigned=args.allow_unsigned,
                progress=progress,
            )
        finally:
            progress.end()
        _report(preview, applied=False)
        if args.dry_run:
            say(translate("CLI", "Nothing was imported (--dry-run)."))
            return ExitStatus.DONE
        progress = _progress(translate("CLI", "Importing:"))
        try:
            done = exchange.apply_import(
                vault, preview, identity_text=identity, passphrase=passphrase, progress=progress
            )
        finally:
            progress.end()
        if args.trust_signer and done.signer_public_key:
            exchange.trust_signer(vault, done.signer_public_key, args.trust_signer)
    _report(done, applied=True)
    return ExitStatus.DONE


# -- keygen, restore, backup ------------------------------------------------------------
def keygen(_folder: Path, args: argparse.Namespace) -> int:
    public = exchange.keygen(args.out)
    say(
        fill(
            translate(
                "CLI",
                "Wrote the identity (secret key) to %1. Keep it safe: whoever has it can "
                "read every export made for it. Give the public key below to the field teams.",
            ),
            args.out,
        )
    )
    print(public)
    return ExitStatus.DONE


def restore(folder: Path, args: argparse.Namespace) -> int:
    path: Path = args.file
    if not path.is_file():
        raise CliError(fill(translate("CLI", "There is no file %1."), path))
    secrets = Secrets(args.passphrase_stdin)
    new_passphrase = secrets.ask_new(translate("CLI", "New passphrase for the restored vault: "))
    identity, passphrase = _keys(args, secrets)
    say(translate("CLI", "Restoring. This can take a while for a large backup..."))
    progress = _progress(translate("CLI", "Restoring:"))
    try:
        recovery = exchange.restore_backup(
            path,
            folder,
            new_passphrase,
            identity_text=identity,
            passphrase=passphrase,
            allow_unsigned=args.allow_unsigned,
            progress=progress,
        )
    finally:
        progress.end()
    cli_vault._show_recovery_key(folder, recovery)
    return ExitStatus.DONE


def backup(folder: Path, args: argparse.Namespace) -> int:
    with cli_vault.unlock(folder, args) as vault:
        if args.folder is not None or args.keep is not None:
            settings = exchange.backup_settings(vault)
            exchange.save_backup_settings(
                vault,
                type(settings)(
                    folder=args.folder.resolve() if args.folder else settings.folder,
                    on_quit=settings.on_quit,
                    daily=settings.daily,
                    keep=args.keep or settings.keep,
                    recipients=settings.recipients,
                ),
            )
        progress = _progress(translate("CLI", "Backing up:"))
        try:
            result = exchange.run_backup(vault, progress=progress)
        finally:
            progress.end()
    say(fill(translate("CLI", "Backup written and checked: %1"), result.path))
    print(f"{result.sha256}  {result.path.name}")
    return ExitStatus.DONE


def recipients(folder: Path, args: argparse.Namespace) -> int:
    if args.action != "list" and not args.key:
        raise CliError(
            translate("CLI", "Give the age public key (age1…) to add or remove."), ExitStatus.USAGE
        )
    with cli_vault.unlock(folder, args) as vault:
        if args.action == "add":
            exchange.add_recipient(vault, args.key, args.label or "")
        elif args.action == "remove":
            exchange.remove_recipient(vault, args.key)
        for recipient in exchange.list_recipients(vault):
            print(f"{recipient.public_key}\t{recipient.fingerprint}\t{recipient.label}")
    return ExitStatus.DONE
