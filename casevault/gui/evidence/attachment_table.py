"""The list of a case's attachments: thumbnail and name, type, size, intake, hash, warnings."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QIcon, QImage, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from casevault.core.evidence.model import Attachment
from casevault.gui.evidence.formatting import (
    human_size,
    integrity_text,
    kind_of,
    local_time,
    warning_texts,
)
from casevault.gui.evidence.thumbnails import THUMB_SIZE

NAME, KIND, SIZE, ADDED, HASH, WARNINGS = range(6)
MISMATCH = QColor("#b3261e")
WARNING = QColor("#8a5300")


def warning_badge(warnings: frozenset[str]) -> str:
    words = []
    if "gps" in warnings:
        words.append("GPS")
    if "author" in warnings:
        words.append(QCoreApplication.translate("Evidence", "author"))
    return "⚠ " + ", ".join(words) if words else ""


class AttachmentTable(QTableWidget):
    open_requested = Signal(str)  # uuid (double click or Enter)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 6, parent)
        self.setHorizontalHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Type"),
                self.tr("Size"),
                self.tr("Added"),
                self.tr("Fingerprint"),
                self.tr("Reveals"),
            ]
        )
        self.setAccessibleName(self.tr("Evidence files of the case"))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setIconSize(QSize(THUMB_SIZE, THUMB_SIZE))
        self.verticalHeader().hide()
        self.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # keep the file's extension visible
        self.verticalHeader().setDefaultSectionSize(THUMB_SIZE + 8)
        header = self.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        for column in (KIND, SIZE, ADDED, HASH, WARNINGS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self._rows: dict[str, int] = {}
        self.thumbnails: dict[str, QImage] = {}  # in memory only, while the case is shown
        self._blank = QPixmap(THUMB_SIZE, THUMB_SIZE)
        self._blank.fill(Qt.GlobalColor.transparent)
        self.itemActivated.connect(lambda item: self.open_requested.emit(self.uuid_at(item.row())))

    def show_attachments(self, attachments: list[Attachment]) -> None:
        selected = self.selected_uuid()
        self.clearContents()
        self.setRowCount(len(attachments))
        self._rows = {}
        for row, attachment in enumerate(attachments):
            self._rows[attachment.uuid] = row
            picture = self.thumbnails.get(attachment.uuid)
            icon = QIcon(QPixmap.fromImage(picture)) if picture is not None else QIcon(self._blank)
            name = QTableWidgetItem(icon, attachment.name)
            name.setData(Qt.ItemDataRole.UserRole, attachment.uuid)
            name.setToolTip(attachment.name)
            size = QTableWidgetItem(human_size(attachment.size))
            size.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            status = QTableWidgetItem(integrity_text(attachment.integrity))
            status.setToolTip(f"SHA-256 {attachment.sha256}")
            if attachment.integrity == "mismatch":
                status.setForeground(QBrush(MISMATCH))
            badge = QTableWidgetItem(warning_badge(attachment.warnings))
            badge.setToolTip(" ".join(warning_texts(attachment.warnings)))
            badge.setForeground(QBrush(WARNING))
            cells = {
                NAME: name,
                KIND: QTableWidgetItem(kind_of(attachment.media_type)),
                SIZE: size,
                ADDED: QTableWidgetItem(local_time(attachment.intake)),
                HASH: status,
                WARNINGS: badge,
            }
            for column, item in cells.items():
                self.setItem(row, column, item)
        if selected in self._rows:
            self.selectRow(self._rows[selected])

    def set_thumbnail(self, uuid: str, image: QImage) -> None:
        self.thumbnails[uuid] = image
        row = self._rows.get(uuid)
        item = self.item(row, NAME) if row is not None else None
        if item is not None:
            item.setIcon(QIcon(QPixmap.fromImage(image)))

    def without_thumbnail(self, attachments: list[Attachment]) -> list[Attachment]:
        return [a for a in attachments if a.uuid not in self.thumbnails]

    def uuid_at(self, row: int) -> str:
        item = self.item(row, NAME)
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else ""

    def row_of(self, uuid: str) -> int:
        return self._rows.get(uuid, -1)

    def selected_uuid(self) -> str:
        rows = self.selectionModel().selectedRows() if self.selectionModel() else []
        return self.uuid_at(rows[0].row()) if rows else ""

    def release(self) -> None:
        """Forget names and pictures (on a case switch or lock)."""
        self.clearContents()
        self.setRowCount(0)
        self._rows = {}
        self.thumbnails = {}
