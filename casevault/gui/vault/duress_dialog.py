"""Duress passphrase and wipe after failed unlocks: the two coercion settings.

`DuressDialog(session, parent)` needs the vault unlocked. Setting a duress
passphrase runs Argon2id once (about a second), in a worker thread; writing the
header and the database happens back on the GUI thread. The failed-unlock limit
is written as soon as it is chosen.
"""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casevault.core.session import Session, State
from casevault.core.vault.header import Header
from casevault.core.vault.unlock_guard import LIMITS
from casevault.gui.jobs import Job, describe
from casevault.gui.widgets.labels import plain_label
from casevault.gui.widgets.passphrase_field import PassphraseField
from casevault.i18n.text import plural


class DuressDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._task: Job | None = None
        self.setWindowTitle(self.tr("Duress passphrase and failed unlocks"))
        self.setModal(True)
        self.setMinimumWidth(540)

        # -- duress passphrase ---------------------------------------------------------
        duress_box = QGroupBox(self.tr("Duress passphrase"), self)
        explain = plain_label(
            self.tr(
                "If someone forces you to unlock CaseVault, type the duress passphrase "
                "instead of your passphrase. CaseVault then destroys this vault without any "
                "sign and opens a new, empty vault, which from then on opens with the duress "
                "passphrase. Nothing on the screen or in the vault's files shows that this "
                "happened or that a duress passphrase exists. Everything in this vault is "
                "lost for good: keep regular encrypted exports at the head office."
            ),
            self,
        )
        self.recovery_note = plain_label(
            self.tr(
                "The new vault's recovery key is never shown, so nobody watching sees one. "
                "Once you are safe again, make one with Vault ▸ New recovery key… and write "
                "it down."
            ),
            self,
        )
        self.duress_status = plain_label("", self)
        self.duress_status.setStyleSheet("font-weight: bold;")
        self.new_field = PassphraseField(self.tr("New duress passphrase"), duress_box)
        self.repeat_field = PassphraseField(self.tr("Repeat the duress passphrase"), duress_box)
        form = QFormLayout()
        new_label = QLabel(self.tr("&New duress passphrase:"), duress_box)
        new_label.setBuddy(self.new_field)
        repeat_label = QLabel(self.tr("&Repeat it:"), duress_box)
        repeat_label.setBuddy(self.repeat_field)
        form.addRow(new_label, self.new_field)
        form.addRow(repeat_label, self.repeat_field)
        self.duress_message = plain_label("", self)
        self.set_button = QPushButton(self.tr("&Set duress passphrase"), duress_box)
        self.remove_button = QPushButton(self.tr("Re&move duress passphrase"), duress_box)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.set_button)
        box_layout = QVBoxLayout(duress_box)
        box_layout.addWidget(explain)
        box_layout.addWidget(self.recovery_note)
        box_layout.addWidget(self.duress_status)
        box_layout.addLayout(form)
        box_layout.addWidget(self.duress_message)
        box_layout.addLayout(buttons)

        # -- failed unlocks ------------------------------------------------------------
        limit_box = QGroupBox(self.tr("Wipe after failed unlocks"), self)
        limit_explain = plain_label(
            self.tr(
                "Destroy this vault after this many wrong passphrases in a row. The count "
                "survives restarts and is kept in the vault's folder, not in the settings. "
                "With three or fewer attempts left, the unlock screen warns. This protects "
                "the unlock screen against someone at the keyboard; someone who copies the "
                "vault's files can still try passphrases on the copy, so a strong "
                "passphrase remains the real protection."
            ),
            self,
        )
        self.limit_choice = QComboBox(limit_box)
        self.limit_choice.setAccessibleName(self.tr("Wipe after failed unlocks"))
        self.limit_choice.addItem(self.tr("Off"), 0)
        for limit in LIMITS:
            self.limit_choice.addItem(
                plural(self.tr("After %n failed unlock(s)", "", limit), limit), limit
            )
        self.limit_message = plain_label("", self)
        limit_form = QFormLayout()
        limit_label = QLabel(self.tr("&Wipe:"), limit_box)
        limit_label.setBuddy(self.limit_choice)
        limit_form.addRow(limit_label, self.limit_choice)
        limit_layout = QVBoxLayout(limit_box)
        limit_layout.addWidget(limit_explain)
        limit_layout.addLayout(limit_form)
        limit_layout.addWidget(self.limit_message)

        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(duress_box)
        layout.addWidget(limit_box)
        layout.addWidget(close)

        self.set_button.clicked.connect(self.set_duress)
        self.remove_button.clicked.connect(self.remove_duress)
        self.repeat_field.returnPressed.connect(self.set_duress)
        self._refresh()
        current = session.keys.unlock_limit or 0
        self.limit_choice.setCurrentIndex(max(self.limit_choice.findData(current), 0))
        self.limit_choice.currentIndexChanged.connect(self._limit_chosen)
        self.new_field.setFocus()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        # Word-wrapped explanations: Qt sizes the dialog before it knows how many lines
        # they take at the final width; grow to what the layout needs, never clip.
        layout = self.layout()
        needed = layout.totalHeightForWidth(self.width()) if layout is not None else -1
        if needed > self.height():
            self.resize(self.width(), needed)

    @property
    def is_busy(self) -> bool:
        return self._task is not None

    def _refresh(self) -> None:
        has = self._session.keys.has_duress
        self.duress_status.setText(
            self.tr("A duress passphrase is set.")
            if has
            else self.tr("No duress passphrase is set.")
        )
        self.remove_button.setEnabled(has and not self.is_busy)
        self.set_button.setEnabled(not self.is_busy)
        self.new_field.setEnabled(not self.is_busy)
        self.repeat_field.setEnabled(not self.is_busy)

    def _say(self, label: QLabel, text: str, *, problem: bool) -> None:
        label.setStyleSheet("color: #b3261e;" if problem else "color: #1b5e20;")
        label.setText(text)

    @Slot()
    def set_duress(self) -> None:
        if self.is_busy:
            return
        new, repeat = self.new_field.text(), self.repeat_field.text()
        if not new:
            self._say(self.duress_message, self.tr("Type the duress passphrase."), problem=True)
            self.new_field.setFocus()
            return
        if new != repeat:
            self._say(
                self.duress_message,
                self.tr("The two duress passphrases are not the same. Type them again."),
                problem=True,
            )
            self.repeat_field.mark_wrong()
            return
        keys = self._session.keys
        self._task = Job.call(lambda: keys.prepare_duress(new))
        self._task.succeeded.connect(self._prepared)
        self._task.failed.connect(self._failed)
        self._say(self.duress_message, self.tr("Setting the duress passphrase…"), problem=False)
        self._refresh()
        self._task.start()

    @Slot(object)
    def _prepared(self, prepared: Header) -> None:
        self._task = None
        if self._session.state is not State.UNLOCKED:  # locked meanwhile: nothing to do
            return
        try:
            self._session.keys.apply_duress(prepared)
        except Exception as exc:
            self._failed(exc)
            return
        self.new_field.clear()
        self.repeat_field.clear()
        self._say(
            self.duress_message,
            self.tr("Duress passphrase set. Remember it; it is never shown anywhere."),
            problem=False,
        )
        self._refresh()

    @Slot(object)
    def _failed(self, error: Exception) -> None:
        self._task = None
        self._say(self.duress_message, describe(error), problem=True)
        self._refresh()

    @Slot()
    def remove_duress(self) -> None:
        if self.is_busy:
            return
        try:
            self._session.keys.remove_duress()
        except Exception as exc:
            self._failed(exc)
            return
        self._say(self.duress_message, self.tr("Duress passphrase removed."), problem=False)
        self._refresh()

    @Slot(int)
    def _limit_chosen(self, index: int) -> None:
        value = int(self.limit_choice.itemData(index) or 0)
        try:
            self._session.keys.set_unlock_limit(value or None)
        except Exception as exc:
            self._say(self.limit_message, describe(exc), problem=True)
            return
        self._say(
            self.limit_message,
            plural(
                self.tr("Saved: the vault is wiped after %n failed unlock(s) in a row.", "", value),
                value,
            )
            if value
            else self.tr("Saved: failed unlocks never wipe the vault."),
            problem=False,
        )

    def reject(self) -> None:
        if self.is_busy:  # the worker holds the data key: let it finish first
            return
        super().reject()
