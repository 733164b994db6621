"""app.qt_import: PySide6's __feature__ import hook is taken off, and only that hook."""

from __future__ import annotations

import builtins
import importlib
import sys

import pytest

from app.qt_import import load_qt_core

pytestmark = pytest.mark.skipif(
    not hasattr(builtins, "__orig_import__"), reason="this PySide6 wraps no import"
)


@pytest.fixture
def feature_hook_in_place(monkeypatch: pytest.MonkeyPatch) -> None:
    """PySide6's hook as it is after a plain ``import PySide6``; restored afterwards."""
    monkeypatch.setattr(builtins, "__import__", builtins.__feature_import__)  # type: ignore[attr-defined]


@pytest.mark.usefixtures("feature_hook_in_place")
def test_the_hook_pyside_wrapped_is_put_back() -> None:
    load_qt_core()
    assert builtins.__import__ is builtins.__orig_import__  # type: ignore[attr-defined]
    load_qt_core()  # twice changes nothing
    assert builtins.__import__ is builtins.__orig_import__  # type: ignore[attr-defined]


@pytest.mark.usefixtures("feature_hook_in_place")
def test_imports_still_work_afterwards(monkeypatch: pytest.MonkeyPatch) -> None:
    load_qt_core()
    monkeypatch.delitem(sys.modules, "app.removal_text", raising=False)
    assert importlib.import_module("app.removal_text").__name__ == "app.removal_text"
    # PySide6's lazy type loading still answers a from-import.
    namespace: dict[str, object] = {}
    exec("from PySide6.QtGui import QTextDocumentWriter", namespace)
    assert namespace["QTextDocumentWriter"].__name__ == "QTextDocumentWriter"  # type: ignore[attr-defined]


def test_another_import_hook_is_left_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    def someone_elses(*args: object, **kwargs: object) -> object:
        return builtins.__orig_import__(*args, **kwargs)  # type: ignore[attr-defined]

    monkeypatch.setattr(builtins, "__import__", someone_elses)
    load_qt_core()
    assert builtins.__import__ is someone_elses
