"""The e-mail draft that sends the minutes to a meeting's participants.

An RFC 5322 message marked ``X-Unsent: 1``, so Outlook, Thunderbird and Apple
Mail open it as a draft to review and send from the facilitator's own account.
It has no From: the mail client fills in its sender. Nothing here sends mail.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from email import policy
from email.errors import MessageError
from email.headerregistry import Address
from email.message import EmailMessage, Message
from email.utils import formatdate

from app import model
from app.dates_text import long_date
from app.forum_file import ForumFile
from app.i18n import QT_TRANSLATE_NOOP, Catalogue, translate
from app.minutes.naming import MAX_SUBJECT_CHARS
from app.text_cleaning import one_line as one_line  # shared with the minutes
from storage.records import record

DOCX_TYPE = ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document")

# Deliberately loose: the mail client has the last word; this keeps out what
# would break the To: header (spaces, several addresses in one field, no domain).
_ADDRESS = re.compile(r"[^@\s<>,;\"()\[\]\\]+@[^@\s<>,;\"()\[\]\\]+\.[^@\s<>,;\"()\[\]\\.]+")
# A display name longer than this is cut with "…": a To: line must stay under
# RFC 5322's 998 characters, and a name is only a label there.
MAX_DISPLAY_NAME = 70
# The plain attachment name is for old mail programs; file names here are shorter.
_MAX_PLAIN_NAME = 200
# Headers built here (the attachment's Content-Type) are written as built.
_POLICY = policy.SMTP.clone(refold_source="none")

# Why an attendee is not among the recipients.
NO_ADDRESS = "no_address"
UNUSABLE_ADDRESS = "unusable_address"
NON_ASCII_ADDRESS = "non_ascii_address"

_C = "MailDraft"
_REASONS = {
    NO_ADDRESS: QT_TRANSLATE_NOOP("MailDraft", "ingen e-postadress"),
    UNUSABLE_ADDRESS: QT_TRANSLATE_NOOP("MailDraft", "e-postadressen går inte att använda"),
    # SMTPUTF8 is far from universal: most mail servers refuse such an address.
    NON_ASCII_ADDRESS: QT_TRANSLATE_NOOP(
        "MailDraft", "e-postadressen har å, ä, ö eller andra specialtecken före @"
    ),
}
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

# Letters NFKD does not take apart, for the plain ASCII attachment name.
_ASCII_LETTERS = str.maketrans(
    {"ø": "o", "Ø": "O", "æ": "ae", "Æ": "Ae", "ß": "ss", "đ": "d", "Đ": "D", "ł": "l", "Ł": "L"}
    | dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2212", "-")
)


@record
class Recipient:
    """One address on the To: line, exactly as it will stand there."""

    name: str
    address: str


@record
class SkippedRecipient:
    """An attendee the draft does not reach; ``reason`` is one of the codes above."""

    name: str
    reason: str

    def reason_text(self, catalogue: Catalogue | None = None) -> str:
        """Why, in ``catalogue``'s language (None: the installed one)."""
        source = _REASONS[self.reason]
        return catalogue.translate(_C, source) if catalogue else translate(_C, source)


@record
class RecipientList:
    recipients: tuple[Recipient, ...]
    skipped: tuple[SkippedRecipient, ...]
    # Whose name and address the To: line carries (the privacy check reads them).
    reached: tuple[model.Person, ...]


@record
class CoverAction:
    """One agreed action as the cover text lists it."""

    number: int
    title: str
    owner: str
    organisation: str
    due: str | None  # ISO date


def looks_like_address(address: str) -> bool:
    return _ADDRESS.fullmatch(address.strip()) is not None


def mail_address(address: str) -> tuple[str | None, str]:
    """(the address as To: writes it, "") or (None, the reason it cannot be used).

    A domain in Unicode (IDN) is written in its ASCII form (xn--…), which every
    mail system takes; a Unicode name before the @ is refused.
    """
    address = address.strip()
    if not address:
        return None, NO_ADDRESS
    if not looks_like_address(address):
        return None, UNUSABLE_ADDRESS
    local, _, domain = address.rpartition("@")
    if not local.isascii():
        return None, NON_ASCII_ADDRESS
    try:
        written = f"{local}@{domain.encode('idna').decode('ascii')}"
        Address(addr_spec=written)
    except (UnicodeError, ValueError, IndexError, MessageError):
        return None, UNUSABLE_ADDRESS
    return written, ""


def address_problem(address: str) -> str:
    """Why the minutes cannot be sent to ``address``, in words ("e-postadressen går
    inte att använda"); "" when they can, or when there is no address at all."""
    if not address.strip():
        return ""
    written, reason = mail_address(address)
    return "" if written is not None else translate(_C, _REASONS[reason])


def recipient_list(forum: ForumFile, meeting_id: str) -> RecipientList:
    """Everyone on the meeting's attendance list, whatever their status (present,
    excused, absent, invited): those with a usable address as recipients (each
    address once), the others as skipped, with the reason."""
    attendance = forum.attendance.list(meeting_id=meeting_id)
    people = {p.id: p for p in forum.people.list_in("id", [a.person_id for a in attendance])}
    seen: set[str] = set()
    found: list[Recipient] = []
    skipped: list[SkippedRecipient] = []
    reached: list[model.Person] = []
    for row in attendance:
        person = people.get(row.person_id)
        if person is None:
            continue
        name = one_line(person.name, MAX_DISPLAY_NAME)
        address, reason = mail_address(person.email)
        if address is None:
            skipped.append(SkippedRecipient(name, reason))
        elif address.casefold() not in seen:  # the same mailbox twice is reached once
            seen.add(address.casefold())
            found.append(Recipient(name, address))
            reached.append(person)
    return RecipientList(tuple(found), tuple(skipped), tuple(reached))


def meeting_recipients(forum: ForumFile, meeting_id: str) -> list[Recipient]:
    """The To: line of the meeting's draft (see recipient_list)."""
    return list(recipient_list(forum, meeting_id).recipients)


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
    message = EmailMessage(policy=_POLICY)
    message["X-Unsent"] = "1"
    message["Date"] = formatdate(localtime=True)
    message["Subject"] = one_line(subject, MAX_SUBJECT_CHARS)
    addresses = [a for a in map(_address, recipients) if a is not None]
    if addresses:
        message["To"] = addresses
    message.set_content(body, charset="utf-8", cte="quoted-printable")
    # policy.SMTP writes a non-ASCII file name as RFC 2231 (filename*=utf-8''…).
    message.add_attachment(
        attachment, maintype=DOCX_TYPE[0], subtype=DOCX_TYPE[1], filename=attachment_name
    )
    for part in message.iter_attachments():  # the one just added
        _add_plain_name(part, attachment_name)
    return message


def ascii_file_name(name: str) -> str:
    """``name`` in plain ASCII: å, ä, ö become a, a, o; what has no ASCII form is "_"."""
    decomposed = unicodedata.normalize("NFKD", one_line(name).translate(_ASCII_LETTERS))
    letters = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    plain = "".join(ch if " " <= ch <= "~" and ch not in '"\\' else "_" for ch in letters)
    plain = re.sub("_+", "_", plain)
    if len(plain) > _MAX_PLAIN_NAME:  # keep the extension
        stem, dot, extension = plain.rpartition(".")
        if not dot or len(extension) > 8:
            stem, dot, extension = plain, "", ""
        plain = stem[: _MAX_PLAIN_NAME - len(dot + extension)] + dot + extension
    return plain if plain.strip(" ._") else "minutes.docx"


def _add_plain_name(part: Message, file_name: str) -> None:
    """Content-Type gets a plain ASCII ``name="…"`` besides the RFC 2231 filename*:
    Outlook reads the name from there. Written as built, on a line of its own: the
    email package would cut a long one into RFC 2231 pieces (name*0*=…) that
    Outlook does not read either. RFC 5322 allows header lines of 998 characters."""
    content_type = f"{DOCX_TYPE[0]}/{DOCX_TYPE[1]}"
    del part["Content-Type"]
    part.set_raw("Content-Type", f'{content_type};\n name="{ascii_file_name(file_name)}"')


def _address(recipient: Recipient) -> Address | None:
    written, _ = mail_address(recipient.address)
    if written is None:
        return None
    return Address(display_name=one_line(recipient.name, MAX_DISPLAY_NAME), addr_spec=written)
