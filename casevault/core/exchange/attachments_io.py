"""Attachments in an export: their lines in records.jsonl and their bytes as tar members.

Export: each case's attachments follow its records as `attachment` lines; the
bytes go in `attachments/<sha256 of the exported bytes>`, once per distinct
content, read chunk by chunk from the vault. With "strip metadata", images and
PDFs are exported as copies without camera, GPS and author data
(`media_meta.strip_metadata`, in memory, one file at a time): their member is
named by the stripped bytes' hash, while the line keeps the original hash.

Import: lines of attachments the vault does not have yet are kept (metadata
only) until their member arrives; it is then stored with `AttachmentStore.put`
(same uuid, links, name and intake time) inside the import's transaction.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import IO, Any

from casevault.core.errors import ErrorKind, IntegrityError
from casevault.core.evidence.media_meta import strip_metadata
from casevault.core.evidence.store import Attachment, AttachmentStore
from casevault.core.vault.database import Database

READ = 1 << 20
STRIPPABLE = ("image/jpeg", "image/png", "application/pdf")
MAX_STRIP = 512 << 20  # an attachment is stripped in memory: larger ones are refused


@dataclass(frozen=True)
class Planned:
    attachment: Attachment
    content_sha256: str  # of the bytes in the export (stripped or not)
    content_size: int
    stripped: bool

    @property
    def member(self) -> str:
        return f"attachments/{self.content_sha256}"


class AttachmentSource:
    """The attachments of the exported cases, planned first (hashes known before the tar)."""

    def __init__(self, db: Database, strip: bool) -> None:
        self.store = AttachmentStore(db)
        self.strip = strip
        self.by_case: dict[str, list[Planned]] = {}

    def plan(self, cases: list[str]) -> list[Planned]:
        """Every attachment of `cases`; stripped copies are made once here to learn their hash."""
        planned = []
        for case_uuid in cases:
            items = []
            for attachment in reversed(self.store.list(case_uuid)):  # oldest first
                if self.strip and attachment.media_type in STRIPPABLE:
                    data = self._stripped(attachment)
                    sha, size = hashlib.sha256(data).hexdigest(), len(data)
                    items.append(Planned(attachment, sha, size, True))
                else:
                    items.append(Planned(attachment, attachment.sha256, attachment.size, False))
            self.by_case[case_uuid] = items
            planned += items
        return planned

    def _stripped(self, attachment: Attachment) -> bytes:
        data = self.store.read_bytes(attachment.uuid, MAX_STRIP)
        try:
            return strip_metadata(attachment.media_type, bytes(data))
        finally:
            data[:] = bytes(len(data))

    def lines(self, case_uuid: str) -> Iterator[dict[str, Any]]:
        for item in self.by_case.get(case_uuid, []):
            a = item.attachment
            yield {
                "kind": "attachment",
                "uuid": a.uuid,
                "case_uuid": a.case_uuid,
                "incident_uuid": a.incident_uuid,
                "person_uuid": a.person_uuid,
                "name": a.name,
                "media_type": a.media_type,
                "intake": a.intake,
                "sha256": a.sha256,
                "size": a.size,
                "content_sha256": item.content_sha256,
                "content_size": item.content_size,
                "stripped": item.stripped,
            }

    def chunks(self, item: Planned) -> Iterator[bytes]:
        if item.stripped:
            yield self._stripped(item.attachment)
            return
        with self.store.open(item.attachment.uuid) as reader:
            while data := reader.read(READ):
                yield bytes(data)

    def record_export(self, uuids: list[str], detail: str) -> None:
        self.store.record_export(uuids, detail)


def distinct(planned: list[Planned]) -> list[Planned]:
    """One member per distinct content."""
    seen: dict[str, Planned] = {}
    for item in planned:
        seen.setdefault(item.content_sha256, item)
    return list(seen.values())


# -- import -----------------------------------------------------------------------------
def parse_line(line: dict[str, Any]) -> tuple[Attachment, str, int]:
    """(the attachment as it will be stored, content hash, content size) of a line."""
    try:
        text = {
            k: line[k]
            for k in (
                "uuid",
                "case_uuid",
                "incident_uuid",
                "person_uuid",
                "name",
                "media_type",
                "intake",
                "content_sha256",
            )
        }
        size = line["content_size"]
        if not all(isinstance(v, str) for v in text.values()) or not isinstance(size, int):
            raise TypeError("attachment line")
        if len(text["content_sha256"]) != 64 or size < 0 or not text["uuid"]:
            raise ValueError("attachment line")
    except (KeyError, TypeError, ValueError) as exc:
        raise IntegrityError(ErrorKind.EXPORT_DAMAGED, "attachment line") from exc
    attachment = Attachment(
        uuid=text["uuid"],
        case_uuid=text["case_uuid"],
        incident_uuid=text["incident_uuid"],
        person_uuid=text["person_uuid"],
        name=text["name"],
        media_type=text["media_type"],
        size=size,
        sha256=text["content_sha256"],
        intake=text["intake"],
        metadata=(),
        warnings=frozenset(),
        integrity="unchecked",
        verified="",
    )
    return attachment, text["content_sha256"], size


class AttachmentSink:
    """Attachments an import will store, waiting for their bytes."""

    def __init__(self, db: Database, write: bool) -> None:
        self.store = AttachmentStore(db)
        self.db = db
        self.write = write
        self.waiting: dict[str, list[Attachment]] = {}
        self.new = 0

    def line(self, line: dict[str, Any]) -> None:
        attachment, content, _size = parse_line(line)
        if self.db.execute(
            "SELECT 1 FROM attachments WHERE uuid = ?", (attachment.uuid,)
        ).fetchone():
            return  # attachments never change after intake: ours is the same
        self.new += 1
        self.waiting.setdefault(content, []).append(attachment)

    def member(self, content: str, stream: IO[bytes]) -> None:
        wanted = self.waiting.pop(content, [])
        if not self.write or not wanted:
            return
        first = wanted[0]
        self.store.put(first, stream)  # type: ignore[arg-type]
        for other in wanted[1:]:
            with self.store.open(first.uuid) as copy:
                self.store.put(other, copy)  # type: ignore[arg-type]

    def finish(self) -> None:
        if self.waiting:
            raise IntegrityError(ErrorKind.EXPORT_DAMAGED, "attachment bytes missing")
