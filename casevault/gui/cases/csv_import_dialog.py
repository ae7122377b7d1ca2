"""Importing case records from a CSV file: choose kind and file, preview, import.

The preview is a dry run: every row is checked and nothing is written. Import
is offered only when no row has a problem, and then stores all rows in one
transaction (all or nothing). Both run on the GUI thread, because the vault's
SQLCipher connection belongs to it; the progress bar is repainted directly
rather than by processing events, so no other edit or Lock can run in the
middle of the import's transaction.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casevault.core.records.csv_import import ImportReport, import_csv
from casevault.core.session import Session
from casevault.gui.case_detail.vocab_widgets import VocabCombo
from casevault.gui.jobs import describe
from casevault.gui.widgets.fields import ERROR_STYLE
from casevault.gui.widgets.labels import plain_label
from casevault.i18n.problem_text import describe_row_problem, shown
from casevault.i18n.text import fill


class ImportDialog(QDialog):
    imported = Signal(int)  # how many records were imported

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._path: Path | None = None
        self._report: ImportReport | None = None
        self._busy = False
        self.setWindowTitle(self.tr("Import from a CSV file"))
        self.resize(720, 480)

        intro = plain_label(
            self.tr(
                "The first row of the file names the columns, in English or Spanish. "
                "Nothing is stored until every row is right."
            ),
            self,
        )
        kinds = [
            ("cases", self.tr("Cases")),
            ("people", self.tr("People")),
            ("incidents", self.tr("Incidents")),
            ("actions", self.tr("Actions")),
            ("notes", self.tr("Notes")),
        ]
        self.kind = VocabCombo(kinds, None, self)
        self.kind.setAccessibleName(self.tr("What the file holds"))
        self.file = QLineEdit(self)
        self.file.setReadOnly(True)
        self.file.setPlaceholderText(self.tr("No file chosen"))
        self.file.setAccessibleName(self.tr("Chosen file"))
        self.choose_button = QPushButton(self.tr("C&hoose file…"), self)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file, 1)
        file_row.addWidget(self.choose_button)
        form = QFormLayout()
        kind_label = QLabel(self.tr("&What the file holds:"), self)
        kind_label.setBuddy(self.kind)
        file_label = QLabel(self.tr("&File:"), self)
        file_label.setBuddy(self.choose_button)
        form.addRow(kind_label, self.kind)
        form.addRow(file_label, file_row)

        self.summary = plain_label("", self)
        self.summary.setAccessibleName(self.tr("Check result"))
        self.problems = QTableWidget(0, 3, self)
        self.problems.setHorizontalHeaderLabels(
            [self.tr("Row"), self.tr("Column"), self.tr("What is wrong")]
        )
        self.problems.setAccessibleName(self.tr("Problems found in the file"))
        self.problems.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.problems.setWordWrap(True)
        self.problems.verticalHeader().hide()
        header = self.problems.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.problems.hide()
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Import progress"))
        self.progress.hide()

        self.import_button = QPushButton(self.tr("&Import"), self)
        self.import_button.setEnabled(False)
        self.close_button = QPushButton(self.tr("Close"), self)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems, 1)
        layout.addWidget(self.progress)
        layout.addStretch(0)
        layout.addLayout(buttons)

        self.choose_button.clicked.connect(self.choose_file)
        self.kind.edited.connect(self.check)
        self.import_button.clicked.connect(self.run_import)
        self.close_button.clicked.connect(self.reject)

    @Slot()
    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a CSV file"),
            "",
            self.tr("CSV files (*.csv *.txt);;All files (*)"),
        )
        if name:
            self.set_file(Path(name))

    def set_file(self, path: Path) -> None:
        """Use this file and check it at once (a dry run: nothing is stored)."""
        self._path = path
        self.file.setText(str(path))
        self.check()

    @Slot()
    def check(self) -> None:
        self._report = None
        self.import_button.setEnabled(False)
        self.problems.hide()
        self.progress.hide()
        if self._path is None:
            return
        report = self._run(dry_run=True)
        if report is None:
            return
        self._report = report
        if report.problems:
            self._show_problems(report)
        elif report.rows == 0:
            self._say(self.tr("The file has column names but no rows to import."))
        else:
            self._say(fill(self.tr("%1 rows checked: ready to import %1 rows."), str(report.rows)))
            self.import_button.setEnabled(True)
            self.import_button.setDefault(True)

    def _show_problems(self, report: ImportReport) -> None:
        self._say(
            fill(
                self.tr("%1 rows checked, %2 problems. Correct the file and choose it again."),
                str(report.rows),
                str(len(report.problems)),
            ),
            error=True,
        )
        self.problems.setRowCount(len(report.problems))
        for row, problem in enumerate(report.problems):
            cells = [str(problem.row), shown(problem.header or problem.column)]
            cells.append(describe_row_problem(problem))
            for column, text in enumerate(cells):
                self.problems.setItem(row, column, QTableWidgetItem(text))
        self.problems.resizeColumnsToContents()
        self.problems.resizeRowsToContents()
        self.problems.show()

    @Slot()
    def run_import(self) -> None:
        if self._report is None or not self._report.ok or self._busy:
            return
        self.progress.setRange(0, max(self._report.rows, 1))
        self.progress.setValue(0)
        self.progress.show()
        report = self._run(dry_run=False)
        self.progress.hide()
        if report is None:
            return
        if report.problems:  # the vault changed since the check (e.g. a code now used)
            self._show_problems(report)
            return
        self._say(fill(self.tr("Imported %1 records."), str(report.imported)))
        self._report = None
        self.close_button.setText(self.tr("Close"))
        self.close_button.setFocus()
        self.imported.emit(report.imported)

    def _run(self, *, dry_run: bool) -> ImportReport | None:
        assert self._path is not None
        self._set_busy(True)
        try:
            return import_csv(
                self._session.cases,
                self.kind.code(),
                self._path,
                dry_run=dry_run,
                progress=self._progress,
            )
        except OSError:
            self._say(
                self.tr("The file could not be read. Check that it still exists, then choose it."),
                error=True,
            )
        except ValueError:
            self._say(self.tr("The file is too large to import (over 512 MB)."), error=True)
        except Exception as error:  # shown to the person, never raised into Qt
            self._say(describe(error), error=True)
        finally:
            self._set_busy(False)
        return None

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.progress.repaint()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for widget in (self.kind, self.choose_button, self.close_button):
            widget.setEnabled(not busy)
        if busy:
            self.import_button.setEnabled(False)
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        else:
            QGuiApplication.restoreOverrideCursor()

    def _say(self, text: str, error: bool = False) -> None:
        self.summary.setText(text)
        self.summary.setStyleSheet(ERROR_STYLE if error else "")

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if self._busy:
            event.ignore()
            return
        super().closeEvent(event)
