"""Swedish labels (translatable) and colours for action statuses and kinds."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from app.i18n import QT_TRANSLATE_NOOP
from app.model import ActionKind, ActionStatus

_CONTEXT = "ActionLabels"

# In DOMAIN.md's order, which is also the order of the follow-up keys 1–5.
STATUSES: tuple[tuple[ActionStatus, str], ...] = (
    (ActionStatus.NOT_STARTED, QT_TRANSLATE_NOOP("ActionLabels", "Ej påbörjad")),
    (ActionStatus.ONGOING, QT_TRANSLATE_NOOP("ActionLabels", "Pågår")),
    (ActionStatus.DONE, QT_TRANSLATE_NOOP("ActionLabels", "Klar")),
    (ActionStatus.DELAYED, QT_TRANSLATE_NOOP("ActionLabels", "Försenad")),
    (ActionStatus.CANCELLED, QT_TRANSLATE_NOOP("ActionLabels", "Utgår")),
)

KINDS: tuple[tuple[ActionKind, str], ...] = (
    (ActionKind.DEVELOPMENT, QT_TRANSLATE_NOOP("ActionLabels", "Utveckling")),
    (ActionKind.COMPETENCE, QT_TRANSLATE_NOOP("ActionLabels", "Kompetens")),
    (ActionKind.INFORMATION, QT_TRANSLATE_NOOP("ActionLabels", "Information")),
    (ActionKind.ROUTINE, QT_TRANSLATE_NOOP("ActionLabels", "Rutin")),
    (ActionKind.ESCALATION, QT_TRANSLATE_NOOP("ActionLabels", "Eskalering")),
    (ActionKind.OTHER, QT_TRANSLATE_NOOP("ActionLabels", "Annat")),
)

_STATUS_TEXT = dict(STATUSES)
_KIND_TEXT = dict(KINDS)

# Dark enough to read on white on a projector; never the only signal (text too).
OVERDUE_COLOUR = QColor("#b3261e")
_STATUS_COLOUR = {
    ActionStatus.DONE: QColor("#1b6e3a"),
    ActionStatus.DELAYED: OVERDUE_COLOUR,
    ActionStatus.CANCELLED: QColor("#6b6b6b"),
}


def status_label(status: str | None) -> str:
    text = _STATUS_TEXT.get(status) if status else None  # type: ignore[call-overload]
    return QCoreApplication.translate(_CONTEXT, text) if text else ""


def kind_label(kind: str | None) -> str:
    text = _KIND_TEXT.get(kind) if kind else None  # type: ignore[call-overload]
    return QCoreApplication.translate(_CONTEXT, text) if text else ""


def status_colour(status: str | None) -> QColor | None:
    return _STATUS_COLOUR.get(status) if status else None  # type: ignore[call-overload]
