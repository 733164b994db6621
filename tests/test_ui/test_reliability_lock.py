"""A forum another Samsyn is editing (RELIABILITY.md fault 5, the window's part):
the second one is told who has it and since when, and may open it read-only;
a lock left by a crash is taken over without asking; a live one never is."""

from __future__ import annotations

import os
import signal
import time
from datetime import date, datetime
from pathlib import Path

from conftest import sha256
from PySide6.QtCore import QSysInfo
from pytestqt.qtbot import QtBot
from reliability_support import Answers, answers, lock_holder, manager  # noqa: F401

from app.forum_lock import ForumLock, lock_path
from ui.application import WindowManager
from ui.session_dialogs import holder_text, since_text


def _clock(moment: datetime) -> str:
    return f"kl. {moment.hour:02d}.{moment.minute:02d}"


def test_second_samsyn_is_told_who_has_the_file_and_opens_it_read_only(
    qtbot: QtBot,
    manager: WindowManager,  # noqa: F811
    answers: Answers,  # noqa: F811
    demo_path: Path,
) -> None:
    before = sha256(demo_path)
    with lock_holder(demo_path) as other:
        since = datetime.fromtimestamp(lock_path(demo_path).stat().st_mtime)
        answers.clicks = ["Öppna skrivskyddat"]
        assert manager.open_path(demo_path)
        (box,) = answers.shown
        assert box.name == "lockedBox"
        assert box.buttons == ["Öppna skrivskyddat", "Avbryt"]
        host = QSysInfo.machineHostName()
        assert box.text == (
            f"demo.samsyn är redan öppen för redigering i en annan Samsyn "
            f"(på datorn {host}, process {other.pid}, sedan {_clock(since)})."
        )
        window = manager.window
        assert window is not None and window.forum.read_only
        assert window.session is not None and window.session.backups is None
        assert window.banner is not None and window.banner.isVisible()
        assert window.banner.text() == (
            f"Skrivskyddad: filen är öppen för redigering i en annan Samsyn "
            f"(på datorn {host}, process {other.pid}, sedan {_clock(since)}). "
            "Ändringar sparas inte."
        )
        assert window.forum.meetings.list()  # it reads
        holder = ForumLock(demo_path).holder()
        assert holder is not None and holder.pid == other.pid  # still the other's lock
        window.close()
        assert lock_path(demo_path).exists()  # closing the reader leaves the writer's lock
    assert sha256(demo_path) == before


def test_cancel_leaves_the_file_and_opens_nothing(
    qtbot: QtBot,
    manager: WindowManager,  # noqa: F811
    answers: Answers,  # noqa: F811
    demo_path: Path,
) -> None:
    before = sha256(demo_path)
    with lock_holder(demo_path):
        answers.clicks = ["Avbryt"]
        assert not manager.open_path(demo_path)
        assert manager.window is None and manager.session is None
        assert len(answers.shown) == 1
    assert sha256(demo_path) == before


def test_a_lock_left_by_a_crash_is_taken_over_without_asking(
    qtbot: QtBot,
    manager: WindowManager,  # noqa: F811
    answers: Answers,  # noqa: F811
    demo_path: Path,
) -> None:
    with lock_holder(demo_path) as other:
        os.kill(other.pid, signal.SIGKILL)
        other.wait()
        assert lock_path(demo_path).exists()  # left behind
        assert manager.open_path(demo_path)
    assert answers.shown == []
    window = manager.window
    assert window is not None and not window.forum.read_only and window.banner is None
    holder = ForumLock(demo_path).holder()
    assert holder is not None and holder.this_process


def test_a_lock_from_another_computer_is_never_taken_silently(
    qtbot: QtBot,
    manager: WindowManager,  # noqa: F811
    answers: Answers,  # noqa: F811
    demo_path: Path,
) -> None:
    lock_path(demo_path).write_text("4242\nsamsyn\nannan-dator\n", encoding="utf-8")
    old = time.time() - 3 * 24 * 3600
    os.utime(lock_path(demo_path), (old, old))
    answers.clicks = ["Avbryt"]
    assert not manager.open_path(demo_path)
    (box,) = answers.shown
    stamp = datetime.fromtimestamp(old)
    assert "på datorn annan-dator, process 4242, sedan " in box.text
    assert f"{stamp.year} {_clock(stamp)}" in box.text  # another day: the date as well
    assert sorted(box.buttons) == ["Avbryt", "Ta över låset", "Öppna skrivskyddat"]
    assert "Gör det bara om du är säker på att ingen har filen öppen på den datorn" in (
        box.informative
    )
    assert lock_path(demo_path).read_text(encoding="utf-8").startswith("4242")


def test_a_lock_left_on_another_computer_can_be_taken_over(
    qtbot: QtBot,
    manager: WindowManager,  # noqa: F811
    answers: Answers,  # noqa: F811
    demo_path: Path,
) -> None:
    # The battery died on the other laptop and the stick came here: Qt cannot
    # see that process, so only the user can say the lock is left over.
    lock_path(demo_path).write_text("4242\nsamsyn\nannan-dator\n", encoding="utf-8")
    answers.clicks = ["Ta över låset"]
    assert manager.open_path(demo_path)
    assert [b.name for b in answers.shown] == ["lockedBox"]
    window = manager.window
    assert window is not None and not window.forum.read_only and window.banner is None
    assert window.session is not None and window.session.lock.held
    holder = ForumLock(demo_path).holder()
    assert holder is not None and holder.this_process
    window.close()
    assert not lock_path(demo_path).exists()


def test_read_only_first_then_take_over_from_the_banner(
    qtbot: QtBot,
    manager: WindowManager,  # noqa: F811
    answers: Answers,  # noqa: F811
    demo_path: Path,
) -> None:
    lock_path(demo_path).write_text("4242\nsamsyn\nannan-dator\n", encoding="utf-8")
    answers.clicks = ["Öppna skrivskyddat"]
    assert manager.open_path(demo_path)
    first = manager.window
    assert first is not None and first.forum.read_only and first.banner is not None
    assert "på datorn annan-dator" in first.banner.text()
    answers.clicks = ["Ta över låset"]
    first.banner.reopen.click()  # "Försök öppna för redigering" asks again
    second = manager.window
    assert second is not None and second is not first and not second.forum.read_only
    holder = ForumLock(demo_path).holder()
    assert holder is not None and holder.this_process


def test_since_is_said_the_swedish_way() -> None:
    today = date(2026, 11, 22)
    assert since_text(datetime(2026, 11, 22, 9, 14), today) == "sedan kl. 09.14"
    assert since_text(datetime(2026, 3, 12, 14, 5), today) == "sedan 12 mars 2026 kl. 14.05"
    assert since_text(None, today) == ""
    from app.forum_lock import LockHolder

    assert holder_text(LockHolder("", 0, "", None)) == ""
