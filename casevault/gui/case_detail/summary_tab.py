"""The Summary tab: the case's own fields, and deleting the case."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QPlainTextEdit, QPushButton, QWidget

from casevault.core.records.model import Case, Kind
from casevault.core.session import CaseStore, Session
from casevault.gui.case_detail.autosave import Autosave
from casevault.gui.case_detail.vocab_widgets import VocabCombo, vocab_items
from casevault.gui.widgets.fields import add_row, chain_focus, confirm_delete, date_hint, line_edit


class SummaryTab(QWidget):
    case_deleted = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        store: Callable[[], CaseStore] = lambda: session.cases  # noqa: E731
        self.autosave = Autosave(store, Case, self)
        vocabs = session.vocabs
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.code = line_edit(self)
        self.title = line_edit(self)
        self.status = VocabCombo(vocab_items(vocabs["statuses"]), None, self)
        self.risk = VocabCombo(vocab_items(vocabs["risks"]), None, self)
        self.opened = line_edit(self, self.tr("YYYY-MM-DD"))
        self.closed = line_edit(self, self.tr("YYYY-MM-DD"))
        self.tags = line_edit(self, self.tr("e.g. land, Oaxaca"))
        self.summary = QPlainTextEdit(self)
        self.summary.setTabChangesFocus(True)
        self.summary.setMinimumHeight(140)
        rows = [
            ("code", self.tr("C&ode:"), self.code, ""),
            ("title", self.tr("&Title:"), self.title, ""),
            ("status", self.tr("&Status:"), self.status, ""),
            ("risk", self.tr("&Risk:"), self.risk, ""),
            ("opened", self.tr("O&pened:"), self.opened, date_hint()),
            ("closed", self.tr("C&losed:"), self.closed, date_hint()),
            ("tags", self.tr("T&ags:"), self.tags, self.tr("Separate tags with commas.")),
            ("summary", self.tr("Su&mmary:"), self.summary, ""),
        ]
        for name, caption, control, hint in rows:
            self.autosave.bind(name, add_row(form, caption, control, hint))
        self.delete_button = QPushButton(self.tr("&Delete this case…"), self)
        self.delete_button.setAccessibleName(self.tr("Delete this case"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        form.addRow(buttons)
        self.delete_button.clicked.connect(self.delete_case)
        controls = [b.box.control for b in self.autosave.bindings.values()]
        chain_focus([*controls, self.delete_button])

    def show_case(self, case: Case | None) -> None:
        self.autosave.load(case)
        self.setEnabled(case is not None)

    @Slot()
    def delete_case(self) -> None:
        uuid = self.autosave.uuid
        if uuid is None:
            return
        self.autosave.flush()
        case = self._session.cases.get(Case, uuid)
        name = f"{case.code} · {case.title}"
        detail = self.tr(
            "Its people, incidents, actions, notes and earlier versions are removed from "
            "this vault too. This cannot be undone."
        )
        if not confirm_delete(self, self.tr("the case"), name, detail):
            return
        self.autosave.forget()
        self._session.cases.delete(Kind.CASE, uuid)
        self.case_deleted.emit(uuid)
