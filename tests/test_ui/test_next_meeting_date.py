"""Avslutning: a Nästa träff before the meeting's own date is stored and pointed out,
in the same words and colour as Klart senast."""

from __future__ import annotations

import pytest
from conftest import show_active, type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from app.forum_file import ForumFile
from ui.dates import BEFORE_MEETING_STYLE, spell_beside
from ui.pages.base import PageContext
from ui.pages.closing import ClosingPage
from ui.qt_changes import ChangeSignals
from ui.undo import EditController

WARNING = "– före den här träffens datum"


@pytest.fixture
def meeting_id(forum: ForumFile) -> str:
    return forum.meetings.create(title="Träff 1", date="2026-11-22").id


def _page(qtbot: QtBot, forum: ForumFile, meeting_id: str) -> ClosingPage:
    ctx = PageContext(forum, EditController(forum), ChangeSignals(forum))
    page = ClosingPage(ctx)
    page.set_meeting(meeting_id)
    page.setMinimumSize(1100, 700)  # the offscreen platform warns when a shown page grows
    show_active(qtbot, page)
    return page


def _enter_next_date(qtbot: QtBot, page: ClosingPage, text: str) -> None:
    page.next_date.setFocus()
    page.next_date.selectAll()
    if text:
        type_text(page.next_date, text)
    else:
        qtbot.keyClick(page.next_date, Qt.Key.Key_Delete)
    qtbot.keyClick(page.next_date, Qt.Key.Key_Return)


def _warned(label: QLabel) -> bool:
    return label.text().endswith(WARNING)


def test_typed_before_the_meeting_is_stored_and_pointed_out(
    qtbot: QtBot, forum: ForumFile, meeting_id: str
) -> None:
    page = _page(qtbot, forum, meeting_id)
    words = page.next_date_text

    _enter_next_date(qtbot, page, "20251210")  # last year's number, typed in November
    assert forum.meetings.get(meeting_id).next_date == "2025-12-10"  # stored, not refused
    assert words.text() == "10 december 2025 " + WARNING
    assert words.isEnabled() and words.styleSheet() == BEFORE_MEETING_STYLE
    assert words.toolTip() == "Träffen var den 22 november 2026. Stämmer årtalet?"

    _enter_next_date(qtbot, page, "2026-11-22")  # the same day: nothing to point out
    assert words.text() == "22 november 2026"
    assert not words.isEnabled() and words.styleSheet() == "" and words.toolTip() == ""

    _enter_next_date(qtbot, page, "2026-11-21")
    assert _warned(words)
    _enter_next_date(qtbot, page, "")  # cleared: the warning goes with the date
    assert forum.meetings.get(meeting_id).next_date is None
    assert words.text() == "" and words.styleSheet() == "" and words.toolTip() == ""


def test_follows_the_meeting_date_through_undo_and_another_meeting(
    qtbot: QtBot, forum: ForumFile, meeting_id: str
) -> None:
    other = forum.meetings.create(title="Träff 2", date="2027-03-01", next_date="2027-05-01")
    page = _page(qtbot, forum, meeting_id)
    words = page.next_date_text
    _enter_next_date(qtbot, page, "2027-01-15")
    assert not _warned(words)

    # The meeting's own date changed elsewhere (Förberedelse) to after the next one.
    controller = page.ctx.controller
    controller.update(forum.meetings, meeting_id, "Ändra datum", date="2027-02-01")
    assert _warned(words) and "1 februari 2027" in words.toolTip()
    controller.stack.undo()
    assert forum.meetings.get(meeting_id).date == "2026-11-22"
    assert not _warned(words) and words.toolTip() == ""
    controller.stack.redo()
    assert _warned(words)

    page.set_meeting(other.id)  # its next date lies after its own
    assert words.text() == "1 maj 2027" and words.styleSheet() == ""
    page.set_meeting(meeting_id)
    assert _warned(words)
    page.set_meeting(None)
    assert words.text() == "" and words.styleSheet() == ""


def test_the_warning_wraps_and_never_widens_the_page(
    qtbot: QtBot, forum: ForumFile, meeting_id: str
) -> None:
    ctx = PageContext(forum, EditController(forum), ChangeSignals(forum))
    page = ClosingPage(ctx)
    page.set_meeting(meeting_id)
    page.setFixedSize(680, 600)  # the page in the smallest window (960x600)
    show_active(qtbot, page)
    words = page.next_date_text
    _enter_next_date(qtbot, page, "2027-01-15")
    QApplication.processEvents()
    narrowest = page.minimumSizeHint().width()

    _enter_next_date(qtbot, page, "2025-12-10")
    assert _warned(words)
    assert words.heightForWidth(words.width()) > words.fontMetrics().lineSpacing()  # wraps
    # The row makes room for the lines once laid out: none is cut off.
    qtbot.waitUntil(lambda: words.height() >= words.heightForWidth(words.width()), timeout=1000)
    assert page.minimumSizeHint().width() <= narrowest  # it wraps, never widens
    assert words.geometry().right() <= words.parentWidget().width()


@pytest.mark.parametrize(
    ("iso", "meeting_date", "warned"),
    [
        ("2026-11-21", "2026-11-22", True),
        ("2026-11-22", "2026-11-22", False),  # the same day
        ("2026-11-23", "2026-11-22", False),
        (None, "2026-11-22", False),
        ("2026-11-21", None, False),  # no meeting date to compare with
        ("2026-11-21", "", False),
        ("15 jan", "2026-11-22", False),  # not a date: the field's refusal says so
    ],
)
def test_spell_beside_compares_only_dates(
    qtbot: QtBot, iso: str | None, meeting_date: str | None, warned: bool
) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    spell_beside(label, iso, meeting_date)
    assert _warned(label) is warned
    assert label.isEnabled() is warned
    assert (label.styleSheet() == BEFORE_MEETING_STYLE) is warned
    assert bool(label.toolTip()) is warned


def test_the_words_follow_the_typing_not_the_stored_date(
    qtbot: QtBot, forum: ForumFile, meeting_id: str
) -> None:
    page = _page(qtbot, forum, meeting_id)
    words = page.next_date_text
    _enter_next_date(qtbot, page, "2027-01-15")
    assert words.text() == "15 januari 2027"

    _enter_next_date(qtbot, page, "2027-02-30")  # refused: no such day
    assert forum.meetings.get(meeting_id).next_date == "2027-01-15"
    assert page.next_date.text() == "2027-02-30"
    assert words.text() == ""  # not 15 januari, which the field no longer shows

    page.next_date.setFocus()
    page.next_date.selectAll()
    type_text(page.next_date, "20270210")  # a date, typed: its words before it is stored
    assert words.text() == "10 februari 2027"
