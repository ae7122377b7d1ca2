"""Vaults, keys and exports for the exchange dialog tests (all real: SQLCipher, age, files)."""

from __future__ import annotations

import shutil
import subprocess
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QThreadPool
from pytestqt.qtbot import QtBot

from casevault.core import exchange
from casevault.core.records.model import Case, Kind
from casevault.core.session import Session
from casevault.core.vault.kdf import FLOOR
from casevault.core.vault.vault import Vault
from tests.helpers.gui_main_window import open_session
from tests.helpers.vaults import PASSPHRASE
from tests.helpers.waits import WAIT_MS, WAIT_S

AGE = shutil.which("age") or "age"  # the age tool found on PATH, as a user runs it


def new_vault(folder: Path) -> Session:
    """A second, independent vault (its own id and keys), open."""
    Vault.create(folder, PASSPHRASE, bind_device=False, kdf=FLOOR)[0].close()
    return open_session(folder)


def head_office_key(tmp_path: Path) -> tuple[Path, str]:
    """An identity made by the real `age-keygen`, as head office would make it."""
    tmp_path.mkdir(parents=True, exist_ok=True)
    identity = tmp_path / "head-office-key.txt"
    done = subprocess.run(
        ["age-keygen", "-o", str(identity)], capture_output=True, text=True, check=True
    )
    public = next(
        line.split(":", 1)[1].strip()
        for line in (done.stderr + done.stdout).splitlines()
        if "public key" in line.lower()
    )
    return identity, public


def export_file(session: Session, out: Path, recipient: str) -> exchange.ExportResult:
    return exchange.export_vault(
        session.vault, out, exchange.ExportOptions(), recipients=[recipient]
    )


def decrypt_with_age(identity: Path, path: Path) -> bytes:
    return subprocess.run(
        [AGE, "-d", "-i", str(identity), str(path)], capture_output=True, check=True
    ).stdout


def case_count(session: Session) -> int:
    return session.cases.count(Kind.CASE)


def case_title(session: Session, case_uuid: str) -> str:
    return session.cases.get(Case, case_uuid).title


@contextmanager
def pool_held() -> Iterator[None]:
    """Keep every worker thread busy, so a job started meanwhile waits in the queue:
    a Cancel pressed then reaches the job before it has read a byte."""
    pool = QThreadPool.globalInstance()
    release = threading.Event()
    started = threading.Semaphore(0)

    def hold() -> None:
        started.release()
        release.wait(30)

    for _ in range(pool.maxThreadCount()):
        pool.start(hold)
    for _ in range(pool.maxThreadCount()):
        started.acquire(timeout=WAIT_S)
    try:
        yield
    finally:
        release.set()


def wait_idle(qtbot: QtBot, dialog: object) -> None:
    qtbot.waitUntil(lambda: getattr(dialog, "job", None) is None, timeout=WAIT_MS)
