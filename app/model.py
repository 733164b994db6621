"""Plain domain objects: one frozen dataclass per stored entity.

Field names are the column names of the forum file, so rows map onto them
directly. Enumerations hold the stored values; their Swedish and English
labels live with the translations.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum, StrEnum


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


@dataclass(frozen=True, slots=True)
class ForumInfo:
    id: str
    name: str
    area: str
    goal: str
    description: str
    updated_at: str


@dataclass(frozen=True, slots=True)
class CauseCategory:
    id: str
    name: str
    position: int
    updated_at: str


@dataclass(frozen=True, slots=True)
class Organisation:
    id: str
    name: str
    kind: str | None
    unit: str
    position: int
    updated_at: str


@dataclass(frozen=True, slots=True)
class Person:
    id: str
    name: str
    title: str
    organisation_id: str | None
    email: str
    phone: str
    position: int
    updated_at: str


@dataclass(frozen=True, slots=True)
class Meeting:
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


@dataclass(frozen=True, slots=True)
class Facilitator:
    meeting_id: str
    person_id: str
    position: int
    updated_at: str


@dataclass(frozen=True, slots=True)
class Attendance:
    meeting_id: str
    person_id: str
    status: str
    position: int
    updated_at: str


@dataclass(frozen=True, slots=True)
class AgendaItem:
    id: str
    meeting_id: str
    title: str
    minutes: int | None
    notes: str
    position: int
    updated_at: str


@dataclass(frozen=True, slots=True)
class Gap:
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


@dataclass(frozen=True, slots=True)
class GapOrganisation:
    gap_id: str
    organisation_id: str
    position: int
    updated_at: str


@dataclass(frozen=True, slots=True)
class Cause:
    id: str
    gap_id: str
    parent_id: str | None
    category_id: str | None
    text: str
    votes: int
    position: int
    updated_at: str


@dataclass(frozen=True, slots=True)
class Action:
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


@dataclass(frozen=True, slots=True)
class FollowUp:
    meeting_id: str
    action_id: str
    status: str
    note: str
    position: int
    updated_at: str


@dataclass(frozen=True, slots=True)
class MeetingNote:
    """A decision, a parked question or an item of other business."""

    id: str
    meeting_id: str
    kind: str
    text: str
    position: int
    updated_at: str
