"""Åtgärder: capture, owner (picked or added on the spot), due quick picks, undo."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from conftest import show_active, type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.action_dates import add_months
from app.forum_file import ForumFile
from app.model import Action
from storage.records import record_fields
from ui.models.actions import ActionModel, ChoiceModel, cause_choices
from ui.pages.actions import ActionsPage
from ui.pages.base import PageContext
from ui.qt_changes import ChangeSignals
from ui.undo import EditController
from ui.widgets.refused_mark import is_marked_refused

ALT = Qt.KeyboardModifier.AltModifier
# The owner's type-ahead list is a popup window, which the offscreen platform
# can neither raise nor give the keyboard; it says so as warnings.
popup_warnings = pytest.mark.qt_log_ignore(
    "This plugin does not support (raise|grabbing the keyboard)"
)


@pytest.fixture
def demo(demo_path: Path) -> Iterator[ForumFile]:
    with ForumFile.open(demo_path) as ff:
        yield ff


def _page(qtbot: QtBot, forum: ForumFile, meeting_id: str) -> ActionsPage:
    ctx = PageContext(forum, EditController(forum), ChangeSignals(forum))
    page = ActionsPage(ctx)
    page.set_meeting(meeting_id)
    page.setMinimumSize(1200, 760)  # see test_followup: no offscreen size-hint warning
    show_active(qtbot, page)
    page.focus_first()
    return page


def _alt(qtbot: QtBot, page: ActionsPage, key: Qt.Key) -> None:
    """A label's or button's Alt mnemonic (buttons click after a short animation)."""
    qtbot.keyClick(QApplication.focusWidget() or page, key, ALT)
    qtbot.wait(200)


def _capture(qtbot: QtBot, page: ActionsPage, title: str) -> None:
    _alt(qtbot, page, Qt.Key.Key_N)
    assert page.capture.hasFocus()
    type_text(page.capture, title)
    qtbot.keyClick(page.capture, Qt.Key.Key_Return)
    assert page.capture.text() == ""


def _owner(qtbot: QtBot, page: ActionsPage, typed: str) -> None:
    _alt(qtbot, page, Qt.Key.Key_V)
    edit = page.panel.owner.edit
    assert edit.hasFocus()
    edit.selectAll()
    type_text(edit, typed)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    _reactivate(qtbot, page)


def _reactivate(qtbot: QtBot, page: ActionsPage) -> None:
    """The offscreen platform activates the completer's popup window late, after it
    has closed; a real desktop keeps the page's window active. Take it back."""
    qtbot.wait(50)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)


def _actions(path: Path, meeting_id: str) -> list[Action]:
    with ForumFile.open(path, read_only=True) as ff:
        return ff.actions.list(meeting_id=meeting_id)


def _fields(action: Action) -> dict[str, object]:
    """What the facilitator sees of an action (its edit time aside)."""
    return {k: v for k, v in _values(action).items() if k != "updated_at"}


def _person_name(path: Path, person_id: str | None) -> str | None:
    with ForumFile.open(path, read_only=True) as ff:
        person = ff.people.find(person_id) if person_id else None
        return person.name if person else None


@popup_warnings
def test_three_actions_with_owners_and_quick_picks(
    qtbot: QtBot, demo: ForumFile, demo_path: Path
) -> None:
    meeting = demo.meetings.list()[-1]
    assert meeting.next_date
    gap = demo.gaps.list(meeting_id=meeting.id)[1]
    causes = cause_choices(demo, gap.id, "ingen")
    karin = next(p for p in demo.people.list() if p.name == "Karin Holmgren")
    ahmed = next(p for p in demo.people.list() if p.name == "Ahmed Hassan")
    assert karin.organisation_id and ahmed.organisation_id
    page = _page(qtbot, demo, meeting.id)
    existing = len(page.model.items())
    assert page.current_row() is None  # nothing selected: the panel chooses for new actions

    _alt(qtbot, page, Qt.Key.Key_G)
    assert page.panel.gap.hasFocus()
    qtbot.keyClick(page.panel.gap, Qt.Key.Key_Down)
    qtbot.keyClick(page.panel.gap, Qt.Key.Key_Down)  # the meeting's second gap
    _alt(qtbot, page, Qt.Key.Key_O)
    qtbot.keyClick(page.panel.cause, Qt.Key.Key_Down)  # its first cause
    assert page.ctx.controller.stack.count() == 0  # choosing for new ones edits nothing

    _capture(qtbot, page, "Rutin för rehabplan vid utskrivning")
    assert page.current_row() is not None
    assert page.current_row().number == existing + 1
    _owner(qtbot, page, "karin")  # part of the name, any case
    _alt(qtbot, page, Qt.Key.Key_2)

    _capture(qtbot, page, "Informera hemtjänstens gruppledare")
    _owner(qtbot, page, "Kim Andersson")
    assert page.panel.owner.offered_name() == "Kim Andersson"
    assert page.panel.owner.note.isVisible()
    qtbot.keyClick(page.panel.owner.edit, Qt.Key.Key_Return)  # yes, add the person
    _reactivate(qtbot, page)
    _alt(qtbot, page, Qt.Key.Key_F)

    _capture(qtbot, page, "Följa upp rehabplanerna med stickprov")
    _owner(qtbot, page, "Ahmed")
    _alt(qtbot, page, Qt.Key.Key_3)
    assert [r.number for r in page.model.items()][-3:] == [existing + 1, existing + 2, existing + 3]
    page.close()

    stored = _actions(demo_path, meeting.id)
    assert len(stored) == existing + 3
    first, second, third = stored[-3:]
    assert first.title == "Rutin för rehabplan vid utskrivning"
    assert {a.gap_id for a in (first, second, third)} == {gap.id}
    assert {a.cause_id for a in (first, second, third)} == {causes[1].key}
    assert first.owner_id == karin.id
    assert first.organisation_id == karin.organisation_id  # the owner's, as none was set
    assert _person_name(demo_path, second.owner_id) == "Kim Andersson"
    assert second.organisation_id is None
    assert third.owner_id == ahmed.id and third.organisation_id == ahmed.organisation_id
    meeting_day = date.fromisoformat(meeting.date)
    assert first.due == date.fromordinal(meeting_day.toordinal() + 14).isoformat()
    assert second.due == meeting.next_date
    assert third.due == add_months(meeting_day, 3).isoformat()


@popup_warnings
def test_new_person_and_assignment_are_one_undo_step(
    qtbot: QtBot, demo: ForumFile, demo_path: Path
) -> None:
    meeting = demo.meetings.list()[-1]
    people_before = len(demo.people.list())
    page = _page(qtbot, demo, meeting.id)
    _capture(qtbot, page, "Ny rutin")
    _owner(qtbot, page, "Kim Andersson")
    qtbot.keyClick(page.panel.owner.edit, Qt.Key.Key_Return)
    stack = page.ctx.controller.stack
    assert stack.count() == 2
    action = _actions(demo_path, meeting.id)[-1]
    assert _person_name(demo_path, action.owner_id) == "Kim Andersson"

    stack.undo()
    with ForumFile.open(demo_path, read_only=True) as ff:
        assert len(ff.people.list()) == people_before
        assert ff.actions.get(action.id).owner_id is None
    assert page.panel.owner.edit.text() == ""
    stack.redo()
    assert _person_name(demo_path, _actions(demo_path, meeting.id)[-1].owner_id) == "Kim Andersson"


def _first_action_shown(qtbot: QtBot, demo: ForumFile) -> tuple[ActionsPage, str]:
    """The latest meeting's Åtgärder with its first action in the panel."""
    page = _page(qtbot, demo, demo.meetings.list()[-1].id)
    qtbot.keyClick(page.table, Qt.Key.Key_Down)
    assert page.panel.action is not None
    return page, page.panel.action.id


@popup_warnings
def test_a_whole_surname_picks_that_person_over_longer_names(
    qtbot: QtBot, demo: ForumFile, demo_path: Path
) -> None:
    page, action_id = _first_action_shown(qtbot, demo)
    _owner(qtbot, page, "berg")  # Sanna Berg, not Linnea Sundberg or Anders Öberg

    owner = demo.people.get(demo.actions.get(action_id).owner_id or "")
    assert owner.name == "Sanna Berg"
    assert page.panel.owner.edit.text() == "Sanna Berg"
    assert page.panel.owner.note.isHidden()


@popup_warnings
def test_a_due_date_typed_in_words_keeps_its_year(
    qtbot: QtBot, demo: ForumFile, demo_path: Path
) -> None:
    page, action_id = _first_action_shown(qtbot, demo)
    _alt(qtbot, page, Qt.Key.Key_K)
    page.panel.due.edit.selectAll()
    qtbot.keyClicks(page.panel.due.edit, "3 december 2027")  # longer than the ISO form
    qtbot.keyClick(page.panel.due.edit, Qt.Key.Key_Return)

    assert demo.actions.get(action_id).due == "2027-12-03"
    assert page.panel.due.edit.text() == "2027-12-03"


@popup_warnings
def test_escape_takes_back_an_unknown_name(qtbot: QtBot, demo: ForumFile, demo_path: Path) -> None:
    meeting = demo.meetings.list()[-1]
    people_before = len(demo.people.list())
    page = _page(qtbot, demo, meeting.id)
    qtbot.keyClick(page.table, Qt.Key.Key_Down)  # the first action, owned by someone
    owner = page.panel.owner.edit.text()
    assert owner
    _owner(qtbot, page, "Kar")  # Karin Holmgren and Reza Karimi
    assert page.panel.owner.completer.completionCount() == 2
    assert "2 personer passar" in page.panel.owner.note.text()
    assert page.ctx.controller.stack.count() == 0
    _owner(qtbot, page, "Nobody Known")
    assert page.panel.owner.offered_name() == "Nobody Known"
    qtbot.keyClick(page.panel.owner.edit, Qt.Key.Key_Escape)
    assert page.panel.owner.edit.text() == owner
    assert len(demo.people.list()) == people_before
    assert page.ctx.controller.stack.count() == 0


def test_each_field_is_one_undo_step(qtbot: QtBot, demo: ForumFile, demo_path: Path) -> None:
    meeting = demo.meetings.list()[-1]
    page = _page(qtbot, demo, meeting.id)
    qtbot.keyClick(page.table, Qt.Key.Key_Down)
    original = page.current_row().action

    _alt(qtbot, page, Qt.Key.Key_D)
    page.panel.title.selectAll()
    type_text(page.panel.title, "Lyfta frågan till ledningsgruppen")
    qtbot.keyClick(page.panel.title, Qt.Key.Key_Return)
    _alt(qtbot, page, Qt.Key.Key_B)
    page.panel.description.selectAll()
    type_text(page.panel.description, "Kort beskrivning.")
    qtbot.keyClick(page.panel.description, Qt.Key.Key_Tab)  # leaving the field stores it
    _alt(qtbot, page, Qt.Key.Key_Y)
    qtbot.keyClick(page.panel.kind, Qt.Key.Key_Up)  # Eskalering -> Rutin
    _alt(qtbot, page, Qt.Key.Key_E)
    page.panel.success.selectAll()
    type_text(page.panel.success, "Beslut före nästa träff.")
    _alt(qtbot, page, Qt.Key.Key_U)  # leaving the measure stores it
    qtbot.keyClick(page.panel.status, Qt.Key.Key_Down)  # Ej påbörjad -> Pågår
    _alt(qtbot, page, Qt.Key.Key_K)
    page.panel.due.edit.selectAll()
    qtbot.keyClicks(page.panel.due.edit, "2027-03-01")
    qtbot.keyClick(page.panel.due.edit, Qt.Key.Key_Return)

    changed = next(a for a in _actions(demo_path, meeting.id) if a.id == original.id)
    assert changed.title == "Lyfta frågan till ledningsgruppen"
    assert changed.description == "Kort beskrivning."
    assert changed.kind == "routine"
    assert changed.success_measure == "Beslut före nästa träff."
    assert changed.status == "ongoing"
    assert changed.due == "2027-03-01"
    stack = page.ctx.controller.stack
    assert stack.count() == 6

    stack.undo()
    assert page.panel.due.edit.text() == original.due
    while stack.canUndo():
        stack.undo()
    restored = next(a for a in _actions(demo_path, meeting.id) if a.id == original.id)
    assert _fields(restored) == _fields(original)
    assert page.panel.title.text() == original.title
    assert page.panel.success.toPlainText() == original.success_measure


def test_a_refused_date_stays_on_screen(qtbot: QtBot, demo: ForumFile, demo_path: Path) -> None:
    meeting = demo.meetings.list()[-1]
    page = _page(qtbot, demo, meeting.id)
    messages: list[str] = []
    page.ctx.controller.failed.connect(messages.append)
    qtbot.keyClick(page.table, Qt.Key.Key_Down)
    original = page.current_row().action
    _alt(qtbot, page, Qt.Key.Key_K)
    page.panel.due.edit.selectAll()
    qtbot.keyClicks(page.panel.due.edit, "2027-02-30")
    qtbot.keyClick(page.panel.due.edit, Qt.Key.Key_Return)
    assert messages and "datum" in messages[0]
    assert page.panel.due.edit.text() == "2027-02-30"
    assert _actions(demo_path, meeting.id)[0].due == original.due
    assert is_marked_refused(page.panel.due.edit)
    # The words beside it described the stored date: they go with it.
    assert page.panel.due.spelled.text() == ""
    page.panel.due.edit.selectAll()
    qtbot.keyClicks(page.panel.due.edit, "20270301")  # the compact form, as elsewhere
    assert page.panel.due.spelled.text() == "1 mars 2027"
    qtbot.keyClick(page.panel.due.edit, Qt.Key.Key_Return)
    stored = next(a for a in _actions(demo_path, meeting.id) if a.id == original.id)
    assert stored.due == "2027-03-01"
    assert page.panel.due.edit.text() == "2027-03-01"
    assert not is_marked_refused(page.panel.due.edit)
    page.panel.due.edit.selectAll()
    qtbot.keyClicks(page.panel.due.edit, "20270301")  # the stored date again, compact
    qtbot.keyClick(page.panel.due.edit, Qt.Key.Key_Return)
    assert page.panel.due.edit.text() == "2027-03-01"  # shown as stored


def test_a_due_date_before_the_meeting_is_stored_and_pointed_out(
    qtbot: QtBot, demo: ForumFile, demo_path: Path
) -> None:
    meeting = demo.meetings.list()[-1]
    page = _page(qtbot, demo, meeting.id)
    qtbot.keyClick(page.table, Qt.Key.Key_Down)
    action_id = page.current_row().action.id
    year_before = str(date.fromisoformat(meeting.date).year - 1) + meeting.date[4:]
    spelled = page.panel.due.spelled
    narrowest = page.panel.due.minimumSizeHint().width()

    _alt(qtbot, page, Qt.Key.Key_K)
    page.panel.due.edit.selectAll()
    qtbot.keyClicks(page.panel.due.edit, year_before)  # January: last year's number
    qtbot.keyClick(page.panel.due.edit, Qt.Key.Key_Return)

    assert next(a for a in _actions(demo_path, meeting.id) if a.id == action_id).due == (
        year_before
    )
    assert spelled.text().endswith("– före den här träffens datum") and spelled.isEnabled()
    assert str(date.fromisoformat(meeting.date).year) in spelled.toolTip()
    QApplication.processEvents()  # the layout takes in the new text
    assert page.panel.due.minimumSizeHint().width() <= narrowest  # it wraps, never widens

    page.panel.due.two_weeks.click()  # a date after the meeting: only the words again
    assert "före" not in spelled.text() and not spelled.isEnabled()
    assert spelled.toolTip() == ""


def test_gap_change_drops_a_cause_of_the_old_gap(
    qtbot: QtBot, demo: ForumFile, demo_path: Path
) -> None:
    meeting = demo.meetings.list()[-1]
    page = _page(qtbot, demo, meeting.id)
    qtbot.keyClick(page.table, Qt.Key.Key_Down)
    original = page.current_row().action
    assert original.gap_id and original.cause_id
    _alt(qtbot, page, Qt.Key.Key_G)
    qtbot.keyClick(page.panel.gap, Qt.Key.Key_Down)  # the other gap
    changed = _actions(demo_path, meeting.id)[0]
    assert changed.gap_id not in (None, original.gap_id)
    assert changed.cause_id is None
    assert page.panel.cause.currentText() == "ingen"
    page.ctx.controller.stack.undo()
    assert _fields(_actions(demo_path, meeting.id)[0]) == _fields(original)


def test_delete_key_removes_and_undo_restores(
    qtbot: QtBot, demo: ForumFile, demo_path: Path
) -> None:
    meeting = demo.meetings.list()[-1]
    page = _page(qtbot, demo, meeting.id)
    before = _actions(demo_path, meeting.id)
    assert len(before) == 2
    qtbot.keyClick(page.table, Qt.Key.Key_Down)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert [a.id for a in _actions(demo_path, meeting.id)] == [before[1].id]
    assert page.model.item(0).number == 1  # the register number follows the list
    page.ctx.controller.stack.undo()
    assert [a.id for a in _actions(demo_path, meeting.id)] == [a.id for a in before]
    assert [r.number for r in page.model.items()] == [1, 2]


def test_next_meeting_pick_needs_a_next_date(qtbot: QtBot, demo: ForumFile) -> None:
    new = demo.meetings.create(title="Träff 5", date="2027-01-20")
    page = _page(qtbot, demo, new.id)
    _capture(qtbot, page, "Något att göra")
    assert page.panel.due.two_weeks.isEnabled()
    assert not page.panel.due.next_meeting.isEnabled()
    demo.meetings.update(new.id, next_date="2027-04-14")
    assert page.panel.due.next_meeting.isEnabled()
    qtbot.mouseClick(page.panel.due.next_meeting, Qt.MouseButton.LeftButton)
    assert demo.actions.list(meeting_id=new.id)[0].due == "2027-04-14"


def test_action_models_pass_qtmodeltester(qtmodeltester, qtbot: QtBot, demo: ForumFile) -> None:  # type: ignore[no-untyped-def]
    signals = ChangeSignals(demo)
    meeting = demo.meetings.list()[-1]
    model = ActionModel(demo, signals)
    model.set_meeting(meeting.id)
    qtmodeltester.check(model)
    demo.actions.create(meeting_id=meeting.id, title="Ny")
    qtmodeltester.check(model)
    assert model.rowCount() == 3
    gap = demo.gaps.list(meeting_id=meeting.id)[0]
    causes = ChoiceModel(signals, lambda: cause_choices(demo, gap.id, "ingen"), ("cause",))
    qtmodeltester.check(causes)
    labels = [c.label for c in causes.items()]
    assert labels[0] == "ingen" and any(label.lstrip().startswith("↳") for label in labels)
    page = _page(qtbot, demo, meeting.id)
    for choices in (page.panel.gaps, page.panel.organisations, page.panel.people):
        qtmodeltester.check(choices)


def test_in_the_window_ctrl_7_opens_the_page_on_the_capture_line(
    qtbot: QtBot, demo_path: Path
) -> None:
    from ui.main_window import MainWindow

    with ForumFile.open(demo_path) as ff:
        window = show_active(qtbot, MainWindow(ff))
        meeting_id = window.meeting_view.meeting_id
        assert meeting_id is not None
        qtbot.keyClick(window, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
        page = window.meeting_view.pages[6]
        assert isinstance(page, ActionsPage) and page.capture.hasFocus()
        type_text(page.capture, "Ta fram en checklista")
        qtbot.keyClick(page.capture, Qt.Key.Key_Return)
        assert _actions(demo_path, meeting_id)[-1].title == "Ta fram en checklista"
        qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        assert len(_actions(demo_path, meeting_id)) == 2
        window.close()


def test_tab_goes_through_the_panel_in_reading_order(qtbot: QtBot, demo: ForumFile) -> None:
    page = _page(qtbot, demo, demo.meetings.list()[-1].id)
    qtbot.keyClick(page.capture, Qt.Key.Key_Tab)
    assert page.table.hasFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Down)
    panel = page.panel
    expected = [
        panel.title,
        panel.description,
        panel.gap,
        panel.cause,
        panel.owner.edit,
        panel.organisation,
        panel.due.edit,
    ]
    for widget in expected:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert widget.hasFocus(), widget.objectName()
    assert page.ctx.controller.stack.count() == 0  # passing through edits nothing


def _values(item: object) -> dict[str, object]:
    return {name: getattr(item, name) for name in record_fields(type(item))}
