"""What the room sees of a meeting's phase, as plain ordered text.

Built from what the minutes gather (app.minutes.gather), so the projector
and the minutes agree, and masked: no e-mail address, phone number or
identity number reaches the screen (PRODUCT.md). Free text is shown as the
facilitator typed it, one line each; the window lays it out in large type.
"""

from __future__ import annotations

from app import model
from app.forum_file import ForumFile
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.minutes.content import GapSection, MinutesContent
from app.minutes.gather import gather
from app.privacy.masking import mask_contacts
from storage.records import record
from ui.models.agenda import agenda_rows
from ui.models.followups import followup_rows

MAX_LINES = 40  # a projector shows no more; the rest is counted


@record
class SlideLine:
    text: str
    aside: str = ""  # smaller, after the text: who, when, votes
    depth: int = 0  # a "why?" under its cause


@record
class SlideSection:
    heading: str
    lines: tuple[SlideLine, ...]


@record
class Slide:
    title: str  # the meeting
    phase: str  # the phase's name
    sections: tuple[SlideSection, ...]
    empty: str = ""  # said instead, when there is nothing to show yet
    subject: str = ""  # what the phase is about (Orsaker: the gap chosen)


def _joined(*parts: str) -> str:
    return " · ".join(part for part in parts if part)


class _Builder:
    def __init__(self, forum: ForumFile, meeting_id: str, language: str) -> None:
        self.forum = forum
        self.meeting_id = meeting_id
        self.content: MinutesContent = gather(forum, meeting_id, language)
        self.hidden = translate("Presentation", "[dolt]")

    def line(self, text: str, aside: str = "", depth: int = 0) -> SlideLine:
        first = " ".join(text.split())  # one line: a projector has no room for paragraphs
        return SlideLine(
            mask_contacts(first, self.hidden), mask_contacts(aside, self.hidden), depth
        )

    def section(self, heading: str, lines: list[SlideLine]) -> list[SlideSection]:
        if not lines:
            return []
        if len(lines) > MAX_LINES:
            more = len(lines) - MAX_LINES + 1
            lines = [
                *lines[: MAX_LINES - 1],
                SlideLine(translate("Presentation", "… och {n} till").format(n=more)),
            ]
        return [SlideSection(mask_contacts(heading, self.hidden), tuple(lines))]

    # -- one method per phase ----------------------------------------------------------

    def preparation(self) -> list[SlideSection]:
        c = self.content
        # Date, time and place (the header's meeting title is the slide's title).
        details = [self.line(f"{f.label}: {f.value}") for f in c.header[1:4] if f.value]
        agenda = [
            self.line(
                f"{row.starts}  {row.item.title}" if row.starts else row.item.title,
                translate("Presentation", "{n} min").format(n=row.item.minutes)
                if row.item.minutes
                else "",
            )
            for row in agenda_rows(self.forum, self.meeting_id)
            if row.item.title.strip()
        ]
        purpose = [self.line(text) for text in c.purpose.splitlines() if text.strip()]
        return [
            *self.section(translate("Presentation", "Träffen"), details),
            *self.section(translate("Presentation", "Syfte"), purpose),
            *self.section(translate("Presentation", "Dagordning"), agenda),
        ]

    def opening(self) -> list[SlideSection]:
        goal = self.forum.forum.get().goal
        return [
            *self.section(
                translate("Presentation", "Vårt gemensamma mål"),
                [self.line(t) for t in goal.splitlines() if t.strip()],
            ),
            *self.section(translate("Presentation", "Närvarande"), self._present()),
        ]

    def _present(self) -> list[SlideLine]:
        """Names by organisation (titles would not fit a projector's line)."""
        people = {p.id: p for p in self.forum.people.list()}
        names: dict[str, list[str]] = {}
        for entry in self.forum.attendance.list(meeting_id=self.meeting_id):
            person = people.get(entry.person_id)
            if person is not None and entry.status == model.AttendanceStatus.PRESENT:
                names.setdefault(person.organisation_id or "", []).append(person.name)
        lines = [
            self.line(", ".join(names.pop(o.id)), o.name)
            for o in self.forum.organisations.list()
            if o.id in names
        ]
        rest = [name for left in names.values() for name in left]  # no (known) organisation
        if rest:
            lines.append(self.line(", ".join(rest)))
        return lines

    def follow_up(self) -> list[SlideSection]:
        from app.labels import status_label

        lines = [
            self.line(
                row.action.title,
                _joined(
                    row.owner, row.organisation, row.action.due or "", status_label(row.status_now)
                ),
            )
            for row in followup_rows(self.forum, self.meeting_id)
        ]
        return self.section(translate("Presentation", "Åtgärder att följa upp"), lines)

    def gaps(self) -> list[SlideSection]:
        lines = [  # numbered as the window and the vote list number them
            self.line(f"{number}. {gap.title}", _joined(gap.transition, gap.target_group))
            for number, gap in enumerate(self.forum.gaps.list(meeting_id=self.meeting_id), 1)
        ]
        return self.section("", lines)  # the phase's name says it

    def prioritise(self) -> list[SlideSection]:
        lines = [self.line(f"{g.number}. {g.title}", g.votes_text) for g in self.content.gaps]
        return self.section(translate("Presentation", "Glapp i röstordning"), lines)

    def causes(self, gap: GapSection | None) -> list[SlideSection]:
        if gap is None:
            return []
        sections: list[SlideSection] = []
        for group in gap.cause_groups:
            lines = [self.line(c.text, c.votes_text, c.depth) for c in group.causes]
            sections += self.section(group.category, lines)
        return sections

    def chosen_gap(self, gap_id: str | None) -> GapSection | None:
        for gap in self.content.gaps:
            if gap.gap_id == gap_id:
                return gap
        return next((g for g in self.content.gaps if g.cause_groups), None)

    def actions(self) -> list[SlideSection]:
        lines = [
            self.line(f"{a.number}. {a.title}", _joined(a.owner, a.organisation, a.due))
            for a in self.content.actions
        ]
        return self.section("", lines)  # the phase's name says it

    def closing(self) -> list[SlideSection]:
        c = self.content
        next_lines = []
        if c.next_meeting is not None:
            next_lines = [self.line(f"{f.label}: {f.value}") for f in c.next_meeting.details]
            if c.next_meeting.notes.strip():
                next_lines.append(self.line(c.next_meeting.notes))
        return [
            *self.section(translate("Presentation", "Beslut"), [self.line(t) for t in c.decisions]),
            *self.section(
                translate("Presentation", "Parkerade frågor"), [self.line(t) for t in c.parked]
            ),
            *self.section(
                translate("Presentation", "Övriga frågor"), [self.line(t) for t in c.other_business]
            ),
            *self.section(translate("Presentation", "Nästa träff"), next_lines),
        ]


_EMPTY = {
    model.Phase.PREPARATION: QT_TRANSLATE_NOOP("Presentation", "Ingen dagordning ännu."),
    model.Phase.OPENING: QT_TRANSLATE_NOOP(
        "Presentation", "Ingen närvaro eller gemensamt mål ännu."
    ),
    model.Phase.FOLLOW_UP: QT_TRANSLATE_NOOP(
        "Presentation", "Inga öppna åtgärder från tidigare träffar."
    ),
    model.Phase.GAPS: QT_TRANSLATE_NOOP("Presentation", "Inga glapp ännu."),
    model.Phase.PRIORITISE: QT_TRANSLATE_NOOP("Presentation", "Inga glapp att prioritera ännu."),
    model.Phase.CAUSES: QT_TRANSLATE_NOOP("Presentation", "Inga orsaker ännu."),
    model.Phase.ACTIONS: QT_TRANSLATE_NOOP("Presentation", "Inga åtgärder ännu."),
    model.Phase.CLOSING: QT_TRANSLATE_NOOP("Presentation", "Inga beslut eller nästa träff ännu."),
}


def build_slide(
    forum: ForumFile,
    meeting_id: str,
    phase: int,
    phase_name: str,
    *,
    gap_id: str | None = None,
    language: str = "sv",
) -> Slide:
    """The slide of ``phase`` of ``meeting_id``; ``gap_id``: the gap chosen on
    the causes page (else the first with causes)."""
    b = _Builder(forum, meeting_id, language)
    which = model.Phase(min(phase, model.Phase.CLOSING))  # a meeting left "after": its closing
    gap = b.chosen_gap(gap_id) if which == model.Phase.CAUSES else None
    build = {
        model.Phase.PREPARATION: b.preparation,
        model.Phase.OPENING: b.opening,
        model.Phase.FOLLOW_UP: b.follow_up,
        model.Phase.GAPS: b.gaps,
        model.Phase.PRIORITISE: b.prioritise,
        model.Phase.CAUSES: lambda: b.causes(gap),
        model.Phase.ACTIONS: b.actions,
        model.Phase.CLOSING: b.closing,
    }[which]
    sections = tuple(build())
    title = b.line(b.content.meeting_title or b.content.header[0].value).text
    empty = "" if sections else translate("Presentation", _EMPTY[which])
    return Slide(title, phase_name, sections, empty, b.line(gap.title).text if gap else "")
