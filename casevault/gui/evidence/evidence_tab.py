"""The Evidence tab of a case: add files (drop or dialog), see them, open, verify,
save a copy, delete. Intake runs in a worker with a progress bar and Cancel."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QImage, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from casevault.core.errors import VaultError
from casevault.core.evidence.model import Attachment
from casevault.core.records.model import Incident, Person
from casevault.core.session import Session
from casevault.gui.evidence.attachment_table import AttachmentTable
from casevault.gui.evidence.details_panel import DetailsPanel
from casevault.gui.evidence.intake import IntakePlan, IntakeResult
from casevault.gui.evidence.save_copy import SaveCopy, save_decrypted_copy
from casevault.gui.evidence.thumbnail_job import ThumbnailJob
from casevault.gui.evidence.viewer import ViewerDialog
from casevault.gui.jobs import Job, ProgressPoll, describe
from casevault.gui.widgets.fields import ERROR_STYLE, HINT_STYLE, confirm_delete
from casevault.gui.widgets.labels import plain_label
from casevault.i18n.text import fill

WARNING_STYLE = "color: #8a5300;"


def incident_text(incident: Incident) -> str:
    parts = [incident.date_start, incident.place or incident.municipality or incident.state]
    return " — ".join(p for p in parts if p) or QCoreApplication.translate("Evidence", "Incident")


class EvidenceTab(QWidget):
    changed = Signal()  # attachments were added, deleted or linked

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._case_uuid: str | None = None
        self._attachments: dict[str, Attachment] = {}
        self.intake_job: Job | None = None
        self.verify_job: Job | None = None
        self.thumbnail_job: ThumbnailJob | None = None
        self.saving: SaveCopy | None = None
        self.viewers: list[ViewerDialog] = []
        self._watched: QObject | None = None
        self.setAcceptDrops(True)

        self.add_button = QPushButton(self.tr("&Add files…"), self)
        self.link = QComboBox(self)
        self.link.setAccessibleName(self.tr("Link new files to"))
        link_label = QLabel(self.tr("&Link new files to:"), self)
        link_label.setBuddy(self.link)
        self.remove_original = QCheckBox(self.tr("&Remove the original file after adding it"), self)
        self.remove_note = plain_label(
            self.tr(
                "The original is deleted only after its copy in the vault was read back and "
                "matches. Deleting on an SSD or a memory card does not guarantee the data is "
                "gone: it may still be recovered from the device."
            ),
            self,
            style=WARNING_STYLE,
        )
        self.remove_note.hide()
        self.hint = plain_label(
            self.tr(
                "Drop files here, or use “Add files…”. They are stored encrypted in the vault."
            ),
            self,
            style=HINT_STYLE,
        )
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Adding files"))
        self.progress.setRange(0, 1000)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.status = plain_label("", self)
        self.status.setAccessibleName(self.tr("Evidence status"))
        self.table = AttachmentTable(self)
        self.details = DetailsPanel(self)
        self.details.setEnabled(False)

        top = QHBoxLayout()
        top.addWidget(self.add_button)
        top.addWidget(link_label)
        top.addWidget(self.link, 1)
        top.addWidget(self.remove_original)
        busy = QHBoxLayout()
        busy.addWidget(self.progress, 1)
        busy.addWidget(self.cancel_button)
        self._show_busy(False)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.details)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.remove_note)
        layout.addWidget(self.hint)
        layout.addLayout(busy)
        layout.addWidget(self.status)
        layout.addWidget(self.splitter, 1)

        self.add_button.clicked.connect(self.choose_files)
        self.remove_original.toggled.connect(self.remove_note.setVisible)
        self.cancel_button.clicked.connect(self.cancel_intake)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.open_requested.connect(self.open_viewer)
        self.details.open_requested.connect(lambda: self.open_viewer(self.selected_uuid()))
        self.details.verify_requested.connect(self.verify_selected)
        self.details.save_requested.connect(self.save_selected)
        self.details.delete_requested.connect(self.delete_selected)
        self.details.link_requested.connect(self._link_selected)

    # -- the case -----------------------------------------------------------------------
    def set_case(
        self, case_uuid: str | None, incidents: list[Incident], people: list[Person]
    ) -> None:
        if case_uuid != self._case_uuid:
            self.release()
        self._case_uuid = case_uuid
        choices_incidents = [(i.uuid, incident_text(i)) for i in incidents]
        choices_people = [(p.uuid, p.pseudonym) for p in people]
        self.link.clear()
        self.link.addItem(self.tr("(nothing)"), ("", ""))
        for uuid, text in choices_incidents:
            self.link.addItem(fill(self.tr("Incident: %1"), text), (uuid, ""))
        for uuid, text in choices_people:
            self.link.addItem(fill(self.tr("Person: %1"), text), ("", uuid))
        self.details.set_choices(choices_incidents, choices_people)
        self.refresh()

    def refresh(self) -> None:
        if self._case_uuid is None:
            self.table.release()
            return
        try:
            listed = self._session.attachments.list(self._case_uuid)
        except VaultError as error:
            self._say(describe(error), error=True)
            return
        self._attachments = {a.uuid: a for a in listed}
        self.table.show_attachments(listed)
        self._selection_changed()
        self._make_thumbnails(listed)

    def _make_thumbnails(self, listed: list[Attachment]) -> None:
        missing = self.table.without_thumbnail(listed)
        if not missing:
            return
        job = ThumbnailJob(self._session, missing, self)
        job.made.connect(self._thumbnail_made)
        self.thumbnail_job = job.start()

    @Slot(str, QImage)
    def _thumbnail_made(self, uuid: str, image: QImage) -> None:
        if uuid in self._attachments:
            self.table.set_thumbnail(uuid, image)

    def selected_uuid(self) -> str:
        return self.table.selected_uuid()

    # -- adding ---------------------------------------------------------------------------
    @Slot()
    def choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Add evidence files"))
        if names:
            self.add_files([Path(n) for n in names])

    def add_files(self, paths: list[Path]) -> bool:
        """Start adding files in the background; False if busy, no case or nothing to add."""
        files = [p for p in paths if p.is_file()]
        if self._case_uuid is None or self.intake_job is not None:
            return False
        if len(files) < len(paths):
            self._say(self.tr("Folders are not added: drop the files inside them."), error=True)
        if not files:
            return False
        incident_uuid, person_uuid = self.link.currentData() or ("", "")
        plan = IntakePlan(
            self._case_uuid,
            files,
            incident_uuid=incident_uuid,
            person_uuid=person_uuid,
            remove_source=self.remove_original.isChecked(),
        )
        job = Job.on_worker(self._session, plan.run, self)
        ProgressPoll(job, self.progress.setValue, self)  # first: the last value before the end
        job.succeeded.connect(lambda result: self._intake_done(plan, result))
        job.failed.connect(self._intake_failed)
        self.progress.setValue(0)
        self._show_busy(True)
        self._say(fill(self.tr("Adding %1 files…"), str(len(files))))
        self.intake_job = job.start()
        return True

    @Slot()
    def cancel_intake(self) -> None:
        if self.intake_job is not None:
            self.intake_job.cancel()
            self.cancel_button.setEnabled(False)
            self._say(self.tr("Cancelling…"))

    def _intake_done(self, plan: IntakePlan, result: IntakeResult) -> None:
        self.intake_job = None
        self._show_busy(False)
        lines = [fill(self.tr("%1 files added."), str(len(result.added)))]
        if result.cancelled:
            lines = [
                fill(
                    self.tr(
                        "Cancelled: the file being added was removed again; %1 added before stay."
                    ),
                    str(len(result.added)),
                )
            ]
        lines += [f"{name}: {describe(error)}" for name, error in result.problems]
        kept = [a.name for a in result.added if plan.remove_source]
        kept = [p.name for p in plan.files if plan.remove_source and p.exists() and p.name in kept]
        if kept:
            lines.append(fill(self.tr("These originals could not be removed: %1"), ", ".join(kept)))
        self._say("\n".join(lines), error=bool(result.problems or kept))
        self.refresh()
        if result.added:
            self.table.selectRow(max(self.table.row_of(result.added[-1].uuid), 0))
            self.changed.emit()

    def _intake_failed(self, error: BaseException) -> None:
        self.intake_job = None
        self._show_busy(False)
        self._say(describe(error), error=True)
        self.refresh()

    def _show_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.cancel_button.setEnabled(busy)
        for widget in (self.add_button, self.link, self.remove_original):
            widget.setEnabled(not busy)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's name
        urls = event.mimeData().urls()
        if urls and all(url.isLocalFile() for url in urls) and self._case_uuid is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths and self.add_files(paths):
            event.acceptProposedAction()
        else:
            event.ignore()

    # -- one attachment -------------------------------------------------------------------
    @Slot()
    def _selection_changed(self) -> None:
        attachment = self._attachments.get(self.selected_uuid())
        self.details.setEnabled(attachment is not None)
        if attachment is None:
            self.details.release()
            return
        try:
            custody = self._session.attachments.custody(attachment.uuid)
        except VaultError as error:
            custody = []
            self.details.show_problem(describe(error))
        self.details.show_attachment(attachment, custody)

    @Slot(str)
    def open_viewer(self, uuid: str) -> ViewerDialog | None:
        attachment = self._attachments.get(uuid)
        if attachment is None:
            return None
        viewer = ViewerDialog(self._session, attachment, self)
        viewer.destroyed.connect(lambda: self._forget_viewer(viewer))
        self.viewers.append(viewer)
        viewer.show()
        return viewer

    def _forget_viewer(self, viewer: ViewerDialog) -> None:
        if viewer in self.viewers:
            self.viewers.remove(viewer)

    @Slot()
    def verify_selected(self) -> None:
        uuid = self.selected_uuid()
        if not uuid or self.verify_job is not None:
            return
        job = Job.on_worker(
            self._session,
            lambda worker, step, _stop: worker.attachments.verify(uuid, progress=step),
            self,
        )
        job.succeeded.connect(self._verified)
        job.failed.connect(self._verify_failed)
        self.details.verify_button.setEnabled(False)
        self._say(self.tr("Checking the fingerprint…"))
        self.verify_job = job.start()

    def _verified(self, results: list[object]) -> None:
        self.verify_job = None
        self.details.verify_button.setEnabled(True)
        ok = all(getattr(r, "ok", False) for r in results)
        self._say(
            self.tr("Unchanged since it was added.")
            if ok
            else self.tr(
                "CHANGED since it was added: this copy no longer matches its fingerprint."
            ),
            error=not ok,
        )
        self.refresh()

    def _verify_failed(self, error: BaseException) -> None:
        self.verify_job = None
        self.details.verify_button.setEnabled(True)
        self._say(describe(error), error=True)

    @Slot()
    def save_selected(self) -> None:
        attachment = self._attachments.get(self.selected_uuid())
        if attachment is not None:
            self.saving = save_decrypted_copy(self._session, attachment, self)
            if self.saving is not None:
                self.saving.job.succeeded.connect(lambda _r: self.refresh())

    @Slot()
    def delete_selected(self) -> None:
        attachment = self._attachments.get(self.selected_uuid())
        if attachment is None:
            return
        detail = self.tr(
            "The file is removed from this vault for good, with its fingerprint and the text "
            "found in it. This cannot be undone."
        )
        if not confirm_delete(self, self.tr("evidence file"), attachment.name, detail):
            return
        try:
            self._session.attachments.delete(attachment.uuid)
        except VaultError as error:
            self._say(describe(error), error=True)
            return
        self.table.thumbnails.pop(attachment.uuid, None)
        self._say(self.tr("Deleted."))
        self.refresh()
        self.changed.emit()

    @Slot(str, str)
    def _link_selected(self, incident_uuid: str, person_uuid: str) -> None:
        uuid = self.selected_uuid()
        if not uuid:
            return
        try:
            self._session.attachments.link(
                uuid, incident_uuid=incident_uuid, person_uuid=person_uuid
            )
        except VaultError as error:
            self._say(describe(error), error=True)
        self.refresh()
        self.changed.emit()

    def _say(self, text: str, *, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(ERROR_STYLE if error else HINT_STYLE)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._watched is None:
            self._watched = self.window()
            self._watched.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        # The window hidden by the program (lock, wipe, quit): let go of everything shown.
        if (
            watched is self._watched
            and event.type() == QEvent.Type.Hide
            and not event.spontaneous()
        ):
            self.release()
        return False

    # -- letting go -------------------------------------------------------------------------
    def release(self) -> None:
        """Close viewers, stop thumbnails, forget names and pictures (case switch, lock)."""
        for viewer in list(self.viewers):
            viewer.close()
        self.viewers = []
        if self.thumbnail_job is not None:
            self.thumbnail_job.stop()
            self.thumbnail_job = None
        self.table.release()
        self.details.release()
        self.details.setEnabled(False)
        self._attachments = {}
        self.status.clear()
