"""Search across all meetings of a forum: gaps, causes, actions, follow-up
notes, decisions, parked questions and other business (PRODUCT.md).

Every word of the query must occur in the item's text, in any order, case
and accents as typed aside: "ÅTGÄRD" finds "åtgärd" (Python's casefold,
since SQLite's LIKE folds only ASCII). Hits come newest meeting first, then
in the order of the workshop's phases, so the latest word on a subject
leads. A forum holds a few thousand items: they are read once and searched
in memory until the file changes (bench/search_bench.py).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from enum import StrEnum
from typing import NamedTuple

from app.model import Phase
from app.services.specs import meeting_order
from storage.database import ForumDatabase

MAX_HITS = 200  # more is not read by anyone: add a word instead
_EXCERPT_CHARS = 90


class HitKind(StrEnum):
    """What was found; its phase is where the item is worked on."""

    GAP = "gap"
    CAUSE = "cause"
    ACTION = "action"
    FOLLOWUP = "followup"
    DECISION = "decision"
    PARKED = "parked"
    OTHER = "other"


PHASE_OF: dict[HitKind, Phase] = {
    HitKind.FOLLOWUP: Phase.FOLLOW_UP,
    HitKind.GAP: Phase.GAPS,
    HitKind.CAUSE: Phase.CAUSES,
    HitKind.ACTION: Phase.ACTIONS,
    HitKind.DECISION: Phase.CLOSING,
    HitKind.PARKED: Phase.CLOSING,
    HitKind.OTHER: Phase.CLOSING,
}


@dataclass(frozen=True)
class SearchHit:
    """One item that holds every word. ``item_id``: the gap, cause, action or
    note; for a follow-up, its action. ``gap_id``: the gap a cause belongs to.
    ``excerpt``: the matching part of a longer field, when the title alone
    does not hold every word; else empty."""

    kind: HitKind
    item_id: str
    gap_id: str | None
    meeting_id: str
    meeting_date: str
    meeting_title: str
    text: str
    excerpt: str

    @property
    def phase(self) -> Phase:
        return PHASE_OF[self.kind]


@dataclass(frozen=True)
class SearchResult:
    hits: list[SearchHit]
    total: int  # all that matched; ``hits`` holds at most MAX_HITS of them


def search_terms(query: str) -> list[str]:
    """The query's words, folded for comparison; no words, no search."""
    return [_fold(word) for word in query.split()]


def search_forum(db: ForumDatabase, query: str, *, limit: int = MAX_HITS) -> SearchResult:
    """One search; a panel that searches as the user types keeps a ForumSearch."""
    return ForumSearch(db).search(query, limit=limit)


class ForumSearch:
    """Searches one forum, keeping its items' folded text between searches.

    The text is read again whenever the file has changed since (a write on
    this connection, or by anyone else: see ForumDatabase.change_stamp), so
    what is found is never older than the file.
    """

    def __init__(self, db: ForumDatabase) -> None:
        self.db = db
        self._stamp: tuple[int, int] | None = None
        self._items: list[_Item] = []

    def search(self, query: str, *, limit: int = MAX_HITS) -> SearchResult:
        terms = search_terms(query)
        if not terms:
            return SearchResult([], 0)
        stamp = self.db.change_stamp()
        if stamp != self._stamp:
            self._items = _read_items(self.db)
            self._stamp = stamp
        found = [item for item in self._items if all(term in item.folded for term in terms)]
        return SearchResult([item.hit(terms) for item in found[:limit]], len(found))


def _fold(text: str) -> str:
    # NFC first, so a decomposed "å" (a + ring, from some keyboards and PDFs)
    # matches the composed one.
    return unicodedata.normalize("NFC", text).casefold()


# (kind, SQL) per source; each row gives: id, gap_id, the meeting's id, date
# and title, the item's label, then the fields searched, in the order the
# phase pages list them. A follow-up is found by its note alone: its action's
# title is found as that action.
_MEETING = "m.id AS meeting_id, m.date AS meeting_date, m.title AS meeting_title"
_SOURCES: list[tuple[HitKind, str]] = [
    (
        HitKind.FOLLOWUP,
        f"SELECT a.id, NULL AS gap_id, {_MEETING}, a.title, f.note "
        "FROM followup f JOIN action a ON a.id = f.action_id "
        "JOIN meeting m ON m.id = f.meeting_id WHERE f.note <> '' "
        "ORDER BY f.position, a.id",
    ),
    (
        HitKind.GAP,
        f"SELECT g.id, g.id AS gap_id, {_MEETING}, g.title, g.title, g.description, "
        "g.transition, "
        "g.target_group FROM gap g JOIN meeting m ON m.id = g.meeting_id "
        "ORDER BY g.position, g.id",
    ),
    (
        HitKind.CAUSE,
        f"SELECT c.id, c.gap_id, {_MEETING}, c.text, c.text FROM cause c "
        "JOIN gap g ON g.id = c.gap_id JOIN meeting m ON m.id = g.meeting_id "
        "ORDER BY g.position, g.id, c.position, c.id",
    ),
    (
        HitKind.ACTION,
        f"SELECT a.id, a.gap_id, {_MEETING}, a.title, a.title, a.description, "
        "a.success_measure "
        "FROM action a JOIN meeting m ON m.id = a.meeting_id "
        "ORDER BY a.position, a.id",
    ),
    *(
        (
            kind,
            f"SELECT n.id, NULL AS gap_id, {_MEETING}, n.text, n.text FROM meeting_note n "
            f"JOIN meeting m ON m.id = n.meeting_id WHERE n.kind = '{kind.value}' "
            "ORDER BY n.position, n.id",
        )
        for kind in (HitKind.DECISION, HitKind.PARKED, HitKind.OTHER)
    ),
]
_LABEL = 5  # the columns before it: id, gap_id and the meeting's three


class _Item(NamedTuple):  # a tuple: thousands are made per read
    """One searchable item as read, with its fields folded into one text."""

    kind: HitKind
    row: tuple[str, ...]  # id, gap_id and the meeting's id, date and title
    label: str
    fields: list[str]
    folded: str

    def hit(self, terms: list[str]) -> SearchHit:
        item_id, gap_id, meeting_id, meeting_date, meeting_title = self.row
        always = self.kind is HitKind.FOLLOWUP
        return SearchHit(
            kind=self.kind,
            item_id=item_id,
            gap_id=gap_id,
            meeting_id=meeting_id,
            meeting_date=meeting_date,
            meeting_title=meeting_title,
            text=self.label,
            excerpt=_excerpt(self.label, self.fields, terms, always=always),
        )


def _read_items(db: ForumDatabase) -> list[_Item]:
    """Every searchable item: newest meeting first (as the sidebar lists
    them), then in phase order, then as the phase pages list them."""
    newest = db.query(f"SELECT id FROM meeting ORDER BY {meeting_order(newest_first=True)}")
    meeting_rank = {row[0]: rank for rank, row in enumerate(newest)}
    ranked: list[tuple[int, int, int, _Item]] = []
    for source, (kind, sql) in enumerate(_SOURCES):
        for row in db.query(sql):
            values = tuple(row)
            fields = [str(value) for value in values[_LABEL + 1 :] if value]
            item = _Item(
                kind, values[:_LABEL], str(values[_LABEL]), fields, _fold("\n".join(fields))
            )
            # A meeting made by another program between these reads ranks
            # last; the change it made has a new stamp, so the next search
            # reads everything again.
            rank = meeting_rank.get(values[2], len(meeting_rank))
            ranked.append((rank, source, len(ranked), item))
    ranked.sort(key=lambda entry: entry[:3])
    return [entry[3] for entry in ranked]


def _excerpt(label: str, fields: list[str], terms: list[str], *, always: bool = False) -> str:
    """Part of the first other field with a word in it, when the label lacks one
    (``always``: even when it does, as a follow-up's note is what was said)."""
    folded_label = _fold(label)
    if not always and all(term in folded_label for term in terms):
        return ""
    for raw in fields:
        if raw == label:
            continue
        field = unicodedata.normalize("NFC", raw)
        folded, origin = _folded_with_origin(field)
        at = min((folded.find(term) for term in terms if term in folded), default=-1)
        if at < 0:
            continue
        at = origin[at]  # folding can lengthen a text ("ß" to "ss"): back to the field
        # From the field's start when the word is in its first two thirds.
        start = 0 if at <= _EXCERPT_CHARS * 2 // 3 else at - _EXCERPT_CHARS // 3
        if start:  # from the start of a word
            space = field.find(" ", start, at)
            start = space + 1 if space >= 0 else start
        end = start + _EXCERPT_CHARS
        piece = " ".join(field[start:end].split())
        return f"{'…' if start else ''}{piece}{'…' if end < len(field) else ''}"
    return ""


def _folded_with_origin(text: str) -> tuple[str, list[int]]:
    """``text`` casefolded, and for each folded character the index it came from."""
    parts: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        folded = char.casefold()
        parts.append(folded)
        origin.extend([index] * len(folded))
    return "".join(parts), origin
