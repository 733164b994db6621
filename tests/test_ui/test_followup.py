"""Uppföljning: status keys 1–5 and a comment per earlier action, stored and undoable."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from conftest import show_active, type_text
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from app.forum_file import ForumFile
from app.model import Action
from ui.models.followups import COL_DUE, FollowUpModel, HistoryModel
from ui.pages.base import PageContext
from ui.pages.followup import FollowUpPage
from ui.qt_changes import ChangeSignals
from ui.undo import EditController

PROPOSAL = "Förslag till överenskommelse om läkarstöd nattetid"  # a10: ongoing, due later
VISITS = "Ömsesidiga studiebesök mellan psykiatrin och hemtjänsten"  # a9: delayed at träff 4
ACCESS = "Behörighet till Nationell patientöversikt"  # a4: long overdue, delayed


@pytest.fixture
def demo(demo_path: Path) -> Iterator[ForumFile]:
    with ForumFile.open(demo_path) as ff:
        yield ff


def _page(qtbot: QtBot, forum: ForumFile, meeting_id: str) -> FollowUpPage:
    ctx = PageContext(forum, EditController(forum), ChangeSignals(forum))
    page = FollowUpPage(ctx)
    page.set_meeting(meeting_id)
    # An explicit minimum keeps the offscreen platform from warning when the
    # page's own minimum changes (the main window has one too).
    page.setMinimumSize(1100, 700)
    show_active(qtbot, page)
    page.focus_first()
    return page


def _action(forum: ForumFile, title_start: str) -> Action:
    return next(a for a in forum.actions.list() if a.title.startswith(title_start))


def _go_to(qtbot: QtBot, page: FollowUpPage, title_start: str) -> None:
    """Walk the table with the arrow keys, as the facilitator would."""
    qtbot.keyClick(page.table, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    for _ in range(page.model.rowCount()):
        current = page.current_row()
        assert current is not None
        if current.action.title.startswith(title_start):
            return
        qtbot.keyClick(page.table, Qt.Key.Key_Down)
    raise AssertionError(f"no row {title_start!r}")


@contextmanager
def _reopened(path: Path) -> Iterator[ForumFile]:
    with ForumFile.open(path, read_only=True) as ff:
        yield ff


def _stored(path: Path, meeting_id: str, title_start: str) -> tuple[str | None, str, str]:
    """(follow-up status, follow-up note, action status) as the file holds them."""
    with _reopened(path) as ff:
        action = _action(ff, title_start)
        followup = ff.followups.find(meeting_id, action.id)
        return (
            followup.status if followup else None,
            followup.note if followup else "",
            action.status,
        )


def test_rows_are_the_actions_still_open_and_those_followed_up_here(
    qtbot: QtBot, demo: ForumFile
) -> None:
    latest = demo.meetings.list()[-1]
    page = _page(qtbot, demo, latest.id)
    rows = page.model.items()
    titles = [r.action.title for r in rows]
    agreed_here = [a.title for a in demo.actions.list(meeting_id=latest.id)]
    assert agreed_here and not set(agreed_here) & set(titles)
    # Open before träff 4 (a4, a9, a10) and those träff 4 followed up (a13–a16).
    assert len(rows) == 7
    assert any(t.startswith(ACCESS) for t in titles)
    # Done or cancelled at an earlier meeting, never followed up here: not shown.
    assert not any(t.startswith("Överenskommelse om senaste tid") for t in titles)
    assert not any(t.startswith("Test av gemensam videolösning") for t in titles)
    by_title = {r.action.title: r for r in rows}
    assert by_title[PROPOSAL].status_before == "ongoing"
    assert page.model.index(titles.index(PROPOSAL), 4).data() == "Pågår"
    assert page.model.index(titles.index(PROPOSAL), 5).data() == "Pågår"
    # The demo's first row is the first meeting's action, in register order.
    assert rows[0].action.title.startswith(ACCESS)


def test_a_meeting_the_same_day_follows_up_the_one_before_it(forum_path: Path) -> None:
    """Träff 2 at 09:30, Träff 3 added the same day without a time: Träff 3
    follows up Träff 2's actions and comes after it."""
    from ui.models.followups import followup_rows

    with ForumFile.create(forum_path, "Testforum") as forum:
        first = forum.meetings.create(title="Träff 2", date="2026-11-23", start="09:30")
        agreed = forum.actions.create(meeting_id=first.id, title="Ta fram en rutin")
        done = forum.actions.create(meeting_id=first.id, title="Bjuda in vårdcentralen")
        forum.actions.update(done.id, status="done")
        later = forum.meetings.create(title="Träff 3", date="2026-11-23")
        assert [m.title for m in forum.meetings.list()] == ["Träff 2", "Träff 3"]
        rows = followup_rows(forum, later.id)
        assert [(r.action.id, r.status_before) for r in rows] == [(agreed.id, "not_started")]
        assert followup_rows(forum, first.id) == []  # nothing before the first


def test_status_keys_and_comment_are_stored_and_undone(
    qtbot: QtBot, demo: ForumFile, demo_path: Path
) -> None:
    latest = demo.meetings.list()[-1]
    page = _page(qtbot, demo, latest.id)
    before_proposal = _stored(demo_path, latest.id, PROPOSAL)
    before_visits = _stored(demo_path, latest.id, VISITS)
    assert before_proposal[0] == "ongoing" and before_visits[0] == "delayed"

    _go_to(qtbot, page, PROPOSAL)
    qtbot.keyClick(page.table, Qt.Key.Key_3)  # Klar
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert page.note.hasFocus()
    page.note.selectAll()
    type_text(page.note, "Beslut fattat i primärvårdsledningen.")
    qtbot.keyClick(page.note, Qt.Key.Key_Return)
    assert page.table.hasFocus()
    assert not page.current_row().action.title.startswith(PROPOSAL)  # on to the next

    _go_to(qtbot, page, VISITS)
    qtbot.keyClick(page.table, Qt.Key.Key_2)  # Pågår

    assert _stored(demo_path, latest.id, PROPOSAL) == (
        "done",
        "Beslut fattat i primärvårdsledningen.",
        "done",
    )
    assert _stored(demo_path, latest.id, VISITS) == ("ongoing", before_visits[1], "ongoing")
    row = next(r for r in page.model.items() if r.action.title == PROPOSAL)
    assert row.followup is not None and row.followup.status == "done"  # still listed

    stack = page.ctx.controller.stack
    assert stack.count() == 3
    stack.undo()
    assert _stored(demo_path, latest.id, VISITS) == before_visits
    stack.undo()
    stack.undo()
    assert _stored(demo_path, latest.id, PROPOSAL) == before_proposal
    _go_to(qtbot, page, PROPOSAL)
    assert page.note.text() == before_proposal[1]
    stack.redo()
    assert _stored(demo_path, latest.id, PROPOSAL)[0] == "done"


def test_first_followup_at_a_new_meeting_and_undo_removes_it(
    qtbot: QtBot, demo: ForumFile, demo_path: Path
) -> None:
    latest = demo.meetings.list()[-1]
    new = demo.meetings.create(title="Träff 5", date="2027-01-20")
    page = _page(qtbot, demo, new.id)
    titles = {r.action.title for r in page.model.items()}
    # Träff 4's own actions are now earlier actions; what träff 4 closed is gone.
    assert {a.title for a in demo.actions.list(meeting_id=latest.id)} <= titles
    assert not any(t.startswith("Kartlägga hemgångar") for t in titles)

    _go_to(qtbot, page, VISITS)
    qtbot.keyClick(page.table, Qt.Key.Key_5)  # Utgår
    assert _stored(demo_path, new.id, VISITS) == ("cancelled", "", "cancelled")
    assert any(r.action.title == VISITS for r in page.model.items())  # stays visible

    page.ctx.controller.stack.undo()
    assert _stored(demo_path, new.id, VISITS) == (None, "", "delayed")
    with _reopened(demo_path) as ff:
        assert ff.followups.list(meeting_id=new.id) == []


def test_a_comment_alone_keeps_the_status_and_esc_discards_typing(
    qtbot: QtBot, demo: ForumFile, demo_path: Path
) -> None:
    new = demo.meetings.create(title="Träff 5", date="2027-01-20")
    page = _page(qtbot, demo, new.id)
    _go_to(qtbot, page, PROPOSAL)
    qtbot.keyClick(page.table, Qt.Key.Key_F2)
    qtbot.keyClicks(page.note, "inte sagt")
    qtbot.keyClick(page.note, Qt.Key.Key_Escape)
    assert page.note.text() == "" and page.table.hasFocus()
    assert _stored(demo_path, new.id, PROPOSAL) == (None, "", "ongoing")

    qtbot.keyClick(page.table, Qt.Key.Key_Enter)
    type_text(page.note, "Beslut väntas i februari.")
    qtbot.keyClick(page.note, Qt.Key.Key_Return)
    assert _stored(demo_path, new.id, PROPOSAL) == (
        "ongoing",
        "Beslut väntas i februari.",
        "ongoing",
    )


def test_overdue_due_dates_are_marked_against_the_meeting_date(
    qtbot: QtBot, demo: ForumFile
) -> None:
    latest = demo.meetings.list()[-1]
    page = _page(qtbot, demo, latest.id)
    rows = page.model.items()
    late = next(i for i, r in enumerate(rows) if r.action.title.startswith(ACCESS))
    on_time = next(i for i, r in enumerate(rows) if r.action.title == PROPOSAL)
    assert rows[late].action.due is not None and rows[late].action.due < latest.date
    assert rows[on_time].action.due is not None and rows[on_time].action.due > latest.date

    late_due = page.model.index(late, COL_DUE)
    assert "försenad" in late_due.data()
    assert "Försenad" in late_due.data(Qt.ItemDataRole.ToolTipRole)
    assert QColor(late_due.data(Qt.ItemDataRole.ForegroundRole)).red() > 150
    on_time_due = page.model.index(on_time, COL_DUE)
    assert on_time_due.data() == rows[on_time].action.due
    assert on_time_due.data(Qt.ItemDataRole.ToolTipRole) is None
    assert on_time_due.data(Qt.ItemDataRole.ForegroundRole) is None

    # Marked done at this meeting, it is no longer late.
    _go_to(qtbot, page, ACCESS)
    qtbot.keyClick(page.table, Qt.Key.Key_3)
    assert page.model.index(late, COL_DUE).data() == rows[late].action.due
    assert page.model.index(late, COL_DUE).data(Qt.ItemDataRole.ToolTipRole) is None


def test_history_shows_what_earlier_meetings_said(qtbot: QtBot, demo: ForumFile) -> None:
    meetings = demo.meetings.list()
    page = _page(qtbot, demo, meetings[-1].id)
    _go_to(qtbot, page, ACCESS)
    history = page.history
    assert [history.item(r).meeting.id for r in range(history.rowCount())] == [
        meetings[1].id,
        meetings[2].id,
    ]
    assert history.index(1, 1).data() == "Försenad"
    assert "Sex sjuksköterskor" in history.index(1, 2).data()
    assert "Träff 1" in page.history_title.text()
    _go_to(qtbot, page, "Revidera den lokala överenskommelsen")
    assert history.rowCount() == 0
    assert "Inga tidigare uppföljningar" in page.history_title.text()


def test_status_buttons_show_the_keys_and_set_the_status(
    qtbot: QtBot, demo: ForumFile, demo_path: Path
) -> None:
    latest = demo.meetings.list()[-1]
    page = _page(qtbot, demo, latest.id)
    labels = [b.text() for b in page.status_buttons]
    assert labels == ["1  Ej påbörjad", "2  Pågår", "3  Klar", "4  Försenad", "5  Utgår"]
    _go_to(qtbot, page, PROPOSAL)
    qtbot.mouseClick(page.status_buttons[3], Qt.MouseButton.LeftButton)
    assert _stored(demo_path, latest.id, PROPOSAL)[0] == "delayed"


def test_followup_models_pass_qtmodeltester(qtmodeltester, qtbot: QtBot, demo: ForumFile) -> None:  # type: ignore[no-untyped-def]
    signals = ChangeSignals(demo)
    controller = EditController(demo)
    meetings = demo.meetings.list()
    model = FollowUpModel(demo, signals)
    model.set_meeting(meetings[-1].id)
    qtmodeltester.check(model)
    history = HistoryModel(demo, signals)
    action = _action(demo, ACCESS)
    history.show_action(action.id, meetings[-1].id)
    qtmodeltester.check(history)
    controller.record_followup(meetings[-1].id, action.id, "done", "Klart.", "test")
    qtmodeltester.check(model)
    model.set_meeting(meetings[0].id)
    qtmodeltester.check(model)
    assert model.rowCount() == 0


def test_in_the_window_ctrl_3_opens_the_page_and_ctrl_z_undoes(
    qtbot: QtBot, demo_path: Path
) -> None:
    from ui.main_window import MainWindow

    with ForumFile.open(demo_path) as ff:
        window = show_active(qtbot, MainWindow(ff))
        meeting_id = window.meeting_view.meeting_id
        assert meeting_id is not None
        qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
        page = window.meeting_view.pages[2]
        assert isinstance(page, FollowUpPage) and page.table.hasFocus()
        _go_to(qtbot, page, PROPOSAL)
        qtbot.keyClick(page.table, Qt.Key.Key_4)  # Försenad, not a phase change
        assert window.meeting_view.phase == 2
        assert _stored(demo_path, meeting_id, PROPOSAL)[0] == "delayed"
        qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        assert _stored(demo_path, meeting_id, PROPOSAL)[0] == "ongoing"
        window.close()
