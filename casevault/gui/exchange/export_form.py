"""The export dialog's first page: what to export, how, to whom, and where."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Signal, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from casevault.core.records.model import Case
from casevault.core.session import Session
from casevault.gui.exchange.case_checklist import CaseChecklist
from casevault.gui.exchange.encryption_choice import EncryptionChoice
from casevault.gui.exchange.naming import default_export_path, with_suffix
from casevault.gui.widgets.fields import HINT_STYLE
from casevault.gui.widgets.labels import plain_label
from casevault.i18n.text import fill


def documents_folder() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(found) if found else Path.home()
    return folder if folder.is_dir() else Path.home()


class ExportForm(QWidget):
    changed = Signal()

    def __init__(
        self, session: Session, selected_case: str | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._selected = selected_case
        self.overwrite_ok: Path | None = None  # a file the person agreed to replace
        scope = QGroupBox(self.tr("What to export"), self)
        self.whole = QRadioButton(self.tr("The &whole vault (a full backup)"), scope)
        self.selected = QRadioButton(self._selected_text(), scope)
        self.chosen = QRadioButton(self.tr("C&hosen cases:"), scope)
        group = QButtonGroup(self)
        for button in (self.whole, self.selected, self.chosen):
            group.addButton(button)
        self.checklist = CaseChecklist(session, scope)
        scope_layout = QVBoxLayout(scope)
        scope_layout.addWidget(self.whole)
        scope_layout.addWidget(self.selected)
        scope_layout.addWidget(self.chosen)
        scope_layout.addWidget(self.checklist, 1)
        self.selected.setEnabled(selected_case is not None)

        options = QGroupBox(self.tr("Options"), self)
        self.no_attachments = QCheckBox(self.tr("Without &attachments"), options)
        self.strip = QCheckBox(self.tr("&Strip hidden metadata from images and PDFs"), options)
        self.redact = QCheckBox(self.tr("&Redact protected identity fields"), options)
        options_layout = QVBoxLayout(options)
        options_layout.addWidget(self.no_attachments)
        options_layout.addWidget(self.strip)
        options_layout.addWidget(self.redact)
        options_layout.addWidget(
            plain_label(
                self.tr(
                    "Metadata (camera, place, author) is removed from the copies in the "
                    "export only; the originals in the vault stay as they are. Redacting "
                    "keeps pseudonyms and leaves out full names and contacts."
                ),
                options,
                style=HINT_STYLE,
            )
        )

        encryption = QGroupBox(self.tr("Who can open it"), self)
        self.encryption = EncryptionChoice(encryption)
        QVBoxLayout(encryption).addWidget(self.encryption)

        target = QGroupBox(self.tr("Save as"), self)
        self.target = QLineEdit(str(default_export_path(documents_folder())), target)
        self.target.setAccessibleName(self.tr("Export file"))
        self.browse = QPushButton(self.tr("Choose &file…"), target)
        self.browse.setAccessibleName(self.tr("Choose where to save the export"))
        row = QHBoxLayout(target)
        row.addWidget(self.target, 1)
        row.addWidget(self.browse)

        right = QVBoxLayout()
        right.addWidget(options)
        right.addWidget(encryption)
        right.addWidget(target)
        right.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scope, 5)
        layout.addLayout(right, 6)

        (self.selected if selected_case else self.whole).setChecked(True)
        if selected_case:
            self.checklist.choose([selected_case])
        self.checklist.setEnabled(self.chosen.isChecked())
        self.chosen.toggled.connect(self.checklist.setEnabled)
        self.chosen.toggled.connect(self._focus_search)
        for button in (self.whole, self.selected, self.chosen):
            button.toggled.connect(self.changed)
        self.checklist.changed.connect(self.changed)
        self.encryption.changed.connect(self.changed)
        self.target.textChanged.connect(self.changed)
        self.browse.clicked.connect(self.choose_target)

    def _selected_text(self) -> str:
        if self._selected is None:
            return self.tr("The &selected case (none is selected)")
        code = self._session.cases.get(Case, self._selected).code
        return fill(self.tr("The &selected case: %1"), code)

    @Slot(bool)
    def _focus_search(self, on: bool) -> None:
        if on:
            self.checklist.search.setFocus()

    @Slot()
    def choose_target(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the export as"),
            self.target.text(),
            self.tr("Encrypted exports (*.age)"),
        )
        if name:
            chosen = with_suffix(Path(name))
            # The file dialog has asked about replacing `name`; not about a name we changed.
            self.overwrite_ok = chosen if chosen == Path(name) else None
            self.target.setText(str(chosen))

    def case_uuids(self) -> tuple[str, ...] | None:
        """None for the whole vault."""
        if self.whole.isChecked():
            return None
        if self.selected.isChecked() and self._selected:
            return (self._selected,)
        return self.checklist.chosen

    def target_path(self) -> Path | None:
        text = self.target.text().strip()
        return with_suffix(Path(text).expanduser()) if text else None

    def problem(self) -> str:
        """Why Export cannot start yet ("" when it can)."""
        uuids = self.case_uuids()
        if uuids is not None and not uuids:
            return self.tr("Tick at least one case to export.")
        encryption = self.encryption.problem()
        if encryption:
            return encryption
        path = self.target_path()
        if path is None:
            return self.tr("Choose where to save the export.")
        if not path.parent.is_dir():
            return fill(self.tr("The folder %1 does not exist."), str(path.parent))
        if path.exists() and path != self.overwrite_ok:
            return self.tr("A file with this name exists already: choose another name.")
        return ""
