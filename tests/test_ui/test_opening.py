"""Inledning: attendance by single keys, walk-ins as one undo step, the shared goal."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import show_active, type_text
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.forum_file import ForumFile
from ui.models.attendance import COL_NAME, COL_STATUS
from ui.pages.base import PageContext
from ui.pages.opening import OpeningPage
from ui.qt_changes import ChangeSignals
from ui.undo import EditController

CTRL = Qt.KeyboardModifier.ControlModifier
PEOPLE = ["Sanna Berg", "Jonas Ek", "Karin Holmgren", "Anders Öberg"]


def _populate(forum: ForumFile) -> str:
    kommun = forum.organisations.create(name="Norrby kommun")
    region = forum.organisations.create(name="Vårdcentralen Norrby")
    for name in PEOPLE:
        organisation = region if name == "Anders Öberg" else kommun
        forum.people.create(name=name, title="Enhetschef", organisation_id=organisation.id)
    forum.forum.update(goal="Ingen ska falla mellan stolarna vid hemgång.")
    return forum.meetings.create(title="Träff 1", date="2026-11-08").id


@pytest.fixture
def meeting_id(forum: ForumFile) -> str:
    return _populate(forum)


def _page(qtbot: QtBot, forum: ForumFile, meeting_id: str) -> OpeningPage:
    ctx = PageContext(forum, EditController(forum), ChangeSignals(forum))
    shown = OpeningPage(ctx)
    # A fixed minimum keeps the layout from resizing the window after it is shown
    # (the offscreen platform warns about that, and warnings fail the test).
    shown.setMinimumSize(1100, 700)
    shown.set_meeting(meeting_id)
    show_active(qtbot, shown)
    return shown


@pytest.fixture
def page(qtbot: QtBot, forum: ForumFile, meeting_id: str) -> Iterator[OpeningPage]:
    shown = _page(qtbot, forum, meeting_id)
    yield shown
    shown.ctx.signals.detach()


def _statuses(forum: ForumFile, meeting_id: str) -> dict[str, str]:
    names = {p.id: p.name for p in forum.people.list()}
    return {names[a.person_id]: a.status for a in forum.attendance.list(meeting_id=meeting_id)}


def _shown_statuses(page: OpeningPage) -> list[str]:
    model = page.attendance
    return [model.index(r, COL_STATUS).data() for r in range(model.rowCount())]


# -- attendance ---------------------------------------------------------------------


def test_everyone_is_listed_and_nobody_is_invited_yet(page: OpeningPage) -> None:
    model = page.attendance
    assert [model.index(r, COL_NAME).data() for r in range(model.rowCount())] == PEOPLE
    assert model.index(3, 1).data() == "Vårdcentralen Norrby"
    assert _shown_statuses(page) == ["", "", "", ""]
    assert page.counts_label.text().replace("\u00a0", " ") == ("0 närvarande · 4 ej inbjudna")


def test_roll_call_with_one_key_per_person(
    qtbot: QtBot, page: OpeningPage, forum_path: Path, meeting_id: str
) -> None:
    page.focus_first()
    view = page.attendance_view
    assert view.hasFocus() and view.currentIndex().row() == 0
    for key in (Qt.Key.Key_N, Qt.Key.Key_F, Qt.Key.Key_U, Qt.Key.Key_N):
        qtbot.keyClick(view, key)  # each key moves on to the next person
    assert _shown_statuses(page) == [
        "Närvarande",
        "Anmält förhinder",
        "Frånvarande",
        "Närvarande",
    ]
    assert page.counts_label.text().replace("\u00a0", " ") == (
        "2 närvarande · 1 anmält förhinder · 1 frånvarande"
    )
    view.setCurrentIndex(page.attendance.index(1, COL_NAME))
    qtbot.keyClick(view, Qt.Key.Key_I)  # the row exists now: its status changes
    view.setCurrentIndex(page.attendance.index(2, COL_NAME))
    qtbot.keyClick(view, Qt.Key.Key_Delete)  # off the meeting's list again
    assert page.counts_label.text().replace("\u00a0", " ") == (
        "2 närvarande · 1 inbjuden · 1 ej inbjuden"  # one, not "1 inbjudna"
    )
    with ForumFile.open(forum_path) as again:
        stored = _statuses(again, meeting_id)
    assert stored == {"Sanna Berg": "present", "Jonas Ek": "invited", "Anders Öberg": "present"}
    stack = page.ctx.controller.stack
    assert stack.count() == 6
    stack.undo()
    stack.undo()
    assert _statuses(page.ctx.forum, meeting_id)["Jonas Ek"] == "excused"
    assert _statuses(page.ctx.forum, meeting_id)["Karin Holmgren"] == "absent"


def test_status_buttons_and_several_people_at_once(
    qtbot: QtBot, page: OpeningPage, meeting_id: str
) -> None:
    view = page.attendance_view
    view.setCurrentIndex(page.attendance.index(0, COL_NAME))
    qtbot.mouseClick(page.status_buttons["excused"], Qt.MouseButton.LeftButton)
    assert _statuses(page.ctx.forum, meeting_id) == {"Sanna Berg": "excused"}
    selection = view.selectionModel()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    selection.clearSelection()
    for row in (0, 1, 2):
        selection.select(page.attendance.index(row, COL_NAME), flags)
    view.setFocus()
    stack = page.ctx.controller.stack
    before = stack.count()
    qtbot.keyClick(view, Qt.Key.Key_N)
    assert _statuses(page.ctx.forum, meeting_id) == {
        "Sanna Berg": "present",
        "Jonas Ek": "present",
        "Karin Holmgren": "present",
    }
    assert stack.count() == before + 1  # several people, one undo step
    stack.undo()
    assert _statuses(page.ctx.forum, meeting_id) == {"Sanna Berg": "excused"}


# -- walk-ins -----------------------------------------------------------------------


def test_walk_in_adds_person_organisation_and_presence_as_one_undo_step(
    qtbot: QtBot, page: OpeningPage, forum_path: Path, meeting_id: str
) -> None:
    forum = page.ctx.forum
    line = page.walk_in_line
    line.setFocus()
    type_text(line, "  Rut Exempel ,  Anhörigcentrum Norrby , rut@example.se ")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert line.text() == ""
    with ForumFile.open(forum_path) as again:
        person = next(p for p in again.people.list() if p.name == "Rut Exempel")
        organisation = again.organisations.get(person.organisation_id or "")
        assert organisation.name == "Anhörigcentrum Norrby"
        assert person.email == "rut@example.se"
        assert again.attendance.get(meeting_id, person.id).status == "present"
    row = page.attendance.row_of(person.id)
    assert row is not None and page.attendance_view.currentIndex().row() == row
    assert page.counts_label.text().replace("\u00a0", " ").startswith("1 närvarande")

    stack = page.ctx.controller.stack
    assert stack.count() == 1
    stack.undo()  # one undo takes all three back
    with ForumFile.open(forum_path) as again:
        assert [p.name for p in again.people.list()] == PEOPLE
        assert [o.name for o in again.organisations.list()] == [
            "Norrby kommun",
            "Vårdcentralen Norrby",
        ]
        assert again.attendance.list(meeting_id=meeting_id) == []
    assert page.attendance.rowCount() == len(PEOPLE)
    stack.redo()
    assert _statuses(forum, meeting_id) == {"Rut Exempel": "present"}


def test_walk_in_reuses_organisation_and_person_already_in_the_forum(
    qtbot: QtBot, page: OpeningPage, meeting_id: str
) -> None:
    forum = page.ctx.forum
    line = page.walk_in_line
    line.setFocus()
    type_text(line, "Lisa Ny, norrby KOMMUN")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    type_text(line, "jonas ek, lisa@example.se")  # already in the forum, had no e-mail
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert len(forum.organisations.list()) == 2
    lisa = next(p for p in forum.people.list() if p.name == "Lisa Ny")
    assert forum.organisations.get(lisa.organisation_id or "").name == "Norrby kommun"
    assert [p.name for p in forum.people.list()].count("Jonas Ek") == 1
    jonas = next(p for p in forum.people.list() if p.name == "Jonas Ek")
    assert jonas.email == "lisa@example.se"
    assert _statuses(forum, meeting_id) == {"Lisa Ny": "present", "Jonas Ek": "present"}
    stack = page.ctx.controller.stack
    assert stack.count() == 2
    type_text(line, "Jonas Ek")  # present already: nothing to do, no empty undo step
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert line.text() == ""
    assert stack.count() == 2
    stack.undo()
    assert _statuses(forum, meeting_id) == {"Lisa Ny": "present"}
    assert next(p for p in forum.people.list() if p.name == "Jonas Ek").email == ""


def test_walk_in_without_a_name_is_refused_and_kept(qtbot: QtBot, page: OpeningPage) -> None:
    line = page.walk_in_line
    line.setFocus()
    type_text(line, "rut@example.se")
    with qtbot.waitSignal(page.ctx.controller.failed) as refused:
        qtbot.keyClick(line, Qt.Key.Key_Return)
    assert "namnet" in refused.args[0]
    assert line.text() == "rut@example.se"
    assert page.ctx.controller.stack.count() == 0
    assert page.ctx.forum.people.count() == len(PEOPLE)


def test_refused_walk_in_leaves_no_undo_step(
    qtbot: QtBot, forum: ForumFile, forum_path: Path, meeting_id: str
) -> None:
    forum.close()
    with ForumFile.open(forum_path, read_only=True) as read_only:
        page = _page(qtbot, read_only, meeting_id)
        line = page.walk_in_line
        line.setFocus()
        type_text(line, "Rut Exempel, Anhörigcentrum")
        with qtbot.waitSignal(page.ctx.controller.failed):
            qtbot.keyClick(line, Qt.Key.Key_Return)
        assert line.text() == "Rut Exempel, Anhörigcentrum"
        stack = page.ctx.controller.stack
        assert (stack.count(), stack.canUndo(), stack.canRedo()) == (0, False, False)
        page.ctx.signals.detach()
        page.close()


# -- the shared goal and the ground rule ----------------------------------------------


def test_shared_goal_is_edited_here_as_one_undo_step(
    qtbot: QtBot, page: OpeningPage, forum_path: Path
) -> None:
    goal = page.goal_edit
    assert goal.toPlainText() == "Ingen ska falla mellan stolarna vid hemgång."
    goal.setFocus()
    qtbot.keyClick(goal, Qt.Key.Key_End, CTRL)
    type_text(goal, " Informationen följer personen.")
    qtbot.keyClick(goal, Qt.Key.Key_Tab)  # leaving the field stores it
    expected = "Ingen ska falla mellan stolarna vid hemgång. Informationen följer personen."
    with ForumFile.open(forum_path) as again:
        assert again.forum.get().goal == expected
    page.ctx.controller.stack.undo()
    assert goal.toPlainText() == "Ingen ska falla mellan stolarna vid hemgång."
    with ForumFile.open(forum_path) as again:
        assert again.forum.get().goal == "Ingen ska falla mellan stolarna vid hemgång."


def test_ground_rule_is_on_the_page(page: OpeningPage) -> None:
    from PySide6.QtWidgets import QLabel

    rule = page.findChild(QLabel, "groundRuleText")
    assert rule is not None and rule.isVisible()
    for word in ("patient", "brukare", "namn", "personnummer", "adresser", "spann"):
        assert word in rule.text()


def test_attendance_model_passes_qtmodeltester(
    qtmodeltester, qtbot: QtBot, page: OpeningPage, meeting_id: str
) -> None:  # type: ignore[no-untyped-def]
    forum = page.ctx.forum
    qtmodeltester.check(page.attendance)
    person = forum.people.list()[1]
    forum.attendance.create(meeting_id=meeting_id, person_id=person.id, status="present")
    forum.people.create(name="Ny Person")
    forum.people.move(person.id, 0)
    qtmodeltester.check(page.attendance)
    forum.people.delete(person.id)
    qtmodeltester.check(page.attendance)
    page.set_meeting(None)
    qtmodeltester.check(page.attendance)


def test_in_the_window_ctrl_2_then_n_marks_the_first_person_present(
    qtbot: QtBot, forum: ForumFile, meeting_id: str
) -> None:
    from ui.main_window import MainWindow

    window = show_active(qtbot, MainWindow(forum))
    window.open_meeting(meeting_id)
    qtbot.keyClick(window, Qt.Key.Key_2, CTRL)
    page = window.meeting_view.pages[1]
    assert isinstance(page, OpeningPage)
    assert page.attendance_view.hasFocus()  # focus_first: straight into the roll call
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_N)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F)
    assert _statuses(forum, meeting_id) == {"Sanna Berg": "present", "Jonas Ek": "excused"}
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, CTRL)
    assert _statuses(forum, meeting_id) == {"Sanna Berg": "present"}
    window.close()


def test_the_next_meetings_roll_call_starts_at_the_top(
    qtbot: QtBot, forum: ForumFile, meeting_id: str
) -> None:
    """The same people in both meetings: the current row once stayed on the
    last person, and the whole roll call went to that one row."""
    from ui.main_window import MainWindow

    later = forum.meetings.create(title="Träff 2", date="2026-12-08").id
    window = show_active(qtbot, MainWindow(forum))
    window.open_meeting(meeting_id)
    qtbot.keyClick(window, Qt.Key.Key_2, CTRL)
    for _ in PEOPLE:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_N)
    window.open_meeting(later)
    qtbot.keyClick(window, Qt.Key.Key_2, CTRL)
    for key in (Qt.Key.Key_N, Qt.Key.Key_F):
        qtbot.keyClick(QApplication.focusWidget(), key)
    assert _statuses(forum, later) == {"Sanna Berg": "present", "Jonas Ek": "excused"}
    window.close()
