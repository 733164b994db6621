"""Attendance at one meeting: every person of the forum and their status.

A person with no attendance row for the meeting has not been invited; the
status column is empty for them until the facilitator gives one.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QColor

from app import model
from app.forum_file import ForumFile
from app.i18n import QT_TRANSLATE_NOOP
from storage.records import record
from ui.models.table import Column, EntityTableModel
from ui.qt_changes import ChangeSignals

COL_NAME, COL_ORGANISATION, COL_TITLE, COL_STATUS = range(4)
# The widest the name column grows to fit its longest name (Inledning); a
# longer one is cut there, and shown whole in its tooltip.
NAME_CHARS = 34

Status = model.AttendanceStatus

STATUS_LABELS: dict[str, str] = {
    Status.INVITED: QT_TRANSLATE_NOOP("Attendance", "Inbjuden"),
    Status.PRESENT: QT_TRANSLATE_NOOP("Attendance", "Närvarande"),
    Status.EXCUSED: QT_TRANSLATE_NOOP("Attendance", "Anmält förhinder"),
    Status.ABSENT: QT_TRANSLATE_NOOP("Attendance", "Frånvarande"),
}
# Muted enough for a projector, distinct enough to scan a long list.
_STATUS_COLOURS: dict[str, QColor] = {
    Status.PRESENT: QColor("#1b6e3a"),
    Status.EXCUSED: QColor("#8a5a00"),
    Status.ABSENT: QColor("#a12a1f"),
    Status.INVITED: QColor("#4a5568"),
}


def status_label(status: str | None) -> str:
    if status is None:
        return ""
    return QCoreApplication.translate("Attendance", STATUS_LABELS.get(status, status))


@record
class AttendanceRow:
    person: model.Person
    organisation: str
    status: str | None  # None: no attendance row (not invited)


def attendance_rows(forum: ForumFile, meeting_id: str | None) -> list[AttendanceRow]:
    if meeting_id is None:
        return []
    names = {o.id: o.name for o in forum.organisations.list()}
    statuses = {a.person_id: a.status for a in forum.attendance.list(meeting_id=meeting_id)}
    return [
        AttendanceRow(p, names.get(p.organisation_id or "", ""), statuses.get(p.id))
        for p in forum.people.list()
    ]


class AttendanceModel(EntityTableModel[AttendanceRow]):
    """Namn | Organisation | Titel | Närvaro, one row per person of the forum."""

    def __init__(
        self, forum: ForumFile, signals: ChangeSignals, parent: QObject | None = None
    ) -> None:
        self.meeting_id: str | None = None
        columns: list[Column[AttendanceRow]] = [
            Column(
                QCoreApplication.translate("Attendance", "Namn"),
                lambda r: r.person.name,
                tooltip=lambda r: r.person.name,  # whole, where the column cuts it
            ),
            Column(
                QCoreApplication.translate("Attendance", "Organisation"), lambda r: r.organisation
            ),
            Column(QCoreApplication.translate("Attendance", "Titel"), lambda r: r.person.title),
            Column(
                QCoreApplication.translate("Attendance", "Närvaro"),
                lambda r: status_label(r.status),
                foreground=lambda r: _STATUS_COLOURS.get(r.status or ""),
            ),
        ]
        super().__init__(
            signals,
            lambda: attendance_rows(forum, self.meeting_id),
            lambda r: (r.person.id,),
            {"person", "organisation", "attendance"},
            columns,
            parent=parent,
        )

    def set_meeting(self, meeting_id: str | None) -> None:
        self.meeting_id = meeting_id
        self.reload()

    def counts(self) -> dict[str | None, int]:
        """How many people have each status (None: not invited)."""
        found: dict[str | None, int] = {None: 0, **{s.value: 0 for s in Status}}
        for row in self.items():
            found[row.status] = found.get(row.status, 0) + 1
        return found
