"""Form pieces shared by the tabs: a field with its message, form rows, confirmation."""

from __future__ import annotations

import itertools

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from casevault.gui.widgets.labels import make_plain, plain_label
from casevault.i18n.text import fill

ERROR_STYLE = "color: #b3261e;"
HINT_STYLE = "color: #555555;"
MARKED = "invalid"  # dynamic property set on a field with a problem


class FieldBox(QWidget):
    """One control with an optional hint and, when something is wrong, a message under it."""

    def __init__(self, control: QWidget, hint: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.control = control
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(control)
        if hint:
            layout.addWidget(plain_label(hint, self, style=HINT_STYLE))
        self.message = plain_label("", self, style=ERROR_STYLE)
        self.message.hide()
        layout.addWidget(self.message)

    def show_problem(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
        self.control.setProperty(MARKED, True)
        self.control.setStyleSheet("border: 2px solid #b3261e;")
        self.control.setAccessibleDescription(text)

    def clear_problem(self) -> None:
        if not self.message.isVisible() and not self.control.property(MARKED):
            return
        self.message.clear()
        self.message.hide()
        self.control.setProperty(MARKED, False)
        self.control.setStyleSheet("")
        self.control.setAccessibleDescription("")

    def problem(self) -> str:
        return self.message.text() if self.message.isVisible() else ""


def add_row(form: QFormLayout, caption: str, control: QWidget, hint: str = "") -> FieldBox:
    """A form row: a mnemonic caption ("&Title") whose buddy is the control."""
    box = FieldBox(control, hint, form.parentWidget())
    label = QLabel(caption, form.parentWidget())
    label.setTextFormat(Qt.TextFormat.AutoText)  # keeps the & shortcut; our own text only
    label.setBuddy(control)
    control.setAccessibleName(caption.replace("&", ""))
    form.addRow(label, box)
    return box


def chain_focus(widgets: list[QWidget]) -> None:
    """Tab goes through the widgets in this order (a checklist: its filter, then its list)."""
    expanded: list[QWidget] = []
    for widget in widgets:
        parts = getattr(widget, "focus_chain", None)
        expanded += parts() if callable(parts) else [widget]
    for first, second in itertools.pairwise(expanded):
        QWidget.setTabOrder(first, second)


def line_edit(parent: QWidget | None = None, placeholder: str = "") -> QLineEdit:
    edit = QLineEdit(parent)
    if placeholder:
        edit.setPlaceholderText(placeholder)
    return edit


def date_hint() -> str:
    return QCoreApplication.translate(
        "CaseDetail", "Year-month-day, e.g. 2024-03-15. Leave empty if not known."
    )


def confirm_delete(parent: QWidget, what: str, name: str, detail: str = "") -> bool:
    """Ask before removing something for good; Cancel is the default answer."""
    box = make_plain(QMessageBox(parent))
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("CaseDetail", "Delete for good?"))
    box.setText(
        fill(QCoreApplication.translate("CaseDetail", "Delete %1 “%2” for good?"), what, name)
    )
    box.setInformativeText(
        detail
        or QCoreApplication.translate(
            "CaseDetail",
            "It is removed from this vault with its earlier versions. This cannot be undone.",
        )
    )
    delete = box.addButton(
        QCoreApplication.translate("CaseDetail", "&Delete"), QMessageBox.ButtonRole.DestructiveRole
    )
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is delete
