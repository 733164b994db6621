"""Hostile text, empty meetings and failed writes (RELIABILITY.md faults 9 and 10)."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from docx.oxml.parser import parse_xml
from docx.text.paragraph import Paragraph
from hypothesis import given
from hypothesis import strategies as st
from test_minutes import all_text, blocks, headings, open_docx, paragraphs_after, word

import app.minutes.render as render_module
from app.errors import OutputError
from app.forum_file import ForumFile
from app.minutes import export_minutes, minutes_document
from app.minutes.ooxml import W_NS, paragraph, run
from app.text_cleaning import sanitise

HOSTILE = (
    "Skift+Enter\x0bi Word\x0c sidbrytning \x00 nollbyte \x1f enhet \x07 klocka\r\n"
    "\ufffe\uffff icke-tecken, emoji 👵🏻🏥 👨‍👩‍👧, العربية och עברית blandat,\ttabb, "
    '<xml> & "citat" ]]> '
)
LONG = "Lång text. " * 9_091  # 100,001 characters


def test_sanitise_rules() -> None:
    assert sanitise("a\x0bb") == "a\nb"
    assert sanitise("a\nb\tc") == "a\nb\tc"
    assert sanitise("a\x00b\x01c\x08d\x0ce\x0df\x1fg") == "abcdefg"
    assert sanitise("x\ufffey\uffffz") == "xyz"
    assert sanitise("lone \ud800 and \udfff surrogates") == "lone  and  surrogates"
    assert sanitise("👵🏻 العربية עברית") == "👵🏻 العربية עברית"


@given(st.text(alphabet=st.characters(exclude_categories=()), max_size=200))
def test_any_text_becomes_a_paragraph_lxml_accepts(text: str) -> None:
    xml = f'<w:body xmlns:w="{W_NS}">{paragraph(run(text))}</w:body>'
    # Surrogates left behind would make invalid UTF-8 here, and lxml would refuse it.
    parsed = parse_xml(xml.encode("utf-8", "surrogatepass"))
    assert Paragraph(parsed[0], None).text == sanitise(text)


def _hostile_forum(ff: ForumFile, text: str, long_text: str) -> str:
    """A meeting whose every text field holds ``text``; one field holds ``long_text``."""
    ff.forum.update(name="Forum " + text, area=text, goal=text, description=text)
    category = ff.categories.create(name="Kategori " + text)
    org = ff.organisations.create(name="Org " + text, kind="region", unit=text)
    person = ff.people.create(
        name="Person " + text, title=text, organisation_id=org.id, email="p@example.se"
    )
    other = ff.people.create(name="Ursäktad " + text, organisation_id=org.id)
    meeting = ff.meetings.create(
        title="Träff " + text,
        date="2026-03-04",
        start="09:00",
        end="12:00",
        location=text,
        purpose=text,
        notes_taker_id=person.id,
        next_date="2026-05-06",
        next_start="13:00",
        next_location=text,
        next_notes=text,
    )
    earlier = ff.meetings.create(title="Tidigare", date="2026-01-10")
    ff.facilitators.create(meeting_id=meeting.id, person_id=person.id)
    ff.attendance.create(meeting_id=meeting.id, person_id=person.id, status="present")
    ff.attendance.create(meeting_id=meeting.id, person_id=other.id, status="excused")
    ff.agenda.create(meeting_id=meeting.id, title="Punkt " + text, notes=text)
    gap = ff.gaps.create(
        meeting_id=meeting.id,
        title="Glapp " + text,
        description=long_text,
        transition=text,
        target_group=text,
        votes=4,
    )
    ff.gap_organisations.create(gap_id=gap.id, organisation_id=org.id)
    cause = ff.causes.create(gap_id=gap.id, category_id=category.id, text="Orsak " + text)
    ff.causes.create(gap_id=gap.id, parent_id=cause.id, text="Varför " + text)
    ff.actions.create(
        meeting_id=meeting.id,
        gap_id=gap.id,
        owner_id=person.id,
        title="Åtgärd " + text,
        description=text,
        success_measure=text,
        due="2026-04-30",
    )
    old = ff.actions.create(meeting_id=earlier.id, title="Gammal " + text, owner_id=person.id)
    ff.followups.record(meeting.id, old.id, "ongoing", "Kommentar " + text)
    for kind in ("decision", "parked", "other"):
        ff.notes.create(meeting_id=meeting.id, kind=kind, text=f"{kind} {text}")
    return meeting.id


@pytest.mark.parametrize("language", ["sv", "en"])
def test_hostile_text_exports_and_reads_back_sanitised(
    forum: ForumFile, tmp_path: Path, language: str
) -> None:
    meeting_id = _hostile_forum(forum, HOSTILE, LONG)
    target = tmp_path / "minutes.docx"
    export_minutes(forum, meeting_id, target, language)
    document = open_docx(target.read_bytes())
    clean = sanitise(HOSTILE)
    assert "\x0b" not in clean and "\n" in clean and "\ufffe" not in clean

    # The 100,000-character field is one paragraph, exactly as stored.
    gap_heading = next(h for h in headings(document, 2) if h.startswith("1. Glapp "))
    assert gap_heading == "1. Glapp " + clean
    assert LONG in paragraphs_after(document, gap_heading)

    text = all_text(document)
    for expected in (
        "Forum " + clean,
        # The header numbers the meeting: the earlier one is meeting 1.
        word("Träff {number}: {title}", language).format(number=2, title="Träff " + clean.strip()),
        "Person " + clean,
        "Ursäktad " + clean,
        "Org " + clean,
        "Punkt " + clean,
        "Kategori " + clean,
        "Orsak " + clean,
        "Varför " + clean,
        "Åtgärd " + clean + "\n" + clean,
        "Gammal " + clean,
        "Kommentar " + clean,
        "decision " + clean,
        "parked " + clean,
        "other " + clean,
    ):
        assert expected in text, expected[:30]
    for paragraph_text in paragraphs_after(document, "1. Glapp " + clean):
        assert "\x00" not in paragraph_text
    # Core properties hold one line of the same text (at most 255 characters).
    assert document.core_properties.title.startswith(
        {"sv": "Minnesanteckningar", "en": ""}[language]
    )
    assert "\n" not in document.core_properties.title
    assert len(document.core_properties.title) <= 255


def test_text_keeps_its_line_breaks_and_tabs_as_word_elements(forum: ForumFile) -> None:
    meeting = forum.meetings.create(title="Träff 1", date="2026-02-02", purpose="rad 1\x0brad 2\tX")
    document = open_docx(minutes_document(forum, meeting.id))
    purpose = next(
        b for b in blocks(document) if isinstance(b, Paragraph) and b.text.startswith("rad 1")
    )
    assert purpose.text == "rad 1\nrad 2\tX"
    xml = purpose._p.xml
    assert "<w:br/>" in xml and "<w:tab/>" in xml


def test_empty_meeting_has_no_empty_sections(forum: ForumFile) -> None:
    meeting = forum.meetings.create(title="Tom träff", date="2026-02-02")
    document = open_docx(minutes_document(forum, meeting.id))
    assert headings(document, 1) == []
    assert headings(document, 2) == []
    assert len(document.tables) == 1  # the header block only
    assert [row.cells[0].text for row in document.tables[0].rows] == ["Träff", "Datum"]
    assert document.tables[0].rows[0].cells[1].text == "Träff 1: Tom träff"
    assert document.tables[0].rows[1].cells[1].text == "2 februari 2026"
    assert document.core_properties.author == ""


def test_apologies_stand_alone_when_nobody_is_marked_present(forum: ForumFile) -> None:
    meeting = forum.meetings.create(title="Träff 1", date="2026-02-02")
    person = forum.people.create(name="Kim Testsson")
    invited = forum.people.create(name="Inbjuden Persson")
    forum.attendance.create(meeting_id=meeting.id, person_id=person.id, status="excused")
    forum.attendance.create(meeting_id=meeting.id, person_id=invited.id, status="invited")
    document = open_docx(minutes_document(forum, meeting.id))
    assert headings(document, 1) == ["Anmält förhinder"]
    assert paragraphs_after(document, "Anmält förhinder") == ["Kim Testsson"]
    assert "Inbjuden Persson" not in all_text(document)


def test_missing_folder_raises_output_error_and_leaves_nothing(
    forum: ForumFile, tmp_path: Path
) -> None:
    meeting = forum.meetings.create(title="Träff 1", date="2026-02-02")
    target = tmp_path / "saknas" / "minutes.docx"
    with pytest.raises(OutputError):
        export_minutes(forum, meeting.id, target)
    assert not target.parent.exists()


def test_failed_render_leaves_existing_file_untouched(
    forum: ForumFile, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    meeting = forum.meetings.create(title="Träff 1", date="2026-02-02")
    target = tmp_path / "minutes.docx"
    target.write_bytes(b"the previous minutes")

    def broken(content: object, **_flags: object) -> bytes:
        raise RuntimeError("renderer failed halfway")

    monkeypatch.setattr(render_module, "render", broken)
    with pytest.raises(RuntimeError):
        export_minutes(forum, meeting.id, target)
    assert target.read_bytes() == b"the previous minutes"
    left = sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith("forum.samsyn"))
    assert left == ["minutes.docx"]  # no temporary file left behind


def test_export_replaces_an_existing_file_with_a_whole_document(
    forum: ForumFile, tmp_path: Path
) -> None:
    meeting = forum.meetings.create(title="Träff 1", date="2026-02-02")
    target = tmp_path / "minutes.docx"
    target.write_bytes(b"old")
    export_minutes(forum, meeting.id, target)
    with zipfile.ZipFile(io.BytesIO(target.read_bytes())) as package:
        assert package.testzip() is None
        assert "word/document.xml" in package.namelist()
