"""A walk-in participant typed on one line: "Namn, Organisation, e-post".

Headless: this module only reads the line and looks people and organisations
up; the window makes the edits (one undo step) through its controller.
"""

from __future__ import annotations

import re

from app import model
from app.forum_file import ForumFile
from app.validation import same_name
from storage.records import record

# Separators people actually type or paste (a spreadsheet row brings tabs).
_SEPARATORS = re.compile(r"[,;\t]")
_ENDS = " ,;\t\n\r"
# The word with an '@' in it; angle brackets around it ("<anna@x.se>", as mail
# programs copy addresses) are not part of the address.
_EMAIL = re.compile(r"<?([^\s,;<>]*@[^\s,;<>]*)>?")


@record
class WalkIn:
    """What the line says; empty strings where it says nothing."""

    name: str
    organisation: str
    email: str


def parse_walk_in(line: str) -> WalkIn:
    """Split ``line`` into name, organisation and e-mail.

    The e-mail is whatever contains an '@', wherever it stands. Of the rest,
    the first part is the name and everything after it the organisation, so
    "Norrby kommun, hemtjänst" stays one organisation. Each part loses the
    spaces around it; inside it, the text stays as typed.
    """
    email = ""
    found = _EMAIL.search(line)
    if found is not None and found.group(1) != "@":
        email = found.group(1)
        line = line[: found.start()] + "," + line[found.end() :]
    line = line.strip(_ENDS)
    first = _SEPARATORS.search(line)
    if first is None:
        return WalkIn(line, "", email)
    organisation = line[first.end() :].strip(_ENDS)
    if any(not part.strip() for part in _SEPARATORS.split(organisation)):
        # The address stood inside the organisation's name: close the gap it left.
        parts = (part.strip() for part in _SEPARATORS.split(organisation))
        organisation = ", ".join(part for part in parts if part)
    return WalkIn(line[: first.start()].strip(), organisation, email)


def namesakes(forum: ForumFile, name: str) -> list[model.Person]:
    """Everyone in the forum called ``name`` (case and spacing ignored)."""
    return [p for p in forum.people.list() if same_name(p.name, name)]


def find_organisation(forum: ForumFile, name: str) -> model.Organisation | None:
    """The forum's organisation called ``name`` (case and spacing ignored)."""
    return forum.organisations.named(name) if name.strip() else None


def find_person(
    forum: ForumFile, name: str, organisation: model.Organisation | None = None
) -> model.Person | None:
    """A person already in the forum with this name (case and spacing ignored).

    With an organisation given, only someone of that organisation counts: two
    people can share a name. Without one, the first namesake is taken.
    """
    if not name.strip():
        return None
    found = namesakes(forum, name)
    if organisation is not None:
        found = [p for p in found if p.organisation_id == organisation.id]
    return found[0] if found else None
