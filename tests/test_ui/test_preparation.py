"""Förberedelse: the meeting's details and its agenda, driven by keys, checked in the file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import show_active, type_text
from PySide6.QtCore import QDate, QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QCalendarWidget
from pytestqt.qtbot import QtBot

from app.forum_file import ForumFile
from ui.models.agenda import COL_CLOCK, COL_MINUTES, COL_NOTES, COL_TITLE, split_timebox
from ui.pages.base import PageContext
from ui.pages.preparation import PreparationPage
from ui.qt_changes import ChangeSignals
from ui.undo import EditController
from ui.widgets.refused_mark import is_marked_refused

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def meeting_id(forum: ForumFile) -> str:
    kommun = forum.organisations.create(name="Norrby kommun")
    forum.people.create(name="Sanna Berg", organisation_id=kommun.id)
    forum.people.create(name="Linnea Sundberg")
    forum.people.create(name="Jonas Ek", organisation_id=kommun.id)
    meeting = forum.meetings.create(title="Träff 1", date="2026-11-08", start="13:00", end="14:00")
    return meeting.id


@pytest.fixture
def page(qtbot: QtBot, forum: ForumFile, meeting_id: str) -> Iterator[PreparationPage]:
    signals = ChangeSignals(forum)
    ctx = PageContext(forum, EditController(forum), signals)
    shown = PreparationPage(ctx)
    # A fixed minimum keeps the layout from resizing the window after it is shown
    # (the offscreen platform warns about that, and warnings fail the test).
    shown.setMinimumSize(1100, 700)
    shown.set_meeting(meeting_id)
    show_active(qtbot, shown)
    yield shown
    signals.detach()


def _retype(qtbot: QtBot, widget, text: str) -> None:  # type: ignore[no-untyped-def]
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, CTRL)
    qtbot.keyClick(widget, Qt.Key.Key_Backspace)
    type_text(widget, text)


def _reopened(path: Path) -> ForumFile:
    return ForumFile.open(path)


def _titles(page: PreparationPage) -> list[str]:
    return [page.agenda.item(r).item.title for r in range(page.agenda.rowCount())]


# -- the meeting's details ------------------------------------------------------------


def test_fields_are_stored_when_editing_finishes_one_undo_step_each(
    qtbot: QtBot, page: PreparationPage, forum_path: Path, meeting_id: str
) -> None:
    stack = page.ctx.controller.stack
    _retype(qtbot, page.title_edit, "Träff 1: Hemgång från slutenvården")
    assert page.ctx.forum.meetings.get(meeting_id).title == "Träff 1"  # not while typing
    qtbot.keyClick(page.title_edit, Qt.Key.Key_Return)
    assert stack.count() == 1
    _retype(qtbot, page.location_edit, "Kommunhuset, rum Björken")
    qtbot.keyClick(page.location_edit, Qt.Key.Key_Tab)  # leaving the field stores it
    assert stack.count() == 2
    qtbot.keyClick(page.purpose_edit, Qt.Key.Key_Tab)  # passing through changes nothing
    assert stack.count() == 2
    _retype(qtbot, page.purpose_edit, "Hitta glappen.")
    qtbot.keyClick(page.purpose_edit, Qt.Key.Key_Return)
    type_text(page.purpose_edit, "Enas om åtgärder.")
    qtbot.keyClick(page.purpose_edit, Qt.Key.Key_Tab)
    assert stack.count() == 3

    with _reopened(forum_path) as again:
        stored = again.meetings.get(meeting_id)
    assert stored.title == "Träff 1: Hemgång från slutenvården"
    assert stored.location == "Kommunhuset, rum Björken"
    assert stored.purpose == "Hitta glappen.\nEnas om åtgärder."

    stack.undo()
    stack.undo()
    assert page.location_edit.text() == ""
    with _reopened(forum_path) as again:
        stored = again.meetings.get(meeting_id)
    assert (stored.title, stored.location, stored.purpose) == (
        "Träff 1: Hemgång från slutenvården",
        "",
        "",
    )


def test_refused_time_keeps_the_typed_text_and_says_why(
    qtbot: QtBot, page: PreparationPage, forum_path: Path, meeting_id: str
) -> None:
    controller = page.ctx.controller
    _retype(qtbot, page.start_edit, "25:00")
    with qtbot.waitSignal(controller.failed) as refused:
        qtbot.keyClick(page.start_edit, Qt.Key.Key_Return)
    assert "TT:MM" in refused.args[0]
    assert page.start_edit.text() == "25:00"
    assert controller.stack.count() == 0
    assert is_marked_refused(page.start_edit)
    assert "Inte sparat" in page.start_edit.toolTip()
    # Another edit refreshes the page (and the message goes); the refused text is
    # still there to correct, still marked as not stored.
    _retype(qtbot, page.location_edit, "Vårdcentralen")
    qtbot.keyClick(page.location_edit, Qt.Key.Key_Return)
    assert page.start_edit.text() == "25:00"
    assert is_marked_refused(page.start_edit)
    assert not is_marked_refused(page.location_edit)

    _retype(qtbot, page.start_edit, "9.30")
    qtbot.keyClick(page.start_edit, Qt.Key.Key_Tab)
    assert page.start_edit.text() == "09:30"  # shown as stored
    assert not is_marked_refused(page.start_edit)
    assert page.start_edit.styleSheet() == "" and "Inte sparat" not in page.start_edit.toolTip()
    with _reopened(forum_path) as again:
        assert again.meetings.get(meeting_id).start == "09:30"


def test_date_is_typed_as_iso_and_an_impossible_date_is_refused(
    qtbot: QtBot, page: PreparationPage, forum_path: Path, meeting_id: str
) -> None:
    line = page.date_edit.line
    _retype(qtbot, line, "2027-02-03")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    with _reopened(forum_path) as again:
        assert again.meetings.get(meeting_id).date == "2027-02-03"
    _retype(qtbot, line, "2027-02-30")
    with qtbot.waitSignal(page.ctx.controller.failed):
        qtbot.keyClick(line, Qt.Key.Key_Return)
    assert line.text() == "2027-02-30"
    assert is_marked_refused(page.date_edit)
    with _reopened(forum_path) as again:
        assert again.meetings.get(meeting_id).date == "2027-02-03"


def test_a_compact_date_is_stored_in_the_iso_form(
    qtbot: QtBot, page: PreparationPage, forum: ForumFile, meeting_id: str
) -> None:
    line = page.date_edit.line
    _retype(qtbot, line, "20261203")  # as Nästa träff and Klart senast take it
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert forum.meetings.get(meeting_id).date == "2026-12-03"
    assert line.text() == "2026-12-03"
    assert not is_marked_refused(page.date_edit)


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_a_date_picked_in_the_calendar_is_stored(
    page: PreparationPage, forum: ForumFile, meeting_id: str
) -> None:
    page.date_edit.show_calendar()
    calendar = page.date_edit.findChild(QCalendarWidget)
    assert calendar is not None
    calendar.clicked.emit(QDate(2027, 4, 15))
    assert forum.meetings.get(meeting_id).date == "2027-04-15"
    assert page.date_edit.text() == "2027-04-15"
    page.ctx.controller.stack.undo()
    assert forum.meetings.get(meeting_id).date == "2026-11-08"


def test_typing_the_stored_value_back_after_a_refusal_settles_the_field(
    qtbot: QtBot, page: PreparationPage, forum: ForumFile, meeting_id: str
) -> None:
    controller = page.ctx.controller
    _retype(qtbot, page.start_edit, "25:00")
    with qtbot.waitSignal(controller.failed):
        qtbot.keyClick(page.start_edit, Qt.Key.Key_Return)
    assert is_marked_refused(page.start_edit)
    # 13:00 is what the file holds: nothing is stored, and nothing need be.
    _retype(qtbot, page.start_edit, "1300")
    with qtbot.waitSignal(controller.kept):
        qtbot.keyClick(page.start_edit, Qt.Key.Key_Return)
    assert page.start_edit.text() == "13:00"  # the stored form, not the typing
    assert not is_marked_refused(page.start_edit)
    assert controller.stack.count() == 0
    assert forum.meetings.get(meeting_id).start == "13:00"


# The name completer's popup is a window the offscreen platform cannot raise.
@pytest.mark.qt_log_ignore("This plugin does not support")
def test_facilitators_by_name_and_notes_taker(
    qtbot: QtBot, page: PreparationPage, forum_path: Path, meeting_id: str
) -> None:
    forum = page.ctx.forum
    line = page.facilitators.line
    line.setFocus()
    type_text(line, "sanna berg")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    type_text(line, "sundb")  # part of one name is enough
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert line.text() == ""
    with qtbot.waitSignal(page.ctx.controller.failed):
        type_text(line, "Okänd Person")
        qtbot.keyClick(line, Qt.Key.Key_Return)
    assert line.text() == "Okänd Person"  # refused: kept to correct

    page.notes_taker.setFocus()
    type_text(page.notes_taker, "Jonas")
    qtbot.keyClick(page.notes_taker, Qt.Key.Key_Tab)
    with _reopened(forum_path) as again:
        names = {p.id: p.name for p in again.people.list()}
        chosen = [names[f.person_id] for f in again.facilitators.list(meeting_id=meeting_id)]
        taker = again.meetings.get(meeting_id).notes_taker_id
    assert chosen == ["Sanna Berg", "Linnea Sundberg"]
    assert taker is not None and names[taker] == "Jonas Ek"

    listing = page.facilitators.list
    listing.setFocus()
    listing.setCurrentIndex(page.facilitators.model.index(0, 0))
    qtbot.keyClick(listing, Qt.Key.Key_Delete)
    assert [f.person_id for f in forum.facilitators.list(meeting_id=meeting_id)] == [
        p.id for p in forum.people.list() if p.name == "Linnea Sundberg"
    ]
    page.ctx.controller.stack.undo()
    assert len(forum.facilitators.list(meeting_id=meeting_id)) == 2


def test_focus_first_is_the_title_for_a_new_meeting_else_the_agenda_line(
    qtbot: QtBot, page: PreparationPage
) -> None:
    page.focus_first()
    assert page.title_edit.hasFocus()
    assert page.title_edit.selectedText() == "Träff 1"  # typing replaces the default
    type_text(page.agenda_line, "Välkommen")
    page.agenda_line.setFocus()
    qtbot.keyClick(page.agenda_line, Qt.Key.Key_Return)
    page.title_edit.setFocus()
    page.focus_first()
    assert page.agenda_line.hasFocus()


# -- the agenda -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Välkommen och presentation 15", ("Välkommen och presentation", 15)),
        ("Paus 10 min", ("Paus", 10)),
        ("Uppföljning  30min", ("Uppföljning", 30)),
        ("Paus", ("Paus", None)),
        ("Glapp 3 och 4", ("Glapp 3 och 4", None)),  # a bare number is a timebox only
        ("Rapport från arbetsgrupp 2", ("Rapport från arbetsgrupp 2", None)),  # if it is one
        ("Rapport från arbetsgrupp 2 10", ("Rapport från arbetsgrupp 2", 10)),
        ("Kort avstämning 2 min", ("Kort avstämning", 2)),
        ("Paus 5 Min.", ("Paus", 5)),
        ("Punkt 0", ("Punkt 0", None)),  # no timebox is none long
        ("Planering 2027", ("Planering 2027", None)),  # not a timebox: over a day
        ("15", ("15", None)),
    ],
)
def test_split_timebox(typed: str, expected: tuple[str, int | None]) -> None:
    assert split_timebox(typed) == expected


def _add(qtbot: QtBot, page: PreparationPage, *lines: str) -> None:
    page.agenda_line.setFocus()
    for line in lines:
        type_text(page.agenda_line, line)
        qtbot.keyClick(page.agenda_line, Qt.Key.Key_Return)


def test_agenda_items_with_timeboxes_and_clock_times(
    qtbot: QtBot, page: PreparationPage, forum_path: Path, meeting_id: str
) -> None:
    _add(qtbot, page, "Välkommen och presentation 15", "Paus", "Glapp 30 min")
    assert page.agenda_line.text() == ""
    clock = [page.agenda.index(r, COL_CLOCK).data() for r in range(3)]
    assert clock == ["13:00–13:15", "13:15", "13:15–13:45"]
    with _reopened(forum_path) as again:
        items = again.agenda.list(meeting_id=meeting_id)
    assert [(i.title, i.minutes) for i in items] == [
        ("Välkommen och presentation", 15),
        ("Paus", None),
        ("Glapp", 30),
    ]


def test_timebox_sum_against_the_meetings_length(
    qtbot: QtBot, page: PreparationPage, meeting_id: str
) -> None:
    _add(qtbot, page, "Inledning 30", "Glapp 20")
    assert page.sum_label.text() == "Summa 50 min av 60 min"
    assert page.sum_label.styleSheet() == ""
    _add(qtbot, page, "Fika 20")
    assert page.sum_label.text() == "Summa 70 min – 10 min mer än träffens 60 min"
    assert "color" in page.sum_label.styleSheet()  # the soft warning
    _retype(qtbot, page.end_edit, "14:30")  # a longer meeting: the warning goes
    qtbot.keyClick(page.end_edit, Qt.Key.Key_Return)
    assert page.sum_label.text() == "Summa 70 min av 90 min"
    assert page.sum_label.styleSheet() == ""
    _retype(qtbot, page.end_edit, "")
    qtbot.keyClick(page.end_edit, Qt.Key.Key_Return)
    assert page.sum_label.text() == "Summa 70 min"


def test_agenda_reorder_by_keyboard_keeps_the_item_selected(
    qtbot: QtBot, page: PreparationPage, forum_path: Path, meeting_id: str
) -> None:
    _add(qtbot, page, "Första 10", "Andra 10", "Tredje 10")
    view = page.agenda_view
    view.setFocus()
    view.setCurrentIndex(page.agenda.index(0, COL_TITLE))
    qtbot.keyClick(view, Qt.Key.Key_Down, CTRL)
    qtbot.keyClick(view, Qt.Key.Key_Down, CTRL)
    assert _titles(page) == ["Andra", "Tredje", "Första"]
    assert view.currentIndex().row() == 2  # the moved item is still the current one
    qtbot.keyClick(view, Qt.Key.Key_Down, CTRL)  # already last: nothing happens
    qtbot.keyClick(view, Qt.Key.Key_Up, CTRL)
    with _reopened(forum_path) as again:
        stored = [i.title for i in again.agenda.list(meeting_id=meeting_id)]
    assert stored == ["Andra", "Första", "Tredje"]
    assert page.agenda.index(1, COL_CLOCK).data() == "13:10–13:20"
    stack = page.ctx.controller.stack
    assert stack.count() == 6  # three items, three moves
    stack.undo()
    stack.undo()
    assert _titles(page) == ["Andra", "Första", "Tredje"]


def test_agenda_delete_key_is_undoable(
    qtbot: QtBot, page: PreparationPage, forum_path: Path, meeting_id: str
) -> None:
    _add(qtbot, page, "Första 10", "Andra 10")
    view = page.agenda_view
    view.setFocus()
    view.setCurrentIndex(page.agenda.index(0, COL_TITLE))
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    with _reopened(forum_path) as again:
        assert [i.title for i in again.agenda.list(meeting_id=meeting_id)] == ["Andra"]
    page.ctx.controller.stack.undo()
    with _reopened(forum_path) as again:
        assert [i.title for i in again.agenda.list(meeting_id=meeting_id)] == ["Första", "Andra"]


def test_agenda_cells_edit_in_place(
    qtbot: QtBot, page: PreparationPage, forum_path: Path, meeting_id: str
) -> None:
    _add(qtbot, page, "Inledning 10")
    view = page.agenda_view
    view.setFocus()
    editing = QAbstractItemView.State.EditingState

    def edit(column: int, typed: str) -> None:
        view.setCurrentIndex(page.agenda.index(0, column))
        qtbot.keyClick(view, Qt.Key.Key_Return)  # opens the editor
        editor = QApplication.focusWidget()
        assert view.state() == editing and editor is not view
        qtbot.keyClick(editor, Qt.Key.Key_A, CTRL)
        type_text(editor, typed)
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: view.state() != editing)  # Qt commits a moment later

    edit(COL_MINUTES, "25")
    edit(COL_NOTES, "Målbilden gicks igenom.")
    edit(COL_MINUTES, "en kvart")  # not a number: nothing is stored
    with _reopened(forum_path) as again:
        item = again.agenda.list(meeting_id=meeting_id)[0]
    assert (item.title, item.minutes, item.notes) == ("Inledning", 25, "Målbilden gicks igenom.")
    assert page.sum_label.text() == "Summa 25 min av 60 min"
    page.ctx.controller.stack.undo()
    assert page.ctx.forum.agenda.list(meeting_id=meeting_id)[0].notes == ""


def test_drag_and_drop_moves_through_the_controller(
    qtbot: QtBot, page: PreparationPage, meeting_id: str
) -> None:
    _add(qtbot, page, "Första", "Andra", "Tredje")
    view = page.agenda_view
    assert view.dragEnabled() and view.dragDropMode() == QAbstractItemView.DragDropMode.InternalMove
    model = page.agenda
    data = model.mimeData([model.index(0, COL_TITLE)])
    move = Qt.DropAction.MoveAction
    assert model.canDropMimeData(data, move, 3, 0, QModelIndex())
    # Dropped into the gap below the last item.
    assert not model.dropMimeData(data, move, 3, 0, QModelIndex())  # the view removes nothing
    assert _titles(page) == ["Andra", "Tredje", "Första"]
    # Dropped onto the first item: takes its place.
    data = model.mimeData([model.index(2, COL_TITLE)])
    model.dropMimeData(data, move, -1, -1, model.index(0, COL_TITLE))
    assert _titles(page) == ["Första", "Andra", "Tredje"]
    page.ctx.controller.stack.undo()
    assert [i.title for i in page.ctx.forum.agenda.list(meeting_id=meeting_id)] == [
        "Andra",
        "Tredje",
        "Första",
    ]


def test_agenda_model_passes_qtmodeltester(
    qtmodeltester, qtbot: QtBot, page: PreparationPage, forum: ForumFile, meeting_id: str
) -> None:  # type: ignore[no-untyped-def]
    _add(qtbot, page, "Första 10", "Andra 20")
    qtmodeltester.check(page.agenda)
    forum.agenda.create(meeting_id=meeting_id, title="Tredje", minutes=5)
    forum.meetings.update(meeting_id, start="09:00")
    first = forum.agenda.list(meeting_id=meeting_id)[0]
    forum.agenda.move(first.id, 2)
    qtmodeltester.check(page.agenda)
    page.set_meeting(None)
    qtmodeltester.check(page.agenda)


def test_ctrl_z_in_a_field_takes_back_the_stored_edit(
    qtbot: QtBot, forum: ForumFile, meeting_id: str
) -> None:
    from ui.main_window import MainWindow

    window = show_active(qtbot, MainWindow(forum))
    window.open_meeting(meeting_id)
    window.meeting_view.show_phase(0)
    page = window.meeting_view.pages[0]
    assert isinstance(page, PreparationPage)
    _retype(qtbot, page.title_edit, "Träff om hemgång")
    qtbot.keyClick(page.title_edit, Qt.Key.Key_Z, CTRL)  # while typing: the field's own undo
    assert page.title_edit.text() != "Träff om hemgång"
    assert window.controller.stack.count() == 0
    _retype(qtbot, page.title_edit, "Träff om hemgång")
    qtbot.keyClick(page.title_edit, Qt.Key.Key_Return)
    assert forum.meetings.get(meeting_id).title == "Träff om hemgång"
    qtbot.keyClick(page.title_edit, Qt.Key.Key_Z, CTRL)  # stored: the window's undo
    assert forum.meetings.get(meeting_id).title == "Träff 1"
    assert page.title_edit.text() == "Träff 1"
    qtbot.keyClick(page.title_edit, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert forum.meetings.get(meeting_id).title == "Träff om hemgång"
    window.close()


def test_switching_meeting_stores_a_half_finished_edit_where_it_was_made(
    qtbot: QtBot, page: PreparationPage, forum_path: Path, meeting_id: str
) -> None:
    other = page.ctx.forum.meetings.create(title="Träff 2", date="2027-01-21", location="Ängsdal")
    _retype(qtbot, page.location_edit, "Norrby kommunhus")  # no Enter yet
    page.set_meeting(other.id)
    assert page.location_edit.text() == "Ängsdal"
    assert page.title_edit.text() == "Träff 2"
    with _reopened(forum_path) as again:
        assert again.meetings.get(meeting_id).location == "Norrby kommunhus"
        assert again.meetings.get(other.id).location == "Ängsdal"


def test_an_end_before_the_start_is_stored_with_a_warning(
    qtbot: QtBot, page: PreparationPage, forum: ForumFile, meeting_id: str
) -> None:
    assert not page.times_warning.isVisible()
    # Moving the meeting later, start first: for a moment the end is earlier.
    _retype(qtbot, page.start_edit, "15:00")
    qtbot.keyClick(page.start_edit, Qt.Key.Key_Return)
    assert forum.meetings.get(meeting_id).start == "15:00"  # stored, not refused
    assert page.times_warning.isVisible()
    assert "Sluttiden" in page.times_warning.text()
    _retype(qtbot, page.end_edit, "16:00")
    qtbot.keyClick(page.end_edit, Qt.Key.Key_Return)
    assert not page.times_warning.isVisible()
    _retype(qtbot, page.end_edit, "15:00")  # no length at all is as odd
    qtbot.keyClick(page.end_edit, Qt.Key.Key_Return)
    assert page.times_warning.isVisible()
    page.ctx.controller.stack.undo()  # undo brings the earlier end back, and the warning goes
    assert forum.meetings.get(meeting_id).end == "16:00"
    assert not page.times_warning.isVisible()


def test_the_clock_column_widens_for_the_first_item(
    qtbot: QtBot, forum: ForumFile, page: PreparationPage
) -> None:
    fresh = forum.meetings.create(title="Ny träff", date="2026-11-09", start="13:00")
    page.set_meeting(fresh.id)
    view = page.agenda_view
    _add(qtbot, page, "Inledning 15")
    qtbot.waitUntil(lambda: view.columnWidth(COL_CLOCK) >= view.sizeHintForColumn(COL_CLOCK))
    assert page.agenda.index(0, COL_CLOCK).data() == "13:00–13:15"
