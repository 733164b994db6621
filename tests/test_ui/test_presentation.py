"""F5: the presentation view shows the facilitator's phase in large type,
follows the window and every edit, and never shows contact details; the
timer counts down for the room."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import show_active
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.forum_file import ForumFile
from app.model import Phase
from ui.main_window import MainWindow
from ui.presentation import room
from ui.presentation.room import REFRESH_DELAY_MS
from ui.presentation.slides import build_slide
from ui.presentation.timer import clock_text
from ui.presentation.window import PresentationWindow

# The presentation is a window of its own: offscreen Qt cannot raise or size-hint it.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture
def forum(demo_path: Path) -> Iterator[ForumFile]:
    with ForumFile.open(demo_path) as opened:
        yield opened


@pytest.fixture
def window(qtbot: QtBot, forum: ForumFile) -> MainWindow:
    shown: MainWindow = show_active(qtbot, MainWindow(forum))
    shown.sidebar.select_meeting(forum.meetings.list()[-1].id)
    return shown


def _present(qtbot: QtBot, window: MainWindow) -> PresentationWindow:
    qtbot.keyClick(window, Qt.Key.Key_F5)
    presentation = window.room.presentation
    assert presentation is not None and presentation.isVisible()
    qtbot.addWidget(presentation)
    return presentation


def _shown(presentation: PresentationWindow) -> str:
    return "\n".join(
        [presentation.title.text(), presentation.phase.text(), presentation.body.toPlainText()]
    )


def test_f5_shows_the_phase_the_facilitator_is_on(qtbot: QtBot, window: MainWindow) -> None:
    window.meeting_view.show_phase(Phase.PRIORITISE)
    presentation = _present(qtbot, window)

    text = _shown(presentation)
    assert "Prioritera" in text and "Träff 4" in text
    # Gaps in vote order, with their votes.
    first = text.index("Äldre med psykisk sjukdom faller")
    second = text.index("Rehabiliteringen avbryts vid hemgång")
    assert first < second and "7 röster" in text
    assert window.room.present_action.isChecked()


def test_prioritise_numbers_the_gaps_as_the_window_does(
    qtbot: QtBot, window: MainWindow, forum: ForumFile
) -> None:
    meeting_id = window.meeting_view.meeting_id
    assert meeting_id is not None
    captured = forum.gaps.list(meeting_id=meeting_id)
    forum.gaps.update(captured[-1].id, votes=20)  # the last one captured: most votes
    window.meeting_view.show_phase(Phase.PRIORITISE)
    model = window.meeting_view.pages[Phase.PRIORITISE].model
    # The vote list on the facilitator's screen: first row, its capture number.
    top = (model.index(0, 0).data(), model.index(0, 1).data())
    assert top == (len(captured), captured[-1].title)

    text = _shown(_present(qtbot, window))
    assert f"{len(captured)}. {captured[-1].title}" in text  # the same number on the wall
    assert text.index(captured[-1].title) < text.index(captured[0].title)
    # Glapp numbers them too, in capture order.
    slide = build_slide(forum, meeting_id, Phase.GAPS, "Glapp")
    shown = [line.text for section in slide.sections for line in section.lines]
    assert shown == [f"{n}. {gap.title}" for n, gap in enumerate(captured, 1)]


def test_it_follows_the_phase_and_every_edit(
    qtbot: QtBot, window: MainWindow, forum: ForumFile
) -> None:
    window.meeting_view.show_phase(Phase.GAPS)
    presentation = _present(qtbot, window)
    assert "Glapp" in presentation.phase.text()

    window.meeting_view.show_phase(Phase.ACTIONS)
    qtbot.waitUntil(lambda: presentation.phase.text() == "Åtgärder")
    assert "Rehabplanen bifogas utskrivningsinformationen" in _shown(presentation)

    meeting_id = window.meeting_view.meeting_id
    window.controller.create(
        forum.actions, "Ny åtgärd", meeting_id=meeting_id, title="Gemensam checklista vid hemgång"
    )
    qtbot.waitUntil(lambda: "Gemensam checklista vid hemgång" in _shown(presentation))


def test_causes_follow_the_gap_chosen(qtbot: QtBot, window: MainWindow) -> None:
    window.meeting_view.show_phase(Phase.CAUSES)
    page = window.meeting_view.pages[Phase.CAUSES]
    presentation = _present(qtbot, window)
    chosen = page.current_gap()
    assert chosen is not None and chosen.title in _shown(presentation)

    page.gap_box.setCurrentIndex((page.gap_box.currentIndex() + 1) % page.gap_box.count())
    now = page.current_gap()
    assert now is not None and now.id != chosen.id
    title = now.title
    qtbot.waitUntil(lambda: title in _shown(presentation), timeout=REFRESH_DELAY_MS * 20)
    assert chosen.title not in _shown(presentation)


def test_contact_details_never_reach_the_projector(
    qtbot: QtBot, window: MainWindow, forum: ForumFile
) -> None:
    meeting_id = window.meeting_view.meeting_id
    window.controller.create(
        forum.gaps,
        "Nytt glapp",
        meeting_id=meeting_id,
        title="Ring Anna på 070-123 45 67 eller anna.berg@example.se, pnr 19121212-1212",
    )
    window.meeting_view.show_phase(Phase.GAPS)
    text = _shown(_present(qtbot, window))

    assert "Ring Anna på [dolt] eller [dolt], pnr [dolt]" in text
    for secret in ("070-123", "@example.se", "1212-1212"):
        assert secret not in text
    # The same for every phase of the demo meeting: no address of any participant.
    addresses = [p.email for p in forum.people.list() if p.email]
    assert addresses
    for phase in range(len(Phase)):
        slide = build_slide(forum, meeting_id, phase, "fas")
        lines = [line.text + line.aside for s in slide.sections for line in s.lines]
        assert not any("@" in line for line in lines), phase


def test_escape_closes_it_and_the_menu_follows(qtbot: QtBot, window: MainWindow) -> None:
    presentation = _present(qtbot, window)
    qtbot.keyClick(presentation, Qt.Key.Key_Escape)
    assert not presentation.isVisible()
    assert not window.room.present_action.isChecked()
    # F5 again brings it back (the same window).
    assert _present(qtbot, window) is presentation


def test_a_meeting_without_content_says_so(
    qtbot: QtBot, window: MainWindow, forum: ForumFile
) -> None:
    made = window.controller.create(forum.meetings, "Ny träff", title="Träff 5", date="2027-01-22")
    assert made is not None
    window.sidebar.select_meeting(made.id)
    window.meeting_view.show_phase(Phase.GAPS)
    presentation = _present(qtbot, window)
    assert "Inga glapp ännu." in _shown(presentation)


def test_closing_the_forum_closes_the_presentation_and_stops_the_timer(
    qtbot: QtBot, window: MainWindow
) -> None:
    presentation = _present(qtbot, window)
    window.room.timer.start(60)
    window.close_session()
    assert not presentation.isVisible()
    assert not window.room.timer.active


# -- the timer -------------------------------------------------------------------------


def test_clock_text() -> None:
    assert clock_text(12 * 60 + 5) == "12:05"
    assert clock_text(0.2) == "00:01"  # a fraction left is still time left
    assert clock_text(0) == "00:00"
    assert clock_text(-90.4) == "+01:30"  # past the end: the overrun


def test_the_timer_counts_for_the_room_and_pauses(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("PySide6.QtWidgets.QInputDialog.getInt", lambda *args, **kwargs: (7, True))
    presentation = _present(qtbot, window)
    assert not window.room.pause_action.isEnabled()

    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)

    timer = window.room.timer
    assert timer.running and 6 * 60 < timer.left() <= 7 * 60
    assert presentation.clock.text() in ("07:00", "06:59")
    assert (
        window.statusBar()
        .findChild(type(presentation.clock), "timerLabel")
        .text()
        .startswith("Timer 0")
    )
    window.room.pause_action.trigger()
    assert timer.paused and window.room.pause_action.text() == "Fortsätt timer"
    left = timer.left()
    qtbot.wait(300)
    assert timer.left() == left  # paused: no time passes
    window.room.pause_action.trigger()
    assert timer.running
    window.room.stop_action.trigger()
    assert presentation.clock.text() == "" and not window.room.stop_action.isEnabled()


def test_past_zero_it_counts_the_overrun_in_red(qtbot: QtBot, window: MainWindow) -> None:
    presentation = _present(qtbot, window)
    window.room.timer.start(0.3)
    qtbot.waitUntil(lambda: presentation.clock.text().startswith("+"), timeout=3000)
    assert "#c0392b" in presentation.clock.styleSheet()


def test_f5_works_on_a_read_only_forum(qtbot: QtBot, demo_path: Path) -> None:
    with ForumFile.open(demo_path, read_only=True) as forum:
        window: MainWindow = show_active(qtbot, MainWindow(forum))
        window.sidebar.select_meeting(forum.meetings.list()[-1].id)
        window.meeting_view.show_phase(Phase.CLOSING)
        presentation = _present(qtbot, window)
        assert "Nästa träff" in _shown(presentation)
        assert room.RoomActions  # the module the window uses


def test_headings_typed_by_the_user_are_masked_too(
    qtbot: QtBot, window: MainWindow, forum: ForumFile
) -> None:
    category = forum.categories.list()[0]
    forum.categories.update(category.id, name="Rutiner (kontakt anna@example.se, 070-123 45 67)")
    meeting_id = window.meeting_view.meeting_id
    gap = forum.gaps.list(meeting_id=meeting_id)[0]
    forum.causes.create(gap_id=gap.id, text="En orsak", category_id=category.id)
    slide = build_slide(forum, meeting_id, Phase.CAUSES, "Orsaker", gap_id=gap.id)
    headings = [section.heading for section in slide.sections]
    assert "Rutiner (kontakt [dolt], [dolt])" in headings
