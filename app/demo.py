"""The demo forum: resources/demo/demo_forum.json made into an exchange document.

The resource names things by short keys and dates by days from today; here
keys become stable UUIDs (uuid5) and offsets become dates, so the demo always
has recent meetings, overdue actions and actions still to come. The result
goes through the same checks as any imported file.
"""

from __future__ import annotations

import json
import uuid
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from app.exchange import envelope
from app.exchange.files import import_into_new_file
from app.exchange.reader import read_document
from app.exchange.schema_check import check_schema
from app.forum_file import ForumFile
from app.paths import resource_path

_NAMESPACE = uuid.UUID("6f1c2a4e-8d3b-4c59-9a57-0e5d2b7f4a10")

Doc = dict[str, Any]


def _id(kind: str, key: str) -> str:
    return str(uuid.uuid5(_NAMESPACE, f"{kind}:{key}"))


def _optional_ref(kind: str, key: str | None) -> str | None:
    return None if key is None else _id(kind, key)


class _Builder:
    def __init__(self, source: Doc, today: date) -> None:
        self.source = source
        self.today = today

    def day(self, offset: int) -> str:
        return (self.today + timedelta(days=offset)).isoformat()

    def document(self) -> Doc:
        src = self.source
        forum = {"id": _id("forum", "demo"), **src["forum"]}
        organisations = [
            {"id": _id("org", o["key"]), **{k: v for k, v in o.items() if k != "key"}}
            for o in src["organisations"]
        ]
        people = []
        for p in src["people"]:
            person = {"id": _id("person", p["key"]), "name": p["name"]}
            for name in ("title", "email", "phone"):
                if p.get(name):
                    person[name] = p[name]
            if p.get("organisation"):
                person["organisation_id"] = _id("org", p["organisation"])
            people.append(person)
        return envelope(
            forum,
            organisations,
            people,
            [self.meeting(m) for m in src["meetings"]],
            [self.action(a) for a in src["actions"]],
        )

    def meeting(self, m: Doc) -> Doc:
        key = m["key"]
        meeting: Doc = {
            "id": _id("meeting", key),
            "title": m["title"],
            "date": self.day(m["days_from_today"]),
            "start": m["start"],
            "end": m["end"],
            "location": m["location"],
            "purpose": m["purpose"],
            "notes_taker_id": _id("person", m["notes_taker"]),
            "facilitator_ids": [_id("person", p) for p in m["facilitators"]],
            "attendance": [
                {"person_id": _id("person", p), "status": s} for p, s in m["attendance"].items()
            ],
            "agenda": [
                {"id": _id("agenda", f"{key}:{i}"), **item} for i, item in enumerate(m["agenda"])
            ],
            "gaps": [self.gap(g) for g in m["gaps"]],
            "followups": [
                {"action_id": _id("action", f["action"]), "status": f["status"], "note": f["note"]}
                for f in m["followups"]
            ],
        }
        for name in ("decisions", "parking_lot", "other_business"):
            meeting[name] = [
                {"id": _id(name, f"{key}:{i}"), "text": t} for i, t in enumerate(m[name])
            ]
        nxt = m.get("next_meeting")
        if nxt:
            meeting["next_meeting"] = {
                "date": self.day(nxt["days_from_today"]),
                **{k: v for k, v in nxt.items() if k != "days_from_today"},
            }
        return meeting

    def gap(self, g: Doc) -> Doc:
        causes: list[Doc] = []

        def walk(items: list[Doc], parent: str | None) -> None:
            for c in items:
                cause = {
                    "id": _id("cause", c["key"]),
                    "text": c["text"],
                    "category": c["category"],
                    "votes": c["votes"],
                }
                if parent:
                    cause["parent_id"] = _id("cause", parent)
                causes.append(cause)
                walk(c.get("why", []), c["key"])

        walk(g["causes"], None)
        return {
            "id": _id("gap", g["key"]),
            "title": g["title"],
            "description": g["description"],
            "transition": g["transition"],
            "target_group": g["target_group"],
            "organisation_ids": [_id("org", o) for o in g["organisations"]],
            "votes": g["votes"],
            "status": g["status"],
            "causes": causes,
        }

    def action(self, a: Doc) -> Doc:
        action: Doc = {
            "id": _id("action", a["key"]),
            "title": a["title"],
            "description": a["description"],
            "meeting_id": _id("meeting", a["meeting"]),
            "gap_id": _optional_ref("gap", a.get("gap")),
            "cause_id": _optional_ref("cause", a.get("cause")),
            "owner_id": _optional_ref("person", a.get("owner")),
            "organisation_id": _optional_ref("org", a.get("organisation")),
            "due": self.day(a["due_days_from_today"]),
            "status": a["status"],
            "kind": a["kind"],
            "success_measure": a["success_measure"],
        }
        return {k: v for k, v in action.items() if v is not None}


def demo_document(today: date | None = None) -> Doc:
    with resource_path("demo", "demo_forum.json").open(encoding="utf-8") as handle:
        source = json.load(handle)
    return _Builder(source, today or date.today()).document()


def create_demo(path: Path, today: date | None = None) -> ForumFile:
    document = demo_document(today)
    check_schema(document)
    return import_into_new_file(read_document(document), Path(path))
