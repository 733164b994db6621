"""The e-mail draft: recipients, headers, cover text and the attachment."""

from __future__ import annotations

import email
from email import policy
from email.message import EmailMessage

from app.forum_file import ForumFile
from app.i18n import Catalogue
from app.mail_draft import (
    DOCX_TYPE,
    NO_ADDRESS,
    NON_ASCII_ADDRESS,
    UNUSABLE_ADDRESS,
    CoverAction,
    Recipient,
    SkippedRecipient,
    ascii_file_name,
    build_draft,
    cover_text,
    looks_like_address,
    mail_address,
    meeting_recipients,
    one_line,
    recipient_list,
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


def test_recipient_list_names_who_is_skipped_and_why(forum: ForumFile) -> None:
    meeting = forum.meetings.create(title="Träff", date="2026-11-22")
    rows = (
        ("Anna Exempel", "anna@example.se"),
        ("Åsa Öberg", "åsa.öberg@example.se"),  # Unicode before the @: refused
        ("Örjan Idn", "orjan@kömmun.example"),  # a Unicode domain: its xn-- form
        ("Cecilia Test", "  "),
        ("Eva Ogiltig", "eva@exempel..se"),
    )
    for name, address in rows:
        person = forum.people.create(name=name, email=address)
        forum.attendance.create(meeting_id=meeting.id, person_id=person.id, status="invited")
    listed = recipient_list(forum, meeting.id)
    assert listed.recipients == (
        Recipient("Anna Exempel", "anna@example.se"),
        Recipient("Örjan Idn", "orjan@xn--kmmun-jua.example"),
    )
    assert [p.name for p in listed.reached] == ["Anna Exempel", "Örjan Idn"]
    assert listed.skipped == (
        SkippedRecipient("Åsa Öberg", NON_ASCII_ADDRESS),
        SkippedRecipient("Cecilia Test", NO_ADDRESS),
        SkippedRecipient("Eva Ogiltig", UNUSABLE_ADDRESS),
    )
    sv = [s.reason_text(Catalogue("sv")) for s in listed.skipped]
    assert sv == [
        "e-postadressen har å, ä, ö eller andra specialtecken före @",
        "ingen e-postadress",
        "e-postadressen går inte att använda",
    ]
    assert meeting_recipients(forum, meeting.id) == list(listed.recipients)
    # The To: line holds exactly the listed recipients ("Kopiera adresser" copies the same).
    draft = build_draft(
        subject="S", recipients=listed.recipients, body="x\n", attachment=DOCX, attachment_name="a"
    )
    parsed = _parse(draft)
    assert [(a.display_name, a.addr_spec) for a in parsed["To"].addresses] == [
        (r.name, r.address) for r in listed.recipients
    ]
    assert b" <orjan@xn--kmmun-jua.example>" in draft.as_bytes()  # no encoded word after @


def test_mail_address_forms() -> None:
    assert mail_address(" anna@example.se ") == ("anna@example.se", "")
    assert mail_address("bo@bläck.example") == ("bo@xn--blck-moa.example", "")
    assert mail_address("") == (None, NO_ADDRESS)
    assert mail_address("ö@example.se") == (None, NON_ASCII_ADDRESS)
    for bad in ("a@x..se", "a..b@example.se", "anna", "a b@example.se"):
        assert mail_address(bad) == (None, UNUSABLE_ADDRESS), bad


def test_long_display_names_keep_every_line_under_998_characters() -> None:
    people = [Recipient("N" * 1000, "n@example.se"), Recipient("Å" * 500, "a@example.se")]
    people += [Recipient(f"Deltagare {i} " * 6, f"d{i}@example.se") for i in range(60)]
    raw = build_draft(
        subject="S", recipients=people, body="x\n", attachment=DOCX, attachment_name="a.docx"
    ).as_bytes()
    assert max(len(line) for line in raw.split(b"\r\n")) <= 998
    parsed = email.message_from_bytes(raw, policy=policy.default)
    # (Python's parser puts a space between the encoded words of one name; mail programs do not.)
    names = [a.display_name.replace(" ", "") for a in parsed["To"].addresses]
    assert names[:2] == ["N" * 69 + "…", "Å" * 69 + "…"]
    assert len(names) == 62


def test_attachment_has_a_plain_name_for_outlook_too() -> None:
    name = "Minnesanteckningar Samverkansforum Norrbyn – äldre och multisjuka 2026-11-22.docx"
    raw = _draft(name).as_bytes()
    plain = "Minnesanteckningar Samverkansforum Norrbyn - aldre och multisjuka 2026-11-22.docx"
    assert f' name="{plain}"'.encode() in raw  # whole, on one line, not name*0*=
    assert b"name*" not in raw.replace(b"filename*", b"")
    (attachment,) = list(_parse(_draft(name)).iter_attachments())
    assert attachment.get_filename() == name  # RFC 2231 keeps the Swedish letters
    assert attachment.get_param("name") == plain
    assert attachment.get_content_type() == "/".join(DOCX_TYPE)
    assert attachment.get_content() == DOCX


def test_ascii_file_name() -> None:
    assert ascii_file_name("Åsa Öberg ÆØ ß – möte.docx") == "Asa Oberg AeO ss - mote.docx"
    assert ascii_file_name("العربية 2026.docx") == "_ 2026.docx"
    assert ascii_file_name('a"b\\c.docx') == "a_b_c.docx"
    assert len(ascii_file_name("x" * 900 + ".docx")) == 200
    assert ascii_file_name("x" * 900 + ".docx").endswith("x.docx")
