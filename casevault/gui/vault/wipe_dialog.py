"""Emergency wipe: say what will happen, count down, and let one click or Esc cancel.

When the countdown ends the dialog is accepted; the controller does the wipe.
The limits paragraph repeats docs/security.md ("Emergency wipe") in short.
"""

from __future__ import annotations

import math
import time

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QDialog, QPushButton, QVBoxLayout, QWidget

from casevault.gui.widgets.labels import plain_label
from casevault.i18n.text import fill

COUNTDOWN_SECONDS = 5.0


class WipeDialog(QDialog):
    def __init__(self, seconds: float = COUNTDOWN_SECONDS, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("CaseVault")
        self.setModal(True)
        self.seconds = seconds
        self._deadline = 0.0
        heading = plain_label(self.tr("Emergency wipe"), self)
        heading.setStyleSheet("font-size: 15pt; font-weight: bold;")
        what = plain_label(
            self.tr(
                "Everything in this vault will be destroyed for good: every case, person, "
                "incident, action and note on this computer. Nobody can bring it back, "
                "not with the passphrase, not with the recovery key, not the head office. "
                "Make sure the head office has a recent export of your cases."
            ),
            self,
        )
        limits = plain_label(
            self.tr(
                "What a wipe cannot do: a copy of the disk made before the wipe keeps the "
                "vault as it was (still protected by its passphrase). SSDs, USB sticks and "
                "memory cards can keep old pieces of the key file where no program reaches; "
                "full-disk encryption makes those remnants worthless. Exports and backups "
                "elsewhere are not touched. Destroying information during a search or "
                "investigation, or after being ordered to hand it over, can be treated as "
                "destroying evidence: decide with your organisation's lawyers in advance "
                "when a wipe is right. Regular encrypted exports to the head office are "
                "what make a wipe survivable: the cases are restored from the last one."
            ),
            self,
        )
        limits.setStyleSheet("color: #555555;")
        self.countdown = plain_label("", self)
        self.countdown.setStyleSheet("font-size: 13pt; font-weight: bold; color: #a40000;")
        self.countdown.setAccessibleName(self.tr("Time left before the wipe"))
        self.cancel_button = QPushButton(self.tr("&Cancel: keep the vault"), self)
        self.cancel_button.setAccessibleName(self.tr("Cancel the wipe"))
        self.cancel_button.setDefault(True)
        self.cancel_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (heading, what, self.countdown, self.cancel_button, limits):
            layout.addWidget(widget)
        self.setMinimumWidth(520)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._tick)
        self.finished.connect(self._timer.stop)
        self.cancel_button.setFocus()

    def start(self) -> None:
        """Show the dialog and start counting down."""
        self._deadline = time.monotonic() + self.seconds
        self._tick()
        self.open()
        self.cancel_button.setFocus()

    @Slot()
    def _tick(self) -> None:
        left = self._deadline - time.monotonic()
        if left <= 0:
            self.countdown.setText(self.tr("Wiping…"))
            self.accept()
            return
        whole = math.ceil(left)
        text = self.tr("Wiping in %1 s. Click anywhere or press Esc to cancel.")
        self.countdown.setText(fill(text, str(whole)))
        self._timer.start(max(1, math.ceil((left - (whole - 1)) * 1000)))

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        self.reject()  # one click anywhere in the dialog is enough to stop it
        event.accept()
