"""A part of a name points at the closest matches (app.name_search)."""

from __future__ import annotations

import pytest

from app import model
from app.name_search import people_named, person_named

NAMES = (
    "Linnea Sundberg",
    "Sanna Berg",
    "Anders Öberg",
    "Anna-Karin Ek",
    "Karin Holmgren",
)


def _people(*more: str) -> list[model.Person]:
    return [
        model.Person(
            id=f"p{n}",
            name=name,
            title="",
            organisation_id=None,
            email="",
            phone="",
            position=n,
            updated_at="2026-11-23T08:00:00Z",
        )
        for n, name in enumerate((*NAMES, *more))
    ]


@pytest.mark.parametrize(
    ("typed", "names"),
    [
        ("berg", ["Sanna Berg"]),  # a whole word, before Sundberg and Öberg
        ("sund", ["Linnea Sundberg"]),  # the start of a word
        ("undb", ["Linnea Sundberg"]),  # any part, when nothing closer
        ("karin", ["Anna-Karin Ek", "Karin Holmgren"]),  # words split at hyphens too
        ("anna-karin", ["Anna-Karin Ek"]),
        ("ANDERS ÖBERG", ["Anders Öberg"]),
        ("sanna b", ["Sanna Berg"]),
        ("  ", []),
        ("Petra", []),
    ],
)
def test_the_closest_matches(typed: str, names: list[str]) -> None:
    assert [p.name for p in people_named(_people(), typed)] == names


@pytest.mark.parametrize(
    ("typed", "name"),
    [
        ("sanna berg", "Sanna Berg"),  # the whole name: the first namesake
        ("sund", "Linnea Sundberg"),
        ("öberg", "Anders Öberg"),
        ("berg", "Sanna Berg"),
        ("karin", None),  # two people: nobody picked
        ("", None),
    ],
)
def test_the_one_person_named(typed: str, name: str | None) -> None:
    person = person_named(_people(), typed)
    assert (person.name if person else None) == name


def test_namesakes() -> None:
    people = _people("Sanna  berg")  # the same name, typed with two spaces
    assert [p.id for p in people_named(people, "berg")] == ["p1", "p5"]
    assert person_named(people, "berg") is None  # two people called Berg
    named = person_named(people, "sanna berg")
    assert named is not None and named.id == "p1"  # the whole name: the first of them
