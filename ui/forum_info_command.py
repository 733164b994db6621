"""Undoable edits of the forum's own row (name, area, shared goal, description).

The forum info service is not an EntityService (there is one row and no
key), so the controller's generic UpdateCommand cannot take it back; this
command does, through the same service.
"""

from __future__ import annotations

from typing import Any

from app.forum_file import ForumInfoService
from ui.undo import EditController, ServiceCommand


class ForumInfoCommand(ServiceCommand):
    """Set some fields of the forum; undo puts their previous values back."""

    def __init__(self, service: ForumInfoService, values: dict[str, Any], text: str) -> None:
        super().__init__(text)
        self.service = service
        self.values = dict(values)
        current = service.get()
        # An unknown field has no previous value; the service refuses it on apply.
        self.previous = {name: getattr(current, name, None) for name in self.values}

    def changes_anything(self) -> bool:
        return any(self.previous[name] != value for name, value in self.values.items())

    def apply(self) -> None:
        self.service.update(**self.values)

    def revert(self) -> None:
        self.service.update(**self.previous)


def update_forum_info(controller: EditController, text: str, **values: Any) -> bool:
    """Store ``values`` as one undo step; True when stored or nothing changed."""
    command = ForumInfoCommand(controller.forum.forum, values, text)
    if not command.changes_anything():
        return True  # like EditController.update: no empty undo steps
    return controller.run(command)
