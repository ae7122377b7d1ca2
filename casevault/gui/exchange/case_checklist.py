"""Choosing cases to export: a search box over a list of tick boxes.

A vault may hold tens of thousands of cases, so the list shows at most SHOWN
matches of what is typed; what was ticked stays ticked while the search changes.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from casevault.core.records.model import Case
from casevault.core.records.search import CaseFilter, Order
from casevault.core.session import Session
from casevault.gui.widgets.labels import make_plain
from casevault.i18n.text import fill

SHOWN = 200


class CaseChecklist(QWidget):
    changed = Signal()  # the set of chosen cases changed

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._chosen: dict[str, str] = {}  # uuid -> code, in the order ticked
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Find cases by code or any word…"))
        self.search.setAccessibleName(self.tr("Find cases to export"))
        self.search.setClearButtonEnabled(True)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Cases to export"))
        self.list.setUniformItemSizes(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.count = QLabel(self)
        make_plain(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.count)
        self.search.textChanged.connect(self.refresh)
        self.list.itemChanged.connect(self._ticked)
        self.refresh()

    @property
    def chosen(self) -> tuple[str, ...]:
        return tuple(self._chosen)

    def choose(self, case_uuids: list[str]) -> None:
        """Tick these cases (the case selected in the main window, for instance)."""
        for case_uuid in case_uuids:
            self._chosen[case_uuid] = self._session.cases.get(Case, case_uuid).code
        self.refresh()
        self.changed.emit()

    @Slot()
    def refresh(self) -> None:
        hits = self._session.search(
            CaseFilter(text=self.search.text()), limit=SHOWN + 1, order=Order("code")
        ).hits
        self.list.blockSignals(True)
        self.list.clear()
        for hit in hits[:SHOWN]:
            item = QListWidgetItem(f"{hit.code} — {hit.title}", self.list)
            item.setData(Qt.ItemDataRole.UserRole, hit.uuid)
            item.setData(Qt.ItemDataRole.UserRole + 1, hit.code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            ticked = hit.uuid in self._chosen
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        self.list.blockSignals(False)
        self._show_count(len(hits) > SHOWN)

    def _ticked(self, item: QListWidgetItem) -> None:
        uuid = str(item.data(Qt.ItemDataRole.UserRole))
        if item.checkState() == Qt.CheckState.Checked:
            self._chosen[uuid] = str(item.data(Qt.ItemDataRole.UserRole + 1))
        else:
            self._chosen.pop(uuid, None)
        self._show_count(self.list.count() > SHOWN)
        self.changed.emit()

    def _show_count(self, more: bool) -> None:
        text = fill(self.tr("Cases chosen: %1."), str(len(self._chosen)))
        if more:
            text += " " + self.tr("Only the first %1 matches are listed: type more to narrow.")
            text = fill(text, str(SHOWN))
        self.count.setText(text)
