"""Text typed into a capture line but not entered is never lost without a word:
before the window lets go of it (closing, another forum, a new language, a
restore, a merge) the facilitator adds it, throws it away or goes back to it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import leave_typing, type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot
from reliability_support import (  # noqa: F401
    CAPTURE_LINES,
    Answers,
    answers,
    capture_line,
    manager,
    menu_action,
    open_shown,
)

from app.exchange.files import dump_text
from app.forum_file import ForumFile
from app.messages import describe
from app.search import search_forum
from storage import errors
from ui import file_actions
from ui.application import WindowManager
from ui.draft_questions import QUOTED_AT_MOST, drafts_text
from ui.main_window import MainWindow
from ui.pages.gaps import DETAILS_DELAY_MS
from ui.widgets.refused_mark import is_marked_refused

GAPS = 3
GAP_LINE = ("phase 3", "gapCapture", "Läkemedelslistan följer inte med")


def _type_draft(window: MainWindow, place: tuple[str, str, str]) -> tuple[QLineEdit, str]:
    line, text = capture_line(window, *place)
    line.setFocus()
    line.setText(text)  # typed, and no Enter
    return line, text


def _stored(path: Path) -> str:
    with ForumFile.open(path, read_only=True) as forum:
        return dump_text(forum.db)


@pytest.mark.parametrize(("where", "name", "text"), CAPTURE_LINES)
def test_every_line_is_asked_about_and_added_before_the_window_is_rebuilt(
    qtbot: QtBot,
    manager: WindowManager,  # noqa: F811
    answers: Answers,  # noqa: F811
    demo_path: Path,
    where: str,
    name: str,
    text: str,
) -> None:
    window = open_shown(qtbot, manager, demo_path)
    line, text = _type_draft(window, (where, name, text))
    before = dump_text(window.forum.db)
    answers.clicks.append("Lägg till")

    assert manager.open_path(demo_path)  # as a new language does: the same forum, rebuilt

    (asked,) = answers.shown
    assert asked.name == "draftsBox"
    assert asked.text.endswith(f"\n\n• {text}")
    assert sorted(asked.buttons) == ["Avbryt", "Lägg till", "Släng"]
    assert manager.window is not None and manager.window is not window
    after = dump_text(manager.window.forum.db)
    assert after != before and text.split(",")[0] in after  # a walk-in is parsed at commas


def test_thrown_away_the_forum_is_as_it_was(
    qtbot: QtBot,
    manager: WindowManager,  # noqa: F811
    answers: Answers,  # noqa: F811
    demo_path: Path,
) -> None:
    window = open_shown(qtbot, manager, demo_path)
    line, text = _type_draft(window, GAP_LINE)
    before = dump_text(window.forum.db)
    answers.clicks.append("Släng")

    assert manager.open_path(demo_path)

    assert manager.window is not window
    assert dump_text(manager.window.forum.db) == before  # type: ignore[union-attr]
    assert text not in before


def test_going_back_keeps_the_window_its_lock_and_the_typing(
    qtbot: QtBot,
    manager: WindowManager,  # noqa: F811
    answers: Answers,  # noqa: F811
    demo_path: Path,
) -> None:
    other = demo_path.with_name("annat.samsyn")
    ForumFile.create(other, "Ett annat forum").close()
    window = open_shown(qtbot, manager, demo_path)
    line, text = _type_draft(window, GAP_LINE)
    answers.clicks.append("Avbryt")

    assert not manager.open_path(other)

    assert manager.window is window and window.isVisible()
    assert window.session is not None and window.session.lock.held
    assert line.text() == text


def test_closing_asks_and_can_be_called_off(
    qtbot: QtBot,
    manager: WindowManager,  # noqa: F811
    answers: Answers,  # noqa: F811
    demo_path: Path,
) -> None:
    window = open_shown(qtbot, manager, demo_path)
    line, text = _type_draft(window, GAP_LINE)
    answers.clicks += ["Avbryt", "Lägg till"]

    assert not window.close()
    assert window.isVisible() and line.text() == text
    assert window.session is not None and window.session.lock.held

    assert window.close()
    assert len(answers.shown) == 2
    assert text in _stored(demo_path)


def test_a_line_that_refuses_its_text_keeps_the_window(
    qtbot: QtBot,
    manager: WindowManager,  # noqa: F811
    answers: Answers,  # noqa: F811
    demo_path: Path,
) -> None:
    window = open_shown(qtbot, manager, demo_path)
    line, text = _type_draft(window, GAP_LINE)
    demo_path.rename(demo_path.with_name("flyttad.samsyn"))  # the store fails: file gone
    answers.clicks.append("Lägg till")

    assert not window.close()

    assert window.isVisible() and line.text() == text
    assert window.message_bar.text() == describe(errors.FileGone(demo_path))


def test_a_merge_called_off_changes_nothing(
    qtbot: QtBot,
    manager: WindowManager,  # noqa: F811
    answers: Answers,  # noqa: F811
    demo_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    group = demo_path.with_name("grupp1.samsyn")
    shutil.copyfile(demo_path, group)
    window = open_shown(qtbot, manager, demo_path)
    line, text = _type_draft(window, GAP_LINE)
    before = dump_text(window.forum.db)
    monkeypatch.setattr(file_actions, "choose_merge_sources", lambda *_: [group])
    answers.clicks.append("Avbryt")

    menu_action(window, "Slå samman med gruppers filer…").trigger()

    assert manager.window is window and line.text() == text
    assert dump_text(window.forum.db) == before
    assert window.session is not None and window.session.backups is not None
    assert "before-merge" not in {b.reason for b in window.session.backups.list()}


def test_a_restore_warns_that_the_backup_lacks_it(
    qtbot: QtBot,
    manager: WindowManager,  # noqa: F811
    answers: Answers,  # noqa: F811
    demo_path: Path,
) -> None:
    window = open_shown(qtbot, manager, demo_path)
    assert window.session is not None and window.session.backups is not None
    (backup,) = window.session.backups.list()
    line, text = _type_draft(window, GAP_LINE)
    answers.clicks.append("Avbryt")

    assert not manager.restore_backup(backup)
    (asked,) = answers.shown
    assert sorted(asked.buttons) == ["Avbryt", "Återställ ändå"]
    assert "försvinner när den återställs" in asked.informative
    assert manager.window is window and line.text() == text

    answers.clicks.append("Återställ ändå")
    assert manager.restore_backup(backup)
    assert manager.window is not window
    assert text not in dump_text(manager.window.forum.db)  # type: ignore[union-attr]


def test_many_drafts_are_counted_after_the_first_five() -> None:
    drafts = [f"Rad {n}" for n in range(1, 8)]
    assert drafts_text(drafts).splitlines() == [
        "• Rad 1",
        "• Rad 2",
        "• Rad 3",
        "• Rad 4",
        "• Rad 5",
        "… och 2 till",
    ]


def test_a_long_line_is_quoted_on_one_line_and_cut(
    qtbot: QtBot,
    manager: WindowManager,  # noqa: F811
    answers: Answers,  # noqa: F811
    demo_path: Path,
) -> None:
    window = open_shown(qtbot, manager, demo_path)
    line, _ = _type_draft(window, GAP_LINE)
    pasted = "Inklistrat från ett mejl:\n" + "lång text " * 100
    line.setText(pasted)
    answers.clicks.append("Avbryt")

    assert not window.close()

    (quoted,) = [row for row in answers.shown[0].text.splitlines() if row.startswith("• ")]
    assert quoted.startswith("• Inklistrat från ett mejl: lång text lång text")
    assert quoted.endswith("\u2026") and len(quoted) <= 2 + QUOTED_AT_MOST
    assert line.text() == pasted  # only the question is short: the line keeps it all
    leave_typing(window)


def test_text_on_a_page_out_of_sight_is_asked_about_and_added(
    qtbot: QtBot,
    manager: WindowManager,  # noqa: F811
    answers: Answers,  # noqa: F811
    demo_path: Path,
) -> None:
    window = open_shown(qtbot, manager, demo_path)
    line, text = _type_draft(window, GAP_LINE)
    window.meeting_view.show_phase(0)  # on to Förberedelse: the gap line is out of sight
    assert not line.isVisible()
    answers.clicks.append("Lägg till")

    assert window.close()

    assert answers.shown[0].text.endswith(f"• {text}")
    assert text in _stored(demo_path)


def test_a_line_waiting_for_a_choice_offers_only_to_throw_away_or_go_back(
    qtbot: QtBot,
    manager: WindowManager,  # noqa: F811
    answers: Answers,  # noqa: F811
    demo_path: Path,
) -> None:
    window = open_shown(qtbot, manager, demo_path)
    empty = window.forum.meetings.create(title="Ny träff", date="2026-12-01")
    window.sidebar.select_meeting(empty.id)  # no gaps there: the cause line waits
    # Left in the line as its gap went (an undo): it cannot be added from there.
    line, text = _type_draft(window, ("phase 5", "causeCapture", "Ingen rutin"))
    assert not line.isEnabled() and line.text() == text
    answers.clicks.append("Avbryt")

    assert not window.close()
    (asked,) = answers.shown
    assert sorted(asked.buttons) == ["Avbryt", "Släng"]
    assert "Det går inte att lägga till härifrån" in asked.informative

    answers.clicks.append("Släng")
    assert window.close()
    assert text not in _stored(demo_path)


# -- fields: stored before the window lets go; a refused value is asked about -----------

PREPARATION = 0


def _field_typed(window: MainWindow, text: str) -> QLineEdit:
    """Förberedelse's start time, typed into and still focused (no Enter, no Tab)."""
    window.meeting_view.show_phase(PREPARATION)
    field = window.meeting_view.pages[PREPARATION].start_edit
    field.setFocus()
    field.selectAll()
    type_text(field, text)
    return field


def _meeting_start(path: Path) -> str | None:
    with ForumFile.open(path, read_only=True) as forum:
        return forum.meetings.list()[-1].start


def test_a_field_still_being_typed_in_is_stored_when_the_window_closes(
    qtbot: QtBot,
    manager: WindowManager,  # noqa: F811
    answers: Answers,  # noqa: F811
    demo_path: Path,
) -> None:
    window = open_shown(qtbot, manager, demo_path)
    _field_typed(window, "07:45")

    assert window.close()

    assert answers.shown == []  # nothing to ask: the field stored as it let go
    assert _meeting_start(demo_path) == "07:45"


def test_a_description_closed_on_within_its_typing_pause_is_stored(
    qtbot: QtBot,
    manager: WindowManager,  # noqa: F811
    demo_path: Path,
) -> None:
    window = open_shown(qtbot, manager, demo_path)
    window.meeting_view.show_phase(GAPS)
    page = window.meeting_view.pages[GAPS]
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: not page.details_pending())
    gap_id = page.model.item(0).gap.id
    page.details.description.setFocus()
    page.details.description.setPlainText("Skrivet precis innan fönstret stängdes")

    assert window.close()

    with ForumFile.open(demo_path, read_only=True) as forum:
        assert forum.gaps.get(gap_id).description == "Skrivet precis innan fönstret stängdes"


def test_no_timer_reads_the_forum_after_the_window_closed(
    qtbot: QtBot,
    manager: WindowManager,  # noqa: F811
    demo_path: Path,
) -> None:
    # A gap entered starts the side panel's short wait; the window closes within it.
    # Reading the closed forum then would put a traceback on the user's screen.
    window = open_shown(qtbot, manager, demo_path)
    window.meeting_view.show_phase(GAPS)
    page = window.meeting_view.pages[GAPS]
    page.capture.setFocus()
    type_text(page.capture, "Ett glapp precis före stängning\n")
    assert page.details_pending()

    assert window.close()
    qtbot.wait(DETAILS_DELAY_MS * 3)  # pytest-qt fails the test on an exception in a slot

    assert not page.details_pending()


def test_a_refused_value_is_asked_about_and_can_be_gone_back_to(
    qtbot: QtBot,
    manager: WindowManager,  # noqa: F811
    answers: Answers,  # noqa: F811
    demo_path: Path,
) -> None:
    window = open_shown(qtbot, manager, demo_path)
    stored = _meeting_start(demo_path)
    field = _field_typed(window, "25:00")
    answers.clicks.append("Avbryt")

    assert not window.close()

    assert [box.name for box in answers.shown] == ["refusedBox"]
    assert "• 25:00 – " in answers.shown[0].text
    assert window.message_bar.text() in answers.shown[0].text  # the value and why
    assert window.isVisible() and field.text() == "25:00" and is_marked_refused(field)
    assert window.session is not None and window.session.lock.held
    assert "TT:MM" in window.message_bar.text()  # the refusal says why
    assert _meeting_start(demo_path) == stored


def test_a_refused_value_thrown_away_lets_the_window_go_and_shows_the_stored_one(
    qtbot: QtBot,
    manager: WindowManager,  # noqa: F811
    answers: Answers,  # noqa: F811
    demo_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = open_shown(qtbot, manager, demo_path)
    stored = _meeting_start(demo_path)
    field = _field_typed(window, "25:00")
    answers.clicks.append("Släng")
    # Another forum that cannot be opened: the window stays, so what it shows counts.
    missing = demo_path.with_name("finns-inte") / "forum.samsyn"
    missing.parent.write_text("en fil, inte en mapp", encoding="utf-8")
    monkeypatch.setattr(manager, "report", lambda exc: None)

    assert not manager.open_path(missing)

    assert manager.window is window and window.isVisible()
    assert not is_marked_refused(field)
    assert field.text() == (stored or "")
    assert window.close()
    assert len(answers.shown) == 1  # thrown away once: not asked again
    assert _meeting_start(demo_path) == stored


# -- another meeting: its pages replace what the meeting shown holds -----------------


def _other_meeting(window: MainWindow) -> str:
    shown = window.meeting_view.meeting_id
    return next(m.id for m in window.forum.meetings.list() if m.id != shown)


def test_a_refused_value_is_asked_about_before_another_meeting_and_can_be_gone_back_to(
    qtbot: QtBot,
    manager: WindowManager,  # noqa: F811
    answers: Answers,  # noqa: F811
    demo_path: Path,
) -> None:
    window = open_shown(qtbot, manager, demo_path)
    shown = window.meeting_view.meeting_id
    field = _field_typed(window, "25:00")
    answers.clicks.append("Avbryt")

    window.sidebar.select_meeting(_other_meeting(window))

    assert [box.name for box in answers.shown] == ["refusedBox"]
    assert window.meeting_view.meeting_id == shown
    assert window.sidebar.meeting_list.currentIndex().row() == window.sidebar.meetings.row_of(shown)
    assert field.text() == "25:00" and is_marked_refused(field)
    assert "TT:MM" in window.message_bar.text() and window.message_bar.isVisible()  # why
    leave_typing(window)


def test_a_refused_value_thrown_away_lets_another_meeting_show(
    qtbot: QtBot,
    manager: WindowManager,  # noqa: F811
    answers: Answers,  # noqa: F811
    demo_path: Path,
) -> None:
    window = open_shown(qtbot, manager, demo_path)
    stored = _meeting_start(demo_path)
    field = _field_typed(window, "25:00")
    other = _other_meeting(window)
    answers.clicks.append("Släng")

    window.sidebar.select_meeting(other)

    assert window.meeting_view.meeting_id == other
    assert not is_marked_refused(field)
    assert field.text() == (window.forum.meetings.get(other).start or "")
    assert len(answers.shown) == 1
    assert window.close() and len(answers.shown) == 1  # thrown away: not asked again
    assert _meeting_start(demo_path) == stored


def test_a_line_not_entered_is_added_to_the_meeting_it_was_typed_in(
    qtbot: QtBot,
    manager: WindowManager,  # noqa: F811
    answers: Answers,  # noqa: F811
    demo_path: Path,
) -> None:
    window = open_shown(qtbot, manager, demo_path)
    shown = window.meeting_view.meeting_id
    window.meeting_view.show_phase(GAPS)
    line, text = _type_draft(window, GAP_LINE)
    other = _other_meeting(window)
    answers.clicks.append("Lägg till")

    window.sidebar.select_meeting(other)

    assert [box.name for box in answers.shown] == ["draftsBox"]
    assert window.meeting_view.meeting_id == other and line.text() == ""
    titles = {g.meeting_id: g.title for g in window.forum.gaps.list() if g.title == text}
    assert titles == {shown: text}


def test_nothing_typed_nothing_asked_and_the_meeting_list_keeps_the_keyboard(
    qtbot: QtBot,
    manager: WindowManager,  # noqa: F811
    answers: Answers,  # noqa: F811
    demo_path: Path,
) -> None:
    window = open_shown(qtbot, manager, demo_path)
    meeting_list = window.sidebar.meeting_list
    meeting_list.setFocus()
    shown = window.meeting_view.meeting_id
    qtbot.waitUntil(meeting_list.hasFocus)

    qtbot.keyClick(meeting_list, Qt.Key.Key_Down)

    assert answers.shown == []
    assert window.meeting_view.meeting_id != shown
    assert meeting_list.hasFocus()


def test_a_search_hit_in_another_meeting_asks_once_and_stays_when_gone_back(
    qtbot: QtBot,
    manager: WindowManager,  # noqa: F811
    answers: Answers,  # noqa: F811
    demo_path: Path,
) -> None:
    window = open_shown(qtbot, manager, demo_path)
    shown = window.meeting_view.meeting_id
    hit = next(
        h for h in search_forum(window.forum.db, "glapp", limit=500).hits if h.meeting_id != shown
    )
    field = _field_typed(window, "25:00")
    answers.clicks.append("Avbryt")

    window.reveal(hit)

    assert [box.name for box in answers.shown] == ["refusedBox"]  # asked once
    assert window.meeting_view.meeting_id == shown and window.meeting_view.phase == PREPARATION
    assert field.text() == "25:00" and is_marked_refused(field)
    leave_typing(window)


def test_a_new_meeting_waits_until_the_typing_is_settled(
    qtbot: QtBot,
    manager: WindowManager,  # noqa: F811
    answers: Answers,  # noqa: F811
    demo_path: Path,
) -> None:
    window = open_shown(qtbot, manager, demo_path)
    shown = window.meeting_view.meeting_id
    count = window.forum.meetings.count()
    field = _field_typed(window, "25:00")
    answers.clicks.append("Avbryt")

    window.sidebar.add_meeting()

    assert [box.name for box in answers.shown] == ["refusedBox"]
    assert window.forum.meetings.count() == count  # nothing made, nothing to undo
    assert window.meeting_view.meeting_id == shown and is_marked_refused(field)
    leave_typing(window)


def test_typing_in_a_meeting_undone_away_is_not_carried_to_the_next(
    qtbot: QtBot,
    manager: WindowManager,  # noqa: F811
    answers: Answers,  # noqa: F811
    demo_path: Path,
) -> None:
    window = open_shown(qtbot, manager, demo_path)
    window.sidebar.add_meeting()
    window.meeting_view.show_phase(GAPS)
    line, _ = _type_draft(window, GAP_LINE)

    window.controller.stack.undo()  # the new meeting goes, and with it what was typed

    assert answers.shown == []
    assert window.meeting_view.meeting_id is not None and line.text() == ""
