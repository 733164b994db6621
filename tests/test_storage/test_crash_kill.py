"""Crash safety (RELIABILITY.md fault 1) and the unclean-shutdown check.

A child process opens the forum as the window does (open_session: the lock,
background backups running alongside) and captures through the real services,
reporting each edit after its commit returned (tests/crash_writer.py); it is
killed with SIGKILL at random moments. Every reported edit must be in the file
on reopening through open_session (the dead child's lock taken over),
``integrity_check`` must be ok, and every stored backup must be whole.
SIGKILL loses no data the process handed to the kernel, so this proves the
application's side (one transaction per edit, reported only after commit),
not what a power cut does to the disk's cache.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import sha256

from app.forum_file import ForumFile
from app.forum_session import open_session
from storage import errors
from storage.backups import BackupStore
from storage.checks import verify_file
from storage.database import ForumDatabase

WRITER = Path(__file__).resolve().parents[1] / "crash_writer.py"
TRIALS = 24
TABLES = {"gap": "gap", "cause": "cause", "action": "action"}


class Child:
    def __init__(self, path: Path, seed: int, backups: Path | None = None) -> None:
        extra = [str(backups)] if backups is not None else []
        self.process = subprocess.Popen(
            [sys.executable, str(WRITER), str(path), str(seed), *extra],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )

    def first_line(self) -> bytes:
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        assert line.startswith(b"opened"), self.stderr()
        return line

    def kill(self) -> list[list[str]]:
        """SIGKILL, then every complete line it had written (a cut line was not reported)."""
        self.process.send_signal(signal.SIGKILL)
        self.process.wait()
        assert self.process.stdout is not None
        rest = self.process.stdout.read()
        self.close()
        return [line.decode().split() for line in rest.split(b"\n")[:-1]]

    def stderr(self) -> str:
        assert self.process.stderr is not None
        return self.process.stderr.read().decode(errors="replace")

    def close(self) -> None:
        for stream in (self.process.stdout, self.process.stderr):
            if stream is not None:
                stream.close()


@pytest.fixture
def crash_forum(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "krasch.samsyn"
    with ForumFile.create(path, "Kraschforum") as forum:
        forum.meetings.create(title="Workshop", date="2026-11-22")
    yield path


def _check_reported(
    path: Path, backups: Path, reported: dict[str, set[str]], votes: dict[str, int]
) -> bool:
    """Reopen as the app does; True when it found the last session unclean."""
    # Without the open backup: it would only be cancelled by the close below.
    with open_session(path, backups_root=backups, backup_on_open=False) as session:
        assert session.lock.held and not session.read_only  # the dead child's lock
        db = session.forum.db
        assert db.integrity_problems(full=True) == []
        assert db.foreign_key_problems() == []
        for kind, ids in reported.items():
            present = {row[0] for row in db.query(f"SELECT id FROM {TABLES[kind]}")}
            missing = ids - present
            assert not missing, f"{len(missing)} reported {kind} edits lost"
        stored = {row[0]: row[1] for row in db.query("SELECT id, votes FROM gap")}
        # Each gap is voted on once: a reported vote is the stored one.
        assert {gap_id: stored.get(gap_id) for gap_id in votes} == votes
        return session.recovered_from_crash


def test_kill_9_during_captures_loses_no_reported_edit(crash_forum: Path, tmp_path: Path) -> None:
    rng = random.Random(20261122)
    backups = tmp_path / "backups"
    reported: dict[str, set[str]] = {kind: set() for kind in TABLES}
    votes: dict[str, int] = {}
    unclean = 0
    for trial in range(TRIALS):
        child = Child(crash_forum, trial, backups)
        if trial % 4 == 3:
            # Sometimes before or while the file is opened (recovery included).
            time.sleep(rng.uniform(0.0, 0.12))
        else:
            child.first_line()
            time.sleep(rng.uniform(0.01, 0.25))
        for line in child.kill():
            if line[0] in TABLES:
                reported[line[0]].add(line[1])
            elif line[0] == "votes":
                votes[line[1]] = int(line[2])
        unclean += _check_reported(crash_forum, backups, reported, votes)
    print(f"{sum(map(len, reported.values()))} edits reported, {unclean} unclean reopenings")
    assert sum(len(ids) for ids in reported.values()) > 100  # it really captured
    assert unclean >= TRIALS // 2  # and was really killed mid-session
    (folder,) = [f for f in backups.iterdir() if f.is_dir()]
    stored = BackupStore(folder).list()
    assert len(stored) > 3  # backups really ran alongside (open and auto)
    assert {b.reason for b in stored} >= {"auto"}
    for backup in stored:  # a kill mid-backup never leaves a partial one
        verify_file(backup.path)
        assert backup.counts is not None


def _unclean_copy(crash_forum: Path, edits: int = 20) -> list[list[str]]:
    """Leave ``crash_forum`` as a killed session leaves it: with a non-empty -wal."""
    child = Child(crash_forum, 99)
    child.first_line()
    assert child.process.stdout is not None
    lines = [child.process.stdout.readline() for _ in range(edits)]
    child.kill()
    assert os.path.getsize(f"{crash_forum}-wal") > 0
    return [line.decode().split() for line in lines]


def test_unclean_shutdown_is_reported_and_recovered(crash_forum: Path) -> None:
    lines = _unclean_copy(crash_forum)
    with ForumFile.open(crash_forum) as forum:
        assert forum.db.recovered_from_crash
        gap_ids = {line[1] for line in lines if line[0] == "gap"}
        assert gap_ids <= {g.id for g in forum.gaps.list(meeting_id=forum.meetings.list()[0].id)}
    assert not Path(f"{crash_forum}-wal").exists()  # closed cleanly this time
    with ForumFile.open(crash_forum) as forum:
        assert not forum.db.recovered_from_crash


def _break_an_index(path: Path) -> None:
    """Damage that quick_check does not see but integrity_check does."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute(
        "UPDATE sqlite_schema SET sql = 'CREATE INDEX meeting_date ON meeting(title, start)' "
        "WHERE name = 'meeting_date'"
    )
    conn.close()


def test_unclean_shutdown_runs_the_full_check_and_writes_nothing(crash_forum: Path) -> None:
    _break_an_index(crash_forum)
    with ForumDatabase.open(crash_forum) as db:  # a clean file: quick_check only, opens
        assert db.integrity_problems() == []
        assert db.integrity_problems(full=True) != []
    _unclean_copy(crash_forum)  # the child opened it too: quick_check passed there
    wal = Path(f"{crash_forum}-wal")
    before = (sha256(crash_forum), sha256(wal))
    for read_only in (False, True):
        with pytest.raises(errors.DamagedFile) as refused:
            ForumDatabase.open(crash_forum, read_only=read_only)
        assert "meeting_date" in refused.value.detail
        assert (sha256(crash_forum), sha256(wal)) == before  # no checkpoint into it


def _write_back_page_one(path: Path) -> None:
    """Do what a checkpoint does first, then "die": page 1 from the -wal into the file.

    A checkpoint copies pages in ascending order, so a kill during one can
    leave page 1 (whose header counts the grown file's pages) written and
    the later pages not yet; the -wal still holds them all.
    """
    wal = Path(f"{path}-wal").read_bytes()
    page_size = int.from_bytes(wal[8:12], "big")
    frame = 24 + page_size
    page_one = None
    for offset in range(32, len(wal) - frame + 1, frame):
        if int.from_bytes(wal[offset : offset + 4], "big") == 1:
            page_one = wal[offset + 24 : offset + frame]
    assert page_one is not None
    assert int.from_bytes(page_one[28:32], "big") * page_size > path.stat().st_size
    with path.open("r+b") as handle:
        handle.write(page_one)


def test_kill_during_a_checkpoint_is_recovered(crash_forum: Path) -> None:
    lines = _unclean_copy(crash_forum, edits=200)
    _write_back_page_one(crash_forum)
    with ForumDatabase.open(crash_forum) as db:
        assert db.recovered_from_crash
        assert db.integrity_problems(full=True) == []
        ids = {row[0] for table in TABLES for row in db.query(f"SELECT id FROM {table}")}
    assert {line[1] for line in lines if line[0] in TABLES} <= ids
