"""Word-wrapped rows sized to their text, at the cost of the rows that changed.

A vertical header in ResizeToContents mode measures every row after every
change, which makes each capture slower the longer the list gets. This keeps
the same look by measuring only inserted or changed rows, and the whole table
only when it is reset, re-sorted or resized (and then only once it is shown).
A row is at most MAX_LINES lines tall: a title pasted with a page of text in
it must not fill the table (the rest is elided; the details show it whole).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, QTimer
from PySide6.QtWidgets import QHeaderView, QTableView

MAX_LINES = 4


class RowHeights(QObject):
    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self._table = table
        self._stale = True
        self._widths_pending = False
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        model = table.model()
        model.rowsInserted.connect(self._rows_inserted)
        model.dataChanged.connect(self._data_changed)
        model.modelReset.connect(self._all)
        model.layoutChanged.connect(self._all)
        table.horizontalHeader().sectionResized.connect(self._widths_changed)
        table.installEventFilter(self)

    def _rows_inserted(self, _parent: QModelIndex, first: int, last: int) -> None:
        self._rows(first, last)

    def _data_changed(self, top_left: QModelIndex, bottom_right: QModelIndex, *_: object) -> None:
        self._rows(top_left.row(), bottom_right.row())

    def _rows(self, first: int, last: int) -> None:
        # A hidden table's column widths are not yet those it will be shown
        # with (a page never shown has 100 px columns): measure when shown.
        if not self._table.isVisible():
            self._stale = True
            return
        for row in range(first, last + 1):
            self._table.resizeRowToContents(row)
        self._cap(first, last)

    def _widths_changed(self, *_: object) -> None:
        # Qt announces a stretched column's new width before it stores it, so
        # measuring now would fit the rows to the old width. Measure once the
        # header is done: one pass, too, for several columns resized together.
        if not self._widths_pending:
            self._widths_pending = True
            QTimer.singleShot(0, self, self._widths_settled)

    def _widths_settled(self) -> None:
        if self._widths_pending:
            self._all()

    def _all(self, *_: object) -> None:
        self._widths_pending = False
        if self._table.isVisible():
            self._table.resizeRowsToContents()
            self._cap(0, self._table.model().rowCount() - 1)
            self._stale = False
        else:
            self._stale = True

    def _cap(self, first: int, last: int) -> None:
        table = self._table
        most = table.fontMetrics().lineSpacing() * MAX_LINES + 8
        for row in range(first, last + 1):
            if table.rowHeight(row) > most:
                table.setRowHeight(row, most)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # By its Show event the table's columns have their shown widths.
        if event.type() == QEvent.Type.Show and self._stale:
            self._all()
        return False
