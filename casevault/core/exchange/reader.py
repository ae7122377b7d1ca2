"""Reading an export in one streamed pass: decrypt, untar, hash every member, check the manifest.

Used to verify a freshly written export and, by import, to preview and to
apply. Callers get each records.jsonl line and each attachment's bytes as they
come, but must not keep anything until `read_export` returns: only then is
every hash checked against the manifest (and the manifest against the files
present), so an altered or cut-short export raises IntegrityError at the end.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from casevault.core.errors import ErrorKind, IntegrityError, VaultError
from casevault.core.exchange import agefile
from casevault.core.exchange.archive import TarParser

FORMAT = "casevault-export"
FORMAT_VERSION = 1
MAX_MANIFEST = 16 << 20
MAX_LINE = 512 << 20
Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
LineHandler = Callable[[dict[str, Any]], None]
# attachment member name's hash, then its bytes piece by piece and None at its end
AttachmentHandler = Callable[[str, bytes | None], None]


@dataclass
class ReadResult:
    manifest: dict[str, Any]
    file_sha256: str
    file_size: int
    members: dict[str, tuple[int, str]] = field(default_factory=dict)


class HashingReader:
    """A file read once from its start, hashed as it goes (for the signature check)."""

    def __init__(
        self, handle: BinaryIO, total: int, progress: Progress | None, cancelled: Cancelled | None
    ) -> None:
        self.handle = handle
        self.sha256 = hashlib.sha256()
        self.size = 0
        self.total = total
        self.progress = progress
        self.cancelled = cancelled
        self.error: BaseException | None = None

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def seek(self, offset: int, whence: int = 0) -> int:
        if (offset, whence) != (0, 0) or self.size > 64:
            raise OSError("only a rewind to the start is possible")
        self.handle.seek(0)
        self.sha256 = hashlib.sha256()
        self.size = 0
        return 0

    def tell(self) -> int:
        return self.size

    def _took(self, data: bytes) -> bytes:
        self.sha256.update(data)
        self.size += len(data)
        if self.cancelled is not None and self.cancelled():
            self.error = VaultError(ErrorKind.CANCELLED)
            raise self.error
        if self.progress is not None:
            self.progress(self.size, self.total)
        return data

    def read(self, size: int = -1, /) -> bytes:
        return self._took(self.handle.read(size))

    def readline(self, size: int = -1, /) -> bytes:
        return self._took(self.handle.readline(size))

    def drain(self) -> None:
        while self.read(1 << 20):
            pass


class _Records:
    def __init__(self, on_line: LineHandler) -> None:
        self.on_line = on_line
        self.partial = bytearray()

    def feed(self, data: bytes | None) -> None:
        if data is None:
            if self.partial:
                raise _damaged("records.jsonl does not end with a newline")
            return
        self.partial += data
        start = 0
        while True:
            end = self.partial.find(b"\n", start)
            if end < 0:
                break
            try:
                line = json.loads(self.partial[start:end])
            except ValueError as exc:
                raise _damaged("records.jsonl line") from exc
            if not isinstance(line, dict):
                raise _damaged("records.jsonl line")
            self.on_line(line)
            start = end + 1
        del self.partial[:start]
        if len(self.partial) > MAX_LINE:
            raise _damaged("records.jsonl line too long")


def _damaged(detail: str) -> IntegrityError:
    return IntegrityError(ErrorKind.EXPORT_DAMAGED, detail)


def read_export(
    path: Path,
    *,
    identity_text: str | None = None,
    passphrase: str | None = None,
    on_line: LineHandler | None = None,
    on_attachment: AttachmentHandler | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ReadResult:
    members: dict[str, tuple[int, str]] = {}
    manifest_bytes = bytearray()
    records = _Records(on_line or (lambda _line: None))

    def handler(name: str, size: int) -> Callable[[bytes | None], None]:
        digest = hashlib.sha256()
        seen = [0]

        def piece(data: bytes | None) -> None:
            if data is not None:
                digest.update(data)
                seen[0] += len(data)
            else:
                members[name] = (seen[0], digest.hexdigest())
            if name == "manifest.json":
                if data is not None:
                    manifest_bytes.extend(data)
                    if len(manifest_bytes) > MAX_MANIFEST:
                        raise _damaged("manifest too large")
            elif name == "records.jsonl":
                records.feed(data)
            elif on_attachment is not None:
                on_attachment(name.split("/", 1)[1], data)

        return piece

    parser = TarParser(handler)
    try:
        handle = path.open("rb")
    except FileNotFoundError as exc:
        raise VaultError(ErrorKind.IO_FAILED, str(path)) from exc
    with handle:
        total = path.stat().st_size
        source = HashingReader(handle, total, progress, cancelled)
        agefile.decrypt(source, parser.feed, identity_text=identity_text, passphrase=passphrase)
        parser.finish()
        source.drain()
    manifest = _check_manifest(bytes(manifest_bytes), members, parser.names)
    return ReadResult(manifest, source.sha256.hexdigest(), source.size, members)


def _check_manifest(
    raw: bytes, members: dict[str, tuple[int, str]], order: list[str]
) -> dict[str, Any]:
    if not order or order[-1] != "manifest.json" or "records.jsonl" not in members:
        raise _damaged("manifest.json missing or not last")
    try:
        manifest = json.loads(raw)
        if manifest["format"] != FORMAT:
            raise _damaged("not a CaseVault export")
        version = manifest["format_version"]
        listed = manifest["members"]
    except (ValueError, KeyError, TypeError) as exc:
        raise _damaged("manifest.json") from exc
    if not isinstance(version, int) or version > FORMAT_VERSION:
        raise VaultError(ErrorKind.EXPORT_UNSUPPORTED, str(version))
    present = {name: value for name, value in members.items() if name != "manifest.json"}
    try:
        expected = {name: (int(v["size"]), str(v["sha256"])) for name, v in listed.items()}
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise _damaged("manifest members") from exc
    if expected != present:
        raise _damaged("a member's hash or size differs from the manifest")
    for name, (_size, sha) in present.items():
        if name.startswith("attachments/") and name.split("/", 1)[1] != sha:
            raise _damaged(f"{name}: content does not match its name")
    return dict(manifest)
