"""Prioritera's rows are as tall as their own text needs at the width shown.

Its title column stretches. Qt announces a stretched column's new width
(sectionResized) before it stores it, so rows measured on that signal took the
old width: a page built while hidden (the 100 px default column) showed rows
three or four lines tall until the next resize, and every resize left the rows
fitted to the width before it.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import show_active
from PySide6.QtWidgets import QApplication, QLayout, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from app.forum_file import ForumFile
from ui.pages.base import PageContext
from ui.pages.prioritise import PrioritisePage
from ui.qt_changes import ChangeSignals
from ui.undo import EditController
from ui.widgets.row_heights import MAX_LINES

# Long enough to wrap in a narrow column, short enough for one line at 1100 px.
TITLES = (
    "Äldre med psykisk sjukdom faller mellan psykiatrin och äldreomsorgen",
    "Rehabiliteringen avbryts vid hemgång",
    "Ny personal i hemtjänsten känner inte igen tecken på försämring",
)


@pytest.fixture
def ff(forum_path: Path) -> Iterator[ForumFile]:
    opened = ForumFile.create(forum_path, "Testforum")
    meeting = opened.meetings.create(title="Träff 4", date="2026-11-09")
    for title in TITLES:
        opened.gaps.create(meeting_id=meeting.id, title=title)
    yield opened
    opened.close()


def _settle() -> None:
    for _ in range(5):
        QApplication.processEvents()


def _hidden_page_then_shown(qtbot: QtBot, forum: ForumFile, width: int) -> PrioritisePage:
    """As the meeting view builds it: set to the meeting before it is ever shown."""
    ctx = PageContext(forum, EditController(forum), ChangeSignals(forum))
    host = QWidget()
    layout = QVBoxLayout(host)
    layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
    page = PrioritisePage(ctx, host)
    page.set_meeting(forum.meetings.list()[0].id)
    layout.addWidget(page)
    host.resize(width, 600)
    page.host = show_active(qtbot, host)  # type: ignore[attr-defined]
    _settle()
    return page


def _heights(page: PrioritisePage) -> list[int]:
    return [page.table.rowHeight(row) for row in range(page.model.rowCount())]


def _needed(page: PrioritisePage) -> list[int]:
    return [page.table.sizeHintForRow(row) for row in range(page.model.rowCount())]


def test_a_page_built_hidden_shows_one_line_rows(qtbot: QtBot, ff: ForumFile) -> None:
    page = _hidden_page_then_shown(qtbot, ff, 1100)
    line = page.table.fontMetrics().lineSpacing()
    assert page.table.columnWidth(page.model.TITLE) > 400
    assert _heights(page) == _needed(page)
    assert all(height < 2 * line for height in _heights(page)), _heights(page)


def test_rows_follow_the_width_after_each_resize(qtbot: QtBot, ff: ForumFile) -> None:
    page = _hidden_page_then_shown(qtbot, ff, 1100)
    line = page.table.fontMetrics().lineSpacing()
    one_line = _heights(page)

    page.host.resize(560, 600)  # type: ignore[attr-defined]
    _settle()
    assert _heights(page) == _needed(page)
    assert max(_heights(page)) >= 2 * line  # the long title wraps now, and is not cut

    page.host.resize(1100, 600)  # type: ignore[attr-defined]
    _settle()
    assert _heights(page) == _needed(page) == one_line


def test_a_row_is_at_most_four_lines_tall(qtbot: QtBot, ff: ForumFile) -> None:
    pasted = "Rubrik och en hel sida text som klistrats in av misstag " * 60
    first = ff.gaps.list()[0]
    ff.gaps.update(first.id, title=pasted)
    page = _hidden_page_then_shown(qtbot, ff, 1100)
    line = page.table.fontMetrics().lineSpacing()
    row = page.model.row_of(first.id)
    assert row is not None
    assert page.table.sizeHintForRow(row) > 10 * line  # the text would need far more
    assert page.table.rowHeight(row) == line * MAX_LINES + 8
    assert ff.gaps.get(first.id).title == pasted  # shown shorter, stored whole
    others = [height for r, height in enumerate(_heights(page)) if r != row]
    assert all(height < 2 * line for height in others)
