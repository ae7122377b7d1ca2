"""macOS: lock when the screen locks and before the Mac sleeps.

Through pyobjc (a macOS-only dependency): the distributed notification
"com.apple.screenIsLocked" (screen lock, screen saver with password, fast user
switching) and NSWorkspaceWillSleepNotification from the workspace's own
notification center. Qt runs the main NSRunLoop, so the notices arrive on the
GUI thread. `reason_for` maps a notification name to our reason; it is pure
logic and tested everywhere. The system-wide shortcut is not offered on macOS:
it needs the Accessibility permission (docs/security.md).
"""

from __future__ import annotations

import sys
from typing import Any

from PySide6.QtCore import QObject, Signal

SCREEN_LOCKED = "com.apple.screenIsLocked"
WILL_SLEEP = "NSWorkspaceWillSleepNotification"
_REASONS = {SCREEN_LOCKED: "screen-lock", WILL_SLEEP: "sleep"}


def reason_for(notification_name: str) -> str | None:
    return _REASONS.get(notification_name)


class MacNotices(QObject):
    """Emits `lock_requested(reason)`; macOS only, nothing elsewhere."""

    lock_requested = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._observer: Any = None
        self._centers: list[Any] = []

    def start(self) -> bool:
        if sys.platform != "darwin" or self._observer is not None:
            return False
        return _start_observer(self)  # pragma: no cover - macOS only

    def notice(self, notification_name: str) -> None:
        reason = reason_for(notification_name)
        if reason is not None:
            self.lock_requested.emit(reason)

    def stop(self) -> None:
        for center in self._centers:  # pragma: no cover - macOS only
            center.removeObserver_(self._observer)
        self._centers.clear()
        self._observer = None


_OBSERVER_CLASS: Any = None  # an Objective-C class can be defined once per process


def _observer_class() -> Any:  # pragma: no cover - macOS only
    global _OBSERVER_CLASS
    if _OBSERVER_CLASS is None:
        from Foundation import NSObject

        class CaseVaultLockObserver(NSObject):  # type: ignore[misc]
            def noticed_(self, notification: Any) -> None:
                owner = getattr(self, "owner", None)
                if owner is not None:
                    owner.notice(str(notification.name()))

        _OBSERVER_CLASS = CaseVaultLockObserver
    return _OBSERVER_CLASS


def _start_observer(owner: MacNotices) -> bool:  # pragma: no cover - macOS only
    try:
        from AppKit import NSWorkspace
        from Foundation import NSDistributedNotificationCenter

        observer = _observer_class().alloc().init()
    except ImportError:
        return False
    observer.owner = owner
    distributed = NSDistributedNotificationCenter.defaultCenter()
    distributed.addObserver_selector_name_object_(observer, "noticed:", SCREEN_LOCKED, None)
    workspace = NSWorkspace.sharedWorkspace().notificationCenter()
    workspace.addObserver_selector_name_object_(observer, "noticed:", WILL_SLEEP, None)
    owner._observer = observer
    owner._centers = [distributed, workspace]
    return True
