"""Choosing from controlled vocabularies: a combo box and a searchable checklist."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QComboBox, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from casevault.core.records.vocab import Vocabulary, fold
from casevault.gui.widgets.fields import line_edit
from casevault.i18n.translations import pick_language

CODE = Qt.ItemDataRole.UserRole


def vocab_items(vocab: Vocabulary) -> list[tuple[str, str]]:
    """(code, label in the UI language) for every term, in file order."""
    language = pick_language()
    return [(term.code, term.label(language)) for term in vocab]


class VocabCombo(QComboBox):
    """One term of a vocabulary (or none, if `empty` names the empty choice)."""

    edited = Signal()

    def __init__(
        self, items: Iterable[tuple[str, str]], empty: str | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        if empty is not None:
            self.addItem(empty, "")
        for code, label in items:
            self.addItem(label, code)
        self.activated.connect(self.edited)

    def code(self) -> str:
        return str(self.currentData(CODE) or "")

    def set_code(self, code: str) -> None:
        index = self.findData(code, CODE)
        if index < 0:  # a term no longer listed stays as it was stored
            self.addItem(code, code)
            index = self.count() - 1
        self.setCurrentIndex(index)


class CheckList(QWidget):
    """Several terms at once: a filter line over a list of check boxes."""

    edited = Signal()

    def __init__(self, filter_hint: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.filter = line_edit(self, filter_hint)
        self.filter.setClearButtonEnabled(True)
        self.filter.setAccessibleName(filter_hint)
        self.list = QListWidget(self)
        self.list.setMinimumHeight(110)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.filter)
        layout.addWidget(self.list)
        self.filter.textChanged.connect(self._apply_filter)
        self.list.itemChanged.connect(self._item_changed)
        self._loading = False

    def setAccessibleName(self, name: str) -> None:  # noqa: N802 - Qt's name
        super().setAccessibleName(name)
        self.list.setAccessibleName(name)

    def focus_chain(self) -> list[QWidget]:
        return [self.filter, self.list]

    def set_items(self, items: Iterable[tuple[str, str]]) -> None:
        checked = self.codes()
        self._loading = True
        self.list.clear()
        for code, label in items:
            self._add(code, label)
        self._loading = False
        self.set_codes(checked)

    def _add(self, code: str, label: str) -> QListWidgetItem:
        item = QListWidgetItem(label, self.list)
        item.setData(CODE, code)
        item.setFlags(
            Qt.ItemFlag.ItemIsUserCheckable
            | Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
        )
        item.setCheckState(Qt.CheckState.Unchecked)
        return item

    def _items(self) -> list[QListWidgetItem]:
        return [self.list.item(row) for row in range(self.list.count())]

    def codes(self) -> list[str]:
        return [
            str(item.data(CODE))
            for item in self._items()
            if item.checkState() == Qt.CheckState.Checked
        ]

    def set_codes(self, codes: Iterable[str]) -> None:
        wanted = list(codes)
        self._loading = True
        known = {str(item.data(CODE)): item for item in self._items()}
        for code in wanted:
            if code not in known:  # a term no longer listed stays as it was stored
                known[code] = self._add(code, code)
        for code, item in known.items():
            state = Qt.CheckState.Checked if code in wanted else Qt.CheckState.Unchecked
            item.setCheckState(state)
        self._loading = False

    def check(self, code: str, checked: bool = True) -> None:
        """Tick or untick one term as a person would (reports the edit)."""
        for item in self._items():
            if item.data(CODE) == code:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    @Slot(str)
    def _apply_filter(self, text: str) -> None:
        wanted = fold(text)
        for item in self._items():
            item.setHidden(bool(wanted) and wanted not in fold(item.text()))

    @Slot(QListWidgetItem)
    def _item_changed(self, item: QListWidgetItem) -> None:
        if not self._loading:
            self.edited.emit()
