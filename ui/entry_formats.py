"""What facilitators type for times and dates, made into the stored forms.

One place for every field, so "13", "9.30" and "0930", or "3/12" and
"imorgon", work the same on Förberedelse, Avslutning and Åtgärder. Text that
does not fit is returned unchanged: the service refuses it with a message that
shows the form to use.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from app.dates_text import MONTH_NAMES

_TIME = re.compile(r"([01]?[0-9]|2[0-3])(?:[:.]?([0-5][0-9]))?")
_COMPACT_DATE = re.compile(r"([0-9]{4})([0-9]{2})([0-9]{2})")
_ISO_UNPADDED = re.compile(r"([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})")
# "3/12", "3/12 2026", "3.12.2026", "3/12-26": day first, as in Sweden.
_DAY_MONTH = re.compile(r"([0-9]{1,2})[./]([0-9]{1,2})(?:(?:[./ ]|-| - )([0-9]{4}|[0-9]{2}))?\.?")
# "3 december", "3 dec. 2026"
_DAY_MONTH_NAME = re.compile(r"([0-9]{1,2})\.? ?([a-zåäö]+)\.?(?: ([0-9]{4}))?")
# Month names as the minutes write them (either language), and the short forms.
_MONTHS = {
    name.casefold(): number
    for names in MONTH_NAMES.values()
    for number, name in enumerate(names, start=1)
} | {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "okt": 10, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_DAYS_FROM_TODAY = {
    "idag": 0, "i dag": 0, "today": 0,
    "imorgon": 1, "i morgon": 1, "tomorrow": 1,
    "i övermorgon": 2, "övermorgon": 2,
}  # fmt: skip
# A date typed without its year is the next one to come, unless it was at
# most this long ago: a meeting entered afterwards, a date corrected late.
_RECENT_PAST = timedelta(days=31)


def normalise_time(text: str) -> str:
    """'13', '13.00', '1300', '930' or '9:30' as the stored 'TT:MM' form."""
    text = text.strip()
    match = _TIME.fullmatch(text)
    if not match:
        return text
    hours, minutes = match.group(1), match.group(2) or "00"
    return f"{int(hours):02d}:{minutes}"


def normalise_date(
    text: str, *, after: str | None = None, near: str | None = None, today: date | None = None
) -> str:
    """A date typed the ways Swedes write one, as the stored 'ÅÅÅÅ-MM-DD' form:
    '20270115', '2027-1-5', '3/12', '3/12 2026', '3.12.2026', '3 dec', '3
    december 2026', 'idag', 'imorgon'. A dotted date needs its year: '10.10'
    typed into a date beside time fields is more likely a time.

    Without a year, the day is the first on or after ``after`` (an ISO date: a
    deadline or the next meeting comes after the meeting); else the one nearest
    ``near`` (a meeting's date corrected); else the next to come from
    ``today``, or one at most a month ago. Other text, or no such day, comes
    back as typed, for the service to refuse with the form to use.
    """
    text = text.strip()
    today = today or date.today()
    lowered = " ".join(text.lower().split())
    if lowered in _DAYS_FROM_TODAY:
        return (today + timedelta(days=_DAYS_FROM_TODAY[lowered])).isoformat()
    parts = _date_parts(lowered)
    if parts is None:
        return text
    year, month, day = parts
    try:
        if year is not None:
            return date(year, month, day).isoformat()
        return _with_year(month, day, _iso(after), _iso(near), today).isoformat()
    except ValueError:  # no such day: 31/2, 0/5, 13/13
        return text


def _iso(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


def _date_parts(text: str) -> tuple[int | None, int, int] | None:
    """(year or None, month, day) of a typed date, or None for no date form."""
    for pattern in (_COMPACT_DATE, _ISO_UNPADDED):
        match = pattern.fullmatch(text)
        if match:
            return int(match.group(1)), int(match.group(2)), int(match.group(3))
    match = _DAY_MONTH.fullmatch(text)
    if match and (match.group(3) or "/" in text):
        return _full_year(match.group(3)), int(match.group(2)), int(match.group(1))
    match = _DAY_MONTH_NAME.fullmatch(text)
    if match and match.group(2) in _MONTHS:
        return _full_year(match.group(3)), _MONTHS[match.group(2)], int(match.group(1))
    return None


def _full_year(year: str | None) -> int | None:
    if year is None:
        return None
    return int(year) + 2000 if len(year) == 2 else int(year)


def _with_year(month: int, day: int, after: date | None, near: date | None, today: date) -> date:
    """The day ``day``/``month`` in the year ``normalise_date`` describes."""
    around = after or near or today
    # 29/2 may be up to four years away.
    candidates = []
    for year in range(around.year - 4, around.year + 5):
        try:
            candidates.append(date(year, month, day))
        except ValueError:
            continue
    if after is not None:
        fits = [c for c in candidates if c >= after]
    elif near is not None:
        fits = sorted(candidates, key=lambda c: abs((c - near).days))
    else:
        fits = [c for c in candidates if c >= today - _RECENT_PAST]
    if not fits:
        raise ValueError(f"no day {day}/{month}")
    return fits[0]


# Line breaks, tabs and the other separators a one-line field shows as spaces,
# with the spaces around them.
_BREAKS = re.compile(" *[\r\n\t\v\f\x1c-\x1e\x85\u2028\u2029]+ *")


def flatten_breaks(text: str) -> str:
    """Each run of line breaks and tabs in ``text`` (pasted, most likely) as one
    space: a one-line field or cell stores what it shows."""
    return _BREAKS.sub(" ", text)


# What a copied line or spreadsheet cell ends with (and a copied block may
# start with): the copy's own, not the text's.
_EDGE_BREAKS = "\r\n\t\v\f\x1c\x1d\x1e\x85\u2028\u2029"


def pasted_line(text: str, *, at_start: bool = True, at_end: bool = True) -> str:
    """A pasted or dropped ``text`` as one line: breaks and tabs inside become
    spaces; those at its ends go where they meet the start (``at_start``) or
    the end (``at_end``) of the field (a line copied from Word or a cell from
    Excel ends with one). Elsewhere they stay a space, not to glue words."""
    if at_start:
        text = text.lstrip(_EDGE_BREAKS)
    if at_end:
        text = text.rstrip(_EDGE_BREAKS)
    return flatten_breaks(text)


def cell_edit(value: object, held: object) -> object:
    """What a cell's one-line editor gave, as stored: on one line as a paste is
    (Qt's own cell editor keeps pasted breaks), unless it is ``held``, the value
    the cell had (breaks from an import are not rewritten by merely opening and
    leaving the cell)."""
    if isinstance(value, str) and value != held:
        return pasted_line(value)
    return value
