"""Swedish personal identity and coordination numbers in running text.

A regular expression finds candidates by shape only; code then checks the
calendar date and the Luhn check digit. The expression has no nested or
unbounded repetition, so a scan is linear in the length of the text.

Decisions worth knowing:
- The number must stand alone: a letter or digit right before or after it
  (``pnr190905271474``, a 14-digit account number) means it is something
  else. Punctuation, brackets, quotes and spaces around it are ordinary prose.
- Separators: ``-`` (and the Unicode hyphens and minus a word processor may
  put in its place) or ``+``. A space is no separator: "19090527 1474" is
  two numbers.
- The text is read as the minutes show it (``as_read``): characters that
  print as nothing (controls, zero-width, soft hyphen) do not hide a number,
  and full-width digits count as digits. A line break, tab or space does split.
- The three-digit birth number 000 is never issued, so it is no match.
- Without a century the date must be real in a century the form allows:
  ``YYMMDD-NNNN`` and ``YYMMDDNNNN`` in 19xx or 20xx; ``YYMMDD+NNNN`` (the
  person is 100 or older) in 18xx or 19xx. With a century it must be 18, 19
  or 20.
- A ten-digit phone number written without spaces (``0701234569``) that
  happens to have a real date and a right check digit is reported: it is the
  same text as the number of someone born in 2007, and a false alarm the
  facilitator dismisses costs less than a number that reaches the minutes.
  Mobile numbers 072-, 073-, 076- and 079- can never match (month 2x-9x),
  nor can any number written with spaces or a country code.
"""

from __future__ import annotations

import re
from datetime import date

from app.text_cleaning import as_read
from storage.records import record

PERSONNUMMER = "personnummer"
SAMORDNINGSNUMMER = "samordningsnummer"

# Coordination numbers add 60 to the day of birth (day 61-91).
_COORDINATION_OFFSET = 60

HYPHENS = "-\u2010\u2011\u2012\u2013\u2212"  # hyphen-minus, hyphens, figure/en dash, minus

# Full-width digits, plus and hyphen-minus (East Asian input methods) read as ASCII.
_FULL_WIDTH = {0xFF10 + n: 0x30 + n for n in range(10)} | {0xFF0B: 0x2B, 0xFF0D: 0x2D}

_CANDIDATE = re.compile(
    r"(?<![^\W_])"  # no letter or digit right before
    r"(?:"
    # The hyphens first: "+" before them would make "+-…" a range of characters.
    r"(?P<date>[0-9]{8}|[0-9]{6})(?P<sep>[" + HYPHENS + r"+])(?P<serial>[0-9]{4})"
    r"|(?P<run>[0-9]{12}|[0-9]{10})"
    r")"
    r"(?![^\W_])"  # no letter or digit right after
)

# Birth numbers run 001-999; 000 is never issued (the shared test vectors agree).
_NEVER_ISSUED_SERIAL = "000"
_CENTURIES_WITH_HYPHEN = (19, 20)
_CENTURIES_WITH_PLUS = (18, 19)
_EXPLICIT_CENTURIES = frozenset({18, 19, 20})


@record
class NumberMatch:
    """One number found: ``text[start:end]`` of the scanned text, and its kind."""

    start: int
    end: int
    text: str
    kind: str  # PERSONNUMMER or SAMORDNINGSNUMMER


def find_identity_numbers(text: str) -> list[NumberMatch]:
    """Every valid personnummer and samordningsnummer in ``text``, in order.

    The text is read as the minutes show it: a number with an invisible or
    unprintable character inside, or typed in full-width digits, is still found.
    A match's ``text`` is the number as read; ``start`` and ``end`` are in ``text``.
    """
    read, kept = as_read(text)
    read = read.translate(_FULL_WIDTH)
    found = []
    for candidate in _CANDIDATE.finditer(read):
        kind = _kind_if_valid(candidate)
        if kind is None:
            continue
        start, end = candidate.span()
        if kept is not None:
            start, end = kept[start], kept[end - 1] + 1
        found.append(NumberMatch(start, end, candidate.group(), kind))
    return found


def _kind_if_valid(candidate: re.Match[str]) -> str | None:
    run = candidate.group("run")
    if run is not None:
        digits, separator = run, ""
    else:
        digits, separator = (
            candidate.group("date") + candidate.group("serial"),
            candidate.group("sep"),
        )
    if len(digits) == 12:
        century = int(digits[:2])
        if century not in _EXPLICIT_CENTURIES:
            return None
        centuries: tuple[int, ...] = (century,)
        digits = digits[2:]
    else:
        centuries = _CENTURIES_WITH_PLUS if separator == "+" else _CENTURIES_WITH_HYPHEN
    if digits[6:9] == _NEVER_ISSUED_SERIAL or not luhn_valid(digits):
        return None
    return date_kind(digits[:6], centuries)


def date_kind(yymmdd: str, centuries: tuple[int, ...]) -> str | None:
    """The kind of number whose date part is ``yymmdd``, or None if no such date exists
    in any of ``centuries`` (19 for 19xx)."""
    year, month, day = int(yymmdd[:2]), int(yymmdd[2:4]), int(yymmdd[4:6])
    kind = PERSONNUMMER
    if day > _COORDINATION_OFFSET:
        day -= _COORDINATION_OFFSET
        kind = SAMORDNINGSNUMMER
    for century in centuries:
        if _is_real_date(century * 100 + year, month, day):
            return kind
    return None


def _is_real_date(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def luhn_valid(ten_digits: str) -> bool:
    """True when the last of the ten digits is the Luhn check digit of the other nine."""
    return luhn_check_digit(ten_digits[:9]) == int(ten_digits[9])


def luhn_check_digit(nine_digits: str) -> int:
    """The check digit of YYMMDDNNN: digits doubled alternately from the first."""
    total = 0
    for index, char in enumerate(nine_digits):
        value = int(char) * (2 if index % 2 == 0 else 1)
        total += value - 9 if value > 9 else value
    return (10 - total % 10) % 10
