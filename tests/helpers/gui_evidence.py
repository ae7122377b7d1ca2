"""A case on a real vault shown in the real detail view, and a real drop of files."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from casevault.core.records.model import Person
from casevault.gui.evidence import EvidenceTab
from tests.helpers.gui_main_window import add_case
from tests.helpers.waits import WAIT_MS


def case_with_people(session) -> str:  # type: ignore[no-untyped-def]
    case_uuid = add_case(
        session,
        "CHP-2024-007",
        "Desaparición en Tuxtla",
        incident={"date_start": "2024-03-15", "place": "Mercado"},
    )
    session.cases.add(Person(case_uuid=case_uuid, pseudonym="Testigo A"))
    return case_uuid


def drop_files(tab: EvidenceTab, paths: list[Path]) -> bool:
    """What the window system delivers when files are dragged from a file manager."""
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    actions = Qt.DropAction.CopyAction
    enter = QDragEnterEvent(
        QPointF(10, 10), actions, data, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(tab, enter)
    if not enter.isAccepted():
        return False
    drop = QDropEvent(
        QPointF(10, 10), actions, data, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(tab, drop)
    return drop.isAccepted()


def wait_intake(qtbot: QtBot, tab: EvidenceTab) -> None:
    qtbot.waitUntil(lambda: tab.intake_job is None, timeout=WAIT_MS)


def wait_thumbnails(qtbot: QtBot, tab: EvidenceTab, count: int) -> None:
    qtbot.waitUntil(lambda: len(tab.table.thumbnails) >= count, timeout=WAIT_MS)
