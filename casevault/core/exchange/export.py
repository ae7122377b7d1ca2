"""Export: records (and attachments) → tar → age → a temporary file → verified → renamed.

Everything is streamed: the tar is produced piece by piece from the database
while the encryptor pulls it, so memory stays constant and no plaintext ever
reaches the disk. The file is written under a temporary name in the target
folder, decrypted again and checked against its manifest, signed (`.sig`
beside it), and only then renamed into place; a cancel, a full disk or any
error removes the temporary file. One that a killed export left behind (only a
file named exactly as the exporter names it, and that no running export holds)
is removed by the next export or backup to that folder.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import os
import re
import secrets
import stat
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import pyrage

from casevault.core.atomic import FILE_MODE, fsync_dir, write_atomic
from casevault.core.errors import ErrorKind, IntegrityError, VaultError
from casevault.core.exchange import agefile, payload
from casevault.core.exchange.archive import Member, TarStream, archive_bytes
from casevault.core.exchange.attachments_io import AttachmentSource, Planned, distinct
from casevault.core.exchange.reader import FORMAT, FORMAT_VERSION, read_export
from casevault.core.exchange.signing import sig_path, signature_text
from casevault.core.progress import Cancelled, Progress
from casevault.core.records import audit
from casevault.core.vault.database import Database
from casevault.core.vault.vault import Vault

CHUNK = 256 * 1024
# The exporter's temporary file beside the target: ".NAME.<12 hex digits>.part".
PART_PATTERN = re.compile(r"^\..+\.[0-9a-f]{12}\.part$")
# Where no file lock exists (Windows): a leftover is one untouched for this long.
PART_STALE_S = 24 * 3600
EXPORT_CACHE_KIB = 4096


@dataclass(frozen=True)
class ExportOptions:
    case_uuids: tuple[str, ...] | None = None  # None: the whole vault (a full backup)
    attachments: bool = True
    strip_metadata: bool = False
    redact_identities: bool = False


@dataclass(frozen=True)
class ExportResult:
    path: Path
    signature_path: Path
    records: int
    attachments: int
    size: int
    sha256: str


class _Job:
    """One export's state: its connection, counts, progress and cancel check."""

    def __init__(
        self,
        db: Database,
        options: ExportOptions,
        progress: Progress | None,
        cancelled: Cancelled | None,
    ) -> None:
        self.db = db
        self.options = options
        self.progress = progress
        self.cancelled = cancelled
        self.done = 0
        self.total = 0
        self.counts: dict[str, int] = {}
        self.members: dict[str, dict[str, Any]] = {}
        self.attachments: AttachmentSource | None = None

    def tick(self, size: int) -> None:
        if self.cancelled is not None and self.cancelled():
            raise VaultError(ErrorKind.CANCELLED)
        self.done += size
        if self.progress is not None:
            self.progress(min(self.done, self.total), self.total)

    def lines(self, cases: list[str]) -> Iterator[tuple[str, bytes]]:
        for case_uuid in cases:
            yield from payload.case_lines(self.db, case_uuid, self.options.redact_identities)
            if self.attachments is not None:
                for line in self.attachments.lines(case_uuid):
                    yield "attachment", payload.encode(line)
            if self.cancelled is not None and self.cancelled():
                raise VaultError(ErrorKind.CANCELLED)
        if self.options.case_uuids is None:
            yield from payload.setting_lines(self.db)

    def record_chunks(self, cases: list[str]) -> Iterator[bytes]:
        buffer = bytearray()
        for _kind, line in self.lines(cases):
            buffer += line
            if len(buffer) >= CHUNK:
                yield bytes(buffer)
                buffer.clear()
        yield bytes(buffer)

    def measure_records(self, cases: list[str]) -> tuple[int, str]:
        digest = hashlib.sha256()
        size = 0
        for kind, line in self.lines(cases):
            digest.update(line)
            size += len(line)
            self.counts[kind] = self.counts.get(kind, 0) + 1
        return size, digest.hexdigest()

    def hashed(
        self, name: str, size: int, chunks: Iterator[bytes], expected: str | None
    ) -> Iterator[bytes]:
        """Pass `chunks` on, counting progress; the hash must be the one planned."""
        digest = hashlib.sha256()
        for chunk in chunks:
            digest.update(chunk)
            self.tick(len(chunk))
            yield chunk
        sha = digest.hexdigest()
        if expected is not None and sha != expected:
            if name.startswith("attachments/"):  # the stored copy no longer matches its hash
                raise IntegrityError(ErrorKind.ATTACHMENT_DAMAGED, name)
            raise VaultError(ErrorKind.IO_FAILED, f"{name} changed while exporting")
        self.members[name] = {"size": size, "sha256": sha}


def export_vault(
    vault: Vault,
    out: Path,
    options: ExportOptions,
    *,
    recipients: Sequence[str] = (),
    passphrase: str | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    overwrite: bool = False,
) -> ExportResult:
    if passphrase is None:
        if not recipients:
            raise VaultError(ErrorKind.NO_RECIPIENTS)
        for key in recipients:
            agefile.parse_recipient(key)
    elif not passphrase:
        raise VaultError(ErrorKind.PASSPHRASE_EMPTY)
    if out.exists() and not overwrite:
        raise VaultError(ErrorKind.FILE_EXISTS, str(out))
    db = vault.connect()
    try:
        # Every page is read about once: a small cache keeps the export's memory flat.
        db.execute(f"PRAGMA cache_size = {-EXPORT_CACHE_KIB}")
        signature_text(db, vault.header.vault_id, "0" * 64, 0)  # makes the key on first use
        return _export(
            db, vault.header.vault_id, out, options, recipients, passphrase, progress, cancelled
        )
    finally:
        db.close()


def _export(
    db: Database,
    vault_id: str,
    out: Path,
    options: ExportOptions,
    recipients: Sequence[str],
    passphrase: str | None,
    progress: Progress | None,
    cancelled: Cancelled | None,
) -> ExportResult:
    job = _Job(db, options, progress, cancelled)
    # A throwaway extra recipient lets this export be decrypted once, to verify it.
    check = pyrage.x25519.Identity.generate() if passphrase is None else None
    clean_leftovers(out.parent)
    temp = out.parent / f".{out.name}.{secrets.token_hex(6)}.part"
    try:
        held = _create_locked(temp)
    except OSError as exc:
        raise _os_error(exc) from exc
    db.execute("BEGIN")  # one read snapshot for every pass over the records and attachments
    planned: list[Planned] = []
    try:
        cases = payload.case_uuids(db, options.case_uuids)
        if options.attachments:
            job.attachments = AttachmentSource(db, options.strip_metadata)
            planned = job.attachments.plan(cases)
        members_of_content = distinct(planned)
        size, sha = job.measure_records(cases)
        job.total = 2 * (size + sum(item.content_size for item in members_of_content))
        stamp = audit.now()

        def members() -> Iterator[Member]:
            chunks = job.hashed("records.jsonl", size, job.record_chunks(cases), sha)
            yield Member("records.jsonl", size, chunks)
            for item in members_of_content:
                assert job.attachments is not None
                content = job.attachments.chunks(item)
                yield Member(
                    item.member,
                    item.content_size,
                    job.hashed(item.member, item.content_size, content, item.content_sha256),
                )
            manifest = _manifest(vault_id, stamp, options, job)
            yield Member("manifest.json", len(manifest), iter([manifest]))

        extra = [str(check.to_public())] if check else []
        stream = TarStream(archive_bytes(members(), _mtime(stamp)))
        written, file_sha = _write(temp, stream, [*recipients, *extra], passphrase)
        db.execute("COMMIT")

        def verifying(done: int, _total: int) -> None:
            if job.progress is not None:
                half = job.total // 2
                job.progress(half + done * half // max(written, 1), job.total)

        read_export(
            temp,
            identity_text=str(check) if check else None,
            passphrase=passphrase,
            progress=verifying,
            cancelled=cancelled,
        )
        write_atomic(sig_path(out), signature_text(db, vault_id, file_sha, written))
        os.replace(temp, out)
        fsync_dir(out.parent)
    except BaseException as exc:
        if db.in_transaction:
            db.execute("ROLLBACK")
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()
        if isinstance(exc, OSError):
            raise _os_error(exc) from exc
        raise
    finally:
        if held >= 0:
            os.close(held)
    if job.attachments is not None and planned:
        job.attachments.record_export([item.attachment.uuid for item in planned], out.name)
    records = sum(n for kind, n in job.counts.items() if kind in payload.RECORD_KINDS)
    return ExportResult(out, sig_path(out), records, len(planned), written, file_sha)


def _write(
    temp: Path, stream: TarStream, recipients: list[str], passphrase: str | None
) -> tuple[int, str]:
    fd = os.open(temp, os.O_WRONLY | getattr(os, "O_BINARY", 0))
    with os.fdopen(fd, "wb", buffering=1 << 20) as handle:
        sink = agefile.HashingWriter(handle)
        agefile.encrypt(stream, sink, recipients=recipients, passphrase=passphrase)
        handle.flush()
        os.fsync(handle.fileno())
    return sink.size, sink.sha256.hexdigest()


def _create_locked(temp: Path) -> int:
    """Create the temporary file 0600 and hold a lock on it until the export ends, so
    that another export's `clean_leftovers` never takes it for a leftover."""
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), FILE_MODE)
    try:
        import fcntl
    except ImportError:  # Windows: no flock, and an open file could not be renamed
        os.close(fd)
        return -1
    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    return fd


def clean_leftovers(folder: Path) -> list[Path]:
    """Remove what a killed export left in `folder`: only files named exactly as the
    exporter names its temporary file, regular files of ours that no running export
    holds (or, without file locks, untouched for a day). Anything else stays."""
    removed: list[Path] = []
    try:
        names = [entry.name for entry in os.scandir(folder) if PART_PATTERN.match(entry.name)]
    except OSError:
        return removed
    for name in names:
        path = folder / name
        with contextlib.suppress(OSError):
            if _is_leftover(path):
                path.unlink()
                removed.append(path)
    return removed


def _is_leftover(path: Path) -> bool:
    info = path.lstat()
    if not stat.S_ISREG(info.st_mode):
        return False
    if hasattr(os, "getuid") and info.st_uid != os.getuid():
        return False
    try:
        import fcntl
    except ImportError:
        return time.time() - info.st_mtime > PART_STALE_S
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False  # an export is writing or checking it right now
        return True
    finally:
        os.close(fd)


def _os_error(exc: OSError) -> VaultError:
    kind = ErrorKind.DISK_FULL if exc.errno in (errno.ENOSPC, errno.EFBIG) else ErrorKind.IO_FAILED
    return VaultError(kind, exc.strerror or str(exc))


def _mtime(stamp: str) -> int:
    return int(datetime.fromisoformat(stamp.replace("Z", "+00:00")).timestamp())


def _manifest(vault_id: str, stamp: str, options: ExportOptions, job: _Job) -> bytes:
    manifest = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "vault_id": vault_id,
        "exported_at": stamp,
        "scope": "full" if options.case_uuids is None else "cases",
        "options": {
            "attachments": options.attachments,
            "strip_metadata": options.strip_metadata,
            "redact_identities": options.redact_identities,
        },
        "counts": dict(sorted(job.counts.items())),
        "members": job.members,
    }
    return json.dumps(manifest, ensure_ascii=False, indent=1).encode() + b"\n"
