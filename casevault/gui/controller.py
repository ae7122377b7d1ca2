"""Which window is showing: first-run wizard, unlock screen or main window."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal, Slot

from casevault import i18n
from casevault.core.session import Session, State
from casevault.gui.first_run import FirstRunWizard
from casevault.gui.main_window import MainWindow
from casevault.gui.unlock_screen import UnlockScreen


class AppController(QObject):
    """Owns the windows. `relaunch` is what Lock does after closing the vault.

    In production it replaces the process (see relaunch.py); tests pass a
    callable that shows the unlock screen again in the same process.
    """

    quit_requested = Signal()  # the wizard was cancelled: nothing to show

    def __init__(self, session: Session, relaunch: Callable[[], None]) -> None:
        super().__init__()
        self.session = session
        self._relaunch = relaunch
        self.wizard: FirstRunWizard | None = None
        self.unlock_screen: UnlockScreen | None = None
        self.main_window: MainWindow | None = None

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
        if self.unlock_screen is None:
            self.unlock_screen = UnlockScreen(self.session)
            self.unlock_screen.unlocked.connect(self._unlocked)
        self.unlock_screen.show_notice(notice)
        self.unlock_screen.show()
        self.unlock_screen.activateWindow()

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
        self.main_window.show()

    def _retire(self, window: MainWindow) -> None:
        """Save pending edits and the window's place, then take the window away."""
        window.flush()
        window.save_layout()
        window.closing.disconnect(self._main_window_closing)
        window.hide()
        window.deleteLater()

    @Slot()
    def lock(self) -> None:
        """Save what is typed, hide everything, close the vault and zero its key, then
        start afresh."""
        window, self.main_window = self.main_window, None
        if window is not None:
            self._retire(window)
        self.session.lock()
        self._relaunch()

    @Slot()
    def _language_changed(self) -> None:
        """Build the main window again in the new language, on the same case."""
        window, self.main_window = self.main_window, None
        if window is None:
            return
        selected = window.detail.current_case_uuid() or ""
        self._retire(window)
        i18n.install()
        self._show_main_window()
        if selected and self.main_window is not None:
            self.main_window.browser.select(selected)

    @Slot()
    def _main_window_closing(self) -> None:
        # Closing the window quits: the vault is closed on the way out.
        self.main_window = None
        self.session.lock()
