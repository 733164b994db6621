"""Ångra and Gör om first show where their step was made (ui.edit_place): a step
taken back in a meeting out of sight would change it without a sign."""

from __future__ import annotations

from pathlib import Path

from conftest import type_text
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from reliability_support import Answers, answers, manager, open_shown  # noqa: F401

from ui.application import WindowManager
from ui.edit_place import EditPlace, window_place
from ui.main_window import PAGE_MEETING, PAGE_PEOPLE, MainWindow
from ui.pages.gaps import GapsPage
from ui.sidebar import NAV_PEOPLE

GAPS, CAUSES = 3, 5
CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = CTRL | Qt.KeyboardModifier.ShiftModifier


def _enter_gap(qtbot: QtBot, window: MainWindow, title: str) -> None:
    window.meeting_view.show_phase(GAPS)
    page = window.meeting_view.pages[GAPS]
    assert isinstance(page, GapsPage)
    type_text(page.capture, title)
    qtbot.keyClick(page.capture, Qt.Key.Key_Return)


def _titles(window: MainWindow, meeting_id: str) -> list[str]:
    return [gap.title for gap in window.forum.gaps.list(meeting_id=meeting_id)]


def _gap_there_and_typing_here(
    qtbot: QtBot, window: MainWindow, *, undone: bool = False
) -> tuple[str, str, GapsPage]:
    """A gap entered in the latest meeting (``undone``: and taken back), then a
    line typed and not entered on the earlier meeting's Glapp, which is shown."""
    latest, earlier = (m.id for m in reversed(window.forum.meetings.list()[-2:]))
    window.show_meeting(latest)
    _enter_gap(qtbot, window, "Trygg hemgång saknas")
    if undone:
        window.undo_action.trigger()
    window.show_meeting(earlier)
    window.meeting_view.show_phase(GAPS)
    page = window.meeting_view.pages[GAPS]
    assert isinstance(page, GapsPage)
    page.capture.setText("Utskrivning på fredag")  # typed, not entered
    return latest, earlier, page


def _press(qtbot: QtBot, window: MainWindow, modifiers: Qt.KeyboardModifier) -> None:
    qtbot.keyClick(window.sidebar.meeting_list, Qt.Key.Key_Z, modifiers)


def test_undo_and_redo_show_the_meeting_and_phase_they_change(
    qtbot: QtBot,
    manager: WindowManager,  # noqa: F811
    answers: Answers,  # noqa: F811
    demo_path: Path,
) -> None:
    window = open_shown(qtbot, manager, demo_path)
    latest, earlier = (m.id for m in reversed(window.forum.meetings.list()[-2:]))
    window.show_meeting(latest)
    _enter_gap(qtbot, window, "Trygg hemgång saknas")
    assert "Trygg hemgång saknas" in _titles(window, latest)

    window.show_meeting(earlier)
    window.meeting_view.show_phase(CAUSES)
    window.sidebar.meeting_list.setFocus()
    _press(qtbot, window, CTRL)  # Ctrl+Z, in the earlier meeting

    assert window_place(window) == EditPlace(PAGE_MEETING, latest, GAPS)
    assert "Trygg hemgång saknas" not in _titles(window, latest)
    page = window.meeting_view.pages[GAPS]
    assert isinstance(page, GapsPage)
    shown = [page.model.index(row, 1).data() for row in range(page.model.rowCount())]
    assert "Trygg hemgång saknas" not in shown

    window.show_meeting(earlier)
    window.sidebar.meeting_list.setFocus()
    _press(qtbot, window, CTRL_SHIFT)  # Gör om, from the earlier meeting again

    assert window_place(window) == EditPlace(PAGE_MEETING, latest, GAPS)
    assert "Trygg hemgång saknas" in _titles(window, latest)
    assert answers.shown == []


def test_a_step_made_on_a_sidebar_page_is_undone_there(
    qtbot: QtBot,
    manager: WindowManager,  # noqa: F811
    answers: Answers,  # noqa: F811
    demo_path: Path,
) -> None:
    window = open_shown(qtbot, manager, demo_path)
    meeting_id = window.meeting_view.meeting_id
    window.sidebar.nav_buttons[NAV_PEOPLE].click()
    person = window.controller.create(window.forum.people, "Ny person", name="Rut Exempel")
    assert person is not None
    assert window.show_meeting(meeting_id or "")

    window.undo_action.trigger()

    assert window.pages.currentIndex() == PAGE_PEOPLE
    assert window.sidebar.nav_buttons[NAV_PEOPLE].isChecked()
    assert window.forum.people.find(person.id) is None


def test_a_step_whose_meeting_is_gone_is_undone_where_the_window_is(
    qtbot: QtBot,
    manager: WindowManager,  # noqa: F811
    answers: Answers,  # noqa: F811
    demo_path: Path,
) -> None:
    window = open_shown(qtbot, manager, demo_path)
    window.sidebar.add_meeting()  # made while the latest meeting was shown
    new = window.meeting_view.meeting_id
    assert new is not None
    _enter_gap(qtbot, window, "Ingen tar emot remissen")
    before = window_place(window)

    window.undo_action.trigger()  # the gap: shown where it is, in the new meeting
    assert window_place(window) == before
    window.undo_action.trigger()  # the new meeting: shown from where it was made

    assert window.forum.meetings.find(new) is None
    assert window.meeting_view.meeting_id != new
    window.redo_action.trigger()  # the meeting is back; the window stays
    shown = window_place(window)
    window.redo_action.trigger()  # the gap: its meeting exists again, and is shown
    assert window_place(window) == EditPlace(PAGE_MEETING, new, GAPS)
    assert shown != window_place(window)
    assert _titles(window, new) == ["Ingen tar emot remissen"]
    assert answers.shown == []


def test_typing_left_in_the_meeting_shown_is_asked_about_first(
    qtbot: QtBot,
    manager: WindowManager,  # noqa: F811
    answers: Answers,  # noqa: F811
    demo_path: Path,
) -> None:
    window = open_shown(qtbot, manager, demo_path)
    latest, earlier, page = _gap_there_and_typing_here(qtbot, window)
    answers.clicks.append("Avbryt")

    window.undo_action.trigger()

    assert [box.name for box in answers.shown] == ["draftsBox"]
    assert window.meeting_view.meeting_id == earlier  # back to what was typed
    assert page.capture.text() == "Utskrivning på fredag"
    assert "Trygg hemgång saknas" in _titles(window, latest)  # nothing undone out of sight


def test_typing_added_before_an_undo_is_the_step_taken_back_first(
    qtbot: QtBot,
    manager: WindowManager,  # noqa: F811
    answers: Answers,  # noqa: F811
    demo_path: Path,
) -> None:
    window = open_shown(qtbot, manager, demo_path)
    latest, earlier, page = _gap_there_and_typing_here(qtbot, window)
    answers.clicks.append("Lägg till")

    window.undo_action.trigger()  # the line is added, in the earlier meeting: nothing undone
    assert window_place(window) == EditPlace(PAGE_MEETING, earlier, GAPS)
    assert "Utskrivning på fredag" in _titles(window, earlier)
    assert "Trygg hemgång saknas" in _titles(window, latest)

    window.undo_action.trigger()  # the newest step: the line just added, here
    assert window_place(window) == EditPlace(PAGE_MEETING, earlier, GAPS)
    assert "Utskrivning på fredag" not in _titles(window, earlier)
    window.undo_action.trigger()  # then the gap, shown in its meeting
    assert window_place(window) == EditPlace(PAGE_MEETING, latest, GAPS)
    assert "Trygg hemgång saknas" not in _titles(window, latest)
    assert [box.name for box in answers.shown] == ["draftsBox"]


def test_typing_added_before_a_redo_ends_the_redo_and_says_so(
    qtbot: QtBot,
    manager: WindowManager,  # noqa: F811
    answers: Answers,  # noqa: F811
    demo_path: Path,
) -> None:
    window = open_shown(qtbot, manager, demo_path)
    latest, earlier, page = _gap_there_and_typing_here(qtbot, window, undone=True)
    answers.clicks.append("Lägg till")

    window.redo_action.trigger()

    assert window_place(window) == EditPlace(PAGE_MEETING, earlier, GAPS)
    assert "Utskrivning på fredag" in _titles(window, earlier)
    assert "Trygg hemgång saknas" not in _titles(window, latest)
    assert not window.controller.stack.canRedo()
    assert "inget kvar att göra om" in window.message_bar.text()
