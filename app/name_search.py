"""Which people a part of a name points at, the closest matches first.

"berg" typed as Ansvarig found Linnea Sundberg, Sanna Berg and Anders Öberg
alike, so Enter picked nobody. Someone whose name has the typed text as a
whole word is meant before someone whose name merely contains it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from app import model

_WORD_BREAKS = re.compile(r"[\s\-]+")


def _folded(text: str) -> str:
    return " ".join(text.split()).casefold()


def people_named(people: Sequence[model.Person], text: str) -> list[model.Person]:
    """The people ``text`` names (case and spacing ignored), from the first of
    these that finds anyone: the whole name; a whole word of it ("berg": Sanna
    Berg); the start of the name or of a word ("sund": Linnea Sundberg); any
    part of it. Nobody for empty text."""
    wanted = _folded(text)
    if not wanted:
        return []
    named = [(person, _folded(person.name)) for person in people]

    def words(name: str) -> list[str]:
        return _WORD_BREAKS.split(name)

    tiers: tuple[Callable[[str], bool], ...] = (
        lambda name: name == wanted,
        lambda name: wanted in words(name),
        lambda name: name.startswith(wanted) or any(w.startswith(wanted) for w in words(name)),
        lambda name: wanted in name,
    )
    for fits in tiers:
        found = [person for person, name in named if fits(name)]
        if found:
            return found
    return []


def person_named(people: Sequence[model.Person], text: str) -> model.Person | None:
    """The one person ``text`` names: the whole name (the first of namesakes), or
    the only closest match; None for nobody or several."""
    found = people_named(people, text)
    if found and _folded(found[0].name) == _folded(text):
        return found[0]
    return found[0] if len(found) == 1 else None
