"""What the row tables of the phase pages share: set-up and row selection."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget

from ui.models.table import EntityTableModel, select_restored_rows


def editable_row_table(parent: QWidget, name: str, model: EntityTableModel[Any]) -> QTableView:
    """One row at a time, edited in place with F2 or a double-click, wrapped text."""
    table = QTableView(parent)
    table.setObjectName(name)
    table.setModel(model)
    select_restored_rows(table)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(
        QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
    )
    table.setWordWrap(True)
    table.setAlternatingRowColors(True)
    table.setTabKeyNavigation(False)
    table.verticalHeader().hide()
    table.horizontalHeader().setHighlightSections(False)
    table.horizontalHeader().setDefaultAlignment(
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    )
    return table


def select_row(table: QTableView, index: QModelIndex) -> None:
    """Make ``index``'s row the current and only selected one."""
    table.selectionModel().setCurrentIndex(
        index,
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )


def reveal_key(table: QTableView, model: EntityTableModel[Any], key: str, column: int) -> bool:
    """Select the row of ``key`` (current cell: ``column``, as the page's own
    selection has it), scroll to it and give the table the keyboard."""
    row = model.row_of(key)
    if row is None:
        return False
    index = model.index(row, column)
    select_row(table, index)
    table.scrollTo(index)
    table.setFocus()
    return True


def current_item(table: QTableView, model: EntityTableModel[Any]) -> Any:
    """The domain row under the table's current index, or None."""
    index = table.currentIndex()
    if not index.isValid() or index.row() >= model.rowCount():
        return None
    return model.item(index.row())
