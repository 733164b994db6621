"""Text for the projector: e-mail addresses, phone numbers and identity
numbers hidden (PRODUCT.md: the presentation view never shows them).

The stored text is untouched; only what the room sees is masked. Phone
numbers are Swedish in form (0…, +46…, 0046…), eight to twelve digits in
groups; dates (2026-11-09), times and counts do not start that way.
"""

from __future__ import annotations

import re

from app.privacy.numbers import find_identity_numbers

_EMAIL = re.compile(r"[\w.+%-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(r"(?<![\w+])(?:\+46|0046|0)[\s-]?\(?0?\d{1,3}\)?(?:[\s-]?\d){5,9}(?![\w])")


def mask_contacts(text: str, hidden: str) -> str:
    """``text`` with every e-mail address, phone number and personnummer or
    samordningsnummer replaced by ``hidden``."""
    spans = [(m.start, m.end) for m in find_identity_numbers(text)]
    spans += [m.span() for m in _EMAIL.finditer(text)]
    spans += [m.span() for m in _PHONE.finditer(text)]
    if not spans:
        return text
    pieces: list[str] = []
    at = 0
    for start, end in sorted(spans):
        if end <= at:
            continue  # inside a span already hidden (a number within an address)
        pieces.append(text[at : max(start, at)])
        pieces.append(hidden)
        at = end
    pieces.append(text[at:])
    return "".join(pieces)
