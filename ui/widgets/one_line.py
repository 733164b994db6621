"""A line field that stores what it shows.

QLineEdit keeps pasted line breaks and tabs in its text while it shows them as
spaces: a list pasted into a capture line became one gap whose title printed
as three headings in the minutes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit, QWidget

from ui.entry_formats import flatten_breaks, pasted_line

if TYPE_CHECKING:
    from PySide6.QtGui import QContextMenuEvent, QDropEvent
    from PySide6.QtWidgets import QMenu

# The Qt types a paste, a menu or a drop needs are loaded at the first one:
# every form and capture line is built at start-up (issue 6).

# Window keys a line must leave to the window. On Linux, Qt makes Ctrl+E in a
# line "to the end" (as End does), so Exportera never ran from a field.
WINDOW_KEYS = (Qt.KeyboardModifier.ControlModifier | Qt.Key.Key_E,)


class OneLineEdit(QLineEdit):
    """Line breaks and tabs pasted or dropped in become single spaces; one at an
    end of the pasted text is dropped where it meets the field's start or end.

    Pasting and dropping are caught before the text goes in, so the paste is
    one ordinary edit: the field is modified (panels store only modified
    fields) and Ctrl+Z takes it back. Any other way in (the X11 middle-click
    paste, an input method) is flattened after the fact.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.textEdited.connect(self._flatten_afterwards)

    def paste_one_line(self) -> None:
        from PySide6.QtGui import QGuiApplication

        text = QGuiApplication.clipboard().text()
        if text and not self.isReadOnly():
            self._step_boundary()
            self.insert(self._as_inserted(text))
            self._step_boundary()

    def _as_inserted(self, text: str, at: int | None = None) -> str:
        """``text`` on one line, for inserting at the cursor (or ``at``)."""
        if at is None and self.hasSelectedText():
            start = self.selectionStart()
            end = start + len(self.selectedText())
        else:
            start = end = self.cursorPosition() if at is None else at
        return pasted_line(text, at_start=start == 0, at_end=end == len(self.text()))

    def _step_boundary(self) -> None:
        """Typing next to a paste is not one undo step with it: QLineEdit starts
        a new step where the cursor moved, as its own paste does."""
        if self.hasSelectedText():
            return  # replacing a selection starts a step of its own
        cursor = self.cursorPosition()
        self.setCursorPosition(cursor - 1 if cursor > 0 else cursor + 1)
        self.setCursorPosition(cursor)

    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and self.leaves_to_window(event)
        ):
            event.ignore()  # not claimed: the window's shortcut runs
            return False
        return super().event(event)

    def leaves_to_window(self, key: QKeyEvent) -> bool:
        """A key the line would claim that the window's shortcut should have
        instead (WINDOW_KEYS); subclasses add their own."""
        return key.keyCombination() in WINDOW_KEYS

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.matches(QKeySequence.StandardKey.Paste) and not self.isReadOnly():
            self.paste_one_line()
            event.accept()
            return
        super().keyPressEvent(event)

    def context_menu(self) -> QMenu:
        """Qt's own menu for the field, with its Klistra in pasting on one line."""
        from PySide6.QtGui import QAction

        menu = self.createStandardContextMenu()
        paste = menu.findChild(QAction, "edit-paste")
        if paste is not None:
            paste.triggered.disconnect()
            paste.triggered.connect(lambda _checked=False: self.paste_one_line())
        return menu

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 - Qt's name
        menu = self.context_menu()
        menu.exec(event.globalPos())
        menu.deleteLater()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        from PySide6.QtCore import QMimeData
        from PySide6.QtGui import QDropEvent

        text = event.mimeData().text()
        flat = self._as_inserted(text, self.cursorPositionAt(event.position().toPoint()))
        if flat == text:
            super().dropEvent(event)
            return
        mime = QMimeData()
        mime.setText(flat)
        flattened = QDropEvent(
            event.position(), event.possibleActions(), mime, event.buttons(), event.modifiers()
        )
        super().dropEvent(flattened)
        event.setDropAction(flattened.dropAction())
        event.setAccepted(flattened.isAccepted())

    def _flatten_afterwards(self, text: str) -> None:
        flat = flatten_breaks(text)
        if flat == text:
            return
        # setText starts a new history: an undo could only bring the breaks back.
        # The field's own Ctrl+Z then has nothing to take back, and the key goes
        # to the window's undo; accepted for these rare ways in.
        cursor = len(flatten_breaks(text[: self.cursorPosition()]))
        QLineEdit.setText(self, flat)
        self.setModified(True)
        self.setCursorPosition(cursor)
