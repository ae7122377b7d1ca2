"""The Evidence tab on a real vault: drop files, see them with their fingerprint and
thumbnails, open them in the viewer, cancel a large intake, link, verify, save, delete."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from casevault.core.session import Session
from casevault.gui.case_detail.view import CaseDetailView
from casevault.gui.evidence import save_copy
from casevault.gui.evidence.evidence_tab import EvidenceTab
from casevault.gui.evidence.image_view import ImageView
from casevault.gui.evidence.pdf_view import PdfView
from casevault.gui.jobs import SCALE
from tests.helpers import evidence_samples as samples
from tests.helpers.gui import when_modal
from tests.helpers.gui_evidence import case_with_people, drop_files, wait_intake, wait_thumbnails
from tests.helpers.gui_main_window import open_session
from tests.helpers.waits import WAIT_MS


@pytest.fixture
def session(vault_dir: Path) -> Iterator[Session]:
    opened = open_session(vault_dir)
    yield opened
    opened.lock()


@pytest.fixture
def detail(qtbot: QtBot, session: Session) -> CaseDetailView:
    view = CaseDetailView(session)
    qtbot.addWidget(view)
    view.resize(1100, 700)
    view.show()
    view.show_case(case_with_people(session))
    view.tabs.setCurrentWidget(view.evidence_tab)
    return view


@pytest.fixture
def tab(detail: CaseDetailView) -> EvidenceTab:
    return detail.evidence_tab


def files(tmp_path: Path) -> dict[str, Path]:
    folder = tmp_path / "card"
    folder.mkdir()
    made = {
        "photo": folder / "IMG_0001.jpg",
        "pdf": folder / "denuncia.pdf",
        "text": folder / "testimonio.txt",
    }
    made["photo"].write_bytes(samples.jpeg())
    made["pdf"].write_bytes(samples.pdf(pages=3))
    made["text"].write_bytes("Testimonio de María: llegaron de noche.\n".encode("utf-16"))
    return made


def test_dropped_files_are_listed_with_fingerprint_thumbnail_and_warnings(
    qtbot: QtBot, tab: EvidenceTab, session: Session, tmp_path: Path
) -> None:
    made = files(tmp_path)
    assert drop_files(tab, list(made.values()))
    wait_intake(qtbot, tab)
    assert tab.status.text() == "3 files added."
    assert tab.table.rowCount() == 3
    names = {tab.table.item(row, 0).text() for row in range(3)}
    assert names == {"IMG_0001.jpg", "denuncia.pdf", "testimonio.txt"}
    photo_row = next(r for r in range(3) if tab.table.item(r, 0).text() == "IMG_0001.jpg")
    assert tab.table.item(photo_row, 5).text() == "⚠ GPS, author"
    assert tab.table.item(photo_row, 4).text() == "Not verified yet"
    tab.table.selectRow(photo_row)
    expected = hashlib.sha256(made["photo"].read_bytes()).hexdigest()
    assert tab.details.sha256.text().replace("\n", "") == expected
    assert tab.details.warnings.isVisible()
    assert "GPS" in tab.details.warnings.text()
    shown = {
        tab.details.metadata.item(r, 0).text(): tab.details.metadata.item(r, 1).text()
        for r in range(tab.details.metadata.rowCount())
    }
    assert "Canon" in shown["Camera"]
    assert shown["GPS position"].startswith("19.4")
    assert tab.details.custody.item(0).text().split(" — ")[1].startswith("Added to the vault")
    wait_thumbnails(qtbot, tab, 2)  # the photo and the PDF; text has none
    assert set(tab.table.thumbnails) == {
        a.uuid for a in session.attachments.list(tab._case_uuid or "") if a.name != "testimonio.txt"
    }
    assert made["photo"].exists()  # not removed unless asked


def test_folders_are_not_added(qtbot: QtBot, tab: EvidenceTab, tmp_path: Path) -> None:
    assert not drop_files(tab, [tmp_path])
    assert "Folders are not added" in tab.status.text()


def open_named(qtbot: QtBot, tab: EvidenceTab, name: str):  # type: ignore[no-untyped-def]
    row = next(r for r in range(tab.table.rowCount()) if tab.table.item(r, 0).text() == name)
    tab.table.selectRow(row)
    qtbot.mouseClick(tab.details.open_button, Qt.MouseButton.LeftButton)
    viewer = tab.viewers[-1]
    qtbot.waitExposed(viewer, timeout=WAIT_MS)
    return viewer


def test_image_pdf_and_text_open_in_the_viewer(
    qtbot: QtBot, tab: EvidenceTab, tmp_path: Path
) -> None:
    made = files(tmp_path)
    tab.add_files(list(made.values()))
    wait_intake(qtbot, tab)

    viewer = open_named(qtbot, tab, "IMG_0001.jpg")
    assert isinstance(viewer.view, ImageView) and viewer.view.has_image()
    assert viewer.fit_button.isVisible()
    qtbot.mouseClick(viewer.actual_button, Qt.MouseButton.LeftButton)
    assert viewer.view.zoom() == 1.0
    qtbot.mouseClick(viewer.zoom_in_button, Qt.MouseButton.LeftButton)
    assert viewer.view.zoom() == pytest.approx(1.25)
    viewer.close()
    qtbot.waitUntil(lambda: not tab.viewers, timeout=WAIT_MS)

    viewer = open_named(qtbot, tab, "denuncia.pdf")
    assert isinstance(viewer.view, PdfView)
    assert viewer.view.page_count() == 3 and viewer.view.image.has_image()
    qtbot.mouseClick(viewer.view.next_button, Qt.MouseButton.LeftButton)
    assert viewer.view.current_page() == 1
    viewer.close()

    viewer = open_named(qtbot, tab, "testimonio.txt")
    assert isinstance(viewer.view, QPlainTextEdit) and viewer.view.isReadOnly()
    assert viewer.view.toPlainText().startswith("Testimonio de María")
    assert viewer.message.text() == "Read as UTF-16."
    viewer.close()


def test_other_types_offer_only_a_decrypted_copy(
    qtbot: QtBot, tab: EvidenceTab, tmp_path: Path
) -> None:
    other = tmp_path / "datos.bin"
    other.write_bytes(bytes(range(256)) * 4)
    tab.add_files([other])
    wait_intake(qtbot, tab)
    viewer = open_named(qtbot, tab, "datos.bin")
    assert viewer.view is None
    assert "cannot show this kind of file" in viewer.message.text()
    assert viewer.save_button.isVisible() and not viewer.fit_button.isVisible()
    viewer.close()


def test_cancel_of_a_large_intake_leaves_nothing(
    qtbot: QtBot, tab: EvidenceTab, session: Session, tmp_path: Path
) -> None:
    big = tmp_path / "video-grande.mp4"
    with big.open("wb") as out:
        for _ in range(64):
            out.write(b"\x00\x00\x00\x18ftypmp42" + bytes(1 << 20))
    assert tab.add_files([big])
    assert tab.progress.isVisible() and tab.cancel_button.isVisible()
    job = tab.intake_job
    assert job is not None
    qtbot.waitUntil(lambda: job.progress > 0, timeout=WAIT_MS)  # under way: cancel it
    qtbot.mouseClick(tab.cancel_button, Qt.MouseButton.LeftButton)
    wait_intake(qtbot, tab)
    assert job.cancelled() and job.progress < SCALE
    assert tab.status.text().startswith("Cancelled")
    assert tab.table.rowCount() == 0
    assert not tab.progress.isVisible()
    db = session.vault.db
    assert db.execute("SELECT count(*) FROM attachments").fetchone()[0] == 0
    assert db.execute("SELECT count(*) FROM attachment_chunks").fetchone()[0] == 0
    assert big.exists()


def test_link_verify_save_copy_and_delete(
    qtbot: QtBot,
    tab: EvidenceTab,
    session: Session,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    made = files(tmp_path)
    tab.add_files([made["pdf"]])
    wait_intake(qtbot, tab)
    tab.table.selectRow(0)
    uuid = tab.selected_uuid()
    # Link to the incident, then to the person as well.
    tab.details.incident.setCurrentIndex(1)
    tab.details.incident.activated.emit(1)
    assert session.attachments.get(uuid).incident_uuid != ""
    # Verify.
    qtbot.mouseClick(tab.details.verify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.verify_job is None, timeout=WAIT_MS)
    assert tab.status.text() == "Unchanged since it was added."
    assert tab.table.item(0, 4).text() == "Verified: unchanged"
    # Save a decrypted copy: the warning first, then where.
    target = tmp_path / "out" / "copia.pdf"
    target.parent.mkdir()
    monkeypatch.setattr(save_copy, "ask_target", lambda _parent, _a: target)
    warned: list[str] = []

    def accept(dialog: QDialog) -> None:
        assert isinstance(dialog, QMessageBox)
        warned.append(dialog.text())
        assert dialog.defaultButton() is dialog.button(QMessageBox.StandardButton.Cancel)
        save = next(b for b in dialog.buttons() if "Save copy anyway" in b.text().replace("&", ""))
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)

    when_modal(accept)
    qtbot.mouseClick(tab.details.save_button, Qt.MouseButton.LeftButton)
    assert warned and "NOT protected" in warned[0]
    assert tab.saving is not None
    qtbot.waitUntil(lambda: tab.saving is not None and tab.saving.done, timeout=WAIT_MS)
    assert target.read_bytes() == made["pdf"].read_bytes()
    kinds = [e.kind for e in session.attachments.custody(uuid)]
    assert kinds[-1] == "copy_saved" and "verified" in kinds and "linked" in kinds

    # Delete, after confirming.
    def confirm(dialog: QDialog) -> None:
        assert isinstance(dialog, QMessageBox)
        delete = next(b for b in dialog.buttons() if b.text().replace("&", "") == "Delete")
        qtbot.mouseClick(delete, Qt.MouseButton.LeftButton)

    tab.table.selectRow(0)
    when_modal(confirm)
    qtbot.mouseClick(tab.details.delete_button, Qt.MouseButton.LeftButton)
    assert tab.table.rowCount() == 0
    assert session.attachments.list(tab._case_uuid or "") == []
    assert session.vault.db.execute("SELECT count(*) FROM attachment_chunks").fetchone()[0] == 0


def test_remove_original_after_adding(qtbot: QtBot, tab: EvidenceTab, tmp_path: Path) -> None:
    made = files(tmp_path)
    tab.remove_original.setChecked(True)
    assert tab.remove_note.isVisible()
    assert "does not guarantee" in tab.remove_note.text()
    tab.add_files([made["text"]])
    wait_intake(qtbot, tab)
    assert tab.table.rowCount() == 1
    assert not made["text"].exists()


def test_the_viewer_closes_and_lets_go_when_the_window_is_hidden_for_a_lock(
    qtbot: QtBot, session: Session, tmp_path: Path
) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    tab = EvidenceTab(session, window)
    window.resize(900, 600)
    window.show()
    case_uuid = case_with_people(session)
    tab.set_case(case_uuid, [], [])
    tab.add_files([files(tmp_path)["pdf"]])
    wait_intake(qtbot, tab)
    viewer = tab.open_viewer(tab.table.uuid_at(0))
    assert viewer is not None and isinstance(viewer.view, PdfView)
    pdf_view = viewer.view
    window.hide()  # what the controller does before it closes the vault
    assert viewer.view is None
    assert pdf_view.page_count() == 0  # the document is closed
    qtbot.waitUntil(lambda: not tab.viewers, timeout=WAIT_MS)
    assert tab.table.rowCount() == 0 and not tab.table.thumbnails  # names and pictures gone
