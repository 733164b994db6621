"""What a new meeting starts with: the "Nästa träff" the latest meeting agreed.

At the end of a workshop the forum agrees when and where it meets next
(Avslutning). The meeting made afterwards is that one, so it takes that date,
start time and place instead of today's date and blanks to fill in again.
"""

from __future__ import annotations

from datetime import date, timedelta

from app import model
from app.clock import DAY, clock_minutes, clock_text, meeting_length

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
        "end": _same_length(latest, start),
        "location": latest.next_location,
    }


def agreed_next(meeting: model.Meeting, today: date) -> bool:
    """``meeting`` set a Nästa träff after its own date (an earlier one is a slip,
    pointed out on Avslutning, and not followed) that is not long past."""
    if meeting.next_date is None or meeting.next_date <= meeting.date:
        return False
    return meeting.next_date >= (today - _KEPT_WITHIN).isoformat()


def _same_length(latest: model.Meeting, new_start: str | None) -> str | None:
    """The end of a meeting from ``new_start`` as long as ``latest``; None when a
    time is missing or the end would pass midnight."""
    length, begin = meeting_length(latest), clock_minutes(new_start)
    if length is None or begin is None or begin + length >= DAY:
        return None
    return clock_text(begin + length)
