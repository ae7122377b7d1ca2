"""Tell a QWizard when a page may go on, without emitting `completeChanged`.

PySide6 6.12 drops a reference to `True` each time Python emits a page's
`completeChanged` signal; after enough emissions the interpreter aborts
("bool_dealloc"). Instead, each page registers a hidden mandatory check box
as its "complete" field: QWizard's own `isComplete()` enables Next/Finish
when it is ticked, and notices the change by itself.
"""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QWizardPage


def completion_flag(page: QWizardPage, name: str) -> QCheckBox:
    flag = QCheckBox(page)
    flag.hide()
    flag.setFocusPolicy(flag.focusPolicy().NoFocus)
    page.registerField(f"{name}*", flag)
    return flag
