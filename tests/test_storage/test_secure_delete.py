"""Deleting text really deletes it (secure_delete): a removed personal identity
number is not left in the file's free pages, nor in the -wal after a checkpoint."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.forum_file import ForumFile

# A published test number (personnummer/meta testdata), never a real person's.
NUMBER = "20000229-2399"
TEXT = f"Patienten {NUMBER} skrevs ut utan aktuell läkemedelslista."


def _raw(path: Path) -> bytes:
    wal = Path(f"{path}-wal")
    return path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


def _checkpoint(forum: ForumFile) -> None:
    row = forum.db.query_one("PRAGMA wal_checkpoint(TRUNCATE)")
    assert row is not None and row[0] == 0  # not busy: the whole -wal was written back


def _forum_with_number(path: Path) -> tuple[ForumFile, str]:
    forum = ForumFile.create(path, "Testforum")
    meeting = forum.meetings.create(title="Träff", date="2026-11-22")
    gap = forum.gaps.create(meeting_id=meeting.id, title="Hemgång", description=TEXT)
    forum.causes.create(gap_id=gap.id, text="Ingen ringde hemsjukvården.")
    _checkpoint(forum)
    assert NUMBER.encode() in _raw(path)  # the check below can fail
    return forum, gap.id


def test_deleted_gap_leaves_no_trace(forum_path: Path) -> None:
    forum, gap_id = _forum_with_number(forum_path)
    forum.gaps.delete(gap_id)
    _checkpoint(forum)
    assert NUMBER.encode() not in _raw(forum_path)
    forum.close()
    assert not Path(f"{forum_path}-wal").exists()
    assert NUMBER.encode() not in forum_path.read_bytes()


def test_edited_text_leaves_no_trace(forum_path: Path) -> None:
    forum, gap_id = _forum_with_number(forum_path)
    forum.gaps.update(gap_id, description="Patienten skrevs ut utan aktuell läkemedelslista.")
    forum.close()
    assert NUMBER.encode() not in forum_path.read_bytes()
    with ForumFile.open(forum_path, read_only=True) as reopened:
        assert reopened.gaps.get(gap_id).description.startswith("Patienten skrevs ut")


@pytest.mark.parametrize("secure", [True, False])
def test_it_is_secure_delete_that_clears_it(forum_path: Path, secure: bool) -> None:
    """Without secure_delete the number would stay in the free space: the pragma matters."""
    forum, gap_id = _forum_with_number(forum_path)
    if not secure:
        forum.db.query("PRAGMA secure_delete = OFF")
    forum.gaps.delete(gap_id)
    _checkpoint(forum)
    assert (NUMBER.encode() in forum_path.read_bytes()) is not secure
    forum.close()
