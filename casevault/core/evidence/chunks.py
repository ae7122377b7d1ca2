"""An attachment's bytes inside the encrypted database: chunk rows, read back on demand.

Each chunk row holds CHUNK_SIZE bytes (the last one fewer) and the offset of
its first byte, so readers seek without knowing the chunk size a file was
written with. Nothing here ever touches the file system.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Callable, Iterator
from typing import Any

from casevault.core.errors import ErrorKind, IntegrityError
from casevault.core.vault.database import Database

CHUNK_SIZE = 1 << 20  # 1 MiB per row: 256 SQLCipher pages, one SELECT each
BATCH_BYTES = 16 << 20  # committed together during intake: the other connection waits at most this

_CHUNK_AT = (
    "SELECT start, data FROM attachment_chunks WHERE attachment_uuid = ? AND start <= ? "
    "ORDER BY start DESC LIMIT 1"
)
_NEXT_CHUNK = (
    "SELECT start, data FROM attachment_chunks WHERE attachment_uuid = ? AND start >= ? "
    "ORDER BY start LIMIT 1"
)


def iter_chunks(db: Database, uuid: str) -> Iterator[bytes]:
    """The stored bytes in order, one chunk in memory at a time.

    Each chunk is its own query, so no statement stays open between chunks and
    other work on the connection (commits, checkpoints) goes on in between.
    """
    start = 0
    while True:
        row = db.execute(_NEXT_CHUNK, (uuid, start)).fetchone()
        if row is None:
            return
        # A gap or an empty row (damage) is passed over: the hash then shows it.
        data = bytes(row[1])
        yield data
        start = int(row[0]) + max(len(data), 1)


def stored_digest(
    db: Database, uuid: str, progress: Callable[[int], None] | None = None
) -> tuple[str, int]:
    """SHA-256 (hex) and size of the bytes stored for an attachment."""
    digest = hashlib.sha256()
    size = 0
    for data in iter_chunks(db, uuid):
        digest.update(data)
        size += len(data)
        if progress is not None:
            progress(len(data))
    return digest.hexdigest(), size


class ChunkReader(io.RawIOBase):
    """A read-only, seekable file over an attachment's chunks (one chunk cached)."""

    def __init__(self, db: Database, uuid: str, size: int) -> None:
        super().__init__()
        self._db = db
        self._uuid = uuid
        self._size = size
        self._pos = 0
        self._chunk_start = 0
        self._chunk = b""

    @property
    def size(self) -> int:
        return self._size

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        self._check_open()
        return self._pos

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        self._check_open()
        base = {io.SEEK_SET: 0, io.SEEK_CUR: self._pos, io.SEEK_END: self._size}.get(whence)
        if base is None:
            raise ValueError(f"invalid whence {whence}")
        position = base + offset
        if position < 0:
            raise ValueError("negative seek position")
        self._pos = position
        return position

    def readinto(self, buffer: Any) -> int:
        """Fill `buffer` as far as the file goes (short only at the end of the file)."""
        self._check_open()
        view = memoryview(buffer).cast("B")
        filled = 0
        while filled < len(view) and self._pos < self._size:
            offset = self._pos - self._chunk_start
            if not 0 <= offset < len(self._chunk):
                self._load(self._pos)
                offset = self._pos - self._chunk_start
            count = min(len(view) - filled, len(self._chunk) - offset)
            view[filled : filled + count] = self._chunk[offset : offset + count]
            filled += count
            self._pos += count
        return filled

    def readall(self) -> bytes:
        out = bytearray()
        while self._pos < self._size:
            part = self.read(min(CHUNK_SIZE, self._size - self._pos))
            if not part:
                break
            out += part
        return bytes(out)

    def _load(self, position: int) -> None:
        row = self._db.execute(_CHUNK_AT, (self._uuid, position)).fetchone()
        if row is None or int(row[0]) + len(row[1]) <= position:
            raise IntegrityError(ErrorKind.ATTACHMENT_DAMAGED, f"no data at byte {position}")
        self._chunk_start = int(row[0])
        self._chunk = bytes(row[1])

    def _check_open(self) -> None:
        if self.closed:
            raise ValueError("I/O operation on closed file")

    def close(self) -> None:
        self._chunk = b""
        super().close()
