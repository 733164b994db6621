"""MinutesContent written as a Word document (.docx bytes).

The body is built as WordprocessingML text section by section (see ooxml.py)
and poured into python-docx's document with the styles, numbering and footer
(package.py). An empty part of the content leaves no trace: no heading, no table.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime

from app.minutes import texts
from app.minutes.content import ActionRow, Field, MinutesContent
from app.minutes.ooxml import (
    MUTED_COLOUR,
    Para,
    Table,
    field,
    paragraph,
    run,
    table,
)
from app.minutes.package import write_package
from app.minutes.styles import BULLETS_NUM_ID, LIST_INDENT, NUMBERED_NUM_ID, TEXT_WIDTH

# Column widths in twips; each set adds up to TEXT_WIDTH (9638, A4 less 2 x 20 mm).
FIELD_COLUMNS = (2268, TEXT_WIDTH - 2268)
ATTENDANCE_COLUMNS = (3402, TEXT_WIDTH - 3402)
FOLLOW_UP_COLUMNS = (2250, 1250, 1550, 1150, 1200, 2238)
ACTION_COLUMNS = (600, 2400, 1600, 1200, 1538, 1150, 1150)
_SMALL = 17  # half-points: 8.5 pt for descriptions under a title in a table
_MAX_LIST_LEVEL = 8


def _heading(text: str, level: int) -> str:
    return paragraph(run(text), Para(style=f"Heading{level}"))


def _bullet(runs: str, level: int = 0) -> str:
    numbering = (BULLETS_NUM_ID, min(level, _MAX_LIST_LEVEL))
    return paragraph(runs, Para(style="ListParagraph", numbering=numbering))


def _cell_text(text: str, *, bold: bool = False) -> str:
    return paragraph(run(text, bold=bold), Para(style="TableText"))


def _cell_note(text: str, label: str = "") -> str:
    """Smaller, grey text under a title in the same cell; ``label`` in bold before it."""
    lead = run(f"{label}: ", bold=True, size=_SMALL, colour=MUTED_COLOUR) if label else ""
    body = run(text, size=_SMALL, colour=MUTED_COLOUR)
    return paragraph(lead + body, Para(style="TableText", space_before=30))


def _fields_table(fields: Sequence[Field]) -> str:
    """Label and value side by side, without borders: the header block."""
    rows = []
    for index, f in enumerate(fields):
        # Keep-with-next in every row but the last holds the block on one page.
        tight = Para(space_after=20, keep_next=index < len(fields) - 1)
        rows.append(
            (
                paragraph(run(f.label, bold=True, colour=MUTED_COLOUR), tight),
                paragraph(run(f.value), tight),
            )
        )
    return table(Table(FIELD_COLUMNS, borders=False), rows)


class _Body:
    def __init__(self, content: MinutesContent) -> None:
        self.c = content
        self.words = texts.Words(content.language)

    def parts(self) -> Iterator[str]:
        yield from self.title()
        yield from self.attendance()
        yield from self.agenda()
        yield from self.followups()
        yield from self.gaps()
        yield from self.action_list()
        yield from self.notes()
        yield from self.next_meeting()

    def title(self) -> Iterator[str]:
        yield paragraph(run(self.c.title), Para(style="Title"))
        if self.c.forum_name:
            yield paragraph(run(self.c.forum_name), Para(style="Subtitle"))
        if self.c.header:
            yield _fields_table(self.c.header)

    def attendance(self) -> Iterator[str]:
        w = self.words
        if self.c.present:
            yield _heading(w(texts.PRESENT), 1)
            spec = Table(
                ATTENDANCE_COLUMNS,
                header=(w.column(texts.COL_ORGANISATION), w.column(texts.COL_PEOPLE)),
            )
            rows = [
                (_cell_text(g.organisation, bold=True), "".join(_cell_text(p) for p in g.people))
                for g in self.c.present
            ]
            yield table(spec, rows)
        # Under "Närvarande" when there is one; on their own otherwise.
        level = 2 if self.c.present else 1
        for heading, names in ((texts.EXCUSED, self.c.excused), (texts.ABSENT, self.c.absent)):
            if names:
                yield _heading(w(heading), level)
                yield from (_bullet(run(name)) for name in names)

    def agenda(self) -> Iterator[str]:
        w = self.words
        if self.c.purpose:
            yield _heading(w(texts.PURPOSE), 1)
            yield paragraph(run(self.c.purpose))
        if self.c.agenda:
            yield _heading(w(texts.AGENDA), 1)
            for item in self.c.agenda:
                numbered = Para(style="ListParagraph", numbering=(NUMBERED_NUM_ID, 0))
                yield paragraph(run(item.title), numbered)
                if item.notes.strip():
                    under = Para(style="ListParagraph", indent_left=LIST_INDENT, space_after=80)
                    yield paragraph(run(item.notes, colour=MUTED_COLOUR), under)

    def followups(self) -> Iterator[str]:
        if not self.c.followups:
            return
        w = self.words
        yield _heading(w(texts.FOLLOW_UP), 1)
        header = [
            w.column(t)
            for t in (
                texts.COL_ACTION,
                texts.COL_OWNER,
                texts.COL_ORGANISATION,
                texts.COL_DUE,
                texts.COL_STATUS,
                texts.COL_COMMENT,
            )
        ]
        rows = [
            tuple(_cell_text(v) for v in (f.action, f.owner, f.organisation, f.due, f.status))
            + (_cell_text(f.note),)
            for f in self.c.followups
        ]
        yield table(Table(FOLLOW_UP_COLUMNS, header=header), rows)

    def gaps(self) -> Iterator[str]:
        if not self.c.gaps:
            return
        w = self.words
        yield _heading(w(texts.GAPS), 1)
        numbers = [gap.number for gap in self.c.gaps]
        if numbers != sorted(numbers):  # the votes changed the order: say why
            yield paragraph(run(w(texts.GAPS_BY_VOTES)), Para(style="Note"))
        for gap in self.c.gaps:
            yield _heading(w(texts.GAP_HEADING).format(number=gap.number, title=gap.title), 2)
            if gap.votes_text:
                yield paragraph(run(gap.votes_text), Para(style="Note"))
            if gap.description.strip():
                yield paragraph(run(gap.description))
            for detail in gap.details:
                label = run(f"{detail.label}: ", bold=True, colour=MUTED_COLOUR)
                yield paragraph(label + run(detail.value), Para(space_after=40))
            if gap.cause_groups:
                yield _heading(w(texts.CAUSES), 3)
                for group in gap.cause_groups:
                    yield paragraph(run(group.category), Para(style="Lead"))
                    for cause in group.causes:
                        votes = f" ({cause.votes_text})" if cause.votes_text else ""
                        runs = run(cause.text) + (run(votes, colour=MUTED_COLOUR) if votes else "")
                        yield _bullet(runs, cause.depth)
            if gap.actions:
                yield _heading(w(texts.GAP_ACTIONS), 3)
                for action in gap.actions:
                    yield _bullet(self.action_reference(action))

    def action_reference(self, action: ActionRow) -> str:
        text = self.words(texts.ACTION_REFERENCE).format(number=action.number, title=action.title)
        who = action.owner or action.organisation
        if action.owner and action.organisation:
            who = f"{action.owner} ({action.organisation})"
        return run(text) + (run(f" \u2013 {who}", colour=MUTED_COLOUR) if who else "")

    def action_list(self) -> Iterator[str]:
        if not self.c.actions:
            return
        w = self.words
        yield _heading(w(texts.ACTION_LIST), 1)
        header = [
            w.column(t)
            for t in (
                texts.COL_NUMBER,
                texts.COL_ACTION,
                texts.COL_GAP,
                texts.COL_OWNER,
                texts.COL_ORGANISATION,
                texts.COL_DUE,
                texts.COL_STATUS,
            )
        ]
        measure = w(texts.MEASURE)
        rows = []
        for a in self.c.actions:
            what = _cell_text(a.title)
            if a.description.strip():
                what += _cell_note(a.description)
            if a.success_measure.strip():
                what += _cell_note(a.success_measure, measure)
            rows.append(
                (_cell_text(str(a.number)), what)
                + tuple(_cell_text(v) for v in (a.gap, a.owner, a.organisation, a.due, a.status))
            )
        yield table(Table(ACTION_COLUMNS, header=header), rows)

    def notes(self) -> Iterator[str]:
        w = self.words
        for heading, items in (
            (texts.DECISIONS, self.c.decisions),
            (texts.PARKED, self.c.parked),
            (texts.OTHER_BUSINESS, self.c.other_business),
        ):
            if items:
                yield _heading(w(heading), 1)
                yield from (_bullet(run(item)) for item in items)

    def next_meeting(self) -> Iterator[str]:
        nxt = self.c.next_meeting
        if nxt is None:
            return
        yield _heading(self.words(texts.NEXT_MEETING), 1)
        if nxt.details:
            yield _fields_table(nxt.details)
        if nxt.notes:
            yield paragraph(run(nxt.notes), Para(space_before=120))


def _footer(content: MinutesContent, no_identity_numbers: bool) -> str:
    """Subject and "Sida X av Y" on one line, the public-record note under it."""
    words = texts.Words(content.language)
    page_of = []
    for piece in re.split(r"(\{page\}|\{pages\})", words(texts.PAGE_OF)):
        if piece == "{page}":
            page_of.append(field("PAGE"))
        elif piece == "{pages}":
            page_of.append(field("NUMPAGES"))
        elif piece:
            page_of.append(run(piece))
    first = paragraph(
        [run(content.subject), run("\t"), *page_of],
        Para(style="Footer", tab_right=TEXT_WIDTH, border_top=True),
    )
    note = texts.PUBLIC_RECORD if no_identity_numbers else texts.PUBLIC_RECORD_UNCHECKED
    second = paragraph(run(words(note), italic=True), Para(style="Footer"))
    return first + second


def _moment(stamp: str) -> datetime:
    """``changed_at`` as a UTC time to the second; now when the content has none."""
    try:
        moment = datetime.fromisoformat(stamp) if stamp else datetime.now(UTC)
    except ValueError:
        moment = datetime.now(UTC)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)  # the forum file keeps UTC
    return moment.astimezone(UTC).replace(microsecond=0)


def render(content: MinutesContent, *, no_identity_numbers: bool) -> bytes:
    """The .docx bytes of ``content``; the same content gives the same bytes.

    ``no_identity_numbers``: the privacy check found none in ``content``. Only
    then does the footer say the minutes hold nothing about clients or patients.
    """
    body = "".join(_Body(content).parts())
    if body.endswith("</w:tbl>"):
        body += paragraph()  # Word wants the body to end with a paragraph, not a table
    return write_package(
        body=body,
        footer=_footer(content, no_identity_numbers),
        title=content.subject,
        subject=content.meeting_title,
        author=content.author,
        language=content.language,
        changed=_moment(content.changed_at),
    )
