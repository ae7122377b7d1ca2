"""The tar inside an export: written as a pulled stream, read as a pushed one.

Writing: `TarStream` turns a generator of members into a file-like object
whose `read(n)` returns the next bytes of a USTAR archive, so the encryptor
pulls the archive from the database piece by piece: no archive in memory,
none on disk. Reading: `TarParser` is fed decrypted bytes as they come and
hands each member's data to a handler; anything but plain files with the
names an export uses is refused.
"""

from __future__ import annotations

import re
import tarfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from casevault.core.errors import ErrorKind, IntegrityError

BLOCK = 512
END = b"\0" * (2 * BLOCK)
MEMBER_NAME = re.compile(r"^(manifest\.json|records\.jsonl|attachments/[0-9a-f]{64})$")


@dataclass(frozen=True)
class Member:
    name: str
    size: int
    chunks: Iterable[bytes]  # exactly `size` bytes in total


def header(name: str, size: int, mtime: int) -> bytes:
    info = tarfile.TarInfo(name)
    info.size = size
    info.mtime = mtime
    info.mode = 0o600
    return info.tobuf(format=tarfile.USTAR_FORMAT)


def archive_bytes(members: Iterable[Member], mtime: int) -> Iterator[bytes]:
    for member in members:
        yield header(member.name, member.size, mtime)
        written = 0
        for chunk in member.chunks:
            written += len(chunk)
            yield chunk
        if written != member.size:
            raise RuntimeError(f"{member.name}: {written} bytes, header says {member.size}")
        if member.size % BLOCK:
            yield b"\0" * (BLOCK - member.size % BLOCK)
    yield END


class TarStream:
    """A read-only file object over a generator of byte chunks."""

    def __init__(self, chunks: Iterator[bytes]) -> None:
        self._chunks = chunks
        self._buffer = b""
        self._offset = 0
        self.position = 0

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1, /) -> bytes:
        if size is None or size < 0:
            size = 1 << 62
        parts: list[bytes] = []
        while size > 0:
            if self._offset >= len(self._buffer):
                try:
                    self._buffer = next(self._chunks)
                except StopIteration:
                    break
                self._offset = 0
                continue
            piece = self._buffer[self._offset : self._offset + size]
            self._offset += len(piece)
            size -= len(piece)
            parts.append(piece)
        data = b"".join(parts)
        self.position += len(data)
        return data

    def readinto(self, target: bytearray | memoryview) -> int:
        data = self.read(len(target))
        target[: len(data)] = data
        return len(data)


MemberHandler = Callable[[str, int], Callable[[bytes | None], None]]


class TarParser:
    """Fed decrypted bytes with `feed`; `handler(name, size)` returns a function that gets
    the member's data in pieces and `None` at its end. `finish()` checks the archive ended."""

    def __init__(self, handler: MemberHandler) -> None:
        self._handler = handler
        self._pending = bytearray()
        self._member: Callable[[bytes | None], None] | None = None
        self._left = 0  # data bytes of the current member still to come
        self._padding = 0
        self._ended = False
        self.names: list[str] = []

    def feed(self, data: bytes) -> None:
        view = memoryview(data)
        while view:
            if self._member is not None:
                take = min(self._left, len(view))
                if take:
                    self._member(bytes(view[:take]))
                    self._left -= take
                    view = view[take:]
                if self._left == 0:
                    member, self._member = self._member, None
                    member(None)
                continue
            if self._padding:
                take = min(self._padding, len(view))
                if any(view[:take]):
                    raise _damaged("padding")
                self._padding -= take
                view = view[take:]
                continue
            take = min(BLOCK - len(self._pending), len(view))
            self._pending += view[:take]
            view = view[take:]
            if len(self._pending) == BLOCK:
                block = bytes(self._pending)
                self._pending.clear()
                self._block(block)

    def _block(self, block: bytes) -> None:
        if self._ended:
            if any(block):
                raise _damaged("data after the end")
            return
        if not any(block):
            self._ended = True
            return
        try:
            info = tarfile.TarInfo.frombuf(block, "utf-8", "strict")
        except tarfile.HeaderError as exc:
            raise _damaged("member header") from exc
        if info.type != tarfile.REGTYPE or not MEMBER_NAME.match(info.name):
            raise _damaged("unexpected member")
        if info.name in self.names:
            raise _damaged("member twice")
        self.names.append(info.name)
        self._member = self._handler(info.name, info.size)
        self._left = info.size
        self._padding = -info.size % BLOCK
        if info.size == 0:
            member, self._member = self._member, None
            member(None)

    def finish(self) -> None:
        if not self._ended or self._member is not None or self._pending or self._padding:
            raise _damaged("archive cut short")


def _damaged(detail: str) -> IntegrityError:
    return IntegrityError(ErrorKind.EXPORT_DAMAGED, f"tar: {detail}")
