"""What a running job looks like: a sentence, a real progress bar and a Cancel that works."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from casevault.gui.jobs import POLL_MS, SCALE, Job
from casevault.gui.widgets.labels import make_plain


class ProgressPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._job: Job | None = None
        self.status = QLabel(self)
        make_plain(self.status)
        self.status.setWordWrap(True)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, SCALE)
        self.bar.setFormat("%p%")
        self.bar.setAccessibleName(self.tr("Progress"))
        self.cancel_button = QPushButton(self.tr("&Cancel"), self)
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        row = QHBoxLayout()
        row.addWidget(self.bar, 1)
        row.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.status)
        layout.addLayout(row)
        self.cancel_button.clicked.connect(self.cancel)
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._poll)

    def follow(self, job: Job, text: str) -> None:
        """Show `text` and this job's progress until it ends."""
        self._job = job
        self.status.setText(text)
        self.bar.setValue(0)
        self.cancel_button.setEnabled(True)
        self.cancel_button.setText(self.tr("&Cancel"))
        job.succeeded.connect(self._ended)
        job.failed.connect(self._ended)
        self._timer.start()

    @Slot()
    def _poll(self) -> None:
        if self._job is not None:
            self.bar.setValue(self._job.progress)

    @Slot()
    def cancel(self) -> None:
        if self._job is None:
            return
        self._job.cancel()
        self.cancel_button.setEnabled(False)
        self.cancel_button.setText(self.tr("Stopping…"))
        self.status.setText(self.tr("Stopping and removing what was written so far…"))

    @Slot(object)
    def _ended(self, _result: object) -> None:
        if self._job is not None:
            self.bar.setValue(self._job.progress)
        self._timer.stop()
        self._job = None
        self.cancel_button.setEnabled(False)
