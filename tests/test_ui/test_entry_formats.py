from datetime import date

import pytest

from ui.entry_formats import normalise_date, normalise_time


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("13", "13:00"),
        ("9", "09:00"),
        ("9.30", "09:30"),
        ("9:30", "09:30"),
        ("0930", "09:30"),
        ("930", "09:30"),
        (" 16.00 ", "16:00"),
        ("23:59", "23:59"),
        ("24:00", "24:00"),  # left for the service to refuse, with its message
        ("kvart över", "kvart över"),
    ],
)
def test_times(typed: str, stored: str) -> None:
    assert normalise_time(typed) == stored


TODAY = date(2026, 11, 23)


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("20270115", "2027-01-15"),
        ("2027-01-15", "2027-01-15"),
        ("2026-12-3", "2026-12-03"),
        ("3/12", "2026-12-03"),  # day first, the next 3 December to come
        ("3.12", "3.12"),  # dotted without a year: likely a time in the wrong field
        ("10.10", "10.10"),
        ("3.12.2026", "2026-12-03"),
        ("3/12 2026", "2026-12-03"),
        ("3/12-26", "2026-12-03"),
        ("15/1", "2027-01-15"),  # the next 15 January: next year
        ("1/6", "2027-06-01"),
        ("20/11", "2026-11-20"),  # three days ago: a meeting entered afterwards
        ("3 dec", "2026-12-03"),
        ("3 December 2027", "2027-12-03"),
        ("3 dec. 2026", "2026-12-03"),
        ("idag", "2026-11-23"),
        ("I morgon", "2026-11-24"),
        ("imorgon", "2026-11-24"),
        ("övermorgon", "2026-11-25"),
        ("29/2", "2028-02-29"),  # the next leap day
        # No date form, or no such day: left for the service to refuse, as typed.
        ("31/4", "31/4"),
        ("2026-02-30", "2026-02-30"),
        ("13/13", "13/13"),
        ("3 smörgås", "3 smörgås"),
        ("12/2026", "12/2026"),
        ("nästa vecka", "nästa vecka"),
    ],
)
def test_dates(typed: str, stored: str) -> None:
    assert normalise_date(typed, today=TODAY) == stored


@pytest.mark.parametrize(
    ("typed", "after", "stored"),
    [
        ("1/10", "2026-09-10", "2026-10-01"),  # Nästa träff of a meeting held in September
        ("31/12", "2026-01-20", "2026-12-31"),  # a deadline from January: not the past one
        ("10/9", "2026-09-10", "2026-09-10"),  # the meeting's own day counts
        ("9/9", "2026-09-10", "2027-09-09"),
        ("3/12 2025", "2026-09-10", "2025-12-03"),  # a year typed is kept (and warned of)
    ],
)
def test_a_date_after_the_meeting(typed: str, after: str, stored: str) -> None:
    assert normalise_date(typed, after=after, today=TODAY) == stored


@pytest.mark.parametrize(
    ("typed", "near", "stored"),
    [
        ("15/9", "2026-09-10", "2026-09-15"),  # a meeting held in September, corrected
        ("10/1", "2026-11-23", "2027-01-10"),  # a new meeting, dated today
        ("20/11", "2026-11-23", "2026-11-20"),
        ("1/6", "2026-11-23", "2026-06-01"),  # nearer than June next year
    ],
)
def test_a_meeting_date_corrected(typed: str, near: str, stored: str) -> None:
    assert normalise_date(typed, near=near, today=TODAY) == stored
