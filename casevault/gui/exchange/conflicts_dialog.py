"""Vault ▸ Conflicts…: records changed both here and in an imported file.

Each conflict is shown side by side, field by field (fields that differ are
marked); the person keeps this vault's version or the imported one.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casevault.core import exchange
from casevault.core.session import Session
from casevault.gui.case_detail.fields import ERROR_STYLE, HINT_STYLE, plain_label
from casevault.gui.exchange.emit import emit
from casevault.gui.worker import describe

DIFFERENT = QColor("#fff3cd")


class ConflictsDialog(QDialog):
    resolved = Signal()  # one conflict was settled (the case list may need a refresh)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._conflicts: list[exchange.Conflict] = []
        self.setWindowTitle(self.tr("Conflicts"))
        self.resize(980, 560)
        intro = plain_label(
            self.tr(
                "These records were changed both in this vault and in a file you imported. "
                "For each one, keep this vault's version or the imported one. Fields that "
                "differ are highlighted."
            ),
            self,
        )
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Conflicts"))
        self.table = QTableWidget(0, 3, self)
        self.table.setAccessibleName(self.tr("The two versions, field by field"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.keep_ours = QPushButton(self.tr("Keep &this vault's version"), self)
        self.keep_theirs = QPushButton(self.tr("Keep the &imported version"), self)
        self.empty = plain_label(self.tr("No conflicts left."), self, style=HINT_STYLE)
        self.error = plain_label("", self, style=ERROR_STYLE)
        self.error.hide()
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.table, 1)
        choice = QHBoxLayout()
        choice.addStretch(1)
        choice.addWidget(self.keep_ours)
        choice.addWidget(self.keep_theirs)
        right_layout.addLayout(choice)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.list)
        splitter.addWidget(right)
        splitter.setSizes([300, 680])
        close = QPushButton(self.tr("Close"), self)
        bottom = QHBoxLayout()
        bottom.addWidget(self.error, 1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.empty)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)

        self.list.currentRowChanged.connect(self._show_conflict)
        self.keep_ours.clicked.connect(lambda: self.resolve("ours"))
        self.keep_theirs.clicked.connect(lambda: self.resolve("theirs"))
        close.clicked.connect(self.accept)
        self.refresh()

    def refresh(self) -> None:
        self._conflicts = exchange.list_conflicts(self._session.vault)
        self.list.blockSignals(True)
        self.list.clear()
        for conflict in self._conflicts:
            QListWidgetItem(f"{conflict.case_code} — {conflict.label}", self.list)
        self.list.blockSignals(False)
        self.empty.setVisible(not self._conflicts)
        if self._conflicts:
            self.list.setCurrentRow(0)
        self._show_conflict(self.list.currentRow())

    @property
    def conflicts(self) -> list[exchange.Conflict]:
        return list(self._conflicts)

    @Slot(int)
    def _show_conflict(self, row: int) -> None:
        chosen = 0 <= row < len(self._conflicts)
        self.keep_ours.setEnabled(chosen)
        self.keep_theirs.setEnabled(chosen)
        self.table.setRowCount(0)
        if not chosen:
            self.table.setHorizontalHeaderLabels(["", "", ""])
            return
        conflict = self._conflicts[row]
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Field"),
                self.tr("This vault (version %1)").replace("%1", str(conflict.ours_version)),
                self.tr("Imported (version %1)").replace("%1", str(conflict.theirs_version)),
            ]
        )
        fields = list(dict.fromkeys([*conflict.ours, *conflict.theirs]))
        self.table.setRowCount(len(fields))
        for index, name in enumerate(fields):
            ours, theirs = conflict.ours.get(name, ""), conflict.theirs.get(name, "")
            for column, text in enumerate((name, ours, theirs)):
                item = QTableWidgetItem(text)
                if ours != theirs:
                    item.setBackground(QBrush(DIFFERENT))
                self.table.setItem(index, column, item)
        self.table.resizeRowsToContents()

    def resolve(self, keep: str) -> None:
        row = self.list.currentRow()
        if not 0 <= row < len(self._conflicts):
            return
        try:
            exchange.resolve_conflict(self._session.vault, self._conflicts[row].id, keep)
        except Exception as error:  # shown as a sentence; the conflict stays
            self.error.setText(describe(error))
            self.error.show()
            return
        self.error.hide()
        self.refresh()
        emit(self.resolved)
