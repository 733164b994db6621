"""A table model over a list of domain objects, kept in step with the file.

Each view describes its columns; the model reloads when a table it shows
changes and tells its views precisely what moved (rows inserted or removed,
cells changed), so selection and the current row survive each capture.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QAbstractItemView, QWidget

from app.services.changes import Change
from app.services.entity import EntityService
from storage.records import record
from ui.entry_formats import cell_edit
from ui.qt_changes import ChangeSignals
from ui.undo import EditController

T = TypeVar("T")
Key = tuple[str, ...]
AnyIndex = QModelIndex | QPersistentModelIndex
ObjectRole = Qt.ItemDataRole.UserRole + 1
SortRole = Qt.ItemDataRole.UserRole + 2

_DISPLAY = Qt.ItemDataRole.DisplayRole
_EDIT = Qt.ItemDataRole.EditRole
_ANSWERED = frozenset(
    {
        _DISPLAY,
        _EDIT,
        ObjectRole,
        SortRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.FontRole,
    }
)


@record
class Column(Generic[T]):
    """One column: its header, what it shows, and (optionally) what editing sets."""

    header: str
    value: Callable[[T], Any]
    field: str | None = None  # editable: setData stores this field
    parse: Callable[[Any], Any] | None = None  # edited value -> stored value
    edit_value: Callable[[T], Any] | None = None  # what an editor starts from
    align: Qt.AlignmentFlag | None = None
    tooltip: Callable[[T], str | None] | None = None
    foreground: Callable[[T], Any] | None = None
    font: Callable[[T], Any] | None = None


class EntityTableModel(QAbstractTableModel, Generic[T]):
    # The row an undone delete put back (the first, if several): views select it,
    # rather than leave the neighbour that took the selection when it went.
    restored = Signal(int)

    def __init__(
        self,
        signals: ChangeSignals,
        load: Callable[[], list[T]],
        key: Callable[[T], Key],
        tables: Iterable[str],
        columns: list[Column[T]],
        *,
        controller: EditController | None = None,
        service: EntityService[Any] | None = None,
        edit_text: str = "",
        appended: tuple[str, Callable[[Key], T | None]] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._load = load
        # (table, load_one): a new row of that table always comes last in this
        # list, so it is appended without reloading the rest (capture speed).
        self._appended = appended
        self._column_flags: dict[int, Qt.ItemFlag] = {}
        self._key = key
        self._tables = frozenset(tables)
        self.columns = columns
        self._controller = controller
        self._service: EntityService[Any] | None = service
        self._edit_text = edit_text
        self._items: list[T] = list(load())
        self._stale = False
        self._watched: QWidget | None = None
        signals.changed.connect(self._on_change)
        signals.restored.connect(self._on_restored)
        if isinstance(parent, QWidget):
            self.defer_while_hidden(parent)

    def defer_while_hidden(self, widget: QWidget) -> None:
        """While ``widget`` is hidden, changes only mark the rows stale.

        Pages of other phases then cost nothing during capture; they catch up
        when shown, and programmatic reads (item, items, row_of) catch up first.
        """
        if self._watched is not None:
            self._watched.removeEventFilter(self)
        self._watched = widget
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._watched and event.type() == QEvent.Type.Show and self._stale:
            self.reload()
        return False

    def catch_up(self) -> None:
        """Rows marked stale while hidden are read again now (views are told)."""
        if self._stale:
            self.reload()

    # -- reading ---------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def item(self, row: int) -> T:
        self.catch_up()
        return self._items[row]

    def items(self) -> list[T]:
        self.catch_up()
        return list(self._items)

    def row_of(self, key: Key | str) -> int | None:
        self.catch_up()
        key = (key,) if isinstance(key, str) else key
        for row, item in enumerate(self._items):
            if self._key(item) == key:
                return row
        return None

    def data(self, index: AnyIndex, role: int = _DISPLAY) -> Any:
        # Views ask for a dozen roles per cell on every paint; most are not ours.
        if role not in _ANSWERED or not index.isValid():
            return None
        if not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        column = self.columns[index.column()]
        if role == ObjectRole:
            return item
        if role in (_DISPLAY, SortRole):
            return column.value(item)
        if role == _EDIT:
            return (column.edit_value or column.value)(item)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(item)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align is not None:
            return int(column.align | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column.foreground is not None:
            return column.foreground(item)
        if role == Qt.ItemDataRole.FontRole and column.font is not None:
            return column.font(item)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == _DISPLAY and 0 <= section < len(self.columns):
            return self.columns[section].header
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        # Asked for every cell on every paint; flag arithmetic on Qt enums is
        # slow in Python, so each column's answer is worked out once.
        if not index.isValid():
            return super().flags(index)
        cached = self._column_flags.get(index.column())
        if cached is None:
            cached = super().flags(index)
            if self._editable(self.columns[index.column()]):
                cached |= Qt.ItemFlag.ItemIsEditable
            self._column_flags[index.column()] = cached
        return cached

    def _editable(self, column: Column[T]) -> bool:
        return column.field is not None and self._controller is not None and bool(self._service)

    # -- editing -----------------------------------------------------------------

    def setData(self, index: AnyIndex, value: Any, role: int = _EDIT) -> bool:
        if role != _EDIT or not index.isValid():
            return False
        column = self.columns[index.column()]
        if not self._editable(column):
            return False
        assert self._controller is not None and self._service is not None
        assert column.field is not None
        item = self._items[index.row()]
        value = cell_edit(value, (column.edit_value or column.value)(item))
        if column.parse is not None:
            try:
                value = column.parse(value)
            except ValueError:
                self._controller.refuse(
                    self.tr("”{value}” kan inte användas i kolumnen {column}.").format(
                        value=value, column=column.header
                    )
                )
                return False
        return self._controller.update(
            self._service, self._key(item), self._edit_text, **{column.field: value}
        )

    # -- following the file ------------------------------------------------------

    def _on_change(self, change: Change) -> None:
        if change.table not in self._tables:
            return
        if self._hidden():
            self._stale = True
        elif not self._append(change):
            self.reload()

    def _append(self, change: Change) -> bool:
        """Append the one new row an insert made; False when a reload is needed."""
        if self._appended is None or self._stale or change.kind != "insert":
            return False
        table, load_one = self._appended
        if change.table != table or len(change.keys) != 1:
            return False
        key = tuple(change.keys[0].split("/"))
        if any(self._key(item) == key for item in self._items):
            return False
        item = load_one(key)
        if item is None:
            return False
        row = len(self._items)
        self.beginInsertRows(QModelIndex(), row, row)
        self._items.append(item)
        self.endInsertRows()
        return True

    def _hidden(self) -> bool:
        return self._watched is not None and not self._watched.isVisible()

    def _on_restored(self, change: Change) -> None:
        # A hidden page's rows catch up when shown; it does not jump to them then.
        if change.table not in self._tables or self._hidden():
            return
        wanted = set(change.keys)
        for row, item in enumerate(self._items):
            if "/".join(self._key(item)) in wanted:
                self.restored.emit(row)
                return

    def reload(self) -> None:
        """Bring the rows in step with the file, telling views what changed."""
        self._stale = False
        new = list(self._load())
        old_keys = [self._key(i) for i in self._items]
        new_keys = [self._key(i) for i in new]
        new_set, old_set = set(new_keys), set(old_keys)
        kept_old = [k for k in old_keys if k in new_set]
        kept_new = [k for k in new_keys if k in old_set]
        if kept_old != kept_new:
            self._relayout(new)
            return
        # Contiguous runs go out as one signal each: views (and the row fitting
        # hung on them) then work once per run, not once per row, which keeps
        # loading a meeting with hundreds of rows linear.
        removed = [row for row, key in enumerate(old_keys) if key not in new_set]
        for first, last in reversed(_runs(removed)):
            self.beginRemoveRows(QModelIndex(), first, last)
            del self._items[first : last + 1]
            self.endRemoveRows()
        inserted = [row for row, key in enumerate(new_keys) if key not in old_set]
        for first, last in _runs(inserted):
            self.beginInsertRows(QModelIndex(), first, last)
            self._items[first:first] = new[first : last + 1]
            self.endInsertRows()
        changed = [row for row, item in enumerate(new) if self._items[row] != item]
        self._items = new
        end = len(self.columns) - 1
        for first, last in _runs(changed):
            self.dataChanged.emit(self.index(first, 0), self.index(last, end))

    def _relayout(self, new: list[T]) -> None:
        self.layoutAboutToBeChanged.emit()
        new_rows = {self._key(item): row for row, item in enumerate(new)}
        old_keys = [self._key(i) for i in self._items]
        moved_from, moved_to = [], []
        for index in self.persistentIndexList():
            moved_from.append(index)
            row = new_rows.get(old_keys[index.row()]) if index.row() < len(old_keys) else None
            moved_to.append(QModelIndex() if row is None else self.index(row, index.column()))
        self._items = new
        self.changePersistentIndexList(moved_from, moved_to)
        self.layoutChanged.emit()


def select_restored_rows(view: QAbstractItemView) -> None:
    """When an undone delete puts a row back in ``view``'s model, select that row."""
    model = view.model()
    if isinstance(model, EntityTableModel):
        model.restored.connect(_RestoredRowSelector(view).select)


class _RestoredRowSelector(QObject):
    # A child of the view: the connection ends with the view, not with the model.
    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self.view = view

    def select(self, row: int) -> None:
        index = self.view.model().index(row, 0)
        flags = QItemSelectionModel.SelectionFlag
        self.view.selectionModel().setCurrentIndex(index, flags.ClearAndSelect | flags.Rows)
        self.view.scrollTo(index)


def _runs(rows: list[int]) -> list[tuple[int, int]]:
    """Ascending row numbers as (first, last) runs of consecutive rows."""
    runs: list[tuple[int, int]] = []
    for row in rows:
        if runs and runs[-1][1] == row - 1:
            runs[-1] = (runs[-1][0], row)
        else:
            runs.append((row, row))
    return runs
