"""Shared fixtures. QT_QPA_PLATFORM is set before any QApplication exists."""

from __future__ import annotations

import hashlib
import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("SAMSYN_LANG", "sv")

from app import model  # noqa: E402
from app.demo import create_demo  # noqa: E402
from app.forum_file import ForumFile  # noqa: E402
from storage.records import record_fields  # noqa: E402

DEMO_TODAY = date(2026, 11, 22)
REPO = Path(__file__).resolve().parents[1]


def run_python(args: list[str], home: Path) -> subprocess.CompletedProcess[str]:
    """``python ARGS`` in a fresh process from the repository: offscreen, Swedish,
    with ``home`` as its private home (settings under config/, data under data/)."""
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "SAMSYN_LANG": "sv",
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
    }
    return subprocess.run(
        [sys.executable, *args], cwd=REPO, env=env, capture_output=True, text=True, timeout=120
    )


class NetworkUsed(AssertionError):
    pass


def _refuse(*args: object, **kwargs: object) -> None:
    raise NetworkUsed(f"Samsyn never touches the network (attempted with {args[:2]!r})")


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any attempt to reach another host fails the test (RELIABILITY.md, fault 13)."""
    original_connect = socket.socket.connect

    def connect(self: socket.socket, address: object) -> None:
        if self.family == getattr(socket, "AF_UNIX", None):
            return original_connect(self, address)  # type: ignore[arg-type]
        _refuse(self, address)

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket.socket, "connect_ex", connect)
    monkeypatch.setattr(socket, "create_connection", _refuse)
    monkeypatch.setattr(socket, "getaddrinfo", _refuse)


@pytest.fixture(autouse=True)
def private_settings(tmp_path_factory: pytest.TempPathFactory) -> None:
    """QSettings in a fresh folder for every test: nothing read from or left in
    the real user's settings, and no test sees what another one stored."""
    from PySide6.QtCore import QSettings

    folder = tmp_path_factory.mktemp("settings")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))


@pytest.fixture(autouse=True)
def unanswered_boxes_fail(monkeypatch: pytest.MonkeyPatch) -> None:
    """A message box no test answers would wait offscreen for a click forever: it
    fails the test instead (``reliability_support.answers`` gives it answers)."""
    from ui import session_dialogs

    def unanswered(box: object) -> None:
        raise AssertionError(f"a message box nobody answers: {box.text()!r}")  # type: ignore[attr-defined]

    monkeypatch.setattr(session_dialogs, "run_box", unanswered)


@pytest.fixture(scope="session")
def qapp_cls():  # type: ignore[no-untyped-def]
    """pytest-qt's application is Samsyn's own class, as the program's is."""
    from ui.application import SamsynApplication

    return SamsynApplication


@pytest.fixture
def forum_path(tmp_path: Path) -> Path:
    return tmp_path / "forum.samsyn"


@pytest.fixture
def forum(forum_path: Path) -> Iterator[ForumFile]:
    with ForumFile.create(forum_path, "Testforum") as opened:
        yield opened


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.samsyn"
    with create_demo(path, today=DEMO_TODAY):
        pass
    return path


@pytest.fixture
def demo_path(demo_template: Path, tmp_path: Path) -> Path:
    """A private copy of the demo forum for one test."""
    path = tmp_path / "demo.samsyn"
    path.write_bytes(demo_template.read_bytes())
    return path


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def leave_typing(window) -> None:  # type: ignore[no-untyped-def]
    """What a test left typed in capture lines, or refused in fields, is let go
    of (the window would ask about it as it closes)."""
    from ui.drafts import refused_fields, typed_lines
    from ui.widgets.refused_mark import unmark_refused

    if hasattr(window, "flush_edits"):
        window.flush_edits()  # a field still being typed in stores (or is refused) now
    for line in typed_lines(window):
        line.clear()
    for field in refused_fields(window):
        unmark_refused(field)


def show_active(qtbot, window):  # type: ignore[no-untyped-def]
    """Show ``window`` and wait until it is active: shortcuts only reach an active window.

    When the test is over, what it left typed or refused is not asked about.
    """
    qtbot.addWidget(window, before_close_func=leave_typing)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def type_text(widget, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type like a keyboard, å, ä and ö included (QTest.keyClicks knows only ASCII).

    A newline is the Enter key.
    """
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    for char in text:
        if char == "\n":
            QTest.keyClick(widget, Qt.Key.Key_Return)
        elif char.isascii():
            QTest.keyClicks(widget, char)
        else:
            code = ord(char.upper())
            key = code if code < 0x100 else Qt.Key.Key_unknown.value
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char)
                QApplication.sendEvent(widget, event)


def edit_cell(qtbot, view, row: int, column: int, text: str) -> None:  # type: ignore[no-untyped-def]
    """F2 on a table cell, the text typed over what it held, then Enter."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QAbstractItemView, QApplication

    view.setFocus()
    view.setCurrentIndex(view.model().index(row, column))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    editor.selectAll()
    type_text(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.state() != QAbstractItemView.State.EditingState)


def docx_text(path: Path) -> str:
    """Every paragraph and table cell of a Word document, in order, one per line."""
    import docx

    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        parts += [cell.text for row in table.rows for cell in row.cells]
    return "\n".join(parts)


def docx_footer(source: Path | bytes) -> str:
    """The footer's paragraphs of a Word document (a path or its bytes), one per line."""
    import io

    import docx

    document = docx.Document(io.BytesIO(source) if isinstance(source, bytes) else str(source))
    return "\n".join(p.text for p in document.sections[0].footer.paragraphs)


VOUCHED = "De innehåller inga uppgifter om enskilda klienter eller patienter."


def namesake_pair(forum: ForumFile) -> model.Organisation:
    """Two organisations of one name, as an import or a merge may leave them."""
    first = forum.organisations.create(name="Norrby kommun")
    twin = {name: getattr(first, name) for name in record_fields(type(first))}
    twin.update(id="0" * 32, name="norrby kommun", position=first.position + 1)
    with forum.db.transaction():
        forum.rows.insert("organisation", twin)
    return first
