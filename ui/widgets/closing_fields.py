"""Form fields stored when editing finishes (Enter, Tab or leaving the field).

Each field shows what is stored, except while the user is typing in it: a
refresh after an undo or another edit never overwrites text being typed.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit

from ui.widgets.prep_fields import FieldLine, TextBox, is_typed_in
from ui.widgets.refused_mark import is_marked_refused, unmark_refused


def show_stored(field: QLineEdit, stored: str) -> None:
    """Show the stored value unless the user is in the middle of changing it."""
    if field.hasFocus() and field.isModified() or is_marked_refused(field):
        return  # being typed in, or refused and kept to be corrected
    if field.text() != stored:
        field.setText(stored)
        if not is_typed_in(field):
            field.setCursorPosition(0)  # a long value shows its start, not its end
    field.setModified(False)


def mark_stored(field: FieldLine | CommitTextEdit) -> None:
    """After ``field``'s value is stored: not modified, and Ctrl+Z in it now
    undoes the stored edit (the window's), not the typing that led to it."""
    field.forget_typing()
    unmark_refused(field)
    if isinstance(field, FieldLine):
        field.setModified(False)
    else:
        field.document().setModified(False)


class CommitTextEdit(TextBox):
    """Several lines of text; ``editing_finished`` when focus leaves after a change.

    Tab moves on (it is a form field, not a typewriter); Ctrl+Enter finishes.
    """

    def text(self) -> str:
        return self.toPlainText()

    def show_stored(self, stored: str) -> None:
        modified = self.document().isModified()
        if self.hasFocus() and modified:
            return
        if self.toPlainText() != stored:
            self.setPlainText(stored)
        self.document().setModified(False)

    def finish(self) -> None:
        if self.document().isModified():
            super().finish()
