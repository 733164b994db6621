"""``@record``: frozen value classes that behave as frozen, slotted dataclasses do."""

from __future__ import annotations

import copy
import pickle
from dataclasses import FrozenInstanceError, dataclass, field

import pytest

from app.model import Gap
from storage.records import record, record_fields


@record
class Point:
    """A point; its docstring is kept."""

    x: int
    y: int = 0
    label: str = "origin"

    def moved(self, dx: int) -> Point:
        return Point(self.x + dx, self.y, self.label)


@record
class Single:
    """One field only."""

    value: str


@dataclass(frozen=True, slots=True)
class SameAsDataclass:
    """The dataclass a record replaces, for side-by-side comparison."""

    x: int
    y: int = 0
    label: str = "origin"


def test_builds_by_position_keyword_and_default() -> None:
    assert Point(1).y == 0 and Point(1).label == "origin"
    assert Point(1, 2, "a") == Point(x=1, label="a", y=2)
    with pytest.raises(TypeError):
        Point()  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        Point(1, 2, "a", "too many")  # type: ignore[call-arg]


def test_equality_and_hash_match_dataclass() -> None:
    assert Point(1, 2) == Point(1, 2)
    assert Point(1, 2) != Point(2, 1)
    assert hash(Point(1, 2)) == hash(Point(1, 2))
    assert hash(Point(1, 2, "x")) == hash(SameAsDataclass(1, 2, "x"))
    assert Point(1, 2) != SameAsDataclass(1, 2)  # another class never equals
    assert len({Point(1), Point(1), Point(2)}) == 2
    assert Single("a") == Single("a") and hash(Single("a")) == hash(("a",))


def test_is_frozen_and_slotted() -> None:
    point = Point(1)
    with pytest.raises(FrozenInstanceError):
        point.x = 5  # type: ignore[misc]
    with pytest.raises(FrozenInstanceError):
        del point.x  # type: ignore[misc]
    assert not hasattr(point, "__dict__")
    assert Point.__slots__ == ("x", "y", "label")


def test_repr_docstring_methods_and_match() -> None:
    assert repr(Point(1, 2, "a")) == "Point(x=1, y=2, label='a')"
    assert (
        repr(Point(1, 2, "a")).split("(", 1)[1] == repr(SameAsDataclass(1, 2, "a")).split("(", 1)[1]
    )
    assert Point.__doc__ == "A point; its docstring is kept."
    assert Point(1).moved(2) == Point(3)
    match Point(4, 5):
        case Point(x, y):
            assert (x, y) == (4, 5)
        case _:
            pytest.fail("a record matches by position")


def test_copies_and_pickles() -> None:
    point = Point(1, 2, "a")
    assert copy.copy(point) == point
    assert copy.deepcopy(point) == point
    assert pickle.loads(pickle.dumps(point)) == point
    assert pickle.loads(pickle.dumps(Single("s"))) == Single("s")


def test_field_names_in_order() -> None:
    assert record_fields(Point) == ("x", "y", "label")
    assert record_fields(Gap)[0] == "id"


def test_refuses_what_dataclass_refuses() -> None:
    with pytest.raises(ValueError, match="mutable default"):

        @record
        class Shared:
            """A list default would be shared by every instance."""

            items: list[str] = []  # noqa: RUF012

    with pytest.raises(TypeError, match="follows"):

        @record
        class Ordered:
            """A field without default after one with."""

            a: int = 0
            b: int  # type: ignore[misc]

    with pytest.raises(TypeError, match="no fields"):

        @record
        class Empty:
            """Nothing to hold."""


def test_refuses_what_a_record_would_get_wrong() -> None:
    with pytest.raises(TypeError, match="extend"):

        @record
        class Child(Point):
            """Would lose Point's fields."""

            z: int = 0

    with pytest.raises(TypeError, match="__eq__"):

        @record
        class OwnEquality:
            """Its own __eq__ would be replaced."""

            a: int

            def __eq__(self, other: object) -> bool:
                return True

    with pytest.raises(TypeError, match="field"):

        @record
        class WithField:
            """field() is a dataclass feature."""

            a: list[int] = field(default_factory=list)


def test_init_belongs_to_the_module() -> None:
    assert Point.__init__.__module__ == __name__
