"""Every benchmark of the project in one run, one table: figure, budget, measured, ratio, met?

    .venv/bin/python bench/run_all.py [--runs 5] [--captures 300] [--only startup,export] [-v]
    python3 dev.py bench [same options]

Each bench runs in a process of its own (its ``figures()`` function), so one
bench's imports, caches and Qt application cannot colour another's figures;
each figure is the median of several runs, or of many captures, measured
side by side with its reference where the budget is a ratio. The frozen
start-up figures appear when a build exists (python3 dev.py build). The exit
status is 0 whether or not budgets are met (benchmarks never fail CI); 1 only
when a bench could not run at all.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from bench.figures import Figure, table  # noqa: E402

# name -> module; the keyword arguments come from the command line (_arguments).
BENCHES = {
    "exchange": "bench.exchange_bench",
    "capture": "bench.capture_latency",
    "export": "bench.export_bench",
    "backup": "bench.backup_bench",
    "search": "bench.search_bench",
    "startup": "bench.startup_bench",
}
NOT_MEASURED: list[str] = []


def _python() -> str:
    venv = REPO / ".venv" / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    return str(venv) if venv.exists() else sys.executable


def _arguments(name: str, args: argparse.Namespace) -> dict[str, Any]:
    return {
        "exchange": {"runs": args.runs},
        "capture": {"captures": args.captures},
        "export": {"runs": args.runs},
        "backup": {"backups": args.runs},
        "search": {"runs": args.runs},
        "startup": {"runs": args.runs + 2},  # short processes: two more runs, steadier medians
    }[name]


def _child(module: str, arguments: str) -> int:
    """Run one bench here; its own printing goes to stderr, the figures as JSON to stdout."""
    with contextlib.redirect_stdout(sys.stderr):
        figures = importlib.import_module(module).figures(**json.loads(arguments))
    print(json.dumps([figure.to_json() for figure in figures]))
    return 0


def run_bench(name: str, arguments: dict[str, Any], verbose: bool) -> list[Figure]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [_python(), str(Path(__file__).resolve()), "--child", BENCHES[name], json.dumps(arguments)],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=None if verbose else subprocess.PIPE,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        detail = (done.stderr or "").strip()[-1500:]
        raise RuntimeError(f"bench {name} failed (exit {done.returncode}): {detail}")
    return [Figure.from_json(item) for item in json.loads(done.stdout.strip().splitlines()[-1])]


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--child"]:
        return _child(argv[1], argv[2])
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="runs per figure (default 5)")
    parser.add_argument("--captures", type=int, default=300, help="captures timed (default 300)")
    parser.add_argument("--only", help=f"comma-separated, of: {', '.join(BENCHES)}")
    parser.add_argument("-v", "--verbose", action="store_true", help="show each bench's output")
    args = parser.parse_args(argv)
    chosen = list(BENCHES) if not args.only else [n.strip() for n in args.only.split(",")]
    unknown = [name for name in chosen if name not in BENCHES]
    if unknown:
        parser.error(f"unknown bench: {', '.join(unknown)}")

    print(f"Samsyn benchmarks, Python {sys.version.split()[0]}, {sys.platform}", flush=True)
    figures: list[Figure] = []
    failed = []
    for name in chosen:
        start = time.perf_counter()
        print(f"  {name} …", end="", flush=True)
        try:
            figures += run_bench(name, _arguments(name, args), args.verbose)
        except (RuntimeError, ValueError, IndexError) as exc:
            failed.append(f"{name}: {exc}")
            print(" FAILED", flush=True)
        else:
            print(f" {time.perf_counter() - start:.0f} s", flush=True)
    if "startup" in chosen and not any(f.name.startswith("frozen") for f in figures):
        NOT_MEASURED.append("frozen start-up: no build in dist/ (python3 dev.py build)")
    print()
    if figures:
        print(table(figures))
    for line in NOT_MEASURED:
        print(line)
    for line in failed:
        print(f"NOT RUN: {line}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
