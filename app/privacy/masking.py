"""Text for the projector: e-mail addresses, phone numbers and identity
numbers hidden (PRODUCT.md: the presentation view never shows them).

The stored text is untouched; only what the room sees is masked. Phone
numbers are Swedish in form (0…, +46…, 0046…), nine to twelve digits in
groups; dates (2026-11-09), times and counts do not start that way.
"""

from __future__ import annotations

import re

from app.privacy.numbers import HYPHENS, find_identity_numbers
from app.text_cleaning import as_read

_EMAIL = re.compile(r"[\w.+%-]+@[\w-]+(?:\.[\w-]+)+")
# Separators as typed or autocorrected: space, the hyphens identity numbers
# accept (en dash, minus …), slash, dot, with spaces around ("070 - 123 45 67").
_SEP = rf"(?:\s*[{HYPHENS}/.]\s*|\s)?"
_PHONE = re.compile(rf"(?<![\w+])(?:\+46|0046|0){_SEP}\(?0?\d{{1,3}}\)?(?:{_SEP}\d){{5,9}}(?![\w])")
MIN_DIGITS = 9  # Swedish numbers with their 0: "0930-1000" (a time span) is not one


def mask_contacts(text: str, hidden: str) -> str:
    """``text`` with every e-mail address, phone number and personnummer or
    samordningsnummer replaced by ``hidden``."""
    spans = [(m.start, m.end) for m in find_identity_numbers(text)]
    # Also read as the room sees it: a zero-width space or soft hyphen inside an
    # address or number (pasted from a web page or mail) hides nothing. Both
    # readings count: left out, an invisible character between a word and a
    # number would glue them together ("ring\u200b070…").
    spans += _contact_spans(text)
    read, kept = as_read(text)
    if kept is not None:
        spans += [(kept[start], kept[end - 1] + 1) for start, end in _contact_spans(read)]
    if not spans:
        return text
    pieces: list[str] = []
    at = 0
    for start, end in sorted(spans):
        if start < at:  # overlaps the span hidden last (a number within an address)
            at = max(at, end)
            continue
        pieces.append(text[at:start])
        pieces.append(hidden)
        at = end
    pieces.append(text[at:])
    return "".join(pieces)


def _contact_spans(text: str) -> list[tuple[int, int]]:
    spans = [m.span() for m in _EMAIL.finditer(text)]
    return spans + [m.span() for m in _PHONE.finditer(text) if _is_phone(m.group())]


def _is_phone(found: str) -> bool:
    international = found.startswith(("+46", "0046"))
    return international or sum(c.isdigit() for c in found) >= MIN_DIGITS
