"""The selected case in tabs: Summary, People, Incidents, Actions, Notes, Evidence, History.

API used by the main window:
- `CaseDetailView(session)`: `show_case(uuid | None)`, `flush()`, `current_case_uuid()`,
  signals `case_changed(uuid)` and `case_deleted(uuid)`.
- `create_case_dialog(session, parent)`: asks code and title, creates the case,
  returns its uuid or None.

Every edit is saved by itself about a second after typing stops (autosave.py).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from casevault.core.errors import VaultError
from casevault.core.records.model import CaseFile, Record
from casevault.core.session import Session
from casevault.gui.case_detail.actions_tab import ActionsTab
from casevault.gui.case_detail.history_tab import HistoryTab
from casevault.gui.case_detail.incidents_tab import IncidentsTab
from casevault.gui.case_detail.new_case import create_case_dialog
from casevault.gui.case_detail.notes_tab import NotesTab
from casevault.gui.case_detail.people_tab import PeopleTab
from casevault.gui.case_detail.record_list import RecordListTab
from casevault.gui.case_detail.summary_tab import SummaryTab
from casevault.gui.evidence.evidence_tab import EvidenceTab
from casevault.gui.widgets.fields import ERROR_STYLE, HINT_STYLE
from casevault.gui.widgets.labels import plain_label


class CaseDetailView(QWidget):
    case_changed = Signal(str)  # a saved edit changed the case or a record in it
    case_deleted = Signal(str)  # after the user confirmed and it was deleted

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._case_uuid: str | None = None
        self.setAccessibleName(self.tr("Case details"))
        self.empty = plain_label(
            self.tr("Choose a case in the list, or create one with Ctrl+N."), self
        )
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.summary_tab = SummaryTab(session, self)
        self.people_tab = PeopleTab(session, self)
        self.incidents_tab = IncidentsTab(session, self)
        self.actions_tab = ActionsTab(session, self)
        self.notes_tab = NotesTab(session, self)
        self.history_tab = HistoryTab(session, self)
        self.evidence_tab = EvidenceTab(session, self)
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Case sections"))
        for tab, title in (
            (self.summary_tab, self.tr("Summary")),
            (self.people_tab, self.tr("People")),
            (self.incidents_tab, self.tr("Incidents")),
            (self.actions_tab, self.tr("Actions")),
            (self.notes_tab, self.tr("Notes")),
            (self.evidence_tab, self.tr("Evidence")),
            (self.history_tab, self.tr("History")),
        ):
            self.tabs.addTab(tab, title)
        self.status = plain_label("", self, style=HINT_STYLE)
        self.status.setAccessibleName(self.tr("Save status"))
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.tabs)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.status)

        self.summary_tab.autosave.saved.connect(self._saved)
        self.summary_tab.autosave.failed.connect(self._failed)
        self.summary_tab.case_deleted.connect(self._case_deleted)
        for list_tab in self.list_tabs():
            list_tab.saved.connect(self._saved)
            list_tab.failed.connect(self._failed)
            list_tab.deleted.connect(self._record_deleted)
        self.people_tab.saved.connect(self._people_changed)
        self.tabs.currentChanged.connect(self._tab_changed)

    def list_tabs(self) -> list[RecordListTab]:
        return [self.people_tab, self.incidents_tab, self.actions_tab, self.notes_tab]

    # -- the contract with the main window --------------------------------------------
    def show_case(self, case_uuid: str | None) -> None:
        """Show a case (after saving any pending edit), or the empty state for None."""
        self.flush()
        case_file: CaseFile | None = None
        if case_uuid is not None:
            try:
                case_file = self._session.cases.case_file(case_uuid)
            except VaultError:  # deleted meanwhile: show nothing rather than fail
                case_file = None
        if case_uuid != self._case_uuid:
            self.status.clear()
        self._case_uuid = case_file.case.uuid if case_file else None
        self.stack.setCurrentWidget(self.tabs if case_file else self.empty)
        self._load(case_file)

    def flush(self) -> None:
        """Save any pending edit now (before lock, close or switching case)."""
        self.summary_tab.autosave.flush()
        for list_tab in self.list_tabs():
            list_tab.autosave.flush()

    def current_case_uuid(self) -> str | None:
        return self._case_uuid

    # -- inside -----------------------------------------------------------------------
    def _load(self, case_file: CaseFile | None) -> None:
        self.summary_tab.show_case(case_file.case if case_file else None)
        if case_file is None:
            for list_tab in self.list_tabs():
                list_tab.set_records(None, [])
            self.history_tab.show_case(None, {})
            self.evidence_tab.set_case(None, [], [])
            return
        self.people_tab.set_records(case_file.case.uuid, case_file.people)
        self.incidents_tab.set_people(case_file.people)
        self.incidents_tab.set_records(case_file.case.uuid, case_file.incidents)
        self.actions_tab.set_records(case_file.case.uuid, case_file.actions)
        self.notes_tab.set_records(case_file.case.uuid, case_file.notes)
        self.evidence_tab.set_case(case_file.case.uuid, case_file.incidents, case_file.people)
        if self.tabs.currentWidget() is self.history_tab:
            self._refresh_history()

    def _refresh_history(self) -> None:
        if self._case_uuid is None:
            self.history_tab.show_case(None, {})
            return
        case_file = self._session.cases.case_file(self._case_uuid)
        names = {case_file.case.uuid: case_file.case.code}
        for list_tab in self.list_tabs():
            names.update({r.uuid: list_tab.item_text(r) for r in list_tab.records.values()})
        self.history_tab.show_case(case_file, names)

    @Slot(int)
    def _tab_changed(self, _index: int) -> None:
        self.flush()
        if self.tabs.currentWidget() is self.history_tab:
            self._refresh_history()

    @Slot(object)
    def _saved(self, _record: Record) -> None:
        self.status.setStyleSheet(HINT_STYLE)
        self.status.setText(self.tr("Saved"))
        if self._case_uuid is not None:
            self.case_changed.emit(self._case_uuid)

    @Slot()
    def _failed(self) -> None:
        self.status.setStyleSheet(ERROR_STYLE)
        self.status.setText(self.tr("Not saved: see the marked fields"))

    @Slot(object)
    def _people_changed(self, _record: Record) -> None:
        self.incidents_tab.set_people(list(self.people_tab.records.values()))

    @Slot(object)
    def _record_deleted(self, _record: Record) -> None:
        # Deleting a person also takes them out of incidents: reload everything.
        self.show_case(self._case_uuid)
        self._saved(_record)

    @Slot(str)
    def _case_deleted(self, case_uuid: str) -> None:
        for list_tab in self.list_tabs():
            list_tab.autosave.forget()
        self._case_uuid = None
        self.show_case(None)
        self.status.setText(self.tr("The case was deleted."))
        self.case_deleted.emit(case_uuid)


__all__ = ["CaseDetailView", "create_case_dialog"]
