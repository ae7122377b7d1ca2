"""Backups from the main window: settings, Back up now with its status-bar note, a
failure that is shown, the daily check, and the backup on a normal quit only."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from casevault.core import exchange
from casevault.core.session import State
from casevault.gui.controller import AppController
from casevault.gui.exchange.backup_settings_dialog import BackupSettingsDialog
from casevault.gui.exchange.backup_status import ERROR, NORMAL, WARNING
from casevault.gui.main_window import MainWindow
from tests.helpers.gui import Relaunches
from tests.helpers.gui_exchange import head_office_key, pool_held
from tests.helpers.gui_main_window import add_known_cases, open_session, show_window
from tests.helpers.vaults import PASSPHRASE
from tests.helpers.waits import WAIT_MS


def backups_in(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".age"))


def set_up(session: object, tmp_path: Path, **choices: object) -> Path:
    _identity, public = head_office_key(tmp_path)
    vault = session.vault  # type: ignore[attr-defined]
    exchange.add_recipient(vault, public, "Head office")
    folder = tmp_path / "usb"
    folder.mkdir()
    exchange.save_backup_settings(vault, exchange.BackupSettings(folder=folder, **choices))  # type: ignore[arg-type]
    return folder


def test_settings_dialog_saves_and_backs_up_now(
    qtbot: QtBot, vault_dir: Path, tmp_path: Path
) -> None:
    session = open_session(vault_dir)
    add_known_cases(session)
    window = show_window(qtbot, session)
    actions = window.exchange
    assert actions.backup_status.level == WARNING
    assert "No backup yet" in actions.backup_status.text()
    _identity, public = head_office_key(tmp_path)
    exchange.add_recipient(session.vault, public, "Head office")
    folder = tmp_path / "usb"
    folder.mkdir()

    actions.open_backups()
    dialog = actions.dialog
    assert isinstance(dialog, BackupSettingsDialog)
    assert dialog.keep.value() == 7
    assert "saved recipients (1)" in dialog.keys_note.text()
    dialog.daily.setChecked(True)
    assert not dialog.save() and "Choose a folder" in dialog.error.text()
    dialog.folder.setText(str(tmp_path / "not-there"))
    assert not dialog.save() and "does not exist" in dialog.error.text()
    dialog.folder.setText(str(folder))
    dialog.keep.setValue(3)
    dialog.back_up_now.click()
    saved = exchange.backup_settings(session.vault)
    assert (saved.folder, saved.daily, saved.keep) == (folder, True, 3)
    run = actions.backup
    assert run is not None
    qtbot.waitUntil(lambda: not run.busy, timeout=WAIT_MS)
    assert run.ok and "written and checked" in run.outcome.text()
    run.close_button.click()
    qtbot.waitUntil(lambda: actions.backup is None, timeout=WAIT_MS)
    assert len(backups_in(folder)) == 1
    assert actions.backup_status.level == NORMAL
    assert actions.backup_status.text().startswith("Last backup: ")
    dialog.refresh()
    assert "Last good backup" in dialog.last.text()
    session.lock()


def test_a_failed_backup_is_shown(qtbot: QtBot, vault_dir: Path, tmp_path: Path) -> None:
    session = open_session(vault_dir)
    folder = set_up(session, tmp_path)
    window = show_window(qtbot, session)
    folder.rmdir()  # the USB stick was pulled out
    run = window.exchange.back_up_now()
    assert run is not None
    qtbot.waitUntil(lambda: not run.busy, timeout=WAIT_MS)
    assert not run.ok and "The backup failed" in run.outcome.text()
    assert run.isVisible() and run.close_button.isVisible()
    run.close_button.click()
    qtbot.waitUntil(lambda: window.exchange.backup is None, timeout=WAIT_MS)
    assert window.exchange.backup_status.level == ERROR
    assert window.exchange.backup_status.toolTip()
    session.lock()


def test_daily_backup_runs_when_due(qtbot: QtBot, vault_dir: Path, tmp_path: Path) -> None:
    session = open_session(vault_dir)
    folder = set_up(session, tmp_path, daily=True)
    window = show_window(qtbot, session)
    actions = window.exchange
    qtbot.waitUntil(lambda: actions.backup is not None or bool(backups_in(folder)), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: actions.backup is None, timeout=WAIT_MS)  # closes by itself
    assert len(backups_in(folder)) == 1
    assert not exchange.backup_status(session.vault).overdue
    actions.daily_check()  # not due again
    assert actions.backup is None
    session.lock()


def test_backup_on_quit_runs_before_the_vault_closes(
    qtbot: QtBot, vault_dir: Path, tmp_path: Path
) -> None:
    session = open_session(vault_dir)
    add_known_cases(session)
    folder = set_up(session, tmp_path, on_quit=True)
    window = show_window(qtbot, session)
    closed: list[bool] = []
    window.closing.connect(lambda: closed.append(True))
    window.close()
    assert window.isVisible() and not closed  # held until the backup is done
    qtbot.waitUntil(lambda: bool(closed), timeout=WAIT_MS)
    assert not window.isVisible()
    assert len(backups_in(folder)) == 1
    session.lock()


def unlocked(
    qtbot: QtBot, make: Callable[[Path], tuple[AppController, Relaunches]], folder: Path
) -> AppController:
    controller, _relaunches = make(folder)
    controller.start()
    screen = controller.unlock_screen
    assert screen is not None
    screen.field.setText(PASSPHRASE)
    screen.attempt()
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=WAIT_MS)
    return controller


def test_panic_lock_never_backs_up(
    qtbot: QtBot,
    make_controller: Callable[[Path], tuple[AppController, Relaunches]],
    vault_dir: Path,
    tmp_path: Path,
) -> None:
    session = open_session(vault_dir)
    folder = set_up(session, tmp_path, on_quit=True)
    session.lock()
    controller = unlocked(qtbot, make_controller, vault_dir)
    window = controller.main_window
    assert isinstance(window, MainWindow)
    controller.lock()  # panic lock, idle lock and SIGTERM's lock-and-quit all come here
    assert controller.session.state is State.LOCKED
    assert window.exchange.backup is None
    assert backups_in(folder) == []


def test_settings_lead_to_recipients_and_backups(qtbot: QtBot, vault_dir: Path) -> None:
    session = open_session(vault_dir)
    window = show_window(qtbot, session)
    window.open_settings()
    buttons = {b.text(): b for b in window.settings_dialog.findChildren(QPushButton)}
    buttons["Recipients for exports…"].click()
    assert type(window.exchange.dialog).__name__ == "RecipientsDialog"
    window.exchange.dialog.reject()
    buttons["Backups…"].click()
    assert isinstance(window.exchange.dialog, BackupSettingsDialog)
    window.exchange.dialog.reject()
    window.settings_dialog.reject()
    session.lock()


def test_a_lock_stops_a_running_backup_and_leaves_nothing(
    qtbot: QtBot,
    make_controller: Callable[[Path], tuple[AppController, Relaunches]],
    vault_dir: Path,
    tmp_path: Path,
) -> None:
    session = open_session(vault_dir)
    add_known_cases(session)
    folder = set_up(session, tmp_path)
    session.lock()
    controller = unlocked(qtbot, make_controller, vault_dir)
    window = controller.main_window
    assert isinstance(window, MainWindow)
    with pool_held():
        run = window.exchange.back_up_now()
        assert run is not None and run.job is not None
        job = run.job
        gone: list[bool] = []
        window.destroyed.connect(lambda *_: gone.append(True))
        controller.lock()
        qtbot.waitUntil(lambda: bool(gone), timeout=WAIT_MS)
        assert job.cancelled()
    qtbot.waitUntil(lambda: not job.running, timeout=WAIT_MS)
    assert controller.session.state is State.LOCKED
    assert list(folder.iterdir()) == []
