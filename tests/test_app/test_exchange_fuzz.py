"""Property-based fuzzing of the exchange import (hypothesis).

Mutated copies of valid exchange documents (the demo forum and a small
hand-made forum), and raw garbage bytes, go through the real import path:

A. ``read_exchange`` + ``import_into_new_file`` either succeed -- and then the
   file opens, its dump is valid against the public schema and
   dump -> import -> dump is identical -- or ``read_exchange`` raises
   ExchangeError whose ``where`` is a JSON path into the document; never any
   other exception, and a refusal leaves no file behind.
B. Whatever ``jsonschema`` (Draft 2020-12, with format checking) calls invalid
   is refused with ExchangeError.
C. ``samsyn import`` in-process: exit 0 or 1; a refusal is one ``samsyn:``
   line on stderr, no traceback, no output file, no crash log.

The tests named ``test_bug_*`` at the end are regression tests for bugs this
fuzzer found (each comment says what went wrong before the fix).
"""

from __future__ import annotations

import contextlib
import json
import re
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from unittest import mock

import pytest
from exchange_mutations import (
    VALIDATOR,
    Doc,
    encode_document,
    fuzz_settings,
    mutated_documents,
)
from exchange_samples import BASE_TEXTS, FORUM, SMALL
from hypothesis import event, given
from hypothesis import strategies as st

from app.cli import main
from app.errors import ExchangeError
from app.exchange.files import dump_text, import_into_new_file, read_exchange
from app.exchange.reader import ForumRows
from storage.database import ForumDatabase

# -- checks ----------------------------------------------------------------

_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_INDEX = re.compile(r"\[([0-9]+)\]")


def _parse_where(where: str) -> list[str | int]:
    """``$.a[0]["b c"]`` -> ["a", 0, "b c"]; AssertionError if not such a path."""
    assert where.startswith("$"), where
    parts: list[str | int] = []
    pos = 1
    while pos < len(where):
        if where[pos] == ".":
            match = _NAME.match(where, pos + 1)
            assert match, f"bad name in {where!r} at {pos}"
            parts.append(match.group())
            pos = match.end()
        elif where.startswith('["', pos):
            key, end = json.JSONDecoder().raw_decode(where, pos + 1)
            assert isinstance(key, str) and where[end : end + 1] == "]", where
            parts.append(key)
            pos = end + 1
        else:
            match = _INDEX.match(where, pos)
            assert match, f"bad step in {where!r} at {pos}"
            parts.append(int(match.group(1)))
            pos = match.end()
    return parts


def _check_where(exc: ExchangeError, doc: Doc) -> None:
    """``where`` is a JSON path into ``doc`` (the last step may be the missing field)."""
    assert exc.where.startswith("$"), exc.where
    node = doc
    parts = _parse_where(exc.where)
    for depth, part in enumerate(parts):
        last = depth == len(parts) - 1
        if isinstance(part, int):
            assert isinstance(node, list), f"{exc}: no list at step {depth}"
            if last and exc.problem == "missing":
                return
            assert part < len(node), f"{exc}: index out of range"
        else:
            assert isinstance(node, dict), f"{exc}: no object at step {depth}"
            if last and exc.problem == "missing":
                assert part not in node, f"{exc}: says missing but the field is there"
                return
            assert part in node, f"{exc}: {part!r} is not in the document"
        node = node[part]
    assert exc.problem != "missing", f"{exc}: missing, but the path exists"


def _listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


@contextlib.contextmanager
def _folder(factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A fresh empty folder per example (function-scoped tmp_path is shared)."""
    with tempfile.TemporaryDirectory(dir=factory.getbasetemp()) as name:
        yield Path(name)


def _schema_errors(doc: Doc) -> list[str]:
    return sorted(f"{e.json_path}: {e.message}" for e in VALIDATOR.iter_errors(doc))


def check_import(data: bytes, doc: Doc, folder: Path) -> ExchangeError | None:
    """Property A for one input; returns the refusal, None when imported."""
    assert _listing(folder) == []
    target = folder / "x.samsyn"
    try:
        rows = read_exchange(data)
    except ExchangeError as exc:
        _check_where(exc, doc)
        assert _listing(folder) == []
        return exc
    try:
        forum = import_into_new_file(rows, target)
    except Exception as exc:  # noqa: BLE001 - any of them is a finding
        pytest.fail(
            f"read_exchange accepted the document but import_into_new_file raised "
            f"{type(exc).__name__}: {exc}; folder holds {_listing(folder)}"
        )
    forum.close()
    assert _listing(folder) == ["x.samsyn"]
    with ForumDatabase.open(target, read_only=True) as db:
        first = dump_text(db)
    broken = _schema_errors(json.loads(first))
    assert broken == [], f"the dump breaks the public schema: {broken[:3]}"
    again = folder / "again.samsyn"
    try:
        with import_into_new_file(read_exchange(first.encode("utf-8")), again) as reimported:
            second = dump_text(reimported.db)
    except ExchangeError as exc:
        pytest.fail(f"our own dump is refused: {exc}")
    assert second == first, "dump -> import -> dump changed the document"
    assert _listing(folder) == ["again.samsyn", "x.samsyn"]
    return None


# -- the base documents are good (so the properties can tell) --------------


@pytest.mark.parametrize("name", sorted(BASE_TEXTS))
def test_base_documents_are_valid_and_import(name: str, tmp_path: Path) -> None:
    doc = json.loads(BASE_TEXTS[name])
    assert _schema_errors(doc) == []
    assert check_import(BASE_TEXTS[name].encode("utf-8"), doc, tmp_path) is None


def test_where_parser() -> None:
    assert _parse_where("$") == []
    assert _parse_where('$.meetings[0].gaps[12]["a b\\n"].id') == [
        "meetings",
        0,
        "gaps",
        12,
        "a b\n",
        "id",
    ]
    with pytest.raises(AssertionError):
        _parse_where("$.meetings[x]")
    with pytest.raises(AssertionError):
        _parse_where("meetings")


# -- property A: import succeeds whole or refuses cleanly ------------------


@fuzz_settings(200)
@given(doc=mutated_documents(), ascii_only=st.booleans())
def test_import_of_mutated_document_succeeds_or_refuses_cleanly(
    doc: Doc, ascii_only: bool, tmp_path_factory: pytest.TempPathFactory
) -> None:
    with _folder(tmp_path_factory) as folder:
        refusal = check_import(encode_document(doc, ascii_only), doc, folder)
    event("imported" if refusal is None else f"refused: {refusal.problem}")


# -- property B: what the contract calls invalid is refused ----------------


@fuzz_settings(500)
@given(doc=mutated_documents())
def test_schema_invalid_documents_are_refused(doc: Doc) -> None:
    errors = _schema_errors(doc)
    event("schema-invalid" if errors else "schema-valid")
    try:
        read_exchange(encode_document(doc, True))
    except ExchangeError:
        return
    except Exception:  # noqa: BLE001, S110 - a crash is property A's business, not this one's
        pass
    assert not errors, f"jsonschema says invalid ({errors[0]}) but import did not refuse it"


# -- property C: the command line ------------------------------------------

HOSTILE_INPUTS: dict[str, bytes] = {
    "empty": b"",
    "bom only": b"\xef\xbb\xbf",
    "nul": b"\x00",
    "null": b"null",
    "empty array": b"[]",
    "string": b'"samsyn-exchange"',
    "lone surrogate": b'"\\ud800"',
    "deep arrays": b"[" * 100_000,
    "deep closed arrays": b"[" * 100_000 + b"]" * 100_000,
    "deep objects": b'{"a":' * 100_000,
    "deep inside forum": (
        b'{"format":"samsyn-exchange","version":1,"forum":{"id":"' + FORUM.encode() + b'",'
        b'"name":' + b"[" * 100_000 + b"]" * 100_000 + b"}}"
    ),
    "NaN": b'{"format":"samsyn-exchange","version":NaN}',
    "Infinity": b'{"format":"samsyn-exchange","version":Infinity}',
    "-Infinity": b"[-Infinity]",
    "huge integer": b'{"version":' + b"9" * 5000 + b"}",
    "duplicate keys": b'{"format":"samsyn-exchange","format":"samsyn-exchange","version":1}',
    "duplicate nested keys": BASE_TEXTS["small"]
    .replace('"name": "Kommunen"', '"name": "Kommunen", "name": "Region"')
    .encode(),
    "duplicate key with newline": BASE_TEXTS["small"]
    .replace('"title": "Skriv rutin"', '"a\\nb": 1, "a\\nb": 2, "title": "Skriv rutin"')
    .encode(),
    "utf-16": BASE_TEXTS["small"].encode("utf-16"),
    "utf-16-le": BASE_TEXTS["small"].encode("utf-16-le"),
    "utf-16-be": BASE_TEXTS["small"].encode("utf-16-be"),
    "utf-32": BASE_TEXTS["small"].encode("utf-32"),
    "latin-1": json.dumps(SMALL, ensure_ascii=False).encode("latin-1", "replace"),
    "overlong utf-8": b'"\xc0\xaf"',
    "utf-8 surrogate": b'"\xed\xa0\x80"',
    "two documents": (BASE_TEXTS["small"] * 2).encode(),
    "trailing comma": b'{"format":"samsyn-exchange","version":1,}',
    "single quotes": b"{'format':'samsyn-exchange'}",
    "comment": b'// x\n{"format":"samsyn-exchange"}',
}

garbage = st.one_of(
    st.binary(max_size=300),
    st.sampled_from(sorted(HOSTILE_INPUTS.values())),
)


@fuzz_settings(25)
@given(data=st.one_of(mutated_documents().map(lambda d: encode_document(d, False)), garbage))
def test_cli_import_exits_0_or_refuses_in_one_line(
    data: bytes, tmp_path_factory: pytest.TempPathFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()  # drop what earlier examples left
    with _folder(tmp_path_factory) as root:
        source, target, logs = root / "src", root / "dst", root / "logs"
        for folder in (source, target, logs):
            folder.mkdir()
        json_path, out = source / "in.json", target / "x.samsyn"
        json_path.write_bytes(data)
        # An unexpected exception is logged to a temp file; catch it here.
        with mock.patch.object(tempfile, "tempdir", str(logs)):
            code = main(["import", str(json_path), str(out)])
        captured = capsys.readouterr()
        assert "Traceback" not in captured.err + captured.out
        assert _listing(logs) == [], f"an internal error, not a refusal: {captured.err}"
        assert code in (0, 1)
        if code == 0:
            assert captured.out == f"{out}\n"
            assert captured.err == ""
            assert _listing(target) == ["x.samsyn"]
        else:
            lines = captured.err.split("\n")
            assert len(lines) == 2 and lines[1] == "", f"not one line: {captured.err!r}"
            assert lines[0].startswith("samsyn:")
            assert "\r" not in lines[0], f"not one line: {captured.err!r}"
            # The user is never told about the hidden temporary build file.
            assert not re.search(r"\.~[0-9a-f]{8}\.tmp", lines[0]), lines[0]
            assert captured.out == ""
            assert not out.exists()
            assert _listing(target) == []
        assert _listing(source) == ["in.json"]
        assert json_path.read_bytes() == data


# -- raw garbage: only ExchangeError ---------------------------------------


def _read_outcome(data: bytes) -> ExchangeError | ForumRows:
    try:
        return read_exchange(data)
    except ExchangeError as exc:
        assert exc.where.startswith("$"), exc.where
        _parse_where(exc.where)
        return exc


@pytest.mark.parametrize("name", sorted(HOSTILE_INPUTS))
def test_hostile_input_is_refused(name: str) -> None:
    assert isinstance(_read_outcome(HOSTILE_INPUTS[name]), ExchangeError)


@pytest.mark.parametrize(
    "data",
    [
        b"\xef\xbb\xbf" + BASE_TEXTS["small"].encode(),
        b" \n\t" + BASE_TEXTS["small"].encode() + b"\r\n ",
        json.dumps(SMALL, ensure_ascii=False, indent=4).encode(),
    ],
    ids=["bom", "whitespace", "non-ascii"],
)
def test_harmless_variants_are_accepted(data: bytes) -> None:
    assert isinstance(_read_outcome(data), ForumRows)


@fuzz_settings(200)
@given(data=st.binary(max_size=500))
def test_random_bytes_give_only_exchange_error(data: bytes) -> None:
    _read_outcome(data)


@fuzz_settings(100)
@given(base=st.sampled_from(sorted(BASE_TEXTS)), cut=st.floats(0, 1, exclude_max=True))
def test_truncated_json_is_refused(base: str, cut: float) -> None:
    data = json.dumps(json.loads(BASE_TEXTS[base]), ensure_ascii=False).encode("utf-8")
    assert isinstance(_read_outcome(data[: int(len(data) * cut)]), ExchangeError)


@fuzz_settings(100)
@given(
    base=st.sampled_from(sorted(BASE_TEXTS)),
    where=st.floats(0, 1),
    junk=st.one_of(
        st.binary(min_size=1, max_size=8),
        st.sampled_from([b"NaN", b"Infinity", b"\x00", b"\xff", b",", b"}", b"]", b'"', b"\\"]),
    ),
)
def test_spliced_json_gives_only_exchange_error(base: str, where: float, junk: bytes) -> None:
    data = BASE_TEXTS[base].encode("utf-8")
    at = int(len(data) * where)
    _read_outcome(data[:at] + junk + data[at:])


# -- bugs found by the properties above (product code not fixed) -----------
# Each builds the minimal failing document from SMALL and asserts the correct
# behaviour; they fail until the product is fixed.


def _small_with(change: Callable[[Doc], None]) -> Doc:
    doc = json.loads(BASE_TEXTS["small"])
    change(doc)
    return doc


def _first_cause(doc: Doc) -> dict[str, Any]:
    cause: dict[str, Any] = doc["meetings"][0]["gaps"][0]["causes"][0]
    return cause


def test_bug_version_true_is_refused(tmp_path: Path) -> None:
    # Was a bug (property B): {"version": true} is accepted. The schema says
    # "const": 1 and JSON true is not 1 (jsonschema agrees), but
    # SchemaChecker compares with Python ==, where True == 1.
    doc = _small_with(lambda d: d.__setitem__("version", True))
    assert _schema_errors(doc) != []
    exc = check_import(encode_document(doc, True), doc, tmp_path)
    assert exc is not None and exc.where == "$.version"


def test_bug_id_with_trailing_newline_is_refused_not_crash(tmp_path: Path) -> None:
    # Was a bug (property A/C): an id followed by "\n" passes the id pattern (Python's
    # "$" matches before a final newline), then canonical_id() raises ValueError
    # out of read_exchange; the CLI reports "Ett oväntat fel" and writes a log.
    doc = _small_with(lambda d: d["forum"].__setitem__("id", FORUM + "\n"))
    exc = check_import(encode_document(doc, True), doc, tmp_path)
    assert exc is not None and exc.where == "$.forum.id"


def test_bug_time_with_trailing_newline_is_refused_by_import(tmp_path: Path) -> None:
    # Was a bug (property A): "start": "09:00\n" passes the time pattern (Python "$"),
    # then the table's CHECK (GLOB) refuses it: ConstraintViolation from
    # import_into_new_file instead of ExchangeError from read_exchange. (Under the
    # ECMA-262 regex semantics JSON Schema specifies, the value is invalid.)
    doc = _small_with(lambda d: d["meetings"][0].__setitem__("start", "09:00\n"))
    exc = check_import(encode_document(doc, True), doc, tmp_path)
    assert exc is not None and exc.where == "$.meetings[0].start"


def test_bug_blank_cause_category_is_refused_by_import(tmp_path: Path) -> None:
    # Was a bug (property A): a cause's "category": " " is schema-valid (type string),
    # the reader adds it as a new category, and the cause_category CHECK
    # (trim(name) <> '') raises ConstraintViolation from import_into_new_file.
    doc = _small_with(lambda d: _first_cause(d).__setitem__("category", " "))
    assert _schema_errors(doc) == []
    check_import(encode_document(doc, True), doc, tmp_path)


def test_bug_whitespace_cause_category_dump_is_valid(tmp_path: Path) -> None:
    # Was a bug (property A): a cause's "category": "\t" (or "\n", "\u3000") imports,
    # SQLite's trim() only strips spaces, and the dump then lists "\t" in
    # forum.cause_categories, which the schema ("\\S") forbids: the dump is
    # invalid and our own import refuses it (dump -> import -> dump breaks).
    doc = _small_with(lambda d: _first_cause(d).__setitem__("category", "\t"))
    assert _schema_errors(doc) == []
    check_import(encode_document(doc, True), doc, tmp_path)


def test_bug_cli_duplicate_key_with_newline_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Was a bug (property C): the duplicate_key message quotes the raw key, so a key
    # holding "\n" splits the refusal over two lines on stderr. (Paths in
    # ``where`` are escaped with json.dumps; this parameter is not.)
    json_path, out = tmp_path / "in.json", tmp_path / "x.samsyn"
    json_path.write_bytes(HOSTILE_INPUTS["duplicate key with newline"])
    assert main(["import", str(json_path), str(out)]) == 1
    captured = capsys.readouterr()
    assert captured.err.startswith("samsyn:")
    assert captured.err.count("\n") == 1, captured.err
    assert _listing(tmp_path) == ["in.json"]
