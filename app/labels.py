"""What the user reads for stored action statuses and kinds, in the current language.

Headless, so the window and, later, the minutes use the same words.
"""

from __future__ import annotations

from app.i18n import QT_TRANSLATE_NOOP, translate
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

_STATUS_TEXT: dict[str, str] = {str(status): text for status, text in STATUSES}
_KIND_TEXT: dict[str, str] = {str(kind): text for kind, text in KINDS}


def status_label(status: str | None) -> str:
    text = _STATUS_TEXT.get(status) if status else None
    return translate(_CONTEXT, text) if text else ""


def kind_label(kind: str | None) -> str:
    text = _KIND_TEXT.get(kind) if kind else None
    return translate(_CONTEXT, text) if text else ""
