"""The minutes of a meeting (minnesanteckningar) as a Word document, Swedish or English.

    meeting = resolve_meeting(forum, "latest")
    export_minutes(forum, meeting.id, folder / minutes_file_name(forum, meeting, "sv"))

``gather`` gives the same content as plain data (the e-mail cover text lists
the agreed actions from it). python-docx makes the document (package.py) and is
imported only when a document is rendered, so importing this package stays light.
The same forum data give the same bytes, so an e-mailed copy equals an export.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from app.atomic import write_bytes_atomic
from app.forum_file import ForumFile
from app.minutes.content import (
    ActionRow,
    AgendaEntry,
    AttendanceGroup,
    CauseGroup,
    CauseLine,
    Field,
    FollowUpRow,
    GapSection,
    MinutesContent,
    NextMeeting,
)
from app.minutes.gather import ShownText, gather
from app.minutes.meetings import LATEST, author, meeting_number, resolve_meeting
from app.minutes.naming import minutes_file_name, minutes_subject

if TYPE_CHECKING:
    from app.mail_draft import CoverAction

__all__ = [
    "LATEST",
    "ActionRow",
    "AgendaEntry",
    "AttendanceGroup",
    "CauseGroup",
    "CauseLine",
    "Field",
    "FollowUpRow",
    "GapSection",
    "MinutesContent",
    "NextMeeting",
    "ShownText",
    "author",
    "cover_actions",
    "document_of",
    "export_minutes",
    "gather",
    "meeting_number",
    "minutes_document",
    "minutes_file_name",
    "minutes_subject",
    "resolve_meeting",
    "shown_texts",
]


def minutes_document(forum: ForumFile, meeting_id: str, language: str = "sv") -> bytes:
    """The .docx bytes of the minutes of ``meeting_id`` in ``language`` ('sv' or 'en')."""
    shown: list[ShownText] = []
    return document_of(gather(forum, meeting_id, language, shown=shown), shown)


def document_of(content: MinutesContent, shown: list[ShownText]) -> bytes:
    """The .docx bytes of ``content``; ``shown`` is what gathering it noted.

    The footer says the minutes hold nothing about clients or patients only when
    no text they print holds an identity number (the privacy check's rule, read
    from the same gathering): a facilitator may choose to export anyway, and the
    document must not then vouch for itself.
    """
    from app.minutes.render import render
    from app.privacy.numbers import find_identity_numbers

    found = any(find_identity_numbers(getattr(text.row, text.field) or "") for text in shown)
    return render(content, no_identity_numbers=not found)


def export_minutes(forum: ForumFile, meeting_id: str, target: Path, language: str = "sv") -> None:
    """Write the minutes to ``target`` whole or not at all (OutputError when it cannot).

    The document is made in memory first, so a failure leaves any earlier file as it was.
    """
    write_bytes_atomic(Path(target), minutes_document(forum, meeting_id, language))


def shown_texts(forum: ForumFile, meeting_id: str) -> list[ShownText]:
    """Every stored text the minutes of ``meeting_id`` print (in either language),
    in the order they are gathered; a text printed twice is listed twice."""
    shown: list[ShownText] = []
    gather(forum, meeting_id, shown=shown)
    return shown


def cover_actions(content: MinutesContent) -> list[CoverAction]:
    """The agreed actions as the e-mail cover text lists them."""
    from app.mail_draft import CoverAction

    return [
        CoverAction(
            number=a.number,
            title=a.title,
            owner=a.owner,
            organisation=a.organisation,
            due=a.due or None,
        )
        for a in content.actions
    ]
