"""Dot votes typed from paper: digits then Enter, or + and − one at a time.

Installed as an event filter on a list or tree view. The view keeps its own
keys (arrows, F2, Delete); only digits, Enter after digits, + / − and
(optionally) Space are taken.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView

_TYPING = Qt.KeyboardModifier.NoModifier | Qt.KeyboardModifier.KeypadModifier
_MAX_DIGITS = 4  # a room never has ten thousand dots
_MODIFIER_KEYS = frozenset(
    {Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_Meta, Qt.Key.Key_AltGr}
)


class VoteKeys(QObject):
    """``votes()`` reads the current row's count (None: no votable row);
    ``store(n)`` stores a new count and returns True when it was stored."""

    typed_changed = Signal(str)  # the digits typed so far; "" when none

    def __init__(
        self,
        view: QAbstractItemView,
        votes: Callable[[], int | None],
        store: Callable[[int], bool],
        toggle: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(view)
        self._view = view
        self._votes = votes
        self._store = store
        self._toggle = toggle
        self.typed = ""
        view.installEventFilter(self)

    def clear(self) -> None:
        if self.typed:
            self.typed = ""
            self.typed_changed.emit("")

    def _type(self, text: str) -> None:
        self.typed = text
        self.typed_changed.emit(text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self._view or event.type() != QEvent.Type.KeyPress:
            return False
        if self._view.state() == QAbstractItemView.State.EditingState:
            return False
        assert isinstance(event, QKeyEvent)
        return self._key(event)

    def _key(self, event: QKeyEvent) -> bool:
        key, text = event.key(), event.text()
        plain = (event.modifiers() & ~_TYPING) == Qt.KeyboardModifier.NoModifier
        shifted = (
            event.modifiers() & ~(_TYPING | Qt.KeyboardModifier.ShiftModifier)
        ) == Qt.KeyboardModifier.NoModifier
        if plain and len(text) == 1 and text.isdigit():
            if self._votes() is not None:
                self._type((self.typed + text)[-_MAX_DIGITS:])
            return True
        if self.typed and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            typed = self.typed
            if self._store(int(typed)):
                self.clear()
            return True
        if self.typed and key == Qt.Key.Key_Backspace:
            self._type(self.typed[:-1])
            return True
        if self.typed and key == Qt.Key.Key_Escape:
            self.clear()
            return True
        # "+" needs Shift on some layouts, so Shift is allowed for + and −.
        if shifted and (text == "+" or key == Qt.Key.Key_Plus):
            return self._step(+1)
        if shifted and (text in ("-", "−") or key == Qt.Key.Key_Minus):
            return self._step(-1)
        if plain and key == Qt.Key.Key_Space and self._toggle is not None:
            self.clear()
            self._toggle()
            return True
        if key not in _MODIFIER_KEYS:
            self.clear()  # any other key (arrows, Tab) abandons a half-typed count
        return False

    def _step(self, delta: int) -> bool:
        self.clear()
        current = self._votes()
        if current is not None and current + delta >= 0:
            self._store(current + delta)
        return True
