"""Backups: verified copies, counts, thinning, never from a damaged source, restore
(RELIABILITY.md faults 2, 4 and 8 at the storage level)."""

from __future__ import annotations

import errno
import os
import sqlite3
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from conftest import sha256
from hypothesis import given, settings
from hypothesis import strategies as st

from app.forum_file import ForumFile
from storage import errors
from storage.backups import REASONS, BackupStore, backup_name, parse_backup_name
from storage.database import ForumDatabase
from storage.files import DISK_FULL
from storage.schema import MIGRATIONS, SCHEMA_VERSION, MigrationContext
from storage.thinning import backups_to_keep


class Clock:
    """A settable UTC clock for the store."""

    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now


def _counts(path: Path) -> dict[str, int]:
    with ForumDatabase.open(path, read_only=True) as db:
        return {
            t: int(db.query(f"SELECT count(*) FROM {t}")[0][0])
            for t in ("meeting", "gap", "cause", "action", "person")
        }


def _damage_pages(path: Path) -> None:
    data = bytearray(path.read_bytes())
    for offset in range(4096 * 2, len(data) - 4096, 4096 * 3):
        data[offset : offset + 200] = b"\xa5" * 200
    path.write_bytes(bytes(data))


def test_take_stores_a_verified_self_contained_copy(demo_path: Path, tmp_path: Path) -> None:
    store = BackupStore(tmp_path / "backups")
    with ForumDatabase.open(demo_path) as db:
        info = store.take(db, "open")
    expected = _counts(demo_path)
    assert info.reason == "open"
    assert parse_backup_name(info.path.name) == (info.taken_at, "open")
    assert info.size == info.path.stat().st_size > 0
    assert info.forum_name == "Samverkansforum Norrbyn – äldre och multisjuka"
    assert info.counts is not None
    assert (info.counts.meetings, info.counts.gaps, info.counts.actions) == (
        expected["meeting"],
        expected["gap"],
        expected["action"],
    )
    assert info.counts.people == expected["person"] > 0
    assert info.latest_meeting is not None and info.latest_meeting <= "2026-11-22"
    assert info.schema_version == SCHEMA_VERSION
    # One file, in rollback-journal mode: nothing beside it that a copy could miss.
    assert [p.name for p in (tmp_path / "backups").iterdir()] == [info.path.name]
    conn = sqlite3.connect(f"{info.path.as_uri()}?mode=ro", uri=True)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()


def test_unknown_reason_is_a_bug(demo_path: Path, tmp_path: Path) -> None:
    with ForumDatabase.open(demo_path) as db, pytest.raises(ValueError):
        BackupStore(tmp_path).take(db, "because")


def test_names_round_trip_and_foreign_names_are_ignored() -> None:
    stamp = datetime(2026, 11, 22, 9, 15, 30, 123000, tzinfo=UTC)
    for reason in REASONS:
        assert parse_backup_name(backup_name(stamp, reason)) == (stamp, reason)
    for name in ("sources.txt", "x.samsyn", "20261122T091530.123Z-other.samsyn", ".a.tmp"):
        assert parse_backup_name(name) is None


def test_snapshot_copy_goes_on_while_the_writer_commits(forum: ForumFile, tmp_path: Path) -> None:
    meeting = forum.meetings.create(title="Träff", date="2026-11-22")
    for number in range(300):
        forum.gaps.create(meeting_id=meeting.id, title=f"Glapp {number}", description="x" * 400)
    before = forum.gaps.count()
    steps: list[tuple[int, int]] = []

    def capture_during_copy(copied: int, total: int) -> None:
        steps.append((copied, total))
        assert len(steps) < 500, "the copy keeps restarting after the writer's commits"
        forum.gaps.create(meeting_id=meeting.id, title=f"Under kopieringen {len(steps)}")

    store = BackupStore(tmp_path / "backups")
    info = store.take_from_file(forum.path, "auto", pages=4, progress=capture_during_copy)
    assert len(steps) > 10  # really in steps, with a commit between each
    copied = [c for c, _ in steps]
    assert copied == sorted(copied)  # never restarted by the writer's commits
    assert info.counts is not None and info.counts.gaps == before  # one consistent snapshot
    assert forum.gaps.count() == before + len(steps)


def test_cancelled_copy_leaves_nothing(forum: ForumFile, tmp_path: Path) -> None:
    from storage.copies import CopyCancelled

    store = BackupStore(tmp_path / "backups")
    with pytest.raises(CopyCancelled):
        store.take_from_file(forum.path, "auto", pages=1, should_stop=lambda: True)
    assert list((tmp_path / "backups").iterdir()) == []


def test_damaged_source_is_never_backed_up_nor_rotates_good_ones(
    demo_path: Path, tmp_path: Path
) -> None:
    clock = Clock(datetime(2026, 1, 1, 12, tzinfo=UTC))
    store = BackupStore(tmp_path / "backups", clock=clock, tz=UTC)
    for _ in range(40):  # forty good daily backups: thinning would now remove some
        store.take_from_file(demo_path, "auto")
        clock.now += timedelta(hours=20)
    kept = sorted(p.name for p in store.folder.iterdir())
    _damage_pages(demo_path)
    clock.now += timedelta(days=400)  # a year later: every old backup would be thinned
    with pytest.raises(errors.DamagedFile):
        store.take_from_file(demo_path, "auto")
    assert sorted(p.name for p in store.folder.iterdir()) == kept
    assert store.newest_good() is not None


def test_newest_good_skips_damaged_backups(demo_path: Path, tmp_path: Path) -> None:
    clock = Clock(datetime(2026, 3, 1, 8, tzinfo=UTC))
    store = BackupStore(tmp_path / "b", clock=clock)
    with ForumDatabase.open(demo_path) as db:
        good = store.take(db, "open")
        clock.now += timedelta(minutes=10)
        newest = store.take(db, "auto")
    _damage_pages(newest.path)
    listed = store.list()
    assert [b.path for b in listed] == [newest.path, good.path]  # newest first
    found = store.newest_good()
    assert found is not None and found.path == good.path
    assert found.counts is not None and found.counts.meetings == _counts(demo_path)["meeting"]
    empty = BackupStore(tmp_path / "none")
    assert empty.list() == [] and empty.newest_good() is None


def test_thinning_keeps_last_days_months_and_the_pre_migration_backup(
    forum: ForumFile, tmp_path: Path
) -> None:
    clock = Clock(datetime(2025, 1, 1, 9, tzinfo=UTC))
    store = BackupStore(tmp_path / "b", clock=clock, tz=UTC)
    migration = store.take(forum.db, "before-migration")
    for _ in range(2 * 75):  # twice a day for 75 days
        clock.now += timedelta(hours=12)
        store.take(forum.db, "auto")
    names = {p.name for p in store.folder.iterdir()}
    assert migration.path.name in names  # older than every rule, still kept
    stamps = [s[0] for s in map(parse_backup_name, names) if s is not None]
    today = clock.now.date()
    assert {s.date() for s in stamps if (today - s.date()).days < 14} == {
        today - timedelta(days=d) for d in range(14)
    }
    assert {(s.year, s.month) for s in stamps} == {(2025, 1), (2025, 2), (2025, 3)}
    # The last 10 span six days (today 09:00 back to 21:00 five days ago); then
    # eight more days, the newest of January and of February, the migration.
    assert len(names) == 10 + 8 + 2 + 1


@settings(max_examples=200, deadline=None)
@given(
    offsets=st.lists(st.integers(min_value=0, max_value=800 * 24 * 60), max_size=80),
    now_offset=st.integers(min_value=0, max_value=60 * 24 * 60),
)
def test_thinning_rule(offsets: list[int], now_offset: int) -> None:
    base = datetime(2024, 1, 1, tzinfo=UTC)
    now = base + timedelta(minutes=max(offsets, default=0) + now_offset)
    stamps = {base + timedelta(minutes=m) for m in offsets}
    keep = backups_to_keep(stamps, now, tz=UTC)
    assert keep <= stamps
    newest = sorted(stamps, reverse=True)
    assert set(newest[:10]) <= keep
    for day in {s.date() for s in stamps if (now.date() - s.date()).days < 14}:
        assert max(s for s in stamps if s.date() == day) in keep
    months = {(s.year, s.month) for s in stamps}
    for year, month in months:
        if (now.year * 12 + now.month) - (year * 12 + month) < 12:
            assert max(s for s in stamps if (s.year, s.month) == (year, month)) in keep
    assert len(keep) <= 10 + 14 + 12
    assert backups_to_keep(keep, now, tz=UTC) == keep  # thinning twice removes nothing more
    # Everything else kept is explained by one of the three rules.
    for stamp in keep - set(newest[:10]):
        same_day = [s for s in stamps if s.date() == stamp.date()]
        same_month = [s for s in stamps if (s.year, s.month) == (stamp.year, stamp.month)]
        assert stamp == max(same_day) or stamp == max(same_month)


def test_thinning_example() -> None:
    now = datetime(2026, 11, 22, 12, tzinfo=UTC)
    hourly = [now - timedelta(hours=h) for h in range(24 * 400)]
    keep = backups_to_keep(hourly, now, tz=UTC)
    assert sorted(keep, reverse=True)[:10] == hourly[:10]
    first_day = date(2026, 11, 9)
    assert {s.date() for s in keep if s.date() >= first_day} == {
        first_day + timedelta(days=d) for d in range(14)
    }
    assert {(s.year, s.month) for s in keep if s.date() < first_day} == {
        (2025, 12),
        (2026, 1),
        (2026, 2),
        (2026, 3),
        (2026, 4),
        (2026, 5),
        (2026, 6),
        (2026, 7),
        (2026, 8),
        (2026, 9),
        (2026, 10),
    }


def _add_note_table(ctx: MigrationContext) -> None:
    ctx.execute_script("CREATE TABLE extra_note (id TEXT PRIMARY KEY) STRICT;")


def _broken_step(ctx: MigrationContext) -> None:
    ctx.execute_script("CREATE TABLE half_done (id TEXT);\nSELECT no_such_function();")


def test_pre_migration_backup_survives_failed_retries(demo_path: Path, tmp_path: Path) -> None:
    clock = Clock(datetime(2026, 1, 1, 9, tzinfo=UTC))
    store = BackupStore(tmp_path / "b", clock=clock, tz=UTC)
    before = sha256(demo_path)

    def back_up(db: ForumDatabase) -> None:
        store.take(db, "before-migration")

    for _ in range(25):  # the user tries again and again, days apart
        clock.now += timedelta(days=3)
        with pytest.raises(errors.StorageError):
            ForumDatabase.open(
                demo_path, before_upgrade=back_up, migrations=(*MIGRATIONS, _broken_step)
            )
    # The file is wholly old, and a pre-migration backup of it exists.
    with ForumDatabase.open(demo_path, read_only=True) as db:
        assert db.schema_version() == SCHEMA_VERSION
    assert sha256(demo_path) == before
    pre = [b for b in store.list() if b.reason == "before-migration"]
    assert pre and pre[0].schema_version == SCHEMA_VERSION
    assert pre[0].taken_at == clock.now
    assert len(store.list()) <= 10 + 14 + 12 + 1


def test_before_upgrade_hook_backs_up_then_migrates(demo_path: Path, tmp_path: Path) -> None:
    store = BackupStore(tmp_path / "b")
    taken = []
    with ForumDatabase.open(
        demo_path,
        before_upgrade=lambda db: taken.append(store.take(db, "before-migration")),
        migrations=(*MIGRATIONS, _add_note_table),
    ) as db:
        assert db.schema_version() == SCHEMA_VERSION + 1
    (backup,) = taken
    assert backup.schema_version == SCHEMA_VERSION and backup.reason == "before-migration"


def test_failing_pre_migration_backup_stops_the_migration(demo_path: Path) -> None:
    def refuse(db: ForumDatabase) -> None:
        raise errors.WriteFailed(db.path, "backup folder full")

    before = sha256(demo_path)
    with pytest.raises(errors.WriteFailed):
        ForumDatabase.open(
            demo_path, before_upgrade=refuse, migrations=(*MIGRATIONS, _add_note_table)
        )
    with ForumDatabase.open(demo_path, read_only=True) as db:
        assert db.schema_version() == SCHEMA_VERSION
    assert sha256(demo_path) == before


# -- restore -----------------------------------------------------------------


def test_restore_keeps_the_damaged_file_and_its_wal_aside(demo_path: Path, tmp_path: Path) -> None:
    store = BackupStore(tmp_path / "b")
    with ForumDatabase.open(demo_path) as db:
        backup = store.take(db, "open")
    expected = _counts(demo_path)
    _damage_pages(demo_path)
    Path(f"{demo_path}-wal").write_bytes(b"wal of the crashed session")
    Path(f"{demo_path}-shm").write_bytes(b"shm")
    damaged = sha256(demo_path)
    with pytest.raises(errors.DamagedFile):
        ForumDatabase.open(demo_path)

    result = store.restore(backup, demo_path)

    assert result.before_restore is None  # nothing readable to back up
    main, *companions = result.set_aside
    assert main.name.startswith("demo.samsyn.damaged-") and len(main.name) == len(
        "demo.samsyn.damaged-20261122-101530"
    )
    assert sha256(main) == damaged
    assert sorted(p.name for p in companions) == [f"{main.name}-shm", f"{main.name}-wal"]
    assert Path(f"{main}-wal").read_bytes() == b"wal of the crashed session"
    assert not Path(f"{demo_path}-wal").exists() and not Path(f"{demo_path}-shm").exists()
    assert _counts(demo_path) == expected
    with ForumDatabase.open(demo_path) as db:
        assert db.integrity_problems(full=True) == []
        assert not db.recovered_from_crash


def test_restore_over_a_healthy_file_backs_it_up_first(demo_path: Path, tmp_path: Path) -> None:
    clock = Clock(datetime(2026, 11, 22, 9, tzinfo=UTC))
    store = BackupStore(tmp_path / "b", clock=clock)
    with ForumFile.open(demo_path) as forum:
        backup = store.take(forum.db, "open")
        meeting = forum.meetings.list()[0]
        forum.gaps.create(meeting_id=meeting.id, title="Efter säkerhetskopian")
    clock.now += timedelta(minutes=5)
    result = store.restore(backup.path, demo_path)
    assert result.before_restore is not None
    assert result.before_restore.reason == "before-restore"
    with ForumDatabase.open(result.before_restore.path, read_only=True) as db:
        assert db.query("SELECT id FROM gap WHERE title = 'Efter säkerhetskopian'")
    with ForumDatabase.open(demo_path, read_only=True) as db:
        assert not db.query("SELECT id FROM gap WHERE title = 'Efter säkerhetskopian'")
    assert len(result.set_aside) == 1 and result.set_aside[0].exists()


def test_restore_from_a_damaged_backup_changes_nothing(demo_path: Path, tmp_path: Path) -> None:
    store = BackupStore(tmp_path / "b")
    with ForumDatabase.open(demo_path) as db:
        backup = store.take(db, "open")
    _damage_pages(backup.path)
    before = sha256(demo_path)
    listing = sorted(os.listdir(demo_path.parent))
    with pytest.raises(errors.DamagedFile):
        store.restore(backup, demo_path)
    assert sha256(demo_path) == before
    assert sorted(os.listdir(demo_path.parent)) == listing


def test_restore_to_a_deleted_file_moves_a_stray_wal_aside(demo_path: Path, tmp_path: Path) -> None:
    store = BackupStore(tmp_path / "b")
    with ForumDatabase.open(demo_path) as db:
        backup = store.take(db, "open")
    demo_path.unlink()
    Path(f"{demo_path}-wal").write_bytes(b"stray")
    result = store.restore(backup, demo_path)
    assert [p.name.endswith("-wal") for p in result.set_aside] == [True]
    assert not Path(f"{demo_path}-wal").exists()
    assert _counts(demo_path)["gap"] > 0


def test_sources_are_remembered(tmp_path: Path) -> None:
    store = BackupStore(tmp_path / "b")
    for name in ("a", "b", "a"):
        store.remember_source(tmp_path / f"{name}.samsyn")
    assert store.sources_text() == [
        str((tmp_path / "b.samsyn").resolve()),
        str((tmp_path / "a.samsyn").resolve()),
    ]
    # Reopening the newest source leaves the index as it is: no rewrite.
    before = (store.folder / "sources.txt").stat()
    store.remember_source(tmp_path / "a.samsyn")
    after = (store.folder / "sources.txt").stat()
    assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)
    store.remember_source(tmp_path / "b.samsyn")
    assert store.sources_text()[-1] == str((tmp_path / "b.samsyn").resolve())


def test_restoring_the_tenth_newest_backup_keeps_it(demo_path: Path, tmp_path: Path) -> None:
    # The before-restore backup pushes the chosen one out of the last 10; it
    # is neither the newest of its day nor of its month: only `keep` saves it.
    clock = Clock(datetime(2026, 11, 22, 9, tzinfo=UTC))
    store = BackupStore(tmp_path / "b", clock=clock, tz=UTC)
    with ForumFile.open(demo_path) as forum:
        meeting = forum.meetings.list()[0]
        for number in range(10):
            forum.gaps.create(meeting_id=meeting.id, title=f"Steg {number}")
            clock.now += timedelta(minutes=1)
            store.take(forum.db, "auto")
    backups = store.list()
    assert len(backups) == 10
    chosen = backups[-1]
    clock.now += timedelta(minutes=1)
    result = store.restore(chosen, demo_path)
    assert result.before_restore is not None
    assert chosen.path.exists()
    with ForumDatabase.open(demo_path, read_only=True) as db:
        steps = {row[0] for row in db.query("SELECT title FROM gap WHERE title LIKE 'Steg %'")}
    assert steps == {"Steg 0"}
    clock.now += timedelta(minutes=1)
    assert store.thin() == [chosen.path]  # the rule is unchanged: only the restore spared it


def test_failed_restore_puts_the_file_back(
    demo_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = BackupStore(tmp_path / "b")
    with ForumDatabase.open(demo_path) as db:
        backup = store.take(db, "open")
    _damage_pages(demo_path)  # the usual case: a damaged file, and its -wal
    Path(f"{demo_path}-wal").write_bytes(b"wal of the crashed session")
    Path(f"{demo_path}-shm").write_bytes(b"shm")
    before = sha256(demo_path)
    listing = sorted(os.listdir(demo_path.parent))

    def disk_full(_temp: Path, _target: Path) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("storage.restore.link_no_clobber", disk_full)
    with pytest.raises(errors.WriteFailed) as failed:
        store.restore(backup, demo_path)
    assert failed.value.path == demo_path and failed.value.detail == DISK_FULL
    assert sha256(demo_path) == before
    assert Path(f"{demo_path}-wal").read_bytes() == b"wal of the crashed session"
    assert sorted(os.listdir(demo_path.parent)) == listing  # nothing aside, no temp file


def test_copy_failures_name_the_right_file(
    demo_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = BackupStore(tmp_path / "b")

    def disk_full(_temp: Path, _target: Path) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("storage.copies.link_no_clobber", disk_full)
    with pytest.raises(errors.WriteFailed) as failed:
        store.take_from_file(demo_path, "auto")
    assert failed.value.path.parent == store.folder
    assert failed.value.detail == DISK_FULL  # a reason code, not the system's English
    monkeypatch.undo()

    def malformed(*_args: object, **_kwargs: object) -> None:
        raise sqlite3.DatabaseError("database disk image is malformed")

    monkeypatch.setattr("storage.copies._copy_snapshot", malformed)
    with pytest.raises(errors.DamagedFile) as damaged:
        store.take_from_file(demo_path, "auto")
    assert damaged.value.path == demo_path  # the forum is damaged, not the backup
