"""Vault ▸ Conflicts…: records changed both here and in an imported file.

Each conflict is shown side by side, field by field (fields that differ are
marked); the person keeps this vault's version or the imported one.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal, Slot
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casevault.core import exchange
from casevault.core.records.model import Action, Case, Incident, Note, Person, Record
from casevault.core.session import Session
from casevault.gui.jobs import describe
from casevault.gui.widgets.fields import ERROR_STYLE, HINT_STYLE
from casevault.gui.widgets.labels import plain_label
from casevault.i18n import translations
from casevault.i18n.text import fill

DIFFERENT = QColor("#fff3cd")
FIELDS = {
    "code": QT_TRANSLATE_NOOP("ConflictField", "Code"),
    "title": QT_TRANSLATE_NOOP("ConflictField", "Title"),
    "status": QT_TRANSLATE_NOOP("ConflictField", "Status"),
    "risk": QT_TRANSLATE_NOOP("ConflictField", "Risk"),
    "summary": QT_TRANSLATE_NOOP("ConflictField", "Summary"),
    "opened": QT_TRANSLATE_NOOP("ConflictField", "Opened"),
    "closed": QT_TRANSLATE_NOOP("ConflictField", "Closed"),
    "tags": QT_TRANSLATE_NOOP("ConflictField", "Tags"),
    "role": QT_TRANSLATE_NOOP("ConflictField", "Role"),
    "pseudonym": QT_TRANSLATE_NOOP("ConflictField", "Pseudonym"),
    "full_name": QT_TRANSLATE_NOOP("ConflictField", "Full name"),
    "contact": QT_TRANSLATE_NOOP("ConflictField", "Contact"),
    "birth_date": QT_TRANSLATE_NOOP("ConflictField", "Date of birth"),
    "notes": QT_TRANSLATE_NOOP("ConflictField", "Notes"),
    "date_start": QT_TRANSLATE_NOOP("ConflictField", "From"),
    "date_end": QT_TRANSLATE_NOOP("ConflictField", "Until"),
    "date_precision": QT_TRANSLATE_NOOP("ConflictField", "Date precision"),
    "state": QT_TRANSLATE_NOOP("ConflictField", "State"),
    "municipality": QT_TRANSLATE_NOOP("ConflictField", "Municipality"),
    "place": QT_TRANSLATE_NOOP("ConflictField", "Place"),
    "violations": QT_TRANSLATE_NOOP("ConflictField", "Violations"),
    "perpetrators": QT_TRANSLATE_NOOP("ConflictField", "Perpetrators"),
    "narrative": QT_TRANSLATE_NOOP("ConflictField", "Narrative"),
    "people": QT_TRANSLATE_NOOP("ConflictField", "People"),
    "date": QT_TRANSLATE_NOOP("ConflictField", "Date"),
    "authority": QT_TRANSLATE_NOOP("ConflictField", "Authority"),
    "action_kind": QT_TRANSLATE_NOOP("ConflictField", "Kind of action"),
    "reference": QT_TRANSLATE_NOOP("ConflictField", "Reference"),
    "outcome": QT_TRANSLATE_NOOP("ConflictField", "Outcome"),
    "follow_up": QT_TRANSLATE_NOOP("ConflictField", "Follow-up"),
    "text": QT_TRANSLATE_NOOP("ConflictField", "Text"),
}


def field_label(name: str) -> str:
    """A record field's name in the person's language (the name itself if unknown)."""
    known = FIELDS.get(name)
    return QCoreApplication.translate("ConflictField", str(known)) if known else name


KINDS: dict[str, type[Record]] = {
    cls.kind.value: cls for cls in (Case, Person, Incident, Action, Note)
}


def entry_text(conflict: exchange.Conflict) -> str:
    if conflict.label.startswith(conflict.case_code):
        return conflict.label
    return f"{conflict.case_code} — {conflict.label}"


class ConflictsDialog(QDialog):
    resolved = Signal()  # one conflict was settled (the case list may need a refresh)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._conflicts: list[exchange.Conflict] = []
        self.setWindowTitle(self.tr("Conflicts"))
        self.resize(980, 560)
        intro = plain_label(
            self.tr(
                "These records were changed both in this vault and in a file you imported. "
                "For each one, keep this vault's version or the imported one. Fields that "
                "differ are highlighted."
            ),
            self,
        )
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Conflicts"))
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table = QTableWidget(0, 3, self)
        self.table.setAccessibleName(self.tr("The two versions, field by field"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.sectionResized.connect(lambda *_: self.table.resizeRowsToContents())
        self.keep_ours = QPushButton(self.tr("Keep &this vault's version"), self)
        self.keep_theirs = QPushButton(self.tr("Keep the &imported version"), self)
        self.empty = plain_label(self.tr("No conflicts left."), self, style=HINT_STYLE)
        self.error = plain_label("", self, style=ERROR_STYLE)
        self.error.hide()
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.table, 1)
        choice = QHBoxLayout()
        choice.addStretch(1)
        choice.addWidget(self.keep_ours)
        choice.addWidget(self.keep_theirs)
        right_layout.addLayout(choice)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.list)
        splitter.addWidget(right)
        splitter.setSizes([300, 680])
        close = QPushButton(self.tr("Close"), self)
        bottom = QHBoxLayout()
        bottom.addWidget(self.error, 1)
        bottom.addStretch(0)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.empty)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)

        self.list.currentRowChanged.connect(self._show_conflict)
        self.keep_ours.clicked.connect(lambda: self.resolve("ours"))
        self.keep_theirs.clicked.connect(lambda: self.resolve("theirs"))
        close.clicked.connect(self.accept)
        self.refresh()

    def refresh(self) -> None:
        self._conflicts = self._session.exchange.list_conflicts()
        self.list.blockSignals(True)
        self.list.clear()
        for conflict in self._conflicts:
            item = QListWidgetItem(entry_text(conflict), self.list)
            item.setToolTip(entry_text(conflict))
        self.list.blockSignals(False)
        self.empty.setVisible(not self._conflicts)
        if self._conflicts:
            self.list.setCurrentRow(0)
        self._show_conflict(self.list.currentRow())

    @property
    def conflicts(self) -> list[exchange.Conflict]:
        return list(self._conflicts)

    @Slot(int)
    def _show_conflict(self, row: int) -> None:
        chosen = 0 <= row < len(self._conflicts)
        self.keep_ours.setEnabled(chosen)
        self.keep_theirs.setEnabled(chosen)
        self.table.setRowCount(0)
        if not chosen:
            self.table.setHorizontalHeaderLabels(["", "", ""])
            return
        conflict = self._conflicts[row]
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Field"),
                fill(self.tr("This vault (version %1)"), str(conflict.ours_version)),
                fill(self.tr("Imported (version %1)"), str(conflict.theirs_version)),
            ]
        )
        fields = list(dict.fromkeys([*conflict.ours, *conflict.theirs]))
        record = KINDS.get(conflict.record_kind)
        vocabs = record.vocab_fields if record is not None else {}
        self.table.setRowCount(len(fields))
        for index, name in enumerate(fields):
            ours, theirs = conflict.ours.get(name, ""), conflict.theirs.get(name, "")
            shown = [self._words(vocabs.get(name), text) for text in (ours, theirs)]
            for column, text in enumerate((field_label(name), *shown)):
                item = QTableWidgetItem(text)
                if ours != theirs:
                    item.setBackground(QBrush(DIFFERENT))
                self.table.setItem(index, column, item)
        self.table.resizeRowsToContents()

    def _words(self, vocabulary: str | None, text: str) -> str:
        """Vocabulary codes ("arbitrary_detention") as the words the person reads."""
        if vocabulary is None or not text:
            return text
        terms = self._session.vocabs[vocabulary]
        return ", ".join(terms.label(code, translations.current()) for code in text.split(", "))

    def resolve(self, keep: str) -> None:
        row = self.list.currentRow()
        if not 0 <= row < len(self._conflicts):
            return
        try:
            self._session.exchange.resolve_conflict(self._conflicts[row].id, keep)
        except Exception as error:  # shown as a sentence; the conflict stays
            self.error.setText(describe(error))
            self.error.show()
            return
        self.error.hide()
        self.refresh()
        self.resolved.emit()
