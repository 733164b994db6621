"""Start-up: ``samsyn --smoke`` on a large forum against a bare PySide6 window.

    .venv/bin/python bench/startup_bench.py [--runs 7] [--no-frozen]

Generates a forum of 50 meetings and ~5,000 gaps, causes and actions
(bench/forum_generator.py), then times, alternating so both see the same
machine state, median of N runs after one warm-up run each:

* ``python -m app --smoke FORUM`` (opens the window on the forum, exits after
  the first paint) against ``python bench/bare_window.py`` (one empty
  QMainWindow, exits after the first paint);
* when a build exists (python3 dev.py build): the frozen ``samsyn --smoke``
  against the bare window frozen with PyInstaller too, the way the spec freezes
  Samsyn (modules as files, no archive); built once into build/bench-bare/ and
  reused while its source, options and PyInstaller are unchanged.

Wall time from start to exit, and peak resident memory of each process (its
own rusage, via wait4; not measured on Windows). Budget: 1.5x the bare
window's time and 1.6x its memory. A figure, never a failure: exit status 0.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from bench.figures import Figure, median, table  # noqa: E402

TIME_BUDGET = 1.5
MEMORY_BUDGET = 1.6
BARE_SOURCE = REPO / "bench" / "bare_window.py"
BARE_BUILD = REPO / "build" / "bench-bare"
TIMEOUT_S = 120
# Frozen as packaging/samsyn.spec freezes Samsyn: modules as files, no archive.
BARE_FREEZE_OPTIONS = ["--debug", "noarchive"]


def _python() -> str:
    venv = REPO / ".venv" / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    return str(venv) if venv.exists() else sys.executable


def _frozen_samsyn() -> Path | None:
    name = "samsyn-cli.exe" if os.name == "nt" else "samsyn"
    program = REPO / "dist" / "samsyn" / name
    return program if program.is_file() else None


def generate_forum(folder: Path, meetings: int = 50, items: int = 5000) -> Path:
    """The large forum, imported as ``samsyn import`` does."""
    from app.exchange.files import import_into_new_file, load_exchange_file
    from bench.forum_generator import generate_document

    source, forum = folder / "large.json", folder / "large.samsyn"
    source.write_text(
        json.dumps(generate_document(meetings, items, 1), ensure_ascii=False), encoding="utf-8"
    )
    with import_into_new_file(load_exchange_file(source), forum):
        pass
    return forum


def _environment(home: Path) -> dict[str, str]:
    """Offscreen, a private home (QSettings), bytecode caches allowed, no PYTHONPATH."""
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("PYTHONPATH", "PYTHONDONTWRITEBYTECODE", "PYTHONHOME")
    }
    env.update(
        HOME=str(home),
        USERPROFILE=str(home),
        APPDATA=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        QT_QPA_PLATFORM="offscreen",
        SAMSYN_LANG="sv",
    )
    return env


def run_once(args: list[str], cwd: Path, env: dict[str, str]) -> tuple[float, float | None]:
    """Wall seconds and peak RSS in MiB (None where wait4 is missing) of one process."""
    with tempfile.TemporaryFile() as errors:
        start = time.perf_counter()
        process = subprocess.Popen(args, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=errors)
        peak: float | None = None
        if hasattr(os, "wait4"):
            _, status, usage = os.wait4(process.pid, 0)
            elapsed = time.perf_counter() - start
            process.returncode = os.waitstatus_to_exitcode(status)
            # ru_maxrss: kilobytes on Linux, bytes on macOS
            peak = usage.ru_maxrss / (2**20 if sys.platform == "darwin" else 2**10)
        else:
            process.wait(TIMEOUT_S)
            elapsed = time.perf_counter() - start
        if process.returncode != 0:
            errors.seek(0)
            text = errors.read().decode("utf-8", "replace").strip()
            raise RuntimeError(f"{' '.join(args)} exited {process.returncode}: {text[-800:]}")
    return elapsed, peak


def compare(
    label: str,
    subject: list[str],
    reference: list[str],
    runs: int,
    cwd: Path,
    env: dict[str, str],
) -> list[Figure]:
    """Time and memory figures of ``subject`` against ``reference``, runs alternating."""
    run_once(subject, cwd, env), run_once(reference, cwd, env)  # warm: caches, bytecode
    subject_runs, reference_runs = [], []
    for _ in range(runs):
        subject_runs.append(run_once(subject, cwd, env))
        reference_runs.append(run_once(reference, cwd, env))
    figures = [
        Figure(
            f"{label} start-up time",
            median(t for t, _ in subject_runs),
            "s",
            TIME_BUDGET,
            median(t for t, _ in reference_runs),
            "bare window",
        )
    ]
    subject_peaks = [m for _, m in subject_runs if m is not None]
    reference_peaks = [m for _, m in reference_runs if m is not None]
    if subject_peaks and reference_peaks:
        figures.append(
            Figure(
                f"{label} start-up peak memory",
                median(subject_peaks),
                "MiB",
                MEMORY_BUDGET,
                median(reference_peaks),
                "bare window",
            )
        )
    return figures


def _bare_stamp() -> str:
    import PyInstaller
    import PySide6

    digest = hashlib.sha256(BARE_SOURCE.read_bytes())
    digest.update(f"{PyInstaller.__version__} {PySide6.__version__} {sys.version}".encode())
    digest.update(" ".join(BARE_FREEZE_OPTIONS).encode())
    return digest.hexdigest()


def frozen_bare_window() -> Path:
    """The bare window frozen with PyInstaller (one folder), built once and reused."""
    name = "bare_window.exe" if os.name == "nt" else "bare_window"
    program = BARE_BUILD / "dist" / "bare_window" / name
    stamp_file = BARE_BUILD / "stamp"
    stamp = _bare_stamp()
    if program.is_file() and stamp_file.is_file() and stamp_file.read_text() == stamp:
        return program
    print("building the frozen bare window (once) …", flush=True)
    BARE_BUILD.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        [_python(), "-m", "PyInstaller", "--noconfirm", "--onedir", "--log-level", "WARN"]
        + BARE_FREEZE_OPTIONS
        + ["--distpath", str(BARE_BUILD / "dist"), "--workpath", str(BARE_BUILD / "work")]
        + ["--specpath", str(BARE_BUILD), str(BARE_SOURCE)],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0 or not program.is_file():
        raise RuntimeError(f"PyInstaller could not freeze the bare window: {done.stderr[-800:]}")
    stamp_file.write_text(stamp)
    return program


def figures(
    runs: int = 7, frozen: bool | None = None, meetings: int = 50, items: int = 5000
) -> list[Figure]:
    """Every start-up figure; frozen ones when a build exists (or ``frozen`` is True)."""
    runs = max(1, runs)
    with tempfile.TemporaryDirectory(prefix="samsyn-startup-") as tmp:
        folder = Path(tmp)
        home = folder / "home"
        home.mkdir()
        env = _environment(home)
        forum = generate_forum(folder, meetings, items)
        python = _python()
        result = compare(
            "source",
            [python, "-m", "app", "--smoke", str(forum)],
            [python, str(BARE_SOURCE)],
            runs,
            REPO,
            env,
        )
        samsyn = _frozen_samsyn()
        if frozen is None:
            frozen = samsyn is not None
        if frozen:
            if samsyn is None:
                raise RuntimeError("no build in dist/samsyn; run python3 dev.py build first")
            result += compare(
                "frozen",
                [str(samsyn), "--smoke", str(forum)],
                [str(frozen_bare_window())],
                runs,
                folder,
                env,
            )
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="runs per program (default 7)")
    parser.add_argument("--no-frozen", action="store_true", help="skip the frozen comparison")
    parser.add_argument("--meetings", type=int, default=50)
    parser.add_argument("--items", type=int, default=5000, help="gaps + causes + actions")
    args = parser.parse_args(argv)
    frozen = False if args.no_frozen else None
    print(f"Samsyn start-up benchmark, Python {sys.version.split()[0]}, {args.runs} runs each")
    print(f"forum: {args.meetings} meetings, {args.items} items; medians", flush=True)
    print()
    print(table(figures(args.runs, frozen, args.meetings, args.items)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
