"""The Incidents tab: a timeline ordered by date, and the incident's editor."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QPlainTextEdit

from casevault.core.records.model import DATE_PRECISIONS, Incident, Person
from casevault.gui.case_detail.record_list import RecordListTab
from casevault.gui.case_detail.vocab_widgets import CheckList, VocabCombo, vocab_items
from casevault.gui.widgets.fields import add_row, line_edit
from casevault.i18n.text import fill
from casevault.i18n.translations import pick_language


class IncidentsTab(RecordListTab):
    cls = Incident

    def __init__(self, session: Any, parent: Any = None) -> None:
        self._vocabs = session.vocabs
        super().__init__(lambda: session.cases, parent)

    def build_form(self) -> None:
        editor = self.editor
        self.precision = VocabCombo(self._precisions(), None, editor)
        self.date_start = line_edit(editor)
        self.date_end = line_edit(editor, self.tr("YYYY-MM-DD"))
        self.state = VocabCombo(vocab_items(self._vocabs["states"]), self.tr("(not known)"), editor)
        self.municipality = line_edit(editor)
        self.place = line_edit(editor)
        self.violations = CheckList(self.tr("Filter violations"), editor)
        self.violations.set_items(vocab_items(self._vocabs["violations"]))
        self.perpetrators = CheckList(self.tr("Filter perpetrators"), editor)
        self.perpetrators.set_items(vocab_items(self._vocabs["perpetrators"]))
        self.people = CheckList(self.tr("Filter people"), editor)
        self.narrative = QPlainTextEdit(editor)
        self.narrative.setTabChangesFocus(True)
        self.narrative.setMinimumHeight(140)
        hint = self.tr("Day: 2024-03-15 · month: 2024-03 · year: 2024.")
        rows = [
            ("date_precision", self.tr("Date &precision:"), self.precision, ""),
            ("date_start", self.tr("&Date (or start):"), self.date_start, hint),
            ("date_end", self.tr("&End date:"), self.date_end, self.tr("Only for a range.")),
            ("state", self.tr("&State:"), self.state, ""),
            ("municipality", self.tr("&Municipality:"), self.municipality, ""),
            ("place", self.tr("Pla&ce:"), self.place, ""),
            ("violations", self.tr("&Violations:"), self.violations, ""),
            ("perpetrators", self.tr("Alleged pe&rpetrators:"), self.perpetrators, ""),
            ("people", self.tr("People &involved:"), self.people, ""),
            ("narrative", self.tr("&Narrative:"), self.narrative, ""),
        ]
        for name, caption, control, field_hint in rows:
            self.autosave.bind(name, add_row(self.form, caption, control, field_hint))
        self.precision.edited.connect(self._precision_changed)

    def _precisions(self) -> list[tuple[str, str]]:
        names = {
            "day": self.tr("Exact day"),
            "month": self.tr("Month only"),
            "year": self.tr("Year only"),
            "range": self.tr("Between two dates"),
            "unknown": self.tr("Date not known"),
        }
        return [(code, names[code]) for code in DATE_PRECISIONS]

    def set_people(self, people: list[Person]) -> None:
        """The case's people, for the "people involved" checklist."""
        self.people.set_items((p.uuid, p.pseudonym) for p in people)  # keeps the ticks

    def after_load(self, record: Any) -> None:
        self._precision_changed()

    @Slot()
    def _precision_changed(self) -> None:
        precision = self.precision.code()
        self.date_end.setEnabled(precision == "range")
        self.date_start.setEnabled(precision != "unknown")
        placeholder = {"day": "YYYY-MM-DD", "month": "YYYY-MM", "year": "YYYY"}.get(precision, "")
        self.date_start.setPlaceholderText(placeholder)

    def sort_key(self, record: Incident) -> Any:
        # Timeline order; incidents with no known date come last.
        return (not record.date_start, record.date_start, record.date_end, record.created)

    def date_text(self, record: Incident) -> str:
        start, end, precision = record.date_start, record.date_end, record.date_precision
        if precision == "unknown" or not start:
            return self.tr("Date not known")
        if precision == "range":
            return fill(self.tr("%1 to %2"), start, end or "?")
        if precision == "month":
            return fill(self.tr("%1 (month)"), start)
        if precision == "year":
            return fill(self.tr("%1 (year)"), start)
        return start

    def item_text(self, record: Incident) -> str:
        language = pick_language()
        where = ", ".join(
            part
            for part in (
                record.place,
                record.municipality,
                self._vocabs["states"].label(record.state, language) if record.state else "",
            )
            if part
        )
        what = ", ".join(self._vocabs["violations"].label(c, language) for c in record.violations)
        text = " — ".join(part for part in (self.date_text(record), where, what) if part)
        return text.replace("\n", " ")

    def add_text(self) -> str:
        return self.tr("&Add incident")

    def list_name(self) -> str:
        return self.tr("Incidents by date")

    def empty_text(self) -> str:
        return self.tr("No incident selected. Record what happened with “Add incident”.")

    def kind_name(self) -> str:
        return self.tr("the incident")

    def heading_text(self, count: int) -> str:
        return fill(self.tr("Timeline: %1 incidents"), str(count))

    def first_field(self) -> Any:
        return self.date_start
