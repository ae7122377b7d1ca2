"""Reading an export in one streamed pass: decrypt, untar, hash every member, check the manifest.

Used to verify a freshly written export and, by import, to preview and to
apply. The decryptor (pyrage or agepass) pushes plaintext out as it goes; the
tar, and the attachment store that takes an attachment's bytes, want to pull.
So the decryption runs in a helper thread that hands plaintext through a small
bounded queue (a few MiB at most, never on disk), and the calling thread — the
one that owns the database connection — reads the tar from it. Callers get
each records.jsonl line and each attachment member as a stream, but must not
keep anything until `read_export` returns: only then is every hash checked
against the manifest, and the age layer authenticated to its very end.
"""

from __future__ import annotations

import hashlib
import json
import queue
import re
import tarfile
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, BinaryIO

from casevault.core.errors import ErrorKind, IntegrityError, VaultError
from casevault.core.exchange import agefile, agepass
from casevault.core.progress import Cancelled, Progress

FORMAT = "casevault-export"
FORMAT_VERSION = 1
MAX_MANIFEST = 16 << 20
MAX_LINE = 512 << 20
QUEUE_CHUNKS = 32  # of at most 64 KiB each: the plaintext in flight between the threads
MEMBER_NAME = re.compile(r"^(manifest\.json|records\.jsonl|attachments/[0-9a-f]{64})$")
LineHandler = Callable[[dict[str, Any]], None]
# an attachment member: its content hash (the name) and a stream of its bytes
AttachmentHandler = Callable[[str, IO[bytes]], None]


@dataclass
class ReadResult:
    manifest: dict[str, Any]
    file_sha256: str
    file_size: int
    members: dict[str, tuple[int, str]] = field(default_factory=dict)


class HashingReader:
    """The age file, read once from its start, hashed as it goes (for the signature check)."""

    def __init__(
        self,
        handle: BinaryIO,
        total: int,
        progress: Progress | None,
        cancelled: Cancelled | None,
        stop: threading.Event,
    ) -> None:
        self.handle = handle
        self.sha256 = hashlib.sha256()
        self.size = 0
        self.total = total
        self.progress = progress
        self.cancelled = cancelled
        self.stop = stop
        self.error: BaseException | None = None

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def seek(self, offset: int, whence: int = 0, /) -> int:
        # agefile.decrypt rewinds after its first look and after checking the header
        # (at most agepass.MAX_HEADER bytes); the hash starts again with the file.
        if (offset, whence) != (0, 0) or self.size > agepass.MAX_HEADER:
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
        if self.stop.is_set():
            self.error = _StoppedError()
            raise self.error
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


class _StoppedError(Exception):
    """The reading side gave up: the decrypting thread stops too."""


_END = object()


class _Plaintext:
    """The reading side of the queue: a file object over the decrypted bytes."""

    def __init__(self, chunks: queue.Queue[object]) -> None:
        self.chunks = chunks
        self.buffer = b""
        self.offset = 0
        self.ended = False

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1, /) -> bytes:
        parts: list[bytes] = []
        wanted = size if size is not None and size >= 0 else 1 << 62
        while wanted > 0:
            if self.offset >= len(self.buffer):
                if self.ended:
                    break
                item = self.chunks.get()
                if item is _END:
                    self.ended = True
                    break
                if isinstance(item, BaseException):
                    self.ended = True
                    raise item
                assert isinstance(item, bytes)
                self.buffer, self.offset = item, 0
                continue
            piece = self.buffer[self.offset : self.offset + wanted]
            self.offset += len(piece)
            wanted -= len(piece)
            parts.append(piece)
        return b"".join(parts)


class _Decryption:
    """Runs the decryptor in a thread; its plaintext goes through a bounded queue."""

    def __init__(self, source: HashingReader, keys: dict[str, str | None]) -> None:
        self.source = source
        self.keys = keys
        self.chunks: queue.Queue[object] = queue.Queue(maxsize=QUEUE_CHUNKS)
        self.thread = threading.Thread(target=self._run, name="export-decrypt", daemon=True)

    def _put(self, data: bytes) -> None:
        while True:
            if self.source.stop.is_set():
                raise _StoppedError()
            try:
                self.chunks.put(data, timeout=0.2)
                return
            except queue.Full:
                continue

    def _run(self) -> None:
        try:
            agefile.decrypt(
                self.source,
                lambda data: self._put(bytes(data)),
                identity_text=self.keys["identity"],
                passphrase=self.keys["passphrase"],
            )
            self.source.drain()
        except _StoppedError:
            return
        except BaseException as exc:
            self._finish(exc)
            return
        self._finish(_END)

    def _finish(self, item: object) -> None:
        while not self.source.stop.is_set():
            try:
                self.chunks.put(item, timeout=0.2)
                return
            except queue.Full:
                continue

    def close(self) -> None:
        self.source.stop.set()
        while self.thread.is_alive():
            try:
                while True:
                    self.chunks.get_nowait()
            except queue.Empty:
                pass
            self.thread.join(timeout=0.05)


class _Hashed:
    """A member's data as a stream, hashed and counted as it is read."""

    def __init__(self, stream: IO[bytes]) -> None:
        self.stream = stream
        self.sha256 = hashlib.sha256()
        self.size = 0

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1, /) -> bytes:
        data = self.stream.read(size)
        self.sha256.update(data)
        self.size += len(data)
        return data

    def readinto(self, target: bytearray | memoryview) -> int:
        data = self.read(len(target))
        target[: len(data)] = data
        return len(data)

    def finish(self) -> tuple[int, str]:
        while self.read(1 << 20):
            pass
        return self.size, self.sha256.hexdigest()


def _damaged(detail: str) -> IntegrityError:
    return IntegrityError(ErrorKind.EXPORT_DAMAGED, detail)


def _lines(stream: _Hashed, on_line: LineHandler) -> None:
    partial = bytearray()
    while data := stream.read(1 << 20):
        partial += data
        start = 0
        while (end := partial.find(b"\n", start)) >= 0:
            try:
                line = json.loads(partial[start:end])
            except ValueError as exc:
                raise _damaged("records.jsonl line") from exc
            if not isinstance(line, dict):
                raise _damaged("records.jsonl line")
            on_line(line)
            start = end + 1
        del partial[:start]
        if len(partial) > MAX_LINE:
            raise _damaged("records.jsonl line too long")
    if partial:
        raise _damaged("records.jsonl does not end with a newline")


def _members(
    plain: _Plaintext, on_line: LineHandler, on_attachment: AttachmentHandler | None
) -> tuple[dict[str, tuple[int, str]], bytes, list[str]]:
    members: dict[str, tuple[int, str]] = {}
    order: list[str] = []
    manifest = b""
    try:
        with tarfile.open(fileobj=plain, mode="r|") as tar:  # type: ignore[call-overload]
            for info in tar:
                if not info.isreg() or not MEMBER_NAME.match(info.name) or info.name in members:
                    raise _damaged("unexpected tar member")
                order.append(info.name)
                extracted = tar.extractfile(info)
                assert extracted is not None
                stream = _Hashed(extracted)
                if info.name == "records.jsonl":
                    _lines(stream, on_line)
                elif info.name == "manifest.json":
                    manifest = stream.read(MAX_MANIFEST + 1)
                    if len(manifest) > MAX_MANIFEST:
                        raise _damaged("manifest too large")
                elif on_attachment is not None:
                    on_attachment(info.name.split("/", 1)[1], stream)  # type: ignore[arg-type]
                members[info.name] = stream.finish()
                if members[info.name][0] != info.size:
                    raise _damaged("member cut short")
    except tarfile.TarError as exc:
        raise _damaged(f"tar: {exc}") from exc
    while plain.read(1 << 20):  # the rest: zero blocks, and the age layer's final check
        pass
    return members, manifest, order


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
    try:
        handle = path.open("rb")
    except OSError as exc:
        raise VaultError(ErrorKind.IO_FAILED, str(path)) from exc
    with handle:
        source = HashingReader(handle, path.stat().st_size, progress, cancelled, threading.Event())
        decryption = _Decryption(source, {"identity": identity_text, "passphrase": passphrase})
        decryption.thread.start()
        try:
            members, manifest, order = _members(
                _Plaintext(decryption.chunks), on_line or (lambda _line: None), on_attachment
            )
        finally:
            decryption.close()
    checked = _check_manifest(manifest, members, order)
    return ReadResult(checked, source.sha256.hexdigest(), source.size, members)


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
