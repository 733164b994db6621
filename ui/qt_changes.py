"""The services' change records as a Qt signal, for models and pages."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from app.forum_file import ForumFile


class ChangeSignals(QObject):
    """Re-emits every Change of one forum as ``changed(Change)``."""

    changed = Signal(object)

    def __init__(self, forum: ForumFile, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.forum = forum
        self._unsubscribe = forum.changes.subscribe(self.changed.emit)

    def detach(self) -> None:
        self._unsubscribe()
