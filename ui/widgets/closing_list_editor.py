"""An ordered list to capture into: a capture line over a numbered list.

Used for the closing notes (decisions, parked questions, other business) and
for the forum's fishbone categories. Edits go through callbacks the page
wires to the EditController, so the widget itself knows nothing of services.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.models.table import select_restored_rows
from ui.widgets.capture_line import CaptureLine

IndexAction = Callable[[QModelIndex], object]
MoveAction = Callable[[QModelIndex, int], object]


class RowKeys(QObject):
    """Keys on an item view: Delete removes the current row, Ctrl+Up/Down moves
    it, Enter activates it. An open editor gets its keys first, so typing in a
    cell never deletes a row."""

    def __init__(
        self,
        view: QAbstractItemView,
        *,
        on_delete: IndexAction | None = None,
        on_move: MoveAction | None = None,
        on_enter: IndexAction | None = None,
    ) -> None:
        super().__init__(view)
        self.view = view
        self.on_delete, self.on_move, self.on_enter = on_delete, on_move, on_enter
        view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self.view or event.type() != QEvent.Type.KeyPress:
            return False
        assert isinstance(event, QKeyEvent)
        index = self.view.currentIndex()
        if not index.isValid() or self.view.state() == QAbstractItemView.State.EditingState:
            return False
        key = event.key()
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier  # keypad Enter too
        ctrl = mods == Qt.KeyboardModifier.ControlModifier
        if key == Qt.Key.Key_Delete and self.on_delete is not None and not mods:
            self.on_delete(index)
            return True
        if ctrl and key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and self.on_move is not None:
            target = index.row() + (-1 if key == Qt.Key.Key_Up else 1)
            if 0 <= target < self.view.model().rowCount():
                self.on_move(index, target)
            return True
        enter = key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and self.on_enter is not None and not mods:
            self.on_enter(index)
            return True
        return False


def section_heading(text: str, parent: QWidget) -> QLabel:
    """The bold heading over one part of a page (a list, a form)."""
    label = QLabel(text, parent)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.1)
    label.setFont(font)
    return label


def tidy_table(view: QTableView) -> None:
    """The look every list and table of these pages shares."""
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.setWordWrap(True)
    view.setTabKeyNavigation(False)  # Tab leaves the table; arrows move within it
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    rows = view.verticalHeader()
    rows.setDefaultAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
    rows.setDefaultSectionSize(view.fontMetrics().lineSpacing() + 12)


class ListEditor(QWidget):
    """Heading, capture line (Enter adds) and the numbered list under it.

    In the list: F2 or double-click edits, Delete removes, Ctrl+Up/Down moves.
    Up from the capture line goes to the last row. ``wrap``: long texts wrap
    onto more lines (notes) rather than being cut short (names).
    """

    def __init__(
        self,
        heading: str,
        placeholder: str,
        model: QAbstractItemModel,
        *,
        add: Callable[[str], bool],
        remove: IndexAction,
        move: MoveAction,
        wrap: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.heading = section_heading(heading, self)
        layout.addWidget(self.heading)

        self._add = add
        self.capture = CaptureLine(placeholder, self._store, self)
        self.capture.installEventFilter(self)
        layout.addWidget(self.capture)

        self.view = QTableView(self)
        self.view.setModel(model)
        select_restored_rows(self.view)
        tidy_table(self.view)
        self.view.horizontalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        if wrap:  # rows grow with their text so a long decision is read in full
            self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        else:
            self.view.setWordWrap(False)
        self.view.setShowGrid(False)
        # The row numbers read as the list's numbering, not as a spreadsheet's.
        self.view.verticalHeader().setStyleSheet(
            "QHeaderView::section { background: transparent; border: none; "
            "color: palette(mid); padding: 4px 6px 0 2px; }"
        )
        self.view.setStyleSheet("QTableView::item { padding: 4px 2px; }")
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.heading.setBuddy(self.capture)
        self.keys = RowKeys(self.view, on_delete=remove, on_move=move)
        layout.addWidget(self.view, 1)
        model.rowsInserted.connect(self._show_inserted)

    def _store(self, text: str) -> bool:
        return self._add(text)

    def _show_inserted(self, _parent: QModelIndex, _first: int, last: int) -> None:
        self.view.scrollTo(self.view.model().index(last, 0))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.capture
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Up
            and not event.modifiers()
        ):
            rows = self.view.model().rowCount()
            if rows:
                self.view.setCurrentIndex(self.view.model().index(rows - 1, 0))
                self.view.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
        return super().eventFilter(watched, event)
