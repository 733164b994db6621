"""Every entity through the services, compared after close and reopen."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from conftest import namesake_pair

from app.errors import InvalidValue, NotFound, RuleViolation
from app.forum_file import ForumFile
from app.services.changes import Change
from storage import errors as storage_errors
from storage.records import record_fields

TRICKY = [
    "Vanlig text med å, ä och ö",
    "Skift+Enter\x0bi Word\x0c och \x00 nollbyte \x1f \ufffe",
    "Emoji 👵🏻🏥 och sammansatta 👨‍👩‍👧",
    "עברית och العربية blandat med svenska",
    "  inledande och avslutande blanksteg  ",
    "x" * 100_000,
]


def _build(ff: ForumFile, text: str) -> dict[str, Any]:
    """One of everything, every field set; returns the created objects."""
    ff.forum.update(name=text, area=text, goal=text, description=text)
    category = ff.categories.create(name="Egen kategori " + text[:20])
    org = ff.organisations.create(name=text, kind="municipality", unit=text)
    person = ff.people.create(
        name=text, title=text, organisation_id=org.id, email="a@example.se", phone=text
    )
    meeting = ff.meetings.create(
        title=text,
        date="2026-03-04",
        start="09:00",
        end="12:30",
        location=text,
        purpose=text,
        notes_taker_id=person.id,
        phase=3,
        next_date="2026-05-06",
        next_start="13:15",
        next_location=text,
        next_notes=text,
    )
    later = ff.meetings.create(title="Nästa", date="2026-05-06")
    facilitator = ff.facilitators.create(meeting_id=meeting.id, person_id=person.id)
    attendance = ff.attendance.create(meeting_id=meeting.id, person_id=person.id, status="excused")
    agenda = ff.agenda.create(meeting_id=meeting.id, title=text, minutes=45, notes=text)
    gap = ff.gaps.create(
        meeting_id=meeting.id,
        title=text,
        description=text,
        transition=text,
        target_group=text,
        votes=7,
        status="in_progress",
    )
    gap_org = ff.gap_organisations.create(gap_id=gap.id, organisation_id=org.id)
    cause = ff.causes.create(gap_id=gap.id, category_id=category.id, text=text, votes=3)
    why = ff.causes.create(gap_id=gap.id, parent_id=cause.id, text=text, votes=1)
    action = ff.actions.create(
        meeting_id=meeting.id,
        gap_id=gap.id,
        cause_id=why.id,
        owner_id=person.id,
        organisation_id=org.id,
        title=text,
        description=text,
        due="2026-06-30",
        status="ongoing",
        kind="routine",
        success_measure=text,
    )
    ff.followups.record(later.id, action.id, "delayed", text)
    decision = ff.notes.create(meeting_id=meeting.id, kind="decision", text=text)
    parked = ff.notes.create(meeting_id=meeting.id, kind="parked", text=text)
    other = ff.notes.create(meeting_id=meeting.id, kind="other", text=text)
    return {
        "category": category,
        "org": org,
        "person": person,
        "meeting": meeting,
        "facilitator": facilitator,
        "attendance": attendance,
        "agenda": agenda,
        "gap": gap,
        "gap_org": gap_org,
        "cause": cause,
        "why": why,
        "action": action,
        "decision": decision,
        "parked": parked,
        "other": other,
    }


def _stored(ff: ForumFile) -> dict[str, list[dict[str, Any]]]:
    services = {
        "forum": [ff.forum.get()],
        "categories": ff.categories.list(),
        "organisations": ff.organisations.list(),
        "people": ff.people.list(),
        "meetings": ff.meetings.list(),
        "facilitators": ff.facilitators.list(),
        "attendance": ff.attendance.list(),
        "agenda": ff.agenda.list(),
        "gaps": ff.gaps.list(),
        "gap_organisations": ff.gap_organisations.list(),
        "causes": ff.causes.list(),
        "actions": ff.actions.list(),
        "followups": ff.followups.list(),
        "notes": ff.notes.list(),
    }
    return {name: [_values(item) for item in items] for name, items in services.items()}


@pytest.mark.parametrize("text", TRICKY, ids=["plain", "control", "emoji", "rtl", "spaces", "100k"])
def test_every_entity_round_trips_through_the_file(forum_path: Path, text: str) -> None:
    with ForumFile.create(forum_path, "Forum") as ff:
        made = _build(ff, text)
        before = _stored(ff)
    with ForumFile.open(forum_path) as ff:
        after = _stored(ff)
        assert ff.actions.get(made["action"].id).status == "delayed"  # taken from the follow-up
        later = ff.meetings.list()[1]
        assert ff.followups.get(later.id, made["action"].id).note == text
    assert after == before
    assert after["forum"][0]["name"] == text
    for name in ("organisations", "people", "gaps", "actions", "notes"):
        assert after[name], name
    assert {c["text"] for c in after["causes"]} == {text}


def test_update_changes_only_named_fields_and_stamps_time(forum: ForumFile) -> None:
    meeting = forum.meetings.create(title="Träff", date="2026-01-10")
    gap = forum.gaps.create(meeting_id=meeting.id, title="Glapp", description="beskrivning")
    changed = forum.gaps.update(gap.id, votes=4)
    assert changed.votes == 4 and changed.description == "beskrivning"
    assert changed.updated_at >= gap.updated_at


@pytest.mark.parametrize(
    ("field", "value", "problem"),
    [
        ("title", "   ", "required"),
        ("date", "2026-02-30", "no_such_day"),
        ("date", "2026-2-3", "not_date"),
        ("date", "3 februari", "not_date"),
        ("start", "24:00", "not_time"),
        ("phase", 9, "not_phase"),
        ("notes_taker_id", "inte-ett-id", "not_id"),
        ("colour", "blå", "unknown_field"),
    ],
)
def test_invalid_values_are_refused(
    forum: ForumFile, field: str, value: object, problem: str
) -> None:
    values: dict[str, object] = {"title": "Träff", "date": "2026-01-10", field: value}
    with pytest.raises(InvalidValue) as caught:
        forum.meetings.create(**values)
    assert caught.value.problem == problem
    assert forum.meetings.list() == []


def test_lone_surrogate_is_refused_not_crashing(forum: ForumFile) -> None:
    with pytest.raises(InvalidValue):
        forum.organisations.create(name="Kommun \ud800")


def test_references_must_exist(forum: ForumFile) -> None:
    with pytest.raises(NotFound):
        forum.people.create(name="Ann", organisation_id="11111111-1111-4111-8111-111111111111")


def test_cause_rules(forum: ForumFile) -> None:
    meeting = forum.meetings.create(title="Träff", date="2026-01-10")
    gap_a = forum.gaps.create(meeting_id=meeting.id, title="A")
    gap_b = forum.gaps.create(meeting_id=meeting.id, title="B")
    root = forum.causes.create(gap_id=gap_a.id, text="Orsak")
    child = forum.causes.create(gap_id=gap_a.id, parent_id=root.id, text="Varför")
    grandchild = forum.causes.create(gap_id=gap_a.id, parent_id=child.id, text="Varför igen")
    with pytest.raises(RuleViolation, match="cause_parent_other_gap"):
        forum.causes.create(gap_id=gap_b.id, parent_id=root.id, text="Fel glapp")
    with pytest.raises(RuleViolation, match="cause_cycle"):
        forum.causes.update(root.id, parent_id=grandchild.id)
    assert forum.causes.get(root.id).parent_id is None
    with pytest.raises(RuleViolation, match="cause_move_gap"):
        forum.causes.update(root.id, gap_id=gap_b.id)
    assert forum.causes.get(child.id).gap_id == gap_a.id
    assert [c.id for c in forum.causes.children(root.id)] == [child.id]


def test_action_cause_must_be_in_its_gap_and_fills_the_gap(forum: ForumFile) -> None:
    meeting = forum.meetings.create(title="Träff", date="2026-01-10")
    gap_a = forum.gaps.create(meeting_id=meeting.id, title="A")
    gap_b = forum.gaps.create(meeting_id=meeting.id, title="B")
    cause = forum.causes.create(gap_id=gap_a.id, text="Orsak")
    action = forum.actions.create(meeting_id=meeting.id, cause_id=cause.id, title="Gör")
    assert action.gap_id == gap_a.id
    with pytest.raises(RuleViolation, match="cause_not_in_gap"):
        forum.actions.create(meeting_id=meeting.id, gap_id=gap_b.id, cause_id=cause.id, title="Fel")


def test_category_names_are_unique(forum: ForumFile) -> None:
    first = forum.categories.list()[0]
    with pytest.raises(RuleViolation, match="category_exists"):
        forum.categories.create(name=first.name)
    with pytest.raises(RuleViolation):
        forum.categories.update(forum.categories.list()[1].id, name=first.name)
    forum.categories.update(first.id, name=first.name)  # renaming to itself is fine


def test_organisation_names_are_unique_apart_from_case_and_spacing(forum: ForumFile) -> None:
    norrby = forum.organisations.create(name="Norrby kommun")
    other = forum.organisations.create(name="Vårdcentralen Ängsdal")
    with pytest.raises(RuleViolation, match="organisation_exists") as refused:
        forum.organisations.create(name=" norrby  KOMMUN")
    assert refused.value.detail == "Norrby kommun"  # the name as the forum spells it
    with pytest.raises(RuleViolation, match="organisation_exists"):
        forum.organisations.update(other.id, name="NORRBY KOMMUN")
    assert [o.name for o in forum.organisations.list()] == [
        "Norrby kommun",
        "Vårdcentralen Ängsdal",
    ]
    forum.organisations.update(norrby.id, name="Norrby Kommun")  # its own spelling may change
    forum.organisations.update(other.id, name="Vårdcentralen Ängsdal, Norrby")


def test_an_older_file_with_two_of_one_name_keeps_them_editable(forum: ForumFile) -> None:
    first = namesake_pair(forum)
    forum.organisations.update(first.id, unit="Hemtjänsten")
    forum.organisations.update("0" * 32, name="Norrby kommun")  # the same name, respelled
    with pytest.raises(RuleViolation):
        forum.organisations.create(name="Norrby kommun")
    forum.organisations.update(first.id, name="Norrby kommun, IFO")
    with pytest.raises(RuleViolation):
        forum.organisations.update(first.id, name="Norrby kommun")
    forum.organisations.put_back(first.id, name="Norrby kommun")  # undo: as it was
    assert sorted(o.name for o in forum.organisations.list()) == ["Norrby kommun"] * 2


def test_delete_and_restore_bring_back_the_same_rows(forum_path: Path) -> None:
    with ForumFile.create(forum_path, "Forum") as ff:
        made = _build(ff, "text")
        before = _stored(ff)
        removal = ff.gaps.delete(made["gap"].id)
        assert ff.causes.list() == []
        assert ff.actions.get(made["action"].id).gap_id is None
        assert ff.actions.get(made["action"].id).cause_id is None
        stones = {r["id"] for r in ff.db.query("SELECT id FROM tombstone")}
        assert {made["gap"].id, made["cause"].id, made["why"].id} <= stones
        ff.gaps.restore(removal)
    with ForumFile.open(forum_path) as ff:
        after = _stored(ff)
        assert ff.db.query("SELECT * FROM tombstone") == []

    def without_times(state: dict[str, list[dict[str, Any]]]) -> dict[str, Any]:
        return {
            k: [{f: v for f, v in row.items() if f != "updated_at"} for row in rows]
            for k, rows in state.items()
        }

    assert without_times(after) == without_times(before)


def test_deleting_a_person_keeps_actions_but_clears_the_owner(forum: ForumFile) -> None:
    meeting = forum.meetings.create(title="Träff", date="2026-01-10")
    person = forum.people.create(name="Ann")
    forum.attendance.create(meeting_id=meeting.id, person_id=person.id, status="present")
    action = forum.actions.create(meeting_id=meeting.id, title="Gör", owner_id=person.id)
    removal = forum.people.delete(person.id)
    assert forum.actions.get(action.id).owner_id is None
    assert forum.attendance.list(meeting_id=meeting.id) == []
    forum.people.restore(removal)
    assert forum.actions.get(action.id).owner_id == person.id
    assert forum.attendance.get(meeting.id, person.id).status == "present"


def test_reorder_within_scope(forum: ForumFile) -> None:
    meeting = forum.meetings.create(title="Träff", date="2026-01-10")
    items = [forum.agenda.create(meeting_id=meeting.id, title=f"Punkt {i}") for i in range(4)]
    other = forum.meetings.create(title="Annan", date="2026-02-10")
    stranger = forum.agenda.create(meeting_id=other.id, title="Annan punkt")
    assert forum.agenda.move(items[3].id, 0) == 3
    assert [a.title for a in forum.agenda.list(meeting_id=meeting.id)] == [
        "Punkt 3",
        "Punkt 0",
        "Punkt 1",
        "Punkt 2",
    ]
    forum.agenda.move(items[3].id, 99)
    assert [a.title for a in forum.agenda.list(meeting_id=meeting.id)][-1] == "Punkt 3"
    assert forum.agenda.get(stranger.id).position == 0


def test_changes_are_published(forum: ForumFile) -> None:
    seen: list[Change] = []
    unsubscribe = forum.changes.subscribe(seen.append)
    meeting = forum.meetings.create(title="Träff", date="2026-01-10")
    forum.meetings.update(meeting.id, title="Ny titel")
    forum.meetings.delete(meeting.id)
    unsubscribe()
    forum.meetings.create(title="Efter", date="2026-01-11")
    assert [(c.table, c.kind) for c in seen] == [
        ("meeting", "insert"),
        ("meeting", "update"),
        ("meeting", "delete"),
    ]


def test_read_only_forum_refuses_edits(forum_path: Path) -> None:
    ForumFile.create(forum_path, "Forum").close()
    with ForumFile.open(forum_path, read_only=True) as ff:
        with pytest.raises(storage_errors.ReadOnly):
            ff.organisations.create(name="Kommun")
        assert ff.organisations.list() == []


def test_followup_history_in_meeting_order(forum: ForumFile) -> None:
    first = forum.meetings.create(title="1", date="2026-01-10")
    third = forum.meetings.create(title="3", date="2026-09-10")
    second = forum.meetings.create(title="2", date="2026-05-10")
    action = forum.actions.create(meeting_id=first.id, title="Gör")
    forum.followups.record(third.id, action.id, "done", "klart")
    forum.followups.record(second.id, action.id, "ongoing", "på gång")
    forum.followups.record(second.id, action.id, "delayed", "försenad")  # corrected
    assert [(f.meeting_id, f.status) for f in forum.followups.history(action.id)] == [
        (second.id, "delayed"),
        (third.id, "done"),
    ]
    assert forum.actions.get(action.id).status == "done"  # the latest meeting's word


def _values(item: object) -> dict[str, object]:
    return {name: getattr(item, name) for name in record_fields(type(item))}
