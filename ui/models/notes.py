"""Short ordered lists: a meeting's closing notes and the forum's fishbone categories.

Both are numbered in the order they will appear in the minutes, so the row
header shows 1, 2, 3 … and reordering is visible at once.
"""

from __future__ import annotations

from typing import Any, TypeVar

from PySide6.QtCore import QObject, Qt

from app import model
from app.forum_file import ForumFile
from app.model import NoteKind
from storage.records import record
from ui.models.table import Column, EntityTableModel
from ui.qt_changes import ChangeSignals
from ui.undo import EditController

T = TypeVar("T")
_DISPLAY = Qt.ItemDataRole.DisplayRole


class NumberedListModel(EntityTableModel[T]):
    """An EntityTableModel whose rows are numbered from 1 in the row header."""

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        vertical = orientation == Qt.Orientation.Vertical
        if vertical and role == _DISPLAY and 0 <= section < self.rowCount():
            return section + 1
        return super().headerData(section, orientation, role)


class NotesModel(NumberedListModel[model.MeetingNote]):
    """One kind of note (decision, parked, other) of the meeting shown."""

    def __init__(
        self,
        forum: ForumFile,
        signals: ChangeSignals,
        controller: EditController,
        kind: NoteKind,
        edit_text: str,
        parent: QObject | None = None,
    ) -> None:
        self.forum, self.kind = forum, kind
        self.meeting_id: str | None = None
        super().__init__(
            signals,
            self._notes,
            lambda note: (note.id,),
            {"meeting_note", "meeting"},
            [Column("", lambda note: note.text, field="text")],
            controller=controller,
            service=forum.notes,
            edit_text=edit_text,
            parent=parent,
        )

    def _notes(self) -> list[model.MeetingNote]:
        if self.meeting_id is None:
            return []
        return self.forum.notes.list(meeting_id=self.meeting_id, kind=str(self.kind))

    def set_meeting(self, meeting_id: str | None) -> None:
        self.meeting_id = meeting_id
        self.reload()


@record
class CategoryRow:
    """A fishbone category and how many causes are filed under it."""

    category: model.CauseCategory
    causes: int


class CategoryModel(NumberedListModel[CategoryRow]):
    """The forum's fishbone categories in order, with their number of causes."""

    def __init__(
        self,
        forum: ForumFile,
        signals: ChangeSignals,
        controller: EditController,
        parent: QObject | None = None,
    ) -> None:
        self.forum = forum
        self.uncategorised = 0  # causes without a category, as of the last load
        right = Qt.AlignmentFlag.AlignRight
        super().__init__(
            signals,
            self._rows,
            lambda row: (row.category.id,),
            {"cause_category", "cause"},
            [
                Column(self.tr("Kategori"), lambda row: row.category.name, field="name"),
                Column(
                    self.tr("Orsaker"),
                    lambda row: row.causes,
                    align=right,
                    tooltip=lambda row: self.tr("Antal orsaker i kategorin"),
                ),
            ],
            controller=controller,
            service=forum.categories,  # type: ignore[arg-type]
            edit_text=self.tr("Byt namn på kategori"),
            parent=parent,
        )

    def _rows(self) -> list[CategoryRow]:
        counts: dict[str | None, int] = {}
        for cause in self.forum.causes.list():
            counts[cause.category_id] = counts.get(cause.category_id, 0) + 1
        self.uncategorised = counts.get(None, 0)
        return [CategoryRow(c, counts.get(c.id, 0)) for c in self.forum.categories.list()]

    def category(self, row: int) -> model.CauseCategory:
        return self.item(row).category
