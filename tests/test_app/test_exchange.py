"""The exchange format: dump shape, identical round trip, clear refusals."""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from conftest import DEMO_TODAY

from app.demo import demo_document
from app.errors import ExchangeError
from app.exchange.files import dump_text, import_into_new_file, read_exchange
from app.forum_file import ForumFile
from app.paths import resource_path

ROOT = Path(__file__).resolve().parents[2]
SHARED_SCHEMA = ROOT.parent / "shared" / "spec" / "exchange.schema.json"
SHIPPED_SCHEMA = resource_path("exchange", "exchange.schema.json")


def _schema() -> dict[str, Any]:
    path = SHARED_SCHEMA if SHARED_SCHEMA.exists() else SHIPPED_SCHEMA
    return json.loads(path.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def _validate(document: dict[str, Any]) -> None:
    validator = jsonschema.Draft202012Validator(
        _schema(), format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )
    validator.validate(document)


def _import(document: Any, target: Path) -> ForumFile:
    return import_into_new_file(read_exchange(json.dumps(document).encode()), target)


@pytest.mark.skipif(not SHARED_SCHEMA.exists(), reason="../shared is not beside the project")
def test_shipped_schema_is_the_public_contract() -> None:
    assert json.loads(SHIPPED_SCHEMA.read_text("utf-8")) == json.loads(
        SHARED_SCHEMA.read_text("utf-8")
    )


def test_demo_dump_validates_against_the_schema(demo_path: Path) -> None:
    with ForumFile.open(demo_path, read_only=True) as ff:
        document = json.loads(dump_text(ff.db))
    _validate(document)
    assert len(document["meetings"]) == 4
    assert sum(len(m["gaps"]) for m in document["meetings"]) >= 10


def test_dump_import_dump_is_identical(demo_path: Path, tmp_path: Path) -> None:
    with ForumFile.open(demo_path, read_only=True) as ff:
        first = dump_text(ff.db)
    with import_into_new_file(read_exchange(first.encode()), tmp_path / "copy.samsyn") as ff:
        second = dump_text(ff.db)
    assert second == first
    with ForumFile.open(tmp_path / "copy.samsyn") as ff:  # and after a reopen
        assert dump_text(ff.db) == first


def test_demo_is_realistic_and_fictional() -> None:
    doc = demo_document(DEMO_TODAY)
    assert 6 <= len(doc["organisations"]) <= 10
    assert 15 <= len(doc["people"]) <= 25
    assert 3 <= len(doc["meetings"]) <= 4
    assert all(p["email"].endswith("@example.se") for p in doc["people"] if "email" in p)
    text = json.dumps(doc, ensure_ascii=False)
    assert not re.search(r"\b(19|20)?\d{6}[-+]?\d{4}\b", text), "no identity numbers"
    dates = sorted(m["date"] for m in doc["meetings"])
    assert dates[0] >= "2025-11-22" and dates[-1] <= "2026-11-22"  # within the last year
    open_actions = [a for a in doc["actions"] if a["status"] not in ("done", "cancelled")]
    assert any(a["due"] < DEMO_TODAY.isoformat() for a in open_actions), "something overdue"
    assert any(a["due"] > DEMO_TODAY.isoformat() for a in open_actions), "something to come"
    _validate(doc)


def _minimal() -> dict[str, Any]:
    return {
        "format": "samsyn-exchange",
        "version": 1,
        "forum": {"id": "0f8fad5b-d9cb-469f-a165-70867728950e", "name": "Forum"},
    }


def test_minimal_document_gets_default_categories(tmp_path: Path) -> None:
    with _import(_minimal(), tmp_path / "f.samsyn") as ff:
        assert [c.name for c in ff.categories.list()][0] == "Kommunikation och information"
        assert ff.meetings.list() == []


GAP_ID = "1b4e28ba-2d11-4e3c-9b5e-8d1f3a9b2c01"
CAUSE_A = "1b4e28ba-2d11-4e3c-9b5e-8d1f3a9b2c02"
CAUSE_B = "1b4e28ba-2d11-4e3c-9b5e-8d1f3a9b2c03"
MEETING_ID = "1b4e28ba-2d11-4e3c-9b5e-8d1f3a9b2c04"
PERSON_ID = "1b4e28ba-2d11-4e3c-9b5e-8d1f3a9b2c05"
ACTION_ID = "1b4e28ba-2d11-4e3c-9b5e-8d1f3a9b2c06"


def _small() -> dict[str, Any]:
    doc = _minimal()
    doc["forum"]["cause_categories"] = ["Rutiner"]
    doc["people"] = [{"id": PERSON_ID, "name": "Ann Exempel", "email": "ann@example.se"}]
    doc["meetings"] = [
        {
            "id": MEETING_ID,
            "title": "Träff 1",
            "date": "2026-03-01",
            "attendance": [{"person_id": PERSON_ID, "status": "present"}],
            "gaps": [
                {
                    "id": GAP_ID,
                    "title": "Glapp",
                    "causes": [
                        {"id": CAUSE_A, "text": "Orsak", "category": "Rutiner"},
                        {
                            "id": CAUSE_B,
                            "text": "Varför",
                            "category": "Ny kategori",
                            "parent_id": CAUSE_A,
                        },
                    ],
                }
            ],
        }
    ]
    doc["actions"] = [
        {
            "id": ACTION_ID,
            "title": "Gör",
            "meeting_id": MEETING_ID,
            "cause_id": CAUSE_B,
            "owner_id": PERSON_ID,
        }
    ]
    return doc


def test_small_document_imports_with_derived_values(tmp_path: Path) -> None:
    with _import(_small(), tmp_path / "f.samsyn") as ff:
        assert [c.name for c in ff.categories.list()] == ["Rutiner", "Ny kategori"]
        assert ff.actions.get(ACTION_ID).gap_id == GAP_ID  # taken from its cause
        assert ff.causes.get(CAUSE_B).parent_id == CAUSE_A
        _validate(json.loads(dump_text(ff.db)))


def test_upper_case_ids_are_the_same_ids(tmp_path: Path) -> None:
    doc = _small()
    doc["people"][0]["id"] = PERSON_ID.upper()
    with _import(doc, tmp_path / "f.samsyn") as ff:
        assert ff.people.get(PERSON_ID).name == "Ann Exempel"
        assert ff.actions.get(ACTION_ID).owner_id == PERSON_ID


def _set(doc: dict[str, Any], path: str, value: Any) -> None:
    parts = re.findall(r"\.(\w+)|\[(\d+)\]", path)
    node: Any = doc
    for key, index in parts[:-1]:
        node = node[key] if key else node[int(index)]
    key, index = parts[-1]
    if value is _DELETE:
        del node[key]
    else:
        node[key if key else int(index)] = value


_DELETE = object()

REFUSALS = [
    ("$.format", "nagot-annat", "$.format", "const"),
    ("$.forum.name", "   ", "$.forum.name", "pattern_blank"),
    ("$.forum.name", _DELETE, "$.forum.name", "missing"),
    ("$.forum.colour", "blå", "$.forum.colour", "unknown_field"),
    ("$.meetings[0].date", "2026-02-30", "$.meetings[0].date", "pattern_date"),
    ("$.meetings[0].start", "24:00", "$.meetings[0].start", "pattern_time"),
    ("$.meetings[0].gaps[0].votes", -1, "$.meetings[0].gaps[0].votes", "minimum"),
    ("$.meetings[0].gaps[0].votes", True, "$.meetings[0].gaps[0].votes", "type_integer"),
    ("$.meetings[0].gaps[0].id", "inte-ett-uuid", "$.meetings[0].gaps[0].id", "pattern_id"),
    (
        "$.meetings[0].gaps[0].causes[1].parent_id",
        "1b4e28ba-2d11-4e3c-9b5e-8d1f3a9b2cff",
        "$.meetings[0].gaps[0].causes[1].parent_id",
        "dangling",
    ),
    (
        "$.meetings[0].gaps[0].causes[0].parent_id",
        CAUSE_B,
        "$.meetings[0].gaps[0].causes[0].parent_id",
        "parent_cycle",
    ),
    (
        "$.meetings[0].gaps[0].causes[1].id",
        CAUSE_A,
        "$.meetings[0].gaps[0].causes[1].id",
        "duplicate_id",
    ),
    ("$.actions[0].owner_id", MEETING_ID, "$.actions[0].owner_id", "wrong_kind"),
    ("$.actions[0].meeting_id", None, "$.actions[0].meeting_id", "type_string"),
    ("$.meetings[0].attendance[0].status", "sjuk", "$.meetings[0].attendance[0].status", "enum"),
    ("$.forum.cause_categories", ["A", "A"], "$.forum.cause_categories[1]", "listed_twice"),
    (
        "$.meetings[0].facilitator_ids",
        [PERSON_ID, PERSON_ID],
        "$.meetings[0].facilitator_ids[1]",
        "listed_twice",
    ),
    (
        "$.meetings[0].gaps[0].title",
        "Ensamt \ud800",
        "$.meetings[0].gaps[0].title",
        "invalid_character",
    ),
]


@pytest.mark.parametrize(("path", "value", "where", "problem"), REFUSALS)
def test_bad_documents_name_the_place(
    path: str, value: Any, where: str, problem: str, tmp_path: Path
) -> None:
    doc = _small()
    _set(doc, path, value)
    with pytest.raises(ExchangeError) as caught:
        read_exchange(json.dumps(doc).encode())
    assert (caught.value.where, caught.value.problem) == (where, problem)


def test_cause_parent_in_another_gap_is_refused() -> None:
    doc = _small()
    other_cause = "1b4e28ba-2d11-4e3c-9b5e-8d1f3a9b2c10"
    doc["meetings"][0]["gaps"].append(
        {
            "id": "1b4e28ba-2d11-4e3c-9b5e-8d1f3a9b2c11",
            "title": "Annat glapp",
            "causes": [{"id": other_cause, "text": "Fel förälder", "parent_id": CAUSE_A}],
        }
    )
    with pytest.raises(ExchangeError) as caught:
        read_exchange(json.dumps(doc).encode())
    assert caught.value.where == "$.meetings[0].gaps[1].causes[0].parent_id"
    assert caught.value.problem == "parent_other_gap"


def test_action_cause_in_another_gap_is_refused() -> None:
    doc = copy.deepcopy(_small())
    doc["meetings"][0]["gaps"].append(
        {"id": "1b4e28ba-2d11-4e3c-9b5e-8d1f3a9b2c11", "title": "Annat glapp"}
    )
    doc["actions"][0]["gap_id"] = "1b4e28ba-2d11-4e3c-9b5e-8d1f3a9b2c11"
    with pytest.raises(ExchangeError) as caught:
        read_exchange(json.dumps(doc).encode())
    assert (caught.value.where, caught.value.problem) == (
        "$.actions[0].cause_id",
        "cause_not_in_gap",
    )


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b"", "not_json"),
        (b'{"format": ', "not_json"),
        (b"\xff\xfe{\x00}\x00", "not_utf8"),
        (b'{"version": NaN}', "not_json_constant"),
        (b"[" * 100_000 + b"]" * 100_000, "too_deep"),
        (b"[]", "type_object"),
    ],
)
def test_unreadable_json_is_refused(data: bytes, problem: str) -> None:
    with pytest.raises(ExchangeError) as caught:
        read_exchange(data)
    assert caught.value.problem == problem


def test_duplicate_keys_are_refused() -> None:
    text = json.dumps(_small())
    text = text.replace('"name": "Forum"', '"name": "Forum", "name": "Annat"', 1)
    with pytest.raises(ExchangeError) as caught:
        read_exchange(text.encode())
    assert (caught.value.where, caught.value.problem) == ("$.forum", "duplicate_key")


def test_whole_numbers_written_as_floats_are_accepted(tmp_path: Path) -> None:
    doc = _small()
    doc["meetings"][0]["gaps"][0]["votes"] = 5.0
    with _import(doc, tmp_path / "f.samsyn") as ff:
        assert ff.gaps.get(GAP_ID).votes == 5
