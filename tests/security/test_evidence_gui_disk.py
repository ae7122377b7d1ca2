"""The Evidence tab and viewer leave nothing on disk.

Viewing an image and a PDF creates and changes no file in HOME, the XDG folders,
the runtime folder, the temp folder or the vault folder (names and mtimes are
compared), and opens no file while it shows them. A canary in a text file, in a
JPEG's EXIF and in a file name is found nowhere on disk after intake through the
tab (originals removed), thumbnails, viewing and lock.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from casevault.core.session import Session
from casevault.gui.evidence.evidence_tab import EvidenceTab
from casevault.gui.evidence.image_view import ImageView
from casevault.gui.evidence.pdf_view import PdfView
from tests.helpers import evidence_samples as samples
from tests.helpers.gui import OFFSCREEN_NOTICES
from tests.helpers.gui_evidence import case_with_people, drop_files, wait_intake, wait_thumbnails
from tests.helpers.gui_main_window import open_session
from tests.helpers.scan import now, open_regular_files, sweep
from tests.helpers.waits import WAIT_MS

CANARY = "Kanari-9c4e Qwmbxy"
pytestmark = pytest.mark.qt_log_ignore(*OFFSCREEN_NOTICES)
VAULT_FILES = {"vault.db", "vault.db-wal", "vault.db-shm"}


@pytest.fixture
def private_temp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """TMPDIR of this test alone, so no other process's files come and go in it."""
    folder = tmp_path / "temp"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", None)
    yield folder


def snapshot(roots: list[Path]) -> dict[str, int]:
    found = {}
    for root in roots:
        for folder, _dirs, names in os.walk(root):
            for name in [*names, *_dirs]:
                path = Path(folder) / name
                found[str(path)] = path.stat().st_mtime_ns
    return found


def shown_tab(qtbot: QtBot, session: Session) -> tuple[QWidget, EvidenceTab]:
    window = QWidget()
    qtbot.addWidget(window)
    tab = EvidenceTab(session, window)
    window.resize(1000, 700)
    window.show()
    tab.set_case(case_with_people(session), [], [])
    return window, tab


def test_viewing_an_image_and_a_pdf_creates_no_file(
    qtbot: QtBot, vault_dir: Path, tmp_path: Path, private_temp: Path
) -> None:
    session = open_session(vault_dir)
    window, tab = shown_tab(qtbot, session)
    photo, pdf = tmp_path / "foto.jpg", tmp_path / "acta.pdf"
    photo.write_bytes(samples.jpeg())
    pdf.write_bytes(samples.pdf(pages=2))
    assert drop_files(tab, [photo, pdf])
    wait_intake(qtbot, tab)
    wait_thumbnails(qtbot, tab, 2)
    session.vault.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    roots = [tmp_path / "home", tmp_path / "runtime", private_temp, vault_dir]
    before = snapshot(roots)
    files_before = open_regular_files()
    opened: set[str] = set()
    for row in range(tab.table.rowCount()):
        viewer = tab.open_viewer(tab.table.uuid_at(row))
        assert viewer is not None
        qtbot.waitExposed(viewer, timeout=WAIT_MS)
        assert isinstance(viewer.view, ImageView | PdfView)
        if isinstance(viewer.view, PdfView):
            viewer.view.next_button.click()
            viewer.view.zoom_in()
        else:
            viewer.view.zoom_in()
        opened |= open_regular_files() - files_before
        viewer.close()
    qtbot.waitUntil(lambda: not tab.viewers, timeout=WAIT_MS)
    after = snapshot(roots)
    assert opened == set()
    assert set(after) == set(before)
    changed = {p for p in after if after[p] != before[p] and Path(p).name not in VAULT_FILES}
    assert changed == set()
    window.hide()
    session.lock()


def test_canary_in_text_exif_and_name_is_nowhere_on_disk_after_tab_and_viewer(
    qtbot: QtBot, vault_dir: Path, tmp_path: Path, private_temp: Path
) -> None:
    started = now()
    card = tmp_path / "card"
    card.mkdir()
    text = card / "declaracion.txt"
    text.write_text(f"Testimonio: {CANARY} estuvo ahí.\n", encoding="utf-8")
    photo = card / f"{CANARY}.jpg"
    photo.write_bytes(samples.jpeg(artist=CANARY))
    session = open_session(vault_dir)
    window, tab = shown_tab(qtbot, session)
    tab.remove_original.setChecked(True)
    assert drop_files(tab, [text, photo])
    wait_intake(qtbot, tab)
    assert not text.exists() and not photo.exists()
    wait_thumbnails(qtbot, tab, 1)
    for row in range(tab.table.rowCount()):
        tab.table.selectRow(row)  # details: metadata with the canary as author
        viewer = tab.open_viewer(tab.table.uuid_at(row))
        assert viewer is not None
        qtbot.waitExposed(viewer, timeout=WAIT_MS)
        assert viewer.view is not None
    assert CANARY in tab.details.title.text() or any(
        CANARY in tab.table.item(r, 0).text() for r in range(tab.table.rowCount())
    )
    window.hide()  # as on lock: viewers closed, names and pictures dropped
    qtbot.waitUntil(lambda: not tab.viewers, timeout=WAIT_MS)
    session.lock()
    assert sweep(tmp_path, CANARY, started) == []
