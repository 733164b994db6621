"""A place in a stack for a page that is built the first time it is needed.

Building every page of the window before the first paint cost most of the
start-up time (issue 6); a slot builds its page when it is first shown, or
when code asks for it (``content()``), whichever comes first.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget


class LazySlot(QWidget):
    """Holds the widget ``build(slot)`` returns; ``built(widget)`` once it exists."""

    built = Signal(QWidget)

    def __init__(self, build: Callable[[QWidget], QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._build = build
        self._content: QWidget | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(0)

    @property
    def is_built(self) -> bool:
        return self._content is not None

    def content(self) -> QWidget:
        """The page, built now if it was not yet."""
        content = self._content
        if content is None:
            content = self._content = self._build(self)
            self._layout.addWidget(content)
            if self.isVisible():
                # Shown at once and laid out now, not on a later event: code that
                # asked for the page may look at its geometry straight away.
                content.show()
                self._layout.activate()
            self.built.emit(content)
        return content

    def showEvent(self, event: QShowEvent) -> None:
        self.content()
        super().showEvent(event)
