"""The case list as a Qt table model, paged from `Session.search` as the view scrolls.

Only the rows the view needs are loaded: 200 at a time through canFetchMore /
fetchMore, so a vault of 50,000 cases opens as fast as one of 50. Sorting by a
column loads every matching row once (the person asked for a full order).
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QGuiApplication

from casevault.core.records.model import Case
from casevault.core.records.search import CaseFilter, CaseHit, Order, plain_snippet
from casevault.core.session import Session
from casevault.gui.widgets.labels import plain_tooltip
from casevault.i18n import translations

PAGE = 200
UUID_ROLE = Qt.ItemDataRole.UserRole + 1
SNIPPET_ROLE = Qt.ItemDataRole.UserRole + 2  # with the \x02 / \x03 marks around matches
KIND_ROLE = Qt.ItemDataRole.UserRole + 3  # where it matched: "person", "note"...
CODE, TITLE, STATUS, RISK, OPENED, UPDATED = range(6)
ORDER_COLUMNS = {
    CODE: "code",
    TITLE: "title",
    STATUS: "status",
    RISK: "risk",
    OPENED: "opened",
    UPDATED: "updated",
}
AnyIndex = QModelIndex | QPersistentModelIndex


def _headers() -> list[str]:
    return [
        QCoreApplication.translate("CaseList", "Code"),
        QCoreApplication.translate("CaseList", "Title"),
        QCoreApplication.translate("CaseList", "Status"),
        QCoreApplication.translate("CaseList", "Risk"),
        QCoreApplication.translate("CaseList", "Opened"),
        QCoreApplication.translate("CaseList", "Last change"),
    ]


def tooltip(text: str, snippet: str = "") -> str:
    """The case text and, when the search found it there, the snippet around the match."""
    lines = [text, plain_snippet(snippet)] if snippet else [text]
    return plain_tooltip(*lines)


class CaseListModel(QAbstractTableModel):
    def __init__(self, session: Session) -> None:
        super().__init__()
        self._session = session
        self._language = translations.current()
        self._headers = _headers()
        self._filter = CaseFilter()
        self._hits: list[CaseHit] = []
        self._exhausted = False
        self._sort: tuple[int, Qt.SortOrder] = (-1, Qt.SortOrder.AscendingOrder)
        self.truncated = False

    # -- what is listed ----------------------------------------------------------------
    @property
    def case_filter(self) -> CaseFilter:
        return self._filter

    def set_filter(self, flt: CaseFilter) -> None:
        self._filter = flt
        self.reload()

    def reload(self) -> None:
        """Read the list again from the start (after a search, a filter or an edit)."""
        self.beginResetModel()
        self._hits = []
        self._exhausted = False
        self.truncated = False
        self._hits = self._next_page()
        self.endResetModel()

    def _order(self) -> Order | None:
        """The column order the database pages through (None: relevance or last change)."""
        column, order = self._sort
        name = ORDER_COLUMNS.get(column)
        if name is None:
            return None
        vocab = {"status": "statuses", "risk": "risks"}.get(name)
        codes = tuple(t.code for t in self._session.vocabs[vocab]) if vocab else ()
        return Order(name, order == Qt.SortOrder.DescendingOrder, codes)

    def _next_page(self) -> list[CaseHit]:
        """The rows after those loaded (the caller adds them); notes the end and truncation."""
        result = self._session.search(
            self._filter, limit=PAGE, offset=len(self._hits), order=self._order()
        )
        self.truncated = self.truncated or result.truncated
        self._exhausted = len(result.hits) < PAGE
        return result.hits

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = (column, order)
        # The database sorts and pages; a very large text search may take a moment.
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.reload()
        finally:
            QGuiApplication.restoreOverrideCursor()

    def row_of(self, case_uuid: str) -> int:
        """The row of a case among those loaded, or -1."""
        for row, hit in enumerate(self._hits):
            if hit.uuid == case_uuid:
                return row
        return -1

    def refresh_case(self, case_uuid: str) -> None:
        """Show a saved edit in its row (the row stays where it is: no jumping list)."""
        row = self.row_of(case_uuid)
        if row < 0:
            return
        case = self._session.cases.get(Case, case_uuid)
        self._hits[row] = replace(
            self._hits[row],
            code=case.code,
            title=case.title,
            status=case.status,
            risk=case.risk,
            opened=case.opened,
            updated=case.updated,
        )
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def remove_case(self, case_uuid: str) -> None:
        row = self.row_of(case_uuid)
        if row >= 0:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._hits[row]
            self.endRemoveRows()

    def labels(self, kind: str) -> list[str]:
        """Every label of a vocabulary in the UI language (to size a column)."""
        return [term.label(self._language) for term in self._session.vocabs[kind]]

    def hit(self, row: int) -> CaseHit:
        return self._hits[row]

    # -- paging --------------------------------------------------------------------
    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: N802, B008
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: N802, B008
        if parent.isValid() or self._exhausted:
            return
        start = len(self._hits)
        hits = self._next_page()
        if not hits:
            return
        self.beginInsertRows(QModelIndex(), start, start + len(hits) - 1)
        self._hits += hits
        self.endInsertRows()

    # -- Qt model ------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._hits)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(  # noqa: N802
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self._hits):
            return None
        hit = self._hits[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(hit, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(self._text(hit, column), hit.snippet if column == TITLE else "")
        if role == Qt.ItemDataRole.AccessibleDescriptionRole and column == TITLE:
            return plain_snippet(hit.snippet)
        if role == UUID_ROLE:
            return hit.uuid
        if role == SNIPPET_ROLE:
            return hit.snippet
        if role == KIND_ROLE:
            return hit.matched_kind
        return None

    def _text(self, hit: CaseHit, column: int) -> str:
        vocabs = self._session.vocabs
        if column == CODE:
            return hit.code
        if column == TITLE:
            return hit.title
        if column == STATUS:
            return vocabs["statuses"].label(hit.status, self._language)
        if column == RISK:
            return vocabs["risks"].label(hit.risk, self._language)
        if column == OPENED:
            return hit.opened
        return hit.updated[:10]  # the date is enough in a list; the detail shows the time
