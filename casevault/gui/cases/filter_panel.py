"""Filters beside the search box: status, risk, violation, perpetrator, state, dates."""

from __future__ import annotations

import re
from datetime import date
from itertools import pairwise

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from casevault.core.records.search import CaseFilter
from casevault.core.records.vocab import Vocabulary
from casevault.i18n import translations

_ISO = re.compile(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")
_LOCAL = re.compile(r"(?:(\d{1,2})/)?(\d{1,2})/(\d{4})")  # dd/mm/yyyy or mm/yyyy
INVALID = "invalid"


def parse_date(text: str) -> str:
    """A typed date as ISO, partial allowed ("2021", "2021-06"): "" for none, else INVALID.

    Accepts 2021, 2021-06, 2021-06-30, 06/2021 and 30/06/2021 (the way dates are
    written in Mexico)."""
    text = text.strip()
    if not text:
        return ""
    if match := _ISO.fullmatch(text):
        year, month, day = match.groups()
    elif match := _LOCAL.fullmatch(text):
        day, month, year = match.groups()
    else:
        return INVALID
    try:
        date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        return INVALID
    parts = [year] + [f"{int(p):02d}" for p in (month, day) if p]
    return "-".join(parts)


class FilterPanel(QWidget):
    """`changed()` whenever a filter is set or cleared; `apply_to()` fills a CaseFilter."""

    changed = Signal()

    def __init__(self, vocabs: dict[str, Vocabulary], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._dates = ("", "")  # the valid dates in use (a half-typed one keeps the last)
        language = translations.current()
        self.status = self._combo(vocabs["statuses"], self.tr("Any status"), language)
        self.status.setAccessibleName(self.tr("Status filter"))
        self.risk = self._combo(vocabs["risks"], self.tr("Any risk"), language)
        self.risk.setAccessibleName(self.tr("Risk filter"))
        self.state = self._combo(vocabs["states"], self.tr("Any state"), language)
        self.state.setAccessibleName(self.tr("State filter"))
        self.violation = self._combo(vocabs["violations"], self.tr("Any violation"), language)
        self.violation.setAccessibleName(self.tr("Violation type filter"))
        self.perpetrator = self._combo(vocabs["perpetrators"], self.tr("Any perpetrator"), language)
        self.perpetrator.setAccessibleName(self.tr("Perpetrator type filter"))
        self.date_from = self._date(self.tr("Incidents from"))
        self.date_to = self._date(self.tr("Incidents until"))
        self.clear_button = QPushButton(self.tr("C&lear filters"), self)
        self.clear_button.setAccessibleName(self.tr("Clear filters"))
        self.clear_button.clicked.connect(self.clear)

        from_label = QLabel(self.tr("Incidents &from"), self)
        from_label.setBuddy(self.date_from)
        to_label = QLabel(self.tr("&until"), self)
        to_label.setBuddy(self.date_to)
        dates = QHBoxLayout()
        dates.setContentsMargins(0, 0, 0, 0)
        dates.setSpacing(6)
        for widget in (from_label, self.date_from, to_label, self.date_to):
            dates.addWidget(widget)
        dates.addStretch(1)

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(4)
        grid.addWidget(self.status, 0, 0)
        grid.addWidget(self.risk, 0, 1)
        grid.addWidget(self.state, 0, 2)
        grid.addWidget(self.violation, 1, 0)
        grid.addWidget(self.perpetrator, 1, 1)
        grid.addWidget(self.clear_button, 1, 2)
        grid.addLayout(dates, 2, 0, 1, 3)
        for column in range(3):
            grid.setColumnStretch(column, 1)
        chain = (*self._combos(), self.clear_button, self.date_from, self.date_to)
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)
        self._update_clear()

    def _combo(self, vocab: Vocabulary, anything: str, language: str) -> QComboBox:
        combo = QComboBox(self)
        combo.addItem(anything, "")
        for term in vocab:
            combo.addItem(term.label(language), term.code)
        combo.setMinimumContentsLength(8)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.currentIndexChanged.connect(self._changed)
        return combo

    def _date(self, name: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setAccessibleName(name)
        edit.setPlaceholderText(self.tr("any date"))
        edit.setToolTip(self.tr("A year (2021), a month (06/2021) or a day (30/06/2021)"))
        edit.setClearButtonEnabled(True)
        edit.setMaxLength(10)
        edit.setFixedWidth(edit.fontMetrics().horizontalAdvance("00/00/0000") * 2)
        edit.textChanged.connect(self._date_typed)
        return edit

    def _combos(self) -> tuple[QComboBox, ...]:
        return (self.status, self.risk, self.state, self.violation, self.perpetrator)

    @property
    def active(self) -> int:
        """How many filters are set."""
        combos = sum(1 for combo in self._combos() if combo.currentIndex() > 0)
        return combos + sum(1 for e in (self.date_from, self.date_to) if e.text().strip())

    def apply_to(self, flt: CaseFilter) -> CaseFilter:
        status = self.status.currentData()
        risk = self.risk.currentData()
        flt.statuses = {status} if status else set()
        flt.risks = {risk} if risk else set()
        flt.violation = self.violation.currentData() or ""
        flt.perpetrator = self.perpetrator.currentData() or ""
        flt.state = self.state.currentData() or ""
        flt.date_from, flt.date_to = self._dates
        return flt

    @Slot()
    def clear(self) -> None:
        widgets = (*self._combos(), self.date_from, self.date_to)
        for widget in widgets:
            widget.blockSignals(True)
        for combo in self._combos():
            combo.setCurrentIndex(0)
        self.date_from.clear()
        self.date_to.clear()
        self._dates = ("", "")
        for widget in widgets:
            widget.blockSignals(False)
        self._changed()

    @Slot()
    def _date_typed(self) -> None:
        dates = (parse_date(self.date_from.text()), parse_date(self.date_to.text()))
        for edit, value in zip((self.date_from, self.date_to), dates, strict=True):
            edit.setStyleSheet(
                "QLineEdit { border: 1px solid #b3261e; }" if value == INVALID else ""
            )
        valid = tuple(self._dates[i] if v == INVALID else v for i, v in enumerate(dates))
        self._update_clear()
        if valid != self._dates:
            self._dates = (valid[0], valid[1])
            self.changed.emit()

    @Slot()
    def _changed(self) -> None:
        self._update_clear()
        self.changed.emit()

    def _update_clear(self) -> None:
        self.clear_button.setEnabled(self.active > 0)
