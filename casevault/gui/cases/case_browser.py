"""The left side of the main window: search box, filters, the case list."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from casevault.core.records.search import CaseFilter
from casevault.core.session import Session
from casevault.gui.cases.case_list_model import CaseListModel
from casevault.gui.cases.case_list_view import CaseListView
from casevault.gui.cases.filter_panel import FilterPanel
from casevault.gui.cases.search_bar import SearchBox
from casevault.gui.widgets.labels import make_plain


class CaseBrowser(QWidget):
    """`case_selected(uuid or "")`; `listed()` after every new list (count in `shown`)."""

    case_selected = Signal(str)
    listed = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.search = SearchBox(self)
        vocabs = {kind: session.vocabs[kind] for kind in _FILTER_VOCABS}
        self.filters = FilterPanel(vocabs, self)
        self.model = CaseListModel(session)
        self.view = CaseListView(self.model, self)
        self.note = QLabel(
            self.tr("Only the most recent cases were searched: add words to narrow the search."),
            self,
        )
        make_plain(self.note)
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #7a4f00;")
        self.note.hide()
        self.nothing = QLabel(self.tr("No case matches. Try other words or clear the filters."))
        make_plain(self.nothing)
        self.nothing.setWordWrap(True)
        self.nothing.setStyleSheet("color: #555555;")
        self.nothing.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 4, 4)
        layout.setSpacing(6)
        layout.addWidget(self.search)
        layout.addWidget(self.filters)
        layout.addWidget(self.note)
        layout.addWidget(self.nothing)
        layout.addWidget(self.view, 1)
        self.setFocusProxy(self.search)

        self.search.search_changed.connect(lambda _text: self.refresh())
        self.filters.changed.connect(lambda: self.refresh())
        self.view.case_selected.connect(self.case_selected)
        self.search.down_pressed.connect(self._to_list)

    @property
    def shown(self) -> int:
        """Cases in the list so far (more load as it scrolls)."""
        return self.model.rowCount()

    @property
    def complete(self) -> bool:
        return not self.model.canFetchMore()

    def current_filter(self) -> CaseFilter:
        return self.filters.apply_to(CaseFilter(text=self.search.text()))

    def refresh(self, keep: str = "") -> None:
        """Search again; keep the case `keep` (or the current one) selected if still listed."""
        keep = keep or self.view.current_uuid()
        self.model.set_filter(self.current_filter())
        self.note.setVisible(self.model.truncated)
        self.nothing.setVisible(self.model.rowCount() == 0)
        if not (keep and self.view.select_case(keep)):
            self.case_selected.emit("")
        self.listed.emit()

    @Slot()
    def _to_list(self) -> None:
        if self.model.rowCount() == 0:
            return
        self.view.setFocus(Qt.FocusReason.TabFocusReason)
        if not self.view.selectionModel().hasSelection():
            self.view.selectRow(0)

    def select(self, case_uuid: str) -> bool:
        return self.view.select_case(case_uuid)

    def show_all(self, then_select: str = "") -> None:
        """Clear the search and the filters (a new case is listed whatever they were)."""
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.filters.blockSignals(True)
        self.filters.clear()
        self.filters.blockSignals(False)
        self.refresh(keep=then_select)

    @Slot(str)
    def case_changed(self, case_uuid: str) -> None:
        self.model.refresh_case(case_uuid)

    @Slot(str)
    def case_deleted(self, case_uuid: str) -> None:
        self.model.remove_case(case_uuid)
        self.nothing.setVisible(self.model.rowCount() == 0)
        self.listed.emit()


_FILTER_VOCABS = ("statuses", "risks", "states", "violations", "perpetrators")
