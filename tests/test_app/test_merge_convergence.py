"""Two laptops edit copies of one forum at random; merging both ways gives one forum.

Seeded, so a failure names the seed that reproduces it.
"""

from __future__ import annotations

import json
import random
import shutil
from pathlib import Path

import pytest

from app.exchange.files import dump_text
from app.forum_file import ForumFile
from app.merging import merge_files
from storage.clock import now_iso
from storage.rows import KEYS


def _seed_forum(path: Path) -> None:
    with ForumFile.create(path, "Samverkan Ådalen") as forum:
        meeting = forum.meetings.create(title="Arbetsmöte", date="2026-11-20")
        org = forum.organisations.create(name="Kommunen")
        for n in range(3):
            person = forum.people.create(name=f"Person {n}", organisation_id=org.id)
            forum.attendance.create(meeting_id=meeting.id, person_id=person.id)
            gap = forum.gaps.create(meeting_id=meeting.id, title=f"Glapp {n}")
            cause = forum.causes.create(gap_id=gap.id, text=f"Orsak {n}")
            forum.causes.create(gap_id=gap.id, parent_id=cause.id, text=f"Varför {n}")
            forum.actions.create(meeting_id=meeting.id, gap_id=gap.id, title=f"Åtgärd {n}")


def _edit_at_random(path: Path, rng: random.Random, steps: int) -> None:
    with ForumFile.open(path) as forum:
        meeting = forum.meetings.list()[0].id
        for step in range(steps):
            gaps, causes = forum.gaps.list(), forum.causes.list()
            actions, people = forum.actions.list(), forum.people.list()
            choice = rng.randrange(9)
            if choice == 0 or not gaps:
                forum.gaps.create(meeting_id=meeting, title=f"Nytt glapp {step}")
            elif choice == 1:
                forum.gaps.update(rng.choice(gaps).id, title=f"Ändrat {step}")
            elif choice == 2:
                forum.gaps.delete(rng.choice(gaps).id)
            elif choice == 3:
                gap = rng.choice(gaps).id
                forum.causes.create(gap_id=gap, text=f"Ny orsak {step}")
            elif choice == 4 and causes:
                forum.causes.delete(rng.choice(causes).id)
            elif choice == 5:
                gap = rng.choice(gaps).id
                owner = rng.choice(people).id if people else None
                forum.actions.create(
                    meeting_id=meeting, gap_id=gap, owner_id=owner, title=f"Ny åtgärd {step}"
                )
            elif choice == 6 and actions:
                forum.actions.update(rng.choice(actions).id, status="ongoing")
            elif choice == 7 and people:
                forum.people.delete(rng.choice(people).id)
            else:
                forum.people.create(name=f"Ny person {step}")


def _shuffle_times(path: Path, since: str, rng: random.Random) -> None:
    """Give this laptop's edits random times in one hour, so the two laptops'
    edits interleave every way: newer, older and equal (same millisecond)."""

    def when() -> str:
        return f"2027-01-01T10:{rng.randrange(60):02d}:00.{rng.randrange(3):03d}Z"

    with ForumFile.open(path) as forum:
        db = forum.db
        with db.transaction():
            for table in [*KEYS, "tombstone"]:
                column = "deleted_at" if table == "tombstone" else "updated_at"
                for (rowid,) in db.query(f"SELECT rowid FROM {table} WHERE {column} > ?", (since,)):
                    db.execute(f"UPDATE {table} SET {column} = ? WHERE rowid = ?", (when(), rowid))


def _dump(path: Path) -> object:
    with ForumFile.open(path, read_only=True) as forum:
        assert forum.db.foreign_key_problems() == []
        # In order too: rows with equal positions (two laptops each added one at
        # the end) list by their key, the same in both files.
        return json.loads(dump_text(forum.db))


@pytest.mark.parametrize("seed", range(12))
def test_merging_both_ways_converges(seed: int, tmp_path: Path) -> None:
    rng = random.Random(seed)
    base = tmp_path / "forum.samsyn"
    _seed_forum(base)
    laptop_a, laptop_b = tmp_path / "a.samsyn", tmp_path / "b.samsyn"
    shutil.copyfile(base, laptop_a)
    shutil.copyfile(base, laptop_b)
    since = now_iso()
    for laptop in (laptop_a, laptop_b):
        _edit_at_random(laptop, rng, 12)
        _shuffle_times(laptop, since, rng)

    backups = tmp_path / "backups"
    merge_files(laptop_a, [laptop_b], backups_root=backups)
    merge_files(laptop_b, [laptop_a], backups_root=backups)

    assert _dump(laptop_a) == _dump(laptop_b), f"seed {seed}"
    again = merge_files(laptop_a, [laptop_b], backups_root=backups)
    assert not again[0].changed_anything, f"seed {seed}"
