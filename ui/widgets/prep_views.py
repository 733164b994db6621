"""Row views that answer single keys (N, F, Delete, Ctrl+Up …) for the phase pages."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QListView, QTableView, QWidget

KeyChord = tuple[int, Qt.KeyboardModifier]
_NONE = Qt.KeyboardModifier.NoModifier


def _chord(event: QKeyEvent) -> KeyChord:
    # The keypad's arrows and Delete count as the ordinary ones.
    modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    return int(event.key()), Qt.KeyboardModifier(modifiers)


class KeyTableView(QTableView):
    """A table of whole rows; ``bind`` gives a key (with modifiers) an action."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bindings: dict[KeyChord, Callable[[], None]] = {}
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)  # Tab leaves the table, as in a form
        self.verticalHeader().hide()
        # Airy rows: read from a distance, easy to hit with a touchpad.
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().lineSpacing() + 12)
        self.horizontalHeader().setHighlightSections(False)

    def rowsInserted(  # noqa: N802 - Qt's name
        self, parent: QModelIndex | QPersistentModelIndex, first: int, last: int
    ) -> None:
        super().rowsInserted(parent, first, last)
        # Qt sizes ResizeToContents columns again on changed data, not on new
        # rows: the agenda's Tid column stayed at its empty width after the first
        # item until the window was reopened. Once the rows are laid out, ask again.
        QTimer.singleShot(0, self, self._fit_columns_to_contents)

    def _fit_columns_to_contents(self) -> None:
        header = self.horizontalHeader()
        fitted = QHeaderView.ResizeMode.ResizeToContents
        for column in range(header.count()):
            if header.sectionResizeMode(column) == fitted:
                header.setSectionResizeMode(column, fitted)  # measures the column again

    def bind(
        self, key: Qt.Key, action: Callable[[], None], modifiers: Qt.KeyboardModifier = _NONE
    ) -> None:
        self._bindings[(int(key), Qt.KeyboardModifier(modifiers))] = action

    def keyPressEvent(self, event: QKeyEvent) -> None:
        action = self._bindings.get(_chord(event))
        if action is None or self.state() == QAbstractItemView.State.EditingState:
            super().keyPressEvent(event)
            return
        event.accept()
        action()

    def current_row(self) -> int | None:
        index = self.currentIndex()
        return index.row() if index.isValid() else None

    def select_row(self, row: int, column: int | None = None) -> None:
        """Make ``row`` current and selected; the column stays unless given."""
        model = self.model()
        if model is None or not 0 <= row < model.rowCount():
            return
        if column is None:
            column = max(self.currentIndex().column(), 0)
        self.setCurrentIndex(model.index(row, column))
        self.scrollTo(model.index(row, column))


class KeyListView(QListView):
    """A list with the same ``bind`` as KeyTableView (Delete removes, …)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bindings: dict[KeyChord, Callable[[], None]] = {}

    def bind(
        self, key: Qt.Key, action: Callable[[], None], modifiers: Qt.KeyboardModifier = _NONE
    ) -> None:
        self._bindings[(int(key), Qt.KeyboardModifier(modifiers))] = action

    def keyPressEvent(self, event: QKeyEvent) -> None:
        action = self._bindings.get(_chord(event))
        if action is None:
            super().keyPressEvent(event)
            return
        event.accept()
        action()
