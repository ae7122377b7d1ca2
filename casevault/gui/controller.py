"""Which window is showing: first-run wizard, unlock screen or main window."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from enum import Enum

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot
from PySide6.QtWidgets import QWidget

from casevault import settings
from casevault.core.errors import VaultError
from casevault.core.session import Session, State
from casevault.gui.jobs import cancel_jobs
from casevault.gui.main_window import MainWindow
from casevault.gui.protect.clipboard_guard import ClipboardGuard
from casevault.gui.protect.idle_lock import WARNING_SECONDS, IdleLock
from casevault.gui.protect.protection import Protection
from casevault.gui.protect.session_watch import SessionWatch
from casevault.gui.vault.first_run import FirstRunWizard
from casevault.gui.vault.unlock_screen import UnlockScreen
from casevault.i18n import translations
from casevault.i18n.text import fill


class Teardown(Enum):
    """Why the controller tears down; each reason runs the steps it needs."""

    LOCK = "lock"  # every lock: Ctrl+L, the tray, panic, idle, screen lock
    WIPE = "wipe"  # the emergency wipe
    QUIT = "quit"  # the tray's "Quit (locks first)"
    CLOSE = "close"  # the main window's close (Quit in its menu, the close button)


class AppController(QObject):
    """Owns the windows. `relaunch` is what Lock does after closing the vault.

    In production it replaces the process (see relaunch.py); tests pass a
    callable that shows the unlock screen again in the same process.

    While unlocked the vault locks by itself: after `idle_seconds` without activity
    (None: the minutes in settings), on screen lock and before sleep (`watch`), and
    on minimise if the user asked for it. Tests shorten the timings.
    """

    quit_requested = Signal()  # the wizard was cancelled: nothing to show

    def __init__(self, session: Session, relaunch: Callable[[], None]) -> None:
        super().__init__()
        self.session = session
        self._relaunch = relaunch
        self.wizard: FirstRunWizard | None = None
        self.unlock_screen: UnlockScreen | None = None
        self.main_window: MainWindow | None = None
        self.idle_seconds: float | None = None
        self.idle_warning_seconds = WARNING_SECONDS
        self.clipboard_seconds: float | None = None  # None: from settings
        self.watch_addresses: tuple[str | None, str | None] = (None, None)  # session, system
        self.idle_lock: IdleLock | None = None
        self.watch: SessionWatch | None = None
        self.clipboard: ClipboardGuard | None = None
        # Window guard, tray, Windows/macOS lock notices, system-wide panic shortcut.
        self.protection = Protection(self, _owner())

    def start(self) -> None:
        if self.session.state is State.NO_VAULT:
            self.show_first_run()
        else:
            self.show_unlock()

    def show_first_run(self) -> None:
        self.wizard = FirstRunWizard(self.session)
        self.wizard.accepted.connect(self._first_run_done)
        self.wizard.rejected.connect(self.quit_requested)
        self.wizard.show()

    def show_unlock(self, notice: str = "") -> None:
        if self.session.state is State.NO_VAULT:  # after an emergency wipe
            self.show_first_run()
            return
        if self.unlock_screen is None:
            self.unlock_screen = UnlockScreen(self.session)
            self.unlock_screen.unlocked.connect(self._unlocked)
            self.unlock_screen.wiped.connect(self._wiped_at_limit)
        self.unlock_screen.show_notice(notice)
        self.unlock_screen.show()
        self.unlock_screen.activateWindow()

    @Slot()
    def _wiped_at_limit(self) -> None:
        """Too many failed unlocks wiped the vault: start again from the first-run wizard."""
        screen, self.unlock_screen = self.unlock_screen, None
        if screen is not None:
            screen.hide()
            screen.deleteLater()
        self.show_first_run()

    @Slot()
    def _first_run_done(self) -> None:
        if self.wizard is not None:
            self.wizard.deleteLater()
            self.wizard = None
        self.show_unlock(self.tr("Your vault is ready. Unlock it with your new passphrase."))

    @Slot()
    def _unlocked(self) -> None:
        self._show_main_window()
        if self.unlock_screen is not None:
            self.unlock_screen.hide()
            self.unlock_screen.show_notice("")

    def _show_main_window(self) -> None:
        self.main_window = MainWindow(self.session)
        self.main_window.lock_requested.connect(self.lock)
        self.main_window.closing.connect(self._main_window_closing)
        self.main_window.language_changed.connect(self._language_changed)
        self.main_window.preferences_changed.connect(self._apply_preferences)
        self.main_window.wipe_requested.connect(self.emergency_wipe)
        self.main_window.minimised.connect(self._minimised)
        self.main_window.show()
        self._start_guards()

    # -- the one teardown ------------------------------------------------------------------
    def _tear_down(self, reason: Teardown) -> None:
        """Lock, wipe, quit and close, in the order of docs/decisions.md ("One teardown,
        in this order"); each reason runs the steps it needs. Hiding comes first (what a
        panic needs; a hidden window still holds what was typed, so the flush after it
        loses nothing); the window's place, a settings file write, only once the vault
        is closed: it is not worth one millisecond of a panic."""
        window, self.main_window = self.main_window, None
        if window is not None and not shiboken6.isValid(window):
            window = None
        ending = reason in (Teardown.QUIT, Teardown.CLOSE)
        # 1. Hide every window (a closing window is hidden by Qt once its close returns).
        if window is not None:
            window.closing.disconnect(self._main_window_closing)
            if reason is not Teardown.CLOSE:
                window.hide()
        if ending:
            for other in (self.unlock_screen, self.wizard):
                if other is not None:
                    other.hide()
        # 2. Cancel background jobs: the retired window's, all of them when ending.
        if ending:
            cancel_jobs()
        elif window is not None:
            cancel_jobs(window)
        # 3. Save pending edits (a wipe has nothing left to save into).
        if window is not None and reason is not Teardown.WIPE:
            window.flush()
        # 4. Close the vault and zero its key, or wipe it.
        if reason is Teardown.WIPE:
            with contextlib.suppress(VaultError):  # nothing left to wipe: start afresh
                self.session.wipe()
        else:
            self.session.lock()
        # 5. Clear the clipboard if it holds what the app copied.
        if self.clipboard is not None:
            self.clipboard.clear_on_lock()
        # 6. The window's place (not after a wipe), then the window itself.
        if window is not None:
            if reason is not Teardown.WIPE:
                window.save_layout()
            window.deleteLater()
        # 7. Stop the guards; the tray and the native notices only when the program ends.
        self._stop_guards()
        if ending:
            self.protection.dispose()
        # 8. A fresh process (lock, wipe) or the end (quit; after a close, Qt ends it
        # once the last window has closed).
        if reason is Teardown.QUIT:
            self.quit_requested.emit()
        elif not ending:
            self._relaunch()

    # -- locking by itself ---------------------------------------------------------------
    def _start_guards(self) -> None:
        if self.idle_lock is None:
            self.idle_lock = IdleLock(self._idle_timeout(), self.idle_warning_seconds, _owner())
            self.idle_lock.expired.connect(self._lock_by_itself)
        if self.main_window is not None:
            self.idle_lock.countdown.connect(self.main_window.show_idle_countdown)
        self.idle_lock.start()
        if self.watch is None:
            self.watch = SessionWatch(*self.watch_addresses, parent=_owner())
            self.watch.lock_requested.connect(self._lock_by_itself)
            self.watch.start()
        if self.clipboard is None:
            self.clipboard = ClipboardGuard(settings.clipboard_seconds(), _owner())
        self.protection.unlocked()
        self._apply_preferences()

    def _stop_guards(self) -> None:
        """Stop counting and listening (the teardown has cleared the clipboard)."""
        self.protection.locked()
        if self.clipboard is not None:
            self.clipboard.stop()
            self.clipboard.deleteLater()
            self.clipboard = None
        if self.idle_lock is not None:
            self.idle_lock.stop()
            self.idle_lock.deleteLater()
            self.idle_lock = None
        if self.watch is not None:
            self.watch.stop()
            self.watch.deleteLater()
            self.watch = None

    def _idle_timeout(self) -> float:
        if self.idle_seconds is not None:
            return self.idle_seconds
        return settings.auto_lock_minutes() * 60.0

    @Slot()
    def _apply_preferences(self) -> None:
        if self.idle_lock is not None:
            self.idle_lock.set_timeout(self._idle_timeout())
        seconds = self.clipboard_seconds
        if self.clipboard is not None:
            self.clipboard.seconds = settings.clipboard_seconds() if seconds is None else seconds
        if self.main_window is not None:
            self.main_window.set_lock_note(self._lock_note())
        self.protection.apply_preferences()

    def _lock_note(self) -> str:
        minutes = round(self._idle_timeout() / 60)
        text = self.tr("Locks by itself after %1 min without keyboard or mouse activity.")
        lines = [fill(text, str(max(1, minutes)))]
        watch = self.watch
        if watch is not None and "session" in watch.watching:
            lines.append(self.tr("Locks when the screen locks."))
        if watch is not None and "system" in watch.watching:
            lines.append(self.tr("Locks before the computer sleeps."))
        if watch is not None and "session" in watch.problems:
            lines.append(self.tr("Cannot see when the screen locks here: lock it yourself."))
        if watch is not None and "system" in watch.problems:
            lines.append(self.tr("Cannot see when the computer goes to sleep: lock first."))
        return "\n".join(lines)

    @Slot()
    def _minimised(self) -> None:
        if settings.lock_on_minimise():
            self._lock_by_itself()

    @Slot()
    def _lock_by_itself(self) -> None:
        window = self.main_window
        if (
            window is None
            or not shiboken6.isValid(window)
            or self.session.state is not State.UNLOCKED
        ):
            # Already locked (screen lock and sleep often come together) or torn down.
            # (A window hidden from the tray is still unlocked: it locks all the same.)
            if self.clipboard is not None:
                self.clipboard.clear_on_lock()
            self._stop_guards()
            return
        self.lock()

    # -- what the tray, the panic shortcut and the OS notices ask (protect/) -------------
    def lock_by_itself(self, _reason: str = "") -> None:
        self._lock_by_itself()

    def panic_lock(self) -> None:
        """The tray's Lock now and the system-wide shortcut: lock if there is anything
        open (at the unlock screen there is nothing to lock)."""
        if self.session.state is State.UNLOCKED:
            self.lock()

    def window_state(self) -> tuple[bool, bool]:
        window = self._current_window()
        return self.session.state is State.UNLOCKED, window is not None and window.isVisible()

    def toggle_window(self) -> None:
        """Show or hide the window in front (main window, unlock screen or wizard)."""
        window = self._current_window()
        if window is None:
            return
        if window.isVisible():
            window.hide()
        else:
            window.show()
            window.raise_()
            window.activateWindow()

    def quit_locked(self) -> None:
        """Quit from the tray: save what is typed, close the vault and zero its key
        first, then end (no fresh process)."""
        self._tear_down(Teardown.QUIT)

    def _current_window(self) -> QWidget | None:
        for window in (self.main_window, self.unlock_screen, self.wizard):
            if window is not None and shiboken6.isValid(window):
                return window
        return None

    @Slot()
    def lock(self) -> None:
        """Hide everything, save what is typed, close the vault and zero its key, then
        start afresh."""
        self._tear_down(Teardown.LOCK)

    @Slot()
    def emergency_wipe(self) -> None:
        """Hide everything, crypto-shred the vault, then start afresh (the fresh start
        finds an empty folder and shows the first-run wizard)."""
        self._tear_down(Teardown.WIPE)

    @Slot()
    def _language_changed(self) -> None:
        """Build the main window again in the new language, on the same case."""
        window, self.main_window = self.main_window, None
        if window is None:
            return
        selected = window.detail.current_case_uuid() or ""
        # Not a teardown: the vault stays open; the old window goes as at a lock.
        window.closing.disconnect(self._main_window_closing)
        window.hide()
        cancel_jobs(window)
        window.flush()
        window.save_layout()
        window.deleteLater()
        translations.install()
        self._show_main_window()
        if selected and self.main_window is not None:
            self.main_window.browser.select(selected)

    @Slot()
    def _main_window_closing(self) -> None:
        # Closing the window quits: the vault is closed on the way out.
        self._tear_down(Teardown.CLOSE)


def _owner() -> QObject | None:
    """The application owns the timers and watchers: a controller collected by Python's
    garbage collector (on whichever thread it runs) must not take running timers with it."""
    return QCoreApplication.instance()
