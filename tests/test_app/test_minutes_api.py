"""Choosing the meeting, naming the file and the content the e-mail cover text uses."""

from __future__ import annotations

import re
from datetime import date, timedelta
from pathlib import Path

import pytest
from conftest import DEMO_TODAY

from app.errors import NotFound, RuleViolation
from app.forum_file import ForumFile
from app.minutes import (
    cover_actions,
    gather,
    meeting_number,
    minutes_file_name,
    minutes_subject,
    resolve_meeting,
)
from app.minutes.meetings import author


@pytest.fixture
def demo(demo_path: Path):  # type: ignore[no-untyped-def]
    with ForumFile.open(demo_path, read_only=True) as ff:
        yield ff


def test_no_meetings_is_a_rule_violation(forum: ForumFile) -> None:
    with pytest.raises(RuleViolation) as caught:
        resolve_meeting(forum, None)
    assert caught.value.rule == "no_meetings"


def test_unknown_id_is_not_found(demo: ForumFile) -> None:
    with pytest.raises(NotFound) as caught:
        resolve_meeting(demo, "00000000-0000-4000-8000-000000000000")
    assert caught.value.entity == "meeting"


def test_an_id_names_that_meeting(demo: ForumFile) -> None:
    first = demo.meetings.list()[0]
    assert resolve_meeting(demo, first.id) == first


def test_latest_is_the_last_meeting_not_after_today(demo: ForumFile) -> None:
    meetings = demo.meetings.list()  # held 330, 240, 120 and 14 days before DEMO_TODAY
    assert resolve_meeting(demo, "latest", today=DEMO_TODAY) == meetings[3]
    assert resolve_meeting(demo, None, today=DEMO_TODAY) == meetings[3]
    assert resolve_meeting(demo, None, today=DEMO_TODAY - timedelta(days=200)) == meetings[1]
    assert resolve_meeting(demo, None, today=DEMO_TODAY - timedelta(days=240)) == meetings[1]
    # All in the future: the earliest, the one being prepared.
    assert resolve_meeting(demo, None, today=DEMO_TODAY - timedelta(days=400)) == meetings[0]


def test_latest_breaks_a_same_day_tie_by_start_time(forum: ForumFile) -> None:
    afternoon = forum.meetings.create(title="Eftermiddag", date="2026-03-03", start="13:00")
    forum.meetings.create(title="Förmiddag", date="2026-03-03", start="09:00")
    forum.meetings.create(title="Sedan", date="2026-04-01")
    assert resolve_meeting(forum, "latest", today=date(2026, 3, 10)) == afternoon
    assert meeting_number(forum, afternoon.id) == 2


def test_file_name_and_subject(demo: ForumFile) -> None:
    meeting = demo.meetings.list()[3]
    name = minutes_file_name(demo, meeting, "sv")
    forum_name = demo.forum.get().name
    assert name == f"Minnesanteckningar {forum_name} {meeting.date}.docx"
    subject = minutes_subject(demo, meeting, "sv")
    day = date.fromisoformat(meeting.date)
    assert subject == f"Minnesanteckningar – {forum_name} – {day.day} november {day.year}"


def test_file_name_is_safe_on_windows(forum: ForumFile) -> None:
    forum.forum.update(name='Forum <a>:b "c"/d\\e|f?g*h\x01\n  ' + "x" * 300 + ". ")
    meeting = forum.meetings.create(title="Träff 1", date="2026-02-02")
    name = minutes_file_name(forum, meeting, "sv")
    assert not re.search(r'[<>:"/\\|?*\x00-\x1f]', name)
    # Control characters and line breaks are white space first, like every one-line text.
    assert name.startswith("Minnesanteckningar Forum -a--b -c--d-e-f-g-h xxx")
    assert name.endswith("x 2026-02-02.docx")
    assert len(name) <= 120


def test_gather_lists_the_actions_for_the_cover_text(demo: ForumFile) -> None:
    meeting = demo.meetings.list()[3]
    content = gather(demo, meeting.id, "sv")
    actions = demo.actions.list(meeting_id=meeting.id)
    assert [(a.number, a.title) for a in content.actions] == [
        (n, a.title) for n, a in enumerate(actions, 1)
    ]
    first = content.actions[0]
    owner = demo.people.get(actions[0].owner_id)
    assert first.owner == owner.name
    assert first.due == actions[0].due
    assert first.status == "Ej påbörjad"
    covered = cover_actions(content)
    assert [(c.number, c.title, c.owner, c.due) for c in covered] == [
        (a.number, a.title, a.owner, a.due) for a in content.actions
    ]
    assert content.author == author(demo, meeting) == content.header[-1].value.split(", ")[0]
    assert content.subject == minutes_subject(demo, meeting, "sv")


def test_header_adds_the_number_when_the_title_lacks_it(forum: ForumFile) -> None:
    forum.meetings.create(title="Träff 1: Start", date="2026-01-01")
    second = forum.meetings.create(title="Vårens träff", date="2026-03-01")
    header = gather(forum, second.id, "sv").header
    assert header[0].label == "Träff"
    assert header[0].value == "Träff 2: Vårens träff"
    first = forum.meetings.list()[0]
    assert gather(forum, first.id, "sv").header[0].value == "Träff 1: Start"


def test_causes_group_by_category_with_uncategorised_last(forum: ForumFile) -> None:
    meeting = forum.meetings.create(title="Träff 1", date="2026-01-01")
    gap = forum.gaps.create(meeting_id=meeting.id, title="G")
    categories = forum.categories.list()
    loose = forum.causes.create(gap_id=gap.id, text="Utan kategori")
    late = forum.causes.create(gap_id=gap.id, category_id=categories[2].id, text="Kunskap")
    early = forum.causes.create(gap_id=gap.id, category_id=categories[0].id, text="Kommunikation")
    forum.causes.create(gap_id=gap.id, parent_id=early.id, text="Varför 1")
    why = forum.causes.create(gap_id=gap.id, parent_id=late.id, text="Varför 2", votes=1)
    forum.causes.create(gap_id=gap.id, parent_id=why.id, text="Varför 3", votes=5)
    groups = gather(forum, meeting.id, "sv").gaps[0].cause_groups
    assert [g.category for g in groups] == [categories[0].name, categories[2].name, "Övrigt"]
    assert [(c.text, c.depth, c.votes_text) for c in groups[1].causes] == [
        ("Kunskap", 0, ""),
        ("Varför 2", 1, "1 röst"),
        ("Varför 3", 2, "5 röster"),
    ]
    assert [c.text for c in groups[2].causes] == [loose.text]
