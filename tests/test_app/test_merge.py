"""Merging breakout groups' files back into the forum file (app.merging)."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.errors import ExchangeError, RuleViolation
from app.exchange.files import dump_text, write_dump
from app.forum_file import ForumFile
from app.forum_lock import ForumLock
from app.merging import merge_files
from app.merging.report import summary
from storage import errors as storage_errors
from storage.backups import BackupStore
from storage.rows import KEYS
from tests.conftest import sha256

T1, T2, T3 = "2026-11-20T09:00:00.000Z", "2026-11-20T10:00:00.000Z", "2026-11-20T11:00:00.000Z"


@pytest.fixture
def base(tmp_path: Path) -> Iterator[Path]:
    """A forum with one meeting and one gap with one cause, all stamped at T1."""
    path = tmp_path / "forum.samsyn"
    with ForumFile.create(path, "Samverkan Ådalen") as forum:
        meeting = forum.meetings.create(title="Arbetsmöte", date="2026-11-20")
        gap = forum.gaps.create(meeting_id=meeting.id, title="Utskrivning en fredag")
        forum.causes.create(gap_id=gap.id, text="Ingen planering före helgen")
        with forum.db.transaction():
            for table in ("meeting", "gap", "cause", "forum", "cause_category"):
                forum.db.execute(f"UPDATE {table} SET updated_at = ?", (T1,))
    yield path


def copy(path: Path, name: str) -> Path:
    target = path.with_name(name)
    shutil.copyfile(path, target)
    return target


def stamp(forum: ForumFile, table: str, ident: str, when: str) -> None:
    with forum.db.transaction():
        forum.db.execute(f"UPDATE {table} SET updated_at = ? WHERE id = ?", (when, ident))


def stamp_all(forum: ForumFile, when: str) -> None:
    with forum.db.transaction():
        for table in KEYS:
            forum.db.execute(f"UPDATE {table} SET updated_at = ?", (when,))


def stamp_deletion(forum: ForumFile, when: str) -> None:
    """The time of the file's deletions (a delete and its cascade share one)."""
    with forum.db.transaction():
        forum.db.execute("UPDATE tombstone SET deleted_at = ?", (when,))


def the_gap(forum: ForumFile) -> str:
    return forum.gaps.list()[0].id


def merge(target: Path, *sources: Path, backups: Path) -> list:  # type: ignore[type-arg]
    return merge_files(target, list(sources), backups_root=backups)


def dump(path: Path) -> dict:  # type: ignore[type-arg]
    with ForumFile.open(path, read_only=True) as forum:
        return json.loads(dump_text(forum.db))  # type: ignore[no-any-return]


def test_two_groups_work_comes_back_together(base: Path, tmp_path: Path) -> None:
    group_a, group_b = copy(base, "a.samsyn"), copy(base, "b.samsyn")
    with ForumFile.open(group_a) as a:
        meeting = a.meetings.list()[0]
        gap = a.gaps.create(meeting_id=meeting.id, title="Läkemedelslistan följer inte med")
        a.causes.create(gap_id=gap.id, text="Två journalsystem")
    with ForumFile.open(group_b) as b:
        b.actions.create(meeting_id=meeting.id, gap_id=the_gap(b), title="Gemensam rutin")
        b.gaps.update(the_gap(b), title="Utskrivning på fredag eftermiddag")

    results = merge(base, group_a, group_b, backups=tmp_path / "backups")

    assert [r.source.name for r in results] == ["a.samsyn", "b.samsyn"]
    assert results[0].counts["added"] == 2 and results[0].added["gap"] == 1
    assert results[1].counts["added"] == 1 and results[1].counts["changed"] == 1
    with ForumFile.open(base, read_only=True) as merged:
        titles = sorted(g.title for g in merged.gaps.list())
        assert titles == ["Läkemedelslistan följer inte med", "Utskrivning på fredag eftermiddag"]
        assert [c.text for c in merged.causes.list()] != []
        assert len(merged.causes.list()) == 2
        assert [a.title for a in merged.actions.list()] == ["Gemensam rutin"]


def test_merging_again_changes_nothing_and_both_ways_agree(base: Path, tmp_path: Path) -> None:
    group = copy(base, "group.samsyn")
    with ForumFile.open(group) as g:
        g.causes.create(gap_id=the_gap(g), text="Hemtjänsten får inget besked")
    with ForumFile.open(base) as f:
        f.gaps.create(meeting_id=f.meetings.list()[0].id, title="Barn som flyttar")

    merge(base, group, backups=tmp_path / "backups")
    again = merge(base, group, backups=tmp_path / "backups")
    assert not again[0].changed_anything
    merge(group, base, backups=tmp_path / "backups")
    assert dump(base) == dump(group)


def test_the_newer_edit_wins_whole_row(base: Path, tmp_path: Path) -> None:
    group = copy(base, "group.samsyn")
    with ForumFile.open(group) as g:
        gap = the_gap(g)
        g.gaps.update(gap, title="Ändrad i gruppen")
        stamp(g, "gap", gap, T2)
    with ForumFile.open(base) as f:
        f.gaps.update(gap, title="Ändrad i forumfilen")
        stamp(f, "gap", gap, T3)

    result = merge(base, group, backups=tmp_path / "backups")[0]

    assert result.counts["kept"] == 1 and result.counts["changed"] == 0
    with ForumFile.open(base, read_only=True) as merged:
        assert merged.gaps.get(gap).title == "Ändrad i forumfilen"
    merge(group, base, backups=tmp_path / "backups")
    with ForumFile.open(group, read_only=True) as g:
        assert g.gaps.get(gap).title == "Ändrad i forumfilen"


def test_a_deletion_there_is_carried_over_with_its_time(base: Path, tmp_path: Path) -> None:
    group = copy(base, "group.samsyn")
    with ForumFile.open(group) as g:
        gap = the_gap(g)
        g.gaps.delete(gap)
        stamp_deletion(g, T2)

    result = merge(base, group, backups=tmp_path / "backups")[0]

    assert result.counts["deleted"] == 2  # the gap and its cause
    with ForumFile.open(base, read_only=True) as merged:
        assert merged.gaps.list() == [] and merged.causes.list() == []
        when = merged.db.query_one("SELECT deleted_at FROM tombstone WHERE id = ?", (gap,))
        assert when is not None and when[0] == T2


def test_a_change_here_after_the_deletion_keeps_the_row(base: Path, tmp_path: Path) -> None:
    group = copy(base, "group.samsyn")
    with ForumFile.open(group) as g:
        gap = the_gap(g)
        g.gaps.delete(gap)
        stamp_deletion(g, T2)
    with ForumFile.open(base) as f:
        cause = f.causes.list()[0].id
        f.causes.update(cause, text="Ingen planering, ingen kontaktperson")
        stamp(f, "cause", cause, T3)  # a cause of the gap changed after the deletion

    result = merge(base, group, backups=tmp_path / "backups")[0]

    assert result.counts["deleted"] == 0 and result.counts["kept"] == 2  # the gap, its cause
    with ForumFile.open(base, read_only=True) as merged:
        assert merged.gaps.get(gap) is not None
        assert merged.causes.get(cause).text == "Ingen planering, ingen kontaktperson"


def test_work_done_after_a_deletion_here_brings_its_gap_back(base: Path, tmp_path: Path) -> None:
    group = copy(base, "group.samsyn")
    with ForumFile.open(base) as f:
        gap = the_gap(f)
        f.gaps.delete(gap)
        stamp_deletion(f, T2)
    with ForumFile.open(group) as g:
        why = g.causes.create(gap_id=gap, text="Ingen vet vem som ringer")
        stamp(g, "cause", why.id, T3)

    result = merge(base, group, backups=tmp_path / "backups")[0]

    # The gap comes back; the cause its delete took along stays deleted, as
    # merging the other way round deletes it (row by row).
    assert result.counts["restored"] == 1 and result.counts["added"] == 1
    with ForumFile.open(base, read_only=True) as merged:
        assert merged.gaps.get(gap).title == "Utskrivning en fredag"
        assert {c.text for c in merged.causes.list()} == {"Ingen vet vem som ringer"}
        assert merged.db.query_one("SELECT 1 FROM tombstone WHERE id = ?", (gap,)) is None
    merge(group, base, backups=tmp_path / "backups")
    assert dump(group) == dump(base)


def test_work_older_than_a_deletion_here_stays_out(base: Path, tmp_path: Path) -> None:
    group = copy(base, "group.samsyn")
    with ForumFile.open(group) as g:
        gap = the_gap(g)
        why = g.causes.create(gap_id=gap, text="Ingen vet vem som ringer")
        stamp(g, "cause", why.id, T2)
        action = g.actions.create(meeting_id=g.meetings.list()[0].id, gap_id=gap, title="Rutin")
        stamp(g, "action", action.id, T2)
    with ForumFile.open(base) as f:
        f.gaps.delete(gap)
        stamp_deletion(f, T3)

    result = merge(base, group, backups=tmp_path / "backups")[0]

    assert result.counts["restored"] == 0
    with ForumFile.open(base, read_only=True) as merged:
        assert merged.gaps.list() == [] and merged.causes.list() == []
        (kept,) = merged.actions.list()  # an action outlives its gap, as a delete here does
        assert kept.title == "Rutin" and kept.gap_id is None


def test_an_exchange_document_adds_but_never_overrides(base: Path, tmp_path: Path) -> None:
    group = copy(base, "group.samsyn")
    with ForumFile.open(group) as g:
        g.gaps.update(the_gap(g), title="Ändrad i gruppen")
        g.gaps.create(meeting_id=g.meetings.list()[0].id, title="Nytt i gruppen")
        write_dump(g.db, tmp_path / "group.json")

    result = merge(base, tmp_path / "group.json", backups=tmp_path / "backups")[0]

    assert result.counts["added"] == 1 and result.counts["kept"] == 1
    with ForumFile.open(base, read_only=True) as merged:
        titles = sorted(g.title for g in merged.gaps.list())
        assert titles == ["Nytt i gruppen", "Utskrivning en fredag"]
    # The file's own dump merges as "nothing new".
    write_dump_path = tmp_path / "own.json"
    with ForumFile.open(base, read_only=True) as merged:
        write_dump(merged.db, write_dump_path)
    assert not merge(base, write_dump_path, backups=tmp_path / "backups")[0].changed_anything


def test_a_category_named_alike_is_the_same_category(base: Path, tmp_path: Path) -> None:
    group = copy(base, "group.samsyn")
    with ForumFile.open(group) as g:
        g.categories.create(name="Juridik")
        juridik = next(c for c in g.categories.list() if c.name == "Juridik")
        g.causes.create(gap_id=the_gap(g), text="Sekretess", category_id=juridik.id)
    with ForumFile.open(base) as f:
        f.categories.create(name="Juridik")

    merge(base, group, backups=tmp_path / "backups")

    with ForumFile.open(base, read_only=True) as merged:
        named = [c for c in merged.categories.list() if c.name == "Juridik"]
        assert len(named) == 1
        cause = next(c for c in merged.causes.list() if c.text == "Sekretess")
        assert cause.category_id == named[0].id


def test_refusals_leave_the_file_as_it_was(base: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.samsyn"
    ForumFile.create(other, "Ett annat forum").close()
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": "samsyn-exchange"', encoding="utf-8")
    before = sha256(base)

    with pytest.raises(RuleViolation) as refused:
        merge(base, other, backups=tmp_path / "backups")
    assert refused.value.rule == "merge_other_forum"
    with pytest.raises(RuleViolation) as refused:
        merge(base, base, backups=tmp_path / "backups")
    assert refused.value.rule == "merge_self"
    with pytest.raises(ExchangeError) as bad:
        merge(base, copy(base, "fine.samsyn"), broken, backups=tmp_path / "backups")
    assert bad.value.source == broken
    with pytest.raises(storage_errors.FileMissing):
        merge(base, tmp_path / "gone.samsyn", backups=tmp_path / "backups")
    assert sha256(base) == before


def test_a_forum_open_in_another_samsyn_is_not_merged_into(base: Path, tmp_path: Path) -> None:
    group = copy(base, "group.samsyn")
    lock = ForumLock(base)
    lock.acquire()
    try:
        with pytest.raises(storage_errors.Locked):
            merge(base, group, backups=tmp_path / "backups")
    finally:
        lock.release()


def test_a_backup_is_taken_before_the_merge(base: Path, tmp_path: Path) -> None:
    group = copy(base, "group.samsyn")
    with ForumFile.open(group) as g:
        g.gaps.create(meeting_id=g.meetings.list()[0].id, title="Nytt")
    merge(base, group, backups=tmp_path / "backups")
    (folder,) = (tmp_path / "backups").iterdir()
    taken = BackupStore(folder).list()
    assert [b.reason for b in taken] == ["before-merge"]
    assert taken[0].counts.gaps == 1  # as it was before


def test_the_report_says_what_came_went_and_stayed() -> None:
    from collections import Counter

    from app.merging import MergeResult
    from app.merging.report import summary

    came = MergeResult(
        Path("grupp1.samsyn"),
        {
            "added": Counter(gap=1, cause=2, action=1),
            "changed": Counter(gap=1),
            "deleted": Counter(gap=1, cause=2, gap_organisation=3),
            "restored": Counter(gap=1, cause=1),
            "kept": Counter(action=3),
            "stayed_deleted": Counter(followup=1),
        },
    )
    assert summary(came) == (
        "Från grupp1.samsyn: 1 glapp, 2 orsaker och 1 åtgärd tillkom; 1 glapp ändrades; "
        "1 glapp och 2 orsaker togs bort. Borttaget i forumfilen men ändrat där efteråt, "
        "och därför kvar: 1 glapp och 1 orsak. Forumfilens version var nyare och behölls: "
        "3 åtgärder. Borttaget i forumfilen efter den senaste ändringen där, och därför "
        "fortfarande borttaget: 1 uppföljning."
    )
    assert came.counts["deleted"] == 6 and came.changed_anything
    links = MergeResult(Path("g.samsyn"), {"deleted": Counter(attendance=1)})
    assert summary(links) == "Från g.samsyn: 1 rad i en deltagarlista togs bort."
    orphans = MergeResult(Path("g.samsyn"), {"left_out": Counter(cause=2)})
    assert summary(orphans) == (
        "Från g.samsyn: inget nytt. Nytt där men inte med, eftersom det hör till något som "
        "tagits bort i forumfilen: 2 orsaker."
    )
    assert not orphans.changed_anything
    document = MergeResult(Path("g.json"), {"kept": Counter(gap=2)}, timed=False)
    assert summary(document) == (
        "Från g.json: inget nytt. Skilde sig från JSON-filen men lämnades orört i "
        "forumfilen: 2 glapp."
    )


def test_a_deletion_that_does_not_apply_leaves_links_to_the_row(base: Path, tmp_path: Path) -> None:
    """Deleting a gap empties its actions' link without changing their time; when
    the gap survives the merge (changed later elsewhere), so must the link."""
    with ForumFile.open(base) as f:
        gap = the_gap(f)
        action = f.actions.create(meeting_id=f.meetings.list()[0].id, gap_id=gap, title="Rutin")
        stamp(f, "action", action.id, T1)
    group = copy(base, "group.samsyn")
    with ForumFile.open(group) as g:
        g.gaps.delete(gap)
        stamp_deletion(g, T2)
    with ForumFile.open(base) as f:
        f.gaps.update(gap, title="Omformulerat efteråt")
        stamp(f, "gap", gap, T3)

    merge(base, group, backups=tmp_path / "backups")
    merge(group, base, backups=tmp_path / "backups")

    for path in (base, group):
        with ForumFile.open(path, read_only=True) as merged:
            assert merged.gaps.get(gap).title == "Omformulerat efteråt"
            assert merged.actions.get(action.id).gap_id == gap


def test_a_new_why_under_a_deleted_chain_brings_the_chain_back(base: Path, tmp_path: Path) -> None:
    with ForumFile.open(base) as f:
        top = f.causes.list()[0]
        middle = f.causes.create(gap_id=top.gap_id, parent_id=top.id, text="Varför: ingen rutin")
        stamp_all(f, T1)
    group = copy(base, "group.samsyn")
    with ForumFile.open(base) as f:
        f.causes.delete(top.id)  # takes the middle "why?" with it
        stamp_deletion(f, T2)
    with ForumFile.open(group) as g:
        deepest = g.causes.create(gap_id=top.gap_id, parent_id=middle.id, text="Varför: ny")
        stamp(g, "cause", deepest.id, T3)

    merge(base, group, backups=tmp_path / "backups")
    merge(group, base, backups=tmp_path / "backups")

    for path in (base, group):
        with ForumFile.open(path, read_only=True) as merged:
            assert {c.id for c in merged.causes.list()} == {top.id, middle.id, deepest.id}


def test_a_person_deleted_on_one_laptop_and_listed_later_on_the_other(
    base: Path, tmp_path: Path
) -> None:
    with ForumFile.open(base) as f:
        meeting = f.meetings.list()[0].id
        person = f.people.create(name="Sanna Berg").id
        f.attendance.create(meeting_id=meeting, person_id=person)
        later = f.meetings.create(title="Uppföljning", date="2026-12-04").id
        stamp_all(f, T1)
    group = copy(base, "group.samsyn")
    with ForumFile.open(base) as f:
        f.people.delete(person)
        stamp_deletion(f, T2)
    with ForumFile.open(group) as g:
        g.attendance.create(meeting_id=later, person_id=person)
        with g.db.transaction():
            g.db.execute("UPDATE attendance SET updated_at = ? WHERE meeting_id = ?", (T3, later))

    merge(base, group, backups=tmp_path / "backups")
    merge(group, base, backups=tmp_path / "backups")

    for path in (base, group):
        with ForumFile.open(path, read_only=True) as merged:
            assert merged.people.get(person).name == "Sanna Berg"
            assert [a.meeting_id for a in merged.attendance.list()] == [later]


def test_a_renamed_category_and_a_new_one_with_the_old_name(base: Path, tmp_path: Path) -> None:
    group = copy(base, "group.samsyn")
    with ForumFile.open(group) as g:
        old = next(c for c in g.categories.list() if c.name == "Kunskap och kompetens")
        g.categories.update(old.id, name="Kompetens")
        g.categories.create(name="Kunskap och kompetens")
        new = next(c for c in g.categories.list() if c.name == "Kunskap och kompetens")
        g.causes.create(gap_id=the_gap(g), text="Budgeten räcker inte", category_id=new.id)

    merge(base, group, backups=tmp_path / "backups")

    with ForumFile.open(base, read_only=True) as merged:
        names = {c.id: c.name for c in merged.categories.list()}
        assert names[old.id] == "Kompetens" and names[new.id] == "Kunskap och kompetens"
        cause = next(c for c in merged.causes.list() if c.text == "Budgeten räcker inte")
        assert cause.category_id == new.id


def test_rows_from_json_lose_to_the_groups_later_edits(base: Path, tmp_path: Path) -> None:
    group = copy(base, "group.samsyn")
    with ForumFile.open(group) as g:
        gap = g.gaps.create(meeting_id=g.meetings.list()[0].id, title="Utkast")
        write_dump(g.db, tmp_path / "group.json")
    merge(base, tmp_path / "group.json", backups=tmp_path / "backups")
    with ForumFile.open(group) as g:
        g.gaps.update(gap.id, title="Färdig formulering")

    merge(base, group, backups=tmp_path / "backups")

    with ForumFile.open(base, read_only=True) as merged:
        assert merged.gaps.get(gap.id).title == "Färdig formulering"


def test_another_forum_is_refused_before_any_backup(base: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.samsyn"
    ForumFile.create(other, "Ett annat forum").close()
    with pytest.raises(RuleViolation):
        merge(base, other, backups=tmp_path / "backups")
    assert not list((tmp_path / "backups").rglob("*.samsyn"))


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", storage_errors.EmptyFile),
        (b"PK\x03\x04 a Word document", storage_errors.NotSqliteFile),
    ],
)
def test_a_source_that_is_no_forum_file_is_told_so(
    base: Path, tmp_path: Path, content: bytes, expected: type
) -> None:
    wrong = tmp_path / "grupp1.samsyn"
    wrong.write_bytes(content)
    with pytest.raises(expected):
        merge(base, wrong, backups=tmp_path / "backups")


def test_merging_the_same_group_again_reports_nothing(base: Path, tmp_path: Path) -> None:
    """Group 1 tied an action to a cause that group 2 deleted: the action comes
    in without the link, and merging group 1 once more changes and says nothing.
    A change of the forum's own details is reported too."""
    one, two = copy(base, "grupp1.samsyn"), copy(base, "grupp2.samsyn")
    with ForumFile.open(one) as f:
        cause = f.causes.list()[0].id
        action = f.actions.create(
            meeting_id=f.meetings.list()[0].id, gap_id=the_gap(f), cause_id=cause, title="Rutin"
        )
        f.forum.update(goal="Färre glapp vid utskrivning")
        stamp_all(f, T2)
    with ForumFile.open(two) as f:
        f.causes.delete(cause)
        stamp_deletion(f, T3)
    backups = tmp_path / "backups"

    first = merge(base, one, two, backups=backups)

    assert first[0].rows("changed")["forum"] == 1
    assert "forumets uppgifter" in summary(first[0])
    with ForumFile.open(base, read_only=True) as f:
        assert f.actions.get(action.id).cause_id is None
    before = dump(base)
    (again,) = merge(base, one, backups=backups)
    assert not again.changed_anything, summary(again)
    assert again.counts["changed"] == 0
    assert dump(base) == before
