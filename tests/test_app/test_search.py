"""Search across all meetings (app.search): what is found, in what order, and fresh."""

from __future__ import annotations

import sqlite3
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.forum_file import ForumFile
from app.model import Phase
from app.search import MAX_HITS, ForumSearch, HitKind, search_forum


@pytest.fixture
def forum(tmp_path: Path) -> Iterator[ForumFile]:
    """Two meetings, the older made last; every kind of item holds "trygg"."""
    with ForumFile.create(tmp_path / "sok.samsyn", "Sökforum") as ff:
        new = ff.meetings.create(title="Träff 2", date="2026-11-20")
        old = ff.meetings.create(title="Träff 1", date="2026-03-02")
        gap = ff.gaps.create(
            meeting_id=old.id,
            title="Hemgång utan plan",
            description="Ingen visste vem som skulle ringa hemtjänsten före hemgång, så "
            "patienten kom hem till ett kallt hus utan mat, och natten blev otrygg.",
        )
        ff.causes.create(gap_id=gap.id, text="Otydligt ANSVAR för tryggheten")
        action = ff.actions.create(
            meeting_id=old.id, gap_id=gap.id, title="Checklista för trygg hemgång"
        )
        ff.followups.record(new.id, action.id, "ongoing", "Checklistan prövas; tryggare nätter")
        ff.notes.create(meeting_id=new.id, kind="decision", text="Trygg hemgång blir ett mål")
        ff.notes.create(meeting_id=new.id, kind="parked", text="Vem äger trygghetslarmen?")
        ff.notes.create(meeting_id=old.id, kind="other", text="Studiebesök om trygghet")
        ff.gaps.create(meeting_id=new.id, title="Läkemedelslistan saknas")
        yield ff


def _kinds(result_hits: list) -> list[tuple[str, HitKind]]:  # type: ignore[type-arg]
    return [(hit.meeting_title, hit.kind) for hit in result_hits]


def test_every_kind_is_found_newest_meeting_first_then_in_phase_order(forum: ForumFile) -> None:
    result = search_forum(forum.db, "trygg")
    assert _kinds(result.hits) == [
        ("Träff 2", HitKind.FOLLOWUP),
        ("Träff 2", HitKind.DECISION),
        ("Träff 2", HitKind.PARKED),
        ("Träff 1", HitKind.GAP),
        ("Träff 1", HitKind.CAUSE),
        ("Träff 1", HitKind.ACTION),
        ("Träff 1", HitKind.OTHER),
    ]
    assert result.total == 7
    phases = [hit.phase for hit in result.hits]
    assert phases[0] == Phase.FOLLOW_UP and phases[3:6] == [Phase.GAPS, Phase.CAUSES, Phase.ACTIONS]
    cause = result.hits[4]
    (gap,) = [g for g in forum.gaps.list() if g.title == "Hemgång utan plan"]
    assert cause.gap_id == gap.id and result.hits[3].item_id == gap.id


def test_case_and_composed_or_decomposed_letters_do_not_matter(forum: ForumFile) -> None:
    assert [h.kind for h in search_forum(forum.db, "ANSVAR").hits] == [HitKind.CAUSE]
    assert [h.kind for h in search_forum(forum.db, "ansvar").hits] == [HitKind.CAUSE]
    decomposed = unicodedata.normalize("NFD", "LÄKEMEDELSLISTAN")
    assert decomposed != "LÄKEMEDELSLISTAN"
    assert [h.text for h in search_forum(forum.db, decomposed).hits] == ["Läkemedelslistan saknas"]


def test_every_word_must_be_there_in_any_order(forum: ForumFile) -> None:
    assert [h.kind for h in search_forum(forum.db, "hemgång checklista").hits] == [HitKind.ACTION]
    assert [h.kind for h in search_forum(forum.db, "checklista hemgång").hits] == [HitKind.ACTION]
    assert search_forum(forum.db, "checklista läkemedel").total == 0
    assert search_forum(forum.db, "   ").hits == []


def test_a_word_in_a_longer_field_shows_where_it_was_found(forum: ForumFile) -> None:
    (hit,) = search_forum(forum.db, "kallt").hits
    assert hit.kind is HitKind.GAP and hit.text == "Hemgång utan plan"
    assert "kallt hus" in hit.excerpt
    # A title that holds every word needs no excerpt.
    (titled,) = search_forum(forum.db, "utan plan").hits
    assert titled.excerpt == ""


def test_a_follow_up_is_found_by_its_note_and_shows_it(forum: ForumFile) -> None:
    (hit,) = search_forum(forum.db, "prövas").hits
    assert hit.kind is HitKind.FOLLOWUP and hit.meeting_title == "Träff 2"
    assert hit.text == "Checklista för trygg hemgång"  # the action followed up
    assert hit.excerpt == "Checklistan prövas; tryggare nätter"
    # The action's own title finds the action, not each follow-up again.
    assert [h.kind for h in search_forum(forum.db, "checklista för").hits] == [HitKind.ACTION]


def test_at_most_the_limit_is_listed_but_all_are_counted(forum: ForumFile) -> None:
    meeting = forum.meetings.list()[0]
    for number in range(MAX_HITS + 5):
        forum.gaps.create(meeting_id=meeting.id, title=f"Glapp nummer {number}")
    result = search_forum(forum.db, "nummer")
    assert result.total == MAX_HITS + 5
    assert len(result.hits) == MAX_HITS
    assert result.hits[0].text == "Glapp nummer 0"  # as the page lists them


def test_a_kept_search_sees_edits_made_since(forum: ForumFile, tmp_path: Path) -> None:
    searcher = ForumSearch(forum.db)
    assert searcher.search("ny").total == 0
    meeting = forum.meetings.list()[0]
    forum.gaps.create(meeting_id=meeting.id, title="Ny rutin")  # this connection
    assert [h.text for h in searcher.search("ny").hits] == ["Ny rutin"]

    other = sqlite3.connect(forum.db.path)  # another program, or a merge
    other.execute("UPDATE gap SET title = 'Gammal rutin' WHERE title = 'Ny rutin'")
    other.commit()
    other.close()
    assert searcher.search("ny").total == 0
    assert searcher.search("gammal").total == 1


def test_the_excerpt_holds_the_word_even_after_letters_that_fold_longer(
    forum: ForumFile,
) -> None:
    meeting = forum.meetings.list()[0]
    forum.gaps.create(
        meeting_id=meeting.id, title="Gatan", description="ß" * 70 + " målbilden saknas"
    )
    (hit,) = search_forum(forum.db, "målbilden").hits
    assert "målbilden" in hit.excerpt


def test_hits_follow_the_sidebars_meeting_order_on_one_day(tmp_path: Path) -> None:
    """A meeting without a start time is the later one of its day, as listed."""
    with ForumFile.create(tmp_path / "f.samsyn", "Testforum") as forum:
        morning = forum.meetings.create(title="Träff 2", date="2026-11-23", start="09:30")
        later = forum.meetings.create(title="Träff 3", date="2026-11-23")
        forum.gaps.create(meeting_id=morning.id, title="Rutin saknas A")
        forum.gaps.create(meeting_id=later.id, title="Rutin saknas B")
        hits = search_forum(forum.db, "rutin")
    assert [h.meeting_title for h in hits.hits] == ["Träff 3", "Träff 2"]
