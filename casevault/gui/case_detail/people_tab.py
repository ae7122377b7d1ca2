"""The People tab: pseudonyms in the list; protected identity fields marked as such."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QPlainTextEdit

from casevault.core.records.model import Person, Record
from casevault.gui.case_detail.record_list import RecordListTab
from casevault.gui.case_detail.vocab_widgets import VocabCombo, vocab_items
from casevault.gui.widgets.fields import add_row, date_hint, line_edit
from casevault.gui.widgets.labels import plain_label
from casevault.i18n.text import fill
from casevault.i18n.translations import pick_language

PROTECTED_STYLE = "color: #6a1b9a; font-weight: bold;"


class PeopleTab(RecordListTab):
    cls = Person

    def __init__(self, session: Any, parent: Any = None) -> None:
        self._vocabs = session.vocabs
        super().__init__(lambda: session.cases, parent)

    def build_form(self) -> None:
        editor = self.editor
        self.role = VocabCombo(vocab_items(self._vocabs["roles"]), None, editor)
        self.pseudonym = line_edit(editor)
        self.full_name = line_edit(editor)
        self.contact = line_edit(editor)
        self.birth_date = line_edit(editor, self.tr("YYYY-MM-DD"))
        self.notes = QPlainTextEdit(editor)
        self.notes.setTabChangesFocus(True)
        self.notes.setMinimumHeight(100)
        bind = self.autosave.bind
        bind(
            "pseudonym",
            add_row(
                self.form,
                self.tr("&Pseudonym:"),
                self.pseudonym,
                self.tr("The name shown in lists and in redacted exports."),
            ),
        )
        bind("role", add_row(self.form, self.tr("&Role:"), self.role))
        notice = plain_label(
            self.tr("Protected: removed from redacted exports."), editor, style=PROTECTED_STYLE
        )
        notice.setAccessibleName(self.tr("Protected identity fields follow"))
        self.form.addRow(notice)
        protected = self.tr("protected")
        for name, caption, control, hint in (
            ("full_name", self.tr("&Full name (protected):"), self.full_name, ""),
            ("contact", self.tr("&Contact (protected):"), self.contact, ""),
            ("birth_date", self.tr("&Birth date (protected):"), self.birth_date, date_hint()),
        ):
            box = add_row(self.form, caption, control, hint)
            control.setAccessibleDescription(protected)
            bind(name, box)
        bind("notes", add_row(self.form, self.tr("&Notes:"), self.notes))

    def new_record(self, case_uuid: str) -> Record:
        number = len(self.records) + 1
        return Person(case_uuid=case_uuid, pseudonym=fill(self.tr("Person %1"), str(number)))

    def item_text(self, record: Person) -> str:
        role = self._vocabs["roles"].label(record.role, pick_language())
        return f"{record.pseudonym} ({role})" if record.role else record.pseudonym

    def first_field(self) -> Any:
        return self.pseudonym

    def add_text(self) -> str:
        return self.tr("&Add person")

    def list_name(self) -> str:
        return self.tr("People in this case")

    def empty_text(self) -> str:
        return self.tr("No person selected. Add the people of this case with “Add person”.")

    def kind_name(self) -> str:
        return self.tr("the person")

    def heading_text(self, count: int) -> str:
        return fill(self.tr("People: %1"), str(count))
