"""Duress passphrase and failed-unlock limit in the window: the unlock screen and the dialog."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from casevault.core.errors import ErrorKind, VaultError, WrongKeyError
from casevault.core.records.model import Case, Kind
from casevault.core.records.store import CaseStore
from casevault.core.records.vocab import Vocabularies
from casevault.core.session import Session, State
from casevault.core.vault.kdf import FLOOR
from casevault.core.vault.vault import Vault
from casevault.gui.controller import AppController
from casevault.gui.vault.duress_dialog import DuressDialog
from casevault.gui.vault.unlock_screen import UnlockScreen
from casevault.i18n.messages import explain
from tests.helpers.gui import (
    MakeController,
    enter_passphrase,
    main_window_shown,
    start_at_unlock,
)
from tests.helpers.vaults import PASSPHRASE
from tests.helpers.waits import WAIT_MS

DURESS = "under pressure I open this one"


def _prepare(folder: Path, *, duress: bool = False, limit: int | None = None) -> None:
    with Vault.unlock(folder, PASSPHRASE) as vault:
        CaseStore(vault.db, Vocabularies.load()).add(
            Case(code="OAX-2024-001", title="Real case", opened="2024-03-01")
        )
        if duress:
            vault.set_duress(DURESS)
        if limit:
            vault.set_unlock_limit(limit)


def _screen(controller: AppController) -> UnlockScreen:
    screen = controller.unlock_screen
    assert screen is not None
    return screen


@pytest.mark.slow
def test_duress_passphrase_at_the_unlock_screen_opens_an_empty_vault(
    qtbot: QtBot, make_controller: MakeController, vault_dir: Path
) -> None:
    _prepare(vault_dir, duress=True)
    controller = start_at_unlock(qtbot, make_controller, vault_dir)
    screen = _screen(controller)
    enter_passphrase(qtbot, screen, DURESS)
    qtbot.waitUntil(lambda: main_window_shown(controller), timeout=WAIT_MS)
    assert controller.session.cases.count(Kind.CASE) == 0
    assert not screen.error.isVisible()
    controller.session.lock()
    for passphrase in (PASSPHRASE,):
        try:
            Vault.unlock(vault_dir, passphrase).close()
        except WrongKeyError:
            pass
        else:
            raise AssertionError("the real passphrase still opens the vault")
    with Vault.unlock(vault_dir, DURESS) as fresh:
        assert CaseStore(fresh.db, Vocabularies.load()).count(Kind.CASE) == 0


@pytest.mark.slow
def test_warning_when_three_attempts_are_left_and_after_a_restart(
    qtbot: QtBot, make_controller: MakeController, vault_dir: Path
) -> None:
    _prepare(vault_dir, limit=5)
    controller = start_at_unlock(qtbot, make_controller, vault_dir)
    screen = _screen(controller)
    assert not screen.attempts.isVisible()
    enter_passphrase(qtbot, screen, "wrong one")
    qtbot.waitUntil(lambda: screen.error.isVisible() and not screen.is_busy, timeout=WAIT_MS)
    assert not screen.attempts.isVisible()  # 4 left: no warning yet
    enter_passphrase(qtbot, screen, "wrong two")
    qtbot.waitUntil(lambda: screen.attempts.isVisible(), timeout=WAIT_MS)
    assert screen.attempts.text() == "3 attempts left before this vault is wiped."

    # A restart (a new session and screen) shows the same count straight away.
    again = UnlockScreen(Session(vault_dir, kdf=FLOOR))
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again, timeout=WAIT_MS)
    assert again.attempts.isVisible()
    assert "3 attempts left" in again.attempts.text()

    # The right passphrase resets the counter.
    enter_passphrase(qtbot, screen, PASSPHRASE)
    qtbot.waitUntil(lambda: main_window_shown(controller), timeout=WAIT_MS)
    assert controller.session.attempts_left() == 5


@pytest.mark.slow
def test_at_the_limit_the_vault_is_wiped(
    qtbot: QtBot, make_controller: MakeController, vault_dir: Path
) -> None:
    _prepare(vault_dir, limit=5)
    controller = start_at_unlock(qtbot, make_controller, vault_dir)
    screen = _screen(controller)
    for attempt in range(4):
        enter_passphrase(qtbot, screen, f"wrong {attempt}")
        qtbot.waitUntil(lambda: screen.error.isVisible() and not screen.is_busy, timeout=WAIT_MS)
    assert screen.attempts.text() == "1 attempt left before this vault is wiped."
    with qtbot.waitSignal(screen.wiped, timeout=WAIT_MS):
        enter_passphrase(qtbot, screen, "wrong 4")
    assert screen.error.text() == explain(WrongKeyError(ErrorKind.UNLOCK_LIMIT_REACHED))
    assert controller.session.state is State.NO_VAULT
    assert not screen.attempts.isVisible()
    # The app starts again from the first-run wizard, as on a new laptop.
    qtbot.waitUntil(
        lambda: controller.wizard is not None and controller.wizard.isVisible(), timeout=WAIT_MS
    )
    assert controller.unlock_screen is None


@pytest.mark.slow
def test_duress_dialog_sets_and_removes_and_sets_the_limit(qtbot: QtBot, vault_dir: Path) -> None:
    session = Session(vault_dir, kdf=FLOOR)
    session.open(session.unwrap(PASSPHRASE))
    dialog = DuressDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.duress_status.text() == "No duress passphrase is set."
    assert not dialog.remove_button.isEnabled()
    assert dialog.limit_choice.currentData() == 0

    # Two different entries, then the vault's own passphrase: refused.
    qtbot.keyClicks(dialog.new_field, DURESS)
    qtbot.keyClicks(dialog.repeat_field, DURESS + "x")
    dialog.set_button.click()
    assert "not the same" in dialog.duress_message.text()
    assert not dialog.is_busy
    for field in (dialog.new_field, dialog.repeat_field):
        field.clear()
        qtbot.keyClicks(field, PASSPHRASE)
    dialog.set_button.click()
    qtbot.waitUntil(lambda: not dialog.is_busy, timeout=WAIT_MS)
    assert dialog.duress_message.text() == explain(VaultError(ErrorKind.DURESS_SAME_AS_PASSPHRASE))
    assert not session.vault.has_duress

    for field in (dialog.new_field, dialog.repeat_field):
        field.clear()
        qtbot.keyClicks(field, DURESS)
    dialog.set_button.click()
    assert dialog.is_busy  # Argon2id runs in a worker
    qtbot.waitUntil(lambda: not dialog.is_busy, timeout=WAIT_MS)
    assert session.vault.has_duress
    assert dialog.duress_status.text() == "A duress passphrase is set."
    assert dialog.new_field.text() == ""
    assert dialog.remove_button.isEnabled()

    dialog.limit_choice.setCurrentIndex(dialog.limit_choice.findData(10))
    assert session.vault.unlock_limit == 10
    assert "10 failed unlocks" in dialog.limit_message.text()
    session.lock()
    assert session.attempts_left() == 10

    # The duress passphrase now works; removing it makes it an ordinary wrong one.
    session.open(session.unwrap(PASSPHRASE))
    dialog.deleteLater()
    dialog = DuressDialog(session)
    qtbot.addWidget(dialog)
    assert dialog.limit_choice.currentData() == 10
    dialog.remove_button.click()
    assert not session.vault.has_duress
    assert dialog.duress_status.text() == "No duress passphrase is set."
    dialog.limit_choice.setCurrentIndex(0)
    assert session.vault.unlock_limit is None
    session.lock()
    try:
        session.unwrap(DURESS)
    except WrongKeyError:
        pass
    else:
        raise AssertionError("a removed duress passphrase still opened something")


def test_the_vault_menu_opens_the_duress_dialog(
    qtbot: QtBot, make_controller: MakeController, vault_dir: Path
) -> None:
    controller = start_at_unlock(qtbot, make_controller, vault_dir)
    enter_passphrase(qtbot, _screen(controller), PASSPHRASE)
    qtbot.waitUntil(lambda: main_window_shown(controller), timeout=WAIT_MS)
    window = controller.main_window
    assert window is not None
    window.duress_action.trigger()
    qtbot.waitUntil(lambda: isinstance(window.duress_dialog, DuressDialog), timeout=WAIT_MS)
    dialog = window.duress_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT_MS)
    dialog.reject()
