"""The name of the minutes file and the subject line that goes with it.

Both start from the forum name cleaned by ``one_line``, the same as every
other one-line text (footer, document properties, e-mail headers).
"""

from __future__ import annotations

import re

from app import model
from app.dates_text import long_date
from app.forum_file import ForumFile
from app.minutes import texts
from app.text_cleaning import ELLIPSIS, one_line, shorten

# Characters Windows refuses in file names; control characters are gone already.
_ILLEGAL = re.compile(r'[<>:"/\\|?*]')
# Long forum names are cut so the whole path stays well under Windows' 260.
MAX_FORUM_CHARS = 80
# The subject is also the footer's first line: a page cannot hold an endless one,
# and mail programs show about this much.
MAX_SUBJECT_CHARS = 120


def _safe_forum_name(name: str) -> str:
    cleaned = one_line(_ILLEGAL.sub("-", one_line(name))).strip(" .-")
    if len(cleaned) > MAX_FORUM_CHARS:
        cleaned = cleaned[:MAX_FORUM_CHARS].rstrip(" .-")
    return cleaned


def minutes_file_name(forum: ForumFile, meeting: model.Meeting, language: str) -> str:
    """ "Minnesanteckningar {forum} {YYYY-MM-DD}.docx", safe on every system."""
    template = texts.Words(language)(texts.FILE_NAME)
    forum_name = _safe_forum_name(forum.forum.get().name)
    stem = template.format(forum=forum_name, date=meeting.date)
    return one_line(stem) + ".docx"


def minutes_subject(forum: ForumFile, meeting: model.Meeting, language: str) -> str:
    """ "Minnesanteckningar – {forum} – 22 november 2026" (the e-mail subject, the
    document's title and footer), at most MAX_SUBJECT_CHARS: a long forum name is
    cut with "…" so the date stays."""
    template = texts.Words(language)(texts.SUBJECT)
    date = long_date(meeting.date, language)
    forum_name = one_line(forum.forum.get().name)
    room = MAX_SUBJECT_CHARS - len(template.format(forum="", date=date))
    subject = template.format(forum=shorten(forum_name, max(room, len(ELLIPSIS))), date=date)
    return shorten(subject, MAX_SUBJECT_CHARS)
