"""Streaming a file into the vault: chunk rows committed in batches, hashed on the way.

Memory stays constant whatever the size: one CHUNK_SIZE buffer (zeroed at
the end) and SQLite's page cache. The attachment row is marked incomplete
until its last chunk is in and its metadata and text are read back from the
stored chunks; a failure, a cancel or Ctrl+C removes the row and its chunks,
and a kill leaves an incomplete row that the next open removes.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO

from casevault.core.errors import ErrorKind, IntegrityError, VaultError
from casevault.core.evidence import custody as custody
from casevault.core.evidence import text_index
from casevault.core.evidence.chunks import BATCH_BYTES, CHUNK_SIZE, ChunkReader
from casevault.core.evidence.media_meta import read_metadata
from casevault.core.evidence.media_types import SNIFF_BYTES, detect
from casevault.core.memory import zeroize
from casevault.core.progress import Cancelled, Progress
from casevault.core.records import index
from casevault.core.records.audit import now
from casevault.core.vault.database import Database


@dataclass(frozen=True)
class Draft:
    """What is known of an attachment before its bytes are read."""

    uuid: str
    case_uuid: str
    incident_uuid: str
    person_uuid: str
    name: str
    intake: str
    media_type: str = ""  # "" → detected from the first bytes
    custody_kind: str = "intake"


@dataclass(frozen=True)
class Stored:
    sha256: str
    size: int
    media_type: str


def store(
    db: Database,
    draft: Draft,
    stream: BinaryIO,
    *,
    total: int,
    expected: tuple[str, int] | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> Stored:
    """Write the attachment; inside the caller's transaction if one is open, else in batches.

    `expected` (sha256, size) makes a stream that differs an IntegrityError
    (ATTACHMENT_DAMAGED) and nothing is kept.
    """
    external = db.in_transaction
    try:
        with _transaction(db, external):
            _insert_row(db, draft)
        stored = _write_chunks(db, draft, stream, total, external, progress, cancelled)
        if expected is not None and (stored.sha256, stored.size) != expected:
            raise IntegrityError(ErrorKind.ATTACHMENT_DAMAGED, draft.name)
        with ChunkReader(db, draft.uuid, stored.size) as reader:
            info = read_metadata(stored.media_type, reader)
            reader.seek(0)
            text = text_index.extract_text(stored.media_type, reader, cancelled)
        if cancelled is not None and cancelled():
            raise VaultError(ErrorKind.CANCELLED)
        with _transaction(db, external):
            db.execute(
                "UPDATE attachments SET media_type = ?, size = ?, sha256 = ?, metadata = ?, "
                "warnings = ?, complete = 1 WHERE uuid = ?",
                (
                    stored.media_type,
                    stored.size,
                    stored.sha256,
                    json.dumps(info.metadata, ensure_ascii=False),
                    json.dumps(sorted(info.warnings)),
                    draft.uuid,
                ),
            )
            index.index_attachment_text(db, draft.uuid, draft.case_uuid, draft.name, text)
            custody.record(db, draft.uuid, draft.custody_kind, f"sha256={stored.sha256}")
    except BaseException:
        _discard(db, draft.uuid, external)
        raise
    return stored


def _insert_row(db: Database, draft: Draft) -> None:
    stamp = now()
    db.execute(
        "INSERT INTO attachments (uuid, created, updated, version, case_uuid, incident_uuid, "
        "person_uuid, name, media_type, size, sha256, intake, metadata, warnings, integrity, "
        "verified, complete) VALUES (?, ?, ?, 1, ?, ?, ?, ?, ?, 0, '', ?, '[]', '[]', "
        "'unchecked', '', 0)",
        (
            draft.uuid,
            stamp,
            stamp,
            draft.case_uuid,
            draft.incident_uuid or None,
            draft.person_uuid or None,
            draft.name,
            draft.media_type,
            draft.intake,
        ),
    )


def _write_chunks(
    db: Database,
    draft: Draft,
    stream: BinaryIO,
    total: int,
    external: bool,
    progress: Progress | None,
    cancelled: Cancelled | None,
) -> Stored:
    digest = hashlib.sha256()
    media_type = draft.media_type
    buffer = bytearray(CHUNK_SIZE)
    view = memoryview(buffer)
    start = 0
    finished = False
    try:
        while not finished:
            with _transaction(db, external):
                batch = 0
                while external or batch < BATCH_BYTES:
                    if cancelled is not None and cancelled():
                        raise VaultError(ErrorKind.CANCELLED)
                    count = _read_full(stream, view)
                    if count == 0:
                        finished = True
                        break
                    if start == 0 and not media_type:
                        media_type = detect(bytes(view[: min(count, SNIFF_BYTES)]))
                    digest.update(view[:count])
                    db.execute(
                        "INSERT INTO attachment_chunks VALUES (?, ?, ?)",
                        (draft.uuid, start, view[:count]),
                    )
                    start += count
                    batch += count
                    if progress is not None:
                        progress(start, max(total, start))
    finally:
        view.release()
        zeroize(buffer)
    return Stored(digest.hexdigest(), start, media_type or detect(b""))


def _read_full(stream: BinaryIO, view: memoryview) -> int:
    """Fill `view` from the stream; fewer bytes only at its end."""
    readinto = getattr(stream, "readinto", None)
    filled = 0
    while filled < len(view):
        if readinto is not None:
            count = int(readinto(view[filled:]) or 0)
        else:
            data = stream.read(len(view) - filled)
            count = len(data)
            view[filled : filled + count] = data
        if not count:
            break
        filled += count
    return filled


@contextlib.contextmanager
def _transaction(db: Database, external: bool) -> Iterator[None]:
    if external:
        yield
        return
    with db.transaction():
        yield


def _discard(db: Database, uuid: str, external: bool) -> None:
    """Remove a half-written attachment; if even that fails, the next open does it."""
    with contextlib.suppress(Exception), _transaction(db, external):
        index.unindex(db, uuid)
        db.execute("DELETE FROM attachments WHERE uuid = ?", (uuid,))
