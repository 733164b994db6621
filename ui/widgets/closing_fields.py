"""Form fields stored when editing finishes (Enter, Tab or leaving the field).

Each field shows what is stored, except while the user is typing in it: a
refresh after an undo or another edit never overwrites text being typed.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

_TIME = re.compile(r"([01]?[0-9]|2[0-3])(?:[:.]?([0-5][0-9]))?")
_COMPACT_DATE = re.compile(r"([0-9]{4})([0-9]{2})([0-9]{2})")


def normalise_time(text: str) -> str:
    """'13', '13.00', '1300' or '9:30' as the stored 'TT:MM' form.

    Other text is returned unchanged: the service refuses it with a message
    that shows the form to use."""
    text = text.strip()
    match = _TIME.fullmatch(text)
    if not match:
        return text
    hours, minutes = match.group(1), match.group(2) or "00"
    return f"{int(hours):02d}:{minutes}"


def normalise_date(text: str) -> str:
    """'20270115' as '2027-01-15'; other text unchanged for the service to judge."""
    text = text.strip()
    match = _COMPACT_DATE.fullmatch(text)
    return "-".join(match.groups()) if match else text


def show_stored(field: QLineEdit, stored: str) -> None:
    """Show the stored value unless the user is in the middle of changing it."""
    if field.hasFocus() and field.isModified():
        return
    if field.text() != stored:
        field.setText(stored)
    field.setModified(False)


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
