"""Attachment bytes as a QIODevice, read on demand and never written anywhere.

A `ReadSource` answers "n bytes at offset": `StreamSource` over a seekable reader
used on one thread (the GUI's), `ThreadedSource` over a reader that lives on a
thread of its own. Qt Multimedia reads its device from its own demuxer thread,
while a vault connection belongs to the thread that opened it; so for audio and
video a private thread opens its own connection, serves the reads and closes the
connection again when the device is released. `ReaderDevice` adapts either to
QIODevice (unbuffered, so Qt never holds a second copy of what it read).
"""

from __future__ import annotations

import io
import queue
import threading
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QIODevice, QObject


class ReadSource(Protocol):
    size: int

    def read_at(self, offset: int, count: int) -> bytes: ...

    def close(self) -> None: ...


class StreamSource:
    """Reads from a seekable binary reader on the caller's thread."""

    def __init__(self, reader: io.RawIOBase | io.BufferedIOBase, size: int) -> None:
        self._reader = reader
        self.size = size

    def read_at(self, offset: int, count: int) -> bytes:
        self._reader.seek(offset)
        return self._reader.read(count) or b""

    def close(self) -> None:
        self._reader.close()


Opener = Callable[[], tuple[io.RawIOBase, Callable[[], None]]]
Request = tuple[int, int, "queue.Queue[bytes]"] | None  # offset, count, where to answer; None stops


class ThreadedSource:
    """Reads served by a private thread that opens the reader itself (with `opener`,
    which returns the reader and what closes its connection) and closes it on close()."""

    def __init__(self, opener: Opener, size: int) -> None:
        self.size = size
        self._requests: queue.Queue[Request] = queue.Queue()
        self._lock = threading.Lock()  # one request at a time, from whichever thread
        self._thread = threading.Thread(target=self._serve, args=(opener,), daemon=True)
        self._thread.start()

    def _serve(self, opener: Opener) -> None:
        reader: io.RawIOBase | None = None
        release: Callable[[], None] = lambda: None  # noqa: E731 - replaced on success
        failed = False
        try:
            reader, release = opener()
        except Exception:  # reported as "nothing to read": the player shows an error
            failed = True
        try:
            while True:
                request = self._requests.get()
                if request is None:
                    return
                offset, count, reply = request
                if failed or reader is None:
                    reply.put(b"")
                    continue
                try:
                    reader.seek(offset)
                    reply.put(reader.read(count) or b"")
                except Exception:  # damaged or gone: the same as the end of the data
                    reply.put(b"")
        finally:
            if reader is not None:
                reader.close()
            release()

    def read_at(self, offset: int, count: int) -> bytes:
        with self._lock:
            if not self._thread.is_alive():
                return b""
            reply: queue.Queue[bytes] = queue.Queue(maxsize=1)
            self._requests.put((offset, count, reply))
            return reply.get()

    def close(self) -> None:
        """Stop the thread; its connection is closed by the thread that opened it."""
        if self._thread.is_alive():
            self._requests.put(None)
            self._thread.join()


class ReaderDevice(QIODevice):
    """A read-only, random-access QIODevice over a ReadSource."""

    def __init__(self, source: ReadSource, parent: QObject | None = None) -> None:
        super().__init__()
        if parent is not None:
            self.setParent(parent)
        self._source: ReadSource | None = source
        self._offset = 0
        self.open(QIODevice.OpenModeFlag.ReadOnly | QIODevice.OpenModeFlag.Unbuffered)

    def isSequential(self) -> bool:  # noqa: N802 - Qt's name
        return False

    def size(self) -> int:
        return self._source.size if self._source is not None else 0

    def seek(self, pos: int) -> bool:
        if self._source is None or not 0 <= pos <= self._source.size:
            return False
        self._offset = pos
        return super().seek(pos)

    def readData(self, maxlen: int) -> bytes:  # noqa: N802 - Qt's name
        if self._source is None:
            return b""
        count = max(0, min(maxlen, self._source.size - self._offset))
        data = self._source.read_at(self._offset, count) if count else b""
        self._offset += len(data)
        return data

    def writeData(self, _data: bytes | bytearray | memoryview, _len: int, /) -> int:  # noqa: N802
        return -1

    def bytesAvailable(self) -> int:  # noqa: N802 - Qt's name
        return max(0, self.size() - self._offset) + super().bytesAvailable()

    def release(self) -> None:
        """Close the device and its source (and the source's thread and connection)."""
        source, self._source = self._source, None
        if self.isOpen():
            self.close()
        if source is not None:
            source.close()
