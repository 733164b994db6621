"""Which meeting the minutes are of, and its number in the forum."""

from __future__ import annotations

from datetime import date

from app import model
from app.errors import NotFound, RuleViolation
from app.forum_file import ForumFile
from app.text_cleaning import is_blank
from storage.schema import TABLE_KEYS

LATEST = "latest"


def resolve_meeting(
    forum: ForumFile, which: str | None, *, today: date | None = None
) -> model.Meeting:
    """The meeting ``which`` names: an id, or "latest"/None for the latest one held.

    The latest is the last one in meeting order (date, start) not after today;
    when every meeting lies ahead, the first of them (the one being prepared).
    """
    if which is not None and which != LATEST:
        found = forum.meetings.find(which)
        if found is None:
            raise NotFound("meeting", which)
        return found
    meetings = forum.meetings.list()  # in meeting order
    if not meetings:
        raise RuleViolation("no_meetings")
    cutoff = (today or date.today()).isoformat()
    held = [m for m in meetings if m.date <= cutoff]
    return held[-1] if held else meetings[0]


def meeting_number(forum: ForumFile, meeting_id: str) -> int:
    """1 for the forum's first meeting in meeting order (date, start), and so on."""
    for index, meeting in enumerate(forum.meetings.list(), start=1):
        if meeting.id == meeting_id:
            return index
    raise NotFound("meeting", meeting_id)


def author(forum: ForumFile, meeting: model.Meeting) -> str:
    """Who the minutes are from: the first facilitator, else the notes taker, else ""."""
    people = {p.id: p.name for p in forum.people.list()}
    for facilitator in forum.facilitators.list(meeting_id=meeting.id):
        name = people.get(facilitator.person_id, "")
        if not is_blank(name):
            return name
    name = people.get(meeting.notes_taker_id or "", "")
    return "" if is_blank(name) else name


def last_change(forum: ForumFile) -> str:
    """When the forum's data last changed: the latest ``updated_at`` of any row or
    the latest deletion (UTC, ISO 8601). The same data give the same moment, so
    the minutes' properties and zip times do not depend on when they are made."""
    latest = [f"SELECT max(updated_at) AS moment FROM {key.table}" for key in TABLE_KEYS]
    latest.append("SELECT max(deleted_at) FROM tombstone")
    row = forum.db.query_one(f"SELECT max(moment) FROM ({' UNION ALL '.join(latest)})")
    return str(row[0]) if row is not None and row[0] is not None else ""
