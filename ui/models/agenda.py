"""The agenda of one meeting: items with timeboxes, clock times and notes.

Rows carry the clock time each item starts and ends (from the meeting's start
and the timeboxes before it), so a changed start time or timebox reaches the
view as changed cells. Items can be dragged to a new place; the drop becomes
one undoable move through the controller.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QByteArray, QCoreApplication, QMimeData, QObject, Qt

from app import model
from app.clock import clock_minutes, clock_text
from app.forum_file import ForumFile
from storage.records import record
from ui.models.table import AnyIndex, Column, EntityTableModel
from ui.qt_changes import ChangeSignals
from ui.undo import EditController

MIME_TYPE = "application/x-samsyn-agenda-item"
COL_CLOCK, COL_TITLE, COL_MINUTES, COL_NOTES = range(4)
# "Välkommen och presentation 15" or "… 15 min": a trailing number is the timebox.
_TRAILING_MINUTES = re.compile(
    r"^(?P<title>.*\S)\s+(?P<minutes>\d{1,4})\s*(?P<unit>min|minuter|m)?\.?$", re.IGNORECASE
)
_MINUTES = re.compile(r"^\s*(?P<minutes>\d{1,4})\s*(?:min|minuter|m)?\.?\s*$", re.IGNORECASE)


def split_timebox(text: str) -> tuple[str, int | None]:
    """'Paus 10' -> ('Paus', 10); text without a trailing timebox keeps it all.

    A bare number is a timebox only when it is one, a multiple of five:
    "Rapport från arbetsgrupp 2" keeps its 2, "… 2 min" is two minutes.
    """
    found = _TRAILING_MINUTES.match(text.strip())
    if found is None or int(found["minutes"]) > 1440:
        return text.strip(), None
    minutes = int(found["minutes"])
    if found["unit"] is None and (minutes == 0 or minutes % 5):
        return text.strip(), None
    return found["title"], minutes


def parse_minutes(value: Any) -> int | None:
    """What a facilitator types in the minutes cell: '', '15' or '15 min'."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, int):
        return value
    found = _MINUTES.match(str(value))
    if found is None:
        raise ValueError(value)
    return int(found["minutes"])


@record
class AgendaRow:
    """An agenda item with its place in the meeting's timetable."""

    item: model.AgendaItem
    starts: str  # clock time, '' when the meeting has no start time
    ends: str  # '' when this item has no timebox either


def agenda_rows(forum: ForumFile, meeting_id: str | None) -> list[AgendaRow]:
    if meeting_id is None:
        return []
    meeting = forum.meetings.find(meeting_id)
    clock = clock_minutes(meeting.start) if meeting is not None else None
    rows = []
    for item in forum.agenda.list(meeting_id=meeting_id):
        if clock is None:
            rows.append(AgendaRow(item, "", ""))
            continue
        ends = clock + item.minutes if item.minutes is not None else None
        rows.append(AgendaRow(item, clock_text(clock), "" if ends is None else clock_text(ends)))
        clock = ends if ends is not None else clock
    return rows


class AgendaModel(EntityTableModel[AgendaRow]):
    """Clock | Punkt | Min | Anteckningar; title, minutes and notes edit in place."""

    def __init__(
        self,
        forum: ForumFile,
        signals: ChangeSignals,
        controller: EditController,
        parent: QObject | None = None,
    ) -> None:
        self.forum = forum
        self.controller = controller
        self.meeting_id: str | None = None
        right = Qt.AlignmentFlag.AlignRight
        columns: list[Column[AgendaRow]] = [
            Column(
                QCoreApplication.translate("Agenda", "Tid"),
                lambda r: f"{r.starts}–{r.ends}" if r.ends else r.starts,
            ),
            Column(
                QCoreApplication.translate("Agenda", "Punkt"),
                lambda r: r.item.title,
                field="title",
                tooltip=lambda r: r.item.title,
            ),
            Column(
                QCoreApplication.translate("Agenda", "Min"),
                lambda r: r.item.minutes,
                field="minutes",
                parse=parse_minutes,
                # A text editor, not a spin box: '' clears the timebox.
                edit_value=lambda r: "" if r.item.minutes is None else str(r.item.minutes),
                align=right,
            ),
            Column(
                QCoreApplication.translate("Agenda", "Anteckningar"),
                lambda r: r.item.notes,
                field="notes",
                tooltip=lambda r: r.item.notes or None,
            ),
        ]
        super().__init__(
            signals,
            lambda: agenda_rows(forum, self.meeting_id),
            lambda r: (r.item.id,),
            {"agenda_item", "meeting"},
            columns,
            controller=controller,
            # A row wraps an agenda item and has the item's key, so the item's
            # service stores what is edited in the row.
            service=forum.agenda,  # type: ignore[arg-type]
            edit_text=QCoreApplication.translate("Agenda", "Ändra dagordningspunkt"),
            parent=parent,
        )

    def set_meeting(self, meeting_id: str | None) -> None:
        self.meeting_id = meeting_id
        self.reload()

    def total_minutes(self) -> int:
        return sum(r.item.minutes or 0 for r in self.items())

    # -- moving ------------------------------------------------------------------

    def move_row(self, row: int, to: int) -> bool:
        """Move the item at ``row`` to index ``to`` (one undo step)."""
        if not 0 <= row < self.rowCount() or not 0 <= to < self.rowCount() or row == to:
            return False
        item = self.item(row).item
        text = QCoreApplication.translate("Agenda", "Flytta dagordningspunkt")
        return self.controller.move(self.forum.agenda, item.id, to, text)

    # -- drag and drop -----------------------------------------------------------

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid():
            return flags | Qt.ItemFlag.ItemIsDragEnabled
        return flags | Qt.ItemFlag.ItemIsDropEnabled

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: Any) -> QMimeData:
        data = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        if rows:
            data.setData(MIME_TYPE, QByteArray(self.item(rows[0]).item.id.encode()))
        return data

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex
    ) -> bool:
        return action == Qt.DropAction.MoveAction and data.hasFormat(MIME_TYPE)

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex
    ) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        source = self.row_of(bytes(data.data(MIME_TYPE).data()).decode())
        if source is None:
            return False
        if row >= 0:  # dropped between two items: ``row`` is the one below the gap
            target = row - 1 if row > source else row
        elif parent.isValid():  # dropped on an item: take its place
            target = parent.row()
        else:  # dropped below the last item
            target = self.rowCount() - 1
        self.move_row(source, max(0, min(target, self.rowCount() - 1)))
        # False: the move is done; the view must not remove the dragged row itself.
        return False
