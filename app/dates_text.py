"""Dates and times as written in running text, in a chosen language.

Written out here rather than through QLocale so the minutes read the same
on every machine, whatever its locale ("22 november 2026", "13.00").
"""

from __future__ import annotations

from datetime import date

MONTH_NAMES = {
    "sv": [
        "januari",
        "februari",
        "mars",
        "april",
        "maj",
        "juni",
        "juli",
        "augusti",
        "september",
        "oktober",
        "november",
        "december",
    ],
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
}


def long_date(iso: str, language: str = "sv") -> str:
    """'2026-11-22' -> '22 november 2026' (sv) or '22 November 2026' (en)."""
    day = date.fromisoformat(iso)
    return f"{day.day} {MONTH_NAMES[language][day.month - 1]} {day.year}"


def clock_time(hhmm: str, language: str = "sv") -> str:
    """'13:00' -> '13.00' in Swedish (a point is the Swedish separator), '13:00' in English."""
    return hhmm.replace(":", ".") if language == "sv" else hhmm


def time_span(start: str | None, end: str | None, language: str = "sv") -> str:
    """'13.00–16.00', or just the start, or '' when neither is known."""
    parts = [clock_time(t, language) for t in (start, end) if t]
    return "\u2013".join(parts)
