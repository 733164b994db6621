"""From a forum file to an exchange document (the shape of the public schema).

Deterministic: the same file always gives the same JSON, so
dump -> import -> dump is identical. Empty optional texts and null
references are left out; lists are always written.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from app.exchange import envelope
from app.exchange.reader import NOTE_LISTS
from app.services.specs import meeting_order
from storage.database import ForumDatabase
from storage.rows import list_order

Row = dict[str, Any]
Doc = dict[str, Any]


def _put(target: Doc, row: Row, *names: str, rename: dict[str, str] | None = None) -> None:
    """Copy the named columns that hold something (not None, not '')."""
    for name in names:
        value = row[name]
        if value is not None and value != "":
            target[(rename or {}).get(name, name)] = value


def _rows(db: ForumDatabase, sql: str) -> list[Row]:
    return [dict(row) for row in db.query(sql)]


def _grouped(rows: list[Row], column: str) -> dict[str, list[Row]]:
    groups: dict[str, list[Row]] = defaultdict(list)
    for row in rows:
        groups[row[column]].append(row)
    return groups


def _causes_in_tree_order(causes: list[Row]) -> list[Row]:
    """Parents before their "why?" children, siblings by position."""
    children = _grouped(causes, "parent_id")  # None groups the roots
    ordered: list[Row] = []
    stack = list(reversed(children.get(None, [])))  # type: ignore[call-overload]
    while stack:
        cause = stack.pop()
        ordered.append(cause)
        stack.extend(reversed(children.get(cause["id"], [])))
    return ordered


def dump_document(db: ForumDatabase) -> Doc:
    forum_row = _rows(db, "SELECT * FROM forum")[0]
    forum: Doc = {"id": forum_row["id"], "name": forum_row["name"]}
    _put(forum, forum_row, "area", "goal", "description")
    categories = _rows(db, f"SELECT * FROM cause_category ORDER BY {list_order('cause_category')}")
    forum["cause_categories"] = [c["name"] for c in categories]
    category_names = {c["id"]: c["name"] for c in categories}

    organisations = []
    for row in _rows(db, f"SELECT * FROM organisation ORDER BY {list_order('organisation')}"):
        org: Doc = {"id": row["id"], "name": row["name"]}
        _put(org, row, "kind", "unit")
        organisations.append(org)

    people = []
    for row in _rows(db, f"SELECT * FROM person ORDER BY {list_order('person')}"):
        person: Doc = {"id": row["id"], "name": row["name"]}
        _put(person, row, "title", "organisation_id", "email", "phone")
        people.append(person)

    by_meeting = {
        table: _grouped(
            _rows(db, f"SELECT * FROM {table} ORDER BY {list_order(table, first)}"), "meeting_id"
        )
        for table, first in (
            ("meeting_facilitator", "position"),
            ("attendance", "position"),
            ("agenda_item", "position"),
            ("gap", "position"),
            ("followup", "position"),
            ("meeting_note", "kind, position"),
        )
    }
    gap_orgs = _grouped(
        _rows(db, f"SELECT * FROM gap_organisation ORDER BY {list_order('gap_organisation')}"),
        "gap_id",
    )
    causes = _grouped(_rows(db, f"SELECT * FROM cause ORDER BY {list_order('cause')}"), "gap_id")

    meetings = []
    for row in _rows(db, f"SELECT * FROM meeting ORDER BY {meeting_order()}"):
        meeting_id = row["id"]
        meeting: Doc = {"id": meeting_id, "title": row["title"], "date": row["date"]}
        _put(meeting, row, "start", "end", "location", "purpose", "notes_taker_id")
        meeting["facilitator_ids"] = [
            f["person_id"] for f in by_meeting["meeting_facilitator"].get(meeting_id, [])
        ]
        meeting["attendance"] = [
            {"person_id": a["person_id"], "status": a["status"]}
            for a in by_meeting["attendance"].get(meeting_id, [])
        ]
        agenda = []
        for item in by_meeting["agenda_item"].get(meeting_id, []):
            entry: Doc = {"id": item["id"], "title": item["title"]}
            _put(entry, item, "minutes", "notes")
            agenda.append(entry)
        meeting["agenda"] = agenda
        meeting["gaps"] = [
            _gap(gap, gap_orgs.get(gap["id"], []), causes.get(gap["id"], []), category_names)
            for gap in by_meeting["gap"].get(meeting_id, [])
        ]
        followups = []
        for f in by_meeting["followup"].get(meeting_id, []):
            entry = {"action_id": f["action_id"], "status": f["status"]}
            _put(entry, f, "note")
            followups.append(entry)
        meeting["followups"] = followups
        notes = _grouped(by_meeting["meeting_note"].get(meeting_id, []), "kind")
        for key, kind in NOTE_LISTS:
            meeting[key] = [{"id": n["id"], "text": n["text"]} for n in notes.get(kind, [])]
        next_meeting: Doc = {}
        _put(
            next_meeting,
            row,
            "next_date",
            "next_start",
            "next_location",
            "next_notes",
            rename={
                "next_date": "date",
                "next_start": "start",
                "next_location": "location",
                "next_notes": "notes",
            },
        )
        if next_meeting:
            meeting["next_meeting"] = next_meeting
        meetings.append(meeting)

    actions = []
    for row in _rows(db, f"SELECT * FROM action ORDER BY {list_order('action')}"):
        action: Doc = {"id": row["id"], "title": row["title"]}
        _put(action, row, "description")
        action["meeting_id"] = row["meeting_id"]
        _put(action, row, "gap_id", "cause_id", "owner_id", "organisation_id", "due")
        action["status"] = row["status"]
        _put(action, row, "kind", "success_measure")
        actions.append(action)

    return envelope(forum, organisations, people, meetings, actions)


def _gap(gap: Row, orgs: list[Row], causes: list[Row], categories: dict[str, str]) -> Doc:
    entry: Doc = {"id": gap["id"], "title": gap["title"]}
    _put(entry, gap, "description", "transition", "target_group")
    entry["organisation_ids"] = [o["organisation_id"] for o in orgs]
    entry["votes"] = gap["votes"]
    entry["status"] = gap["status"]
    cause_entries = []
    for cause in _causes_in_tree_order(causes):
        item: Doc = {"id": cause["id"], "text": cause["text"]}
        if cause["category_id"] is not None:
            item["category"] = categories[cause["category_id"]]
        item["votes"] = cause["votes"]
        _put(item, cause, "parent_id")
        cause_entries.append(item)
    entry["causes"] = cause_entries
    return entry
