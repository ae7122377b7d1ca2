"""Ctrl+N: a small dialog asking the new case's code and title."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QPushButton, QWidget

from casevault.core.records.model import Case
from casevault.core.records.validation import ValidationError
from casevault.core.session import Session
from casevault.gui.widgets.fields import add_row, line_edit
from casevault.gui.widgets.labels import plain_label
from casevault.i18n.problem_text import describe_field_problem


class NewCaseDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.case_uuid: str | None = None
        self.setWindowTitle(self.tr("New case"))
        form = QFormLayout(self)
        form.addRow(
            plain_label(
                self.tr("Give the case a short code (e.g. OAX-2024-007) and a title."), self
            )
        )
        self.code = line_edit(self)
        self.title = line_edit(self)
        self.code_box = add_row(form, self.tr("C&ode:"), self.code)
        self.title_box = add_row(form, self.tr("&Title:"), self.title)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.create_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert isinstance(self.create_button, QPushButton)
        self.create_button.setText(self.tr("C&reate case"))
        self.create_button.setAccessibleName(self.tr("Create case"))
        self.buttons.accepted.connect(self.create_case)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.code.setFocus()

    @Slot()
    def create_case(self) -> None:
        """Store the case; on a problem, say so next to the field and stay open."""
        case = Case(
            code=self.code.text().strip(),
            title=self.title.text().strip(),
            opened=date.today().isoformat(),
        )
        try:
            created = self._session.cases.add(case)
        except ValidationError as error:
            boxes = {"code": self.code_box, "title": self.title_box}
            for box in boxes.values():
                box.clear_problem()
            for problem in error.problems:
                box = boxes.get(problem.field, self.code_box)
                box.show_problem(describe_field_problem(problem))
            first = next(p for p in error.problems)
            boxes.get(first.field, self.code_box).control.setFocus()
            return
        self.case_uuid = created.uuid
        self.accept()


def create_case_dialog(session: Session, parent: QWidget | None) -> str | None:
    """Ask for code and title, create the case; its uuid, or None if cancelled."""
    dialog = NewCaseDialog(session, parent)
    try:
        dialog.exec()
        return dialog.case_uuid
    finally:
        dialog.deleteLater()
