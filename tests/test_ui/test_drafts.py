"""Text typed into a capture line but not entered is never lost without a word:
before the window lets go of it (closing, another forum, a new language, a
restore, a merge) the facilitator adds it, throws it away or goes back to it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
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
from storage import errors
from ui import file_actions
from ui.application import WindowManager
from ui.drafts import drafts_text
from ui.main_window import MainWindow

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
    line, text = _type_draft(window, ("phase 5", "causeCapture", "Ingen rutin"))
    empty = window.forum.meetings.create(title="Ny träff", date="2026-12-01")
    window.sidebar.select_meeting(empty.id)  # no gaps there: the cause line waits
    assert not line.isEnabled() and line.text() == text
    answers.clicks.append("Avbryt")

    assert not window.close()
    (asked,) = answers.shown
    assert sorted(asked.buttons) == ["Avbryt", "Släng"]
    assert "Det går inte att lägga till härifrån" in asked.informative

    answers.clicks.append("Släng")
    assert window.close()
    assert text not in _stored(demo_path)
