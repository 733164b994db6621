"""The causes of one gap as a tree: fishbone categories, causes, "why?" children.

Top-level rows are the forum's categories in their order (every one, so the
whole fishbone shows), then "Utan kategori" when some cause has none. Under
each are the causes, each with its "why?" children at any depth. Siblings
are ordered by votes, most first; ties keep their captured order.

The model follows the file: after each change it removes, reorders and
inserts exactly the rows that changed, so the current cause, the selection
and what is expanded survive every capture, vote and undo.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont

from app import model
from app.services.changes import Change
from storage.records import record
from ui.entry_formats import cell_edit
from ui.models.table import ObjectRole
from ui.pages.base import PageContext

AnyIndex = QModelIndex | QPersistentModelIndex
NodeKey = tuple[str, str]  # ("category", id or "") / ("cause", id)
NO_CATEGORY = ""  # the category key of "Utan kategori"

_DISPLAY = Qt.ItemDataRole.DisplayRole
_EDIT = Qt.ItemDataRole.EditRole
_ROOT_UID = 0


@dataclass(eq=False)
class _Node:
    uid: int
    key: NodeKey
    payload: Any  # CategoryGroup or model.Cause
    parent: _Node | None = None
    children: list[_Node] = field(default_factory=list)


@record
class CategoryGroup:
    """A top-level row: one fishbone category (id None: "Utan kategori")."""

    id: str | None
    name: str
    count: int  # causes in it, at every depth


@dataclass
class _Wanted:
    key: NodeKey
    payload: Any
    children: list[_Wanted] = field(default_factory=list)


class CauseTreeModel(QAbstractItemModel):
    TEXT, VOTES = range(2)
    # The cause an undone delete put back (with the answers under it): the page selects it.
    restored = Signal(str)

    def __init__(self, ctx: PageContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.gap_id: str | None = None
        self._root = _Node(_ROOT_UID, ("root", ""), None)
        self._nodes: dict[int, _Node] = {_ROOT_UID: self._root}
        self._uids: dict[NodeKey, int] = {}
        self._headers = [self.tr("Orsak"), self.tr("Röster")]
        self._bold = QFont()
        self._bold.setBold(True)
        ctx.signals.changed.connect(self._on_change)
        ctx.signals.restored.connect(self._on_restored)

    # -- what the file holds ---------------------------------------------------

    def set_gap(self, gap_id: str | None) -> None:
        self.beginResetModel()
        self.gap_id = gap_id
        self._root.children = []
        self._nodes = {_ROOT_UID: self._root}
        for wanted in self._wanted():
            self._adopt(self._root, wanted, len(self._root.children))
        self.endResetModel()

    def _wanted(self) -> list[_Wanted]:
        if self.gap_id is None:
            return []
        forum = self._ctx.forum
        categories = forum.categories.list()
        known = {c.id for c in categories}
        causes = forum.causes.list(gap_id=self.gap_id)
        children: dict[str | None, list[model.Cause]] = defaultdict(list)
        for cause in causes:
            children[cause.parent_id].append(cause)

        def branch(cause: model.Cause) -> _Wanted:
            kids = sorted(children.get(cause.id, []), key=lambda c: -c.votes)
            return _Wanted(("cause", cause.id), cause, [branch(k) for k in kids])

        def size(node: _Wanted) -> int:
            return 1 + sum(size(k) for k in node.children)

        by_category: dict[str, list[_Wanted]] = defaultdict(list)
        for cause in sorted(children.get(None, []), key=lambda c: -c.votes):
            category = cause.category_id if cause.category_id in known else NO_CATEGORY
            by_category[category or NO_CATEGORY].append(branch(cause))
        groups = [(c.id, c.name) for c in categories]
        if by_category.get(NO_CATEGORY) or not categories:
            groups.append((NO_CATEGORY, self.tr("Utan kategori")))
        wanted = []
        for category_id, name in groups:
            branches = by_category.get(category_id, [])
            count = sum(size(b) for b in branches)
            group = CategoryGroup(category_id or None, name, count)
            wanted.append(_Wanted(("category", category_id), group, branches))
        return wanted

    def _on_change(self, change: Change) -> None:
        if change.table in ("cause", "cause_category") and self.gap_id is not None:
            if self._ctx.forum.gaps.find(self.gap_id) is None:
                self.set_gap(None)
            else:
                self.reload()

    def _on_restored(self, change: Change) -> None:
        if change.table == "cause":
            self.restored.emit(change.keys[0])  # the first is the one deleted

    # -- keeping in step -----------------------------------------------------

    def reload(self) -> None:
        """Remove, reorder, insert and update just what changed."""
        wanted = self._wanted()
        parent_of: dict[NodeKey, NodeKey] = {}

        def note(parent: NodeKey, nodes: list[_Wanted]) -> None:
            for node in nodes:
                parent_of[node.key] = parent
                note(node.key, node.children)

        note(self._root.key, wanted)
        self._remove_unwanted(self._root, parent_of)
        order = {}

        def rank(nodes: list[_Wanted]) -> None:
            for row, node in enumerate(nodes):
                order[node.key] = row
                rank(node.children)

        rank(wanted)
        self._reorder(order)
        self._insert_and_update(self._root, wanted)

    def _remove_unwanted(self, node: _Node, parent_of: dict[NodeKey, NodeKey]) -> None:
        for row in range(len(node.children) - 1, -1, -1):
            child = node.children[row]
            if parent_of.get(child.key) != node.key:
                self.beginRemoveRows(self._index_of(node), row, row)
                del node.children[row]
                self._forget(child)
                self.endRemoveRows()
            else:
                self._remove_unwanted(child, parent_of)

    def _forget(self, node: _Node) -> None:
        self._nodes.pop(node.uid, None)
        for child in node.children:
            self._forget(child)

    def _reorder(self, order: dict[NodeKey, int]) -> None:
        def rank(node: _Node) -> int:
            return order[node.key]

        def out_of_order(node: _Node) -> bool:
            ranks = [rank(c) for c in node.children]
            return ranks != sorted(ranks) or any(out_of_order(c) for c in node.children)

        if not out_of_order(self._root):
            return
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        nodes = [self._node(i) for i in persistent]
        for node in list(self._nodes.values()):
            node.children.sort(key=rank)
        moved_to = [
            self._index_of(n, i.column()) if n is not None else QModelIndex()
            for n, i in zip(nodes, persistent, strict=True)
        ]
        self.changePersistentIndexList(persistent, moved_to)
        self.layoutChanged.emit()

    def _insert_and_update(self, node: _Node, wanted: list[_Wanted]) -> None:
        for row, want in enumerate(wanted):
            if row < len(node.children) and node.children[row].key == want.key:
                child = node.children[row]
                if child.payload != want.payload:
                    child.payload = want.payload
                    self.dataChanged.emit(
                        self._index_of(child, 0), self._index_of(child, self.VOTES)
                    )
                self._insert_and_update(child, want.children)
            else:
                self.beginInsertRows(self._index_of(node), row, row)
                self._adopt(node, want, row)
                self.endInsertRows()

    def _adopt(self, parent: _Node, want: _Wanted, row: int) -> None:
        uid = self._uids.setdefault(want.key, len(self._uids) + 1)
        node = _Node(uid, want.key, want.payload, parent)
        self._nodes[uid] = node
        parent.children.insert(row, node)
        for grandchild in want.children:
            self._adopt(node, grandchild, len(node.children))

    # -- finding rows --------------------------------------------------------------

    def _node(self, index: AnyIndex) -> _Node | None:
        if not index.isValid():
            return self._root
        return self._nodes.get(index.internalId())

    def _index_of(self, node: _Node, column: int = 0) -> QModelIndex:
        if node.parent is None:
            return QModelIndex()
        return self.createIndex(node.parent.children.index(node), column, node.uid)

    def index_of_cause(self, cause_id: str) -> QModelIndex:
        node = self._nodes.get(self._uids.get(("cause", cause_id), -1))
        return QModelIndex() if node is None else self._index_of(node)

    def index_of_category(self, category_id: str | None) -> QModelIndex:
        key = ("category", category_id or NO_CATEGORY)
        node = self._nodes.get(self._uids.get(key, -1))
        return QModelIndex() if node is None else self._index_of(node)

    def cause_at(self, index: AnyIndex) -> model.Cause | None:
        node = self._node(index) if index.isValid() else None
        return node.payload if node is not None and node.key[0] == "cause" else None

    def category_at(self, index: AnyIndex) -> str | None:
        """The category id a row belongs to (its own, or its cause's)."""
        node = self._node(index) if index.isValid() else None
        while node is not None and node.key[0] == "cause":
            node = node.parent
        if node is None or node.key[0] != "category":
            return None
        return node.key[1] or None

    def groups(self) -> list[CategoryGroup]:
        return [n.payload for n in self._root.children]

    # -- QAbstractItemModel ----------------------------------------------------------

    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:
        node = self._node(parent)
        if node is None or not 0 <= row < len(node.children) or not 0 <= column <= self.VOTES:
            return QModelIndex()
        if parent.isValid() and parent.column() != 0:
            return QModelIndex()
        return self.createIndex(row, column, node.children[row].uid)

    def parent(self, index: AnyIndex | None = None) -> Any:  # type: ignore[override]
        if index is None:
            return super().parent()  # QObject.parent()
        node = self._node(index) if index.isValid() else None
        if node is None or node.parent is None or node.parent is self._root:
            return QModelIndex()
        return self._index_of(node.parent)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        node = self._node(parent)
        return 0 if node is None else len(node.children)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 2

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == _DISPLAY and 0 <= section < 2:
            return self._headers[section]
        return None

    def data(self, index: AnyIndex, role: int = _DISPLAY) -> Any:
        node = self._node(index) if index.isValid() else None
        if node is None:
            return None
        if role == ObjectRole:
            return node.payload
        if node.key[0] == "category":
            return self._category_data(node.payload, index.column(), role)
        cause: model.Cause = node.payload
        if index.column() == self.TEXT and role in (_DISPLAY, _EDIT, Qt.ItemDataRole.ToolTipRole):
            return cause.text
        if index.column() == self.VOTES:
            if role in (_DISPLAY, _EDIT):
                return cause.votes
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _category_data(self, group: CategoryGroup, column: int, role: int) -> Any:
        if column == self.TEXT and role == _DISPLAY:
            return f"{group.name}  ({group.count})" if group.count else group.name
        if role == Qt.ItemDataRole.FontRole:
            return self._bold
        if role == Qt.ItemDataRole.BackgroundRole:
            return QColor("#e9eef4")
        if role == Qt.ItemDataRole.ForegroundRole and not group.count:
            return QColor("#6b7682")
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.cause_at(index) is not None:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: AnyIndex, value: Any, role: int = _EDIT) -> bool:
        cause = self.cause_at(index)
        if role != _EDIT or cause is None:
            return False
        forum, controller = self._ctx.forum, self._ctx.controller
        if index.column() == self.TEXT:
            text = cell_edit(value, cause.text)
            return controller.update(forum.causes, cause.id, self.tr("Ändra orsak"), text=text)
        try:
            votes = int(str(value).strip())
        except ValueError:
            return False
        return controller.update(forum.causes, cause.id, self.tr("Ändra röster"), votes=votes)
