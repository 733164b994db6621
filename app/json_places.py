"""A place in an exchange document, said in words instead of a JSON path.

``$.meetings[2].gaps[0].title`` becomes «fältet ”title” i ”gaps” nr 1 i
”meetings” nr 3»: the innermost part first, counted from 1, as a person
reading the file in an editor would look for it.
"""

from __future__ import annotations

import json
import re

from app.i18n import QT_TRANSLATE_NOOP, translate

_C = "Messages"
_WHOLE = QT_TRANSLATE_NOOP("Messages", "innehållet")
_FIELD = QT_TRANSLATE_NOOP("Messages", "fältet ”{key}”")
_OBJECT = QT_TRANSLATE_NOOP("Messages", "”{key}”")
_ITEM = QT_TRANSLATE_NOOP("Messages", "”{key}” nr {number}")
_ITEM_OF_LIST = QT_TRANSLATE_NOOP("Messages", "nr {number}")
_INSIDE = QT_TRANSLATE_NOOP("Messages", "{part} i {whole}")

# The three shapes app.exchange.schema_check.path_of writes.
_STEP = re.compile(r'\.([A-Za-z_][A-Za-z0-9_]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]')


def _steps(where: str) -> list[str | int] | None:
    """The keys and indexes of ``where``; None if it is not a path of ours."""
    if not where.startswith("$"):
        return None
    steps: list[str | int] = []
    position = 1
    while position < len(where):
        match = _STEP.match(where, position)
        if match is None:
            return None
        name, index, quoted = match.groups()
        steps.append(int(index) if index is not None else name or str(json.loads(quoted)))
        position = match.end()
    return steps


def _parts(steps: list[str | int], *, record: bool = False) -> list[str]:
    """Outermost first: a list's name goes with its item's number. With
    ``record`` the last key names an object, not a field."""
    parts: list[str] = []
    for position, step in enumerate(steps):
        following = steps[position + 1] if position + 1 < len(steps) else None
        if isinstance(step, int):
            if position == 0 or not isinstance(steps[position - 1], str):
                parts.append(translate(_C, _ITEM_OF_LIST).format(number=step + 1))
        elif isinstance(following, int):
            parts.append(translate(_C, _ITEM).format(key=step, number=following + 1))
        elif following is None and not record:
            parts.append(translate(_C, _FIELD).format(key=step))
        else:
            parts.append(translate(_C, _OBJECT).format(key=step))
    return parts


def readable_place(where: str, *, record: bool = False) -> str:
    """``where`` in words. With ``record``, a path to an ``id`` field names the
    record the id belongs to (``$.people[0].id`` is «”people” nr 1»)."""
    steps = _steps(where)
    if steps is None:
        return where
    named_record = record and len(steps) > 1 and steps[-1] == "id"
    if named_record:
        steps = steps[:-1]
    if not steps:
        return translate(_C, _WHOLE)
    said = ""
    for part in _parts(steps, record=named_record):
        said = part if not said else translate(_C, _INSIDE).format(part=part, whole=said)
    return said
