"""No key does two things at once in the real window (with its File menu).

Two shortcuts on one key that are active together are ambiguous to Qt, and
then neither runs: Ctrl+N on Glapp went back to the entry line in the tests,
which build the window without the File menu, and did nothing in the program.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pytest
from conftest import show_active
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app.forum_file import ForumFile
from ui.file_actions import FileActions
from ui.main_window import MainWindow
from ui.meeting_view import PHASES
from ui.pages.base import BACK_TO_FIRST

GAPS, PRIORITISE, CAUSES = 3, 4, 5


def _window_keys(window: MainWindow) -> dict[str, list[str]]:
    """Keys of the window-wide actions (the menus), each with what it does."""
    found: dict[str, list[str]] = defaultdict(list)
    for action in window.findChildren(QAction):
        if action.shortcutContext() != Qt.ShortcutContext.WindowShortcut:
            continue
        for key in action.shortcuts():
            found[key.toString()].append(action.text() or action.objectName())
    return found


def _page_keys(page: QWidget) -> dict[str, list[str]]:
    """Keys of the page's own shortcuts that are live while the page has focus."""
    found: dict[str, list[str]] = defaultdict(list)
    for shortcut in page.findChildren(QShortcut):
        if shortcut.context() in (
            Qt.ShortcutContext.WidgetWithChildrenShortcut,
            Qt.ShortcutContext.WindowShortcut,
        ):
            found[shortcut.key().toString()].append(type(page).__name__)
    return found


@pytest.fixture()
def window(qtbot: QtBot, demo_path: Path):  # type: ignore[no-untyped-def]
    with ForumFile.open(demo_path) as forum:
        shown = show_active(qtbot, MainWindow(forum, FileActions(lambda _path: True)))
        shown.sidebar.select_meeting(forum.meetings.list()[-1].id)
        yield shown
        shown.close()


def test_no_page_key_is_also_a_menu_key(window: MainWindow) -> None:
    menus = _window_keys(window)
    assert "Ctrl+N" in menus  # File > New forum: the menus are there
    for phase in range(len(PHASES)):
        window.meeting_view.show_phase(phase, remember=False)
        page = window.meeting_view.pages[phase]
        for key, owners in _page_keys(page).items():
            assert len(owners) == 1, f"{key} is bound {len(owners)} times on {owners[0]}"
            assert key not in menus, f"{key} on {owners[0]} is also {menus[key]}"


@pytest.mark.parametrize("phase", [GAPS, PRIORITISE, CAUSES])
def test_back_to_the_entry_line_works_in_the_real_window(
    qtbot: QtBot, window: MainWindow, phase: int
) -> None:
    window.meeting_view.show_phase(phase, remember=False)
    page = window.meeting_view.pages[phase]
    page.focus_first()
    first = QApplication.focusWidget()
    # Another field of the page, or the page itself (setFocus ignores the policy).
    fields = [
        w
        for w in page.findChildren(QWidget)
        if w.isVisible() and w is not first and w.focusPolicy() & Qt.FocusPolicy.TabFocus
    ]
    elsewhere = fields[0] if fields else page
    elsewhere.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not first)
    sequence = QKeySequence(BACK_TO_FIRST)[0]
    qtbot.keyClick(QApplication.focusWidget(), sequence.key(), sequence.keyboardModifiers())
    qtbot.waitUntil(lambda: QApplication.focusWidget() is first)
