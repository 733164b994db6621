"""The capture line: type, Enter, stored, ready for the next one."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QWidget

from ui.widgets.one_line import OneLineEdit

_UNDO_KEYS = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)


class CaptureLine(OneLineEdit):
    """Calls ``store(text)`` on Enter; clears only if it returns True.

    A refused or failed store leaves the typed text in place to retry.
    """

    def __init__(
        self, placeholder: str, store: Callable[[str], bool], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setPlaceholderText(placeholder)
        self.setClearButtonEnabled(True)
        self._store = store
        self.returnPressed.connect(self.submit)

    def submit(self) -> bool:
        """Store the typed text as Enter does; False when the store refused it."""
        text = self.text().strip()
        if not text:
            return True
        if not self._store(text):
            return False
        self.clear()
        return True

    def leaves_to_window(self, key: QKeyEvent) -> bool:
        # An empty line would claim Ctrl+Z for its own typing history; right
        # after Enter that only brings the stored text back. Let the window's
        # Ångra / Gör om have the key instead.
        if not self.text() and any(key.matches(keys) for keys in _UNDO_KEYS):
            return True
        return super().leaves_to_window(key)

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            return
        super().keyPressEvent(event)
