"""“Save decrypted copy…”: a plain copy outside the vault, after a clear warning."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from casevault.core.evidence.model import Attachment
from casevault.core.session import Session
from casevault.gui.jobs import Job, ProgressPoll, describe
from casevault.gui.widgets.labels import make_plain


def confirm_plain_copy(parent: QWidget) -> bool:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    make_plain(box)
    box.setWindowTitle(QCoreApplication.translate("Evidence", "Save a decrypted copy?"))
    box.setText(
        QCoreApplication.translate(
            "Evidence", "The copy is NOT protected: anyone with this computer can open it."
        )
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "Evidence",
            "It stays on the disk until you delete it, and deleting it on an SSD or a memory "
            "card may not erase it for good. Save it only where you must (for example an "
            "encrypted USB stick), and delete it when you are done.",
        )
    )
    save = box.addButton(
        QCoreApplication.translate("Evidence", "&Save copy anyway"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is save


def ask_target(parent: QWidget, attachment: Attachment) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("Evidence", "Save decrypted copy as"),
        attachment.name,
    )
    return Path(name) if name else None


class SaveCopy:
    """Runs one save with a progress dialog that can cancel it; `job` for tests."""

    def __init__(self, session: Session, attachment: Attachment, target: Path, parent: QWidget):
        self.target = target
        self.error = ""
        self.done = False
        self.progress = QProgressDialog(
            QCoreApplication.translate("Evidence", "Saving a decrypted copy…"),
            QCoreApplication.translate("Evidence", "Cancel"),
            0,
            1000,
            parent,
        )
        self.progress.setWindowTitle(QCoreApplication.translate("Evidence", "Saving"))
        self.progress.setMinimumDuration(300)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        uuid = attachment.uuid
        self.job = Job.on_worker(
            session,
            lambda worker, step, stop: worker.attachments.save_copy(
                uuid, target, progress=step, cancelled=stop
            ),
            parent,
        )
        ProgressPoll(self.job, self.progress.setValue, self.progress)  # before the end's
        self.job.succeeded.connect(self._finished)
        self.job.failed.connect(self._failed)
        self.progress.canceled.connect(self.job.cancel)
        self._parent = parent

    def start(self) -> SaveCopy:
        self.job.start()
        return self

    def _finished(self, _result: object) -> None:
        self.done = True
        self.progress.close()

    def _failed(self, error: BaseException) -> None:
        self.done = True
        self.error = describe(error)
        self.progress.close()
        if not self.job.cancelled():
            QMessageBox.warning(
                self._parent,
                QCoreApplication.translate("Evidence", "The copy was not saved"),
                self.error,
            )


def save_decrypted_copy(
    session: Session, attachment: Attachment, parent: QWidget
) -> SaveCopy | None:
    """Warn, ask where, then save in the background. None if the person stopped."""
    if not confirm_plain_copy(parent):
        return None
    target = ask_target(parent, attachment)
    if target is None:
        return None
    return SaveCopy(session, attachment, target, parent).start()
