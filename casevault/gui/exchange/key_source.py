"""Which file to open and what opens it: an age identity file or a passphrase.

Used by Import and by Restore. The identity file is read in the worker, only
into memory, and never copied anywhere.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QWidget,
)

from casevault.gui.jobs import describe
from casevault.gui.widgets.passphrase_field import PassphraseField
from casevault.i18n.text import fill

IDENTITY_LIMIT = 64 * 1024  # an age identity file is a few hundred bytes


class KeyFileError(Exception):
    """The chosen key file cannot be read, or is far too large to be an age identity."""


def read_identity(path: Path) -> str:
    """The identity file's text (worker thread); a huge or unreadable file is refused."""
    try:
        with path.open("rb") as handle:
            data = handle.read(IDENTITY_LIMIT + 1)
    except OSError as error:
        raise KeyFileError(path.name) from error
    if len(data) > IDENTITY_LIMIT:
        raise KeyFileError(path.name)
    return data.decode("utf-8", errors="replace")


def failure_text(error: BaseException) -> str:
    """A sentence for a failed import or restore, key-file trouble included."""
    if isinstance(error, KeyFileError):
        return QCoreApplication.translate(
            "KeySource", "The key file could not be read. Choose the age identity file again."
        )
    return describe(error)


class KeySource(QWidget):
    changed = Signal()

    def __init__(self, file_caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._file_caption = file_caption
        self.file = QLineEdit(self)
        self.file.setAccessibleName(self.tr("File to open"))
        self.file.setPlaceholderText(self.tr("No file chosen"))
        self.browse_file = QPushButton(self.tr("Choose &file…"), self)
        self.with_identity = QRadioButton(self.tr("With a &key file (age identity)"), self)
        self.with_passphrase = QRadioButton(self.tr("With a pass&phrase"), self)
        group = QButtonGroup(self)
        group.addButton(self.with_identity)
        group.addButton(self.with_passphrase)
        self.identity = QLineEdit(self)
        self.identity.setAccessibleName(self.tr("Key file"))
        self.identity.setPlaceholderText(self.tr("e.g. a file on the head office's USB stick"))
        self.browse_identity = QPushButton(self.tr("Choose &key file…"), self)
        self.passphrase = PassphraseField(self.tr("Passphrase of the file"), self)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file, 1)
        file_row.addWidget(self.browse_file)
        identity_row = QHBoxLayout()
        identity_row.addWidget(self.identity, 1)
        identity_row.addWidget(self.browse_identity)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("File:"), file_row)
        form.addRow(self.with_identity, identity_row)
        form.addRow(self.with_passphrase, self.passphrase)
        self.with_passphrase.setChecked(True)
        self._mode_changed()
        self.with_identity.toggled.connect(self._mode_changed)
        self.browse_file.clicked.connect(self.choose_file)
        self.browse_identity.clicked.connect(self.choose_identity)
        for field in (self.file, self.identity, self.passphrase):
            field.textChanged.connect(self.changed)

    @Slot()
    def _mode_changed(self) -> None:
        keyed = self.with_identity.isChecked()
        self.identity.setEnabled(keyed)
        self.browse_identity.setEnabled(keyed)
        self.passphrase.setEnabled(not keyed)
        self.changed.emit()

    @Slot()
    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self._file_caption, self.file.text(), self.tr("Encrypted exports (*.age)")
        )
        if name:
            self.file.setText(name)

    @Slot()
    def choose_identity(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the key file"), "")
        if name:
            self.identity.setText(name)
            self.with_identity.setChecked(True)

    def path(self) -> Path | None:
        text = self.file.text().strip()
        return Path(text).expanduser() if text else None

    def identity_path(self) -> Path | None:
        text = self.identity.text().strip()
        if not self.with_identity.isChecked() or not text:
            return None
        return Path(text).expanduser()

    def passphrase_text(self) -> str | None:
        if self.with_identity.isChecked():
            return None
        return self.passphrase.text() or None

    def problem(self) -> str:
        path = self.path()
        if path is None:
            return self.tr("Choose the file to open.")
        if not path.is_file():
            return fill(self.tr("There is no file %1."), str(path))
        if self.with_identity.isChecked():
            identity = self.identity_path()
            if identity is None:
                return self.tr("Choose the key file that opens it.")
            if not identity.is_file():
                return fill(self.tr("There is no key file %1."), str(identity))
        elif not self.passphrase.text():
            return self.tr("Type the passphrase the file was made with.")
        return ""

    def clear_secrets(self) -> None:
        self.passphrase.clear()
