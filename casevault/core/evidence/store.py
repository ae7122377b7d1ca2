"""Evidence files (attachments) of a case, inside the encrypted database.

The original bytes are kept unchanged, chunk by chunk (chunks.py), with the
SHA-256 taken at intake; metadata (media_meta.py) and searchable text
(text_index.py) are read from the stored copy; every intake, verification,
export, saved copy and link is a custody event in the hash-chained audit log
(custody.py). AttachmentStore is the API the GUI, the CLI and the exchange
code use.
"""

from __future__ import annotations

import builtins
import contextlib
import os
from collections.abc import Iterable
from pathlib import Path
from typing import BinaryIO

from casevault.core.errors import ErrorKind, IntegrityError, VaultError
from casevault.core.evidence import custody as custody
from casevault.core.evidence.chunks import CHUNK_SIZE, ChunkReader
from casevault.core.evidence.custody import CustodyEvent
from casevault.core.evidence.intake import Draft, store
from casevault.core.evidence.model import COLUMNS, Attachment, VerifyResult, from_row
from casevault.core.evidence.save import save_copy
from casevault.core.evidence.verify import record_checks, rehash, verify_results
from casevault.core.progress import Cancelled, Progress
from casevault.core.records import index
from casevault.core.records.audit import now
from casevault.core.records.store import new_uuid
from casevault.core.vault.database import Database

__all__ = [
    "CHUNK_SIZE",
    "Attachment",
    "AttachmentStore",
    "Cancelled",
    "CustodyEvent",
    "Progress",
    "VerifyResult",
]


class AttachmentStore:
    def __init__(self, db: Database) -> None:
        self.db = db

    # -- intake ---------------------------------------------------------------------
    def add(
        self,
        case_uuid: str,
        source: Path,
        *,
        incident_uuid: str = "",
        person_uuid: str = "",
        remove_source: bool = False,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> Attachment:
        """Stream a file into the vault; with `remove_source`, delete it once the stored
        copy has been read back and matches (deletion on SSDs and memory cards is not
        guaranteed to erase the data)."""
        self._check_links(case_uuid, incident_uuid, person_uuid)
        draft = Draft(new_uuid(), case_uuid, incident_uuid, person_uuid, source.name, now())
        try:
            with open(source, "rb", buffering=0) as stream:
                total = os.fstat(stream.fileno()).st_size
                stored = store(
                    self.db, draft, stream, total=total, progress=progress, cancelled=cancelled
                )
        except OSError as exc:
            raise VaultError(ErrorKind.IO_FAILED, source.name) from exc
        if remove_source and self._verify_one(self.get(draft.uuid)):
            # Not if it grew while it was read; a source that cannot be deleted stays
            # (the caller sees it still exists): the attachment itself is stored.
            with contextlib.suppress(OSError):
                if source.stat().st_size == stored.size:
                    source.unlink()
        return self.get(draft.uuid)

    def put(
        self,
        attachment: Attachment,
        stream: BinaryIO,
        *,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> Attachment:
        """Store an attachment from an export, keeping its uuid, links, name, type and
        intake time. Raises IntegrityError(ATTACHMENT_DAMAGED) if the stream's SHA-256
        or size differ from the attachment's; inside the caller's transaction if one is
        open (no batching, no commit), else in batches like add()."""
        if self.db.execute(
            "SELECT 1 FROM attachments WHERE uuid = ?", (attachment.uuid,)
        ).fetchone():
            raise VaultError(ErrorKind.INVALID_RECORD, f"attachment {attachment.uuid} exists")
        self._check_links(attachment.case_uuid, attachment.incident_uuid, attachment.person_uuid)
        draft = Draft(
            attachment.uuid,
            attachment.case_uuid,
            attachment.incident_uuid,
            attachment.person_uuid,
            attachment.name,
            attachment.intake,
            attachment.media_type,
            custody_kind="imported",
        )
        store(
            self.db,
            draft,
            stream,
            total=attachment.size,
            expected=(attachment.sha256, attachment.size),
            progress=progress,
            cancelled=cancelled,
        )
        return self.get(attachment.uuid)

    # -- reading --------------------------------------------------------------------
    def list(self, case_uuid: str) -> builtins.list[Attachment]:
        """A case's attachments, newest intake first."""
        rows = self.db.execute(
            f"SELECT {COLUMNS} FROM attachments WHERE case_uuid = ? AND complete = 1 "
            "ORDER BY intake DESC, uuid DESC",
            (case_uuid,),
        )
        return [from_row(row) for row in rows]

    def list_all(self) -> builtins.list[Attachment]:
        """Every attachment in the vault (for a full export), case by case, oldest first."""
        rows = self.db.execute(
            f"SELECT {COLUMNS} FROM attachments WHERE complete = 1 ORDER BY case_uuid, intake"
        )
        return [from_row(row) for row in rows]

    def get(self, uuid: str) -> Attachment:
        row = self.db.execute(
            f"SELECT {COLUMNS} FROM attachments WHERE uuid = ? AND complete = 1", (uuid,)
        ).fetchone()
        if row is None:
            raise VaultError(ErrorKind.RECORD_MISSING, uuid)
        return from_row(row)

    def open(self, uuid: str) -> ChunkReader:
        """A readable, seekable file over the stored bytes, read chunk by chunk on demand."""
        return ChunkReader(self.db, uuid, self.get(uuid).size)

    def read_bytes(self, uuid: str, limit: int) -> bytearray:
        """The whole content (a bytearray the caller may zero); ATTACHMENT_TOO_LARGE if
        larger than `limit` bytes."""
        attachment = self.get(uuid)
        if attachment.size > limit:
            raise VaultError(ErrorKind.ATTACHMENT_TOO_LARGE, f"{attachment.size} > {limit}")
        out = bytearray(attachment.size)
        with ChunkReader(self.db, uuid, attachment.size) as reader:
            if reader.readinto(out) != attachment.size:
                raise IntegrityError(ErrorKind.ATTACHMENT_DAMAGED, attachment.name)
        return out

    def save_copy(
        self,
        uuid: str,
        target: Path,
        *,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> None:
        """A decrypted copy at `target`: atomic, hash checked, custody "copy_saved"."""
        attachment = self.get(uuid)
        save_copy(
            self.db,
            attachment.uuid,
            attachment.name,
            attachment.sha256,
            attachment.size,
            target,
            progress=progress,
            cancelled=cancelled,
        )
        with self.db.transaction():
            custody.record(self.db, uuid, "copy_saved", target.name)

    def custody(self, uuid: str) -> builtins.list[CustodyEvent]:
        """Custody events, oldest first."""
        return custody.events(self.db, uuid)

    # -- changing -------------------------------------------------------------------
    def link(self, uuid: str, *, incident_uuid: str = "", person_uuid: str = "") -> Attachment:
        """Set both links as given ("" unlinks)."""
        with self.db.transaction():
            attachment = self.get(uuid)
            self._check_links(attachment.case_uuid, incident_uuid, person_uuid)
            if (attachment.incident_uuid, attachment.person_uuid) == (incident_uuid, person_uuid):
                return attachment
            self.db.execute(
                "UPDATE attachments SET incident_uuid = ?, person_uuid = ?, updated = ?, "
                "version = version + 1 WHERE uuid = ?",
                (incident_uuid or None, person_uuid or None, now(), uuid),
            )
            custody.record(
                self.db, uuid, "linked", f"incident={incident_uuid} person={person_uuid}"
            )
        return self.get(uuid)

    def delete(self, uuid: str) -> None:
        """Remove the attachment, its chunks and its search entry for good."""
        with self.db.transaction():
            attachment = self.get(uuid)
            index.unindex(self.db, uuid)
            self.db.execute("DELETE FROM attachments WHERE uuid = ?", (uuid,))
            custody.record(self.db, uuid, "deleted", f"sha256={attachment.sha256}")

    def record_export(self, uuids: Iterable[str], detail: str) -> None:
        """Custody "exported" for each attachment (inside the caller's transaction, if any)."""
        events = [(uuid, "exported", detail) for uuid in uuids]
        if self.db.in_transaction:
            custody.record_many(self.db, events)
            return
        with self.db.transaction():
            custody.record_many(self.db, events)

    # -- integrity ------------------------------------------------------------------
    def verify(
        self,
        uuid: str | None = None,
        *,
        progress: Progress | None = None,
        hold_on_mismatch: bool = False,
    ) -> builtins.list[VerifyResult]:
        """Re-hash one attachment or all; record custody "verified"/"mismatch" and update
        integrity. With `hold_on_mismatch`, nothing is written if any does not match
        (a tampered vault is kept unchanged, as evidence)."""
        checks = rehash(self.db, [self.get(uuid)] if uuid else self.list_all(), progress)
        results = verify_results(self.db, checks)
        if not (hold_on_mismatch and not all(r.ok for r in results)):
            record_checks(self.db, checks)
        return results

    def _verify_one(self, attachment: Attachment) -> bool:
        checks = rehash(self.db, [attachment], None)
        record_checks(self.db, checks)
        return checks[0].ok

    def _check_links(self, case_uuid: str, incident_uuid: str, person_uuid: str) -> None:
        """The case exists; a linked incident or person belongs to it."""
        if not self.db.execute("SELECT 1 FROM cases WHERE uuid = ?", (case_uuid,)).fetchone():
            raise VaultError(ErrorKind.RECORD_MISSING, case_uuid)
        for table, linked in (("incidents", incident_uuid), ("people", person_uuid)):
            if (
                linked
                and not self.db.execute(
                    f"SELECT 1 FROM {table} WHERE uuid = ? AND case_uuid = ?",
                    (linked, case_uuid),
                ).fetchone()
            ):
                raise VaultError(ErrorKind.RECORD_MISSING, linked)
