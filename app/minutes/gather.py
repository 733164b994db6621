"""One meeting of a forum file gathered into MinutesContent, in one language.

Each list is read once (``list`` / ``list_in``) and joined in memory, so a
large meeting costs a handful of queries, not one per row.

Every stored text reaches the content through ``_Gatherer.text``, which can
note it as a ShownText: that list is exactly what the minutes print, and the
privacy check of a meeting scans that list and nothing else.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from app import model
from app.dates_text import clock_time, long_date, time_span
from app.forum_file import ForumFile
from app.labels import STATUSES
from app.minutes import texts
from app.minutes.content import (
    ActionRow,
    AgendaEntry,
    AttendanceGroup,
    CauseGroup,
    CauseLine,
    Field,
    FollowUpRow,
    GapSection,
    MinutesContent,
    NextMeeting,
)
from app.minutes.meetings import author, last_change, meeting_number
from app.minutes.naming import minutes_subject
from app.minutes.tree import cause_tree
from app.text_cleaning import is_blank
from storage.records import record

_STATUS_SOURCE = {str(status): text for status, text in STATUSES}


@record
class ShownText:
    """A stored text the minutes print: field ``field`` of ``row`` in table ``table``."""

    table: str  # the storage table: "person", "gap", "meeting_note", …
    row: Any
    field: str


def _fields(pairs: Iterable[tuple[str, str]]) -> tuple[Field, ...]:
    return tuple(Field(label, value) for label, value in pairs if value)


class _Gatherer:
    def __init__(
        self,
        forum: ForumFile,
        meeting: model.Meeting,
        language: str,
        shown: list[ShownText] | None,
    ) -> None:
        self.forum = forum
        self.meeting = meeting
        self.words = texts.Words(language)
        self.shown = shown
        self.organisations = {o.id: o for o in forum.organisations.list()}
        self.people = {p.id: p for p in forum.people.list()}
        self.categories = forum.categories.list()

    def text(self, table: str, row: Any, field: str) -> str:
        """The stored text as the minutes print it: "" when it would print as nothing."""
        value: str = getattr(row, field)
        if is_blank(value):
            return ""
        if self.shown is not None:
            self.shown.append(ShownText(table, row, field))
        return value

    # -- look-ups -------------------------------------------------------------

    def person_name(self, person_id: str | None) -> str:
        person = self.people.get(person_id) if person_id else None
        return self.text("person", person, "name") if person else ""

    def organisation_name(self, organisation_id: str | None) -> str:
        organisation = self.organisations.get(organisation_id) if organisation_id else None
        return self.text("organisation", organisation, "name") if organisation else ""

    def action_organisation(self, action: model.Action) -> str:
        """The action's own organisation, else its owner's."""
        if action.organisation_id:
            return self.organisation_name(action.organisation_id)
        owner = self.people.get(action.owner_id) if action.owner_id else None
        return self.organisation_name(owner.organisation_id) if owner else ""

    def status(self, status: str) -> str:
        source = _STATUS_SOURCE.get(status)
        return self.words.status(source) if source else status

    # -- parts ------------------------------------------------------------------

    def header(self, number: int) -> tuple[Field, ...]:
        m, w = self.meeting, self.words
        title = self.text("meeting", m, "title").strip()
        # Most forums already write "Träff 4: …"; only add the number when it is missing.
        if not title:
            title = w(texts.MEETING_NUMBER).format(number=number)
        elif not re.match(rf"\D{{0,12}}(?<!\d){number}(?!\d)", title):
            title = w(texts.MEETING_NUMBERED).format(number=number, title=title)
        facilitators = [
            self.person_name(f.person_id) for f in self.forum.facilitators.list(meeting_id=m.id)
        ]
        return _fields(
            [
                (w(texts.MEETING), title),
                (w(texts.DATE), long_date(m.date, w.language)),
                (w(texts.TIME), time_span(m.start, m.end, w.language)),
                (w(texts.PLACE), self.text("meeting", m, "location")),
                (w(texts.NOTES_TAKER), self.person_name(m.notes_taker_id)),
                (w(texts.FACILITATORS), ", ".join(n for n in facilitators if n)),
            ]
        )

    def attendance(self) -> tuple[tuple[AttendanceGroup, ...], tuple[str, ...], tuple[str, ...]]:
        present: dict[str | None, list[str]] = defaultdict(list)
        excused: list[str] = []
        absent: list[str] = []
        for entry in self.forum.attendance.list(meeting_id=self.meeting.id):
            person = self.people.get(entry.person_id)
            if person is None:
                continue
            organisation_id = (
                person.organisation_id if person.organisation_id in self.organisations else None
            )
            if entry.status == model.AttendanceStatus.PRESENT:
                parts = (self.text("person", person, "name"), self.text("person", person, "title"))
                present[organisation_id].append(", ".join(p for p in parts if p))
            elif entry.status in (model.AttendanceStatus.EXCUSED, model.AttendanceStatus.ABSENT):
                name = self.text("person", person, "name")
                organisation = self.organisation_name(organisation_id)
                line = f"{name} ({organisation})" if organisation else name
                target = excused if entry.status == model.AttendanceStatus.EXCUSED else absent
                target.append(line)
        groups = [
            AttendanceGroup(self.text("organisation", o, "name"), tuple(present[o.id]))
            for o in self.organisations.values()
            if present.get(o.id)
        ]
        if present.get(None):
            groups.append(AttendanceGroup(self.words(texts.NO_ORGANISATION), tuple(present[None])))
        return tuple(groups), tuple(excused), tuple(absent)

    def agenda(self) -> tuple[AgendaEntry, ...]:
        entries: list[AgendaEntry] = []
        for item in self.forum.agenda.list(meeting_id=self.meeting.id):
            title = self.text("agenda_item", item, "title")
            notes = self.text("agenda_item", item, "notes")
            if title or notes:
                entries.append(AgendaEntry(len(entries) + 1, title, notes))
        return tuple(entries)

    def followups(self) -> tuple[FollowUpRow, ...]:
        followups = self.forum.followups.list(meeting_id=self.meeting.id)
        actions = {
            a.id: a for a in self.forum.actions.list_in("id", [f.action_id for f in followups])
        }
        rows = []
        for followup in followups:
            action = actions.get(followup.action_id)
            if action is None:
                continue
            rows.append(
                FollowUpRow(
                    action=self.text("action", action, "title"),
                    owner=self.person_name(action.owner_id),
                    organisation=self.action_organisation(action),
                    due=action.due or "",
                    status=self.status(followup.status),
                    note=self.text("followup", followup, "note"),
                )
            )
        return tuple(rows)

    def actions(self, actions: list[model.Action], gaps: list[model.Gap]) -> tuple[ActionRow, ...]:
        by_id = {gap.id: gap for gap in gaps}
        missing = {a.gap_id for a in actions if a.gap_id and a.gap_id not in by_id}
        # An action may answer a gap raised at an earlier meeting.
        by_id.update((gap.id, gap) for gap in self.forum.gaps.list_in("id", missing))
        rows = []
        for number, action in enumerate(actions, 1):
            gap = by_id.get(action.gap_id or "")
            rows.append(
                ActionRow(
                    number=number,
                    title=self.text("action", action, "title"),
                    description=self.text("action", action, "description"),
                    success_measure=self.text("action", action, "success_measure"),
                    gap=self.text("gap", gap, "title") if gap else "",
                    owner=self.person_name(action.owner_id),
                    organisation=self.action_organisation(action),
                    due=action.due or "",
                    status=self.status(action.status),
                )
            )
        return tuple(rows)

    def votes(self, votes: int) -> str:
        if votes <= 0:
            return ""
        if votes == 1:
            return self.words(texts.ONE_VOTE)
        return self.words(texts.VOTES).format(votes=votes)

    def cause_groups(self, causes: list[model.Cause]) -> tuple[CauseGroup, ...]:
        known = {c.id for c in self.categories}
        by_category: dict[str | None, list[CauseLine]] = defaultdict(list)
        key: str | None = None
        for cause, depth in cause_tree(causes):
            if depth == 0:  # a "why?" stays with its root cause's category
                key = cause.category_id if cause.category_id in known else None
            line = CauseLine(self.text("cause", cause, "text"), depth, self.votes(cause.votes))
            by_category[key].append(line)
        groups = [
            CauseGroup(self.text("cause_category", c, "name"), tuple(by_category[c.id]))
            for c in self.categories
            if by_category.get(c.id)
        ]
        if by_category.get(None):
            groups.append(CauseGroup(self.words(texts.UNCATEGORISED), tuple(by_category[None])))
        return tuple(groups)

    def gaps(
        self, gaps: list[model.Gap], actions: list[model.Action], rows: tuple[ActionRow, ...]
    ) -> tuple[GapSection, ...]:
        w = self.words
        # Numbered as the window numbers them (capture order), so "glapp 3" said in
        # the room is glapp 3 in the minutes; listed by votes (stable on ties).
        numbers = {gap.id: number for number, gap in enumerate(gaps, 1)}
        gaps = sorted(gaps, key=lambda g: -g.votes)
        ids = [g.id for g in gaps]
        causes: dict[str, list[model.Cause]] = defaultdict(list)
        for cause in self.forum.causes.list_in("gap_id", ids):
            causes[cause.gap_id].append(cause)
        involved: dict[str, list[str]] = defaultdict(list)
        for link in self.forum.gap_organisations.list_in("gap_id", ids):
            involved[link.gap_id].append(self.organisation_name(link.organisation_id))
        rows_by_gap: dict[str | None, list[ActionRow]] = defaultdict(list)
        for action, row in zip(actions, rows, strict=True):
            rows_by_gap[action.gap_id].append(row)
        sections = []
        for gap in gaps:
            details = _fields(
                [
                    (w(texts.TRANSITION), self.text("gap", gap, "transition")),
                    (w(texts.TARGET_GROUP), self.text("gap", gap, "target_group")),
                    # Semicolons: organisation names often hold commas themselves.
                    (w(texts.GAP_ORGANISATIONS), "; ".join(n for n in involved[gap.id] if n)),
                ]
            )
            sections.append(
                GapSection(
                    number=numbers[gap.id],
                    title=self.text("gap", gap, "title"),
                    votes_text=self.votes(gap.votes),
                    description=self.text("gap", gap, "description"),
                    details=details,
                    cause_groups=self.cause_groups(causes[gap.id]),
                    actions=tuple(rows_by_gap[gap.id]),
                    gap_id=gap.id,
                )
            )
        return tuple(sections)

    def notes(self, kind: model.NoteKind) -> tuple[str, ...]:
        notes = self.forum.notes.list(meeting_id=self.meeting.id, kind=str(kind))
        return tuple(text for n in notes if (text := self.text("meeting_note", n, "text")))

    def next_meeting(self) -> NextMeeting | None:
        m, w = self.meeting, self.words
        details = _fields(
            [
                (w(texts.DATE), long_date(m.next_date, w.language) if m.next_date else ""),
                (w(texts.TIME), clock_time(m.next_start, w.language) if m.next_start else ""),
                (w(texts.PLACE), self.text("meeting", m, "next_location")),
            ]
        )
        notes = self.text("meeting", m, "next_notes")
        return NextMeeting(details, notes) if details or notes else None


def gather(
    forum: ForumFile,
    meeting_id: str,
    language: str = "sv",
    *,
    shown: list[ShownText] | None = None,
) -> MinutesContent:
    """Everything the minutes of ``meeting_id`` say, in ``language`` ('sv' or 'en').

    With ``shown``, every stored text the minutes print is appended to it
    (a text printed twice is noted twice).
    """
    meeting = forum.meetings.get(meeting_id)
    g = _Gatherer(forum, meeting, language, shown)
    words = g.words
    number = meeting_number(forum, meeting.id)
    info = forum.forum.get()
    forum_name = g.text("forum", info, "name")
    header = g.header(number)
    present, excused, absent = g.attendance()
    gaps = forum.gaps.list(meeting_id=meeting.id)
    actions = forum.actions.list(meeting_id=meeting.id)
    rows = g.actions(actions, gaps)
    return MinutesContent(
        language=language,
        title=words(texts.TITLE),
        forum_name=forum_name,
        subject=minutes_subject(forum, meeting, language),
        meeting_id=meeting.id,
        meeting_title=meeting.title,
        meeting_number=number,
        date_text=long_date(meeting.date, language),
        author=author(forum, meeting),
        header=header,
        present=present,
        excused=excused,
        absent=absent,
        purpose=g.text("meeting", meeting, "purpose"),
        agenda=g.agenda(),
        followups=g.followups(),
        gaps=g.gaps(gaps, actions, rows),
        actions=rows,
        decisions=g.notes(model.NoteKind.DECISION),
        parked=g.notes(model.NoteKind.PARKED),
        other_business=g.notes(model.NoteKind.OTHER),
        next_meeting=g.next_meeting(),
        changed_at=last_change(forum),
    )
