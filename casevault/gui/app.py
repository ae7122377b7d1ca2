"""Start the desktop app: Qt, translations, the self-test, then the first window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from casevault.core.errors import VaultError
from casevault.core.process import panic_pidfile
from casevault.core.session import Session
from casevault.core.vault.kdf import KdfParams
from casevault.gui.controller import AppController
from casevault.gui.jobs import describe
from casevault.gui.protect.relaunch import Relaunch
from casevault.gui.protect.signals import install_signal_handlers
from casevault.i18n import translations
from casevault.i18n.messages import runtime_note


def make_application() -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("CaseVault")
    app.setStyle("Fusion")
    translations.install()
    return app


def self_test_passes() -> bool:
    """Refuse to run on a build whose encryption cannot be trusted, and say so."""
    try:
        Session.self_test()
    except VaultError as error:
        _fatal(describe(error))
        return False
    except Exception as error:  # a broken build: still a sentence, not a traceback
        _fatal(describe(error))
        return False
    return True


def _fatal(text: str) -> None:
    box = QMessageBox()
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle("CaseVault")
    box.setText(text)
    box.addButton(QCoreApplication.translate("App", "Close"), QMessageBox.ButtonRole.AcceptRole)
    box.exec()


def build(
    vault_dir: Path, *, kdf: KdfParams | None = None, relaunch: Relaunch | None = None
) -> AppController:
    """The controller with production Lock (a fresh process); not yet shown."""
    session = Session(vault_dir, kdf=kdf)
    return AppController(session, relaunch or Relaunch(vault_dir))


def run(vault_dir: Path) -> int:
    """Open the GUI on `vault_dir` (first-run wizard or unlock screen); return the exit code."""
    app = make_application()
    note = runtime_note()
    if note:  # the window still opens; `casevault panic` finds it in the private folder
        print(note, file=sys.stderr, flush=True)
    if not self_test_passes():
        return 1
    relaunch = Relaunch(vault_dir)
    controller = build(vault_dir, relaunch=relaunch)
    controller.quit_requested.connect(app.quit)
    # SIGUSR1: panic lock; SIGTERM: lock and quit; the lock key over modal dialogs.
    signals = install_signal_handlers(controller, quit_app=app.quit, stay_down=relaunch.stay_down)
    panic_pidfile.announce(vault_dir)  # so `casevault panic` finds this process
    controller.start()
    try:
        return app.exec()
    finally:
        signals.uninstall()
        controller.session.lock()
        panic_pidfile.withdraw(vault_dir)
