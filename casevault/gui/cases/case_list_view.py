"""The case table: title with the search snippet under it, matched words in bold.

The snippet's marks (\\x02 … \\x03) become bold runs drawn with QPainter as plain
text: case text is never read as HTML.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QRect, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from casevault.core.records.search import SNIPPET_CLOSE, SNIPPET_OPEN
from casevault.gui.cases.case_list_model import (
    CODE,
    KIND_ROLE,
    OPENED,
    RISK,
    SNIPPET_ROLE,
    STATUS,
    TITLE,
    UPDATED,
    UUID_ROLE,
    CaseListModel,
)

PADDING = 6


def snippet_runs(snippet: str) -> list[tuple[str, bool]]:
    """(text, emphasised) pieces of a marked snippet; stray marks are dropped."""
    runs: list[tuple[str, bool]] = []
    bold = False
    piece = ""
    for char in snippet:
        if char in (SNIPPET_OPEN, SNIPPET_CLOSE):
            if piece:
                runs.append((piece, bold))
            piece = ""
            bold = char == SNIPPET_OPEN
        else:
            piece += char
    if piece:
        runs.append((piece, bold))
    return runs


def lead_in(runs: list[tuple[str, bool]], words: int = 3) -> list[tuple[str, bool]]:
    """Keep only the last few words before the first match, so the match shows."""
    if not runs or runs[0][1]:
        return runs
    before = runs[0][0].split()
    if len(before) <= words:
        return runs
    kept = " ".join(before[-words:])
    return [("…" + kept + " ", False), *runs[1:]]


def kind_label(kind: str) -> str:
    labels = {
        "person": QCoreApplication.translate("CaseList", "Person"),
        "incident": QCoreApplication.translate("CaseList", "Incident"),
        "action": QCoreApplication.translate("CaseList", "Action"),
        "note": QCoreApplication.translate("CaseList", "Note"),
    }
    return labels.get(kind, "")


class TitleDelegate(QStyledItemDelegate):
    """Draws the title, and under it (while searching) the snippet with bold matches."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        snippet = index.data(SNIPPET_ROLE) or ""
        if not snippet:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        title = opt.text
        opt.text = ""
        style = opt.widget.style() if opt.widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        group = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        rect = opt.rect.adjusted(PADDING, 2, -PADDING, -2)
        line = QFontMetrics(opt.font).height()
        painter.save()
        painter.setPen(opt.palette.color(group))
        painter.setFont(opt.font)
        top = QRect(rect.left(), rect.top(), rect.width(), line)
        elided = QFontMetrics(opt.font).elidedText(title, Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(top, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, elided)
        runs = lead_in(snippet_runs(snippet))
        kind = kind_label(index.data(KIND_ROLE) or "")
        if kind:
            runs.insert(0, (kind + ": ", False))
        self._draw_runs(
            painter, opt, runs, QRect(rect.left(), top.bottom() + 1, rect.width(), line)
        )
        painter.restore()

    @staticmethod
    def _draw_runs(
        painter: QPainter, opt: QStyleOptionViewItem, runs: list[tuple[str, bool]], area: QRect
    ) -> None:
        plain = QFont(opt.font)
        plain.setPointSizeF(plain.pointSizeF() * 0.92)
        bold = QFont(plain)
        bold.setBold(True)
        x = area.left()
        for text, emphasised in runs:
            font = bold if emphasised else plain
            metrics = QFontMetrics(font)
            room = area.right() - x
            if room <= metrics.horizontalAdvance("…"):
                break
            shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, room)
            painter.setFont(font)
            flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
            painter.drawText(QRect(x, area.top(), room, area.height()), flags, shown)
            x += metrics.horizontalAdvance(shown)
            if shown != text:
                break


class CaseListView(QTableView):
    """The list of cases; `case_selected(uuid or "")` follows the current row."""

    case_selected = Signal(str)

    def __init__(self, model: CaseListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self._model = model
        self.setAccessibleName(self.tr("Cases"))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)  # Tab leaves the list; arrows move in it
        self.setItemDelegateForColumn(TITLE, TitleDelegate(self))
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.horizontalHeader()
        header.setSortIndicatorClearable(True)  # a third click returns to the default order
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        metrics = self.fontMetrics()
        self.setColumnWidth(CODE, metrics.horizontalAdvance("DEMO-00000") + 3 * PADDING)
        for column, kind, most in ((STATUS, "statuses", 14), (RISK, "risks", 40)):
            widest = max((metrics.horizontalAdvance(t) for t in model.labels(kind)), default=0)
            widest = min(widest, metrics.horizontalAdvance("x" * most))
            self.setColumnWidth(column, widest + 3 * PADDING)
        for column in (OPENED, UPDATED):
            self.setColumnWidth(column, metrics.horizontalAdvance("0000-00-00") + 4 * PADDING)
        self.setSortingEnabled(True)
        self.set_two_lines(False)
        model.modelReset.connect(self._after_reset)

    def set_two_lines(self, two: bool) -> None:
        """Room for the snippet under the title while searching."""
        line = self.fontMetrics().height()
        self.verticalHeader().setDefaultSectionSize(line * (2 if two else 1) + 10)

    def current_uuid(self) -> str:
        index = self.currentIndex()
        return str(index.data(UUID_ROLE)) if index.isValid() else ""

    def select_case(self, case_uuid: str) -> bool:
        row = self._model.row_of(case_uuid)
        if row < 0:
            return False
        self.selectRow(row)
        self.scrollTo(self._model.index(row, TITLE))
        return True

    def currentChanged(  # noqa: N802 - Qt's name
        self,
        current: QModelIndex | QPersistentModelIndex,
        previous: QModelIndex | QPersistentModelIndex,
    ) -> None:
        super().currentChanged(current, previous)
        if current.row() != previous.row() or not current.isValid():
            self.case_selected.emit(str(current.data(UUID_ROLE)) if current.isValid() else "")

    def _after_reset(self) -> None:
        self.set_two_lines(bool(self._model.case_filter.text.strip()))
