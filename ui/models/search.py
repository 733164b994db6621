"""The hits of a forum search, one row each: the meeting, what was found, its text."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt

from app.i18n import QT_TRANSLATE_NOOP
from app.search import HitKind, SearchHit
from ui.dates import short_date
from ui.models.table import AnyIndex, ObjectRole

_C = "Search"
KIND_LABELS: dict[HitKind, str] = {
    HitKind.GAP: QT_TRANSLATE_NOOP("Search", "Glapp"),
    HitKind.CAUSE: QT_TRANSLATE_NOOP("Search", "Orsak"),
    HitKind.ACTION: QT_TRANSLATE_NOOP("Search", "Åtgärd"),
    HitKind.FOLLOWUP: QT_TRANSLATE_NOOP("Search", "Uppföljning"),
    HitKind.DECISION: QT_TRANSLATE_NOOP("Search", "Beslut"),
    HitKind.PARKED: QT_TRANSLATE_NOOP("Search", "Parkerad fråga"),
    HitKind.OTHER: QT_TRANSLATE_NOOP("Search", "Övrig fråga"),
}


def kind_label(kind: HitKind) -> str:
    return QCoreApplication.translate(_C, KIND_LABELS[kind])


class SearchHitsModel(QAbstractTableModel):
    MEETING, KIND, TEXT = range(3)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.hits: list[SearchHit] = []

    def set_hits(self, hits: list[SearchHit]) -> None:
        self.beginResetModel()
        self.hits = list(hits)
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.hits)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Träff"), self.tr("Vad"), self.tr("Text"))[section]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        hit = self.hits[index.row()]
        column = index.column()
        if role == ObjectRole:
            return hit
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.MEETING:
                return f"{short_date(hit.meeting_date)}  {hit.meeting_title}"
            if column == self.KIND:
                return kind_label(hit.kind)
            return _one_line(f"{hit.text} — {hit.excerpt}" if hit.excerpt else hit.text)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.MEETING:
                return f"{short_date(hit.meeting_date)}  {hit.meeting_title}"
            if column == self.TEXT:
                return f"{hit.text}\n\n{hit.excerpt}" if hit.excerpt else hit.text
        return None


def _one_line(text: str) -> str:
    return " ".join(text.split())
