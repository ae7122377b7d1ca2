"""The main window on a large vault: open-to-painted time, scrolling, memory.

Reuses the vault of bench_search.py (benchmarks/out/search-N/vault, built when
missing) and measures in a real offscreen QApplication:
  - from `session.open` to the first paint of the case list,
  - scrolling through 2,000 rows (scrollTo in steps, events processed each step),
  - a search typed in the box (the debounced refresh itself),
  - resident memory (VmRSS) with the vault open and the list shown.

    .venv/bin/python benchmarks/bench_gui.py [--cases 50000]
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication

from benchmarks.bench_search import PASSPHRASE, build
from benchmarks.common import OUT, machine, save
from casevault.core.records.model import Kind
from casevault.core.session import Session
from casevault.gui.cases.case_list_model import TITLE
from casevault.gui.main_window import MainWindow
from casevault.i18n import translations

SCROLL_ROWS = 2000
STEP = 20  # rows per scroll step (about a page of the list)


class FirstPaint(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.at: float | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint and self.at is None:
            self.at = time.perf_counter()
        return False


def rss_mib() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=50_000)
    args = parser.parse_args()
    base = OUT / f"search-{args.cases}"
    folder = base / "vault"
    if not (folder / "vault.header").exists():
        shutil.rmtree(base, ignore_errors=True)
        base.mkdir(parents=True)
        build(folder, args.cases)
    app = QApplication(sys.argv[:1])
    app.setStyle("Fusion")
    translations.install("en")
    rss_before = rss_mib()
    session = Session(folder)
    unwrapped = session.unwrap(PASSPHRASE)  # Argon2id: not part of what the list costs

    started = time.perf_counter()
    session.open(unwrapped)
    opened = time.perf_counter()
    window = MainWindow(session)
    built = time.perf_counter()
    view = window.browser.view
    painted = FirstPaint()
    view.viewport().installEventFilter(painted)
    window.show()
    while painted.at is None:
        app.processEvents()
    first_paint = painted.at
    model = window.browser.model
    rows_at_open = model.rowCount()
    rss_open = rss_mib()

    steps: list[float] = []
    scroll_started = time.perf_counter()
    for row in range(0, SCROLL_ROWS, STEP):
        step_started = time.perf_counter()
        while model.rowCount() <= row and model.canFetchMore():
            view.scrollToBottom()  # the view asks the model for more, as a person scrolling
            app.processEvents()
        view.scrollTo(model.index(row, TITLE))
        app.processEvents()
        steps.append(time.perf_counter() - step_started)
    scrolled = time.perf_counter() - scroll_started
    rss_scrolled = rss_mib()
    rows_after_scroll = model.rowCount()

    search_times = {}
    for words in ("tortura", "jose", "madre buscadora", ""):
        window.browser.search.setText(words)
        search_started = time.perf_counter()
        window.browser.refresh()
        app.processEvents()
        search_times[words or "(cleared)"] = time.perf_counter() - search_started
    cases = session.cases.count(Kind.CASE)
    window.close()
    session.lock()
    steps.sort()
    result = {
        "cases": cases,
        "open_database_s": opened - started,
        "window_built_s": built - opened,
        "open_to_list_painted_s": first_paint - started,
        "rows_loaded_at_open": rows_at_open,
        "scroll_rows": SCROLL_ROWS,
        "scroll_total_s": scrolled,
        "scroll_step_median_ms": 1000 * steps[len(steps) // 2],
        "scroll_step_max_ms": 1000 * steps[-1],
        "rows_loaded_after_scroll": rows_after_scroll,
        "search_refresh_s": search_times,
        "rss_mib_before_open": rss_before,
        "rss_mib_list_shown": rss_open,
        "rss_mib_after_scroll": rss_scrolled,
        "machine": machine(),
    }
    save(f"gui-{args.cases}", result)


if __name__ == "__main__":
    main()
