"""Smoke test of the frozen program: every check runs the bundle, not the source.

    .venv/bin/python packaging/smoke.py [--bundle dist/samsyn]     (python3 dev.py build runs it)

Each command runs from an empty temporary folder with PYTHONPATH unset and a
private HOME, so nothing of the source tree or of the user can stand in for
the bundle. python-docx from the venv reads the exported minutes back. Checks:
--version, demo, dump, check, export (sv and en), email, merge, --smoke offscreen
(sv and en); what the bundle holds (python-docx's templates, resources, only
Swedish and English Qt translations, no qtawesome); and the folder's size
against the budget. Exit status 1 when any check fails.
"""

from __future__ import annotations

import argparse
import email
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from email import policy
from email.message import EmailMessage
from pathlib import Path

import bundle_rules

SIZE_BUDGET_MB = 130  # Linux, one-folder build (issue 6); MB = 10**6 bytes
TIMEOUT_S = 120


class SmokeFailure(Exception):
    pass


def _environment(home: Path, language: str) -> dict[str, str]:
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("PYTHON", "VIRTUAL_ENV", "QT_", "XDG_", "LC_", "LANG"))
    }
    env.update(
        HOME=str(home),
        USERPROFILE=str(home),
        APPDATA=str(home / "AppData" / "Roaming"),
        LOCALAPPDATA=str(home / "AppData" / "Local"),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_RUNTIME_DIR=str(home / "runtime"),
        QT_QPA_PLATFORM="offscreen",
        SAMSYN_LANG=language,
    )
    (home / "runtime").mkdir(mode=0o700, exist_ok=True)
    return env


class Frozen:
    """The bundled program, run in a folder of its own."""

    def __init__(self, program: Path, work: Path) -> None:
        self.program = program
        self.work = work
        self.home = work / "home"
        self.home.mkdir()

    def run(self, *args: str, language: str = "sv", expect: int = 0) -> str:
        done = subprocess.run(
            [str(self.program), *args],
            cwd=self.work,
            env=_environment(self.home, language),
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
            timeout=TIMEOUT_S,
            check=False,
        )
        if done.returncode != expect:
            raise SmokeFailure(
                f"`samsyn {' '.join(args)}` exited {done.returncode} (expected {expect}): "
                f"{(done.stderr or done.stdout).strip()[:500]}"
            )
        return done.stdout


def _document_text(path: Path) -> str:
    import docx

    document = docx.Document(str(path))
    parts = [paragraph.text for paragraph in document.paragraphs]
    for table in document.tables:
        parts += [cell.text for row in table.rows for cell in row.cells]
    return "\n".join(parts)


def _require(condition: bool, message: str) -> None:
    if not condition:
        raise SmokeFailure(message)


def _checks(frozen: Frozen, bundle: Path, version: str) -> list[tuple[str, Callable[[], str]]]:
    work = frozen.work
    forum, forum_name = work / "demo.samsyn", ""

    def check_version() -> str:
        out = frozen.run("--version").strip()
        _require(out == f"samsyn {version}", f"--version printed {out!r}")
        return out

    def check_demo() -> str:
        frozen.run("demo", forum.name)
        _require(forum.is_file() and forum.stat().st_size > 0, "demo wrote no forum file")
        return f"{forum.name}, {forum.stat().st_size // 1024} kB"

    def check_dump() -> str:
        nonlocal forum_name
        document = json.loads(frozen.run("dump", forum.name))
        forum_name = document["forum"]["name"]
        _require(len(document["meetings"]) > 0, "the dumped demo has no meetings")
        return f"{forum_name!r}, {len(document['meetings'])} meetings"

    def check_check() -> str:
        return frozen.run("check", forum.name).strip().splitlines()[-1]

    def check_export(language: str, heading: str) -> Callable[[], str]:
        def check() -> str:
            out = work / f"minutes-{language}.docx"
            frozen.run("export", forum.name, "--out", out.name, "--lang", language)
            text = _document_text(out)
            _require(forum_name in text, f"the {language} minutes lack the forum name")
            _require(heading in text, f"the {language} minutes lack {heading!r}")
            return f"{out.name}, {out.stat().st_size // 1024} kB, has {heading!r} and the forum"

        return check

    def check_email() -> str:
        out = work / "draft.eml"
        frozen.run("email", forum.name, "--out", out.name)
        parsed = email.message_from_bytes(out.read_bytes(), policy=policy.default)
        _require(isinstance(parsed, EmailMessage), "the draft is not an e-mail")
        assert isinstance(parsed, EmailMessage)
        _require(parsed["X-Unsent"] == "1", "the draft is not marked unsent")
        names = [part.get_filename() or "" for part in parsed.iter_attachments()]
        _require(any(name.endswith(".docx") for name in names), "no .docx attached")
        return f"{out.name}, to {len(parsed['To'].addresses)} participants"

    def check_merge() -> str:
        group = work / "grupp1.json"
        group.write_text(frozen.run("dump", forum.name), encoding="utf-8")
        out = frozen.run("merge", forum.name, group.name).strip()
        _require(out == f"Från {group.name}: inget nytt.", f"merge printed {out!r}")
        return out

    def check_window(language: str) -> Callable[[], str]:
        def check() -> str:
            frozen.run("--smoke", forum.name, language=language)
            return "first paint reached, exit 0"

        return check

    def check_contents() -> str:
        internal = bundle / "_internal" if (bundle / "_internal").is_dir() else bundle
        for needed in (
            "docx/templates/default.docx",
            "docx/templates/default-footer.xml",
            "resources/translations/samsyn_en.qm",
            "resources/exchange/exchange.schema.json",
            "resources/demo/demo_forum.json",
            "resources/icons/forum-32.png",
        ):
            _require((internal / needed).is_file(), f"the bundle lacks {needed}")
        _require(not list(internal.rglob("qtawesome*")), "qtawesome is bundled")
        _require(not list(internal.rglob("*.ts")), "translation sources (.ts) are bundled")
        qt_translations = sorted(p.name for p in internal.rglob("PySide6/Qt/translations/*.qm"))
        strays = [
            n for n in qt_translations if bundle_rules.is_unused(f"PySide6/Qt/translations/{n}")
        ]
        _require(not strays, f"Qt translations beyond sv/en: {strays[:5]}")
        return f"templates, resources; Qt translations {', '.join(qt_translations) or 'none'}"

    return [
        ("--version", check_version),
        ("demo", check_demo),
        ("dump", check_dump),
        ("check", check_check),
        ("export --lang sv", check_export("sv", "Minnesanteckningar")),
        ("export --lang en", check_export("en", "Minutes")),
        ("email", check_email),
        ("merge", check_merge),
        ("--smoke (sv)", check_window("sv")),
        ("--smoke (en)", check_window("en")),
        ("bundle contents", check_contents),
    ]


def size_line(bundle: Path) -> tuple[str, bool]:
    size = bundle_rules.folder_size(bundle)
    within = size <= SIZE_BUDGET_MB * 10**6
    verdict = "met" if within or not sys.platform.startswith("linux") else "NOT met"
    return (
        f"bundle size: {size / 1e6:.1f} MB ({size / 2**20:.1f} MiB), "
        f"budget {SIZE_BUDGET_MB} MB on Linux: {verdict}",
        within or not sys.platform.startswith("linux"),
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, default=bundle_rules.bundle_folder())
    args = parser.parse_args(argv)
    bundle = args.bundle.resolve()
    program = bundle / bundle_rules.executable().name
    if not program.is_file():
        print(f"smoke: no frozen program at {program}; build it first (python3 dev.py build)")
        return 1
    _, version = bundle_rules.project_metadata()
    failures = 0
    with tempfile.TemporaryDirectory(prefix="samsyn-smoke-") as tmp:
        frozen = Frozen(program, Path(tmp))
        for name, check in _checks(frozen, bundle, version):
            try:
                detail = check()
            except Exception as exc:  # any surprise is a failed check, reported, not a crash
                failures += 1
                print(f"FAIL  {name}: {exc}", flush=True)
            else:
                print(f"ok    {name}: {detail}", flush=True)
    line, within = size_line(bundle)
    print(line)
    failures += 0 if within else 1
    print(f"smoke: {'all checks passed' if not failures else f'{failures} check(s) FAILED'}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
