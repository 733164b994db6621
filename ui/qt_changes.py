"""The services' change records as a Qt signal, for models and pages."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from app.forum_file import ForumFile
from app.services.changes import Change


class ChangeSignals(QObject):
    """Re-emits every Change of one forum as ``changed(Change)``.

    A "restore" change (an undone delete) comes again as ``restored(Change)``
    once the undo has finished, for views that select what came back: a page
    reacting to a new selection may store what is being typed, which must not
    happen inside ``QUndoStack.undo()``. Not at all once the forum is closed.
    """

    changed = Signal(object)
    restored = Signal(object)

    def __init__(self, forum: ForumFile, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.forum = forum
        self._unsubscribe = forum.changes.subscribe(self._relay)

    def _relay(self, change: Change) -> None:
        self.changed.emit(change)
        if change.kind == "restore" and change.keys:
            QTimer.singleShot(0, self, lambda: self._restored_later(change))

    def _restored_later(self, change: Change) -> None:
        if not self.forum.closed:
            self.restored.emit(change)

    def detach(self) -> None:
        self._unsubscribe()
