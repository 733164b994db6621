"""Quick-pick due dates and the overdue rule."""

from __future__ import annotations

from datetime import date

import pytest

from app.action_dates import (
    add_months,
    days_overdue,
    is_overdue,
    three_months_after,
    two_weeks_after,
)


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (date(2026, 11, 8), 3, date(2027, 2, 8)),
        (date(2026, 11, 30), 3, date(2027, 2, 28)),  # clamped to the month's end
        (date(2027, 11, 30), 3, date(2028, 2, 29)),  # leap year
        (date(2026, 1, 31), 1, date(2026, 2, 28)),
        (date(2026, 8, 31), 1, date(2026, 9, 30)),
        (date(2026, 12, 15), 1, date(2027, 1, 15)),  # across the year
        (date(2026, 10, 31), 14, date(2027, 12, 31)),
    ],
)
def test_add_months_clamps_to_month_end(start: date, months: int, expected: date) -> None:
    assert add_months(start, months) == expected


def test_quick_picks_from_a_meeting_date() -> None:
    assert two_weeks_after("2026-11-08") == "2026-11-22"
    assert two_weeks_after("2026-12-25") == "2027-01-08"
    assert three_months_after("2026-11-30") == "2027-02-28"
    assert three_months_after("2026-11-08") == "2027-02-08"


def test_overdue_only_for_open_actions_due_before_the_date() -> None:
    assert days_overdue("2026-11-01", "2026-11-08", "ongoing") == 7
    assert is_overdue("2026-11-07", "2026-11-08", "not_started")
    assert is_overdue("2026-01-01", "2026-11-08", "delayed")
    assert not is_overdue("2026-11-08", "2026-11-08", "ongoing")  # due today is not late
    assert not is_overdue("2026-12-01", "2026-11-08", "ongoing")
    assert not is_overdue("2026-01-01", "2026-11-08", "done")
    assert not is_overdue("2026-01-01", "2026-11-08", "cancelled")
    assert not is_overdue(None, "2026-11-08", "ongoing")
    assert not is_overdue("not a date", "2026-11-08", "ongoing")
