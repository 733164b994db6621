"""Helpers for the window's reliability tests (tests/test_ui/test_reliability_*.py)."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from conftest import leave_typing, show_active
from PySide6.QtCore import QEvent, QEventLoop
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from app.forum_lock import lock_path
from app.forum_session import ForumSession
from ui import session_dialogs
from ui.application import WindowManager
from ui.main_window import MainWindow

# Another process holding a forum's lock, the way a second Samsyn would.
HOLD_LOCK = """
import sys, time
from PySide6.QtCore import QLockFile
lock = QLockFile(sys.argv[1])
lock.setStaleLockTime(0)
print("locked" if lock.tryLock(0) else "refused", flush=True)
time.sleep(60)
"""


@contextmanager
def lock_holder(forum_path: Path) -> Iterator[subprocess.Popen[str]]:
    child = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(lock_path(forum_path))],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    try:
        assert child.stdout.readline().strip() == "locked"
        yield child
    finally:
        if child.poll() is None:
            child.kill()
        child.wait()
        child.stdout.close()


@dataclass
class ShownBox:
    name: str
    text: str
    informative: str
    buttons: list[str]


@dataclass
class Answers:
    """Answers the window's message boxes: clicks the button named next, records each box."""

    clicks: list[str] = field(default_factory=list)
    shown: list[ShownBox] = field(default_factory=list)

    def run_box(self, box: QMessageBox) -> object:
        buttons = {b.text(): b for b in box.buttons()}
        self.shown.append(
            ShownBox(box.objectName(), box.text(), box.informativeText(), list(buttons))
        )
        wanted = self.clicks.pop(0) if self.clicks else None
        if wanted is None:
            return None
        assert wanted in buttons, f"no button {wanted!r} in {list(buttons)}"
        return buttons[wanted]


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Answers:
    found = Answers()
    monkeypatch.setattr(session_dialogs, "run_box", found.run_box)
    return found


@pytest.fixture
def manager(tmp_path: Path) -> Iterator[WindowManager]:
    opened = WindowManager(backups_root=tmp_path / "backups")
    yield opened
    window = opened.window
    if window is not None:
        leave_typing(window)  # left typed by the test: not asked about
        window.close()
    opened.close()
    if window is not None:
        # Gone, as a replaced window is: its pending timers must not reach the
        # closed forum while a later test processes events.
        window.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def finish_backup(session: ForumSession, timeout: float = 20) -> None:
    """Wait for the session's backup to be stored.

    The window starts the backup taken on open only after its first paint, so
    events are processed until one is under way (it must start: a test that
    waits for it needs it), then the worker is awaited.
    """
    deadline = time.monotonic() + timeout
    while session.running_backup is None and time.monotonic() < deadline:
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    running = session.running_backup
    assert running is not None, "no backup started (has the window painted?)"
    assert running.wait(timeout)


def menu_action(window: MainWindow, text: str) -> QAction:
    (found,) = [a for a in window.findChildren(QAction) if a.text() == text]
    return found


def open_ready(manager: WindowManager, path: Path) -> MainWindow:
    """The forum open for writing in the manager's window, its open backup done."""
    assert manager.open_path(path)
    window = manager.window
    assert window is not None and window.session is not None
    finish_backup(window.session)
    return window


def open_shown(qtbot: QtBot, manager: WindowManager, path: Path) -> MainWindow:
    """As ``open_ready``, and the window shown and active (shortcuts reach it)."""
    window = open_ready(manager, path)
    show_active(qtbot, window)
    return window


def open_with_new_gap(manager: WindowManager, path: Path, title: str) -> tuple[MainWindow, str]:
    """The forum open for writing (its open backup done), and the id of a gap
    just captured in it, as the facilitator's latest edit."""
    window = open_ready(manager, path)
    meeting = window.forum.meetings.list()[-1]
    made = window.controller.create(
        window.forum.gaps, "Nytt glapp", meeting_id=meeting.id, title=title
    )
    assert made is not None
    return window, made.id


# (where, the line's object name, what is typed) for every capture line of the window.
CAPTURE_LINES = [
    ("phase 0", "agendaLine", "Fika"),
    ("phase 0", "facilitatorLine", "*"),
    ("phase 1", "walkInLine", "Vera Nilsson, Norrby kommun, hemtjänst"),
    ("phase 3", "gapCapture", "Läkemedelslistan följer inte med"),
    ("phase 5", "causeCapture", "Ingen rutin för överrapportering"),
    ("phase 6", "actionCapture", "Gemensam checklista vid utskrivning"),
    ("phase 7", "capture_decision", "Checklistan prövas i tre månader"),
    ("phase 7", "capture_parked", "Frågan om journalåtkomst"),
    ("phase 7", "capture_other", "Nästa träff i kommunhuset"),
    ("nav 0", "categoryCapture", "Juridik"),
    ("nav 2", "personCapture", "Vera Nilsson"),
    ("nav 2", "organisationCapture", "Ängsdals äldreboende"),
]


def show_place(window: MainWindow, where: str) -> None:
    kind, number = where.split()
    if kind == "nav":
        window.sidebar.nav_buttons[int(number)].click()
    else:
        window.sidebar.select_meeting(window.forum.meetings.list()[-1].id)
        window.meeting_view.show_phase(int(number))


def _not_yet_facilitator(window: MainWindow) -> str:
    forum = window.forum
    meeting = forum.meetings.list()[-1]
    taken = {f.person_id for f in forum.facilitators.list(meeting_id=meeting.id)}
    return next(p.name for p in forum.people.list() if p.id not in taken)


def capture_line(window: MainWindow, where: str, name: str, text: str) -> tuple[QLineEdit, str]:
    """The capture line ``name``, shown at ``where``, and the text to type in it."""
    show_place(window, where)
    (line,) = [w for w in window.findChildren(QLineEdit, name) if w.isVisible()]
    return line, _not_yet_facilitator(window) if text == "*" else text
