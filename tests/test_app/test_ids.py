"""Ids made and read without the uuid module (start-up time, issue 6) match uuid's own."""

from __future__ import annotations

import uuid

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.validation import canonical_id
from storage.database import new_id


def _uuid_canonical(value: str) -> str | None:
    """What canonical_id did with uuid.UUID: the stored form, or None when refused."""
    if len(value) != 36:
        return None
    try:
        return str(uuid.UUID(value))
    except ValueError:
        return None


def _ours(value: str) -> str | None:
    try:
        return canonical_id(value)
    except ValueError:
        return None


def test_new_id_is_a_random_rfc4122_version_4_uuid_in_stored_form() -> None:
    ids = [new_id() for _ in range(2000)]
    assert len(set(ids)) == len(ids)
    for text in ids:
        parsed = uuid.UUID(text)
        assert parsed.version == 4
        assert parsed.variant == uuid.RFC_4122
        assert str(parsed) == text  # lower case, hyphenated 8-4-4-4-12
    # every bit outside version and variant varies
    fixed = (0xF000 << 64) | (0xC000 << 48)
    ones = zeros = 0
    for text in ids:
        number = uuid.UUID(text).int
        ones |= number
        zeros |= ~number & ((1 << 128) - 1)
    assert ones | fixed == (1 << 128) - 1
    assert zeros | fixed == (1 << 128) - 1


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("123E4567-E89B-42D3-A456-426614174000", "123e4567-e89b-42d3-a456-426614174000"),
        ("123e4567-e89b-42d3-a456-426614174000", "123e4567-e89b-42d3-a456-426614174000"),
        ("urn:123e4567e89b42d3a456426614174000", "123e4567-e89b-42d3-a456-426614174000"),
        ("{123e4567-e89b-42d3a456426614174000}", "123e4567-e89b-42d3-a456-426614174000"),
        ("{123e4567e89b42d3a456426614174000}--", None),
        ("123e4567-e89b-42d3-a456-42661417400g", None),
        ("123e4567-e89b-42d3-a456-4266141740000", None),
        ("123e4567-e89b-42d3-a456-42661417400", None),
        ("", None),
    ],
)
def test_canonical_id_examples(value: str, expected: str | None) -> None:
    assert _ours(value) == expected
    assert _uuid_canonical(value) == expected


def test_canonical_id_refuses_what_is_not_text() -> None:
    with pytest.raises(ValueError):
        canonical_id(12345)  # type: ignore[arg-type]


_UUID_LIKE = st.builds(
    lambda number, upper: (
        str(uuid.UUID(int=number)).upper() if upper else str(uuid.UUID(int=number))
    ),
    st.integers(0, (1 << 128) - 1),
    st.booleans(),
)
_NEAR_UUID = st.text(
    alphabet="0123456789abcdefABCDEF-{}urn:id_ +x\u0663g", min_size=30, max_size=40
)


@given(st.one_of(_UUID_LIKE, _NEAR_UUID, st.text(min_size=34, max_size=38)))
def test_canonical_id_agrees_with_uuid(value: str) -> None:
    assert _ours(value) == _uuid_canonical(value)
