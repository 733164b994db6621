"""Valid exchange documents to mutate: a small hand-made forum and the demo."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from app.demo import demo_document

Doc = Any

# -- the valid base documents ----------------------------------------------

FORUM = "0f000000-0000-4000-8000-000000000001"
ORG_A = "0a000000-0000-4000-8000-000000000001"
ORG_B = "0a000000-0000-4000-8000-000000000002"
ANNA = "0e000000-0000-4000-8000-000000000001"
BO = "0e000000-0000-4000-8000-000000000002"
MEET_1 = "0d000000-0000-4000-8000-000000000001"
MEET_2 = "0d000000-0000-4000-8000-000000000002"
AGENDA = "0c000000-0000-4000-8000-000000000001"
GAP = "0b000000-0000-4000-8000-000000000001"
CAUSE_ROOT = "0c0a0000-0000-4000-8000-000000000001"
CAUSE_WHY = "0c0a0000-0000-4000-8000-000000000002"
CAUSE_OTHER = "0c0a0000-0000-4000-8000-000000000003"
ACTION_1 = "0ac70000-0000-4000-8000-000000000001"
ACTION_2 = "0ac70000-0000-4000-8000-000000000002"
NOTE_1 = "07000000-0000-4000-8000-000000000001"
NOTE_2 = "07000000-0000-4000-8000-000000000002"
NOTE_3 = "07000000-0000-4000-8000-000000000003"

SMALL: Doc = {
    "format": "samsyn-exchange",
    "version": 1,
    "forum": {
        "id": FORUM,
        "name": "Samverkansforum Norra",
        "area": "Norra länsdelen",
        "goal": "Trygg hemgång",
        "cause_categories": ["Rutiner", "Kommunikation"],
    },
    "organisations": [
        {"id": ORG_A, "name": "Kommunen", "kind": "municipality", "unit": "hemtjänst"},
        {"id": ORG_B, "name": "Regionen", "kind": "region"},
    ],
    "people": [
        {"id": ANNA, "name": "Anna Åberg", "organisation_id": ORG_A, "email": "a@example.se"},
        {"id": BO, "name": "Bo Öst", "title": "Sjuksköterska", "organisation_id": ORG_B},
    ],
    "meetings": [
        {
            "id": MEET_1,
            "title": "Första mötet",
            "date": "2026-03-02",
            "start": "09:00",
            "end": "11:30",
            "location": "Stadshuset",
            "notes_taker_id": BO,
            "facilitator_ids": [ANNA],
            "attendance": [
                {"person_id": ANNA, "status": "present"},
                {"person_id": BO, "status": "excused"},
            ],
            "agenda": [{"id": AGENDA, "title": "Glapp", "minutes": 45, "notes": "x"}],
            "gaps": [
                {
                    "id": GAP,
                    "title": "Utskrivning utan läkemedelslista",
                    "transition": "slutenvård → hemmet",
                    "organisation_ids": [ORG_A, ORG_B],
                    "votes": 3,
                    "status": "in_progress",
                    "causes": [
                        {"id": CAUSE_ROOT, "text": "Ingen rutin", "category": "Rutiner"},
                        {
                            "id": CAUSE_WHY,
                            "text": "Ingen ägare",
                            "votes": 2,
                            "parent_id": CAUSE_ROOT,
                        },
                        {"id": CAUSE_OTHER, "text": "Fax 😀", "category": "Ny kategori"},
                    ],
                }
            ],
            "decisions": [{"id": NOTE_1, "text": "Vi börjar"}],
            "parking_lot": [{"id": NOTE_2, "text": "Journalsystem"}],
            "next_meeting": {"date": "2026-04-06", "start": "13:00", "location": "Vårdcentralen"},
        },
        {
            "id": MEET_2,
            "title": "Uppföljning",
            "date": "2026-04-06",
            "followups": [{"action_id": ACTION_1, "status": "ongoing", "note": "På gång"}],
            "other_business": [{"id": NOTE_3, "text": "Semester"}],
        },
    ],
    "actions": [
        {
            "id": ACTION_1,
            "title": "Skriv rutin",
            "meeting_id": MEET_1,
            "gap_id": GAP,
            "cause_id": CAUSE_WHY,
            "owner_id": ANNA,
            "organisation_id": ORG_A,
            "due": "2026-05-01",
            "status": "not_started",
            "kind": "routine",
            "success_measure": "Rutin antagen",
        },
        {"id": ACTION_2, "title": "Informera", "meeting_id": MEET_2, "cause_id": CAUSE_OTHER},
    ],
}

BASE_TEXTS = {
    "demo": json.dumps(demo_document(today=date(2026, 11, 22))),
    "small": json.dumps(SMALL),
}
