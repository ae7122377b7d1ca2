"""Recipients: the organisation's public keys that exports are encrypted to.

Add a key (`age1…`, from `casevault keygen` or `age-keygen`) with a label, see
each key's fingerprint, remove one. The vault's own signing key is shown too, so
head office can compare its fingerprint with the one they see on an export.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casevault.core.session import Session
from casevault.gui.jobs import describe
from casevault.gui.widgets.fields import ERROR_STYLE, HINT_STYLE
from casevault.gui.widgets.labels import plain_label


class RecipientsDialog(QDialog):
    changed = Signal()  # a recipient was added or removed

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.setWindowTitle(self.tr("Recipients"))
        self.resize(760, 500)
        fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)

        own = QGroupBox(self.tr("This vault's signing key"), self)
        self.signing = plain_label(session.exchange.signing_fingerprint(), own)
        self.signing.setFont(fixed)
        self.signing.setAccessibleName(self.tr("Fingerprint of this vault's signing key"))
        self.signing.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        own_layout = QVBoxLayout(own)
        own_layout.addWidget(self.signing)
        own_layout.addWidget(
            plain_label(
                self.tr(
                    "Every export from this vault is signed with this key. Read the "
                    "fingerprint to head office so they can check that an export came from you."
                ),
                own,
                style=HINT_STYLE,
            )
        )

        listed = QGroupBox(self.tr("Exports are encrypted to these keys"), self)
        self.table = QTableWidget(0, 3, listed)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Label"), self.tr("Fingerprint"), self.tr("Public key")]
        )
        self.table.setAccessibleName(self.tr("Saved recipients"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.remove_button = QPushButton(self.tr("&Remove"), listed)
        self.remove_button.setEnabled(False)
        remove_row = QHBoxLayout()
        remove_row.addStretch(1)
        remove_row.addWidget(self.remove_button)
        listed_layout = QVBoxLayout(listed)
        listed_layout.addWidget(self.table, 1)
        listed_layout.addLayout(remove_row)

        adding = QGroupBox(self.tr("Add a recipient"), self)
        self.key = QLineEdit(adding)
        self.key.setPlaceholderText("age1…")
        self.key.setFont(fixed)
        self.key.setAccessibleName(self.tr("Public key"))
        self.label = QLineEdit(adding)
        self.label.setPlaceholderText(self.tr("e.g. Head office Oaxaca"))
        self.label.setAccessibleName(self.tr("Label"))
        self.label.setMaxLength(80)
        self.add_button = QPushButton(self.tr("&Add"), adding)
        self.error = plain_label("", adding, style=ERROR_STYLE)
        self.error.setAccessibleName(self.tr("Why the key was not added"))
        self.error.hide()
        form = QFormLayout(adding)
        form.addRow(self.tr("&Public key:"), self.key)
        form.addRow(self.tr("&Label:"), self.label)
        add_row = QHBoxLayout()
        add_row.addWidget(self.error, 1)
        add_row.addStretch(0)
        add_row.addWidget(self.add_button)
        form.addRow(add_row)
        form.addRow(
            plain_label(
                self.tr(
                    "Ask head office for their public key: one line starting with age1. "
                    "Never paste a private key (AGE-SECRET-KEY-…) here."
                ),
                adding,
                style=HINT_STYLE,
            )
        )

        close = QPushButton(self.tr("Close"), self)
        close_row = QHBoxLayout()
        close_row.addStretch(1)
        close_row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(own)
        layout.addWidget(listed, 1)
        layout.addWidget(adding)
        layout.addLayout(close_row)

        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.remove_button.clicked.connect(self.remove_selected)
        self.add_button.clicked.connect(self.add)
        self.key.returnPressed.connect(self.label.setFocus)
        self.label.returnPressed.connect(self.add)
        self.key.textEdited.connect(self.error.hide)
        close.clicked.connect(self.accept)
        self.refresh()

    def refresh(self) -> None:
        recipients = self._session.exchange.list_recipients()
        self.table.setRowCount(len(recipients))
        for row, recipient in enumerate(recipients):
            for column, text in enumerate(
                (recipient.label, recipient.fingerprint, recipient.public_key)
            ):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, recipient.public_key)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self._selection_changed()

    def recipient_keys(self) -> list[str]:
        items = [self.table.item(row, 0) for row in range(self.table.rowCount())]
        return [str(item.data(Qt.ItemDataRole.UserRole)) for item in items if item is not None]

    @Slot()
    def add(self) -> None:
        key, label = self.key.text().strip(), self.label.text().strip()
        if key.upper().startswith("AGE-SECRET-KEY-"):
            self.key.clear()  # a private key must not linger on screen
            self._refuse(
                self.tr(
                    "This is a private key. Keep it secret and paste the public key "
                    "(starting with age1) instead."
                )
            )
            return
        if not key:
            self._refuse(self.tr("Paste the public key first."))
            return
        if not label:
            self._refuse(self.tr("Give the key a label, such as the office it belongs to."))
            self.label.setFocus()
            return
        try:
            self._session.exchange.add_recipient(key, label)
        except Exception as error:  # shown as a sentence; nothing was added
            self._refuse(describe(error))
            return
        self.key.clear()
        self.label.clear()
        self.error.hide()
        self.refresh()
        self.changed.emit()

    def _refuse(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        self.key.setFocus()

    @Slot()
    def _selection_changed(self) -> None:
        self.remove_button.setEnabled(bool(self.table.selectedItems()))

    @Slot()
    def remove_selected(self) -> None:
        items = self.table.selectedItems()
        if not items:
            return
        key = str(items[0].data(Qt.ItemDataRole.UserRole))
        try:
            self._session.exchange.remove_recipient(key)
        except Exception as error:  # shown as a sentence
            self._refuse(describe(error))
            return
        self.refresh()
        self.changed.emit()
