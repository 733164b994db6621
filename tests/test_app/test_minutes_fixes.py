"""Review findings on the minutes (issue 4): long names, invisible text, deep whys,
one cleaning for every one-line text."""

from __future__ import annotations

import email
import io
import re
import zipfile
from email import policy
from email.message import EmailMessage

import pytest
from test_minutes import all_text, headings, open_docx

from app.forum_file import ForumFile
from app.i18n import Catalogue
from app.mail_draft import cover_text
from app.minutes import gather, minutes_document, minutes_file_name, minutes_subject
from app.minutes.naming import MAX_SUBJECT_CHARS
from app.minutes_out import meeting_email
from app.text_cleaning import is_blank, one_line, sanitise, shorten

LONG_NAME = "Samverkansforum för äldre med långt namn " * 2500  # 100,000 characters


def _footer_xml(data: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        (name,) = [n for n in package.namelist() if n.startswith("word/footer")]
        return package.read(name).decode("utf-8")


def _texts(xml: str) -> list[str]:
    return re.findall(r"<w:t[^>]*>([^<]*)</w:t>", xml)


def _parse(message: EmailMessage) -> EmailMessage:
    parsed = email.message_from_bytes(message.as_bytes(), policy=policy.default)
    assert isinstance(parsed, EmailMessage)
    return parsed


# -- 3: a huge forum name ------------------------------------------------------------


def test_a_huge_forum_name_is_cut_in_footer_and_subject_but_not_in_the_body(
    forum: ForumFile,
) -> None:
    forum.forum.update(name=LONG_NAME)
    meeting = forum.meetings.create(title="Träff 1", date="2026-11-22")
    subject = minutes_subject(forum, meeting, "sv")
    assert len(subject) <= MAX_SUBJECT_CHARS
    assert subject.startswith("Minnesanteckningar – Samverkansforum för äldre")
    assert subject.endswith("… – 22 november 2026")  # the date is kept whole

    data = minutes_document(forum, meeting.id)
    footer = "".join(_texts(_footer_xml(data)))
    assert subject in footer
    assert len(footer) < 400  # subject, "Sida 1 av 1" and the public-record note
    # The document itself keeps the whole name, under the title.
    assert LONG_NAME.strip() in all_text(open_docx(data))

    parsed = _parse(meeting_email(forum, meeting.id, "sv"))
    assert str(parsed["Subject"]) == subject
    body = parsed.get_body(("plain",))
    assert body is not None and LONG_NAME.strip() in body.get_content()


def test_shorten_and_one_line() -> None:
    assert shorten("abcdef", 6) == "abcdef"
    assert shorten("abc def", 5) == "abc…"  # the space before the cut goes
    assert len(shorten("x" * 500, 120)) == 120
    assert one_line(" Rad ett\r\nrad\x0btvå\t\u2028tre ") == "Rad ett rad två tre"
    assert one_line("a" * 300, 10) == "a" * 9 + "…"


# -- 7: text that prints as nothing ------------------------------------------------


INVISIBLE = ["\x00\x01", "\u200b", " \u200c\u200d ", "\u2060", "\ufeff", "\x0c\x1f", "\x85\x9f"]


def test_is_blank() -> None:
    for text in INVISIBLE:
        assert is_blank(text), repr(text)
    assert not is_blank("\u200bx")
    assert not is_blank("👨\u200d👩")


def test_texts_that_print_as_nothing_leave_no_section(forum: ForumFile) -> None:
    meeting = forum.meetings.create(
        title="Träff 1",
        date="2026-02-02",
        purpose="\u200b",
        location="\x00",
        next_location="\ufeff",
        next_notes="\x07\u2060",
    )
    for kind, text in zip(("decision", "parked", "other"), INVISIBLE, strict=False):
        forum.notes.create(meeting_id=meeting.id, kind=kind, text=text)
    forum.agenda.create(meeting_id=meeting.id, title="\u200b", notes="\x01")
    gap = forum.gaps.create(meeting_id=meeting.id, title="Glapp", description="\u200b\u200b")
    forum.actions.create(
        meeting_id=meeting.id,
        gap_id=gap.id,
        title="Åtgärd",
        description="\x00",
        success_measure=" ",
    )
    content = gather(forum, meeting.id)
    assert (content.purpose, content.agenda, content.decisions, content.parked) == ("", (), (), ())
    assert (content.other_business, content.next_meeting) == ((), None)
    assert [f.label for f in content.header] == ["Träff", "Datum"]
    assert content.gaps[0].description == ""
    assert (content.actions[0].description, content.actions[0].success_measure) == ("", "")
    document = open_docx(minutes_document(forum, meeting.id))
    assert headings(document, 1) == ["Glapp", "Åtgärdslista"]


# -- 8: a very long chain of whys ---------------------------------------------------


def test_a_chain_of_1100_whys_exports(forum: ForumFile) -> None:
    meeting = forum.meetings.create(title="Träff 1", date="2026-02-02")
    gap = forum.gaps.create(meeting_id=meeting.id, title="Glapp")
    parent = None
    for depth in range(1100):
        parent = forum.causes.create(gap_id=gap.id, parent_id=parent, text=f"Varför {depth}").id
    (group,) = gather(forum, meeting.id).gaps[0].cause_groups
    assert [(c.text, c.depth) for c in group.causes] == [(f"Varför {d}", d) for d in range(1100)]
    assert "Varför 1099" in all_text(open_docx(minutes_document(forum, meeting.id)))


# -- 12: one cleaning for one-line texts ---------------------------------------------


def test_sanitise_drops_c1_controls_and_del() -> None:
    assert sanitise("a\x7fb\x80c\x85d\x9fe") == "abcde"
    assert sanitise("Åsa\u00a0Öberg") == "Åsa\u00a0Öberg"  # no-break space is text


def test_forum_name_reads_the_same_in_subject_body_footer_and_file_name(
    forum: ForumFile,
) -> None:
    forum.forum.update(name="Forum\x0bNorr\x85by\ufffe  \x9fäldre\uffff\tvård\x7f")
    clean = "Forum Norrby äldre vård"
    meeting = forum.meetings.create(title="Träff 1", date="2026-11-22")
    subject = minutes_subject(forum, meeting, "sv")
    assert subject == f"Minnesanteckningar – {clean} – 22 november 2026"
    assert minutes_file_name(forum, meeting, "sv") == f"Minnesanteckningar {clean} 2026-11-22.docx"
    data = minutes_document(forum, meeting.id)
    assert subject in "".join(_texts(_footer_xml(data)))
    document = open_docx(data)
    assert document.core_properties.title == subject
    body = cover_text(
        forum_name=forum.forum.get().name,
        meeting_date=meeting.date,
        actions=[],
        sender="",
        language="sv",
    )
    assert f"träffen i {clean} den" in body
    parsed = _parse(meeting_email(forum, meeting.id, "sv"))
    assert str(parsed["Subject"]) == subject
    (attachment,) = list(parsed.iter_attachments())
    assert attachment.get_filename() == f"Minnesanteckningar {clean} 2026-11-22.docx"


@pytest.mark.parametrize("language", ["sv", "en"])
def test_the_header_names_the_meeting_naturally(forum: ForumFile, language: str) -> None:
    forum.meetings.create(title="Start", date="2026-01-01")
    numbered = forum.meetings.create(title="Träff 2: Våren", date="2026-03-01")
    plain = forum.meetings.create(title="Hösten", date="2026-09-01")
    assert gather(forum, numbered.id, language).header[0].value == "Träff 2: Våren"
    # English: "Meeting 3: Hösten" once the catalogue has the text.
    numbering = Catalogue(language).translate("Minutes", "Träff {number}: {title}")
    assert gather(forum, plain.id, language).header[0].value == numbering.format(
        number=3, title="Hösten"
    )
    assert gather(forum, plain.id, "sv").header[0].value == "Träff 3: Hösten"
