"""A new meeting is the Nästa träff the latest meeting agreed (app.next_meeting)."""

from __future__ import annotations

from datetime import date

import pytest

from app import model
from app.next_meeting import agreed_next, new_meeting_times

TODAY = date(2026, 11, 23)


def _meeting(**changes: object) -> model.Meeting:
    values: dict[str, object] = {
        "id": "m1",
        "title": "Träff 4",
        "date": "2026-11-09",
        "start": "13:00",
        "end": "15:30",
        "location": "Norrby kommunhus",
        "purpose": "",
        "notes_taker_id": None,
        "phase": 7,
        "next_date": "2027-01-22",
        "next_start": "09:00",
        "next_location": "Vårdcentralen Ängsdal",
        "next_notes": "",
        "updated_at": "2026-11-09T15:30:00Z",
    }
    values.update(changes)
    return model.Meeting(**values)  # type: ignore[arg-type]


def test_the_agreed_date_time_and_place_with_the_same_length() -> None:
    assert new_meeting_times(_meeting(), TODAY) == {
        "date": "2027-01-22",
        "start": "09:00",
        "end": "11:30",
        "location": "Vårdcentralen Ängsdal",
    }


def test_an_agreed_date_just_passed_is_still_that_meeting() -> None:
    times = new_meeting_times(_meeting(next_date="2026-11-20"), TODAY)
    assert times["date"] == "2026-11-20"  # entered afterwards: it was held then
    late = _meeting(date="2026-09-01", next_date="2026-10-23")  # 31 days ago
    assert new_meeting_times(late, TODAY)["date"] == "2026-10-23"


@pytest.mark.parametrize(
    ("changes", "end"),
    [
        ({"next_start": None}, None),  # no time agreed: no end either
        ({"start": None}, None),  # the latest had no length
        ({"end": "12:00"}, None),  # ended before it began: no length to copy
        ({"next_start": "21:30"}, None),  # would end at midnight
        ({"next_start": "21:00"}, "23:30"),  # just fits the day
    ],
)
def test_an_end_only_when_the_length_is_known_and_fits_the_day(
    changes: dict[str, object], end: str | None
) -> None:
    assert new_meeting_times(_meeting(**changes), TODAY)["end"] == end


@pytest.mark.parametrize(
    "latest",
    [
        None,
        _meeting(next_date=None),
        _meeting(next_date="2026-11-09"),  # the meeting's own day
        _meeting(next_date="2026-10-01"),  # before it: a slip
        _meeting(date="2025-03-01", next_date="2025-04-01"),  # long past: the forum paused
        _meeting(date="2026-09-01", next_date="2026-10-22"),  # 32 days ago
    ],
)
def test_without_an_agreed_later_date_the_meeting_is_dated_today(
    latest: model.Meeting | None,
) -> None:
    assert new_meeting_times(latest, TODAY) == {
        "date": "2026-11-23",
        "start": None,
        "end": None,
        "location": "",
    }
    assert latest is None or not agreed_next(latest, TODAY)
