"""Field validators shared by the services and the exchange import.

Each takes (field name, value) and returns the value to store or raises
InvalidValue. Text is stored exactly as given; only what SQLite cannot hold
(lone surrogates) is refused.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from datetime import date
from typing import Any

from app.errors import InvalidValue

Validator = Callable[[str, Any], Any]

_DATE_RE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_TIME_RE = re.compile(r"([01][0-9]|2[0-3]):[0-5][0-9]")
MAX_INT = 2**31 - 1


def _storable(field: str, value: str) -> str:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise InvalidValue(field, "invalid_character", value) from exc
    return value


def text(field: str, value: Any) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise InvalidValue(field, "not_text", value)
    return _storable(field, value)


def required_text(field: str, value: Any) -> str:
    checked = text(field, value)
    if not checked.strip():
        raise InvalidValue(field, "required", value)
    return checked


def same_name(a: str, b: str) -> bool:
    """Equal apart from case and runs of spaces: "Norrby kommun" is "norrby  Kommun"."""
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def is_valid_date(value: str) -> bool:
    if not _DATE_RE.fullmatch(value):
        return False
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


def required_date(field: str, value: Any) -> str:
    if not isinstance(value, str) or not is_valid_date(value):
        # "2026-02-30" is written right; the calendar has no such day.
        well_formed = isinstance(value, str) and _DATE_RE.fullmatch(value) is not None
        raise InvalidValue(field, "no_such_day" if well_formed else "not_date", value)
    return value


def optional_date(field: str, value: Any) -> str | None:
    return None if value in (None, "") else required_date(field, value)


def is_valid_time(value: str) -> bool:
    return bool(_TIME_RE.fullmatch(value))


def optional_time(field: str, value: Any) -> str | None:
    if value in (None, ""):
        return None
    if not isinstance(value, str) or not is_valid_time(value):
        raise InvalidValue(field, "not_time", value)
    return value


def count(field: str, value: Any) -> int:
    if value is None:
        return 0
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_INT:
        raise InvalidValue(field, "not_count", value)
    return value


def minutes(field: str, value: Any) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 1440:
        raise InvalidValue(field, "not_minutes", value)
    return value


def phase(field: str, value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 8:
        raise InvalidValue(field, "not_phase", value)
    return value


def one_of(values: Iterable[str], *, optional: bool = False) -> Validator:
    allowed = frozenset(values)

    def check(field: str, value: Any) -> str | None:
        if optional and value in (None, ""):
            return None
        if not isinstance(value, str) or value not in allowed:
            raise InvalidValue(field, "not_allowed", value)
        return value

    return check


def canonical_id(value: str) -> str:
    """The stored form of a UUID (lower case, hyphenated); ValueError if none."""
    if not isinstance(value, str) or len(value) != 36:
        raise ValueError(value)
    # uuid.UUID(value)'s own parsing, without importing uuid (and platform) at start-up.
    digits = value.replace("urn:", "").replace("uuid:", "").strip("{}").replace("-", "")
    if len(digits) != 32:
        raise ValueError(value)
    number = int(digits, 16)
    if not 0 <= number < 1 << 128:
        raise ValueError(value)
    text = f"{number:032x}"
    return f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}"


def reference(field: str, value: Any) -> str | None:
    if value in (None, ""):
        return None
    try:
        return canonical_id(value)
    except ValueError as exc:
        raise InvalidValue(field, "not_id", value) from exc


def required_reference(field: str, value: Any) -> str:
    ref = reference(field, value)
    if ref is None:
        raise InvalidValue(field, "required", value)
    return ref
