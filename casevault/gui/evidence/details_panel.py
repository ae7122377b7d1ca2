"""One attachment in full: facts, metadata with its warnings, fingerprint, links,
chain of custody, and the buttons to open, verify, save a copy or delete it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casevault.core.evidence.custody import CustodyEvent
from casevault.core.evidence.model import Attachment
from casevault.gui.evidence.formatting import (
    custody_text,
    human_size,
    integrity_text,
    kind_of,
    local_time,
    metadata_label,
    warning_texts,
)
from casevault.gui.widgets.fields import ERROR_STYLE
from casevault.gui.widgets.labels import plain_label

WARNING_STYLE = "color: #8a5300; font-weight: bold;"


class DetailsPanel(QWidget):
    open_requested = Signal()
    verify_requested = Signal()
    save_requested = Signal()
    delete_requested = Signal()
    link_requested = Signal(str, str)  # incident uuid, person uuid ("" for none)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Evidence file details"))
        self.title = plain_label("", self)
        self.title.setStyleSheet("font-weight: bold; font-size: 12pt;")
        self.warnings = plain_label("", self, style=WARNING_STYLE)
        self.warnings.setAccessibleName(self.tr("What the file reveals"))
        self.kind = plain_label("", self)
        self.file_size = plain_label("", self)
        self.added = plain_label("", self)
        self.integrity = plain_label("", self)
        self.sha256 = plain_label("", self)
        self.sha256.setFont(QFont("monospace"))
        self.sha256.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.sha256.setAccessibleName("SHA-256")
        self.incident = QComboBox(self)
        self.incident.setAccessibleName(self.tr("Linked incident"))
        self.person = QComboBox(self)
        self.person.setAccessibleName(self.tr("Linked person"))
        form = QFormLayout()
        form.addRow(self.tr("Type:"), self.kind)
        form.addRow(self.tr("Size:"), self.file_size)
        form.addRow(self.tr("Added:"), self.added)
        form.addRow(self.tr("Fingerprint:"), self.integrity)
        form.addRow("SHA-256:", self.sha256)
        form.addRow(self.tr("Incident:"), self.incident)
        form.addRow(self.tr("Person:"), self.person)
        self.metadata = QTableWidget(0, 2, self)
        self.metadata.setHorizontalHeaderLabels([self.tr("Detail"), self.tr("Value")])
        self.metadata.setAccessibleName(self.tr("Details stored inside the file"))
        self.metadata.verticalHeader().hide()
        self.metadata.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.metadata.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.metadata.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        self.metadata.setWordWrap(True)
        self.custody = QListWidget(self)
        self.custody.setAccessibleName(self.tr("Chain of custody"))
        # One event per item, its details (a fingerprint, a file name) on a second line,
        # shortened in the middle to fit; the whole line is in the item's tooltip.
        self.custody.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.custody.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.open_button = QPushButton(self.tr("&Open"), self)
        self.verify_button = QPushButton(self.tr("&Verify"), self)
        self.save_button = QPushButton(self.tr("Save decrypted &copy…"), self)
        self.delete_button = QPushButton(self.tr("&Delete"), self)
        self.message = plain_label("", self, style=ERROR_STYLE)
        buttons = QHBoxLayout()
        for button in (self.open_button, self.verify_button, self.save_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        left = QVBoxLayout()
        left.addWidget(self.title)
        left.addWidget(self.warnings)
        left.addLayout(form)
        left.addStretch(1)
        left.addLayout(buttons)
        left.addWidget(self.message)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("Details inside the file:"), self))
        right.addWidget(self.metadata, 1)
        right.addWidget(QLabel(self.tr("Chain of custody:"), self))
        right.addWidget(self.custody, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(left, 4)
        layout.addLayout(right, 5)
        self.open_button.clicked.connect(self.open_requested)
        self.verify_button.clicked.connect(self.verify_requested)
        self.save_button.clicked.connect(self.save_requested)
        self.delete_button.clicked.connect(self.delete_requested)
        self.incident.activated.connect(self._link_chosen)
        self.person.activated.connect(self._link_chosen)

    def set_choices(self, incidents: list[tuple[str, str]], people: list[tuple[str, str]]) -> None:
        """The case's incidents and people as (uuid, text) for the link boxes."""
        for box, choices in ((self.incident, incidents), (self.person, people)):
            box.clear()
            box.addItem(self.tr("(none)"), "")
            for uuid, text in choices:
                box.addItem(text, uuid)

    def show_attachment(self, attachment: Attachment, custody: list[CustodyEvent]) -> None:
        self.message.clear()
        self.title.setText(attachment.name)
        self.warnings.setText("⚠ " + " ".join(warning_texts(attachment.warnings)))
        self.warnings.setVisible(bool(attachment.warnings))
        self.kind.setText(f"{kind_of(attachment.media_type)} ({attachment.media_type})")
        self.file_size.setText(human_size(attachment.size))
        self.added.setText(local_time(attachment.intake))
        status = integrity_text(attachment.integrity)
        if attachment.verified:
            status += " — " + local_time(attachment.verified)
        self.integrity.setText(status)
        self.integrity.setStyleSheet(ERROR_STYLE if attachment.integrity == "mismatch" else "")
        # Two lines of 32 hex digits: readable, and it fits beside the metadata.
        self.sha256.setText(attachment.sha256[:32] + "\n" + attachment.sha256[32:])
        for box, uuid in (
            (self.incident, attachment.incident_uuid),
            (self.person, attachment.person_uuid),
        ):
            box.setCurrentIndex(max(box.findData(uuid), 0))
        self.metadata.setRowCount(len(attachment.metadata))
        for row, (key, value) in enumerate(attachment.metadata):
            label = QTableWidgetItem(metadata_label(key))
            shown = QTableWidgetItem(value)
            if key in ("gps", "author", "creator") and attachment.warnings:
                shown.setForeground(Qt.GlobalColor.darkRed)
            self.metadata.setItem(row, 0, label)
            self.metadata.setItem(row, 1, shown)
        self.metadata.resizeRowsToContents()
        self.custody.clear()
        for event in custody:
            line = f"{local_time(event.at)} — {custody_text(event.kind)}"
            item = QListWidgetItem(f"{line}\n{event.detail}" if event.detail else line)
            item.setToolTip(f"{line}: {event.detail}" if event.detail else line)
            self.custody.addItem(item)

    def show_problem(self, text: str) -> None:
        self.message.setText(text)

    def _link_chosen(self, _index: int) -> None:
        self.link_requested.emit(str(self.incident.currentData()), str(self.person.currentData()))

    def release(self) -> None:
        self.title.clear()
        self.sha256.clear()
        self.metadata.setRowCount(0)
        self.custody.clear()
