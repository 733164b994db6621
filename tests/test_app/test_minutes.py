"""The minutes of every demo meeting, in Swedish and English, read back with python-docx.

Expected values come from the forum file through the services, not from the
exporter's own gathering, so a mistake there shows here.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph

from app.dates_text import long_date, time_span
from app.forum_file import ForumFile
from app.i18n import Catalogue
from app.labels import STATUSES
from app.minutes import minutes_document

Block = Paragraph | Table

SECTION_ORDER = [
    "Närvarande",
    "Anmält förhinder",
    "Frånvarande",
    "Syfte",
    "Dagordning",
    "Uppföljning av åtgärder",
    "Glapp",
    "Åtgärdslista",
    "Beslut",
    "Parkerade frågor",
    "Övriga frågor",
    "Nästa träff",
]
ENGLISH = {
    "Minnesanteckningar": "Minutes",
    "Närvarande": "Present",
    "Anmält förhinder": "Apologies",
    "Frånvarande": "Absent",
    "Dagordning": "Agenda",
    "Uppföljning av åtgärder": "Follow-up of actions",
    "Glapp": "Gaps",
    "Åtgärdslista": "Action list",
    "Beslut": "Decisions",
    "Parkerade frågor": "Parked questions",
    "Övriga frågor": "Any other business",
    "Nästa träff": "Next meeting",
}


# -- reading a document back ---------------------------------------------------


def open_docx(data: bytes):  # type: ignore[no-untyped-def]
    return Document(io.BytesIO(data))


def blocks(document) -> list[Block]:  # type: ignore[no-untyped-def]
    return list(document.iter_inner_content())


def heading_level(block: Block) -> int | None:
    if isinstance(block, Paragraph) and block.style.name.startswith("Heading "):
        return int(block.style.name.split()[1])
    return None


def headings(document, level: int) -> list[str]:  # type: ignore[no-untyped-def]
    return [b.text for b in blocks(document) if heading_level(b) == level]


def table_after(document, heading: str) -> Table:  # type: ignore[no-untyped-def]
    items = blocks(document)
    for index, block in enumerate(items):
        if heading_level(block) is not None and block.text == heading:
            following = items[index + 1]
            assert isinstance(following, Table), f"no table right after {heading!r}"
            return following
    raise AssertionError(f"no heading {heading!r}")


def paragraphs_after(document, heading: str) -> list[str]:  # type: ignore[no-untyped-def]
    """The texts between ``heading`` and the next heading."""
    items = blocks(document)
    start = next(
        i for i, b in enumerate(items) if heading_level(b) is not None and b.text == heading
    )
    found = []
    for block in items[start + 1 :]:
        if heading_level(block) is not None:
            break
        if isinstance(block, Paragraph):
            found.append(block.text)
    return found


def rows(table: Table) -> list[list[str]]:
    return [[cell.text for cell in row.cells] for row in table.rows]


def all_text(document) -> str:  # type: ignore[no-untyped-def]
    parts = []
    for block in blocks(document):
        if isinstance(block, Paragraph):
            parts.append(block.text)
        else:
            parts.extend(cell.text for row in block.rows for cell in row.cells)
    return "\n".join(parts)


# -- expectations from the forum file ---------------------------------------------


def status_text(status: str, language: str) -> str:
    source = dict((str(s), t) for s, t in STATUSES)[status]
    return Catalogue(language).translate("ActionLabels", source)


def word(text: str, language: str, context: str = "Minutes") -> str:
    return Catalogue(language).translate(context, text)


def organisation_of(ff: ForumFile, action) -> str:  # type: ignore[no-untyped-def]
    org_id = action.organisation_id
    if org_id is None and action.owner_id:
        org_id = ff.people.get(action.owner_id).organisation_id
    return ff.organisations.get(org_id).name if org_id else ""


def person_name(ff: ForumFile, person_id: str | None) -> str:
    return ff.people.get(person_id).name if person_id else ""


def english_is_translated() -> bool:
    return Catalogue("en").translate("Minutes", "Minnesanteckningar") != "Minnesanteckningar"


# -- the tests ------------------------------------------------------------------------


NOTE_BY_VOTES = "Glappen står i röstordning, med de nummer de fick på träffen."


@pytest.fixture
def demo(demo_path: Path):  # type: ignore[no-untyped-def]
    with ForumFile.open(demo_path, read_only=True) as ff:
        yield ff


def _cases() -> list[tuple[int, str]]:
    return [(index, language) for index in range(4) for language in ("sv", "en")]


@pytest.mark.parametrize(("index", "language"), _cases())
def test_sections_in_order_and_none_empty(demo: ForumFile, index: int, language: str) -> None:
    meeting = demo.meetings.list()[index]
    document = open_docx(minutes_document(demo, meeting.id, language))
    items = blocks(document)

    assert items[0].style.name == "Title"
    assert items[0].text == word("Minnesanteckningar", language)
    assert items[1].text == demo.forum.get().name

    notes = {
        k: demo.notes.list(meeting_id=meeting.id, kind=k) for k in ("decision", "parked", "other")
    }
    has = {
        "Närvarande": True,
        "Syfte": bool(meeting.purpose.strip()),
        "Dagordning": bool(demo.agenda.list(meeting_id=meeting.id)),
        "Uppföljning av åtgärder": bool(demo.followups.list(meeting_id=meeting.id)),
        "Glapp": bool(demo.gaps.list(meeting_id=meeting.id)),
        "Åtgärdslista": bool(demo.actions.list(meeting_id=meeting.id)),
        "Beslut": bool(notes["decision"]),
        "Parkerade frågor": bool(notes["parked"]),
        "Övriga frågor": bool(notes["other"]),
        "Nästa träff": meeting.next_date is not None,
    }
    expected = [word(s, language) for s in SECTION_ORDER if has.get(s)]
    assert headings(document, 1) == expected
    assert headings(document, 2)[:2] == [
        word("Anmält förhinder", language),
        word("Frånvarande", language),
    ]

    # No heading is followed directly by one of the same or a higher level.
    for block, following in zip(items, items[1:] + [None], strict=True):
        level = heading_level(block)
        if level is None:
            continue
        assert block.text.strip()
        assert following is not None, f"document ends with heading {block.text!r}"
        next_level = heading_level(following)
        assert next_level is None or next_level > level, f"empty section {block.text!r}"


@pytest.mark.parametrize(("index", "language"), _cases())
def test_header_block(demo: ForumFile, index: int, language: str) -> None:
    meeting = demo.meetings.list()[index]
    document = open_docx(minutes_document(demo, meeting.id, language))
    header = dict(rows(document.tables[0]))
    assert header[word("Träff", language)] == meeting.title  # the demo titles carry the number
    assert header[word("Datum", language)] == long_date(meeting.date, language)
    assert header[word("Tid", language)] == time_span(meeting.start, meeting.end, language)
    assert header[word("Plats", language)] == meeting.location
    assert header[word("Antecknat av", language)] == person_name(demo, meeting.notes_taker_id)
    facilitators = [
        person_name(demo, f.person_id) for f in demo.facilitators.list(meeting_id=meeting.id)
    ]
    assert header[word("Samtalsledare", language)] == ", ".join(facilitators)
    if language == "sv":
        assert "." in header["Tid"] and ":" not in header["Tid"]
    else:
        assert ":" in header[word("Tid", language)]


@pytest.mark.parametrize(("index", "language"), _cases())
def test_action_list_cells_equal_the_data(demo: ForumFile, index: int, language: str) -> None:
    meeting = demo.meetings.list()[index]
    document = open_docx(minutes_document(demo, meeting.id, language))
    table = table_after(document, word("Åtgärdslista", language))
    got = rows(table)
    assert got[0] == [
        word(t, language, "MinutesTable")
        for t in ("Nr", "Åtgärd", "Glapp", "Ansvarig", "Organisation", "Klart senast", "Status")
    ]
    actions = demo.actions.list(meeting_id=meeting.id)
    assert len(actions) >= 2
    expected = []
    for number, action in enumerate(actions, 1):
        what = action.title
        if action.description:
            what += "\n" + action.description
        if action.success_measure:
            what += f"\n{word('Mått', language)}: {action.success_measure}"
        expected.append(
            [
                str(number),
                what,
                demo.gaps.get(action.gap_id).title if action.gap_id else "",
                person_name(demo, action.owner_id),
                organisation_of(demo, action),
                action.due or "",
                status_text(action.status, language),
            ]
        )
    assert got[1:] == expected


@pytest.mark.parametrize(("index", "language"), _cases())
def test_follow_up_table(demo: ForumFile, index: int, language: str) -> None:
    meeting = demo.meetings.list()[index]
    document = open_docx(minutes_document(demo, meeting.id, language))
    followups = demo.followups.list(meeting_id=meeting.id)
    heading = word("Uppföljning av åtgärder", language)
    if not followups:
        assert heading not in headings(document, 1)
        return
    got = rows(table_after(document, heading))
    assert got[0] == [
        word(t, language, "MinutesTable")
        for t in ("Åtgärd", "Ansvarig", "Organisation", "Klart senast", "Status", "Kommentar")
    ]
    expected = []
    for f in followups:
        action = demo.actions.get(f.action_id)
        expected.append(
            [
                action.title,
                person_name(demo, action.owner_id),
                organisation_of(demo, action),
                action.due or "",
                status_text(f.status, language),
                f.note,
            ]
        )
    assert got[1:] == expected


@pytest.mark.parametrize(("index", "language"), _cases())
def test_attendance_groups(demo: ForumFile, index: int, language: str) -> None:
    meeting = demo.meetings.list()[index]
    document = open_docx(minutes_document(demo, meeting.id, language))
    attendance = demo.attendance.list(meeting_id=meeting.id)
    people = {p.id: p for p in demo.people.list()}
    orgs = demo.organisations.list()
    expected = []
    for org in orgs:
        names = [
            f"{people[a.person_id].name}, {people[a.person_id].title}"
            for a in attendance
            if a.status == "present" and people[a.person_id].organisation_id == org.id
        ]
        if names:
            expected.append([org.name, "\n".join(names)])
    got = rows(table_after(document, word("Närvarande", language)))
    assert got[1:] == expected

    org_names = {o.id: o.name for o in orgs}

    def listed(status: str) -> list[str]:
        return [
            f"{people[a.person_id].name} ({org_names[people[a.person_id].organisation_id]})"
            for a in attendance
            if a.status == status
        ]

    assert paragraphs_after(document, word("Anmält förhinder", language)) == listed("excused")
    if listed("absent"):
        assert paragraphs_after(document, word("Frånvarande", language)) == listed("absent")
    # Invited-only people are not listed anywhere in the attendance.
    text = all_text(document)
    for a in attendance:
        if a.status == "invited":
            assert people[a.person_id].name not in text


def test_gaps_keep_the_numbers_of_the_meeting_when_votes_reorder_them(demo_path: Path) -> None:
    with ForumFile.open(demo_path) as forum:
        meeting = forum.meetings.list()[3]
        captured = forum.gaps.list(meeting_id=meeting.id)
        assert len(captured) > 1
        # Without a reordering there is nothing to explain.
        document = open_docx(minutes_document(forum, meeting.id, "sv"))
        assert sorted(captured, key=lambda g: -g.votes) == captured
        assert NOTE_BY_VOTES not in all_text(document)
        forum.gaps.update(captured[-1].id, votes=20)  # the last one captured: most votes
        document = open_docx(minutes_document(forum, meeting.id, "sv"))
    # Listed by votes, numbered as the window numbers them (capture order).
    expected = [f"{len(captured)}. {captured[-1].title}"]
    expected += [f"{n}. {g.title}" for n, g in enumerate(captured[:-1], 1)]
    assert headings(document, 2)[-len(captured) :] == expected
    assert paragraphs_after(document, "Glapp")[0] == NOTE_BY_VOTES


def test_gaps_in_vote_order_with_causes_and_actions(demo: ForumFile) -> None:
    meeting = demo.meetings.list()[3]
    document = open_docx(minutes_document(demo, meeting.id, "sv"))
    gaps = sorted(demo.gaps.list(meeting_id=meeting.id), key=lambda g: -g.votes)
    assert headings(document, 2)[-len(gaps) :] == [f"{n}. {g.title}" for n, g in enumerate(gaps, 1)]
    first = paragraphs_after(document, f"1. {gaps[0].title}")
    assert first[0] == f"{gaps[0].votes} röster"
    assert gaps[0].description in first
    assert f"Vårdövergång: {gaps[0].transition}" in first
    assert f"Målgrupp: {gaps[0].target_group}" in first
    # Causes by category; a "why?" child sits one list level deeper than its parent.
    causes = demo.causes.list(gap_id=gaps[0].id)
    child = next(c for c in causes if c.parent_id)
    parent = demo.causes.get(child.parent_id)
    levels = {}
    for block in blocks(document):
        if isinstance(block, Paragraph):
            ilvl = block._p.find(f"{qn('w:pPr')}/{qn('w:numPr')}/{qn('w:ilvl')}")
            if ilvl is not None:
                levels[block.text.split(" (")[0]] = int(ilvl.get(qn("w:val")))
    assert levels[child.text] == levels[parent.text] + 1
    # The gap's actions refer to the action list by number.
    actions = demo.actions.list(meeting_id=meeting.id)
    number = next(n for n, a in enumerate(actions, 1) if a.gap_id == gaps[0].id)
    title = actions[number - 1].title
    assert any(t.startswith(f"Nr {number}: {title}") for t in all_text(document).split("\n"))
