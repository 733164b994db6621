"""Clock times ('13:30', as stored) counted in minutes after midnight."""

from __future__ import annotations

import re

from app import model

_CLOCK = re.compile(r"\d{2}:\d{2}")
DAY = 24 * 60


def clock_minutes(value: str | None) -> int | None:
    """'13:30' -> 810 minutes after midnight; None when not a time."""
    if not value or not _CLOCK.fullmatch(value):
        return None
    return int(value[:2]) * 60 + int(value[3:])


def clock_text(minutes: int) -> str:
    """810 -> '13:30' (past midnight, the next day's clock)."""
    minutes %= DAY
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def meeting_length(meeting: model.Meeting | None) -> int | None:
    """Minutes from start to end, None unless both are set and end is later."""
    if meeting is None:
        return None
    start, end = clock_minutes(meeting.start), clock_minutes(meeting.end)
    if start is None or end is None or end <= start:
        return None
    return end - start
