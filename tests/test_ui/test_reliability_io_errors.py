"""I/O errors while capturing (RELIABILITY.md fault 7, the window's part): a full
disk or a forum file that vanished is told in plain words, what was typed stays
in its line to try again, nothing crashes, and "Spara en kopia…" still rescues
everything stored so far."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLineEdit
from pytestqt.qtbot import QtBot
from reliability_support import (  # noqa: F401
    CAPTURE_LINES,
    capture_line,
    manager,
    open_shown,
    show_place,
)

from app.forum_file import ForumFile
from app.messages import describe
from storage import errors
from ui.application import WindowManager
from ui.main_window import MainWindow

GAPS = 3
DISK_FULL = (
    "Disken är full, så ändringen sparades inte i forum.samsyn. Det du skrev finns kvar: "
    "frigör utrymme och försök igen, eller spara en kopia på en annan disk "
    "(Arkiv → Spara en kopia…)."
)


def _save_copy(window: MainWindow, target: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), "Samsyn (*.samsyn)")
    )
    menu = window.menuBar().actions()[0].menu()
    (action,) = [a for a in menu.actions() if a.text() == "Spara en &kopia…"]
    action.trigger()


def _page_count(forum: ForumFile) -> int:
    return int(forum.db.query("PRAGMA page_count")[0][0])


def _enter(qtbot: QtBot, line: QLineEdit, text: str) -> None:
    line.setFocus()
    line.setText(text)
    qtbot.keyClick(line, Qt.Key.Key_Return)


def test_full_disk_while_capturing_gaps(
    qtbot: QtBot,
    manager: WindowManager,  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = tmp_path / "forum.samsyn"
    with ForumFile.create(path, "Forum") as created:
        meeting = created.meetings.create(title="Träff", date="2026-11-22")
    window = open_shown(qtbot, manager, path)
    forum = window.forum
    window.sidebar.select_meeting(meeting.id)
    window.meeting_view.show_phase(GAPS)
    capture = window.meeting_view.pages[GAPS].capture
    forum.db.query(f"PRAGMA max_page_count = {_page_count(forum)}")  # the disk is full now

    stored = 0
    for number in range(400):  # capture until the last free space is used up
        title = f"Glapp {number}: " + " ".join(["utskrivning utan överrapportering"] * 6)
        _enter(qtbot, capture, title)
        if capture.text():
            break
        stored += 1
    else:
        pytest.fail("the disk never filled up")
    assert capture.text() == title  # the entry stays for a retry
    assert window.message_bar.text() == DISK_FULL
    assert len(forum.gaps.list(meeting_id=meeting.id)) == stored

    copy = tmp_path / "annan disk" / "räddad.samsyn"
    copy.parent.mkdir()
    _save_copy(window, copy, monkeypatch)
    with ForumFile.open(copy, read_only=True) as saved:
        assert len(saved.gaps.list(meeting_id=meeting.id)) == stored

    forum.db.query("PRAGMA max_page_count = 1073741823")  # room again: Enter once more
    qtbot.keyClick(capture, Qt.Key.Key_Return)
    assert capture.text() == ""
    titles = [g.title for g in forum.gaps.list(meeting_id=meeting.id)]
    assert len(titles) == stored + 1 and titles[-1] == title
    assert forum.db.integrity_problems(full=True) == []


@pytest.mark.parametrize(("where", "name", "text"), CAPTURE_LINES)
def test_every_capture_line_keeps_its_entry_when_the_file_is_gone(
    qtbot: QtBot,
    manager: WindowManager,  # noqa: F811
    demo_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    where: str,
    name: str,
    text: str,
) -> None:
    window = open_shown(qtbot, manager, demo_path)
    line, text = capture_line(window, where, name, text)
    undo_steps = window.controller.stack.count()
    moved = tmp_path / "flyttad" / "demo.samsyn"
    moved.parent.mkdir()
    demo_path.rename(moved)  # renamed in the file manager while open

    _enter(qtbot, line, text)
    assert line.text() == text
    assert window.message_bar.text() == describe(errors.FileGone(demo_path))
    assert window.controller.stack.count() == undo_steps  # no half-done step left behind

    copy = tmp_path / "räddad.samsyn"
    _save_copy(window, copy, monkeypatch)
    with ForumFile.open(copy, read_only=True) as saved:
        assert len(saved.meetings.list()) == 4


def test_the_same_lines_store_normally(
    qtbot: QtBot,
    manager: WindowManager,  # noqa: F811
    demo_path: Path,
) -> None:
    # The counterpart of the test above: each line does store, and clears.
    window = open_shown(qtbot, manager, demo_path)
    for where, name, text in CAPTURE_LINES:
        line, typed = capture_line(window, where, name, text)
        _enter(qtbot, line, typed)
        assert line.text() == "", (name, window.message_bar.text())


def test_deleted_folder_while_capturing(
    qtbot: QtBot,
    manager: WindowManager,  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    stick = tmp_path / "usb-minne"
    stick.mkdir()
    path = stick / "forum.samsyn"
    with ForumFile.create(path, "Forum") as created:
        meeting = created.meetings.create(title="Träff", date="2026-11-22")
    window = open_shown(qtbot, manager, path)
    window.sidebar.select_meeting(meeting.id)
    window.meeting_view.show_phase(GAPS)
    capture = window.meeting_view.pages[GAPS].capture
    capture.setFocus()
    type_text(capture, "Före\n")
    shutil.rmtree(stick)  # the stick is pulled (or the folder removed)
    type_text(capture, "Efter att mappen försvann\n")
    assert capture.text() == "Efter att mappen försvann"
    assert "har flyttats, bytt namn eller tagits bort" in window.message_bar.text()
    window.message_bar.hide()
    # Moving on to Prioritera stores where the meeting was left: it fails, and says so.
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert window.meeting_view.phase == 4
    assert "har flyttats, bytt namn eller tagits bort" in window.message_bar.text()
    copy = tmp_path / "räddad.samsyn"
    _save_copy(window, copy, monkeypatch)
    with ForumFile.open(copy, read_only=True) as saved:
        assert [g.title for g in saved.gaps.list(meeting_id=meeting.id)] == ["Före"]


def test_full_disk_during_a_walk_in_keeps_the_previous_one(
    qtbot: QtBot,
    manager: WindowManager,  # noqa: F811
    demo_path: Path,
) -> None:
    # A walk-in refused at its first edit must not take the previous edit with it.
    window = open_shown(qtbot, manager, demo_path)
    forum = window.forum
    show_place(window, "phase 1")
    line = window.meeting_view.pages[1].walk_in_line
    _enter(qtbot, line, "Vera Nilsson, Norrby kommun, hemtjänst")
    assert line.text() == ""
    vera = [p for p in forum.people.list() if p.name == "Vera Nilsson"]
    assert len(vera) == 1
    steps = window.controller.stack.count()
    forum.db.query(f"PRAGMA max_page_count = {_page_count(forum)}")
    long_name = "Olle " + "Långnamn" * 900  # needs pages the full disk does not have
    _enter(qtbot, line, f"{long_name}, Norrby kommun, hemtjänst")
    assert line.text().startswith("Olle ")
    assert window.message_bar.text() == DISK_FULL.replace("forum.samsyn", "demo.samsyn")
    assert window.controller.stack.count() == steps
    assert forum.people.find(vera[0].id) is not None  # still there
    assert forum.attendance.find(window.meeting_view.meeting_id, vera[0].id) is not None
