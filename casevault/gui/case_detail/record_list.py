"""A tab of one kind of record under a case: a list, Add and Delete, and an editor."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from casevault.core.records.model import Record
from casevault.core.records.validation import ValidationError
from casevault.core.session import CaseStore
from casevault.gui.case_detail.autosave import Autosave
from casevault.gui.widgets.fields import chain_focus, confirm_delete
from casevault.gui.widgets.labels import plain_label

UUID = Qt.ItemDataRole.UserRole


class RecordListTab(QWidget):
    """Subclasses set `cls`, build the form in `build_form` and name records in `item_text`."""

    saved = Signal(object)  # a record was stored (added or edited)
    deleted = Signal(object)  # a record was removed for good
    failed = Signal()
    cls: type[Record]

    def __init__(self, store: Callable[[], CaseStore], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self.case_uuid: str | None = None
        self.records: dict[str, Any] = {}
        self.autosave = Autosave(store, self.cls, self)
        self.autosave.saved.connect(self._saved)
        self.autosave.failed.connect(self.failed)

        self.heading = plain_label("", self)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.list_name())
        self.add_button = QPushButton(self.add_text(), self)
        self.delete_button = QPushButton(self.tr("De&lete…"), self)
        self.delete_button.setAccessibleName(self.tr("Delete the selected record"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.delete_button)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.heading)
        left_layout.addWidget(self.list, 1)
        left_layout.addLayout(buttons)

        self.editor = QWidget(self)
        self.form = QFormLayout(self.editor)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.build_form()
        controls = [b.box.control for b in self.autosave.bindings.values()]
        chain_focus([self.list, self.add_button, self.delete_button, *controls])
        self.empty_hint = plain_label(self.empty_text(), self)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.editor)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.empty_hint)
        right_layout.addWidget(scroll, 1)
        self.scroll_area = scroll

        # The list above the editor: the detail pane is narrow beside the case list, and
        # side by side the editor's fields were cut off.
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.list.currentItemChanged.connect(self._current_changed)
        self.add_button.clicked.connect(self.add_record)
        self.delete_button.clicked.connect(self.delete_record)
        self._show_editor(None)

    # -- defined by each kind of record (abstract: QWidget's metaclass rules out abc.ABC) --
    def build_form(self) -> None:
        raise _abstract(self, "build_form")

    def item_text(self, record: Any) -> str:
        raise _abstract(self, "item_text")

    def sort_key(self, record: Any) -> Any:
        return record.created

    def new_record(self, case_uuid: str) -> Record:
        return self.cls(case_uuid=case_uuid)  # type: ignore[call-arg]

    def add_text(self) -> str:
        raise _abstract(self, "add_text")

    def list_name(self) -> str:
        raise _abstract(self, "list_name")

    def empty_text(self) -> str:
        raise _abstract(self, "empty_text")

    def kind_name(self) -> str:
        raise _abstract(self, "kind_name")

    def first_field(self) -> QWidget:
        """Where the cursor goes after Add."""
        return next(iter(self.autosave.bindings.values())).box.control

    def after_load(self, record: Any) -> None:
        """Hook for editors whose form depends on the record (e.g. date precision)."""

    def decorate(self, item: QListWidgetItem, record: Any) -> None:
        """Hook to highlight an item."""

    # -- showing ---------------------------------------------------------------------
    def set_records(self, case_uuid: str | None, records: list[Any]) -> None:
        self.autosave.flush()
        self.case_uuid = case_uuid
        self.records = {r.uuid: r for r in records}
        current = self.autosave.uuid if self.autosave.uuid in self.records else None
        first = next(iter(self._sorted()), None)
        self.refresh_list(current or (first.uuid if first else None))

    def _sorted(self) -> list[Any]:
        return sorted(self.records.values(), key=self.sort_key)

    def refresh_list(self, select: str | None) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        chosen = None
        for record in self._sorted():
            item = QListWidgetItem(self.item_text(record), self.list)
            item.setData(UUID, record.uuid)
            self.decorate(item, record)
            if record.uuid == select:
                chosen = item
        if chosen is not None:
            self.list.setCurrentItem(chosen)
        self.list.blockSignals(False)
        self.heading.setText(self.heading_text(len(self.records)))
        record = self.records.get(select) if select else None
        if record is None or record.uuid != self.autosave.uuid:
            self._show_editor(record)
        self.delete_button.setEnabled(record is not None)
        self.add_button.setEnabled(self.case_uuid is not None)

    def heading_text(self, count: int) -> str:
        return ""

    def _show_editor(self, record: Any) -> None:
        self.autosave.load(record)
        self.after_load(record)
        self.scroll_area.setVisible(record is not None)
        self.empty_hint.setVisible(record is None)

    @Slot(QListWidgetItem, QListWidgetItem)
    def _current_changed(self, current: QListWidgetItem | None, _previous: object) -> None:
        self.autosave.flush()
        uuid = current.data(UUID) if current is not None else None
        self._show_editor(self.records.get(uuid) if uuid else None)
        self.delete_button.setEnabled(uuid is not None)

    @Slot(object)
    def _saved(self, record: Any) -> None:
        self.records[record.uuid] = record
        self.refresh_list(record.uuid)
        self.saved.emit(record)

    def current_record(self) -> Any:
        return self.records.get(self.autosave.uuid) if self.autosave.uuid else None

    # -- adding and deleting ---------------------------------------------------------
    @Slot()
    def add_record(self) -> None:
        if self.case_uuid is None:
            return
        self.autosave.flush()
        try:
            record = self._store().add(self.new_record(self.case_uuid))
        except ValidationError:  # the defaults are valid; only a vanished case fails
            return
        self.records[record.uuid] = record
        self.refresh_list(record.uuid)
        self.saved.emit(record)
        field = self.first_field()
        field.setFocus(Qt.FocusReason.OtherFocusReason)
        select_all = getattr(field, "selectAll", None)
        if callable(select_all):
            select_all()

    @Slot()
    def delete_record(self) -> None:
        record = self.current_record()
        if record is None:
            return
        self.autosave.flush()
        record = self.records[record.uuid]
        if not confirm_delete(self, self.kind_name(), self.item_text(record)):
            return
        self.autosave.forget()
        self._store().delete(self.cls.kind, record.uuid)
        del self.records[record.uuid]
        remaining = self._sorted()
        self.refresh_list(remaining[0].uuid if remaining else None)
        self.deleted.emit(record)


def _abstract(widget: object, name: str) -> TypeError:
    return TypeError(f"{type(widget).__name__} must define {name}()")
