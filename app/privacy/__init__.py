"""The privacy check: identity numbers in a forum's texts, and where they are.

Used before the minutes are exported or e-mailed, and by ``samsyn check``.
"""

from app.privacy.findings import Finding, TextSite, one_line_label
from app.privacy.numbers import (
    PERSONNUMMER,
    SAMORDNINGSNUMMER,
    NumberMatch,
    find_identity_numbers,
)
from app.privacy.sites import forum_sites, scan_forum, scan_sites

__all__ = [
    "PERSONNUMMER",
    "SAMORDNINGSNUMMER",
    "Finding",
    "NumberMatch",
    "TextSite",
    "find_identity_numbers",
    "forum_sites",
    "one_line_label",
    "scan_forum",
    "scan_sites",
]
