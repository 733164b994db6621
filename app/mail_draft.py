"""The e-mail draft that sends the minutes to a meeting's participants.

An RFC 5322 message marked ``X-Unsent: 1``, so Outlook, Thunderbird and Apple
Mail open it as a draft to review and send from the facilitator's own account.
It has no From: the mail client fills in its sender. Nothing here sends mail.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import formatdate

from app.dates_text import long_date
from app.forum_file import ForumFile
from app.i18n import QT_TRANSLATE_NOOP, Catalogue

DOCX_TYPE = ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document")

# Deliberately loose: the mail client has the last word; this keeps out what
# would break the To: header (spaces, several addresses in one field, no domain).
_ADDRESS = re.compile(r"[^@\s<>,;\"()\[\]\\]+@[^@\s<>,;\"()\[\]\\]+\.[^@\s<>,;\"()\[\]\\.]+")

_C = "MailDraft"
_GREETING = QT_TRANSLATE_NOOP("MailDraft", "Hej!")
_INTRO = QT_TRANSLATE_NOOP(
    "MailDraft",
    "Här kommer minnesanteckningarna från träffen i {forum} den {date}. "
    "De finns i det bifogade Word-dokumentet.",
)
_ACTIONS_HEADING = QT_TRANSLATE_NOOP("MailDraft", "Åtgärder som vi kom överens om:")
_NO_ACTIONS = QT_TRANSLATE_NOOP("MailDraft", "Inga nya åtgärder beslutades på träffen.")
_ACTION_OWNER = QT_TRANSLATE_NOOP("MailDraft", "ansvarig {owner}")
_ACTION_DUE = QT_TRANSLATE_NOOP("MailDraft", "klart senast {date}")
_CLOSING = QT_TRANSLATE_NOOP(
    "MailDraft", "Hör gärna av dig om något behöver rättas eller kompletteras."
)
_REGARDS = QT_TRANSLATE_NOOP("MailDraft", "Vänliga hälsningar")


@dataclass(frozen=True)
class Recipient:
    name: str
    address: str


@dataclass(frozen=True)
class CoverAction:
    """One agreed action as the cover text lists it."""

    number: int
    title: str
    owner: str
    organisation: str
    due: str | None  # ISO date


def one_line(text: str) -> str:
    """User text made safe for a header or a list line: no control characters."""
    cleaned = (" " if unicodedata.category(ch) in ("Cc", "Zl", "Zp") else ch for ch in text)
    return " ".join("".join(cleaned).split())


def looks_like_address(address: str) -> bool:
    return _ADDRESS.fullmatch(address.strip()) is not None


def meeting_recipients(forum: ForumFile, meeting_id: str) -> list[Recipient]:
    """Everyone on the meeting's attendance list who has a usable address,
    whatever their status (present, excused, absent, invited); each address once."""
    attendance = forum.attendance.list(meeting_id=meeting_id)
    people = {p.id: p for p in forum.people.list_in("id", [a.person_id for a in attendance])}
    seen: set[str] = set()
    found: list[Recipient] = []
    for row in attendance:
        person = people.get(row.person_id)
        if person is None:
            continue
        address = person.email.strip()
        if not looks_like_address(address) or address.casefold() in seen:
            continue
        seen.add(address.casefold())
        found.append(Recipient(one_line(person.name), address))
    return found


def cover_text(
    *,
    forum_name: str,
    meeting_date: str,
    actions: Sequence[CoverAction],
    sender: str,
    language: str,
) -> str:
    tr = Catalogue(language).translate
    lines = [
        tr(_C, _GREETING),
        "",
        tr(_C, _INTRO).format(forum=one_line(forum_name), date=long_date(meeting_date, language)),
        "",
    ]
    if actions:
        lines.append(tr(_C, _ACTIONS_HEADING))
        for action in actions:
            lines.append(
                f"{action.number}. {one_line(action.title)}{_details(action, tr, language)}"
            )
    else:
        lines.append(tr(_C, _NO_ACTIONS))
    lines += ["", tr(_C, _CLOSING), "", tr(_C, _REGARDS)]
    if sender.strip():
        lines.append(one_line(sender))
    return "\n".join(lines) + "\n"


def _details(action: CoverAction, tr: Callable[[str, str], str], language: str) -> str:
    parts = []
    owner = one_line(action.owner)
    if owner:
        organisation = one_line(action.organisation)
        who = f"{owner} ({organisation})" if organisation else owner
        parts.append(tr(_C, _ACTION_OWNER).format(owner=who))
    if action.due:
        parts.append(tr(_C, _ACTION_DUE).format(date=long_date(action.due, language)))
    return " – " + ", ".join(parts) if parts else ""


def build_draft(
    *,
    subject: str,
    recipients: Iterable[Recipient],
    body: str,
    attachment: bytes,
    attachment_name: str,
) -> EmailMessage:
    message = EmailMessage(policy=policy.SMTP)
    message["X-Unsent"] = "1"
    message["Date"] = formatdate(localtime=True)
    message["Subject"] = one_line(subject)
    addresses = [a for a in map(_address, recipients) if a is not None]
    if addresses:
        message["To"] = addresses
    message.set_content(body, charset="utf-8", cte="quoted-printable")
    # policy.SMTP writes a non-ASCII file name as RFC 2231 (filename*=utf-8''…).
    message.add_attachment(
        attachment, maintype=DOCX_TYPE[0], subtype=DOCX_TYPE[1], filename=attachment_name
    )
    return message


def _address(recipient: Recipient) -> Address | None:
    try:
        return Address(display_name=recipient.name, addr_spec=recipient.address)
    except (ValueError, IndexError):
        return None
