"""What each stored entity looks like to the services: fields, references, order."""

from __future__ import annotations

from app import model
from app import validation as v
from app.services.entity import EntitySpec
from storage import schema


def meeting_order(table: str = "", *, newest_first: bool = False) -> str:
    """The ORDER BY terms of meeting order, for ``table`` (an alias) if given.

    Same day: by start time, a meeting without one after those with one (a
    meeting added on the day of another, time not yet set, is the later one),
    then in the order they were made.
    """
    way = " DESC" if newest_first else ""
    prefix = f"{table}." if table else ""
    terms = ("date", "start IS NULL", "start", "rowid")
    return ", ".join(f"{prefix}{term}{way}" for term in terms)


ORGANISATION = EntitySpec(
    "organisation",
    model.Organisation,
    {
        "name": v.required_text,
        "kind": v.one_of(schema.ORGANISATION_KINDS, optional=True),
        "unit": v.text,
    },
    refs={},
)

PERSON = EntitySpec(
    "person",
    model.Person,
    {
        "name": v.required_text,
        "title": v.text,
        "organisation_id": v.reference,
        "email": v.text,
        "phone": v.text,
    },
    refs={"organisation_id": "organisation"},
)

CAUSE_CATEGORY = EntitySpec(
    "cause_category", model.CauseCategory, {"name": v.required_text}, refs={}
)

MEETING = EntitySpec(
    "meeting",
    model.Meeting,
    {
        "title": v.required_text,
        "date": v.required_date,
        "start": v.optional_time,
        "end": v.optional_time,
        "location": v.text,
        "purpose": v.text,
        "notes_taker_id": v.reference,
        "phase": lambda f, x: v.phase(f, 0 if x is None else x),
        "next_date": v.optional_date,
        "next_start": v.optional_time,
        "next_location": v.text,
        "next_notes": v.text,
    },
    refs={"notes_taker_id": "person"},
    list_by=meeting_order(),
)

FACILITATOR = EntitySpec(
    "meeting_facilitator",
    model.Facilitator,
    {"meeting_id": v.required_reference, "person_id": v.required_reference},
    refs={"meeting_id": "meeting", "person_id": "person"},
    scope=("meeting_id",),
)

ATTENDANCE = EntitySpec(
    "attendance",
    model.Attendance,
    {
        "meeting_id": v.required_reference,
        "person_id": v.required_reference,
        "status": lambda f, x: v.one_of(schema.ATTENDANCE_STATUSES)(f, x or "invited"),
    },
    refs={"meeting_id": "meeting", "person_id": "person"},
    scope=("meeting_id",),
)

AGENDA_ITEM = EntitySpec(
    "agenda_item",
    model.AgendaItem,
    {
        "meeting_id": v.required_reference,
        "title": v.required_text,
        "minutes": v.minutes,
        "notes": v.text,
    },
    refs={"meeting_id": "meeting"},
    scope=("meeting_id",),
)

GAP = EntitySpec(
    "gap",
    model.Gap,
    {
        "meeting_id": v.required_reference,
        "title": v.required_text,
        "description": v.text,
        "transition": v.text,
        "target_group": v.text,
        "votes": v.count,
        "status": lambda f, x: v.one_of(schema.GAP_STATUSES)(f, x or "open"),
    },
    refs={"meeting_id": "meeting"},
    scope=("meeting_id",),
)

GAP_ORGANISATION = EntitySpec(
    "gap_organisation",
    model.GapOrganisation,
    {"gap_id": v.required_reference, "organisation_id": v.required_reference},
    refs={"gap_id": "gap", "organisation_id": "organisation"},
    scope=("gap_id",),
)

CAUSE = EntitySpec(
    "cause",
    model.Cause,
    {
        "gap_id": v.required_reference,
        "parent_id": v.reference,
        "category_id": v.reference,
        "text": v.required_text,
        "votes": v.count,
    },
    refs={"gap_id": "gap", "parent_id": "cause", "category_id": "cause_category"},
    scope=("gap_id", "parent_id"),
)

ACTION = EntitySpec(
    "action",
    model.Action,
    {
        "meeting_id": v.required_reference,
        "gap_id": v.reference,
        "cause_id": v.reference,
        "owner_id": v.reference,
        "organisation_id": v.reference,
        "title": v.required_text,
        "description": v.text,
        "due": v.optional_date,
        "status": lambda f, x: v.one_of(schema.ACTION_STATUSES)(f, x or "not_started"),
        "kind": v.one_of(schema.ACTION_KINDS, optional=True),
        "success_measure": v.text,
    },
    refs={
        "meeting_id": "meeting",
        "gap_id": "gap",
        "cause_id": "cause",
        "owner_id": "person",
        "organisation_id": "organisation",
    },
)

FOLLOWUP = EntitySpec(
    "followup",
    model.FollowUp,
    {
        "meeting_id": v.required_reference,
        "action_id": v.required_reference,
        "status": v.one_of(schema.ACTION_STATUSES),
        "note": v.text,
    },
    refs={"meeting_id": "meeting", "action_id": "action"},
    scope=("meeting_id",),
)

MEETING_NOTE = EntitySpec(
    "meeting_note",
    model.MeetingNote,
    {
        "meeting_id": v.required_reference,
        "kind": v.one_of(schema.NOTE_KINDS),
        "text": v.required_text,
    },
    refs={"meeting_id": "meeting"},
    scope=("meeting_id", "kind"),
)
