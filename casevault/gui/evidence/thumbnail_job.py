"""Thumbnails of a case's attachments, made in a worker and handed over one by one.

Each picture is read from the vault by the worker's own connection, drawn in
memory (thumbnails.py) and sent to the GUI thread as a QImage; nothing is kept
on disk and the tab keeps them only while the case is shown.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage

from casevault.core.errors import VaultError
from casevault.core.evidence.model import Attachment
from casevault.core.session import Session, WorkerConnection
from casevault.gui.evidence.thumbnails import make_thumbnail, thumbnail_limit
from casevault.gui.jobs import Cancelled, Job, Progress


class ThumbnailJob(QObject):
    made = Signal(str, QImage)  # attachment uuid, its thumbnail
    finished = Signal()

    def __init__(self, session: Session, attachments: list[Attachment], parent: QObject) -> None:
        super().__init__(parent)
        self._session = session
        self._wanted = [a for a in attachments if a.size <= thumbnail_limit(a.media_type)]
        self._job: Job | None = None

    def start(self) -> ThumbnailJob:
        if self._wanted:
            self._job = Job.on_worker(self._session, self._run)
        else:  # nothing to draw: no connection either
            self._job = Job.call(lambda: None)
        self._job.succeeded.connect(self.finished)
        self._job.failed.connect(self.finished)
        self._job.start()
        return self

    def stop(self) -> None:
        if self._job is not None:
            self._job.cancel()

    def _run(self, connection: WorkerConnection, _progress: Progress, stop: Cancelled) -> None:
        store = connection.attachments
        for attachment in self._wanted:
            if stop():
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
