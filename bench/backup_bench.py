"""Capture latency while an automatic backup runs; figures, never a failure.

    .venv/bin/python bench/backup_bench.py [--items 20000] [--backups 5] [--pause-ms 2]

Generates a large forum (bench/forum_generator.py: 50 meetings, ``--items``
gaps, causes and actions, imported as ``samsyn import`` does), opens it as the
window does, and then, ``--backups`` times, starts a backup the way the app
runs its automatic ones (app.backup_policy.BackgroundBackup: a worker thread,
its own read connection, one snapshot copied in steps of
storage.copies.STEP_PAGES pages, verified, renamed, thinned). While it runs the
main thread captures without stopping: a gap through ``forum.gaps.create``
(one transaction, synchronous=FULL), ``--pause-ms`` apart. Each capture is
timed from the call to its return.

Printed: the capture latency during the backups (median, p99, max) against
the 50 ms budget, the same without a backup running, and each backup's total
time. The blocking ``BackupStore.take`` used before an import or restore is
timed too, for reference. Exit status 0 either way.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from app.backup_policy import BackgroundBackup, forum_id, store_for_forum  # noqa: E402
from app.exchange.files import import_into_new_file, load_exchange_file  # noqa: E402
from app.forum_file import ForumFile  # noqa: E402
from bench.figures import Figure  # noqa: E402
from bench.forum_generator import generate_document  # noqa: E402
from storage.copies import STEP_PAGES  # noqa: E402

BUDGET_MS = 50.0


def _p99(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]


def _line(label: str, values: list[float]) -> str:
    if not values:
        return f"{label}: no captures"
    worst = max(values)
    verdict = "within" if worst <= BUDGET_MS else "OVER"
    return (
        f"{label}: {len(values)} captures, median {statistics.median(values):.1f} ms, "
        f"p99 {_p99(values):.1f} ms, max {worst:.1f} ms ({verdict} the {BUDGET_MS:.0f} ms budget)"
    )


def _capture(forum: ForumFile, meeting_id: str, number: int) -> float:
    start = time.perf_counter()
    forum.gaps.create(meeting_id=meeting_id, title=f"Glapp under säkerhetskopiering {number}")
    return (time.perf_counter() - start) * 1000


def figures(backups: int = 5, items: int = 20000) -> list[Figure]:
    """The longest capture during background backups against 50 ms, for bench/run_all.py."""
    args = argparse.Namespace(
        meetings=50, items=items, backups=backups, pause_ms=2.0, pages=STEP_PAGES
    )
    measured = measure(args)
    if measured is None:
        raise RuntimeError("a background backup failed")
    during, totals = measured
    return [
        Figure(
            "capture during a background backup, max",
            max(during),
            "ms",
            BUDGET_MS,
            note=f"{len(during)} captures, median {statistics.median(during):.1f} ms, "
            f"p99 {_p99(during):.1f} ms; {backups} backups of a {items}-item forum, "
            f"median {statistics.median(totals) * 1000:.0f} ms each",
        )
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--meetings", type=int, default=50)
    parser.add_argument("--items", type=int, default=20000, help="gaps + causes + actions")
    parser.add_argument("--backups", type=int, default=5, help="backups to time (default 5)")
    parser.add_argument("--pause-ms", type=float, default=2.0, help="pause between captures")
    parser.add_argument("--pages", type=int, default=STEP_PAGES, help="pages per backup step")
    measure(parser.parse_args(argv))
    return 0


def measure(args: argparse.Namespace) -> tuple[list[float], list[float]] | None:
    """Prints every figure; returns the captures during backups (ms) and each backup's
    total time (s), or None when a backup failed."""
    pause = args.pause_ms / 1000

    with tempfile.TemporaryDirectory(prefix="samsyn-backup-bench-") as tmp:
        folder = Path(tmp)
        source = folder / "forum.json"
        source.write_text(
            json.dumps(generate_document(args.meetings, args.items, 1), ensure_ascii=False),
            encoding="utf-8",
        )
        with import_into_new_file(load_exchange_file(source), folder / "forum.samsyn"):
            pass
        path = folder / "forum.samsyn"
        print(f"Samsyn backup benchmark, Python {sys.version.split()[0]}")
        size_mb = path.stat().st_size / 1e6
        print(f"forum: {args.meetings} meetings, {args.items} items, {size_mb:.1f} MB")

        with ForumFile.open(path) as forum:
            store = store_for_forum(forum_id(forum.db), folder / "backups")
            meeting_id = forum.meetings.list()[-1].id
            number = 0

            idle: list[float] = []
            until = time.perf_counter() + 1.0
            while time.perf_counter() < until:
                number += 1
                idle.append(_capture(forum, meeting_id, number))
                time.sleep(pause)

            during: list[float] = []
            totals: list[float] = []
            for _ in range(args.backups):
                started = time.perf_counter()
                task = BackgroundBackup(store, path, "auto", pages=args.pages).start()
                while not task.done():
                    number += 1
                    during.append(_capture(forum, meeting_id, number))
                    time.sleep(pause)
                task.wait()
                totals.append(time.perf_counter() - started)
                if task.error is not None:
                    print(f"backup failed: {task.error}")
                    return None

            blocking = []
            for _ in range(3):
                started = time.perf_counter()
                store.take(forum.db, "before-import")
                blocking.append(time.perf_counter() - started)

        print(_line("captures, no backup running", idle))
        print(_line("captures during background backups", during))
        print(
            "background backup total time: "
            + ", ".join(f"{t * 1000:.0f}" for t in totals)
            + f" ms (steps of {args.pages} pages)"
        )
        print(
            "blocking backup (before import/merge/restore): "
            + ", ".join(f"{t * 1000:.0f}" for t in blocking)
            + " ms"
        )
        print(f"backups kept after thinning: {len(store.list())}")
    return during, totals


if __name__ == "__main__":
    raise SystemExit(main())
