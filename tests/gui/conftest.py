"""GUI test helpers: a controller whose Lock shows the unlock screen in-process."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool
from pytestqt.qtbot import QtBot

from casevault.core.session import Session
from casevault.core.vault.kdf import FLOOR
from casevault.gui.controller import AppController
from casevault.i18n import translations
from tests.helpers.gui import OFFSCREEN_NOTICES, Relaunches, close_controller

GUI_TESTS = Path(__file__).parent


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if GUI_TESTS in Path(str(item.path)).parents:
            item.add_marker(pytest.mark.qt_log_ignore(*OFFSCREEN_NOTICES))


@pytest.fixture(autouse=True)
def english(qapp: object) -> Iterator[None]:
    translations.install("en")
    yield
    # No worker may outlive its test (it would report to a deleted window).
    QThreadPool.globalInstance().waitForDone()
    translations.install("en")


@pytest.fixture
def make_controller(
    qtbot: QtBot,
) -> Iterator[Callable[[Path], tuple[AppController, Relaunches]]]:
    made: list[AppController] = []

    def make(folder: Path) -> tuple[AppController, Relaunches]:
        relaunches = Relaunches()
        session = Session(folder, kdf=FLOOR)

        def relaunch() -> None:  # production replaces the process; here: same process
            relaunches.count += 1
            controller.show_unlock()

        controller = AppController(session, relaunch)
        made.append(controller)
        return controller, relaunches

    yield make
    for controller in made:
        close_controller(qtbot, controller)
