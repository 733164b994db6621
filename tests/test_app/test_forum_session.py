"""The window's way in: lock, open, backup on open, automatic backups, close
(RELIABILITY.md faults 2, 5 and 8 as the app sees them)."""

from __future__ import annotations

import errno
import os
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from conftest import sha256

from app.backup_policy import (
    AutoBackup,
    BackgroundBackup,
    backups_root,
    forum_id,
    newest_good_backup_for,
    store_for_file,
    store_for_forum,
)
from app.forum_file import ForumFile
from app.forum_lock import lock_path
from app.forum_session import ForumSession, open_session, restore_and_open
from storage import errors
from storage.backups import BackupInfo, BackupStore
from storage.database import ForumDatabase


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 11, 22, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


def _finish(session: ForumSession) -> BackgroundBackup:
    running = session.running_backup
    assert running is not None
    assert running.wait(10)
    finished = session.tick()
    assert finished is running
    return finished


def test_open_locks_and_backs_up(demo_path: Path, tmp_path: Path) -> None:
    root = tmp_path / "backups"
    with open_session(demo_path, backups_root=root) as session:
        assert not session.read_only and session.lock.held
        assert lock_path(demo_path).exists()
        assert not session.recovered_from_crash
        opened = _finish(session)
        assert opened.error is None and opened.info is not None
        assert opened.info.reason == "open"
        assert opened.info.path.parent == root / forum_id(session.forum.db)
        assert opened.info.counts is not None and opened.info.counts.meetings > 0
    assert not lock_path(demo_path).exists()
    assert sorted(p.name for p in demo_path.parent.iterdir() if p.name.startswith("demo")) == [
        "demo.samsyn"
    ]  # no -wal, -shm or lock left after close


def test_second_session_is_told_and_can_read(demo_path: Path, tmp_path: Path) -> None:
    root = tmp_path / "backups"
    with open_session(demo_path, backups_root=root) as first:
        with pytest.raises(errors.Locked) as refused:
            open_session(demo_path, backups_root=root)
        assert refused.value.pid > 0 and refused.value.since is not None
        with open_session(demo_path, read_only=True, backups_root=root) as reader:
            assert reader.read_only and reader.backups is None
            assert not reader.recovered_from_crash
            assert reader.start_backup() is None
            assert reader.forum.meetings.list()
        _finish(first)


def test_automatic_backups_follow_changes_at_most_every_ten_minutes(
    demo_path: Path, tmp_path: Path
) -> None:
    clock = Clock()
    with open_session(demo_path, backups_root=tmp_path, clock=clock) as session:
        _finish(session)
        clock.now += timedelta(hours=1)
        assert session.tick() is None and session.running_backup is None  # nothing changed
        meeting = session.forum.meetings.list()[0]
        session.forum.gaps.create(meeting_id=meeting.id, title="Nytt glapp")
        clock.now += timedelta(minutes=1)
        session.tick()
        auto = _finish(session)  # an hour since the last: due at once
        assert auto.info is not None and auto.info.reason == "auto"
        session.forum.gaps.create(meeting_id=meeting.id, title="Ett till")
        clock.now += timedelta(minutes=9)
        assert session.tick() is None and session.running_backup is None  # too soon
        clock.now += timedelta(minutes=1)
        session.tick()
        assert _finish(session).info is not None
        assert session.backups is not None
        assert [b.reason for b in session.backups.list()] == ["auto", "auto", "open"]


def test_auto_backup_policy() -> None:
    policy = AutoBackup()
    start = datetime(2026, 11, 22, 9, tzinfo=UTC)
    assert policy.due(start, True) and not policy.due(start, False)
    policy.started(start)
    assert not policy.due(start + timedelta(minutes=9, seconds=59), True)
    assert policy.due(start + timedelta(minutes=10), True)
    assert not policy.due(start + timedelta(hours=5), False)


def test_close_stops_a_running_backup(demo_path: Path, tmp_path: Path) -> None:
    session = open_session(demo_path, backups_root=tmp_path)
    running = session.running_backup
    assert running is not None
    session.close()
    assert running.done()
    assert running.info is not None or running.cancelled
    assert list(tmp_path.rglob(".*.tmp")) == []
    assert not Path(f"{demo_path}-wal").exists()


def test_background_backup_does_not_hold_up_captures(forum_path: Path, tmp_path: Path) -> None:
    with ForumFile.create(forum_path, "Stort forum") as forum:
        meeting = forum.meetings.create(title="Träff", date="2026-11-22")
        for number in range(400):
            forum.gaps.create(meeting_id=meeting.id, title=f"G{number}", description="x" * 2000)
        store = store_for_forum(forum_id(forum.db), tmp_path)
        task = BackgroundBackup(store, forum.path, "auto", pages=2).start()
        captured = 0
        while not task.done():
            forum.gaps.create(meeting_id=meeting.id, title="Under backupen")
            captured += 1
        assert task.wait(10) and task.error is None and task.info is not None
        assert task.copied_pages == task.total_pages > 100
        assert task.info.counts is not None and task.info.counts.gaps >= 400
        assert captured > 0


def test_refused_file_is_offered_its_newest_good_backup(demo_path: Path, tmp_path: Path) -> None:
    root = tmp_path / "backups"
    with open_session(demo_path, backups_root=root) as session:
        opened = _finish(session).info
    assert opened is not None
    demo_path.write_bytes(b"")  # emptied by a failing USB stick
    with pytest.raises(errors.EmptyFile):
        open_session(demo_path, backups_root=root)
    assert not lock_path(demo_path).exists()  # a refused open leaves no lock behind
    offered = newest_good_backup_for(demo_path, root)
    assert offered is not None and offered.path == opened.path
    assert offered.counts == opened.counts
    assert store_for_file(tmp_path / "okänd.samsyn", root) is None
    assert newest_good_backup_for(tmp_path / "okänd.samsyn", tmp_path / "saknas") is None


def test_migration_backup_goes_to_the_forums_folder(demo_path: Path, tmp_path: Path) -> None:
    from storage.schema import MIGRATIONS, MigrationContext

    def extra(ctx: MigrationContext) -> None:
        ctx.execute_script("CREATE TABLE extra (id TEXT) STRICT;")

    root = tmp_path / "backups"
    with ForumDatabase.open(demo_path, read_only=True) as db:
        store = store_for_forum(forum_id(db), root)

    def back_up(db: ForumDatabase) -> None:
        store.take(db, "before-migration")

    before = sha256(demo_path)
    with ForumDatabase.open(demo_path, before_upgrade=back_up, migrations=(*MIGRATIONS, extra)):
        pass
    (backup,) = store.list()
    assert backup.reason == "before-migration"
    assert sha256(backup.path) != before  # a copy made by the backup API, not the bytes


def test_unsafe_forum_ids_become_folder_names(tmp_path: Path) -> None:
    assert store_for_forum("../../etc", tmp_path).folder.parent == tmp_path
    assert store_for_forum("", tmp_path).folder.parent == tmp_path
    assert backups_root().name == "backups"


def test_recovered_from_crash_is_reported_to_the_writer(tmp_path: Path) -> None:
    path = tmp_path / "f.samsyn"
    with ForumFile.create(path, "Forum") as forum:
        forum.meetings.create(title="Träff", date="2026-11-22")
    writer = Path(__file__).resolve().parents[1] / "crash_writer.py"
    child = subprocess.Popen([sys.executable, str(writer), str(path), "1"], stdout=subprocess.PIPE)
    assert child.stdout is not None
    assert child.stdout.readline().startswith(b"opened")
    assert child.stdout.readline().startswith(b"gap")
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    child.stdout.close()
    with open_session(path, backups_root=tmp_path / "b") as session:
        assert session.recovered_from_crash
        _finish(session)


def test_refused_file_restored_and_opened(demo_path: Path, tmp_path: Path) -> None:
    root = tmp_path / "backups"
    with open_session(demo_path, backups_root=root) as session:
        _finish(session)
        meetings = len(session.forum.meetings.list())
    demo_path.write_bytes(b"\x00" * 8192)  # zeroed by a failing disk
    with pytest.raises(errors.NotSqliteFile):
        open_session(demo_path, backups_root=root)
    offered = newest_good_backup_for(demo_path, root)
    assert offered is not None
    session, result = restore_and_open(demo_path, offered, backups_root=root)
    with session:
        assert session.lock.held and not session.read_only
        assert len(session.forum.meetings.list()) == meetings
        assert result.before_restore is None
        (aside,) = result.set_aside
        assert aside.read_bytes() == b"\x00" * 8192
        assert session.running_backup is None  # the backup restored holds the same data


def test_open_forum_restored_under_its_own_lock(demo_path: Path, tmp_path: Path) -> None:
    root = tmp_path / "backups"
    session = open_session(demo_path, backups_root=root)
    opened = _finish(session).info
    assert opened is not None
    meeting = session.forum.meetings.list()[0]
    session.forum.gaps.create(meeting_id=meeting.id, title="Ångras")
    lock = session.close(keep_lock=True)
    assert lock.held and lock_path(demo_path).exists()
    with pytest.raises(errors.Locked):  # nobody slips in meanwhile
        open_session(demo_path, backups_root=root)
    restored, result = restore_and_open(demo_path, opened, lock=lock, backups_root=root)
    with restored:
        assert restored.lock is lock
        titles = {g.title for g in restored.forum.gaps.list(meeting_id=meeting.id)}
        assert "Ångras" not in titles
        assert result.before_restore is not None
        assert result.before_restore.reason == "before-restore"
        _finish(restored)
    assert not lock_path(demo_path).exists()


def test_restore_refused_while_another_samsyn_holds_the_file(
    demo_path: Path, tmp_path: Path
) -> None:
    root = tmp_path / "backups"
    with open_session(demo_path, backups_root=root) as session:
        opened = _finish(session).info
        assert opened is not None
        before = sha256(demo_path)
        with pytest.raises(errors.Locked):
            restore_and_open(demo_path, opened, backups_root=root)
        assert sha256(demo_path) == before


def test_folder_without_backups_yet_is_no_traceback(demo_path: Path, tmp_path: Path) -> None:
    root = tmp_path / "backups"
    # sources.txt is written at open, before any backup exists.
    with open_session(demo_path, backups_root=root, backup_on_open=False) as session:
        assert session.backups is not None
        empty = session.backups.folder
    with ForumFile.create(tmp_path / "annat.samsyn", "Annat") as other:
        full = store_for_forum(forum_id(other.db), root)
        full.take(other.db, "open")
    full.remember_source(demo_path)  # a copy of the forum shares the source list
    found = store_for_file(demo_path, root)
    assert found is not None and found.folder == full.folder  # the one with backups
    for path in full.folder.iterdir():
        path.unlink()
    full.folder.rmdir()
    found = store_for_file(demo_path, root)
    assert found is not None and found.folder == empty
    assert newest_good_backup_for(demo_path, root) is None


def test_backup_on_open_can_wait_for_the_window(demo_path: Path, tmp_path: Path) -> None:
    with open_session(demo_path, backups_root=tmp_path, backup_on_open=False) as session:
        assert session.running_backup is None
        assert session.backups is not None and session.backups.list() == []
        assert session.start_backup("open") is not None
        opened = _finish(session)
        assert opened.info is not None and opened.info.reason == "open"


def test_reopening_an_unchanged_forum_takes_no_new_open_backup(
    demo_path: Path, tmp_path: Path
) -> None:
    with open_session(demo_path, backups_root=tmp_path) as session:
        _finish(session)
    for _ in range(3):  # e.g. reopened to switch language
        with open_session(demo_path, backups_root=tmp_path) as session:
            assert session.running_backup is None
            assert session.start_backup("open") is None
    assert session.backups is not None and len(session.backups.list()) == 1
    with open_session(demo_path, backups_root=tmp_path, backup_on_open=False) as session:
        meeting = session.forum.meetings.list()[0]
        session.forum.gaps.create(meeting_id=meeting.id, title="Nytt")
    with open_session(demo_path, backups_root=tmp_path) as session:
        _finish(session)  # changed since the newest backup: backed up
    with open_session(demo_path, backups_root=tmp_path, backup_on_open=False) as session:
        (gap,) = [g for g in session.forum.gaps.list(meeting_id=meeting.id) if g.title == "Nytt"]
        session.forum.gaps.delete(gap.id)
    with open_session(demo_path, backups_root=tmp_path) as session:
        _finish(session)  # a deletion is a change too
        assert session.backups is not None and len(session.backups.list()) == 3


def test_a_failing_open_leaves_no_lock_and_no_open_file(
    demo_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_args: object) -> None:
        raise errors.WriteFailed(tmp_path, "disk_full")

    monkeypatch.setattr("app.forum_session.store_for_db", broken)
    with pytest.raises(errors.WriteFailed):
        open_session(demo_path, backups_root=tmp_path)
    assert not lock_path(demo_path).exists()
    assert not Path(f"{demo_path}-wal").exists()  # closed, not just forgotten
    monkeypatch.undo()
    with open_session(demo_path, backups_root=tmp_path) as session:
        assert session.lock.held
        _finish(session)


def test_worker_failures_say_whose_fault(
    demo_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = store_for_forum("forum", tmp_path)

    def disk_full(_temp: Path, _target: Path) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("storage.copies.link_no_clobber", disk_full)
    task = BackgroundBackup(store, demo_path, "auto").start()
    assert task.wait(10)
    assert type(task.error) is errors.WriteFailed
    assert task.error.path == store.folder and task.error.detail == "disk_full"
    monkeypatch.undo()
    data = bytearray(demo_path.read_bytes())
    for offset in range(4096 * 2, len(data) - 4096, 4096 * 3):
        data[offset : offset + 200] = b"\xa5" * 200
    demo_path.write_bytes(bytes(data))
    task = BackgroundBackup(store, demo_path, "auto").start()
    assert task.wait(10)
    assert isinstance(task.error, errors.DamagedFile) and task.error.path == demo_path


class _HeldBackups(BackupStore):
    """Worker copies pause after their first step until they are told to stop."""

    def take_from_file(self, source: Path, reason: str, **options: Any) -> BackupInfo:
        should_stop = options["should_stop"]

        def hold(_copied: int, _total: int) -> None:
            for _ in range(500):  # at most 5 s: the copy then goes on and finishes
                if should_stop():
                    return
                time.sleep(0.01)

        return super().take_from_file(
            source, reason, pages=1, should_stop=should_stop, progress=hold
        )


def test_backup_now_stops_a_running_worker_first(demo_path: Path, tmp_path: Path) -> None:
    clock = Clock()  # one stamp for both: the second name would be taken
    with open_session(demo_path, backups_root=tmp_path, backup_on_open=False) as session:
        session.backups = _HeldBackups(tmp_path / "held", clock=clock)
        running = session.start_backup("auto")
        assert running is not None
        taken = session.backup_now("before-import")
        assert running.wait(10)
        assert running.error is None and running.cancelled
        assert session.tick() is running
        assert [b.path for b in session.backups.list()] == [taken.path]
