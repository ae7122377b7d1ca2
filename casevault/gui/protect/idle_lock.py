"""Auto-lock after a time without keyboard or mouse activity anywhere in the app.

An application-wide event filter notes the time of the last activity; one
single-shot timer wakes up at the next moment that matters (the start of the
warning, each second of the countdown, the end), so moving the mouse costs a
clock read, not a timer restart.
"""

from __future__ import annotations

import math
import time

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal, Slot

WARNING_SECONDS = 30.0

# Keyboard, mouse, wheel and touch: what counts as someone being at the laptop.
_ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
    }
)


class IdleLock(QObject):
    """Emits `expired` once after `timeout` seconds without activity.

    `countdown(seconds)` is emitted in the last `warning` seconds (whole seconds
    left, counting down) and `countdown(-1)` when activity cancels the warning.
    """

    expired = Signal()
    countdown = Signal(int)

    def __init__(
        self, timeout: float, warning: float = WARNING_SECONDS, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.timeout = timeout
        self.warning = min(warning, timeout)
        self._last_activity = time.monotonic()
        self._warning_shown = False
        self._running = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._check)

    @property
    def running(self) -> bool:
        return self._running

    def start(self) -> None:
        app = QCoreApplication.instance()
        if app is not None and not self._running:
            app.installEventFilter(self)
        self._running = True
        self.postpone()

    def stop(self) -> None:
        if self._running:
            app = QCoreApplication.instance()
            if app is not None:
                app.removeEventFilter(self)
        self._running = False
        self._timer.stop()
        self._end_warning()

    def set_timeout(self, timeout: float) -> None:
        self.timeout = timeout
        self.warning = min(self.warning, timeout)
        if self._running:
            self.postpone()

    def remaining(self) -> float:
        return self._last_activity + self.timeout - time.monotonic()

    @Slot()
    def postpone(self) -> None:
        """Someone is here: start the wait over."""
        self._last_activity = time.monotonic()
        self._end_warning()
        if self._running:
            self._schedule(self.remaining() - self.warning)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() in _ACTIVITY:
            self._last_activity = time.monotonic()
            if self._warning_shown:
                self.postpone()
        return False

    @Slot()
    def _check(self) -> None:
        if not self._running:
            return
        left = self.remaining()
        if left <= 0:
            self.stop()
            self.expired.emit()
            return
        if left > self.warning:  # activity since the timer was set: sleep on
            self._end_warning()
            self._schedule(left - self.warning)
            return
        whole = math.ceil(left)
        self._warning_shown = True
        self.countdown.emit(whole)
        self._schedule(left - (whole - 1))  # wake when the shown number changes

    def _schedule(self, seconds: float) -> None:
        self._timer.start(max(1, math.ceil(seconds * 1000)))

    def _end_warning(self) -> None:
        if self._warning_shown:
            self._warning_shown = False
            self.countdown.emit(-1)
