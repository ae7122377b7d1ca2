"""Thumbnails of a case's attachments, made in a worker and handed over one by one.

Each picture is read from the vault by the worker's own connection, drawn in
memory (thumbnails.py) and sent to the GUI thread as a QImage; nothing is kept
on disk and the tab keeps them only while the case is shown.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage

from casevault.core.errors import VaultError
from casevault.core.evidence.model import Attachment
from casevault.core.session import Session
from casevault.gui.evidence.thumbnails import make_thumbnail, thumbnail_limit
from casevault.gui.jobs import Task


class ThumbnailJob(QObject):
    made = Signal(str, QImage)  # attachment uuid, its thumbnail
    finished = Signal()

    def __init__(self, session: Session, attachments: list[Attachment], parent: QObject) -> None:
        super().__init__(parent)
        self._connection = session.worker()  # taken here, opened in the worker
        self._wanted = [a for a in attachments if a.size <= thumbnail_limit(a.media_type)]
        self._stop = threading.Event()
        self._task: Task | None = None

    def start(self) -> ThumbnailJob:
        self._task = Task(self._run)
        self._task.signals.succeeded.connect(self.finished)
        self._task.signals.failed.connect(self.finished)
        self._task.start()
        return self

    def stop(self) -> None:
        self._stop.set()

    def _run(self) -> None:
        if not self._wanted:
            return
        with self._connection as connection:
            store = connection.attachments
            for attachment in self._wanted:
                if self._stop.is_set():
                    return
                try:
                    data = store.read_bytes(attachment.uuid, thumbnail_limit(attachment.media_type))
                except VaultError:  # deleted meanwhile, or damaged: no picture
                    continue
                try:
                    image = make_thumbnail(attachment.media_type, data)
                finally:
                    data[:] = bytes(len(data))
                if not image.isNull():
                    self.made.emit(attachment.uuid, image)
