"""The Word side of the minutes: page, tables, footer, properties, the package itself."""

from __future__ import annotations

import io
import zipfile
from datetime import UTC, datetime, timedelta
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


@pytest.mark.parametrize("language", ["sv", "en"])
def test_core_properties_and_no_python_docx_anywhere(demo: ForumFile, language: str) -> None:
    meeting = demo.meetings.list()[1]
    before = datetime.now(UTC).replace(microsecond=0)
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
    assert before - timedelta(seconds=1) <= props.created <= before + timedelta(minutes=1)
    assert props.modified == props.created

    with zipfile.ZipFile(io.BytesIO(data)) as package:
        names = package.namelist()
        for name in names:
            body = package.read(name).lower()
            assert b"python-docx" not in body, name
            assert b"python_docx" not in body, name
        assert b"<Application>Samsyn</Application>" in package.read("docProps/app.xml")
    assert not [n for n in names if "thumbnail" in n or n.startswith("customXml")]


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
