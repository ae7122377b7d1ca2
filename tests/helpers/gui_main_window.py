"""Vaults with a few known cases, and a main window open on them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from casevault.core.records.model import Case, Incident
from casevault.core.session import Session
from casevault.core.vault.kdf import FLOOR
from casevault.gui.main_window import MainWindow
from tests.helpers.vaults import PASSPHRASE
from tests.helpers.waits import WAIT_MS

CANARY = "Canary-7f3a Zyxwvut"


def open_session(folder: Path) -> Session:
    session = Session(folder, kdf=FLOOR)
    session.open(session.unwrap(PASSPHRASE))
    return session


def add_case(session: Session, code: str, title: str, **fields: object) -> str:
    incident = fields.pop("incident", None)
    case = session.cases.add(Case(code=code, title=title, opened="2024-03-01", **fields))  # type: ignore[arg-type]
    if isinstance(incident, dict):
        session.cases.add(Incident(case_uuid=case.uuid, **incident))
    return case.uuid


def add_known_cases(session: Session) -> dict[str, str]:
    return {
        "jose": add_case(
            session,
            "CHP-2024-001",
            "José Pérez, detención arbitraria",
            status="open",
            risk="high",
            incident={
                "date_start": "2021-06-10",
                "state": "CHP",
                "violations": ["arbitrary_detention"],
                "perpetrators": ["state_police"],
            },
        ),
        "maria": add_case(
            session,
            "OAX-2023-014",
            "María López, amenazas",
            status="closed",
            risk="low",
            incident={
                "date_start": "2019-02-01",
                "state": "OAX",
                "violations": ["threats"],
                "perpetrators": ["organised_crime"],
            },
        ),
        "canary": add_case(session, "GRO-2022-003", CANARY, status="waiting", risk="critical"),
    }


def show_window(qtbot: QtBot, session: Session) -> MainWindow:
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window, timeout=WAIT_MS)
    return window


def titles(window: MainWindow) -> list[str]:
    model = window.browser.model
    return [model.hit(row).title for row in range(model.rowCount())]


def type_search(qtbot: QtBot, window: MainWindow, text: str) -> None:
    box = window.browser.search
    box.clear()
    qtbot.keyClicks(box, text)
    qtbot.waitUntil(
        lambda: not box.pending and window.browser.model.case_filter.text == text, timeout=WAIT_MS
    )


def press(qtbot: QtBot, window: MainWindow, key: Qt.Key) -> None:
    qtbot.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)
