"""The window's forum session: lock held while open, released on close or switch,
backups on open and on a timer, a failed backup told once, a crash told once
(RELIABILITY.md faults 1, 5 and 8, the window's part)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import run_python, show_active, type_text
from PySide6.QtCore import Qt
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from reliability_support import Answers, answers, finish_backup, manager  # noqa: F401

from app.forum_file import ForumFile
from app.forum_lock import ForumLock, lock_path
from storage import errors
from ui.application import SamsynApplication, WindowManager
from ui.backup_timer import TICK_MS

CRASH_WRITER = Path(__file__).resolve().parents[1] / "crash_writer.py"


def test_window_opens_through_a_session_and_backs_up_on_open(
    qtbot: QtBot,
    manager: WindowManager,  # noqa: F811
    demo_path: Path,
    tmp_path: Path,
) -> None:
    assert manager.open_path(demo_path)
    window, session = manager.window, manager.session
    assert window is not None and session is not None
    assert window.session is session and window.forum is session.forum
    # The copy does not compete with the first paint: it starts after it.
    assert session.running_backup is None
    assert session.lock.held and lock_path(demo_path).exists()
    with pytest.raises(errors.Locked):  # nobody else may write meanwhile
        ForumLock(demo_path).acquire()
    assert window.backup_timer is not None
    assert window.backup_timer.timer.isActive() and window.backup_timer.timer.interval() == TICK_MS
    finish_backup(session)
    stored: list[object] = []
    window.backup_timer.stored.connect(stored.append)
    window.backup_timer.tick()
    assert session.backups is not None
    (backup,) = session.backups.list()
    assert backup.reason == "open" and stored == [backup]
    assert backup.path.is_relative_to(tmp_path / "backups")
    assert backup.counts is not None and backup.counts.meetings == 4
    assert window.message_bar.text() == ""  # a backup that worked is not news

    window.close()
    assert not lock_path(demo_path).exists()
    assert not window.backup_timer.timer.isActive()
    free = ForumLock(demo_path)
    free.acquire()  # released
    free.release()


def test_switching_forum_closes_the_first_session(
    qtbot: QtBot,
    manager: WindowManager,  # noqa: F811
    demo_path: Path,
    tmp_path: Path,
) -> None:
    other = tmp_path / "annat.samsyn"
    ForumFile.create(other, "Annat forum").close()
    assert manager.open_path(demo_path)
    first = manager.window
    assert first is not None and first.session is not None
    finish_backup(first.session)
    assert manager.open_path(other)
    assert manager.window is not first and not first.isVisible()
    assert not lock_path(demo_path).exists()
    assert lock_path(other).exists()
    assert manager.window is not None and "Annat forum" in manager.window.windowTitle()


def test_reopening_the_same_forum_keeps_its_lock_and_what_was_typed(
    qtbot: QtBot,
    manager: WindowManager,  # noqa: F811
    demo_path: Path,
) -> None:
    # The language setting reopens the open forum: its own lock must not refuse it.
    assert manager.open_path(demo_path)
    first = manager.window
    assert first is not None
    show_active(qtbot, first)
    first.sidebar.nav_buttons[0].click()
    name_field = first.forum_page.name
    name_field.setFocus()
    qtbot.waitUntil(name_field.hasFocus)
    name_field.selectAll()
    type_text(name_field, "Samverkansforum Norrbyn och Ängsdal")  # not stored yet
    assert first.forum.forum.get().name != name_field.text()
    assert manager.open_path(demo_path)
    second = manager.window
    assert second is not None and second is not first
    assert second.session is not None and second.session.lock.held
    assert not second.forum.read_only
    assert second.forum.forum.get().name == "Samverkansforum Norrbyn och Ängsdal"
    second.close()
    assert not lock_path(demo_path).exists()


def test_a_failed_backup_is_told_once_in_the_message_bar(
    qtbot: QtBot, demo_path: Path, tmp_path: Path
) -> None:
    blocked = tmp_path / "en fil"
    blocked.write_text("ingen mapp", encoding="utf-8")  # backups cannot go under a file
    without_backups = WindowManager(backups_root=blocked / "backups")
    try:
        assert without_backups.open_path(demo_path)
        window, session = without_backups.window, without_backups.session
        assert window is not None and session is not None and window.backup_timer is not None
        told: list[str] = []
        window.backup_timer.failed.connect(told.append)
        finish_backup(session)
        window.backup_timer.tick()
        assert len(told) == 1
        message = window.message_bar.text()
        assert message.startswith("Den automatiska säkerhetskopian kunde inte sparas")
        assert "sparas ändå i forumfilen" in message
        assert "(" not in message  # no system detail in English inside the Swedish sentence
        assert session.backups is not None
        assert f"kunde inte sparas i {session.backups.folder}. " in message  # where it looked
        window.message_bar.hide()

        session.start_backup("auto")  # the next attempt fails as well
        finish_backup(session)
        window.backup_timer.tick()
        assert len(told) == 1 and window.message_bar.text() == ""  # not told again
        assert session.running_backup is None
    finally:
        without_backups.close()
    assert not lock_path(demo_path).exists()


def test_after_a_crash_the_window_says_the_file_was_checked_once(
    qtbot: QtBot,
    manager: WindowManager,  # noqa: F811
    tmp_path: Path,
) -> None:
    path = tmp_path / "forum.samsyn"
    with ForumFile.create(path, "Forum") as forum:
        forum.meetings.create(title="Träff", date="2026-11-22")
    child = subprocess.Popen(
        [sys.executable, str(CRASH_WRITER), str(path), "1"], stdout=subprocess.PIPE
    )
    assert child.stdout is not None
    assert child.stdout.readline().startswith(b"opened")
    assert child.stdout.readline().startswith(b"gap")
    os.kill(child.pid, signal.SIGKILL)  # a flat battery in the middle of a capture
    child.wait()
    child.stdout.close()

    assert manager.open_path(path)
    window = manager.window
    assert window is not None and window.session is not None
    assert window.session.recovered_from_crash
    assert window.message_bar.text() == (
        "Samsyn avslutades inte som vanligt förra gången. Filen har kontrollerats och är hel."
    )
    assert window.message_bar._news  # information, not an error
    finish_backup(window.session)
    window.close()

    assert manager.open_path(path)  # this time the last session ended normally
    assert manager.window is not None and manager.window.message_bar.text() == ""


def test_no_open_backup_when_the_window_closes_before_it_paints(
    qtbot: QtBot,
    manager: WindowManager,  # noqa: F811
    demo_path: Path,
    tmp_path: Path,
) -> None:
    assert manager.open_path(demo_path)
    window, session = manager.window, manager.session
    assert window is not None and session is not None
    window.close()
    qtbot.wait(50)  # a paint still queued must not start a copy of a closed forum
    assert session.running_backup is None
    assert not list((tmp_path / "backups").rglob("*.samsyn"))


def _spoil_a_table_page(path: Path) -> None:
    """Garbage in the middle of the file, as a failing stick leaves it."""
    with ForumFile.open(path, read_only=True) as forum:
        page_size = int(forum.db.query("PRAGMA page_size")[0][0])
        page_count = int(forum.db.query("PRAGMA page_count")[0][0])
    with path.open("r+b") as file:
        for page in range(2, page_count):
            file.seek(page * page_size + 8)
            file.write(b"\xff" * (page_size - 16))


def test_a_backup_that_finds_the_forum_damaged_says_so(
    qtbot: QtBot,
    manager: WindowManager,  # noqa: F811
    demo_path: Path,
) -> None:
    assert manager.open_path(demo_path)
    window, session = manager.window, manager.session
    assert window is not None and session is not None and window.backup_timer is not None
    finish_backup(session)
    window.backup_timer.tick()  # the open backup, stored
    _spoil_a_table_page(demo_path)
    assert session.start_backup("auto") is not None
    finish_backup(session)
    running = session.running_backup
    assert running is not None and isinstance(running.error, errors.DamagedFile)
    window.backup_timer.tick()
    message = window.message_bar.text()
    assert message.startswith("Forumfilen demo.samsyn verkar vara skadad: ")
    assert "Arkiv → Kontrollera filen" in message
    assert "Arkiv → Återställ från säkerhetskopia…" in message
    assert "sparas ändå" not in message  # no false comfort


SMOKE = """
import sys
from pathlib import Path
from app.forum_session import ForumSession

started = []
start_backup = ForumSession.start_backup

def recorded(self, reason="auto"):
    started.append(reason)
    return start_backup(self, reason)

ForumSession.start_backup = recorded
from ui.application import run_window

code = run_window(Path(sys.argv[1]), smoke=True)
print("started:" + ",".join(started), flush=True)
sys.exit(code)
"""


def test_smoke_start_takes_no_backup(demo_path: Path, tmp_path: Path) -> None:
    # --smoke (CI, the frozen program's check, the start-up bench) quits at the
    # first paint: it must not write an "open" backup into the data folder.
    done = run_python(["-c", SMOKE, str(demo_path)], tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "started:"
    assert not list((tmp_path / "data").rglob("*.samsyn"))


def test_a_forum_the_system_asks_to_open_replaces_the_open_one(
    qtbot: QtBot,
    manager: WindowManager,  # noqa: F811
    demo_path: Path,
    tmp_path: Path,
) -> None:
    # macOS: a .samsyn double-clicked in Finder arrives as a QFileOpenEvent.
    app = QApplication.instance()
    assert isinstance(app, SamsynApplication)
    other = tmp_path / "annat.samsyn"
    ForumFile.create(other, "Annat forum").close()
    assert manager.open_path(demo_path)
    first = manager.window
    app.file_open_requested.connect(manager.open_requested, Qt.ConnectionType.QueuedConnection)
    try:
        QApplication.sendEvent(app, QFileOpenEvent(str(demo_path)))  # already open: stays
        QApplication.processEvents()
        assert manager.window is first and not app.closingDown()
        assert QApplication.sendEvent(app, QFileOpenEvent(str(other)))
        qtbot.waitUntil(lambda: manager.window is not first)
        assert manager.window is not None and "Annat forum" in manager.window.windowTitle()
        assert lock_path(other).exists() and not lock_path(demo_path).exists()
    finally:
        app.file_open_requested.disconnect(manager.open_requested)


def test_a_forum_asked_for_waits_for_an_open_dialog_and_must_exist(
    qtbot: QtBot,
    manager: WindowManager,  # noqa: F811
    answers: Answers,  # noqa: F811
    demo_path: Path,
    tmp_path: Path,
) -> None:
    from PySide6.QtWidgets import QWidget

    other = tmp_path / "annat.samsyn"
    ForumFile.create(other, "Annat forum").close()
    assert manager.open_path(demo_path)
    first = manager.window
    missing = tmp_path / "flyttad" / "borta.samsyn"
    manager.open_requested(str(missing))  # moved since: said, never made anew
    assert not missing.parent.exists() and manager.window is first
    (told,) = answers.shown
    assert "borta.samsyn" in told.text

    box = QWidget(first, Qt.WindowType.Dialog)  # a dialog is up: the window must not
    box.setWindowModality(Qt.WindowModality.ApplicationModal)  # go from under it
    box.show()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is box)
    manager.open_requested(str(other))
    qtbot.wait(400)
    assert manager.window is first
    box.close()
    qtbot.waitUntil(lambda: manager.window is not first)
    assert manager.window is not None and "Annat forum" in manager.window.windowTitle()
