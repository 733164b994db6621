"""One writer per forum file (RELIABILITY.md fault 5, the lock's part)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSysInfo

from app.forum_lock import ForumLock, lock_path
from app.messages import describe
from storage import errors

HOLD_LOCK = """
import sys, time
from PySide6.QtCore import QLockFile
lock = QLockFile(sys.argv[1])
lock.setStaleLockTime(0)
print("locked" if lock.tryLock(0) else "refused", flush=True)
time.sleep(60)
"""


@pytest.fixture
def holder_process(forum_path: Path) -> Iterator[subprocess.Popen[str]]:
    """Another process holding the forum's lock, the way a second Samsyn would."""
    child = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(lock_path(forum_path))],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "locked"
    yield child
    if child.poll() is None:
        child.kill()
    child.wait()
    child.stdout.close()


def test_lock_file_beside_the_forum_names_this_process(forum_path: Path) -> None:
    lock = ForumLock(forum_path)
    lock.acquire()
    try:
        assert lock.held
        assert lock.path == forum_path.parent / "forum.samsyn.lock"
        assert lock.path.is_file()
        holder = lock.holder()
        assert holder is not None
        assert holder.pid == os.getpid() and holder.this_process
        assert holder.host == QSysInfo.machineHostName()
        assert holder.since is not None
        assert abs(holder.since - datetime.now()) < timedelta(minutes=1)
        lock.acquire()  # taking a lock already held is a no-op
    finally:
        lock.release()
    assert not lock.held and not lock.path.exists()


def test_second_lock_is_told_who_holds_it(forum_path: Path) -> None:
    first = ForumLock(forum_path)
    first.acquire()
    try:
        with pytest.raises(errors.Locked) as refused:
            ForumLock(forum_path).acquire()
        assert refused.value.pid == os.getpid()
        assert refused.value.host == QSysInfo.machineHostName()
        assert refused.value.since is not None
        message = describe(refused.value)
        assert "forum.samsyn" in message and "skrivskyddad" in message
        assert str(os.getpid()) in message
    finally:
        first.release()
    second = ForumLock(forum_path)
    second.acquire()  # free again once released
    second.release()


def test_lock_held_by_another_live_process(
    forum_path: Path, holder_process: subprocess.Popen[str]
) -> None:
    with pytest.raises(errors.Locked) as refused:
        ForumLock(forum_path).acquire()
    assert refused.value.pid == holder_process.pid


def test_stale_lock_of_a_killed_process_is_taken_over(
    forum_path: Path, holder_process: subprocess.Popen[str]
) -> None:
    os.kill(holder_process.pid, signal.SIGKILL)
    holder_process.wait()
    assert lock_path(forum_path).exists()  # left behind by the crash
    lock = ForumLock(forum_path)
    lock.acquire()
    try:
        holder = lock.holder()
        assert holder is not None and holder.pid == os.getpid()
    finally:
        lock.release()


def test_lock_from_another_computer_is_never_broken_silently(forum_path: Path) -> None:
    # A lock file as a Samsyn on another laptop (same shared folder) writes it.
    lock_path(forum_path).write_text("4242\nsamsyn\nannan-dator\n", encoding="utf-8")
    old = time.time() - 3 * 3600
    os.utime(lock_path(forum_path), (old, old))
    with pytest.raises(errors.Locked) as refused:
        ForumLock(forum_path).acquire()
    assert (refused.value.host, refused.value.pid) == ("annan-dator", 4242)
    assert refused.value.since is not None
    assert abs(refused.value.since.timestamp() - old) < 2
    lock = ForumLock(forum_path)
    lock.take_over()  # the user has said that laptop is gone
    try:
        holder = lock.holder()
        assert holder is not None and holder.this_process
    finally:
        lock.release()


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores folder permissions")
def test_read_only_folder_means_read_only_not_locked(tmp_path: Path) -> None:
    folder = tmp_path / "skrivskyddad"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        with pytest.raises(errors.ReadOnly):
            ForumLock(folder / "forum.samsyn").acquire()
    finally:
        folder.chmod(0o755)
