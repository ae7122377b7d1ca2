"""First-run step 1: choose the passphrase, with live strength advice."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QVBoxLayout, QWizardPage

from casevault.gui.widgets.labels import make_plain
from casevault.gui.widgets.passphrase_field import PassphraseField
from casevault.gui.widgets.strength_meter import StrengthMeter


class PassphrasePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Choose a passphrase"))
        self.setSubTitle(
            self.tr(
                "The passphrase opens your vault. Use a short sentence or several words "
                "that you can remember and others cannot guess. There is no way to look "
                "it up later."
            )
        )
        self.passphrase = PassphraseField(self.tr("New passphrase"), self)
        self.confirmation = PassphraseField(self.tr("Repeat the passphrase"), self)
        self.meter = StrengthMeter(self)
        self.mismatch = QLabel(self.tr("The two passphrases are not the same yet."), self)
        make_plain(self.mismatch)
        self.mismatch.setStyleSheet("color: #b3261e;")
        self.mismatch.hide()
        self.reveal = QCheckBox(self.tr("&Show the passphrase while typing"), self)
        self.reveal.setAccessibleName(self.tr("Show the passphrase while typing"))
        self.accept_weak = QCheckBox(
            self.tr("I understand: use this &weak passphrase anyway"), self
        )
        self.accept_weak.setAccessibleName(self.tr("Use this weak passphrase anyway"))
        self.accept_weak.hide()
        self._complete = False

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        form.addRow("", self.meter)
        form.addRow(self.tr("&Repeat it:"), self.confirmation)
        form.addRow("", self.mismatch)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.reveal)
        layout.addWidget(self.accept_weak)
        layout.addStretch(1)

        self.passphrase.textChanged.connect(self._changed)
        self.confirmation.textChanged.connect(self._changed)
        self.accept_weak.toggled.connect(self._update_complete)
        self.reveal.toggled.connect(self.passphrase.set_revealed)
        self.reveal.toggled.connect(self.confirmation.set_revealed)

    def _changed(self, _text: str) -> None:
        result = self.meter.update_for(self.passphrase.text())
        # Score 0 (e.g. "password", "123456") is never offered; weak ones need a tick.
        self.accept_weak.setVisible(result.weak and result.score > 0)
        if not self.accept_weak.isVisible():
            self.accept_weak.setChecked(False)
        typed = self.confirmation.text()
        self.mismatch.setVisible(bool(typed) and typed != self.passphrase.text()[: len(typed)])
        self._update_complete()

    def _update_complete(self) -> None:
        self._complete = self.acceptable()
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        return self._complete

    def acceptable(self) -> bool:
        chosen = self.passphrase.text()
        if not chosen or chosen != self.confirmation.text():
            return False
        result = self.meter.result
        if result.score == 0:
            return False
        return not result.weak or self.accept_weak.isChecked()
