"""The forum's meetings, newest first, as a Qt table model."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from app import model
from app.forum_file import ForumFile
from app.services.changes import Change

ObjectRole = Qt.ItemDataRole.UserRole + 1
AnyIndex = QModelIndex | QPersistentModelIndex

MONTHS_SV = (
    "januari",
    "februari",
    "mars",
    "april",
    "maj",
    "juni",
    "juli",
    "augusti",
    "september",
    "oktober",
    "november",
    "december",
)


def swedish_date(iso: str) -> str:
    day = date.fromisoformat(iso)
    return f"{day.day} {MONTHS_SV[day.month - 1]} {day.year}"


class MeetingListModel(QAbstractTableModel):
    DATE, TITLE, PLACE = range(3)

    def __init__(self, forum: ForumFile, parent: Any = None) -> None:
        super().__init__(parent)
        self._forum = forum
        self._meetings: list[model.Meeting] = []
        self._reload()
        self._unsubscribe = forum.changes.subscribe(self._on_change)

    def detach(self) -> None:
        """Stop following the forum (its window is closing)."""
        self._unsubscribe()

    def _reload(self) -> None:
        self.beginResetModel()
        self._meetings = list(reversed(self._forum.meetings.list()))
        self.endResetModel()

    def _on_change(self, change: Change) -> None:
        if change.table == "meeting":
            self._reload()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._meetings)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 3

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._meetings):
            return None
        meeting = self._meetings[index.row()]
        if role == ObjectRole:
            return meeting
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if index.column() == self.DATE:
                return swedish_date(meeting.date)
            if index.column() == self.TITLE:
                return meeting.title
            return meeting.location
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Datum"), self.tr("Träff"), self.tr("Plats"))[section]
