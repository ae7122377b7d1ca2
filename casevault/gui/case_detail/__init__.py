"""The selected case in tabs: Summary, People, Incidents, Actions, Notes, History.

API used by the main window:
- `CaseDetailView(session)`: `show_case(uuid | None)`, `flush()`, `current_case_uuid()`,
  signals `case_changed(uuid)` and `case_deleted(uuid)`.
- `create_case_dialog(session, parent)`: asks code and title, creates the case,
  returns its uuid or None.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from casevault.core.session import Session


class CaseDetailView(QWidget):
    case_changed = Signal(str)
    case_deleted = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._case_uuid: str | None = None
        QVBoxLayout(self)

    def show_case(self, case_uuid: str | None) -> None:
        """Show a case (after saving any pending edit), or the empty state for None."""
        self.flush()
        self._case_uuid = case_uuid

    def flush(self) -> None:
        """Save any pending edit now (before lock, close or switching case)."""

    def current_case_uuid(self) -> str | None:
        return self._case_uuid


def create_case_dialog(session: Session, parent: QWidget | None) -> str | None:
    """Ask for code and title, create the case; its uuid, or None if cancelled."""
    return None


__all__ = ["CaseDetailView", "create_case_dialog"]
