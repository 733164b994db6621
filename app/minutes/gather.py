"""One meeting of a forum file gathered into MinutesContent, in one language.

Each list is read once (``list`` / ``list_in``) and joined in memory, so a
large meeting costs a handful of queries, not one per row.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

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

_STATUS_SOURCE = {str(status): text for status, text in STATUSES}


def _blank(text: str | None) -> bool:
    return not text or not text.strip()


def _fields(pairs: Iterable[tuple[str, str]]) -> tuple[Field, ...]:
    return tuple(Field(label, value) for label, value in pairs if not _blank(value))


class _Gatherer:
    def __init__(self, forum: ForumFile, meeting: model.Meeting, language: str) -> None:
        self.forum = forum
        self.meeting = meeting
        self.words = texts.Words(language)
        self.organisations = {o.id: o for o in forum.organisations.list()}
        self.people = {p.id: p for p in forum.people.list()}
        self.categories = forum.categories.list()

    # -- look-ups -------------------------------------------------------------

    def person_name(self, person_id: str | None) -> str:
        person = self.people.get(person_id) if person_id else None
        return person.name if person else ""

    def organisation_name(self, organisation_id: str | None) -> str:
        organisation = self.organisations.get(organisation_id) if organisation_id else None
        return organisation.name if organisation else ""

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
        title = m.title.strip()
        # Most forums already write "Träff 4: …"; only add the number when it is missing.
        if not re.match(rf"\D{{0,12}}(?<!\d){number}(?!\d)", title):
            title = w(texts.MEETING_NUMBERED).format(number=number, title=title)
        facilitators = [
            self.person_name(f.person_id) for f in self.forum.facilitators.list(meeting_id=m.id)
        ]
        return _fields(
            [
                (w(texts.MEETING), title),
                (w(texts.DATE), long_date(m.date, w.language)),
                (w(texts.TIME), time_span(m.start, m.end, w.language)),
                (w(texts.PLACE), m.location),
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
                line = f"{person.name}, {person.title}" if person.title.strip() else person.name
                present[organisation_id].append(line)
            elif entry.status in (model.AttendanceStatus.EXCUSED, model.AttendanceStatus.ABSENT):
                organisation = self.organisation_name(organisation_id)
                line = f"{person.name} ({organisation})" if organisation else person.name
                target = excused if entry.status == model.AttendanceStatus.EXCUSED else absent
                target.append(line)
        groups = [
            AttendanceGroup(o.name, tuple(present[o.id]))
            for o in self.organisations.values()
            if present.get(o.id)
        ]
        if present.get(None):
            groups.append(AttendanceGroup(self.words(texts.NO_ORGANISATION), tuple(present[None])))
        return tuple(groups), tuple(excused), tuple(absent)

    def agenda(self) -> tuple[AgendaEntry, ...]:
        items = self.forum.agenda.list(meeting_id=self.meeting.id)
        return tuple(AgendaEntry(i, item.title, item.notes) for i, item in enumerate(items, 1))

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
                    action=action.title,
                    owner=self.person_name(action.owner_id),
                    organisation=self.action_organisation(action),
                    due=action.due or "",
                    status=self.status(followup.status),
                    note=followup.note,
                )
            )
        return tuple(rows)

    def actions(
        self, actions: list[model.Action], gap_titles: dict[str, str]
    ) -> tuple[ActionRow, ...]:
        missing = {a.gap_id for a in actions if a.gap_id and a.gap_id not in gap_titles}
        # An action may answer a gap raised at an earlier meeting.
        titles = dict(gap_titles)
        titles.update((gap.id, gap.title) for gap in self.forum.gaps.list_in("id", missing))
        return tuple(
            ActionRow(
                number=number,
                title=action.title,
                description=action.description,
                success_measure=action.success_measure,
                gap=titles.get(action.gap_id or "", ""),
                owner=self.person_name(action.owner_id),
                organisation=self.action_organisation(action),
                due=action.due or "",
                status=self.status(action.status),
            )
            for number, action in enumerate(actions, 1)
        )

    def votes(self, votes: int) -> str:
        if votes <= 0:
            return ""
        if votes == 1:
            return self.words(texts.ONE_VOTE)
        return self.words(texts.VOTES).format(votes=votes)

    def cause_groups(self, causes: list[model.Cause]) -> tuple[CauseGroup, ...]:
        children: dict[str | None, list[model.Cause]] = defaultdict(list)
        for cause in causes:
            children[cause.parent_id].append(cause)

        def walk(cause: model.Cause, depth: int, into: list[CauseLine]) -> None:
            into.append(CauseLine(cause.text, depth, self.votes(cause.votes)))
            for child in children.get(cause.id, ()):
                walk(child, depth + 1, into)

        categories = self.categories
        known = {c.id for c in categories}
        by_category: dict[str | None, list[CauseLine]] = defaultdict(list)
        for root in children.get(None, ()):
            key = root.category_id if root.category_id in known else None
            walk(root, 0, by_category[key])
        groups = [CauseGroup(c.name, tuple(by_category[c.id])) for c in categories]
        groups.append(CauseGroup(self.words(texts.UNCATEGORISED), tuple(by_category[None])))
        return tuple(g for g in groups if g.causes)

    def gaps(
        self, gaps: list[model.Gap], actions: list[model.Action], rows: tuple[ActionRow, ...]
    ) -> tuple[GapSection, ...]:
        w = self.words
        gaps = sorted(gaps, key=lambda g: -g.votes)  # stable: equal votes keep their order
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
        for number, gap in enumerate(gaps, 1):
            details = _fields(
                [
                    (w(texts.TRANSITION), gap.transition),
                    (w(texts.TARGET_GROUP), gap.target_group),
                    # Semicolons: organisation names often hold commas themselves.
                    (w(texts.GAP_ORGANISATIONS), "; ".join(n for n in involved[gap.id] if n)),
                ]
            )
            sections.append(
                GapSection(
                    number=number,
                    title=gap.title,
                    votes_text=self.votes(gap.votes),
                    description=gap.description,
                    details=details,
                    cause_groups=self.cause_groups(causes[gap.id]),
                    actions=tuple(rows_by_gap[gap.id]),
                )
            )
        return tuple(sections)

    def notes(self, kind: model.NoteKind) -> tuple[str, ...]:
        notes = self.forum.notes.list(meeting_id=self.meeting.id, kind=str(kind))
        return tuple(n.text for n in notes if not _blank(n.text))

    def next_meeting(self) -> NextMeeting | None:
        m, w = self.meeting, self.words
        details = _fields(
            [
                (w(texts.DATE), long_date(m.next_date, w.language) if m.next_date else ""),
                (w(texts.TIME), clock_time(m.next_start, w.language) if m.next_start else ""),
                (w(texts.PLACE), m.next_location),
            ]
        )
        notes = "" if _blank(m.next_notes) else m.next_notes
        return NextMeeting(details, notes) if details or notes else None


def gather(forum: ForumFile, meeting_id: str, language: str = "sv") -> MinutesContent:
    """Everything the minutes of ``meeting_id`` say, in ``language`` ('sv' or 'en')."""
    meeting = forum.meetings.get(meeting_id)
    g = _Gatherer(forum, meeting, language)
    words = g.words
    number = meeting_number(forum, meeting.id)
    present, excused, absent = g.attendance()
    gaps = forum.gaps.list(meeting_id=meeting.id)
    actions = forum.actions.list(meeting_id=meeting.id)
    rows = g.actions(actions, {gap.id: gap.title for gap in gaps})
    forum_name = forum.forum.get().name
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
        header=g.header(number),
        present=present,
        excused=excused,
        absent=absent,
        purpose="" if _blank(meeting.purpose) else meeting.purpose,
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
