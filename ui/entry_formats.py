"""What facilitators type for times and dates, made into the stored forms.

One place for every field, so "13", "9.30" and "0930" work the same on
Förberedelse and Avslutning. Text that does not fit is returned unchanged:
the service refuses it with a message that shows the form to use.
"""

from __future__ import annotations

import re

_TIME = re.compile(r"([01]?[0-9]|2[0-3])(?:[:.]?([0-5][0-9]))?")
_COMPACT_DATE = re.compile(r"([0-9]{4})([0-9]{2})([0-9]{2})")


def normalise_time(text: str) -> str:
    """'13', '13.00', '1300', '930' or '9:30' as the stored 'TT:MM' form."""
    text = text.strip()
    match = _TIME.fullmatch(text)
    if not match:
        return text
    hours, minutes = match.group(1), match.group(2) or "00"
    return f"{int(hours):02d}:{minutes}"


def normalise_date(text: str) -> str:
    """'20270115' as '2027-01-15'; other text unchanged."""
    text = text.strip()
    match = _COMPACT_DATE.fullmatch(text)
    return "-".join(match.groups()) if match else text


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
