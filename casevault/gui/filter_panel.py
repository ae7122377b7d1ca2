"""Filters beside the search box: status, risk, violation, perpetrator, state, dates."""

from __future__ import annotations

from PySide6.QtCore import QDate, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from casevault import i18n
from casevault.core.search import CaseFilter
from casevault.core.vocab import Vocabulary

NO_DATE = QDate(1900, 1, 1)  # shown as "any date"


class FilterPanel(QWidget):
    """`changed()` whenever a filter is set or cleared; `apply_to()` fills a CaseFilter."""

    changed = Signal()

    def __init__(self, vocabs: dict[str, Vocabulary], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        language = i18n.current()
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

    def _date(self, name: str) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setAccessibleName(name)
        edit.setCalendarPopup(True)
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText(self.tr("any date"))
        edit.setDate(NO_DATE)
        edit.dateChanged.connect(self._changed)
        return edit

    def _combos(self) -> tuple[QComboBox, ...]:
        return (self.status, self.risk, self.state, self.violation, self.perpetrator)

    @property
    def active(self) -> int:
        """How many filters are set."""
        combos = sum(1 for combo in self._combos() if combo.currentIndex() > 0)
        return combos + sum(1 for e in (self.date_from, self.date_to) if e.date() != NO_DATE)

    def apply_to(self, flt: CaseFilter) -> CaseFilter:
        status = self.status.currentData()
        risk = self.risk.currentData()
        flt.statuses = {status} if status else set()
        flt.risks = {risk} if risk else set()
        flt.violation = self.violation.currentData() or ""
        flt.perpetrator = self.perpetrator.currentData() or ""
        flt.state = self.state.currentData() or ""
        flt.date_from = _iso(self.date_from.date())
        flt.date_to = _iso(self.date_to.date())
        return flt

    @Slot()
    def clear(self) -> None:
        widgets = (*self._combos(), self.date_from, self.date_to)
        for widget in widgets:
            widget.blockSignals(True)
        for combo in self._combos():
            combo.setCurrentIndex(0)
        self.date_from.setDate(NO_DATE)
        self.date_to.setDate(NO_DATE)
        for widget in widgets:
            widget.blockSignals(False)
        self._changed()

    @Slot()
    def _changed(self) -> None:
        self._update_clear()
        self.changed.emit()

    def _update_clear(self) -> None:
        self.clear_button.setEnabled(self.active > 0)


def _iso(date: QDate) -> str:
    return "" if date == NO_DATE else date.toString("yyyy-MM-dd")
