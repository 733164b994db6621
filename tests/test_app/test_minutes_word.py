"""The Word side of the minutes: page, tables, footer, properties, the package itself."""

from __future__ import annotations

import io
import time
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest
from conftest import DEMO_TODAY
from docx.oxml.ns import qn
from docx.shared import Mm
from lxml import etree
from test_minutes import (
    ENGLISH,
    all_text,
    blocks,
    english_is_translated,
    headings,
    open_docx,
    person_name,
    table_after,
    word,
)

from app.dates_text import long_date, time_span
from app.forum_file import ForumFile
from app.minutes import minutes_document, minutes_subject, resolve_meeting


@pytest.fixture
def demo(demo_path: Path):  # type: ignore[no-untyped-def]
    with ForumFile.open(demo_path, read_only=True) as ff:
        yield ff


@pytest.mark.parametrize("language", ["sv", "en"])
def test_word_structure_tables_footer_page(demo: ForumFile, language: str) -> None:
    meeting = demo.meetings.list()[2]
    data = minutes_document(demo, meeting.id, language)
    document = open_docx(data)
    section = document.sections[0]
    assert abs(section.page_width - Mm(210)) < Mm(0.1)
    assert abs(section.page_height - Mm(297)) < Mm(0.1)
    for margin in (section.left_margin, section.right_margin, section.top_margin):
        assert Mm(19.9) < margin < Mm(25.1)
    text_width = section.page_width - section.left_margin - section.right_margin

    for table in document.tables:
        grid = [int(c.get(qn("w:w"))) for c in table._tbl.tblGrid.findall(qn("w:gridCol"))]
        assert abs(sum(grid) * 635 - text_width) < Mm(0.5)  # 635 EMU per twip
        layout = table._tbl.tblPr.find(qn("w:tblLayout"))
        assert layout is not None and layout.get(qn("w:type")) == "fixed"
        for tr in table._tbl.tr_lst:
            widths = [int(tc.tcPr.find(qn("w:tcW")).get(qn("w:w"))) for tc in tr.tc_lst]
            assert widths == grid

    action_table = table_after(document, word("Åtgärdslista", language))
    trs = action_table._tbl.tr_lst
    assert trs[0].trPr.find(qn("w:tblHeader")) is not None
    assert all(tr.trPr.find(qn("w:cantSplit")) is not None for tr in trs)
    assert all(tr.trPr.find(qn("w:tblHeader")) is None for tr in trs[1:])
    fill = trs[0].tc_lst[0].tcPr.find(qn("w:shd")).get(qn("w:fill"))
    assert fill and fill.upper() != "FFFFFF"

    footer = section.footer
    instructions = [i.text.strip() for i in footer._element.iter(qn("w:instrText"))]
    assert instructions == ["PAGE", "NUMPAGES"]
    footer_text = "\n".join(p.text for p in footer.paragraphs)
    if language == "sv":
        assert footer_text.split("\n")[0].endswith("Sida 1 av 1")
        assert "allmän handling" in footer_text
        assert "klienter eller patienter" in footer_text

    styles = document.styles.element
    lang = styles.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:lang')}")
    assert lang.get(qn("w:val")) == {"sv": "sv-SE", "en": "en-GB"}[language]


def latest_change(ff: ForumFile) -> datetime:
    """The latest updated_at of any row, or the latest deletion, read through the services."""
    stamps = [ff.forum.get().updated_at]
    for service in (
        ff.categories,
        ff.organisations,
        ff.people,
        ff.meetings,
        ff.facilitators,
        ff.attendance,
        ff.agenda,
        ff.gaps,
        ff.gap_organisations,
        ff.causes,
        ff.actions,
        ff.followups,
        ff.notes,
    ):
        stamps.extend(row.updated_at for row in service.list())
    deleted = ff.db.query_one("SELECT max(deleted_at) FROM tombstone")
    if deleted is not None and deleted[0]:
        stamps.append(deleted[0])
    return datetime.fromisoformat(max(stamps)).replace(microsecond=0)


@pytest.mark.parametrize("language", ["sv", "en"])
def test_core_properties_and_no_template_leftovers(demo: ForumFile, language: str) -> None:
    meeting = demo.meetings.list()[1]
    data = minutes_document(demo, meeting.id, language)
    props = open_docx(data).core_properties
    facilitator = demo.facilitators.list(meeting_id=meeting.id)[0]
    assert props.title == minutes_subject(demo, meeting, language)
    assert props.subject == meeting.title
    assert props.author == person_name(demo, facilitator.person_id)
    assert props.last_modified_by == props.author
    assert props.language == {"sv": "sv-SE", "en": "en-GB"}[language]
    assert props.revision == 1
    assert props.comments == props.keywords == props.category == ""
    assert props.identifier == props.content_status == props.version == ""
    assert props.created == props.modified == latest_change(demo)

    with zipfile.ZipFile(io.BytesIO(data)) as package:
        names = package.namelist()
        for name in names:
            body = package.read(name).lower()
            for word_ in (b"python-docx", b"python_docx", b"macintosh", b"normal.dotm"):
                assert word_ not in body, (name, word_)
        assert b"<Application>Samsyn</Application>" in package.read("docProps/app.xml")
        settings = package.read("word/settings.xml")
        package_rels = package.read("_rels/.rels")
    leftovers = ("thumbnail", "customxml", "stylesWitheffects".lower(), ".jpeg")
    assert not [n for n in names if any(part in n.lower() for part in leftovers)]
    assert b"thumbnail" not in package_rels
    # The template says the spelling was checked and asks Word to save a preview picture.
    assert b"proofState" not in settings and b"savePreviewPicture" not in settings


PAST = "2025-01-02T03:04:05.678Z"


def _stamp_every_row(ff: ForumFile) -> None:
    with ff.db.transaction():
        for table in ("forum", "cause_category", "meeting", "agenda_item"):
            ff.db.execute(f"UPDATE {table} SET updated_at = ?", (PAST,))


def test_same_data_same_bytes_stamped_with_the_last_change(
    forum: ForumFile, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Properties and zip times come from the data, never the clock."""
    meeting = forum.meetings.create(title="Träff 1", date="2026-02-02", purpose="Syfte")
    _stamp_every_row(forum)
    first = minutes_document(forum, meeting.id, "sv")
    later = time.time() + 3 * 86400
    monkeypatch.setattr(time, "time", lambda: later)  # the clock python-docx's zip writer reads
    second = minutes_document(forum, meeting.id, "sv")
    assert first == second

    props = open_docx(first).core_properties
    assert props.created == props.modified == datetime(2025, 1, 2, 3, 4, 5, tzinfo=UTC)
    with zipfile.ZipFile(io.BytesIO(first)) as package:
        stamps = {info.date_time for info in package.infolist()}
        assert {info.compress_type for info in package.infolist()} == {zipfile.ZIP_DEFLATED}
    assert stamps == {(2025, 1, 2, 3, 4, 4)}  # zip times have two-second steps

    # An edit and a deletion each move the moment on (both stamped by the clock).
    monkeypatch.undo()
    before_edit = datetime.now(UTC).replace(microsecond=0)
    forum.meetings.update(meeting.id, purpose="Nytt syfte")
    edited = open_docx(minutes_document(forum, meeting.id, "sv")).core_properties.created
    assert edited >= before_edit and edited == latest_change(forum)
    item = forum.agenda.create(meeting_id=meeting.id, title="Punkt")
    _stamp_every_row(forum)
    forum.agenda.delete(item.id)
    deleted = open_docx(minutes_document(forum, meeting.id, "sv")).core_properties.created
    assert deleted >= before_edit and deleted == latest_change(forum)


def test_every_style_and_list_the_body_uses_is_defined(demo: ForumFile) -> None:
    meeting = demo.meetings.list()[3]
    document = open_docx(minutes_document(demo, meeting.id, "sv"))
    defined = {s.style_id for s in document.styles}
    body = document.element.body
    used = {e.get(qn("w:val")) for e in body.iter(qn("w:pStyle"))}
    footer = document.sections[0].footer._element
    used |= {e.get(qn("w:val")) for e in footer.iter(qn("w:pStyle"))}
    assert used and used <= defined
    assert {"Heading1", "Heading2", "Heading3", "Title"} <= used
    assert document.styles["Heading 1"].style_id == "Heading1"  # the navigation pane's levels
    numbering = document.part.numbering_part.element
    nums = {n.get(qn("w:numId")) for n in numbering.iter(qn("w:num"))}
    used_nums = {e.get(qn("w:val")) for e in body.iter(qn("w:numId"))}
    assert used_nums and used_nums <= nums
    # The template's own lists and styles are gone; its latent style list stays.
    assert "ListBullet" not in defined and "TableGrid" not in defined
    assert document.styles.element.find(qn("w:latentStyles")) is not None


def test_package_is_well_formed_and_complete(demo: ForumFile) -> None:
    """Every part parses, every part is typed, every relationship target exists."""
    meeting = demo.meetings.list()[3]
    data = minutes_document(demo, meeting.id, "sv")
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        names = package.namelist()
        assert names[0] == "[Content_Types].xml"
        parts = {name: etree.fromstring(package.read(name)) for name in names}
    overrides = {
        o.get("PartName").lstrip("/")
        for o in parts["[Content_Types].xml"].iter()
        if o.get("PartName")
    }
    assert overrides == {n for n in names if not n.endswith(".rels") and n != "[Content_Types].xml"}
    for rels_name in ("_rels/.rels", "word/_rels/document.xml.rels"):
        base = rels_name.split("_rels/")[0]
        for rel in parts[rels_name]:
            assert base + rel.get("Target") in names
    body = parts["word/document.xml"].find(qn("w:body"))
    assert body[-1].tag == qn("w:sectPr")
    assert body[-2].tag == qn("w:p")


def test_english_dates_and_times(demo: ForumFile) -> None:
    meeting = demo.meetings.list()[3]
    text = all_text(open_docx(minutes_document(demo, meeting.id, "en")))
    assert long_date(meeting.date, "en") in text  # "9 November 2026"
    assert time_span(meeting.start, meeting.end, "en") in text  # "13:00–15:30"
    assert long_date(meeting.date, "sv") not in text


@pytest.mark.skipif(not english_is_translated(), reason="English catalogue not refreshed yet")
def test_english_minutes_are_in_english(demo: ForumFile) -> None:
    meeting = resolve_meeting(demo, "latest", today=DEMO_TODAY)
    document = open_docx(minutes_document(demo, meeting.id, "en"))
    assert blocks(document)[0].text == "Minutes"
    top = headings(document, 1)
    for swedish in ENGLISH:
        assert swedish not in top
    assert [h for h in top if h in ENGLISH.values()] == [
        e for s, e in ENGLISH.items() if e in top and s != "Minnesanteckningar"
    ]
    assert "Action list" in top and "Present" in top
    footer = "\n".join(p.text for p in document.sections[0].footer.paragraphs)
    assert "Page 1 of 1" in footer
