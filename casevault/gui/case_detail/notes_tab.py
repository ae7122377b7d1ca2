"""The Notes tab: dated free text."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QPlainTextEdit

from casevault.core.records.model import Note, Record
from casevault.gui.case_detail.record_list import RecordListTab
from casevault.gui.widgets.fields import add_row, date_hint, line_edit

PREVIEW_CHARS = 60


class NotesTab(RecordListTab):
    cls = Note

    def __init__(self, session: Any, parent: Any = None) -> None:
        super().__init__(lambda: session.cases, parent)

    def build_form(self) -> None:
        self.date = line_edit(self.editor, self.tr("YYYY-MM-DD"))
        self.text = QPlainTextEdit(self.editor)
        self.text.setTabChangesFocus(True)
        self.text.setMinimumHeight(200)
        self.autosave.bind("date", add_row(self.form, self.tr("&Date:"), self.date, date_hint()))
        self.autosave.bind("text", add_row(self.form, self.tr("&Text:"), self.text))

    def new_record(self, case_uuid: str) -> Record:
        return Note(case_uuid=case_uuid, date=date.today().isoformat())

    def sort_key(self, record: Note) -> Any:
        return (not record.date, record.date, record.created)

    def item_text(self, record: Note) -> str:
        first = " ".join(record.text.split())
        if len(first) > PREVIEW_CHARS:
            first = first[: PREVIEW_CHARS - 1] + "…"
        return f"{record.date or self.tr('no date')} — {first or self.tr('(empty)')}"

    def first_field(self) -> Any:
        return self.text

    def add_text(self) -> str:
        return self.tr("&Add note")

    def list_name(self) -> str:
        return self.tr("Notes by date")

    def empty_text(self) -> str:
        return self.tr("No note selected. Write one with “Add note”.")

    def kind_name(self) -> str:
        return self.tr("the note")
