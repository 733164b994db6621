"""Acceptance test: a whole workshop run through the real window, by keys and clicks.

The scenario is the demo forum's next meeting, "Träff 5", held on the date Träff 4
agreed (2027-01-21). The facilitator opens the forum, presses Ctrl+Shift+N and
then goes through the eight phases with Ctrl+1 … Ctrl+8:

1. Förberedelse: title, date, times, place, purpose, a facilitator, the notes
   taker and three agenda items with timeboxes.
2. Inledning: a roll call with the status keys (N, F), one person found by a
   mouse click, and a walk-in typed on one line.
3. Uppföljning: new status (keys 1–5) and a comment for two earlier actions.
4. Glapp: ten gaps on the capture line; one of them described in the panel.
5. Prioritera: dot votes as digits + Enter and with + / −; Space sends three
   gaps on to cause analysis.
6. Orsaker: causes in two fishbone categories (Alt+n) and a "Varför?" answer
   (Ctrl+Enter) for the most voted gap.
7. Åtgärder: five actions with owners picked by part of their name and due
   dates from the quick picks or typed; two linked to the gap and its
   "why?" cause.
8. Avslutning: a decision and the next meeting's date, time and place.

Nothing is edited any other way: widgets are only read (to find a row to click
or where the keyboard is). Then the window and the file are closed and the file
is read back through the real command line, ``samsyn dump``, and every value
the facilitator gave is checked in its JSON.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from conftest import show_active, type_text
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget
from pytestqt.qtbot import QtBot
from workshop_script import (
    ACTIONS,
    AGENDA,
    CATEGORY_1,
    CATEGORY_4,
    CAUSE_INFO,
    CAUSE_ORG,
    CAUSE_WHY,
    CHOSEN,
    DECISION,
    DESCRIBED,
    DESCRIPTION,
    EXPECTED_VOTES,
    FOLLOW_UPS,
    GAPS,
    LATE_ARRIVAL,
    LOCATION,
    MEETING_DATE,
    NEXT_DATE,
    NEXT_DATE_TYPED,
    NEXT_LOCATION,
    NEXT_START,
    NEXT_START_TYPED,
    PURPOSE,
    ROLL_CALL,
    TARGET_GROUP,
    TITLE,
    TRANSITION,
    VOTES,
    WALK_IN,
    WALK_IN_ORGANISATION,
)

from app import cli
from app.forum_file import ForumFile
from ui.main_window import MainWindow
from ui.pages.actions import ActionsPage
from ui.pages.causes import CausesPage
from ui.pages.closing import ClosingPage
from ui.pages.followup import FollowUpPage
from ui.pages.gaps import GapsPage
from ui.pages.opening import OpeningPage
from ui.pages.preparation import PreparationPage
from ui.pages.prioritise import PrioritisePage

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
LEFT = Qt.MouseButton.LeftButton

# Name completers and the Ansvarig type-ahead open popup windows, which the
# offscreen platform can neither raise nor give the keyboard; it says so.
popup_warnings = pytest.mark.qt_log_ignore(
    "This plugin does not support (raise|grabbing the keyboard)"
)


# -- the workshop as the facilitator runs it ----------------------------------------------


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "the keyboard went nowhere"
    return widget


def press(
    qtbot: QtBot, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    """A key press where the keyboard is (shortcuts and mnemonics included)."""
    qtbot.keyClick(focused(), key, modifiers)


def alt(qtbot: QtBot, window: MainWindow, key: Qt.Key) -> None:
    """An Alt mnemonic of a label: the keyboard goes to its field."""
    press(qtbot, key, ALT)
    reactivate(qtbot, window)


def alt_button(qtbot: QtBot, key: Qt.Key) -> None:
    """An Alt mnemonic of a button, which clicks after a short animation."""
    press(qtbot, key, ALT)
    qtbot.wait(200)


def type_into(qtbot: QtBot, text: str, *then: Qt.Key) -> None:
    """Type where the keyboard is, then press ``then`` (e.g. Enter, Tab)."""
    widget = focused()
    type_text(widget, text)
    for key in then:
        qtbot.keyClick(widget, key)


def replace_text(qtbot: QtBot, text: str, *then: Qt.Key) -> None:
    """Select what the field holds (Ctrl+A) and type over it."""
    press(qtbot, Qt.Key.Key_A, CTRL)
    type_into(qtbot, text, *then)


def click(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, LEFT)


def click_row(qtbot: QtBot, view: QAbstractItemView, index: QModelIndex) -> None:
    """Click a row of a list, table or tree where it is drawn (scrolled into sight)."""
    view.scrollTo(index)
    rect = view.visualRect(index)
    assert rect.isValid(), "the row is not on screen"
    qtbot.mouseClick(view.viewport(), LEFT, pos=rect.center())
    assert view.currentIndex().row() == index.row()


def phase(qtbot: QtBot, window: MainWindow, number: int) -> Any:
    """Ctrl+number: the phase's page, where the facilitator types first."""
    qtbot.keyClick(window, getattr(Qt.Key, f"Key_{number}"), CTRL)
    view = window.meeting_view
    assert view.phase == number - 1
    return view.pages[number - 1]


def reactivate(qtbot: QtBot, window: MainWindow) -> None:
    """The offscreen platform activates a completer's popup window late, after it
    has closed; a desktop keeps the main window active. Take it back, or the
    window's shortcuts would not reach it."""
    qtbot.wait(20)
    if not window.isActiveWindow():
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)


# -- the phases -------------------------------------------------------------------------------


def new_meeting(qtbot: QtBot, window: MainWindow) -> str:
    """Ctrl+Shift+N: "Träff 5", on the date, time and place Träff 4 agreed,
    opened on Förberedelse."""
    agreed = window.forum.meetings.list()[-1]
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL | SHIFT)
    view = window.meeting_view
    assert view.title.text() == "Träff 5"
    assert view.phase == 0
    assert view.meeting_id is not None
    made = window.forum.meetings.get(view.meeting_id)
    assert (made.date, made.start, made.location) == (
        agreed.next_date,
        agreed.next_start,
        agreed.next_location,
    )
    assert made.date == MEETING_DATE
    assert "från ”Nästa träff” i Träff 4" in window.message_bar.text()
    return view.meeting_id


def prepare(qtbot: QtBot, window: MainWindow) -> None:
    page = window.meeting_view.pages[0]
    assert isinstance(page, PreparationPage)
    assert page.title_edit.hasFocus()  # a new meeting starts with its title, selected
    type_into(qtbot, TITLE, Qt.Key.Key_Return)
    alt(qtbot, window, Qt.Key.Key_U)  # Dat&um
    assert focused() is page.date_edit.line
    replace_text(qtbot, MEETING_DATE, Qt.Key.Key_Return)
    alt(qtbot, window, Qt.Key.Key_I)  # T&id
    type_into(qtbot, "13:00", Qt.Key.Key_Tab)  # on to the end time
    assert focused() is page.end_edit
    type_into(qtbot, "16.00", Qt.Key.Key_Return)
    alt(qtbot, window, Qt.Key.Key_P)  # &Plats
    type_into(qtbot, LOCATION, Qt.Key.Key_Return)
    alt(qtbot, window, Qt.Key.Key_Y)  # S&yfte
    first, second = PURPOSE.split("\n")
    type_into(qtbot, first, Qt.Key.Key_Return)  # Enter: a new line in the purpose
    type_into(qtbot, second)
    press(qtbot, Qt.Key.Key_Return, CTRL)  # Ctrl+Enter stores it
    alt(qtbot, window, Qt.Key.Key_M)  # Sa&mtalsledare
    assert focused() is page.facilitators.line
    type_into(qtbot, "sundb", Qt.Key.Key_Return)  # part of one name is enough
    reactivate(qtbot, window)
    alt(qtbot, window, Qt.Key.Key_K)  # Antec&knare
    assert focused() is page.notes_taker
    type_into(qtbot, "Jonas", Qt.Key.Key_Return)
    alt(qtbot, window, Qt.Key.Key_N)  # back to the first field, as F1 says
    assert focused() is page.title_edit
    click(qtbot, page.agenda_line)
    for typed, _title, _minutes in AGENDA:
        type_into(qtbot, typed, Qt.Key.Key_Return)
    assert page.sum_label.text() == "Summa 135 min av 180 min"
    assert window.meeting_view.subtitle.text().endswith(f"13:00–16:00 · {LOCATION}")


def open_meeting(qtbot: QtBot, window: MainWindow) -> None:
    page = phase(qtbot, window, 2)
    assert isinstance(page, OpeningPage)
    model = page.attendance
    view = page.attendance_view
    assert view.hasFocus() and view.currentIndex().row() == 0
    for name, key in ROLL_CALL:
        assert model.item(view.currentIndex().row()).person.name == name
        press(qtbot, key)  # the marker goes on to the next person
    late = next(r for r in range(model.rowCount()) if model.item(r).person.name == LATE_ARRIVAL)
    click_row(qtbot, view, model.index(late, 0))
    press(qtbot, Qt.Key.Key_N)
    click(qtbot, page.walk_in_line)
    type_into(qtbot, WALK_IN, Qt.Key.Key_Return)
    assert page.walk_in_line.text() == ""
    assert page.counts_label.text().replace("\u00a0", " ") == (
        "7 närvarande · 2 anmält förhinder · 12 ej inbjudna"
    )


def follow_up(qtbot: QtBot, window: MainWindow) -> None:
    page = phase(qtbot, window, 3)
    assert isinstance(page, FollowUpPage)
    model = page.model
    for title, key, _status, note in FOLLOW_UPS:
        row = next(r for r in range(model.rowCount()) if model.item(r).action.title == title)
        click_row(qtbot, page.table, model.index(row, 0))
        press(qtbot, key)
        press(qtbot, Qt.Key.Key_Return)  # on to the comment
        assert focused() is page.note
        type_into(qtbot, note, Qt.Key.Key_Return)  # stored; on to the next action
        assert page.table.hasFocus()


def capture_gaps(qtbot: QtBot, window: MainWindow) -> None:
    page = phase(qtbot, window, 4)
    assert isinstance(page, GapsPage)
    assert page.capture.hasFocus()
    for title in GAPS:
        type_into(qtbot, title, Qt.Key.Key_Return)
    assert page.model.rowCount() == len(GAPS)
    click_row(qtbot, page.table, page.model.index(DESCRIBED - 1, 1))
    assert page.details.title.text() == GAPS[DESCRIBED - 1]
    click(qtbot, page.details.description)
    first, second = DESCRIPTION.split("\n")
    type_into(qtbot, first, Qt.Key.Key_Return)
    type_into(qtbot, second, Qt.Key.Key_Tab)  # leaving the field stores it
    assert focused() is page.details.transition
    type_into(qtbot, TRANSITION, Qt.Key.Key_Tab)
    type_into(qtbot, TARGET_GROUP, Qt.Key.Key_Tab)


def prioritise(qtbot: QtBot, window: MainWindow) -> None:
    page = phase(qtbot, window, 5)
    assert isinstance(page, PrioritisePage)
    model = page.model

    def click_gap(number: int) -> None:
        row = next(r for r in range(model.rowCount()) if model.item(r).number == number)
        click_row(qtbot, page.table, model.index(row, 1))

    for number, digits, steps in VOTES:
        click_gap(number)
        if digits:
            type_into(qtbot, digits, Qt.Key.Key_Return)
        for step in steps:
            press(qtbot, Qt.Key.Key_Plus if step == "+" else Qt.Key.Key_Minus)
    for number in CHOSEN:
        click_gap(number)
        press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_S)  # sorted by votes: rows stay put while counts go in
    shown = [(r.number, r.gap.votes, r.chosen) for r in model.items()][:5]
    assert shown == [(3, 12, True), (10, 10, True), (1, 7, True), (8, 4, False), (5, 3, False)]


def find_causes(qtbot: QtBot, window: MainWindow) -> None:
    page = phase(qtbot, window, 6)
    assert isinstance(page, CausesPage)
    # The chosen gap with the most votes comes first.
    assert page.gap_box.currentText() == f"{DESCRIBED}. {GAPS[DESCRIBED - 1]}"
    assert page.capture.hasFocus()
    press(qtbot, Qt.Key.Key_1, ALT)
    type_into(qtbot, CAUSE_INFO, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_4, ALT)
    assert page.category_box.currentText() == f"4. {CATEGORY_4}"
    type_into(qtbot, CAUSE_ORG, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_Return, CTRL)  # Varför? about the cause just added
    assert page.why_banner.isVisible()
    type_into(qtbot, CAUSE_WHY, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_Escape)  # back to plain causes
    assert not page.why_banner.isVisible()


def agree_actions(qtbot: QtBot, window: MainWindow) -> None:
    page = phase(qtbot, window, 7)
    assert isinstance(page, ActionsPage)
    panel = page.panel
    assert page.capture.hasFocus()
    before = page.ctx.controller.stack.count()
    # New actions go to gap 3 and its "why?" cause: chosen in the panel first.
    alt(qtbot, window, Qt.Key.Key_G)
    assert focused() is panel.gap
    for _ in range(DESCRIBED):
        press(qtbot, Qt.Key.Key_Down)
    alt(qtbot, window, Qt.Key.Key_O)
    assert focused() is panel.cause
    why_answer = panel.cause.findText(f"\u2003↳ {CAUSE_WHY}")  # indented under its cause
    assert why_answer == 3  # ingen, CAUSE_INFO, CAUSE_ORG, ↳ CAUSE_WHY
    for _ in range(why_answer):
        press(qtbot, Qt.Key.Key_Down)
    assert page.ctx.controller.stack.count() == before  # choosing for new ones edits nothing
    linked = True
    for title, typed_owner, owner, due, _stored_due, with_cause in ACTIONS:
        if linked and not with_cause:
            # Tab into the list and Esc: no action selected, so the panel's gap is
            # again the one for new actions; Home picks "inget".
            alt(qtbot, window, Qt.Key.Key_N)
            press(qtbot, Qt.Key.Key_Tab)
            assert focused() is page.table
            press(qtbot, Qt.Key.Key_Escape)
            alt(qtbot, window, Qt.Key.Key_G)
            press(qtbot, Qt.Key.Key_Home)
            linked = False
        alt(qtbot, window, Qt.Key.Key_N)  # &Ny åtgärd
        assert focused() is page.capture
        type_into(qtbot, title, Qt.Key.Key_Return)
        alt(qtbot, window, Qt.Key.Key_V)  # Ans&varig
        assert focused() is panel.owner.edit
        replace_text(qtbot, typed_owner, Qt.Key.Key_Return)
        reactivate(qtbot, window)
        assert panel.owner.edit.text() == owner
        if isinstance(due, str):
            alt(qtbot, window, Qt.Key.Key_K)  # &Klart senast
            assert focused() is panel.due.edit
            replace_text(qtbot, due, Qt.Key.Key_Return)
        else:
            alt_button(qtbot, due)  # &2 veckor, &3 månader
    assert page.model.rowCount() == len(ACTIONS)


def close_meeting(qtbot: QtBot, window: MainWindow) -> None:
    page = phase(qtbot, window, 8)
    assert isinstance(page, ClosingPage)
    type_into(qtbot, DECISION, Qt.Key.Key_Return)
    alt(qtbot, window, Qt.Key.Key_D)  # &Datum
    assert focused() is page.next_date
    type_into(qtbot, NEXT_DATE_TYPED, Qt.Key.Key_Tab)
    assert focused() is page.next_start
    type_into(qtbot, NEXT_START_TYPED, Qt.Key.Key_Tab)
    assert focused() is page.next_location
    type_into(qtbot, NEXT_LOCATION, Qt.Key.Key_Return)
    assert page.next_date_text.text() == "15 april 2027"  # the typed date, spelled out


# -- reading the file back ------------------------------------------------------------------


def dump(path: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, Any]:
    capsys.readouterr()
    assert cli.main(["dump", str(path)]) == 0
    document: dict[str, Any] = json.loads(capsys.readouterr().out)
    return document


@popup_warnings
def test_a_whole_workshop_by_keyboard_and_mouse(
    qtbot: QtBot, demo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    forum = ForumFile.open(demo_path)
    try:
        window = show_active(qtbot, MainWindow(forum))
        meeting_id = new_meeting(qtbot, window)
        prepare(qtbot, window)
        open_meeting(qtbot, window)
        follow_up(qtbot, window)
        capture_gaps(qtbot, window)
        prioritise(qtbot, window)
        find_causes(qtbot, window)
        agree_actions(qtbot, window)
        close_meeting(qtbot, window)
        window.close()
    finally:
        forum.close()

    document = dump(demo_path, capsys)
    check_document(document, meeting_id)


def check_document(document: dict[str, Any], meeting_id: str) -> None:
    people = {p["id"]: p for p in document["people"]}
    by_name = {p["name"]: p["id"] for p in document["people"]}
    organisations = {o["id"]: o["name"] for o in document["organisations"]}
    meetings = document["meetings"]
    assert [m["title"] for m in meetings][-1] == TITLE
    meeting = next(m for m in meetings if m["id"] == meeting_id)
    assert len(meetings) == 5

    # Förberedelse
    assert (meeting["title"], meeting["date"], meeting["start"], meeting["end"]) == (
        TITLE,
        MEETING_DATE,
        "13:00",
        "16:00",
    )
    assert meeting["location"] == LOCATION
    assert meeting["purpose"] == PURPOSE
    assert [people[i]["name"] for i in meeting["facilitator_ids"]] == ["Linnea Sundberg"]
    assert people[meeting["notes_taker_id"]]["name"] == "Jonas Ek"
    assert [(a["title"], a.get("minutes")) for a in meeting["agenda"]] == [
        (title, minutes) for _typed, title, minutes in AGENDA
    ]

    # Inledning
    attendance = {people[a["person_id"]]["name"]: a["status"] for a in meeting["attendance"]}
    assert attendance == {
        "Linnea Sundberg": "present",
        "Sanna Berg": "present",
        "Maria Lindqvist": "excused",
        "Ahmed Hassan": "present",
        "Karin Holmgren": "present",
        "Jonas Ek": "present",
        "Lena Sjöberg": "excused",
        "Anders Öberg": "present",
        "Petra Nilsson": "present",
    }
    petra = people[by_name["Petra Nilsson"]]
    assert petra["email"] == "petra.nilsson@example.se"
    assert organisations[petra["organisation_id"]] == WALK_IN_ORGANISATION

    # Uppföljning
    actions = {a["title"]: a for a in document["actions"]}
    followups = {f["action_id"]: (f["status"], f.get("note")) for f in meeting["followups"]}
    assert followups == {
        actions[title]["id"]: (status, note) for title, _key, status, note in FOLLOW_UPS
    }
    for title, _key, status, _note in FOLLOW_UPS:
        assert actions[title]["status"] == status

    # Glapp and Prioritera
    gaps = meeting["gaps"]
    assert [g["title"] for g in gaps] == GAPS
    described = gaps[DESCRIBED - 1]
    assert (described["description"], described["transition"], described["target_group"]) == (
        DESCRIPTION,
        TRANSITION,
        TARGET_GROUP,
    )
    assert [g.get("description") for g in gaps].count(None) == len(GAPS) - 1
    assert {n: g.get("votes", 0) for n, g in enumerate(gaps, start=1)} == {
        n: EXPECTED_VOTES.get(n, 0) for n in range(1, len(GAPS) + 1)
    }
    assert [g["status"] for g in gaps] == [
        "in_progress" if n in CHOSEN else "open" for n in range(1, len(GAPS) + 1)
    ]

    # Orsaker
    for number, gap in enumerate(gaps, start=1):
        if number != DESCRIBED:
            assert gap["causes"] == []
    causes = described["causes"]
    assert [(c["text"], c["category"]) for c in causes] == [
        (CAUSE_INFO, CATEGORY_1),
        (CAUSE_ORG, CATEGORY_4),
        (CAUSE_WHY, CATEGORY_4),
    ]
    cause_ids = {c["text"]: c["id"] for c in causes}
    assert [c.get("parent_id") for c in causes] == [None, None, cause_ids[CAUSE_ORG]]

    # Åtgärder
    agreed = [a for a in document["actions"] if a["meeting_id"] == meeting_id]
    assert [a["title"] for a in agreed] == [title for title, *_rest in ACTIONS]
    for action, (_title, _typed, owner, _due, due, with_cause) in zip(agreed, ACTIONS, strict=True):
        person = people[action["owner_id"]]
        assert person["name"] == owner
        assert action["organisation_id"] == person["organisation_id"]
        assert action["due"] == due
        assert action["status"] == "not_started"
        if with_cause:
            assert (action["gap_id"], action["cause_id"]) == (described["id"], cause_ids[CAUSE_WHY])
        else:
            assert "gap_id" not in action and "cause_id" not in action

    # Avslutning
    assert [d["text"] for d in meeting["decisions"]] == [DECISION]
    assert meeting["parking_lot"] == [] and meeting["other_business"] == []
    assert meeting["next_meeting"] == {
        "date": NEXT_DATE,
        "start": NEXT_START,
        "location": NEXT_LOCATION,
    }
