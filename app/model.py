"""Plain domain objects: one frozen record (storage.records) per stored entity.

Field names are the column names of the forum file, so rows map onto them
directly. Enumerations hold the stored values; their Swedish and English
labels live with the translations.
"""

from __future__ import annotations

from enum import IntEnum, StrEnum

from storage.records import record


class ActionStatus(StrEnum):
    NOT_STARTED = "not_started"
    ONGOING = "ongoing"
    DONE = "done"
    DELAYED = "delayed"
    CANCELLED = "cancelled"


OPEN_ACTION_STATUSES = frozenset(
    {ActionStatus.NOT_STARTED, ActionStatus.ONGOING, ActionStatus.DELAYED}
)


class GapStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    RESOLVED = "resolved"
    PARKED = "parked"


class AttendanceStatus(StrEnum):
    INVITED = "invited"
    PRESENT = "present"
    EXCUSED = "excused"
    ABSENT = "absent"


class OrganisationKind(StrEnum):
    MUNICIPALITY = "municipality"
    REGION = "region"
    PRIVATE = "private"
    ASSOCIATION = "association"
    OTHER = "other"


class ActionKind(StrEnum):
    DEVELOPMENT = "development"
    COMPETENCE = "competence"
    INFORMATION = "information"
    ROUTINE = "routine"
    ESCALATION = "escalation"
    OTHER = "other"


class NoteKind(StrEnum):
    DECISION = "decision"
    PARKED = "parked"
    OTHER = "other"


class Phase(IntEnum):
    """Workshop phases in order (DOMAIN.md); stored as meeting.phase."""

    PREPARATION = 0
    OPENING = 1
    FOLLOW_UP = 2
    GAPS = 3
    PRIORITISE = 4
    CAUSES = 5
    ACTIONS = 6
    CLOSING = 7
    AFTER = 8


DEFAULT_CAUSE_CATEGORIES = (
    "Kommunikation och information",
    "Rutiner, riktlinjer och överenskommelser",
    "Kunskap och kompetens",
    "Organisation, ledning och resurser",
    "IT-stöd och teknik",
    "Omgivning och arbetsmiljö",
    "Den enskilde och närstående",
)


@record
class ForumInfo:
    """The forum itself: its name, area, goal and description."""

    id: str
    name: str
    area: str
    goal: str
    description: str
    updated_at: str


@record
class CauseCategory:
    """A fishbone category that root causes are sorted under."""

    id: str
    name: str
    position: int
    updated_at: str


@record
class Organisation:
    """A municipal or regional organisation (or a unit of one) taking part."""

    id: str
    name: str
    kind: str | None
    unit: str
    position: int
    updated_at: str


@record
class Person:
    """Someone who takes part in the forum, usually for an organisation."""

    id: str
    name: str
    title: str
    organisation_id: str | None
    email: str
    phone: str
    position: int
    updated_at: str


@record
class Meeting:
    """One workshop: when and where, its purpose, its phase and the next meeting."""

    id: str
    title: str
    date: str
    start: str | None
    end: str | None
    location: str
    purpose: str
    notes_taker_id: str | None
    phase: int
    next_date: str | None
    next_start: str | None
    next_location: str
    next_notes: str
    updated_at: str


@record
class Facilitator:
    """A person leading a meeting (samtalsledare)."""

    meeting_id: str
    person_id: str
    position: int
    updated_at: str


@record
class Attendance:
    """Whether a person attended a meeting, sent apologies or was invited."""

    meeting_id: str
    person_id: str
    status: str
    position: int
    updated_at: str


@record
class AgendaItem:
    """One item of a meeting's agenda, with its minutes and notes."""

    id: str
    meeting_id: str
    title: str
    minutes: int | None
    notes: str
    position: int
    updated_at: str


@record
class Gap:
    """A gap between organisations (glapp), found at a meeting."""

    id: str
    meeting_id: str
    title: str
    description: str
    transition: str
    target_group: str
    votes: int
    status: str
    position: int
    updated_at: str


@record
class GapOrganisation:
    """An organisation involved in a gap."""

    gap_id: str
    organisation_id: str
    position: int
    updated_at: str


@record
class Cause:
    """A root cause of a gap; ``parent_id`` makes a why-chain."""

    id: str
    gap_id: str
    parent_id: str | None
    category_id: str | None
    text: str
    votes: int
    position: int
    updated_at: str


@record
class Action:
    """An action agreed: who does what by when, and how success is seen."""

    id: str
    meeting_id: str
    gap_id: str | None
    cause_id: str | None
    owner_id: str | None
    organisation_id: str | None
    title: str
    description: str
    due: str | None
    status: str
    kind: str | None
    success_measure: str
    position: int
    updated_at: str


@record
class FollowUp:
    """An action's status as followed up at a later meeting."""

    meeting_id: str
    action_id: str
    status: str
    note: str
    position: int
    updated_at: str


@record
class MeetingNote:
    """A decision, a parked question or an item of other business."""

    id: str
    meeting_id: str
    kind: str
    text: str
    position: int
    updated_at: str
