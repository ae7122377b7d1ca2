"""The History tab: earlier versions of the long texts, and what was done when.

The audit list says what happened to which kind of record and when, never
what the record contains.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casevault.core.records.model import CaseFile, Record
from casevault.core.session import Session
from casevault.gui.widgets.labels import plain_label
from casevault.i18n.problem_text import field_label

VALUE = Qt.ItemDataRole.UserRole


def kind_label(kind: str) -> str:
    names = {
        "case": QCoreApplication.translate("CaseDetail", "Case"),
        "person": QCoreApplication.translate("CaseDetail", "Person"),
        "incident": QCoreApplication.translate("CaseDetail", "Incident"),
        "action": QCoreApplication.translate("CaseDetail", "Action"),
        "note": QCoreApplication.translate("CaseDetail", "Note"),
    }
    return names.get(kind, kind)


def action_label(action: str) -> str:
    names = {
        "create": QCoreApplication.translate("CaseDetail", "created"),
        "update": QCoreApplication.translate("CaseDetail", "changed"),
        "delete": QCoreApplication.translate("CaseDetail", "deleted"),
        "import": QCoreApplication.translate("CaseDetail", "imported"),
    }
    return names.get(action, action)


class HistoryTab(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.versions = QListWidget(self)
        self.versions.setAccessibleName(self.tr("Earlier versions"))
        self.value = QPlainTextEdit(self)
        self.value.setReadOnly(True)
        self.value.setAccessibleName(self.tr("Text of the chosen version"))
        self.audit = QTreeWidget(self)
        self.audit.setRootIsDecorated(False)
        self.audit.setHeaderLabels([self.tr("When (UTC)"), self.tr("Record"), self.tr("What")])
        self.audit.setAccessibleName(self.tr("What was done and when"))
        versions_label = self._caption(self.tr("&Earlier versions:"), self.versions)
        audit_label = self._caption(self.tr("&What was done and when:"), self.audit)
        self.versions_empty = plain_label(self.tr("No earlier versions yet."), self)

        top = QSplitter(self)
        left = QWidget(top)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(versions_label)
        left_layout.addWidget(self.versions_empty)
        left_layout.addWidget(self.versions, 1)
        top.addWidget(left)
        top.addWidget(self.value)
        top.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(top, 2)
        layout.addWidget(audit_label)
        layout.addWidget(self.audit, 1)
        self.versions.currentItemChanged.connect(self._version_chosen)

    def _caption(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setTextFormat(Qt.TextFormat.AutoText)  # our own text, keeps the & shortcut
        label.setBuddy(buddy)
        return label

    def show_case(self, case_file: CaseFile | None, names: dict[str, str]) -> None:
        """List earlier versions and audit entries; `names` maps a record uuid to its list name."""
        self.versions.clear()
        self.audit.clear()
        self.value.clear()
        if case_file is None:
            self.versions_empty.show()
            return
        records: list[Record] = [
            case_file.case,
            *case_file.people,
            *case_file.incidents,
            *case_file.actions,
            *case_file.notes,
        ]
        store = self._session.cases
        for record in records:
            for field in record.history_fields:
                for version in store.history(record.uuid, field):
                    text = self.tr("%1 “%2”, %3: version %4, replaced %5")
                    for mark, part in (
                        ("%1", kind_label(record.kind.value)),
                        ("%3", field_label(field)),
                        ("%4", str(version.version)),
                        ("%5", version.saved[:16].replace("T", " ")),
                        ("%2", names.get(record.uuid, "")),
                    ):
                        text = text.replace(mark, part)
                    item = QListWidgetItem(text, self.versions)
                    item.setData(VALUE, version.value)
        self.versions_empty.setVisible(self.versions.count() == 0)
        entries = [e for r in records for e in self._session.audit_entries(r.uuid)]
        for entry in sorted(entries, key=lambda e: e.seq, reverse=True):
            what = action_label(entry.action)
            if entry.action == "update" and entry.detail:
                fields = ", ".join(field_label(f) for f in entry.detail.split(","))
                what = f"{what}: {fields}"
            QTreeWidgetItem(
                self.audit, [entry.at[:19].replace("T", " "), kind_label(entry.record_kind), what]
            )
        if self.versions.count():
            self.versions.setCurrentRow(0)

    @Slot(QListWidgetItem, QListWidgetItem)
    def _version_chosen(self, current: QListWidgetItem | None, _previous: object) -> None:
        self.value.setPlainText(str(current.data(VALUE)) if current is not None else "")
