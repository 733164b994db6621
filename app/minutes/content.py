"""What the minutes say, as plain ordered data already in the chosen language.

``gather`` (app.minutes.gather) fills these; the Word renderer and the e-mail
cover text only lay them out. Text is as stored: sanitising for Word happens
when it is written. An empty tuple or string means "leave the part out".
"""

from __future__ import annotations

from storage.records import record


@record
class Field:
    """One labelled line: "Datum  22 november 2026"."""

    label: str
    value: str


@record
class AttendanceGroup:
    """The people present from one organisation, each "Namn, titel"."""

    organisation: str
    people: tuple[str, ...]


@record
class AgendaEntry:
    number: int
    title: str
    notes: str


@record
class FollowUpRow:
    """An earlier action as followed up at this meeting (status and note of the follow-up)."""

    action: str
    owner: str
    organisation: str
    due: str
    status: str
    note: str


@record
class CauseLine:
    """A cause; ``depth`` 0 is a root cause, 1 its "why?", and so on."""

    text: str
    depth: int
    votes_text: str


@record
class CauseGroup:
    category: str
    causes: tuple[CauseLine, ...]


@record
class ActionRow:
    """One agreed action as the action list shows it; ``number`` is its Nr.

    ``due`` is the date as tables print it (YYYY-MM-DD, the Swedish standard form)
    or "" when none was set; ``status`` is the label in the chosen language.
    """

    number: int
    title: str
    description: str
    success_measure: str
    gap: str
    owner: str
    organisation: str
    due: str
    status: str


@record
class GapSection:
    number: int
    title: str
    votes_text: str
    description: str
    details: tuple[Field, ...]
    cause_groups: tuple[CauseGroup, ...]
    actions: tuple[ActionRow, ...]
    gap_id: str = ""  # which gap (the presentation view follows the one chosen)


@record
class NextMeeting:
    details: tuple[Field, ...]
    notes: str


@record
class MinutesContent:
    language: str
    title: str
    forum_name: str
    subject: str
    meeting_id: str
    meeting_title: str
    meeting_number: int
    date_text: str
    author: str
    header: tuple[Field, ...]
    present: tuple[AttendanceGroup, ...]
    excused: tuple[str, ...]
    absent: tuple[str, ...]
    purpose: str
    agenda: tuple[AgendaEntry, ...]
    followups: tuple[FollowUpRow, ...]
    gaps: tuple[GapSection, ...]
    actions: tuple[ActionRow, ...]
    decisions: tuple[str, ...]
    parked: tuple[str, ...]
    other_business: tuple[str, ...]
    next_meeting: NextMeeting | None
    # When the forum's data last changed (UTC ISO 8601): the document's date.
    changed_at: str = ""
