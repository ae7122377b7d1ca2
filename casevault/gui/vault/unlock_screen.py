"""The unlock screen: one passphrase field with focus; Enter unlocks.

A duress passphrase needs nothing here: `Session.unwrap` (in the worker) wipes
and creates the fresh vault, and `Session.open` opens it like any other. When a
failed-unlock limit is set, the screen warns once three or fewer attempts are
left; at the limit core wipes the vault and the screen emits `wiped` (the
controller then shows the first-run wizard).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casevault.core.errors import ErrorKind, WrongKeyError
from casevault.core.session import Session
from casevault.core.vault.keyslots import Unwrapped
from casevault.core.vault.unlock_guard import WARN_REMAINING
from casevault.gui.jobs import Job, describe
from casevault.gui.widgets.labels import plain_label
from casevault.gui.widgets.passphrase_field import PassphraseField
from casevault.i18n.text import plural


class UnlockScreen(QWidget):
    unlocked = Signal()
    wiped = Signal()  # the failed-unlock limit was reached: the vault is gone

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._task: Job | None = None
        self.setWindowTitle("CaseVault")
        self.setMinimumSize(560, 400)
        self.resize(760, 520)

        title = plain_label(self.tr("Unlock your vault"), self)
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        self.notice = plain_label("", self)
        self.notice.setStyleSheet("color: #1b5e20;")
        self.notice.hide()
        prompt = plain_label(self.tr("&Passphrase:"), self)
        prompt.setTextFormat(Qt.TextFormat.AutoText)  # keeps the & shortcut
        self.field = PassphraseField(self.tr("Passphrase"), self)
        prompt.setBuddy(self.field)
        self.error = plain_label("", self)
        self.error.setStyleSheet("color: #b3261e;")
        self.error.setAccessibleName(self.tr("Unlock error"))
        self.error.hide()
        self.attempts = plain_label("", self)
        self.attempts.setStyleSheet("color: #b3261e; font-weight: bold;")
        self.attempts.setAccessibleName(self.tr("Attempts left"))
        self.attempts.hide()
        self.button = QPushButton(self.tr("&Unlock"), self)
        self.button.setDefault(True)
        self.button.setAccessibleName(self.tr("Unlock"))
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)  # indeterminate
        self.busy.setTextVisible(False)
        self.busy.setFixedHeight(10)
        self.busy.setAccessibleName(self.tr("Unlocking, please wait"))
        self.busy_label = plain_label(self.tr("Checking the passphrase…"), self)
        policy = self.busy_label.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.busy_label.setSizePolicy(policy)
        self.binding = plain_label(self._binding_text(), self)
        self.binding.setStyleSheet("color: #555555;")
        self._set_busy(False)

        card = QFrame(self)
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card.setMinimumWidth(440)
        card.setMaximumWidth(540)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(28, 24, 28, 24)
        inner.setSpacing(10)
        inner.addWidget(title)
        inner.addWidget(self.notice)
        inner.addSpacing(6)
        inner.addWidget(prompt)
        inner.addWidget(self.field)
        inner.addWidget(self.error)
        inner.addWidget(self.attempts)
        row = QHBoxLayout()
        row.addWidget(self.busy_label, 1)
        row.addWidget(self.button)
        inner.addLayout(row)
        inner.addWidget(self.busy)
        inner.addSpacing(6)
        inner.addWidget(self.binding)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        centred = QHBoxLayout()
        centred.addStretch(1)
        centred.addWidget(card, 4)
        centred.addStretch(1)
        outer.addLayout(centred)
        outer.addStretch(1)

        self.field.returnPressed.connect(self.attempt)
        self.button.clicked.connect(self.attempt)
        self.setFocusProxy(self.field)
        self.update_attempts()

    def show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def update_attempts(self) -> None:
        """Warn when WARN_REMAINING or fewer unlock attempts are left before a wipe."""
        try:
            left = self._session.attempts_left()
        except Exception:  # an unreadable vault folder is reported when unlocking
            left = None
        if left is None or left > WARN_REMAINING:
            self.attempts.hide()
            return
        self.attempts.setText(
            plural(self.tr("%n attempt(s) left before this vault is wiped.", "", left), left)
        )
        self.attempts.show()

    def showEvent(self, event: object) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)  # type: ignore[arg-type]
        self.update_attempts()
        self.field.setFocus(Qt.FocusReason.ActiveWindowFocusReason)

    @property
    def is_busy(self) -> bool:
        return self._task is not None

    @Slot()
    def attempt(self) -> None:
        if self.is_busy:
            return
        passphrase = self.field.text()
        if not passphrase:
            self._show_error(self.tr("Type your passphrase, then press Enter."), wrong=False)
            return
        self.error.hide()
        self._set_busy(True)
        session = self._session
        self._task = Job.call(lambda: session.unwrap(passphrase))
        self._task.succeeded.connect(self._on_unwrapped)
        self._task.failed.connect(self._on_failed)
        self._task.start()

    @Slot(object)
    def _on_unwrapped(self, unwrapped: Unwrapped) -> None:
        self._task = None
        try:
            self._session.open(unwrapped)
        except Exception as exc:  # shown as a sentence, the screen stays usable
            self._set_busy(False)
            self._show_error(describe(exc), wrong=False)
            return
        self._set_busy(False)
        self.field.clear()
        self.error.hide()
        self.attempts.hide()
        self.unlocked.emit()

    @Slot(object)
    def _on_failed(self, error: Exception) -> None:
        self._task = None
        self._set_busy(False)
        if isinstance(error, WrongKeyError) and error.kind == ErrorKind.UNLOCK_LIMIT_REACHED:
            self.field.clear()
            self.attempts.hide()
            self._show_error(describe(error), wrong=False)
            self.wiped.emit()
            return
        self.update_attempts()
        self._show_error(describe(error), wrong=isinstance(error, WrongKeyError))

    def _show_error(self, text: str, *, wrong: bool) -> None:
        self.error.setText(text)
        self.error.show()
        if wrong:
            self.field.mark_wrong()
        else:
            self.field.setFocus(Qt.FocusReason.OtherFocusReason)
            self.field.selectAll()

    def _set_busy(self, busy: bool) -> None:
        self.field.setEnabled(not busy)
        self.button.setEnabled(not busy)
        self.busy.setVisible(busy)
        self.busy_label.setVisible(busy)
        if not busy and self.isVisible():
            self.field.setFocus(Qt.FocusReason.OtherFocusReason)

    def _binding_text(self) -> str:
        try:
            info = self._session.info()
        except Exception:  # a damaged header is reported when unlocking
            return ""
        if info is None:
            return ""
        if info.device_bound:
            return self.tr(
                "This vault is tied to this computer: it also needs this computer's keyring."
            )
        return self.tr(
            "This vault is protected by the passphrase only (not tied to this computer)."
        )
