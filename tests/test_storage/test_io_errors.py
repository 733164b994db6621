"""I/O errors while capturing (RELIABILITY.md fault 7, the storage part).

A full disk (SQLITE_FULL, provoked with ``PRAGMA max_page_count``) and a file
deleted, moved or replaced under the open connection: the edit raises a typed
WriteFailed that app.messages turns into one sentence, nothing is half
stored, and the forum goes on working (or can still be saved elsewhere).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from app.forum_file import ForumFile
from app.messages import describe
from storage import errors
from storage.database import ForumDatabase


def _page_count(forum: ForumFile) -> int:
    row = forum.db.query_one("PRAGMA page_count")
    assert row is not None
    return int(row[0])


def test_disk_full_refuses_the_edit_whole_and_recovers(forum: ForumFile) -> None:
    meeting = forum.meetings.create(title="Träff", date="2026-11-22")
    kept = forum.gaps.create(meeting_id=meeting.id, title="Sparat före")
    forum.db.query(f"PRAGMA max_page_count = {_page_count(forum) + 2}")
    long_text = "Utskrivningen kom sent. " * 4000  # ~100 kB: needs many new pages

    with pytest.raises(errors.DiskFull) as failed:
        forum.gaps.create(meeting_id=meeting.id, title="För stort", description=long_text)

    assert isinstance(failed.value, errors.WriteFailed)
    message = describe(failed.value)
    assert message.startswith("Disken är full, så ändringen sparades inte i forum.samsyn.")
    assert "\n" not in message
    # Nothing of the refused edit, everything before it, and a healthy file.
    assert [g.title for g in forum.gaps.list(meeting_id=meeting.id)] == [kept.title]
    assert forum.db.integrity_problems(full=True) == []
    assert not forum.db.in_transaction

    # Room again (the user freed disk space): the very same edit goes through.
    forum.db.query("PRAGMA max_page_count = 1073741823")
    stored = forum.gaps.create(meeting_id=meeting.id, title="För stort", description=long_text)
    path = forum.path
    forum.close()
    with ForumFile.open(path, read_only=True) as reopened:
        assert reopened.gaps.get(stored.id).description == long_text
        assert [g.title for g in reopened.gaps.list(meeting_id=meeting.id)] == [
            "Sparat före",
            "För stort",
        ]


def test_small_edit_on_a_full_disk_as_well(forum: ForumFile) -> None:
    meeting = forum.meetings.create(title="Träff", date="2026-11-22")
    forum.db.query(f"PRAGMA max_page_count = {_page_count(forum)}")
    failures = 0
    for number in range(400):  # fill the last free space, then keep trying
        try:
            forum.gaps.create(meeting_id=meeting.id, title=f"Glapp {number} " + "x" * 200)
        except errors.WriteFailed:
            failures += 1
    assert failures > 0
    stored = forum.gaps.list(meeting_id=meeting.id)
    assert len(stored) == 400 - failures
    assert [g.title.split()[1] for g in stored] == [str(n) for n in range(len(stored))]
    assert forum.db.integrity_problems(full=True) == []


def _assert_gone_and_savable(forum: ForumFile, meeting_id: str, elsewhere: Path) -> None:
    with pytest.raises(errors.FileGone) as gone:
        forum.gaps.create(meeting_id=meeting_id, title="Efter att filen försvann")
    assert isinstance(gone.value, errors.WriteFailed)  # the app explains it as one
    assert "ändringen sparades inte" in describe(gone.value)
    assert not forum.db.in_transaction
    # The open connection still reads the lost file: "Spara en kopia" rescues it.
    forum.db.backup_to(elsewhere)
    with ForumFile.open(elsewhere, read_only=True) as copy:
        titles = [g.title for g in copy.gaps.list(meeting_id=meeting_id)]
    assert titles == ["Sparat före"]


def test_deleted_file_is_noticed_before_commit(forum: ForumFile, tmp_path: Path) -> None:
    meeting = forum.meetings.create(title="Träff", date="2026-11-22")
    forum.gaps.create(meeting_id=meeting.id, title="Sparat före")
    for suffix in ("", "-wal", "-shm"):
        os.remove(f"{forum.path}{suffix}")
    _assert_gone_and_savable(forum, meeting.id, tmp_path / "räddad.samsyn")


def test_deleted_folder_is_noticed_before_commit(tmp_path: Path) -> None:
    folder = tmp_path / "usb-minne"
    folder.mkdir()
    forum = ForumFile.create(folder / "forum.samsyn", "Testforum")
    try:
        meeting = forum.meetings.create(title="Träff", date="2026-11-22")
        forum.gaps.create(meeting_id=meeting.id, title="Sparat före")
        shutil.rmtree(folder)
        _assert_gone_and_savable(forum, meeting.id, tmp_path / "räddad.samsyn")
    finally:
        forum.close()


def test_file_replaced_under_the_connection_is_noticed(forum: ForumFile, tmp_path: Path) -> None:
    meeting = forum.meetings.create(title="Träff", date="2026-11-22")
    forum.gaps.create(meeting_id=meeting.id, title="Sparat före")
    # Another program (a sync client) moves the file away and puts another in its place.
    for suffix in ("", "-wal", "-shm"):
        os.rename(f"{forum.path}{suffix}", tmp_path / f"flyttad.samsyn{suffix}")
    ForumDatabase.create(tmp_path / "annan.samsyn").close()
    shutil.copyfile(tmp_path / "annan.samsyn", forum.path)
    _assert_gone_and_savable(forum, meeting.id, tmp_path / "räddad.samsyn")


def test_reads_go_on_after_the_file_is_gone(forum: ForumFile) -> None:
    meeting = forum.meetings.create(title="Träff", date="2026-11-22")
    os.remove(forum.path)
    assert forum.meetings.get(meeting.id).title == "Träff"  # the window can still show it


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores folder permissions")
def test_folder_made_read_only_while_open_still_stores(forum: ForumFile) -> None:
    # The file's handles are open already: SQLite needs no new file, so edits
    # are stored; the -wal cannot be removed on close but is not lost.
    meeting = forum.meetings.create(title="Träff", date="2026-11-22")
    forum.path.parent.chmod(0o555)
    try:
        stored = forum.gaps.create(meeting_id=meeting.id, title="Efter chmod")
    finally:
        forum.path.parent.chmod(0o755)
    path = forum.path
    forum.close()
    with ForumFile.open(path, read_only=True) as reopened:
        assert reopened.gaps.get(stored.id).title == "Efter chmod"
