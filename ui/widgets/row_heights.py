"""Word-wrapped rows sized to their text, at the cost of the rows that changed.

A vertical header in ResizeToContents mode measures every row after every
change, which makes each capture slower the longer the list gets. This keeps
the same look by measuring only inserted or changed rows, and the whole table
only when it is reset, re-sorted or resized (and then only once it is shown).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject
from PySide6.QtWidgets import QHeaderView, QTableView


class RowHeights(QObject):
    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self._table = table
        self._stale = True
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        model = table.model()
        model.rowsInserted.connect(self._rows_inserted)
        model.dataChanged.connect(self._data_changed)
        model.modelReset.connect(self._all)
        model.layoutChanged.connect(self._all)
        table.horizontalHeader().sectionResized.connect(self._all)
        table.installEventFilter(self)

    def _rows_inserted(self, _parent: QModelIndex, first: int, last: int) -> None:
        for row in range(first, last + 1):
            self._table.resizeRowToContents(row)

    def _data_changed(self, top_left: QModelIndex, bottom_right: QModelIndex, *_: object) -> None:
        for row in range(top_left.row(), bottom_right.row() + 1):
            self._table.resizeRowToContents(row)

    def _all(self, *_: object) -> None:
        if self._table.isVisible():
            self._table.resizeRowsToContents()
            self._stale = False
        else:
            self._stale = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and self._stale:
            self._all()
        return False
