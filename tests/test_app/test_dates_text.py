from __future__ import annotations

import pytest

from app.dates_text import clock_time, long_date, time_span


@pytest.mark.parametrize(
    ("iso", "language", "expected"),
    [
        ("2026-11-22", "sv", "22 november 2026"),
        ("2026-11-22", "en", "22 November 2026"),
        ("2027-01-05", "sv", "5 januari 2027"),
        ("2024-02-29", "en", "29 February 2024"),
        ("2026-05-01", "sv", "1 maj 2026"),
    ],
)
def test_long_date(iso: str, language: str, expected: str) -> None:
    assert long_date(iso, language) == expected


def test_times_use_the_separator_of_the_language() -> None:
    assert clock_time("13:05", "sv") == "13.05"
    assert clock_time("13:05", "en") == "13:05"
    assert time_span("13:00", "16:30", "sv") == "13.00\u201316.30"
    assert time_span("09:00", None, "en") == "09:00"
    assert time_span(None, None, "sv") == ""
