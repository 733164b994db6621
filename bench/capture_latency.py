"""Capture latency: a gap typed in the capture line, from Enter to stored and shown.

    .venv/bin/python bench/capture_latency.py [--captures 500]

Runs the real window offscreen on a copy of the demo forum, on the Glapp
phase. For each capture the title is typed first (the facilitator's time, not
measured); then the clock runs from the Enter key press until the row is in
the file (read back) and on screen (the view has repainted). Prints the
median and 99th percentile against the budgets (10 ms and 50 ms). Between
captures the bench pauses as a typing person would; in that pause the side
panel follows the new gap (after DETAILS_DELAY_MS), and its refresh time is
printed separately. A figure, never a failure: the exit status is 0 either way.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from PySide6.QtCore import QSettings, Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from app.demo import create_demo  # noqa: E402
from app.model import Phase  # noqa: E402
from bench.figures import Figure  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402
from ui.pages.gaps import DETAILS_DELAY_MS  # noqa: E402

MEDIAN_BUDGET_MS = 10.0
P99_BUDGET_MS = 50.0


def measure(captures: int) -> tuple[list[float], list[float]]:
    app = QApplication.instance() or QApplication([])
    work = Path(tempfile.mkdtemp(prefix="samsyn-latency-"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(work))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    forum = create_demo(work / "demo.samsyn", today=date(2026, 11, 22))
    window = MainWindow(forum)
    window.resize(1366, 768)
    window.show()
    meeting = forum.meetings.list()[-1]
    window.sidebar.select_meeting(meeting.id)
    window.meeting_view.show_phase(Phase.GAPS, remember=False)
    page = window.meeting_view.pages[Phase.GAPS]
    line = page.capture
    app.processEvents()
    panel: list[float] = []
    show_gap = page.details.show_gap

    def timed_show_gap(gap_id: str | None) -> None:
        began = time.perf_counter()
        show_gap(gap_id)
        panel.append((time.perf_counter() - began) * 1000)

    page.details.show_gap = timed_show_gap
    timings: list[float] = []
    for number in range(captures):
        title = f"Glapp nummer {number} vid hemgång"
        line.setText(title)
        start = time.perf_counter()
        QTest.keyClick(line, Qt.Key.Key_Return)
        # processEvents paints everything the capture made dirty, the new row included
        app.processEvents()
        elapsed = time.perf_counter() - start
        stored = forum.db.query_one(
            "SELECT count(*) FROM gap WHERE meeting_id = ? AND title = ?", (meeting.id, title)
        )
        if stored is None or stored[0] != 1 or line.text():
            raise SystemExit(f"capture {number} was not stored")
        timings.append(elapsed * 1000)
        QTest.qWait(DETAILS_DELAY_MS + 30)  # the typing pause: the side panel follows
    window.close()
    forum.close()
    return timings, panel


def _p99(ordered: list[float]) -> float:
    return ordered[min(len(ordered) - 1, int(round(0.99 * len(ordered))) - 1)]


def figures(captures: int = 500) -> list[Figure]:
    """Median and p99 against their budgets, for bench/run_all.py."""
    timings, _ = measure(captures)
    ordered = sorted(timings)
    note = f"{len(ordered)} captures on the demo forum's Glapp phase, Enter -> stored and shown"
    return [
        Figure("gap capture latency, median", statistics.median(ordered), "ms", MEDIAN_BUDGET_MS),
        Figure("gap capture latency, p99", _p99(ordered), "ms", P99_BUDGET_MS, note=note),
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--captures", type=int, default=500)
    args = parser.parse_args()
    timings, panel = measure(args.captures)
    ordered = sorted(timings)
    median = statistics.median(ordered)
    p99 = _p99(ordered)
    print(f"captures: {len(timings)} (gap capture line, Enter -> stored and shown)")
    print(f"{'figure':<12}{'value':>10}{'budget':>10}  result")
    for name, value, budget in (("median", median, MEDIAN_BUDGET_MS), ("p99", p99, P99_BUDGET_MS)):
        verdict = "met" if value <= budget else "NOT met"
        print(f"{name:<12}{value:>8.2f}ms{budget:>8.0f}ms  {verdict}")
    print(f"{'max':<12}{max(ordered):>8.2f}ms")
    if panel:
        print(
            f"side panel refresh after the pause: median {statistics.median(panel):.2f}ms "
            f"over {len(panel)} (not part of the figure above)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
