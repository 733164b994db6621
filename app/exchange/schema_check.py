"""Checks a JSON document against the exchange schema, naming the place.

Interprets the schema file itself (the public contract) for the keywords it
uses, so import and the contract cannot drift apart; a keyword it does not
know is a programming error, caught by the tests.
"""

from __future__ import annotations

import functools
import json
import re
from typing import Any

from app.errors import ExchangeError
from app.paths import resource_path
from app.validation import MAX_INT, is_valid_date

Schema = dict[str, Any]

_KNOWN = {
    "$schema",
    "$id",
    "title",
    "description",
    "type",
    "required",
    "additionalProperties",
    "properties",
    "items",
    "const",
    "enum",
    "$ref",
    "oneOf",
    "minLength",
    "pattern",
    "minimum",
    "maximum",
    "format",
    "$defs",
}


class DuplicateKeyDict(dict[str, Any]):
    """A JSON object in which some key appeared more than once."""

    duplicates: list[str]


def object_pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    duplicates = []
    for key, value in pairs:
        if key in result:
            duplicates.append(key)
        result[key] = value
    if duplicates:
        marked = DuplicateKeyDict(result)
        marked.duplicates = duplicates
        return marked
    return result


@functools.cache
def exchange_schema() -> Schema:
    with resource_path("exchange", "exchange.schema.json").open(encoding="utf-8") as handle:
        schema: Schema = json.load(handle)
    return schema


def path_of(parent: str, key: str | int) -> str:
    if isinstance(key, int):
        return f"{parent}[{key}]"
    if re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", key):
        return f"{parent}.{key}"
    return f"{parent}[{json.dumps(key, ensure_ascii=False)}]"


def _type_ok(expected: str, value: Any) -> bool:
    if expected == "object":
        return isinstance(value, dict)
    if expected == "array":
        return isinstance(value, list)
    if expected == "string":
        return isinstance(value, str)
    if expected == "integer":
        return (isinstance(value, int) and not isinstance(value, bool)) or (
            isinstance(value, float) and value.is_integer()
        )
    if expected == "null":
        return value is None
    raise AssertionError(f"schema type {expected!r} not supported")


class SchemaChecker:
    def __init__(self, schema: Schema) -> None:
        self.root = schema

    def _resolve(self, ref: str) -> Schema:
        assert ref.startswith("#/"), ref
        node: Any = self.root
        for part in ref[2:].split("/"):
            node = node[part]
        result: Schema = node
        return result

    def check(self, value: Any, schema: Schema | None = None, where: str = "$") -> None:
        schema = self.root if schema is None else schema
        unknown = set(schema) - _KNOWN
        assert not unknown, f"schema keyword(s) not supported: {unknown}"
        if "$ref" in schema:
            self.check(value, self._resolve(schema["$ref"]), where)
        if "oneOf" in schema:
            self._one_of(value, schema["oneOf"], where)
        if "const" in schema and not _same_json(value, schema["const"]):
            raise ExchangeError(where, "const", expected=schema["const"])
        if "enum" in schema and (not isinstance(value, str) or value not in schema["enum"]):
            raise ExchangeError(where, "enum", allowed=", ".join(schema["enum"]))
        if "type" in schema and not _type_ok(schema["type"], value):
            raise ExchangeError(where, "type_" + schema["type"])
        if isinstance(value, str):
            self._string(value, schema, where)
        elif isinstance(value, (int, float)) and not isinstance(value, bool):
            self._number(value, schema, where)
        elif isinstance(value, dict):
            self._object(value, schema, where)
        elif isinstance(value, list) and "items" in schema:
            for index, item in enumerate(value):
                self.check(item, schema["items"], path_of(where, index))

    def _one_of(self, value: Any, options: list[Schema], where: str) -> None:
        first_error: ExchangeError | None = None
        passed = 0
        for option in options:
            try:
                self.check(value, option, where)
            except ExchangeError as exc:
                first_error = first_error or exc
            else:
                passed += 1
        if passed != 1:
            if value is not None and first_error is not None:
                raise first_error
            raise ExchangeError(where, "one_of")

    def _string(self, value: str, schema: Schema, where: str) -> None:
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise ExchangeError(where, "invalid_character") from None
        if len(value) < schema.get("minLength", 0):
            raise ExchangeError(where, "empty")
        pattern = schema.get("pattern")
        if pattern is not None and not _ecma_pattern(pattern).search(value):
            raise ExchangeError(where, "pattern_" + _pattern_name(schema, pattern))
        if schema.get("format") == "date" and not is_valid_date(value):
            raise ExchangeError(where, "pattern_date")

    def _number(self, value: float, schema: Schema, where: str) -> None:
        if "minimum" in schema and value < schema["minimum"]:
            raise ExchangeError(where, "minimum", limit=schema["minimum"])
        maximum = schema.get("maximum", MAX_INT)
        if value > maximum:
            raise ExchangeError(where, "maximum", limit=maximum)

    def _object(self, value: dict[str, Any], schema: Schema, where: str) -> None:
        if isinstance(value, DuplicateKeyDict):
            raise ExchangeError(where, "duplicate_key", key=value.duplicates[0])
        properties: dict[str, Schema] = schema.get("properties", {})
        for name in schema.get("required", []):
            if name not in value:
                raise ExchangeError(path_of(where, name), "missing")
        if schema.get("additionalProperties") is False:
            for name in value:
                if name not in properties:
                    raise ExchangeError(path_of(where, name), "unknown_field")
        for name, sub in properties.items():
            if name in value:
                self.check(value[name], sub, path_of(where, name))


@functools.cache
def _ecma_pattern(pattern: str) -> re.Pattern[str]:
    """The schema's regex with JSON Schema's (ECMA-262) meaning of ``$``.

    In Python ``$`` also matches before a final newline, which would let
    "09:00\n" pass as a time.
    """
    return re.compile(re.sub(r"(?<!\\)\$", r"\\Z", pattern))


def _same_json(value: Any, expected: Any) -> bool:
    """JSON equality: true is not 1, although Python says so."""
    if isinstance(value, bool) or isinstance(expected, bool):
        return type(value) is type(expected) and value == expected
    return bool(value == expected)


def _pattern_name(schema: Schema, pattern: str) -> str:
    """A problem code for a pattern, so the message can say what was expected."""
    if "[0-9a-fA-F]{8}" in pattern:
        return "id"
    if schema.get("format") == "date":
        return "date"
    if "[0-5][0-9]" in pattern:
        return "time"
    if pattern == "\\S":
        return "blank"
    return "other"


def check_schema(document: Any) -> None:
    SchemaChecker(exchange_schema()).check(document)
