"""The walk-in line: name, organisation and e-mail from one typed line."""

from __future__ import annotations

import pytest

from app.forum_file import ForumFile
from app.walk_in import WalkIn, find_organisation, find_person, parse_walk_in


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Anna Berg, Norrby kommun, anna@norrby.se",
            WalkIn("Anna Berg", "Norrby kommun", "anna@norrby.se"),
        ),
        ("Anna Berg", WalkIn("Anna Berg", "", "")),
        ("Anna Berg, Norrby kommun", WalkIn("Anna Berg", "Norrby kommun", "")),
        ("Anna Berg, anna@norrby.se", WalkIn("Anna Berg", "", "anna@norrby.se")),
        # The address is found wherever it stands, with or without a comma.
        (
            "anna@norrby.se, Anna Berg, Norrby kommun",
            WalkIn("Anna Berg", "Norrby kommun", "anna@norrby.se"),
        ),
        ("Anna Berg anna@norrby.se", WalkIn("Anna Berg", "", "anna@norrby.se")),
        (
            "Anna Berg <anna@norrby.se>, Norrby kommun",
            WalkIn("Anna Berg", "Norrby kommun", "anna@norrby.se"),
        ),
        # Spaces around the parts go; the organisation keeps its own comma.
        (
            "   Anna Berg  ,   Norrby kommun, hemtjänst  ,  a@b.se  ",
            WalkIn("Anna Berg", "Norrby kommun, hemtjänst", "a@b.se"),
        ),
        (
            "Anna Berg, a@b.se, Norrby kommun, hemtjänst",
            WalkIn("Anna Berg", "Norrby kommun, hemtjänst", "a@b.se"),
        ),
        ("Anna Berg,,Norrby kommun,", WalkIn("Anna Berg", "Norrby kommun", "")),
        ("Anna Berg;Norrby kommun;a@b.se", WalkIn("Anna Berg", "Norrby kommun", "a@b.se")),
        ("Anna Berg\tNorrby kommun\ta@b.se", WalkIn("Anna Berg", "Norrby kommun", "a@b.se")),
        # Inside a part, the text stays exactly as typed.
        (
            "Anna  Berg (kurator), Region Mellanland",
            WalkIn("Anna  Berg (kurator)", "Region Mellanland", ""),
        ),
        ("a@b.se", WalkIn("", "", "a@b.se")),
        (" , ; ", WalkIn("", "", "")),
        ("", WalkIn("", "", "")),
    ],
)
def test_parse_walk_in(line: str, expected: WalkIn) -> None:
    assert parse_walk_in(line) == expected


def test_find_organisation_ignores_case_and_spacing(forum: ForumFile) -> None:
    norrby = forum.organisations.create(name="Norrby kommun, hemtjänst")
    forum.organisations.create(name="Norrby kommun")
    assert find_organisation(forum, "norrby KOMMUN,  hemtjänst") == norrby
    assert find_organisation(forum, "NORRBY kommun").name == "Norrby kommun"  # type: ignore[union-attr]
    assert find_organisation(forum, "Norrby") is None
    assert find_organisation(forum, "  ") is None


def test_find_person_prefers_the_named_organisation(forum: ForumFile) -> None:
    kommun = forum.organisations.create(name="Norrby kommun")
    region = forum.organisations.create(name="Region Mellanland")
    first = forum.people.create(name="Anna Berg", organisation_id=kommun.id)
    second = forum.people.create(name="Anna Berg", organisation_id=region.id)
    assert find_person(forum, "anna berg") == first
    assert find_person(forum, "ANNA BERG", region) == second
    other = forum.organisations.create(name="Annan organisation")
    assert find_person(forum, "Anna Berg", other) is None
    assert find_person(forum, "Anna") is None
    assert find_person(forum, "") is None


def test_lookups_write_nothing(forum: ForumFile) -> None:
    forum.organisations.create(name="Norrby kommun")
    seen = []
    forum.changes.subscribe(seen.append)
    find_organisation(forum, "Ny organisation")
    find_person(forum, "Ny person")
    assert seen == []
    assert len(forum.organisations.list()) == 1
    assert forum.people.list() == []
