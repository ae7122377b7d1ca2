"""Importing case records from a CSV file: choose kind and file, preview, import."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QWidget

from casevault.core.session import Session


class ImportDialog(QDialog):
    imported = Signal(int)  # how many records were imported

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.setWindowTitle(self.tr("Import from a CSV file"))
