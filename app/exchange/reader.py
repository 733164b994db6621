"""From an exchange document to rows for a new forum file.

Runs after the schema check and adds what a schema cannot say: ids unique
across the document, references that resolve, a "why?" cause in the same gap
as its parent, no loops of parent causes, an action's cause in its gap, and
no person or organisation listed twice in one list.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from app.errors import ExchangeError
from app.exchange.schema_check import path_of
from app.model import DEFAULT_CAUSE_CATEGORIES
from app.validation import canonical_id
from storage.clock import now_iso
from storage.database import new_id

Row = dict[str, Any]

NOTE_LISTS = (("decisions", "decision"), ("parking_lot", "parked"), ("other_business", "other"))


@dataclass
class ForumRows:
    """Rows per table, in the order they are inserted."""

    tables: dict[str, list[Row]] = field(default_factory=lambda: defaultdict(list))

    def add(self, table: str, row: Row) -> None:
        self.tables[table].append(row)

    def count(self) -> int:
        return sum(len(rows) for rows in self.tables.values())


class _Reader:
    def __init__(self, document: dict[str, Any]) -> None:
        self.doc = document
        self.out = ForumRows()
        self.stamp = now_iso()
        self.seen: dict[str, str] = {}  # canonical id -> path where first defined
        self.ids: dict[str, dict[str, str]] = defaultdict(dict)  # table -> id -> path
        self.cause_gap: dict[str, str] = {}
        self.cause_parent: dict[str, tuple[str | None, str]] = {}
        self.categories: dict[str, str] = {}  # name -> id
        self.pending_refs: list[tuple[str, str, str]] = []  # (path, table, id)

    # -- ids and references ------------------------------------------------

    @staticmethod
    def _canonical(raw: str, where: str) -> str:
        try:
            return canonical_id(raw)
        except ValueError:
            raise ExchangeError(where, "pattern_id") from None

    def define(self, table: str, raw: str, where: str) -> str:
        ident = self._canonical(raw, where)
        if ident in self.seen:
            raise ExchangeError(where, "duplicate_id", first=self.seen[ident])
        self.seen[ident] = where
        self.ids[table][ident] = where
        return ident

    def ref(self, table: str, raw: str | None, where: str) -> str | None:
        if raw is None:
            return None
        ident = self._canonical(raw, where)
        self.pending_refs.append((where, table, ident))
        return ident

    def unique_refs(self, table: str, raws: Iterable[str], where: str) -> list[str]:
        result: list[str] = []
        for index, raw in enumerate(raws):
            ident = self.ref(table, raw, path_of(where, index))
            assert ident is not None
            if ident in result:
                raise ExchangeError(path_of(where, index), "listed_twice")
            result.append(ident)
        return result

    def row(self, **values: Any) -> Row:
        return {**values, "updated_at": self.stamp}

    # -- the document ------------------------------------------------------

    def read(self) -> ForumRows:
        forum = self.doc["forum"]
        self.out.add(
            "forum",
            self.row(
                id=self.define("forum", forum["id"], "$.forum.id"),
                name=forum["name"],
                area=forum.get("area", ""),
                goal=forum.get("goal", ""),
                description=forum.get("description", ""),
            ),
        )
        names = forum.get("cause_categories", list(DEFAULT_CAUSE_CATEGORIES))
        for index, name in enumerate(names):
            if name in self.categories:
                raise ExchangeError(path_of("$.forum.cause_categories", index), "listed_twice")
            self.add_category(name)
        for index, org in enumerate(self.doc.get("organisations", [])):
            where = path_of("$.organisations", index)
            self.out.add(
                "organisation",
                self.row(
                    id=self.define("organisation", org["id"], where + ".id"),
                    name=org["name"],
                    kind=org.get("kind"),
                    unit=org.get("unit", ""),
                    position=index,
                ),
            )
        for index, person in enumerate(self.doc.get("people", [])):
            where = path_of("$.people", index)
            self.out.add(
                "person",
                self.row(
                    id=self.define("person", person["id"], where + ".id"),
                    name=person["name"],
                    title=person.get("title", ""),
                    organisation_id=self.ref(
                        "organisation", person.get("organisation_id"), where + ".organisation_id"
                    ),
                    email=person.get("email", ""),
                    phone=person.get("phone", ""),
                    position=index,
                ),
            )
        for index, meeting in enumerate(self.doc.get("meetings", [])):
            self.meeting(meeting, path_of("$.meetings", index))
        for index, action in enumerate(self.doc.get("actions", [])):
            self.action(action, path_of("$.actions", index), index)
        self.resolve()
        return self.out

    def add_category(self, name: str) -> str:
        ident = new_id()
        self.categories[name] = ident
        self.out.add(
            "cause_category", self.row(id=ident, name=name, position=len(self.categories) - 1)
        )
        return ident

    def meeting(self, meeting: dict[str, Any], where: str) -> None:
        meeting_id = self.define("meeting", meeting["id"], where + ".id")
        nxt = meeting.get("next_meeting", {})
        self.out.add(
            "meeting",
            self.row(
                id=meeting_id,
                title=meeting["title"],
                date=meeting["date"],
                start=meeting.get("start"),
                end=meeting.get("end"),
                location=meeting.get("location", ""),
                purpose=meeting.get("purpose", ""),
                notes_taker_id=self.ref(
                    "person", meeting.get("notes_taker_id"), where + ".notes_taker_id"
                ),
                next_date=nxt.get("date"),
                next_start=nxt.get("start"),
                next_location=nxt.get("location", ""),
                next_notes=nxt.get("notes", ""),
            ),
        )
        facilitators = self.unique_refs(
            "person", meeting.get("facilitator_ids", []), where + ".facilitator_ids"
        )
        for position, person_id in enumerate(facilitators):
            self.out.add(
                "meeting_facilitator",
                self.row(meeting_id=meeting_id, person_id=person_id, position=position),
            )
        attendance = meeting.get("attendance", [])
        people = self.unique_refs(
            "person", (entry["person_id"] for entry in attendance), where + ".attendance"
        )
        for position, (person_id, entry) in enumerate(zip(people, attendance, strict=True)):
            self.out.add(
                "attendance",
                self.row(
                    meeting_id=meeting_id,
                    person_id=person_id,
                    status=entry["status"],
                    position=position,
                ),
            )
        for index, item in enumerate(meeting.get("agenda", [])):
            item_where = path_of(where + ".agenda", index)
            self.out.add(
                "agenda_item",
                self.row(
                    id=self.define("agenda_item", item["id"], item_where + ".id"),
                    meeting_id=meeting_id,
                    title=item["title"],
                    minutes=_int(item.get("minutes")),
                    notes=item.get("notes", ""),
                    position=index,
                ),
            )
        for index, gap in enumerate(meeting.get("gaps", [])):
            self.gap(gap, meeting_id, path_of(where + ".gaps", index), index)
        followups = meeting.get("followups", [])
        actions = self.unique_refs(
            "action", (entry["action_id"] for entry in followups), where + ".followups"
        )
        for position, (action_id, entry) in enumerate(zip(actions, followups, strict=True)):
            self.out.add(
                "followup",
                self.row(
                    meeting_id=meeting_id,
                    action_id=action_id,
                    status=entry["status"],
                    note=entry.get("note", ""),
                    position=position,
                ),
            )
        for key, kind in NOTE_LISTS:
            for index, note in enumerate(meeting.get(key, [])):
                note_where = path_of(where + "." + key, index)
                self.out.add(
                    "meeting_note",
                    self.row(
                        id=self.define("meeting_note", note["id"], note_where + ".id"),
                        meeting_id=meeting_id,
                        kind=kind,
                        text=note["text"],
                        position=index,
                    ),
                )

    def gap(self, gap: dict[str, Any], meeting_id: str, where: str, position: int) -> None:
        gap_id = self.define("gap", gap["id"], where + ".id")
        self.out.add(
            "gap",
            self.row(
                id=gap_id,
                meeting_id=meeting_id,
                title=gap["title"],
                description=gap.get("description", ""),
                transition=gap.get("transition", ""),
                target_group=gap.get("target_group", ""),
                votes=_int(gap.get("votes", 0)),
                status=gap.get("status", "open"),
                position=position,
            ),
        )
        orgs = self.unique_refs(
            "organisation", gap.get("organisation_ids", []), where + ".organisation_ids"
        )
        for index, org_id in enumerate(orgs):
            self.out.add(
                "gap_organisation", self.row(gap_id=gap_id, organisation_id=org_id, position=index)
            )
        positions: dict[str | None, int] = defaultdict(int)
        for index, cause in enumerate(gap.get("causes", [])):
            cause_where = path_of(where + ".causes", index)
            cause_id = self.define("cause", cause["id"], cause_where + ".id")
            parent = self.ref("cause", cause.get("parent_id"), cause_where + ".parent_id")
            self.cause_gap[cause_id] = gap_id
            self.cause_parent[cause_id] = (parent, cause_where + ".parent_id")
            # A blank category (the schema allows any string) means none.
            category = cause.get("category", "")
            category_id = None
            if category.strip():
                category_id = self.categories.get(category) or self.add_category(category)
            self.out.add(
                "cause",
                self.row(
                    id=cause_id,
                    gap_id=gap_id,
                    parent_id=parent,
                    category_id=category_id,
                    text=cause["text"],
                    votes=_int(cause.get("votes", 0)),
                    position=positions[parent],
                ),
            )
            positions[parent] += 1

    def action(self, action: dict[str, Any], where: str, position: int) -> None:
        self.out.add(
            "action",
            self.row(
                id=self.define("action", action["id"], where + ".id"),
                meeting_id=self.ref("meeting", action["meeting_id"], where + ".meeting_id"),
                gap_id=self.ref("gap", action.get("gap_id"), where + ".gap_id"),
                cause_id=self.ref("cause", action.get("cause_id"), where + ".cause_id"),
                owner_id=self.ref("person", action.get("owner_id"), where + ".owner_id"),
                organisation_id=self.ref(
                    "organisation", action.get("organisation_id"), where + ".organisation_id"
                ),
                title=action["title"],
                description=action.get("description", ""),
                due=action.get("due"),
                status=action.get("status", "not_started"),
                kind=action.get("kind"),
                success_measure=action.get("success_measure", ""),
                position=position,
            ),
        )

    # -- cross checks ------------------------------------------------------

    def resolve(self) -> None:
        for where, table, ident in self.pending_refs:
            if ident not in self.ids[table]:
                if ident in self.seen:
                    raise ExchangeError(where, "wrong_kind", found=self.seen[ident])
                raise ExchangeError(where, "dangling")
        for cause_id, (parent, where) in self.cause_parent.items():
            if parent is not None and self.cause_gap[parent] != self.cause_gap[cause_id]:
                raise ExchangeError(where, "parent_other_gap")
        self.check_cycles()
        for index, row in enumerate(self.out.tables["action"]):
            cause_id, gap_id = row["cause_id"], row["gap_id"]
            if cause_id is not None and gap_id is not None and self.cause_gap[cause_id] != gap_id:
                raise ExchangeError(path_of("$.actions", index) + ".cause_id", "cause_not_in_gap")
            if cause_id is not None and gap_id is None:
                row["gap_id"] = self.cause_gap[cause_id]

    def check_cycles(self) -> None:
        done: set[str] = set()
        for start in self.cause_parent:
            trail: list[str] = []
            current: str | None = start
            while current is not None and current not in done:
                if current in trail:
                    raise ExchangeError(self.cause_parent[current][1], "parent_cycle")
                trail.append(current)
                current = self.cause_parent[current][0]
            done.update(trail)


def _int(value: Any) -> Any:
    """JSON numbers like 5.0 are integers to the schema; store them as 5."""
    return int(value) if isinstance(value, float) else value


def read_document(document: dict[str, Any]) -> ForumRows:
    """Rows for a new forum file; ExchangeError names the first problem."""
    return _Reader(document).read()
