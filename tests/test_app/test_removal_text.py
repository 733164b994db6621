"""What a delete takes with it, counted before (would_delete) and told after."""

from __future__ import annotations

from pathlib import Path

from conftest import sha256

from app.forum_file import ForumFile
from app.removal_text import (
    later_followups,
    later_followups_sentence,
    meeting_contents,
    removed_label,
    side_effects,
)


def _small_forum(forum: ForumFile) -> dict[str, str]:
    """Two meetings; Anna owns two actions of the first and attends both."""
    org = forum.organisations.create(name="Norrby kommun")
    anna = forum.people.create(name="Anna Andersson", organisation_id=org.id)
    first = forum.meetings.create(title="Träff 1", date="2026-03-02")
    second = forum.meetings.create(title="Träff 2", date="2026-04-06")
    for meeting in (first, second):
        forum.attendance.create(meeting_id=meeting.id, person_id=anna.id)
    gap = forum.gaps.create(meeting_id=first.id, title="Ingen kallar till SIP")
    cause = forum.causes.create(gap_id=gap.id, text="Oklart vem som äger frågan")
    forum.causes.create(gap_id=gap.id, parent_id=cause.id, text="Rutinen är gammal")
    action = forum.actions.create(
        meeting_id=first.id, gap_id=gap.id, cause_id=cause.id, owner_id=anna.id, title="Ny rutin"
    )
    forum.actions.create(meeting_id=first.id, owner_id=anna.id, title="Bjud in regionen")
    forum.followups.record(second.id, action.id, "ongoing", "Utkast klart")
    return {"org": org.id, "anna": anna.id, "first": first.id, "gap": gap.id, "cause": cause.id}


def test_deleting_a_person_tells_what_else_changed(forum: ForumFile) -> None:
    ids = _small_forum(forum)
    removal = forum.people.delete(ids["anna"])
    assert removed_label(removal) == "Anna Andersson"
    assert side_effects(removal) == [
        "Personen togs bort från deltagarlistan på 2 träffar.",
        "2 åtgärder saknar nu ansvarig.",
    ]


def test_deleting_an_organisation_tells_who_lost_it(forum: ForumFile) -> None:
    ids = _small_forum(forum)
    assert side_effects(forum.organisations.delete(ids["org"])) == [
        "1 person saknar nu organisation."
    ]


def test_deleting_a_gap_tells_of_its_causes_and_the_actions_left(forum: ForumFile) -> None:
    ids = _small_forum(forum)
    assert side_effects(forum.gaps.delete(ids["gap"])) == [
        "2 orsaker togs bort med glappet.",
        "1 åtgärd hör inte längre till något glapp.",
        "1 åtgärd hör inte längre till någon orsak.",
    ]


def test_deleting_a_cause_tells_of_the_answers_below_it(forum: ForumFile) -> None:
    ids = _small_forum(forum)
    assert side_effects(forum.causes.delete(ids["cause"])) == [
        "1 underliggande orsak togs också bort.",
        "1 åtgärd hör inte längre till någon orsak.",
    ]


def test_a_plain_delete_tells_nothing(forum: ForumFile) -> None:
    ids = _small_forum(forum)
    item = forum.agenda.create(meeting_id=ids["first"], title="Välkommen")
    assert side_effects(forum.agenda.delete(item.id)) == []


def test_a_meeting_is_counted_before_it_is_deleted(forum: ForumFile) -> None:
    ids = _small_forum(forum)
    removal = forum.meetings.would_delete(ids["first"])
    assert (
        meeting_contents(removal) == "1 person på deltagarlistan, 1 glapp, 2 orsaker och 2 åtgärder"
    )
    assert later_followups(removal) == 1  # made at Träff 2, of an action of Träff 1
    assert later_followups_sentence(removal) == (
        "Dessutom tas 1 uppföljning av träffens åtgärder bort från en senare träff."
    )
    assert forum.meetings.find(ids["first"]) is not None
    assert forum.meetings.delete(ids["first"]) == removal  # the count is what goes


def test_counting_writes_nothing(forum: ForumFile, forum_path: Path) -> None:
    ids = _small_forum(forum)
    forum.close()
    before = sha256(forum_path)
    with ForumFile.open(forum_path, read_only=True) as reopened:
        reopened.meetings.would_delete(ids["first"])
        reopened.people.would_delete(ids["anna"])
    assert sha256(forum_path) == before
