"""Change records: services say what changed, views refresh from that."""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal

from storage.records import record

# "restore": rows a delete took are back (undo), each in its old place.
ChangeKind = Literal["insert", "update", "delete", "reorder", "reset", "restore"]


@record
class Change:
    """``table`` changed; ``keys`` are the affected rows' keys (may be empty)."""

    table: str
    kind: ChangeKind
    keys: tuple[str, ...] = ()


Listener = Callable[[Change], None]


class ChangeHub:
    """Fan-out of change records to listeners (the UI wraps it in a Qt signal)."""

    def __init__(self) -> None:
        self._listeners: list[Listener] = []

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        self._listeners.append(listener)

        def unsubscribe() -> None:
            if listener in self._listeners:
                self._listeners.remove(listener)

        return unsubscribe

    def publish(self, change: Change) -> None:
        for listener in list(self._listeners):
            listener(change)
