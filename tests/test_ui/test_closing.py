"""Avslutning: decisions, parked questions, other business and the next meeting."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from conftest import show_active, type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget
from pytestqt.qtbot import QtBot

from app.forum_file import ForumFile
from app.model import NoteKind
from ui.pages.base import PageContext
from ui.pages.closing import ClosingPage
from ui.qt_changes import ChangeSignals
from ui.undo import EditController
from ui.widgets.refused_mark import is_marked_refused

CTRL = Qt.KeyboardModifier.ControlModifier
DECISION, PARKED, OTHER = NoteKind.DECISION, NoteKind.PARKED, NoteKind.OTHER


def _page(qtbot: QtBot, forum: ForumFile, meeting_id: str) -> ClosingPage:
    ctx = PageContext(forum, EditController(forum), ChangeSignals(forum))
    page = ClosingPage(ctx)
    page.set_meeting(meeting_id)
    # A fixed minimum keeps the layout from resizing the window once shown (the
    # offscreen platform warns about that, and warnings fail the test).
    page.setMinimumSize(1100, 700)
    show_active(qtbot, page)
    page.focus_first()
    return page


@pytest.fixture
def meeting_id(forum: ForumFile) -> str:
    return forum.meetings.create(title="Träff 1", date="2026-11-22").id


def _texts(forum: ForumFile, meeting_id: str, kind: str) -> list[str]:
    return [n.text for n in forum.notes.list(meeting_id=meeting_id, kind=kind)]


def _type(qtbot: QtBot, widget: QWidget, text: str) -> None:
    type_text(widget, text)
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def test_three_lists_captured_in_order_and_kept(
    qtbot: QtBot, forum_path: Path, forum: ForumFile, meeting_id: str
) -> None:
    page = _page(qtbot, forum, meeting_id)
    decisions = page.editors[DECISION]
    assert decisions.capture.hasFocus()
    for text in ("  Forumet antar målbilden  ", "Nästa tema är SIP", "Värdskapet roterar"):
        _type(qtbot, decisions.capture, text)
    assert decisions.capture.text() == ""
    _type(qtbot, page.editors[PARKED].capture, "Skolhälsovårdens roll")
    _type(qtbot, page.editors[OTHER].capture, "Anhörigföreningen informerade")

    # Ctrl+Up moves "Värdskapet roterar" (last) above "Nästa tema är SIP".
    qtbot.keyClick(decisions.capture, Qt.Key.Key_Up)
    assert decisions.view.hasFocus()
    assert decisions.view.currentIndex().row() == 2
    qtbot.keyClick(decisions.view, Qt.Key.Key_Up, CTRL)
    assert decisions.view.currentIndex().row() == 1  # the current row follows the moved note

    # F2 edits in place; the edit is stored exactly as typed.
    qtbot.keyClick(decisions.view, Qt.Key.Key_Up)
    qtbot.keyClick(decisions.view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    editor.selectAll()
    type_text(editor, "Forumet antar den gemensamma målbilden")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # The delegate commits on Enter through a queued call.
    qtbot.waitUntil(lambda: decisions.view.state() != QAbstractItemView.State.EditingState)
    assert page.ctx.controller.stack.undoText() == "Ändra beslut"
    forum.close()

    with ForumFile.open(forum_path) as reopened:
        assert _texts(reopened, meeting_id, "decision") == [
            "Forumet antar den gemensamma målbilden",
            "Värdskapet roterar",
            "Nästa tema är SIP",
        ]
        assert _texts(reopened, meeting_id, "parked") == ["Skolhälsovårdens roll"]
        assert _texts(reopened, meeting_id, "other") == ["Anhörigföreningen informerade"]


def test_delete_move_and_edit_are_undoable(qtbot: QtBot, forum: ForumFile, meeting_id: str) -> None:
    page = _page(qtbot, forum, meeting_id)
    parked = page.editors[PARKED]
    for text in ("Första", "Andra", "Tredje"):
        _type(qtbot, parked.capture, text)
    stack = page.ctx.controller.stack
    assert stack.count() == 3

    parked.view.setFocus()
    parked.view.setCurrentIndex(page.models[PARKED].index(0, 0))
    qtbot.keyClick(parked.view, Qt.Key.Key_Delete)
    assert _texts(forum, meeting_id, "parked") == ["Andra", "Tredje"]
    assert page.models[PARKED].rowCount() == 2
    assert stack.undoText() == "Ta bort parkerad fråga"

    qtbot.keyClick(parked.view, Qt.Key.Key_Down, CTRL)  # at row 0 now: "Andra" down
    assert _texts(forum, meeting_id, "parked") == ["Tredje", "Andra"]

    stack.undo()
    assert _texts(forum, meeting_id, "parked") == ["Andra", "Tredje"]
    stack.undo()
    assert _texts(forum, meeting_id, "parked") == ["Första", "Andra", "Tredje"]
    assert page.models[PARKED].rowCount() == 3
    stack.redo()
    assert _texts(forum, meeting_id, "parked") == ["Andra", "Tredje"]

    # Other kinds are untouched, and Ctrl+Up on the first row does nothing.
    assert _texts(forum, meeting_id, "decision") == []
    parked.view.setCurrentIndex(page.models[PARKED].index(0, 0))
    qtbot.keyClick(parked.view, Qt.Key.Key_Up, CTRL)
    assert _texts(forum, meeting_id, "parked") == ["Andra", "Tredje"]


def test_empty_capture_stores_nothing(qtbot: QtBot, forum: ForumFile, meeting_id: str) -> None:
    page = _page(qtbot, forum, meeting_id)
    _type(qtbot, page.editors[OTHER].capture, "   ")
    assert _texts(forum, meeting_id, "other") == []
    assert page.ctx.controller.stack.count() == 0


@pytest.mark.parametrize(("typed", "days"), [("imorgon", 1), ("i dag", 0)])
def test_a_date_typed_in_words_is_stored_as_the_date(
    qtbot: QtBot, forum: ForumFile, meeting_id: str, typed: str, days: int
) -> None:
    page = _page(qtbot, forum, meeting_id)
    page.next_date.setFocus()
    type_text(page.next_date, typed)
    qtbot.keyClick(page.next_date, Qt.Key.Key_Tab)
    stored = (date.today() + timedelta(days=days)).isoformat()
    assert forum.meetings.get(meeting_id).next_date == stored
    assert page.next_date.text() == stored  # the field shows the form it stores


def test_next_meeting_fields_one_undo_step_each(
    qtbot: QtBot, forum_path: Path, forum: ForumFile, meeting_id: str
) -> None:
    page = _page(qtbot, forum, meeting_id)
    page.next_date.setFocus()
    type_text(page.next_date, "20270115")
    qtbot.keyClick(page.next_date, Qt.Key.Key_Tab)
    assert page.next_date.text() == "2027-01-15"
    assert page.next_date_text.text() == "15 januari 2027"
    type_text(page.next_start, "13.30")
    qtbot.keyClick(page.next_start, Qt.Key.Key_Tab)
    assert page.next_start.text() == "13:30"
    type_text(page.next_location, "Kommunhuset, rum Björken")
    qtbot.keyClick(page.next_location, Qt.Key.Key_Return)
    page.next_notes.setFocus()
    type_text(page.next_notes, "Tema: SIP")
    qtbot.keyClick(page.next_notes, Qt.Key.Key_Tab)  # Tab leaves the notes and stores them
    assert not page.next_notes.hasFocus()

    stack = page.ctx.controller.stack
    assert stack.count() == 4
    stored = forum.meetings.get(meeting_id)
    assert (stored.next_date, stored.next_start) == ("2027-01-15", "13:30")
    assert (stored.next_location, stored.next_notes) == ("Kommunhuset, rum Björken", "Tema: SIP")

    stack.undo()
    assert forum.meetings.get(meeting_id).next_notes == ""
    assert page.next_notes.text() == ""
    stack.undo()
    assert forum.meetings.get(meeting_id).next_location == ""
    assert page.next_location.text() == ""
    stack.redo()
    stack.redo()
    forum.close()

    with ForumFile.open(forum_path) as reopened:
        stored = reopened.meetings.get(meeting_id)
        assert stored.next_date == "2027-01-15"
        assert stored.next_start == "13:30"
        assert stored.next_location == "Kommunhuset, rum Björken"
        assert stored.next_notes == "Tema: SIP"


def test_refused_date_keeps_the_typed_text(qtbot: QtBot, forum: ForumFile, meeting_id: str) -> None:
    page = _page(qtbot, forum, meeting_id)
    messages: list[str] = []
    page.ctx.controller.failed.connect(messages.append)
    page.next_date.setFocus()
    type_text(page.next_date, "15 jaunari")
    qtbot.keyClick(page.next_date, Qt.Key.Key_Return)
    assert messages and "ÅÅÅÅ-MM-DD" in messages[0]
    assert page.next_date.text() == "15 jaunari"
    assert forum.meetings.get(meeting_id).next_date is None
    assert page.ctx.controller.stack.count() == 0
    assert is_marked_refused(page.next_date)
    assert "ÅÅÅÅ-MM-DD" in page.next_date.toolTip()  # why, after the message has gone
    # Another field stored: the refused date is kept, still marked, to correct.
    page.next_location.setFocus()
    type_text(page.next_location, "Björken")
    qtbot.keyClick(page.next_location, Qt.Key.Key_Return)
    assert forum.meetings.get(meeting_id).next_location == "Björken"
    assert page.next_date.text() == "15 jaunari" and is_marked_refused(page.next_date)
    # Corrected and stored: no mark.
    page.next_date.setFocus()
    page.next_date.selectAll()
    type_text(page.next_date, "2027-01-15")
    qtbot.keyClick(page.next_date, Qt.Key.Key_Return)
    assert forum.meetings.get(meeting_id).next_date == "2027-01-15"
    assert not is_marked_refused(page.next_date) and page.next_date.styleSheet() == ""


def test_switching_meeting_stores_what_was_being_typed(
    qtbot: QtBot, forum: ForumFile, meeting_id: str
) -> None:
    other = forum.meetings.create(title="Träff 2", date="2027-01-15", next_location="Björken")
    page = _page(qtbot, forum, meeting_id)
    page.next_location.setFocus()
    type_text(page.next_location, "Kommunhuset")
    assert page.next_location.hasFocus()  # still typing: nothing stored yet
    assert forum.meetings.get(meeting_id).next_location == ""
    page.set_meeting(other.id)
    assert forum.meetings.get(meeting_id).next_location == "Kommunhuset"
    assert page.next_location.text() == "Björken"
    qtbot.keyClick(page.next_location, Qt.Key.Key_Tab)
    assert forum.meetings.get(other.id).next_location == "Björken"
    assert page.ctx.controller.stack.count() == 1


def test_page_follows_the_meeting_shown(qtbot: QtBot, demo_path: Path) -> None:
    with ForumFile.open(demo_path) as ff:
        latest = ff.meetings.list()[-1]
        page = _page(qtbot, ff, latest.id)
        assert page.models[DECISION].rowCount() == 3
        assert page.next_location.text() == latest.next_location
        first = ff.meetings.list()[0]
        page.set_meeting(first.id)
        assert [page.models[DECISION].item(r).text for r in range(3)] == _texts(
            ff, first.id, "decision"
        )
        page.set_meeting(None)
        assert page.models[DECISION].rowCount() == 0
        assert not page.next_date.isEnabled()
        page.close()


def test_notes_model_passes_qtmodeltester(qtmodeltester, qtbot: QtBot, demo_path: Path) -> None:  # type: ignore[no-untyped-def]
    with ForumFile.open(demo_path) as ff:
        meetings = ff.meetings.list()
        page = _page(qtbot, ff, meetings[-1].id)
        notes = page.models[DECISION]
        qtmodeltester.check(notes)
        page.ctx.controller.create(
            ff.notes, "x", meeting_id=meetings[-1].id, kind="decision", text="Ny"
        )
        qtmodeltester.check(notes)
        page.set_meeting(meetings[0].id)
        qtmodeltester.check(notes)
        page.close()


def test_in_the_window_ctrl_z_after_enter_undoes_the_stored_field(
    qtbot: QtBot, forum: ForumFile, meeting_id: str
) -> None:
    # Nästa träff and Forumet's fields: after Enter the field's own typing is
    # forgotten, so Ctrl+Z undoes the stored edit, in the file and on screen.
    from ui.main_window import MainWindow
    from ui.sidebar import NAV_FORUM

    window = show_active(qtbot, MainWindow(forum))
    window.sidebar.select_meeting(meeting_id)
    window.meeting_view.show_phase(7, remember=False)
    page = window.meeting_view.pages[7]
    page.next_location.setFocus()
    type_text(page.next_location, "Kommunhuset")
    qtbot.keyClick(page.next_location, Qt.Key.Key_Return)
    assert forum.meetings.get(meeting_id).next_location == "Kommunhuset"
    qtbot.keyClick(page.next_location, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert forum.meetings.get(meeting_id).next_location == ""
    assert page.next_location.text() == ""
    qtbot.keyClick(page.next_location, Qt.Key.Key_Tab)  # leaving stores nothing new
    assert window.ctx.controller.stack.canRedo()

    page.next_notes.setFocus()
    type_text(page.next_notes, "Tema: SIP")
    qtbot.keyClick(page.next_notes, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert forum.meetings.get(meeting_id).next_notes == "Tema: SIP"
    qtbot.keyClick(page.next_notes, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert forum.meetings.get(meeting_id).next_notes == ""
    assert page.next_notes.text() == ""

    window.sidebar.nav_buttons[NAV_FORUM].click()
    info = window.forum_page
    info.area.setFocus()
    type_text(info.area, "Norrby")
    qtbot.keyClick(info.area, Qt.Key.Key_Return)
    assert forum.forum.get().area == "Norrby"
    qtbot.keyClick(info.area, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert forum.forum.get().area == "" and info.area.text() == ""
    window.close()
