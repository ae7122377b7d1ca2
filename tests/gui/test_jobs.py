"""The one job model (gui/jobs.py): a call off the GUI thread with progress read on a
timer, a Cancel core reads, a worker connection opened and closed in the worker, and
the registry the controller's teardown empties."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from casevault.core.errors import ErrorKind, VaultError
from casevault.core.records.model import Case
from casevault.core.session import WorkerConnection
from casevault.gui import jobs
from casevault.gui.jobs import SCALE, Cancelled, Job, Progress, ProgressPoll, per_mille
from tests.helpers.gui_main_window import add_case, open_session
from tests.helpers.waits import WAIT_MS


def test_per_mille_is_bounded() -> None:
    assert per_mille(0, 0) == 0
    assert per_mille(5, 10) == SCALE // 2
    assert per_mille(20, 10) == SCALE
    assert per_mille(3 * 2**40, 4 * 2**40) == 750  # beyond 32-bit byte counts


def test_a_call_reports_its_result_and_an_error_its_exception(qtbot: QtBot) -> None:
    ok = Job.call(lambda: 42)
    with qtbot.waitSignal(ok.succeeded, timeout=WAIT_MS) as done:
        ok.start()
    assert done.args == [42] and not ok.running

    def broken() -> object:
        raise VaultError(ErrorKind.WRONG_PASSPHRASE)

    bad = Job.call(broken)
    with qtbot.waitSignal(bad.failed, timeout=WAIT_MS) as failed:
        bad.start()
    assert isinstance(failed.args[0], VaultError)
    assert "passphrase" in jobs.describe(failed.args[0]).lower()


def test_a_worker_job_reads_the_vault_on_its_own_connection(qtbot: QtBot, vault_dir: Path) -> None:
    session = open_session(vault_dir)
    case_uuid = add_case(session, "OAX-001", "Desaparición en Juchitán")
    seen: list[WorkerConnection] = []

    def work(connection: WorkerConnection, _p: Progress, _c: Cancelled) -> object:
        seen.append(connection)
        return connection.cases.get(Case, case_uuid).title

    job = Job.on_worker(session, work)
    with qtbot.waitSignal(job.succeeded, timeout=WAIT_MS) as done:
        job.start()
    assert done.args == ["Desaparición en Juchitán"]
    # Closed in the worker when the work ended: using it now is refused.
    (connection,) = seen
    with pytest.raises(RuntimeError, match="not open"):
        connection.cases  # noqa: B018 - the property is the check
    session.lock()


def test_the_registry_keeps_a_job_until_it_reports_and_cancels_by_window(
    qtbot: QtBot,
) -> None:
    window, other = QWidget(), QWidget()
    qtbot.addWidget(window)
    qtbot.addWidget(other)
    dialog = QDialog(window)  # a dialog's job counts as its window's
    gate = threading.Event()

    def wait_for_cancel(_progress: Progress, cancelled: Cancelled) -> object:
        gate.wait(WAIT_MS / 1000)
        if cancelled():
            raise VaultError(ErrorKind.CANCELLED)
        return "finished"

    mine, theirs = Job(wait_for_cancel, dialog).start(), Job(wait_for_cancel, other).start()
    assert set(jobs.running_jobs(window)) == {mine}
    assert set(jobs.running_jobs()) >= {mine, theirs}
    dialog.deleteLater()  # the job outlives the dialog that started it
    jobs.cancel_jobs(window)
    assert mine.cancelled() and not theirs.cancelled()
    with (
        qtbot.waitSignal(mine.failed, timeout=WAIT_MS),
        qtbot.waitSignal(theirs.succeeded, timeout=WAIT_MS),
    ):
        gate.set()
    assert jobs.running_jobs(window) == [] and theirs not in jobs.running_jobs()


def test_the_poll_shows_progress_and_the_last_value_before_the_end(qtbot: QtBot) -> None:
    gate = threading.Event()

    def work(progress: Progress, _cancelled: Cancelled) -> object:
        progress(25, 100)
        gate.wait(WAIT_MS / 1000)
        for done in range(100_001):
            progress(done, 100_000)
        return "ok"

    owner = QWidget()
    qtbot.addWidget(owner)
    shown: list[int] = []
    job = Job(work, owner)
    ProgressPoll(job, shown.append, owner)
    ended_with: list[int] = []
    job.succeeded.connect(lambda _r: ended_with.append(shown[-1]))
    job.start()
    qtbot.waitUntil(lambda: 250 in shown, timeout=WAIT_MS)
    with qtbot.waitSignal(job.succeeded, timeout=WAIT_MS):
        gate.set()
    assert ended_with == [SCALE]
