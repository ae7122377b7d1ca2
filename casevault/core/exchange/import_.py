"""Import: signature, decryption and every hash checked before anything is kept.

`preview_import` reads the whole export and says what would change, writing
nothing. `apply_import` checks the signature again and reads the export again
inside ONE transaction, merging as it goes (merge.py); only if the whole file
then verifies — every member hash, the manifest, the file hash the signature
names — is the transaction committed. Anything else rolls it back: the vault
is unchanged.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from casevault.core.errors import ErrorKind, IntegrityError, VaultError
from casevault.core.exchange import merge, payload, signing
from casevault.core.exchange.attachments_io import AttachmentSink
from casevault.core.exchange.merge import Outcome
from casevault.core.exchange.reader import ReadResult, read_export
from casevault.core.progress import Cancelled, Progress
from casevault.core.records import audit
from casevault.core.records.model import Case, Record, case_uuid_of
from casevault.core.records.store import CaseStore
from casevault.core.records.validation import ValidationError, validate
from casevault.core.records.vocab import Vocabularies
from casevault.core.vault.database import Database
from casevault.core.vault.vault import Vault

BATCH = 500


@dataclass(frozen=True)
class ImportPreview:
    path: Path
    signer_public_key: str
    signer_fingerprint: str
    signer_vault_id: str
    signer_trusted: bool
    signature_valid: bool
    exported_at: str
    added: int
    updated: int
    unchanged: int
    conflicts: int
    attachments: int
    cases: tuple[str, ...]


class _Merger:
    """Takes records.jsonl lines one by one; classifies them, and with `write` stores them."""

    def __init__(
        self, db: Database, vocabs: Vocabularies, write: bool, source: str, restore: bool = False
    ) -> None:
        self.db = db
        self.restore = restore
        self.store = CaseStore(db, vocabs)
        self.vocabs = vocabs
        self.write = write
        self.source = source
        self.counts = dict.fromkeys(Outcome, 0)
        self.case_codes: dict[str, str] = {}
        self.touched: dict[str, None] = {}
        self.pending: list[Record] = []
        self.attachments = AttachmentSink(db, write)

    def line(self, line: dict[str, Any]) -> None:
        kind = line.get("kind")
        if kind == "history":
            if self.write:
                self._history(line)
            return
        if kind == "attachment":
            self.flush()  # the people and incidents it links to are stored first
            self.attachments.line(line)
            return
        if kind == "setting":
            if self.write and self.restore and line.get("key") in payload.SETTINGS:
                self.db.execute(
                    "INSERT OR REPLACE INTO vault_meta VALUES (?, ?)",
                    (str(line["key"]), str(line.get("value", ""))),
                )
            return
        theirs = payload.parse_record(line)
        ours = merge.current(self.db, self.store, theirs)
        if payload.is_redacted(line, theirs):
            theirs = merge.fill_redacted(theirs, ours)
        outcome = merge.decide(
            ours, theirs, merge.our_base(self.db, theirs.uuid), merge.their_base(line)
        )
        self.counts[outcome] += 1
        case_uuid = case_uuid_of(theirs)
        if isinstance(theirs, Case):
            self.case_codes[theirs.uuid] = theirs.code
        if outcome in (Outcome.ADDED, Outcome.UPDATED, Outcome.CONFLICT):
            self.touched[self.case_codes.get(case_uuid, case_uuid)] = None
            problems = validate(theirs, self.vocabs)
            if problems and outcome is not Outcome.CONFLICT:
                raise ValidationError(problems)
        if self.write:
            self._apply(outcome, theirs, line)

    def _apply(self, outcome: Outcome, theirs: Record, line: dict[str, Any]) -> None:
        if outcome is Outcome.ADDED:
            if isinstance(theirs, Case):
                self.flush()
                self.store.insert_imported([merge.free_code(self.db, theirs)])
            else:
                self.pending.append(theirs)
                if len(self.pending) >= BATCH:
                    self.flush()
        elif outcome is Outcome.UPDATED:
            if isinstance(theirs, Case):
                theirs = merge.free_code(self.db, theirs)
            self.store.replace_imported(theirs)
        elif outcome is Outcome.CONFLICT:
            merge.store_conflict(self.db, theirs, line, self.source)
            return
        merge.set_base(self.db, theirs)

    def flush(self) -> None:
        if self.pending:
            self.store.insert_imported(self.pending)
            self.pending.clear()

    def _history(self, line: dict[str, Any]) -> None:
        try:
            values = tuple(line[k] for k in ("record_uuid", "field", "version", "saved", "value"))
        except KeyError as exc:
            raise IntegrityError(ErrorKind.EXPORT_DAMAGED, "history line") from exc
        if self.db.execute(
            "SELECT 1 FROM field_history WHERE record_uuid = ? AND field = ? AND version = ? "
            "AND value = ?",
            (values[0], values[1], values[2], values[4]),
        ).fetchone():
            return
        self.db.execute(
            "INSERT INTO field_history (record_uuid, field, version, saved, value) "
            "VALUES (?, ?, ?, ?, ?)",
            values,
        )


def _file_sha256(path: Path, cancelled: Cancelled | None) -> tuple[str, int]:
    digest = hashlib.sha256()
    size = 0
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
            size += len(chunk)
            if cancelled is not None and cancelled():
                raise VaultError(ErrorKind.CANCELLED)
    return digest.hexdigest(), size


def _signature(
    path: Path, allow_unsigned: bool, cancelled: Cancelled | None
) -> signing.Signature | None:
    """The checked signature, or None for an unsigned file the user chose to accept."""
    try:
        sig = signing.read_signature(signing.sig_path(path))
    except IntegrityError as exc:
        if exc.kind is ErrorKind.SIGNATURE_MISSING and allow_unsigned:
            return None
        raise
    sha, size = _file_sha256(path, cancelled)
    if (sha, size) != (sig.sha256, sig.size):
        raise IntegrityError(ErrorKind.SIGNATURE_INVALID, "the export does not match its .sig")
    return sig


def run(
    db: Database,
    path: Path,
    write: bool,
    keys: dict[str, str | None],
    allow_unsigned: bool,
    progress: Progress | None,
    cancelled: Cancelled | None,
    restore: bool = False,
    vocabs: Vocabularies | None = None,
) -> ImportPreview:
    """Read the export at `path` into `db` (storing only with `write`), checking everything.

    Records are checked against `vocabs` (None: the process's shared copy).
    """
    sig = _signature(path, allow_unsigned, cancelled)
    merger = _Merger(db, vocabs or Vocabularies.shared(), write, path.name, restore)
    result: ReadResult = read_export(
        path,
        identity_text=keys["identity"],
        passphrase=keys["passphrase"],
        on_line=merger.line,
        on_attachment=merger.attachments.member,
        progress=progress,
        cancelled=cancelled,
    )
    merger.flush()
    merger.attachments.finish()
    if sig is not None and (result.file_sha256, result.file_size) != (sig.sha256, sig.size):
        raise IntegrityError(ErrorKind.SIGNATURE_INVALID, "the export changed while reading")
    if sig is not None and result.manifest.get("vault_id") != sig.vault_id:
        raise IntegrityError(ErrorKind.SIGNATURE_INVALID, "signed by another vault")
    if restore and result.manifest.get("scope") != "full":
        raise VaultError(ErrorKind.NOT_A_FULL_BACKUP)
    own = signing.existing_public_key(db)
    key = sig.public_key if sig else ""
    counts = merger.counts
    if write:
        detail = ",".join(f"{o.value}={n}" for o, n in counts.items())
        audit.append(db, "import", "export", str(result.manifest.get("vault_id", "")), detail)
    return ImportPreview(
        path=path,
        signer_public_key=key,
        signer_fingerprint=signing.fingerprint(key) if key else "",
        signer_vault_id=sig.vault_id if sig else str(result.manifest.get("vault_id", "")),
        signer_trusted=bool(key) and (key == own or key in signing.trusted(db)),
        signature_valid=sig is not None,
        exported_at=str(result.manifest.get("exported_at", "")),
        added=counts[Outcome.ADDED],
        updated=counts[Outcome.UPDATED],
        unchanged=counts[Outcome.UNCHANGED] + counts[Outcome.KEPT],
        conflicts=counts[Outcome.CONFLICT],
        attachments=merger.attachments.new,
        cases=tuple(merger.touched),
    )


def preview_import(
    vault: Vault,
    path: Path,
    *,
    identity_text: str | None = None,
    passphrase: str | None = None,
    allow_unsigned: bool = False,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    vocabs: Vocabularies | None = None,
) -> ImportPreview:
    """What importing `path` would do; writes nothing (a read snapshot, rolled back).

    `vocabs`: what records are checked against (None: the process's shared copy).
    """
    db = vault.connect()
    try:
        db.execute("BEGIN")
        try:
            keys = {"identity": identity_text, "passphrase": passphrase}
            return run(db, path, False, keys, allow_unsigned, progress, cancelled, vocabs=vocabs)
        finally:
            db.execute("ROLLBACK")
    finally:
        db.close()


def apply_import(
    vault: Vault,
    preview: ImportPreview,
    *,
    identity_text: str | None = None,
    passphrase: str | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    vocabs: Vocabularies | None = None,
) -> ImportPreview:
    """Import for real, in one transaction; checks everything again. Returns what was done.

    `vocabs`: what records are checked against (None: the process's shared copy).
    """
    db = vault.connect()
    try:
        keys = {"identity": identity_text, "passphrase": passphrase}
        with db.transaction():
            return run(
                db,
                preview.path,
                True,
                keys,
                not preview.signature_valid,
                progress,
                cancelled,
                vocabs=vocabs,
            )
    finally:
        db.close()


def trust_signer(vault: Vault, public_key: str, label: str) -> None:
    signing.trust(vault.db, public_key, label)


def trusted_signers(vault: Vault) -> list[tuple[str, str, str]]:
    return [(k, signing.fingerprint(k), v) for k, v in signing.trusted(vault.db).items()]
