"""Due dates of actions: the quick picks and when an action is overdue.

Dates are ISO strings (YYYY-MM-DD) in the file; the arithmetic is on
``datetime.date``. Headless, so the register, the exporter and the UI agree.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from app.model import OPEN_ACTION_STATUSES


def add_months(start: date, months: int) -> date:
    """The same day ``months`` later, or that month's last day when it is shorter.

    31 January + 1 month is 28 (or 29) February, never 3 March.
    """
    index = start.month - 1 + months
    year, month = start.year + index // 12, index % 12 + 1
    last_day = calendar.monthrange(year, month)[1]
    return date(year, month, min(start.day, last_day))


def two_weeks_after(iso: str) -> str:
    """The quick pick "2 veckor": fourteen days after ``iso``."""
    return (date.fromisoformat(iso) + timedelta(weeks=2)).isoformat()


def three_months_after(iso: str) -> str:
    """The quick pick "3 månader", clamped to the month's end."""
    return add_months(date.fromisoformat(iso), 3).isoformat()


def days_overdue(due: str | None, on: str, status: str) -> int:
    """How many days an open action's due date lies before ``on``; 0 if it is not overdue.

    Done and cancelled actions are never overdue; neither is one without a
    due date or with a date that cannot be read.
    """
    if not due or status not in OPEN_ACTION_STATUSES:
        return 0
    try:
        late = (date.fromisoformat(on) - date.fromisoformat(due)).days
    except ValueError:
        return 0
    return max(late, 0)


def is_overdue(due: str | None, on: str, status: str) -> bool:
    return days_overdue(due, on, status) > 0
