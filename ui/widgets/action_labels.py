"""Colours for action statuses (their words are in app.labels)."""

from __future__ import annotations

from PySide6.QtGui import QColor

from app.model import ActionStatus

# Dark enough to read on white on a projector; never the only signal (text too).
OVERDUE_COLOUR = QColor("#b3261e")
_STATUS_COLOUR = {
    ActionStatus.DONE: QColor("#1b6e3a"),
    ActionStatus.DELAYED: OVERDUE_COLOUR,
    ActionStatus.CANCELLED: QColor("#6b6b6b"),
}


def status_colour(status: str | None) -> QColor | None:
    return _STATUS_COLOUR.get(status) if status else None  # type: ignore[call-overload]
