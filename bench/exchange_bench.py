"""Import and dump of a generated 50-meeting forum, timed; figures, never a failure.

    .venv/bin/python bench/exchange_bench.py [--runs 5] [--meetings 50] [--items 5000]

Generates the forum once (bench/forum_generator.py) into a temporary folder and
times, several runs each, median quoted:

* import, in-process: ``load_exchange_file`` + ``import_into_new_file`` (the
  path ``samsyn import`` takes), from reading the JSON to the closed file;
* dump, in-process: ``ForumDatabase.open(read_only=True)`` + ``write_dump``
  (``dump_text`` and the atomic write ``samsyn dump --out`` does);
* the same two as whole processes (``python -m app import`` / ``dump --out``),
  to show what starting Python and Samsyn adds.

The budget (issue: "importing and then dumping a generated forum of 50 meetings
with ~5,000 gaps, causes and actions takes under 1 s each on this machine")
applies to the in-process figures. The exit status is 0 whether or not it is
met: benchmarks never fail CI.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from app.exchange.files import (  # noqa: E402
    dump_text,
    import_into_new_file,
    load_exchange_file,
    write_dump,
)
from bench.figures import Figure  # noqa: E402
from bench.forum_generator import count_items, generate_document  # noqa: E402
from storage.database import ForumDatabase  # noqa: E402

BUDGET_S = 1.0


def _python() -> str:
    venv = REPO / ".venv" / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    return str(venv) if venv.exists() else sys.executable


def _remove_forum(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(str(path) + suffix).unlink(missing_ok=True)


def _time_runs(runs: int, setup: Callable[[], None], body: Callable[[], None]) -> list[float]:
    times = []
    for _ in range(runs):
        setup()
        start = time.perf_counter()
        body()
        times.append(time.perf_counter() - start)
    return times


def _run_process(args: list[str]) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(args, cwd=REPO, env=env, capture_output=True, text=True)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(args)} exited {done.returncode}: {done.stderr.strip()}")


Result = tuple[str, list[float], float | None]  # name, seconds per run, budget


def figures(runs: int = 5, meetings: int = 50, items: int = 5000) -> list[Figure]:
    """The budgeted figures (in-process import and dump), for bench/run_all.py."""
    args = argparse.Namespace(runs=runs, meetings=meetings, items=items, seed=1)
    results, round_trip = measure(args)
    return [
        Figure(
            f"{name.replace(', in-process', '')} of {meetings} meetings, {items} items",
            statistics.median(times),
            "s",
            budget,
            note=f"in-process; dump -> import -> dump round trip {round_trip}"
            if name.startswith("dump")
            else "in-process",
        )
        for name, times, budget in results
        if budget is not None
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="runs per figure (default 5)")
    parser.add_argument("--meetings", type=int, default=50)
    parser.add_argument("--items", type=int, default=5000, help="gaps + causes + actions")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    runs = max(1, args.runs)
    results, round_trip = measure(args)

    print()
    width = max(len(name) for name, _, _ in results)
    print(f"{'figure':<{width}}  {'median':>8}  {'min':>8}  {'budget':>7}  result")
    for name, times, budget in results:
        median = statistics.median(times)
        verdict = "-"
        budget_text = "-"
        if budget is not None:
            budget_text = f"{budget:.1f} s"
            verdict = "met" if median < budget else "NOT met"
        print(
            f"{name:<{width}}  {median:>6.3f} s  {min(times):>6.3f} s  {budget_text:>7}  {verdict}"
        )
    missed = [n for n, t, b in results if b is not None and statistics.median(t) >= b]
    if missed:
        print(f"\nBUDGET NOT MET: {', '.join(missed)} (median over {runs} runs)")
    else:
        print(f"\nbudget met: in-process import and dump each under {BUDGET_S:.1f} s")
    print(f"round trip: {round_trip}")
    return 0


def measure(args: argparse.Namespace) -> tuple[list[Result], str]:
    """Every timed figure and the round trip's verdict ("identical" or where it differs)."""
    runs = max(1, args.runs)
    with tempfile.TemporaryDirectory(prefix="samsyn-bench-") as tmp:
        folder = Path(tmp)
        source = folder / "forum.json"
        forum = folder / "forum.samsyn"
        out = folder / "dump.json"

        start = time.perf_counter()
        document = generate_document(args.meetings, args.items, args.seed)
        source.write_text(json.dumps(document, ensure_ascii=False, indent=2), encoding="utf-8")
        generated = time.perf_counter() - start
        counts = count_items(document)
        del document

        print(f"Samsyn exchange benchmark, Python {sys.version.split()[0]}, {runs} runs each")
        print(
            f"generated forum: {counts['meetings']} meetings, {counts['gaps']} gaps, "
            f"{counts['causes']} causes ({counts['why_causes']} of them 'why?'), "
            f"{counts['actions']} actions = "
            f"{counts['gaps'] + counts['causes'] + counts['actions']} items; "
            f"{counts['followups']} follow-ups, {counts['people']} people, "
            f"{counts['organisations']} organisations"
        )
        print(
            f"JSON {source.stat().st_size / 1e6:.1f} MB (generated in {generated:.2f} s)",
            flush=True,
        )

        def import_in_process() -> None:
            rows = load_exchange_file(source)
            with import_into_new_file(rows, forum):
                pass

        def dump_in_process() -> None:
            with ForumDatabase.open(forum, read_only=True) as db:
                write_dump(db, out)

        python = _python()
        results: list[tuple[str, list[float], float | None]] = []
        results.append(
            (
                "import, in-process",
                _time_runs(runs, lambda: _remove_forum(forum), import_in_process),
                BUDGET_S,
            )
        )
        results.append(
            (
                "dump, in-process",
                _time_runs(runs, lambda: out.unlink(missing_ok=True), dump_in_process),
                BUDGET_S,
            )
        )
        results.append(
            (
                "import, process (-m app import)",
                _time_runs(
                    runs,
                    lambda: _remove_forum(forum),
                    lambda: _run_process([python, "-m", "app", "import", str(source), str(forum)]),
                ),
                None,
            )
        )
        results.append(
            (
                "dump, process (-m app dump --out)",
                _time_runs(
                    runs,
                    lambda: out.unlink(missing_ok=True),
                    lambda: _run_process(
                        [python, "-m", "app", "dump", str(forum), "--out", str(out)]
                    ),
                ),
                None,
            )
        )
        results.append(
            (
                "python start only (-c pass)",
                _time_runs(runs, lambda: None, lambda: _run_process([python, "-c", "pass"])),
                None,
            )
        )

        # Correctness, once: dump -> import -> dump gives the same bytes.
        with ForumDatabase.open(forum, read_only=True) as db:
            first = dump_text(db)
        again = folder / "again.json"
        again.write_text(first, encoding="utf-8")
        second_forum = folder / "again.samsyn"
        with import_into_new_file(load_exchange_file(again), second_forum):
            pass
        with ForumDatabase.open(second_forum, read_only=True) as db:
            second = dump_text(db)
        if first == second:
            return results, "identical"
        lines = zip(first.splitlines(), second.splitlines(), strict=False)
        where = next((i + 1 for i, (a, b) in enumerate(lines) if a != b), "end")
        return results, f"DIFFERENT (first difference at line {where})"


if __name__ == "__main__":
    sys.exit(main())
