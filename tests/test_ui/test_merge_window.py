"""Arkiv → "Slå samman med gruppers filer…": the breakout groups' work back in the
forum the window shows, with a backup before and one sentence per file after."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from reliability_support import (  # noqa: F401
    Answers,
    answers,
    manager,
    menu_action,
    open_ready,
    open_with_new_gap,
)

from app.forum_file import ForumFile
from ui import file_actions
from ui.application import WindowManager

MERGE = "Slå samman med gruppers filer…"


def _group_file(demo_path: Path, title: str) -> Path:
    group = demo_path.with_name("grupp1.samsyn")
    shutil.copyfile(demo_path, group)
    with ForumFile.open(group) as forum:
        meeting = max(forum.meetings.list(), key=lambda m: m.date)
        forum.gaps.create(meeting_id=meeting.id, title=title)
    return group


def test_groups_work_comes_in_and_the_typing_stays(
    qtbot: QtBot,
    manager: WindowManager,  # noqa: F811
    demo_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    group = _group_file(demo_path, "Ingen tar emot på lördagar")
    window, _ = open_with_new_gap(manager, demo_path, "Skrivet i rummet")
    monkeypatch.setattr(file_actions, "choose_merge_sources", lambda *_: [group])

    menu_action(window, MERGE).trigger()

    merged = manager.window
    assert merged is not None and merged is not window and not window.isVisible()
    titles = {g.title for g in merged.forum.gaps.list()}
    assert {"Ingen tar emot på lördagar", "Skrivet i rummet"} <= titles
    assert "Från grupp1.samsyn: 1 glapp tillkom." in merged.message_bar.text()
    assert "Återställ från säkerhetskopia" in merged.message_bar.text()
    assert merged.session is not None and merged.session.lock.held
    assert merged.session.backups is not None
    assert "before-merge" in {b.reason for b in merged.session.backups.list()}


def test_a_refused_file_is_one_sentence_and_the_forum_stays_open(
    qtbot: QtBot,
    manager: WindowManager,  # noqa: F811
    answers: Answers,  # noqa: F811
    demo_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    other = demo_path.with_name("annat.samsyn")
    ForumFile.create(other, "Ett annat forum").close()
    window = open_ready(manager, demo_path)
    gaps_before = window.forum.gaps.count()
    monkeypatch.setattr(file_actions, "choose_merge_sources", lambda *_: [other])

    menu_action(window, MERGE).trigger()

    (told,) = answers.shown
    assert told.text.startswith("Inget slogs samman: annat.samsyn hör till")
    assert manager.window is window  # refused before the file was let go
    assert window.session is not None and window.session.lock.held
    assert window.forum.gaps.count() == gaps_before


def test_merging_is_offered_only_to_the_writer(
    qtbot: QtBot,
    manager: WindowManager,  # noqa: F811
    demo_path: Path,
) -> None:
    assert manager.open_path(demo_path, read_only=True)
    assert manager.window is not None
    assert not menu_action(manager.window, MERGE).isEnabled()
