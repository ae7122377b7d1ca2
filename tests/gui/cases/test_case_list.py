"""The case list model and view: paging, sorting, snippets drawn as plain text."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot

from casevault.core.records.model import Case
from casevault.core.records.search import CaseFilter
from casevault.core.session import Session
from casevault.gui.cases.case_list_model import PAGE, TITLE, CaseListModel
from casevault.gui.cases.case_list_view import CaseListView, lead_in, snippet_runs
from tests.helpers.gui_main_window import open_session
from tests.helpers.waits import WAIT_MS

MANY = 2 * PAGE + 50


@pytest.fixture
def session(vault_dir: Path) -> Iterator[Session]:
    opened = open_session(vault_dir)
    yield opened
    opened.lock()


def add_many(session: Session, count: int) -> None:
    store = session.cases
    with store.db.transaction():
        for number in range(count):
            title = f"Caso {number:04d}" + (" tortura" if number % 2 else "")
            store.add(Case(code=f"T-{number:04d}", title=title), in_transaction=True)


def test_rows_load_a_page_at_a_time(session: Session) -> None:
    add_many(session, MANY)
    model = CaseListModel(session)
    model.set_filter(CaseFilter())
    assert model.rowCount() == PAGE
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 2 * PAGE
    model.fetchMore(QModelIndex())
    assert model.rowCount() == MANY
    assert not model.canFetchMore(QModelIndex())
    assert len({model.hit(r).uuid for r in range(MANY)}) == MANY  # no row twice


def test_view_fetches_more_as_it_scrolls(qtbot: QtBot, session: Session) -> None:
    add_many(session, MANY)
    model = CaseListModel(session)
    view = CaseListView(model)
    qtbot.addWidget(view)
    model.set_filter(CaseFilter())
    view.resize(600, 400)
    view.show()
    qtbot.waitExposed(view, timeout=WAIT_MS)
    assert model.rowCount() == PAGE
    for _ in range(3):
        view.scrollToBottom()
        qtbot.waitUntil(lambda: model.rowCount() > PAGE, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: model.rowCount() == MANY, timeout=WAIT_MS)


def test_sorting_by_a_column_orders_every_match(session: Session) -> None:
    add_many(session, MANY)
    model = CaseListModel(session)
    model.set_filter(CaseFilter(text="tortura"))
    model.sort(TITLE, Qt.SortOrder.DescendingOrder)
    assert model.rowCount() == PAGE  # sorted lists page too: the database sorts
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    titles = [model.hit(r).title for r in range(model.rowCount())]
    assert len(titles) == MANY // 2
    assert titles == sorted(titles, reverse=True)
    model.sort(-1)  # back to the best matches first, paged again
    assert model.rowCount() == PAGE


def test_edits_and_deletes_update_the_row_in_place(session: Session) -> None:
    add_many(session, 3)
    model = CaseListModel(session)
    model.set_filter(CaseFilter())
    uuid = model.hit(1).uuid
    session.cases.update(Case, uuid, {"title": "Nuevo título", "risk": "critical"})
    model.refresh_case(uuid)
    assert model.index(1, TITLE).data() == "Nuevo título"
    assert model.index(1, 3).data() == "Critical"
    model.remove_case(uuid)
    assert model.rowCount() == 2 and model.row_of(uuid) == -1


def test_snippet_marks_become_bold_runs_and_markup_stays_text() -> None:
    assert snippet_runs("a \x02José\x03 <b>x</b> &amp; \x02jose\x03") == [
        ("a ", False),
        ("José", True),
        (" <b>x</b> &amp; ", False),
        ("jose", True),
    ]
    assert snippet_runs("plain") == [("plain", False)]
    long_lead = snippet_runs("uno dos tres cuatro cinco \x02seis\x03 siete")
    assert lead_in(long_lead) == [("…tres cuatro cinco ", False), ("seis", True), (" siete", False)]


def test_html_in_case_text_is_shown_as_typed(qtbot: QtBot, session: Session) -> None:
    session.cases.add(Case(code="H-1", title="<b>Hola</b> &amp; <img src=x>"))
    model = CaseListModel(session)
    view = CaseListView(model)
    qtbot.addWidget(view)
    model.set_filter(CaseFilter(text="hola"))
    assert model.index(0, TITLE).data() == "<b>Hola</b> &amp; <img src=x>"
    assert "\x02" in model.hit(0).snippet
    tip = model.index(0, TITLE).data(Qt.ItemDataRole.ToolTipRole)
    assert "<b>" not in tip and "<img" not in tip
    assert tip.startswith("<p>&lt;b&gt;Hola&lt;/b&gt; &amp;amp; &lt;img src=x&gt;<br>")
    view.resize(500, 200)
    view.show()
    qtbot.waitExposed(view, timeout=WAIT_MS)
    assert not view.grab().isNull()  # the snippet delegate paints without complaint
