"""What a new meeting starts with: the "Nästa träff" the latest meeting agreed.

At the end of a workshop the forum agrees when and where it meets next
(Avslutning). The meeting made afterwards is that one, so it takes that date,
start time and place instead of today's date and blanks to fill in again.
"""

from __future__ import annotations

from datetime import date, timedelta

from app import model
from app.validation import is_valid_time

# An agreement whose day passed longer ago than this was not kept (the forum
# paused): a meeting made now is dated today instead.
_KEPT_WITHIN = timedelta(days=31)


def new_meeting_times(latest: model.Meeting | None, today: date) -> dict[str, str | None]:
    """``date``, ``start``, ``end`` and ``location`` for a meeting made ``today``.

    ``latest`` is the last meeting in meeting order. When it agreed a next
    meeting on a later date than its own (agreed_next), the new meeting is
    that one: its date, start time and place, and as long as ``latest`` was
    when both have their times. Otherwise it is dated today with the rest left
    empty.
    """
    if latest is None or not agreed_next(latest, today):
        return {"date": today.isoformat(), "start": None, "end": None, "location": ""}
    start = latest.next_start
    return {
        "date": latest.next_date,
        "start": start,
        "end": _same_length(latest.start, latest.end, start),
        "location": latest.next_location,
    }


def agreed_next(meeting: model.Meeting, today: date) -> bool:
    """``meeting`` set a Nästa träff after its own date (an earlier one is a slip,
    pointed out on Avslutning, and not followed) that is not long past."""
    if meeting.next_date is None or meeting.next_date <= meeting.date:
        return False
    return meeting.next_date >= (today - _KEPT_WITHIN).isoformat()


def _same_length(start: str | None, end: str | None, new_start: str | None) -> str | None:
    """The end of a meeting from ``new_start`` as long as ``start``–``end``; None
    when a time is missing or the end would pass midnight."""
    if not (start and end and new_start) or not all(
        is_valid_time(t) for t in (start, end, new_start)
    ):
        return None
    length = _minutes(end) - _minutes(start)
    finish = _minutes(new_start) + length
    if length <= 0 or finish >= 24 * 60:
        return None
    return f"{finish // 60:02d}:{finish % 60:02d}"


def _minutes(hhmm: str) -> int:
    hours, minutes = hhmm.split(":")
    return int(hours) * 60 + int(minutes)
