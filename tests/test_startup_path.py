"""What the window's start-up may import (issue 6: start-up within 1.5x a bare window).

``samsyn --smoke`` runs in a fresh process up to the first paint; then the
modules it loaded are checked. Heavy libraries and what only later actions
need (minutes, privacy scan, e-mail, dialogs) must wait until they are used.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from conftest import run_python

PROBE = """
import builtins, dataclasses, inspect, json, sys
from app.cli import main

code = main(["--smoke", sys.argv[1]])
classes = [
    (f"{name}.{key}", value)
    for name, module in list(sys.modules.items())
    if name.split(".")[0] in ("app", "ui", "storage")
    for key, value in vars(module).items()
    if inspect.isclass(value) and value.__module__ == name
]
generated_docs = [
    label for label, value in classes
    if dataclasses.is_dataclass(value) and (value.__doc__ or "").startswith(value.__name__ + "(")
]
frozen_dataclasses = [
    label for label, value in classes
    if dataclasses.is_dataclass(value) and value.__dataclass_params__.frozen
]
print(json.dumps({
    "modules": sorted(sys.modules),
    "generated_docs": generated_docs,
    "frozen_dataclasses": frozen_dataclasses,
    "feature_hook": builtins.__import__ is getattr(builtins, "__feature_import__", None),
}))
sys.exit(code)
"""

# Each costs start-up time and is needed only after the user asks for it.
NOT_BEFORE_USE = (
    "docx",  # python-docx and lxml: the minutes
    "lxml",
    "qtawesome",  # icons are rendered at build time
    "uuid",
    "multiprocessing",
    "email",  # the e-mail draft
    "app.minutes",
    "app.privacy",
    "app.mail_draft",
    "app.exchange",
    "app.json_places",  # json and a pattern, for an exchange file's error
    "app.text_cleaning",
    "storage.restore",
    "ui.minutes_dialogs",
    "ui.privacy_dialog",
    "ui.session_dialogs",
    "ui.draft_questions",
    "ui.backup_dialog",
)


@pytest.fixture(scope="module")
def started(tmp_path_factory: pytest.TempPathFactory, demo_template: Path) -> dict[str, Any]:
    home = tmp_path_factory.mktemp("home")
    forum = home / "forum.samsyn"
    forum.write_bytes(demo_template.read_bytes())
    done = run_python(["-c", PROBE, str(forum)], home)
    assert done.returncode == 0, done.stderr
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


@pytest.mark.parametrize("name", NOT_BEFORE_USE)
def test_waits_until_used(started: dict[str, list[str]], name: str) -> None:
    loaded = [m for m in started["modules"] if m == name or m.startswith(name + ".")]
    assert loaded == []


def test_the_window_did_start(started: dict[str, Any]) -> None:
    # Guards the guard: the probe really built the window and its first page.
    assert {"ui.main_window", "ui.pages.preparation", "PySide6.QtWidgets"} <= set(
        started["modules"]
    )


def test_dataclasses_on_the_way_have_docstrings(started: dict[str, Any]) -> None:
    # Without one, dataclass formats the class's signature at import (Python 3.11).
    assert started["generated_docs"] == []


def test_frozen_values_on_the_way_are_records(started: dict[str, Any]) -> None:
    # A frozen dataclass compiles six methods at import; a @record compiles one.
    assert started["frozen_dataclasses"] == []


def test_imports_after_qt_are_not_scanned(started: dict[str, Any]) -> None:
    # PySide6's __feature__ hook reads every later module's source (app.qt_import).
    assert started["feature_hook"] is False
