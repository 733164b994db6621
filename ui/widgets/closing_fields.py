"""Form fields stored when editing finishes (Enter, Tab or leaving the field).

Each field shows what is stored, except while the user is typing in it: a
refresh after an undo or another edit never overwrites text being typed.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from ui.widgets.prep_fields import FieldLine, is_typed_in, window_undo_key


def show_stored(field: QLineEdit, stored: str) -> None:
    """Show the stored value unless the user is in the middle of changing it."""
    if field.hasFocus() and field.isModified():
        return
    if field.text() != stored:
        field.setText(stored)
        if not is_typed_in(field):
            field.setCursorPosition(0)  # a long value shows its start, not its end
    field.setModified(False)


def mark_stored(field: QWidget) -> None:
    """After ``field``'s value is stored: not modified, and Ctrl+Z in it now
    undoes the stored edit (the window's), not the typing that led to it."""
    if isinstance(field, (FieldLine, CommitTextEdit)):
        field.forget_typing()
    if isinstance(field, QLineEdit):
        field.setModified(False)
    elif isinstance(field, CommitTextEdit):
        field.document().setModified(False)


class CommitTextEdit(QPlainTextEdit):
    """Several lines of text; ``editing_finished`` when focus leaves after a change.

    Tab moves on (it is a form field, not a typewriter); Ctrl+Enter finishes.
    """

    editing_finished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)

    def text(self) -> str:
        return self.toPlainText()

    def event(self, event: QEvent) -> bool:
        document = self.document()
        if window_undo_key(event, document.isUndoAvailable(), document.isRedoAvailable()):
            event.ignore()  # nothing of its own to undo: the window's Ctrl+Z
            return False
        return super().event(event)

    def forget_typing(self) -> None:
        self.document().clearUndoRedoStacks()

    def show_stored(self, stored: str) -> None:
        modified = self.document().isModified()
        if self.hasFocus() and modified:
            return
        if self.toPlainText() != stored:
            self.setPlainText(stored)
        self.document().setModified(False)

    def _finish(self) -> None:
        if self.document().isModified():
            self.editing_finished.emit()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self._finish()
        super().focusOutEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self._finish()
            return
        super().keyPressEvent(event)
