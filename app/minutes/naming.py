"""The name of the minutes file and the subject line that goes with it."""

from __future__ import annotations

import re

from app import model
from app.dates_text import long_date
from app.forum_file import ForumFile
from app.minutes import texts
from app.minutes.sanitise import sanitise

# Characters Windows refuses in file names (and control characters, which no
# file system likes), plus runs of white space.
_ILLEGAL = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f\ud800-\udfff\ufffe\uffff]')
_SPACES = re.compile(r"\s+")
# Long forum names are cut so the whole path stays well under Windows' 260.
MAX_FORUM_CHARS = 80


def _safe_forum_name(name: str) -> str:
    cleaned = _SPACES.sub(" ", _ILLEGAL.sub("-", name)).strip(" .-")
    if len(cleaned) > MAX_FORUM_CHARS:
        cleaned = cleaned[:MAX_FORUM_CHARS].rstrip(" .-")
    return cleaned


def minutes_file_name(forum: ForumFile, meeting: model.Meeting, language: str) -> str:
    """ "Minnesanteckningar {forum} {YYYY-MM-DD}.docx", safe on every system."""
    template = texts.Words(language)(texts.FILE_NAME)
    forum_name = _safe_forum_name(forum.forum.get().name)
    stem = template.format(forum=forum_name, date=meeting.date)
    return _SPACES.sub(" ", stem).strip() + ".docx"


def minutes_subject(forum: ForumFile, meeting: model.Meeting, language: str) -> str:
    """ "Minnesanteckningar – {forum} – 22 november 2026" (the e-mail subject and title)."""
    template = texts.Words(language)(texts.SUBJECT)
    forum_name = _SPACES.sub(" ", sanitise(forum.forum.get().name)).strip()
    return template.format(forum=forum_name, date=long_date(meeting.date, language))
