"""The exchange dialogs' own pieces: the progress panel, names, the case
checklist, the choice of encryption, the key source and the backup status words."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from casevault.core.errors import ErrorKind, VaultError
from casevault.gui.exchange import backup_status, naming
from casevault.gui.exchange.case_checklist import CaseChecklist
from casevault.gui.exchange.encryption_choice import EncryptionChoice
from casevault.gui.exchange.key_source import (
    IDENTITY_LIMIT,
    KeyFileError,
    KeySource,
    failure_text,
    read_identity,
)
from casevault.gui.exchange.progress_panel import ProgressPanel
from casevault.gui.jobs import SCALE, Cancelled, Job, Progress
from tests.helpers.gui_main_window import add_known_cases, open_session
from tests.helpers.waits import WAIT_MS


# -- ProgressPanel following a Job ------------------------------------------------------------
def test_cancel_reaches_the_work_and_the_panel_says_so(qtbot: QtBot) -> None:
    gate = threading.Event()

    def work(progress: Progress, cancelled: Cancelled) -> object:
        progress(40, 100)
        gate.wait(30)
        if cancelled():
            raise VaultError(ErrorKind.CANCELLED)
        return "finished"

    panel = ProgressPanel()
    qtbot.addWidget(panel)
    job = Job(work)
    panel.follow(job, "Writing")
    job.start()
    qtbot.waitUntil(lambda: panel.bar.value() == 400, timeout=WAIT_MS)
    assert job.running and panel.cancel_button.isEnabled()
    with qtbot.waitSignal(job.failed, timeout=WAIT_MS) as failed:
        panel.cancel_button.click()
        gate.set()
    error = failed.args[0]
    assert isinstance(error, VaultError) and error.kind is ErrorKind.CANCELLED
    assert not job.running and not panel.cancel_button.isEnabled()
    assert "Stopping" in panel.status.text()


def test_many_progress_reports_cost_the_event_loop_nothing(qtbot: QtBot) -> None:
    def work(progress: Progress, _cancelled: Cancelled) -> object:
        for done in range(100_001):
            progress(done, 100_000)
        return "ok"

    panel = ProgressPanel()
    qtbot.addWidget(panel)
    job = Job(work)
    panel.follow(job, "Counting")
    with qtbot.waitSignal(job.succeeded, timeout=WAIT_MS) as done:
        job.start()
    assert done.args == ["ok"]
    assert job.progress == SCALE and panel.bar.value() == SCALE


# -- names ------------------------------------------------------------------------------
def test_default_name_has_the_date_only_and_never_overwrites(tmp_path: Path) -> None:
    day = date(2026, 11, 24)
    first = naming.default_export_path(tmp_path, day)
    assert first.name == "casevault-export-2026-11-24.age"
    first.write_bytes(b"x")
    second = naming.default_export_path(tmp_path, day)
    assert second.name == "casevault-export-2026-11-24-2.age"
    (tmp_path / "casevault-export-2026-11-24-2.age.sig").write_bytes(b"s")
    assert naming.default_export_path(tmp_path, day).name.endswith("-3.age")
    assert naming.with_suffix(tmp_path / "x").name == "x.age"
    assert naming.with_suffix(tmp_path / "x.age").name == "x.age"


def test_ages_and_groups() -> None:
    now = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)
    assert naming.age_hours("2026-11-23T12:00:00+00:00", now) == pytest.approx(24.0)
    assert naming.age_hours("not a time", now) is None
    assert naming.grouped("abcdef0123") == "abcd ef01 23"
    assert naming.when_text("not a time") == "not a time"


# -- backup status words ------------------------------------------------------------------
def test_backup_status_levels() -> None:
    now = datetime.now(UTC)
    recent = (now - timedelta(hours=2)).isoformat()
    old = (now - timedelta(days=9)).isoformat()
    assert backup_status.status_text(None, None, False, False)[1] == backup_status.WARNING
    assert "set one up" in backup_status.status_text(None, None, False, False)[0]
    text, level = backup_status.status_text(recent, None, False, True, now)
    assert level == backup_status.NORMAL and text.startswith("Last backup: ")
    text, level = backup_status.status_text(old, None, False, True, now)
    assert level == backup_status.WARNING and "9 days ago" in text
    text, level = backup_status.status_text(recent, None, True, True, now)
    assert level == backup_status.WARNING and "overdue" in text
    text, level = backup_status.status_text(recent, "disk_full", False, True, now)
    assert level == backup_status.ERROR and "failed" in text


def test_backup_error_in_words() -> None:
    assert "disk is full" in backup_status.error_text("disk_full")
    assert backup_status.error_text("something else") == "something else"


# -- the case checklist (a real vault) ----------------------------------------------------
def test_checklist_keeps_ticks_while_searching(qtbot: QtBot, vault_dir: Path) -> None:
    session = open_session(vault_dir)
    known = add_known_cases(session)
    checklist = CaseChecklist(session)
    qtbot.addWidget(checklist)
    assert checklist.list.count() == 3
    checklist.search.setText("maría")
    assert checklist.list.count() == 1
    with qtbot.waitSignal(checklist.changed, timeout=WAIT_MS):
        checklist.list.item(0).setCheckState(checklist.list.item(0).checkState().Checked)
    assert checklist.chosen == (known["maria"],)
    checklist.search.setText("")
    ticked = [
        checklist.list.item(row).text()
        for row in range(checklist.list.count())
        if checklist.list.item(row).checkState() == checklist.list.item(row).checkState().Checked
    ]
    assert ticked == ["OAX-2023-014 — María López, amenazas"]
    checklist.choose([known["jose"]])
    assert set(checklist.chosen) == {known["maria"], known["jose"]}
    assert "Cases chosen: 2." in checklist.count.text()
    session.lock()


# -- the choice of encryption --------------------------------------------------------------
@dataclass(frozen=True)
class Listed:
    public_key: str
    label: str
    fingerprint: str


def test_encryption_needs_a_ticked_key_or_a_confirmed_passphrase(qtbot: QtBot) -> None:
    choice = EncryptionChoice()
    qtbot.addWidget(choice)
    assert choice.choice() is None and "recipient" in choice.problem()
    choice.set_recipients([Listed("age1one", "Oaxaca", "AB12"), Listed("age1two", "CDMX", "CD34")])
    assert choice.choice() is not None
    assert choice.choice().recipients == ("age1one", "age1two")  # type: ignore[union-attr]
    choice.recipients.item(0).setCheckState(choice.recipients.item(0).checkState().Unchecked)
    assert choice.chosen_keys() == ("age1two",)
    choice.set_recipients([Listed("age1one", "Oaxaca", "AB12"), Listed("age1two", "CDMX", "CD34")])
    assert choice.chosen_keys() == ("age1two",)  # untick kept across a refresh

    choice.to_passphrase.setChecked(True)
    assert "Type a passphrase" in choice.problem()
    choice.passphrase.setText("password")
    choice.confirmation.setText("password")
    assert "guessed at once" in choice.problem()
    choice.passphrase.setText("river lantern orchard velvet")
    choice.confirmation.setText("river lantern orchard")
    assert "not the same" in choice.problem() and choice.problem_label.isVisibleTo(choice)
    choice.confirmation.setText("river lantern orchard velvet")
    assert choice.choice() is not None
    assert choice.choice().passphrase == "river lantern orchard velvet"  # type: ignore[union-attr]
    assert choice.meter.level_text()
    choice.clear_passphrase()
    assert choice.passphrase.text() == "" and choice.confirmation.text() == ""


# -- where a file and its key come from -----------------------------------------------------
def test_key_source_problems(qtbot: QtBot, tmp_path: Path) -> None:
    source = KeySource("Choose")
    qtbot.addWidget(source)
    assert "Choose the file" in source.problem()
    source.file.setText(str(tmp_path / "missing.age"))
    assert "There is no file" in source.problem()
    export = tmp_path / "x.age"
    export.write_bytes(b"age")
    source.file.setText(str(export))
    assert "passphrase" in source.problem()
    source.passphrase.setText("secret words here")
    assert source.problem() == "" and source.passphrase_text() == "secret words here"
    source.with_identity.setChecked(True)
    assert source.passphrase_text() is None and "key file" in source.problem()
    source.identity.setText(str(tmp_path / "nokey.txt"))
    assert "There is no key file" in source.problem()
    key = tmp_path / "key.txt"
    key.write_text("AGE-SECRET-KEY-1EXAMPLE\n", encoding="utf-8")
    source.identity.setText(str(key))
    assert source.problem() == "" and source.identity_path() == key
    assert read_identity(key).startswith("AGE-SECRET-KEY-1")
    source.clear_secrets()
    assert source.passphrase.text() == ""


def test_a_huge_or_missing_key_file_is_refused_in_words(tmp_path: Path) -> None:
    huge = tmp_path / "huge"
    huge.write_bytes(b"A" * (IDENTITY_LIMIT + 1))
    for path in (huge, tmp_path / "gone"):
        with pytest.raises(KeyFileError) as caught:
            read_identity(path)
        assert "key file could not be read" in failure_text(caught.value)
    assert "Cancelled" in failure_text(VaultError(ErrorKind.CANCELLED))
