"""The e-mail draft: recipients, headers, cover text and the attachment."""

from __future__ import annotations

import email
from email import policy
from email.message import EmailMessage

from app.forum_file import ForumFile
from app.mail_draft import (
    CoverAction,
    Recipient,
    build_draft,
    cover_text,
    looks_like_address,
    meeting_recipients,
    one_line,
)
from app.model import AttendanceStatus

DOCX = b"PK\x03\x04" + bytes(range(256)) * 40


def _parse(message: EmailMessage) -> EmailMessage:
    parsed = email.message_from_bytes(message.as_bytes(), policy=policy.default)
    assert isinstance(parsed, EmailMessage)
    return parsed


def _draft(name: str = "Minnesanteckningar Norrbyn – äldre 2026-11-22.docx") -> EmailMessage:
    return build_draft(
        subject="Minnesanteckningar – Samverkan Norrbyn – 22 november 2026",
        recipients=[
            Recipient("Åsa Öberg", "asa.oberg@example.se"),
            Recipient('Bo "Bosse" Ek, sjuksköterska', "bo.ek@example.se"),
        ],
        body="Hej!\n\nÅtgärder: en.\n",
        attachment=DOCX,
        attachment_name=name,
    )


def test_draft_parses_into_recipients_subject_body_and_attachment() -> None:
    parsed = _parse(_draft())
    assert parsed["X-Unsent"] == "1"
    assert parsed["From"] is None  # the mail client fills in the sender
    assert [(a.display_name, a.addr_spec) for a in parsed["To"].addresses] == [
        ("Åsa Öberg", "asa.oberg@example.se"),
        ('Bo "Bosse" Ek, sjuksköterska', "bo.ek@example.se"),
    ]
    assert parsed["Subject"] == "Minnesanteckningar – Samverkan Norrbyn – 22 november 2026"
    body = parsed.get_body(("plain",))
    assert body is not None
    assert body.get_content().replace("\r\n", "\n") == "Hej!\n\nÅtgärder: en.\n"
    (attachment,) = list(parsed.iter_attachments())
    assert attachment.get_content_type() == (
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    )
    assert attachment.get_filename() == "Minnesanteckningar Norrbyn – äldre 2026-11-22.docx"
    assert attachment.get_content() == DOCX


def test_swedish_file_name_is_written_as_rfc_2231() -> None:
    raw = _draft().as_bytes()
    assert b"filename*" in raw and b"utf-8''" in raw
    assert "ä".encode() not in raw  # headers are pure ASCII on the wire
    assert b"\r\n" in raw  # RFC 5322 line ends


def test_header_injection_in_subject_is_flattened() -> None:
    message = build_draft(
        subject="Minnesanteckningar\r\nBcc: evil@example.se",
        recipients=[],
        body="x\n",
        attachment=DOCX,
        attachment_name="a.docx",
    )
    parsed = _parse(message)
    assert parsed["Bcc"] is None
    assert parsed["To"] is None
    assert parsed["Subject"] == "Minnesanteckningar Bcc: evil@example.se"


def test_address_shapes() -> None:
    assert looks_like_address("anna.exempel@example.se")
    assert looks_like_address(" anna@vard.example.se ")
    for bad in ("", "anna", "anna@", "@example.se", "a b@example.se", "a@b", "a@x.se, b@x.se"):
        assert not looks_like_address(bad), bad
    assert one_line("Rad ett\nrad\x0btvå\t ") == "Rad ett rad två"


def test_cover_text_lists_actions_with_owner_and_due_date() -> None:
    actions = [
        CoverAction(
            1, "Ta fram en checklista för hemgång", "Åsa Öberg", "Norrby kommun", "2026-12-15"
        ),
        CoverAction(2, "Bjud in psykiatrin", "", "", None),
    ]
    sv = cover_text(
        forum_name="Samverkan Norrbyn",
        meeting_date="2026-11-22",
        actions=actions,
        sender="Karin Exempel",
        language="sv",
    )
    assert "träffen i Samverkan Norrbyn den 22 november 2026" in sv
    assert (
        "1. Ta fram en checklista för hemgång – ansvarig Åsa Öberg (Norrby kommun), "
        "klart senast 15 december 2026"
    ) in sv
    assert "\n2. Bjud in psykiatrin\n" in sv
    assert sv.rstrip().endswith("Karin Exempel")
    en = cover_text(
        forum_name="Samverkan Norrbyn",
        meeting_date="2026-11-22",
        actions=actions[:1],
        sender="",
        language="en",
    )
    assert "22 November 2026" in en and "15 December 2026" in en
    assert "Hej" not in en and "ansvarig" not in en
    empty = cover_text(
        forum_name="F", meeting_date="2026-11-22", actions=[], sender="", language="sv"
    )
    assert "Inga nya åtgärder" in empty


def test_recipients_are_every_attendee_with_a_usable_address(forum: ForumFile) -> None:
    meeting = forum.meetings.create(title="Träff", date="2026-11-22")
    people = {
        name: forum.people.create(name=name, email=address)
        for name, address in (
            ("Anna Exempel", "anna@example.se"),
            ("Bertil Prov", "bertil@example.se"),
            ("Cecilia Test", ""),
            ("David Dubblett", "ANNA@example.se"),
            ("Eva Ogiltig", "eva at example.se"),
            ("Frans Inbjuden", "frans@example.se"),
            ("Gustav Utanför", "gustav@example.se"),
        )
    }
    statuses = {
        "Anna Exempel": AttendanceStatus.PRESENT,
        "Bertil Prov": AttendanceStatus.EXCUSED,
        "Cecilia Test": AttendanceStatus.PRESENT,
        "David Dubblett": AttendanceStatus.ABSENT,
        "Eva Ogiltig": AttendanceStatus.PRESENT,
        "Frans Inbjuden": AttendanceStatus.INVITED,
    }
    for name, status in statuses.items():
        forum.attendance.create(meeting_id=meeting.id, person_id=people[name].id, status=status)
    assert meeting_recipients(forum, meeting.id) == [
        Recipient("Anna Exempel", "anna@example.se"),
        Recipient("Bertil Prov", "bertil@example.se"),
        Recipient("Frans Inbjuden", "frans@example.se"),
    ]
