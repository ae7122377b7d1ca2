"""The tar inside an export, written as a pulled stream.

`TarStream` turns a generator of members into a file-like object whose
`read(n)` returns the next bytes of a USTAR archive, so the encryptor pulls
the archive from the database piece by piece: no archive in memory, none on
disk. (Reading is in reader.py, with the standard tarfile module in stream mode.)
"""

from __future__ import annotations

import tarfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

BLOCK = 512
END = b"\0" * (2 * BLOCK)


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
