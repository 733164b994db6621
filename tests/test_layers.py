"""The import direction of the layers (HOUSE_STYLE.md)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

# The command line is the program's one entry point: with no command it starts
# the window, importing ui/ lazily at that moment. Nothing else may.
ALLOWED = {("app/cli.py", "ui.application")}


def _imports(folder: str) -> list[tuple[Path, str]]:
    found = []
    for path in (ROOT / folder).rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                found += [(path, alias.name) for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                found += [(path, node.module)]
    return found


@pytest.mark.parametrize(
    ("folder", "forbidden"),
    [
        ("storage", ("app", "ui", "PySide6", "docx", "qtawesome")),
        ("app", ("ui", "PySide6.QtWidgets", "PySide6.QtGui", "qtawesome")),
    ],
)
def test_lower_layers_do_not_import_upper_ones(folder: str, forbidden: tuple[str, ...]) -> None:
    bad = [
        f"{path.relative_to(ROOT)} imports {name}"
        for path, name in _imports(folder)
        if any(name == f or name.startswith(f + ".") for f in forbidden)
        and (path.relative_to(ROOT).as_posix(), name) not in ALLOWED
    ]
    assert bad == []


def test_checker_sees_imports() -> None:
    assert any(name.startswith("PySide6.QtWidgets") for _, name in _imports("ui"))
