"""The window's way in: lock, open, backup on open, automatic backups, close
(RELIABILITY.md faults 2, 5 and 8 as the app sees them)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

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
        _finish(session)


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
