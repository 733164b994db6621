"""Valid base documents and hypothesis mutations of exchange documents.

Used by test_exchange_fuzz.py; see its docstring for the properties.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from datetime import date
from typing import Any

import jsonschema
from exchange_samples import (
    BASE_TEXTS,
)
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

from app.paths import resource_path

Doc = Any
Path_ = tuple[str | int, ...]

SCHEMA: dict[str, Any] = json.loads(
    resource_path("exchange", "exchange.schema.json").read_text(encoding="utf-8")
)
VALIDATOR = jsonschema.Draft202012Validator(
    SCHEMA, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
)


def fuzz_settings(examples: int) -> settings:
    return settings(
        max_examples=examples,
        deadline=None,
        database=None,  # write nothing into the working tree
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )


# -- where things are in a document ----------------------------------------

_MEETING = SCHEMA["properties"]["meetings"]["items"]
_GAP = _MEETING["properties"]["gaps"]["items"]
KIND_SCHEMA: dict[str, dict[str, Any]] = {
    "root": SCHEMA,
    "forum": SCHEMA["properties"]["forum"],
    "organisation": SCHEMA["properties"]["organisations"]["items"],
    "person": SCHEMA["properties"]["people"]["items"],
    "meeting": _MEETING,
    "attendance": _MEETING["properties"]["attendance"]["items"],
    "agenda_item": _MEETING["properties"]["agenda"]["items"],
    "gap": _GAP,
    "cause": _GAP["properties"]["causes"]["items"],
    "followup": _MEETING["properties"]["followups"]["items"],
    "note": SCHEMA["$defs"]["texts"]["items"],
    "next_meeting": _MEETING["properties"]["next_meeting"],
    "action": SCHEMA["properties"]["actions"]["items"],
}
REF_KEYS = {
    "organisation_id",
    "notes_taker_id",
    "person_id",
    "action_id",
    "meeting_id",
    "gap_id",
    "cause_id",
    "owner_id",
    "parent_id",
}
REF_FIELDS = {
    "person": ["organisation_id"],
    "meeting": ["notes_taker_id"],
    "attendance": ["person_id"],
    "followup": ["action_id"],
    "cause": ["parent_id"],
    "action": ["meeting_id", "gap_id", "cause_id", "owner_id", "organisation_id"],
}
ID_LISTS = {"facilitator_ids", "organisation_ids"}
DATE_FIELDS = {"meeting": ["date"], "next_meeting": ["date"], "action": ["due"]}
TIME_FIELDS = {"meeting": ["start", "end"], "next_meeting": ["start"]}


def _get(doc: Doc, path: Path_) -> Any:
    for key in path:
        doc = doc[key]
    return doc


def _set(doc: Doc, path: Path_, value: Any) -> Doc:
    if not path:
        return value
    _get(doc, path[:-1])[path[-1]] = value
    return doc


def _slots(node: Any, path: Path_ = ()) -> Iterator[Path_]:
    """The path of every value below ``node`` (dict entries and list items)."""
    if isinstance(node, dict):
        for key, value in node.items():
            yield (*path, key)
            yield from _slots(value, (*path, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield (*path, index)
            yield from _slots(value, (*path, index))


def _typed_objects(doc: Doc) -> list[tuple[str, Path_]]:
    """(kind, path) of the objects the schema names, as far as the shape allows."""
    found: list[tuple[str, Path_]] = []
    if not isinstance(doc, dict):
        return found
    found.append(("root", ()))

    def each(path: Path_, parent: Any, key: str, kind: str) -> list[tuple[Path_, dict[str, Any]]]:
        value = parent.get(key) if isinstance(parent, dict) else None
        items = []
        if isinstance(value, list):
            for index, item in enumerate(value):
                if isinstance(item, dict):
                    found.append((kind, (*path, key, index)))
                    items.append(((*path, key, index), item))
        return items

    if isinstance(doc.get("forum"), dict):
        found.append(("forum", ("forum",)))
    each((), doc, "organisations", "organisation")
    each((), doc, "people", "person")
    for mpath, meeting in each((), doc, "meetings", "meeting"):
        each(mpath, meeting, "attendance", "attendance")
        each(mpath, meeting, "agenda", "agenda_item")
        each(mpath, meeting, "followups", "followup")
        for key in ("decisions", "parking_lot", "other_business"):
            each(mpath, meeting, key, "note")
        if isinstance(meeting.get("next_meeting"), dict):
            found.append(("next_meeting", (*mpath, "next_meeting")))
        for gpath, gap in each(mpath, meeting, "gaps", "gap"):
            each(gpath, gap, "causes", "cause")
    each((), doc, "actions", "action")
    return found


def _ids(doc: Doc) -> list[str]:
    return sorted(
        {
            _get(doc, path)
            for path in _slots(doc)
            if path[-1] == "id" and isinstance(_get(doc, path), str)
        }
    )


# -- values ----------------------------------------------------------------

TRICKY_STRINGS = [
    "",
    " ",
    "   ",
    "\t",
    "\n",
    "\r\n",
    "\u00a0",
    "\u3000",
    "\u200b",
    "\ufeff",
    "\x00",
    "\x1f",
    "\x7f",
    "😀",
    "👩‍👩‍👧",
    "\ud800",
    "\udfff",
    "a\ud800b",
    "x",
    "Åsa Öberg",
    "null",
    "{",
    "\\",
    '"',
    "'; DROP TABLE forum; --",
    "a" * 2000,
]
DATES = [
    "2026-02-30",
    "2026-02-29",
    "2024-02-29",
    "2026-13-01",
    "2026-00-10",
    "2026-01-00",
    "2026-01-32",
    "0000-01-01",
    "0001-01-01",
    "9999-12-31",
    "2026-1-1",
    "26-01-01",
    "2026/01/01",
    "20260101",
    "2026-01-01T10:00",
    "2026-01-01Z",
    "2026-01-01\n",
    " 2026-01-01",
    "２０２６-０１-０１",
    "",
]
TIMES = [
    "24:00",
    "23:60",
    "23:59",
    "00:00",
    "7:00",
    "07:0",
    "07:00:00",
    "07.00",
    "07:00\n",
    " 07:00",
    "０７:００",
    "29:00",
    "19:99",
    "",
]
NUMBERS = [0, -1, 1, 5, 1440, 1441, 2**31 - 1, 2**31, 2**63, -(2**63), 10**30]
FLOATS = [5.0, 0.0, -0.0, 1.5, 1440.0, 1441.0, 2.0**31, 1e300, -1e300, 1e-300]

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.sampled_from(NUMBERS),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.sampled_from(FLOATS),
    st.floats(allow_nan=False, allow_infinity=False),
    st.sampled_from(TRICKY_STRINGS),
    st.text(max_size=12),
    st.uuids().map(str),
    st.sampled_from(DATES + TIMES),
)


def _id_values(ids: list[str]) -> st.SearchStrategy[Any]:
    options: list[st.SearchStrategy[Any]] = [st.uuids().map(str), st.none()]
    if ids:
        existing = st.sampled_from(ids)
        options += [
            existing,
            existing,
            existing.map(str.upper),
            existing.map(lambda s: s + "\n"),
            existing.map(lambda s: "{" + s + "}"),
            existing.map(lambda s: s.replace("-", "")),
        ]
    return st.one_of(options)


def _values(ids: list[str]) -> st.SearchStrategy[Any]:
    leaf = st.one_of(scalars, _id_values(ids))
    return st.one_of(
        leaf,
        leaf,
        leaf,
        st.lists(leaf, max_size=3),
        st.dictionaries(st.text(max_size=6), leaf, max_size=3),
    )


def _field_values(field_schema: dict[str, Any], ids: list[str]) -> st.SearchStrategy[Any]:
    ref = field_schema.get("$ref", "")
    if "const" in field_schema:
        const = field_schema["const"]
        specific: st.SearchStrategy[Any] = st.sampled_from(
            [const, str(const), const.upper() if isinstance(const, str) else True, 1.0, 2, None]
        )
    elif ref.endswith("/date"):
        specific = st.sampled_from(DATES)
    elif ref.endswith("/time"):
        specific = st.sampled_from(TIMES)
    elif ref.endswith("/id") or ref.endswith("/ref"):
        specific = _id_values(ids)
    elif "enum" in field_schema:
        allowed = field_schema["enum"]
        specific = st.one_of(
            st.sampled_from(allowed), st.sampled_from(allowed).map(lambda s: s.upper() + " ")
        )
    elif field_schema.get("type") == "array":
        specific = st.lists(st.one_of(_id_values(ids), st.sampled_from(TRICKY_STRINGS)))
    else:
        specific = st.one_of(st.sampled_from(TRICKY_STRINGS), st.sampled_from(NUMBERS + FLOATS))
    return st.one_of(specific, specific, _values(ids))


# -- mutations: each takes (draw, document) and returns the new document ---

Draw = Callable[[st.SearchStrategy[Any]], Any]


def delete_key(draw: Draw, doc: Doc) -> Doc:
    slots = list(_slots(doc))
    if not slots:
        return doc
    path = draw(st.sampled_from(slots))
    del _get(doc, path[:-1])[path[-1]]  # a dict key, or a list item
    return doc


def set_any_node(draw: Draw, doc: Doc) -> Doc:
    slots = list(_slots(doc))
    if not slots:
        return doc
    return _set(doc, draw(st.sampled_from(slots)), draw(_values(_ids(doc))))


def _pick_object(draw: Draw, objects: list[tuple[str, Path_]]) -> tuple[str, Path_]:
    """Kind first, then an object of it: rare kinds are picked as often as common ones."""
    kind = draw(st.sampled_from(sorted({kind for kind, _ in objects})))
    return kind, draw(st.sampled_from([path for k, path in objects if k == kind]))


def set_schema_field(draw: Draw, doc: Doc) -> Doc:
    """Set (or add) a field the schema knows, on an object of the right kind."""
    objects = _typed_objects(doc)
    if not objects:
        return doc
    kind, path = _pick_object(draw, objects)
    properties = KIND_SCHEMA[kind]["properties"]
    field = draw(st.sampled_from(sorted(properties)))
    _get(doc, path)[field] = draw(_field_values(properties[field], _ids(doc)))
    return doc


def duplicate_list_item(draw: Draw, doc: Doc) -> Doc:
    lists = [p for p in _slots(doc) if isinstance(_get(doc, p), list) and _get(doc, p)]
    if isinstance(doc, list) and doc:
        lists.append(())
    if not lists:
        return doc
    target = _get(doc, draw(st.sampled_from(lists)))
    item = target[draw(st.integers(0, len(target) - 1))]
    target.insert(draw(st.integers(0, len(target))), json.loads(json.dumps(item)))
    return doc


def swap_ids(draw: Draw, doc: Doc) -> Doc:
    slots = [p for p in _slots(doc) if p[-1] == "id" or p[-1] in REF_KEYS]
    if len(slots) < 2:
        return doc
    first, second = draw(st.lists(st.sampled_from(slots), min_size=2, max_size=2, unique=True))
    a, b = _get(doc, first), _get(doc, second)
    _set(doc, first, b)
    _set(doc, second, a)
    return doc


def add_unknown_field(draw: Draw, doc: Doc) -> Doc:
    objects = [p for p in _slots(doc) if isinstance(_get(doc, p), dict)]
    if isinstance(doc, dict):
        objects.append(())
    if not objects:
        return doc
    key = draw(
        st.one_of(
            st.sampled_from(["extra", "ID", "Id", "id ", "", "__proto__", "$schema", "Title"]),
            st.text(max_size=8),
        )
    )
    _get(doc, draw(st.sampled_from(objects)))[key] = draw(_values(_ids(doc)))
    return doc


def replace_reference(draw: Draw, doc: Doc) -> Doc:
    """A reference to another existing id (often of the wrong kind), a fresh uuid or null."""
    slots = [
        p
        for p in _slots(doc)
        if p[-1] in REF_KEYS or (len(p) >= 2 and p[-2] in ID_LISTS and isinstance(p[-1], int))
    ]
    for kind, path in _typed_objects(doc):
        slots += [(*path, name) for name in REF_FIELDS.get(kind, [])]
    if not slots:
        return doc
    return _set(doc, draw(st.sampled_from(slots)), draw(_id_values(_ids(doc))))


def cause_loop(draw: Draw, doc: Doc) -> Doc:
    """A cause its own parent, a 2- or 3-cycle, or a parent in another gap."""
    causes = [p for kind, p in _typed_objects(doc) if kind == "cause"]
    causes = [p for p in causes if isinstance(_get(doc, p).get("id"), str)]
    if not causes:
        return doc
    if draw(st.integers(0, 3)) == 0:  # parent in any gap (often another one)
        child, parent = draw(st.sampled_from(causes)), draw(st.sampled_from(causes))
        _get(doc, child)["parent_id"] = _get(doc, parent)["id"]
        return doc
    gaps = sorted({p[:-2] for p in causes})
    gap = draw(st.sampled_from(gaps))
    in_gap = [p for p in causes if p[:-2] == gap]
    size = draw(st.integers(1, min(3, len(in_gap))))
    ring = draw(st.lists(st.sampled_from(in_gap), min_size=size, max_size=size, unique=True))
    for index, path in enumerate(ring):
        _get(doc, path)["parent_id"] = _get(doc, ring[(index + 1) % size])["id"]
    return doc


def bad_date_or_time(draw: Draw, doc: Doc) -> Doc:
    slots: list[tuple[Path_, list[str]]] = []
    for kind, path in _typed_objects(doc):
        slots += [((*path, name), DATES) for name in DATE_FIELDS.get(kind, [])]
        slots += [((*path, name), TIMES) for name in TIME_FIELDS.get(kind, [])]
    if not slots:
        return doc
    path, choices = draw(st.sampled_from(slots))
    return _set(doc, path, draw(st.sampled_from(choices)))


def replace_root(draw: Draw, doc: Doc) -> Doc:
    return draw(_values(_ids(doc)))


# Mostly harmless changes, so that enough mutated documents import and the
# dump and round-trip checks get exercised too.

REF_TARGET = {
    "organisation_id": "organisation",
    "notes_taker_id": "person",
    "person_id": "person",
    "owner_id": "person",
    "action_id": "action",
    "meeting_id": "meeting",
    "gap_id": "gap",
    "cause_id": "cause",
    "parent_id": "cause",
}
FREE_TEXT = {
    kind: sorted(
        name
        for name, sub in schema.get("properties", {}).items()
        if sub.get("type") == "string" and "enum" not in sub
    )
    for kind, schema in KIND_SCHEMA.items()
}


def recase_id(draw: Draw, doc: Doc) -> Doc:
    """The same UUID in upper case everywhere it occurs (ids are case-blind)."""
    ids = _ids(doc)
    if not ids:
        return doc
    old = draw(st.sampled_from(ids))
    for path in list(_slots(doc)):
        if _get(doc, path) == old:
            _set(doc, path, old.upper())
    return doc


def set_free_text(draw: Draw, doc: Doc) -> Doc:
    objects = [(kind, path) for kind, path in _typed_objects(doc) if FREE_TEXT[kind]]
    if not objects:
        return doc
    kind, path = _pick_object(draw, objects)
    text = draw(st.one_of(st.sampled_from(TRICKY_STRINGS), st.text(max_size=30)))
    return _set(doc, (*path, draw(st.sampled_from(FREE_TEXT[kind]))), text)


def set_count(draw: Draw, doc: Doc) -> Doc:
    slots = [(*p, "votes") for kind, p in _typed_objects(doc) if kind in ("gap", "cause")]
    slots += [(*p, "minutes") for kind, p in _typed_objects(doc) if kind == "agenda_item"]
    if not slots:
        return doc
    path = draw(st.sampled_from(slots))
    top = 1440 if path[-1] == "minutes" else 2**31 - 1
    number = draw(st.one_of(st.integers(0, top), st.sampled_from([0, top, 5.0, float(top)])))
    return _set(doc, path, number)


def drop_optional_field(draw: Draw, doc: Doc) -> Doc:
    slots = [
        (*path, name)
        for kind, path in _typed_objects(doc)
        for name in _get(doc, path)
        if name not in KIND_SCHEMA[kind].get("required", [])
    ]
    if not slots:
        return doc
    path = draw(st.sampled_from(slots))
    del _get(doc, path[:-1])[path[-1]]
    return doc


def reverse_list(draw: Draw, doc: Doc) -> Doc:
    lists = [p for p in _slots(doc) if isinstance(_get(doc, p), list)]
    if not lists:
        return doc
    _get(doc, draw(st.sampled_from(lists))).reverse()
    return doc


def retarget_reference(draw: Draw, doc: Doc) -> Doc:
    """A reference to another id of the right kind (may still break a rule)."""
    by_kind: dict[str, list[str]] = {}
    for kind, path in _typed_objects(doc):
        ident = _get(doc, path).get("id")
        if isinstance(ident, str):
            by_kind.setdefault(kind, []).append(ident)
    slots = [
        (*path, name)
        for kind, path in _typed_objects(doc)
        for name in REF_FIELDS.get(kind, [])
        if by_kind.get(REF_TARGET[name])
    ]
    if not slots:
        return doc
    path = draw(st.sampled_from(slots))
    return _set(doc, path, draw(st.sampled_from(by_kind[REF_TARGET[path[-1]]])))


def valid_date_or_time(draw: Draw, doc: Doc) -> Doc:
    slots: list[tuple[Path_, bool]] = []
    for kind, path in _typed_objects(doc):
        slots += [((*path, name), True) for name in DATE_FIELDS.get(kind, [])]
        slots += [((*path, name), False) for name in TIME_FIELDS.get(kind, [])]
    if not slots:
        return doc
    path, is_date = draw(st.sampled_from(slots))
    if is_date:
        value = draw(st.dates(date(1, 1, 1), date(9999, 12, 31))).isoformat()
    else:
        value = draw(st.times()).strftime("%H:%M")
    return _set(doc, path, value)


MUTATIONS = [
    # hostile
    delete_key,
    set_any_node,
    set_schema_field,
    set_schema_field,
    duplicate_list_item,
    swap_ids,
    add_unknown_field,
    replace_reference,
    cause_loop,
    bad_date_or_time,
    replace_root,
    # mostly harmless
    recase_id,
    set_free_text,
    set_count,
    drop_optional_field,
    reverse_list,
    retarget_reference,
    valid_date_or_time,
]


@st.composite
def mutated_documents(draw: Draw) -> Doc:
    doc = json.loads(draw(st.sampled_from([BASE_TEXTS["small"], BASE_TEXTS["demo"]])))
    for _ in range(draw(st.integers(1, 3))):
        doc = draw(st.sampled_from(MUTATIONS))(draw, doc)
    return doc


def encode_document(doc: Doc, ascii_only: bool) -> bytes:
    try:
        return json.dumps(doc, ensure_ascii=ascii_only).encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate: only \u escapes can carry it
        return json.dumps(doc, ensure_ascii=True).encode("utf-8")
