#!/usr/bin/env python3
"""Developer commands that set everything up first (stdlib only).

python3 dev.py run     # create .venv, install, open the demo forum
python3 dev.py test    # create .venv, install with test tools, run the whole suite
python3 dev.py lint    # ruff and mypy, as CI runs them
python3 dev.py build   # the one-folder program in dist/samsyn (PyInstaller), then its smoke test
python3 dev.py bench   # every benchmark, one table of figures against their budgets
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")


def _run(*args: str | Path, env: dict[str, str] | None = None) -> int:
    return subprocess.call([str(a) for a in args], cwd=ROOT, env=env)


def ensure_environment(extras: str = "test") -> None:
    """A virtual environment with Samsyn installed (editable); reused when current."""
    if sys.version_info < (3, 11):
        sys.exit("Samsyn needs Python 3.11 or newer.")
    if not PYTHON.exists():
        print("Creating .venv …", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    # The stamp records pyproject's hash and the extras installed with it, so
    # `run` after `test` (or the reverse) does not reinstall for nothing.
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    stamp = VENV / ".samsyn-installed"
    recorded = stamp.read_text().split() if stamp.exists() else []
    if recorded[:1] == [digest] and (not extras or extras in recorded[1:]):
        return
    print("Installing Samsyn and its dependencies into .venv …", flush=True)
    if _run(PYTHON, "-m", "pip", "install", "--quiet", "--upgrade", "pip") != 0:
        sys.exit("pip could not be upgraded; see the messages above.")
    target = f".[{extras}]" if extras else "."
    if _run(PYTHON, "-m", "pip", "install", "--quiet", "-e", target) != 0:
        sys.exit("Installing dependencies failed; see the messages above.")
    kept = recorded[1:] if recorded[:1] == [digest] else []
    stamp.write_text(" ".join([digest, *sorted(set(kept) | ({extras} - {""}))]))


def cmd_run(args: list[str]) -> int:
    ensure_environment("")
    if args:
        return _run(PYTHON, "-m", "app", *args)
    demo = ROOT / "out" / "demo.samsyn"
    if not demo.exists():
        demo.parent.mkdir(exist_ok=True)
        if _run(PYTHON, "-m", "app", "demo", demo) != 0:
            return 1
    return _run(PYTHON, "-m", "app", demo)


def cmd_test(args: list[str]) -> int:
    ensure_environment("test")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    code = _run(PYTHON, "-m", "pytest", *args, env=env)
    if code == 5:
        print("dev.py: pytest collected no tests; that is a failure here.", file=sys.stderr)
        return 1
    return code


def cmd_lint(args: list[str]) -> int:
    ensure_environment("test")
    code = _run(PYTHON, "-m", "ruff", "check", ".")
    code |= _run(PYTHON, "-m", "ruff", "format", "--check", ".")
    code |= _run(PYTHON, "-m", "mypy")
    return code


TRANSLATIONS = ROOT / "resources" / "translations"


def translation_sources() -> list[str]:
    """The Python files whose strings are translated (tracked or new)."""
    return sorted(
        str(path.relative_to(ROOT))
        for folder in ("app", "ui")
        for path in (ROOT / folder).rglob("*.py")
    )


def cmd_translations(args: list[str]) -> int:
    """Swedish is the source; English lives in samsyn_en.ts (edit it, or with Qt Linguist)."""
    ensure_environment("test")
    ts = TRANSLATIONS / "samsyn_en.ts"
    lupdate = BIN / ("pyside6-lupdate.exe" if os.name == "nt" else "pyside6-lupdate")
    lrelease = BIN / ("pyside6-lrelease.exe" if os.name == "nt" else "pyside6-lrelease")
    code = _run(
        lupdate,
        "-no-obsolete",
        "-locations",
        "none",
        "-source-language",
        "sv_SE",
        "-target-language",
        "en_GB",
        *translation_sources(),
        "-ts",
        ts,
    )
    return code or _run(lrelease, "-silent", ts, "-qm", ts.with_suffix(".qm"))


def cmd_icons(args: list[str]) -> int:
    ensure_environment("")
    script = (
        "import os; os.environ.setdefault('QT_QPA_PLATFORM', 'offscreen');"
        "from PySide6.QtWidgets import QApplication; app = QApplication([]);"
        "from ui.icons import render_all; print(len(render_all()), 'icons')"
    )
    return _run(PYTHON, "-c", script)


PACKAGING = ROOT / "packaging"
ICONS = [PACKAGING / f"samsyn.{suffix}" for suffix in ("png", "ico", "icns")]


def cmd_build(args: list[str]) -> int:
    """PyInstaller one-folder build for this machine; ``--no-smoke`` skips the smoke test."""
    ensure_environment("build")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    missing_icons = not all(icon.exists() for icon in ICONS)
    if missing_icons and _run(PYTHON, PACKAGING / "app_icon.py", env=env) != 0:
        return 1
    code = _run(
        PYTHON,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--clean",
        "--log-level",
        "WARN",
        "--distpath",
        ROOT / "dist",
        "--workpath",
        ROOT / "build" / "pyinstaller",
        PACKAGING / "samsyn.spec",
        env=env,
    )
    if code != 0:
        print("dev.py: PyInstaller failed; see the messages above.", file=sys.stderr)
        return code
    print(f"Built {ROOT / 'dist' / 'samsyn'}", flush=True)
    if "--no-smoke" in args:
        return 0
    return _run(PYTHON, PACKAGING / "smoke.py", env=env)


def cmd_bench(args: list[str]) -> int:
    ensure_environment("")
    return _run(PYTHON, ROOT / "bench" / "run_all.py", *args)


COMMANDS = {
    "run": cmd_run,
    "test": cmd_test,
    "lint": cmd_lint,
    "translations": cmd_translations,
    "icons": cmd_icons,
    "build": cmd_build,
    "bench": cmd_bench,
}

if __name__ == "__main__":
    if len(sys.argv) < 2 or sys.argv[1] not in COMMANDS:
        print(__doc__)
        sys.exit(2)
    sys.exit(COMMANDS[sys.argv[1]](sys.argv[2:]))
