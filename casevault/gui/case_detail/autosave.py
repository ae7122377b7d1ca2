"""Autosave: an edit is stored about a second after the typing stops.

Each editor binds its widgets to the fields of one record. Any edit restarts a
single-shot timer; when it fires, the changed fields go to `store.update`. A
field that does not validate is marked with a message under it and keeps its
text; the other changed fields are stored anyway, and the next edit retries.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit

from casevault.core.records.model import Record
from casevault.core.records.validation import Problem, ValidationError
from casevault.core.session import CaseStore
from casevault.gui.case_detail.vocab_widgets import CheckList, VocabCombo
from casevault.gui.widgets.fields import FieldBox
from casevault.i18n.problem_text import describe_field_problem

DEBOUNCE_MS = 800


@dataclass
class Binding:
    name: str
    box: FieldBox
    get: Callable[[], Any]
    put: Callable[[Any], None]


def split_tags(text: str) -> list[str]:
    """Tags as typed: separated by commas or "|", blanks dropped, order kept."""
    tags = [part.strip() for part in text.replace("|", ",").split(",")]
    return list(dict.fromkeys(tag for tag in tags if tag))


class Autosave(QObject):
    """Keeps one record's editor and the vault in step."""

    saved = Signal(object)  # the stored record
    failed = Signal()  # some field did not validate; see the marked fields

    def __init__(self, store: Callable[[], CaseStore], cls: type[Record], parent: QObject) -> None:
        super().__init__(parent)
        self._store = store
        self.cls = cls
        self.uuid: str | None = None
        self.bindings: dict[str, Binding] = {}
        self._stored: dict[str, Any] = {}
        self._loading = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.save)

    # -- binding widgets -------------------------------------------------------------
    def bind(self, name: str, box: FieldBox) -> None:
        control = box.control
        if isinstance(control, VocabCombo):
            self._add(name, box, control.code, control.set_code)
            control.edited.connect(self.edited)
        elif isinstance(control, CheckList):
            self._add(name, box, control.codes, control.set_codes)
            control.edited.connect(self.edited)
        elif isinstance(control, QPlainTextEdit):
            self._add(name, box, control.toPlainText, control.setPlainText)
            control.textChanged.connect(self.edited)
        elif isinstance(control, QLineEdit) and name in self.cls.list_fields:
            self._add(
                name,
                box,
                lambda: split_tags(control.text()),
                lambda v: control.setText(", ".join(v)),
            )
            control.textEdited.connect(self.edited)
        elif isinstance(control, QLineEdit):
            self._add(name, box, lambda: control.text().strip(), control.setText)
            control.textEdited.connect(self.edited)
        elif isinstance(control, QComboBox):
            raise TypeError("use VocabCombo for choices")
        else:
            raise TypeError(type(control).__name__)

    def _add(
        self, name: str, box: FieldBox, get: Callable[[], Any], put: Callable[[Any], None]
    ) -> None:
        self.bindings[name] = Binding(name, box, get, put)

    # -- loading and saving ----------------------------------------------------------
    def load(self, record: Record | None) -> None:
        """Show a record (None: nothing to edit). Pending edits must be flushed first."""
        self.timer.stop()
        self.uuid = record.uuid if record else None
        self._loading = True
        try:
            for binding in self.bindings.values():
                binding.box.clear_problem()
                value = (
                    getattr(record, binding.name) if record else getattr(self.cls(), binding.name)
                )
                binding.put(value)
                self._stored[binding.name] = binding.get()
        finally:
            self._loading = False

    def forget(self) -> None:
        """Drop pending edits (the record is about to be deleted)."""
        self.timer.stop()
        self.uuid = None

    @Slot()
    def edited(self) -> None:
        if not self._loading and self.uuid is not None:
            self.timer.start()

    def pending(self) -> dict[str, Any]:
        return {
            name: value
            for name, binding in self.bindings.items()
            if (value := binding.get()) != self._stored.get(name)
        }

    def flush(self) -> None:
        if self.timer.isActive():
            self.timer.stop()
            self.save()

    @Slot()
    def save(self) -> None:
        self.timer.stop()
        if self.uuid is None:
            return
        changes = self.pending()
        if not changes:
            if self.has_problems():  # the field went back to what is stored
                self._show([])
            return
        problems: list[Problem] = []
        record: Record | None = None
        while changes:
            try:
                record = self._store().update(self.cls, self.uuid, changes)
                break
            except ValidationError as error:
                problems += [p for p in error.problems if p not in problems]
                bad = {p.field for p in error.problems}
                kept = {k: v for k, v in changes.items() if k not in bad}
                # Store what is valid now; if nothing could be singled out, stop.
                changes = kept if len(kept) < len(changes) else {}
        if record is not None:
            for name in self.bindings:
                self._stored[name] = getattr(record, name)
        self._show(problems)
        if record is not None:
            self.saved.emit(record)
        if problems:
            self.failed.emit()

    def _show(self, problems: list[Problem]) -> None:
        messages: dict[str, list[str]] = {}
        for problem in problems:
            messages.setdefault(problem.field, []).append(describe_field_problem(problem))
        fallback = next(iter(self.bindings.values()), None)
        for name, binding in self.bindings.items():
            if name in messages:
                binding.box.show_problem("\n".join(messages.pop(name)))
            else:
                binding.box.clear_problem()
        if messages and fallback is not None:  # a problem of a field with no widget here
            text = "\n".join(m for ms in messages.values() for m in ms)
            fallback.box.show_problem(text)

    def has_problems(self) -> bool:
        return any(b.box.problem() for b in self.bindings.values())
