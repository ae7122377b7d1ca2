"""The Actions tab: complaints, protection requests, appeals; follow-ups that are due."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QListWidgetItem, QPlainTextEdit

from casevault.core.records.model import Action
from casevault.core.records.validation import valid_date
from casevault.gui.case_detail.record_list import RecordListTab
from casevault.gui.case_detail.vocab_widgets import VocabCombo, vocab_items
from casevault.gui.widgets.fields import add_row, date_hint, line_edit
from casevault.i18n.text import fill
from casevault.i18n.translations import pick_language

SOON = timedelta(days=14)


def follow_up_state(action: Action, today: date | None = None) -> str:
    """ "overdue", "soon" (today .. 14 days ahead) or "" for a follow-up date."""
    if not valid_date(action.follow_up):
        return ""
    due = date.fromisoformat(action.follow_up)
    today = today or date.today()
    if due < today:
        return "overdue"
    return "soon" if due <= today + SOON else ""


class ActionsTab(RecordListTab):
    cls = Action

    def __init__(self, session: Any, parent: Any = None) -> None:
        self._vocabs = session.vocabs
        super().__init__(lambda: session.cases, parent)

    def build_form(self) -> None:
        editor = self.editor
        self.date = line_edit(editor, self.tr("YYYY-MM-DD"))
        self.authority = VocabCombo(
            vocab_items(self._vocabs["authorities"]), self.tr("(not set)"), editor
        )
        self.action_kind = VocabCombo(
            vocab_items(self._vocabs["action_kinds"]), self.tr("(not set)"), editor
        )
        self.reference = line_edit(editor)
        self.outcome = QPlainTextEdit(editor)
        self.outcome.setTabChangesFocus(True)
        self.outcome.setMinimumHeight(100)
        self.follow_up = line_edit(editor, self.tr("YYYY-MM-DD"))
        rows = [
            ("date", self.tr("&Date:"), self.date, date_hint()),
            ("action_kind", self.tr("&Kind of action:"), self.action_kind, ""),
            ("authority", self.tr("Au&thority:"), self.authority, ""),
            ("reference", self.tr("&Reference:"), self.reference, self.tr("Case number, folio…")),
            ("outcome", self.tr("&Outcome:"), self.outcome, ""),
            (
                "follow_up",
                self.tr("&Follow-up date:"),
                self.follow_up,
                self.tr("When to check on it again. Year-month-day."),
            ),
        ]
        for name, caption, control, hint in rows:
            self.autosave.bind(name, add_row(self.form, caption, control, hint))

    def sort_key(self, record: Action) -> Any:
        return (not record.date, record.date, record.created)

    def item_text(self, record: Action) -> str:
        language = pick_language()
        kind = (
            self._vocabs["action_kinds"].label(record.action_kind, language)
            if record.action_kind
            else self.tr("Action")
        )
        parts = [record.date or self.tr("no date"), kind]
        if record.authority:
            parts.append(self._vocabs["authorities"].label(record.authority, language))
        text = " — ".join(parts)
        state = follow_up_state(record)
        if state == "overdue":
            text = fill(self.tr("OVERDUE follow-up %1: "), record.follow_up) + text
        elif state == "soon":
            text = fill(self.tr("Follow-up due %1: "), record.follow_up) + text
        return text

    def decorate(self, item: QListWidgetItem, record: Action) -> None:
        if follow_up_state(record):
            font = QFont(item.font())
            font.setBold(True)
            item.setFont(font)

    def heading_text(self, count: int) -> str:
        states = [follow_up_state(r) for r in self.records.values()]
        due = states.count("soon")
        overdue = states.count("overdue")
        text = fill(self.tr("Actions: %1"), str(count))
        if due or overdue:
            text += " · " + fill(
                self.tr("follow-ups due soon: %1, overdue: %2"), str(due), str(overdue)
            )
        return text

    def first_field(self) -> Any:
        return self.date

    def add_text(self) -> str:
        return self.tr("&Add action")

    def list_name(self) -> str:
        return self.tr("Actions by date")

    def empty_text(self) -> str:
        return self.tr(
            "No action selected. Record complaints, requests and appeals with “Add action”."
        )

    def kind_name(self) -> str:
        return self.tr("the action")
