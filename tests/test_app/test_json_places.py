"""Where in an exchange document a problem is, said in words."""

from __future__ import annotations

import pytest

from app.errors import ExchangeError
from app.exchange.schema_check import path_of
from app.json_places import readable_place
from app.messages import describe


@pytest.mark.parametrize(
    ("where", "said"),
    [
        ("$", "innehållet"),
        ("$.format", "fältet ”format”"),
        ("$.forum.name", "fältet ”name” i ”forum”"),
        ("$.people[2]", "”people” nr 3"),
        ("$.meetings[2].gaps[0].title", "fältet ”title” i ”gaps” nr 1 i ”meetings” nr 3"),
        ("$.meetings[0].attendance[1]", "”attendance” nr 2 i ”meetings” nr 1"),
        ("$[3]", "nr 4"),
    ],
)
def test_paths_in_words(where: str, said: str) -> None:
    assert readable_place(where) == said


def test_keys_path_of_quotes_are_read_back() -> None:
    where = path_of(path_of("$.forum", "två ord"), 'citat"tecken')
    assert readable_place(where) == 'fältet ”citat"tecken” i ”två ord” i ”forum”'


def test_a_record_is_named_by_its_id_field() -> None:
    assert readable_place("$.people[0].id", record=True) == "”people” nr 1"
    assert readable_place("$.people[0].id") == "fältet ”id” i ”people” nr 1"
    assert readable_place("$.forum.id", record=True) == "”forum”"


def test_something_that_is_not_a_path_is_shown_as_it_is() -> None:
    assert readable_place("people[0]") == "people[0]"
    assert readable_place("$.people[x]") == "$.people[x]"


def test_messages_name_the_place_without_jargon() -> None:
    missing = ExchangeError(path_of("$", "forum"), "missing")
    assert describe(missing) == "JSON: fältet ”forum” saknas men måste finnas."
    twice = ExchangeError("$.people[1].id", "duplicate_id", first="$.organisations[0].id")
    assert describe(twice) == (
        "JSON: fältet ”id” i ”people” nr 2 har samma id som ”organisations” nr 1; "
        "varje id måste vara unikt."
    )
    whole = ExchangeError("$", "type_object")
    assert describe(whole) == "JSON: innehållet ska vara ett objekt ({…})."
    assert "$" not in describe(ExchangeError("$.meetings[0].date", "pattern_date"))
