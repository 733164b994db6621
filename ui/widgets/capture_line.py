"""The capture line: type, Enter, stored, ready for the next one."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QWidget


class CaptureLine(QLineEdit):
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
        self.returnPressed.connect(self._submit)

    def _submit(self) -> None:
        text = self.text().strip()
        if not text:
            return
        if self._store(text):
            self.clear()

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            return
        super().keyPressEvent(event)
