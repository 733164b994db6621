"""Search across all meetings: from the words typed to the hits on screen.

    .venv/bin/python bench/search_bench.py [--runs 5]

On the large generated forum (50 meetings, ~5,000 items, as the start-up
bench uses), each query is timed three ways: app.search.ForumSearch's first
search after a change (it reads every item), its search while the user
types (items already read), and the real search panel (ui.search_panel)
from its refresh until the hit table has repainted. The queries range from
a word in nearly every item (its 200 first hits shown) to a word in none.
The panel waits for a pause in the typing (TYPING_PAUSE_MS) before it
searches; that pause is the facilitator's, not the program's, and is not
counted. Budget: 100 ms, the limit below which a response reads as instant.
A figure, never a failure.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from bench.figures import Figure  # noqa: E402

BUDGET_MS = 100.0
QUERIES = ("utskrivning", "läkemedel natt", "vårdplan boende trygg", "hemtjänst", "xyzzy")


Timings = dict[str, list[float]]


def measure(runs: int) -> tuple[Timings, Timings, Timings, dict[str, int]]:
    """Milliseconds per query: the first search after a change (it reads the
    forum), a search while typing (read already), and the panel from its
    refresh to the repainted hits."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from app.forum_file import ForumFile
    from app.search import ForumSearch
    from bench.startup_bench import generate_forum
    from ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    work = Path(tempfile.mkdtemp(prefix="samsyn-search-"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(work))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    forum = ForumFile.open(generate_forum(work))
    window = MainWindow(forum)
    window.resize(1366, 768)
    window.show()
    window.search()
    panel = window._search_panel
    assert panel is not None
    app.processEvents()
    first: Timings = {query: [] for query in QUERIES}
    typing: Timings = {query: [] for query in QUERIES}
    shown: Timings = {query: [] for query in QUERIES}
    totals: dict[str, int] = {}
    for _run in range(runs):
        for query in QUERIES:
            searcher = ForumSearch(forum.db)
            for timings in (first, typing):
                start = time.perf_counter()
                totals[query] = searcher.search(query).total
                timings[query].append((time.perf_counter() - start) * 1000)

            panel.query.blockSignals(True)  # the typing pause is not timed
            panel.query.setText(query)
            panel.query.blockSignals(False)
            start = time.perf_counter()
            panel.refresh()
            panel.table.viewport().repaint()
            shown[query].append((time.perf_counter() - start) * 1000)
    window.close()
    forum.close()
    return first, typing, shown, totals


def figures(runs: int = 5) -> list[Figure]:
    """The slowest query's median of each kind, for bench/run_all.py."""
    first, typing, shown, totals = measure(runs)

    def figure(name: str, timings: Timings, what: str) -> Figure:
        medians = {query: statistics.median(values) for query, values in timings.items()}
        query = max(medians, key=medians.__getitem__)
        note = f"slowest of {len(QUERIES)} queries: '{query}', {totals[query]} hits{what}"
        return Figure(name, medians[query], "ms", BUDGET_MS, note=note)

    return [
        figure("search 5,000 items, first after an edit", first, "; reads the forum"),
        figure("search 5,000 items, while typing", typing, ""),
        figure("search panel, words to hits shown", shown, "; at most 200 shown"),
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    first, typing, shown, totals = measure(args.runs)
    heading = "".join(f"{name:>10}" for name in ("first", "typing", "shown"))
    print(f"{'query':<24}{'hits':>6}{heading}   budget {BUDGET_MS:.0f} ms")
    for query in QUERIES:
        values = [statistics.median(t[query]) for t in (first, typing, shown)]
        verdict = "met" if max(values) <= BUDGET_MS else "NOT met"
        times = "".join(f"{value:>8.1f}ms" for value in values)
        print(f"{query:<24}{totals[query]:>6}{times}   {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
