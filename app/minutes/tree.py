"""The causes of one gap as the fishbone lists them: each root cause followed by
its "why?" answers, indented one level deeper each time.

Shared by the minutes and the privacy check, so both read the same causes in
the same order. The walk uses an explicit stack: a chain of a thousand whys
must not reach Python's recursion limit.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from app import model


def cause_tree(causes: Sequence[model.Cause]) -> list[tuple[model.Cause, int]]:
    """(cause, depth) in fishbone order; depth 0 is a root cause.

    A cause whose parent is missing counts as a root. Causes in a loop (only
    in a damaged file) come last, as roots, so no text is ever left out.
    """
    ids = {c.id for c in causes}
    children: dict[str | None, list[model.Cause]] = defaultdict(list)
    for cause in causes:
        children[cause.parent_id if cause.parent_id in ids else None].append(cause)
    ordered: list[tuple[model.Cause, int]] = []
    seen: set[str] = set()
    stack = [(root, 0) for root in reversed(children[None])]
    while stack:
        cause, depth = stack.pop()
        if cause.id in seen:
            continue
        seen.add(cause.id)
        ordered.append((cause, depth))
        stack.extend((child, depth + 1) for child in reversed(children.get(cause.id, [])))
    ordered += [(c, 0) for c in causes if c.id not in seen]
    return ordered
