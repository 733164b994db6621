"""The action register: every action of the forum, across its meetings.

One row per action with what the register shows about it (its meeting's
date, gap, owner, organisation, latest follow-up), and a filter proxy for
status, owner, organisation, overdue and free text.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from app import model
from app.action_dates import is_overdue as overdue_on
from app.forum_file import ForumFile
from app.labels import STATUSES, status_label
from app.model import OPEN_ACTION_STATUSES, ActionStatus
from app.services.changes import Change
from storage.records import record
from ui.models.people import Choice, ChoiceModel, choice_model
from ui.models.table import Column, EntityTableModel, ObjectRole, SortRole
from ui.qt_changes import ChangeSignals
from ui.undo import EditController

AnyIndex = QModelIndex | QPersistentModelIndex

_STATUS_ORDER = {str(status): i for i, (status, _text) in enumerate(STATUSES)}

OVERDUE_BACKGROUND = QColor("#fdecea")
OVERDUE_TEXT = QColor("#a1160a")


def status_choices(signals: ChangeSignals, parent: QObject | None = None) -> ChoiceModel:
    def load() -> list[Choice]:
        return [Choice(str(s), status_label(s)) for s, _text in STATUSES]

    return choice_model(signals, (), load, parent)


def is_overdue(action: model.Action, today: date) -> bool:
    """Past its due date and still open (not done, not cancelled)."""
    return overdue_on(action.due, today.isoformat(), action.status)


def counts_as_late(status: str, overdue: bool) -> bool:
    """Försenad as the facilitator counts: given the status Försenad, or overdue.

    The status alone was not counted, so a forum with an action marked
    Försenad showed "0 försenade åtgärder".
    """
    return overdue or status == ActionStatus.DELAYED


def is_late(action: model.Action, today: date) -> bool:
    return counts_as_late(action.status, is_overdue(action, today))


@record
class RegisterRow:
    action: model.Action
    meeting_date: str
    gap: str
    owner: str
    organisation: str
    followup_date: str  # the latest follow-up's meeting date, "" if never followed up
    followup_note: str
    overdue: bool  # past its due date: the date is marked

    @property
    def late(self) -> bool:
        """Counted and filtered as försenad."""
        return counts_as_late(self.action.status, self.overdue)

    @property
    def number(self) -> int:
        return self.action.position + 1

    @property
    def followup(self) -> str:
        if self.followup_date and self.followup_note:
            return f"{self.followup_date}: {self.followup_note}"
        return self.followup_date


def load_register(forum: ForumFile, today: date) -> list[RegisterRow]:
    meetings = {m.id: m for m in forum.meetings.list()}  # in date order
    gaps = {g.id: g.title for g in forum.gaps.list()}
    people = {p.id: p.name for p in forum.people.list()}
    orgs = {o.id: o.name for o in forum.organisations.list()}
    order = {meeting_id: i for i, meeting_id in enumerate(meetings)}
    latest: dict[str, model.FollowUp] = {}
    for followup in forum.followups.list():
        seen = latest.get(followup.action_id)
        if seen is None or order[followup.meeting_id] > order[seen.meeting_id]:
            latest[followup.action_id] = followup
    rows = []
    for action in forum.actions.list():
        last = latest.get(action.id)
        rows.append(
            RegisterRow(
                action,
                meetings[action.meeting_id].date,
                gaps.get(action.gap_id or "", ""),
                people.get(action.owner_id or "", ""),
                orgs.get(action.organisation_id or "", ""),
                meetings[last.meeting_id].date if last else "",
                last.note if last else "",
                is_overdue(action, today),
            )
        )
    return rows


class RegisterModel(EntityTableModel[RegisterRow]):
    """All actions of the forum; the status is editable in place.

    While its page is hidden the model ignores changes and reloads when shown
    again, so capture in a meeting does not pay for the register.
    """

    NUMBER, TITLE, MEETING, GAP, OWNER, ORGANISATION, DUE, STATUS, FOLLOWUP = range(9)
    TABLES = frozenset({"action", "meeting", "gap", "person", "organisation", "followup"})

    def __init__(
        self,
        forum: ForumFile,
        signals: ChangeSignals,
        controller: EditController,
        today: Callable[[], date] = date.today,
        parent: QObject | None = None,
    ) -> None:
        self.forum, self.today = forum, today
        self.live = False
        right = Qt.AlignmentFlag.AlignRight
        super().__init__(
            signals,
            self._rows,
            lambda row: (row.action.id,),
            self.TABLES,
            [
                Column(self.tr("Nr"), lambda r: r.number, align=right),
                Column(self.tr("Åtgärd"), lambda r: r.action.title, tooltip=self._describe),
                Column(self.tr("Träff"), lambda r: r.meeting_date),
                Column(self.tr("Glapp"), lambda r: r.gap, tooltip=lambda r: r.gap or None),
                Column(self.tr("Ansvarig"), lambda r: r.owner),
                Column(
                    self.tr("Organisation"),
                    lambda r: r.organisation,
                    tooltip=lambda r: r.organisation or None,
                ),
                Column(
                    self.tr("Klart senast"),
                    lambda r: r.action.due or "",
                    tooltip=self._overdue_tip,
                    foreground=lambda r: QBrush(OVERDUE_TEXT) if r.overdue else None,
                    font=self._overdue_font,
                ),
                Column(
                    self.tr("Status"),
                    lambda r: status_label(r.action.status),
                    field="status",
                    edit_value=lambda r: r.action.status,
                ),
                Column(
                    self.tr("Senast uppföljd"),
                    lambda r: r.followup,
                    tooltip=lambda r: r.followup or None,
                ),
            ],
            controller=controller,
            service=forum.actions,  # type: ignore[arg-type]
            edit_text=self.tr("Ändra status på åtgärd"),
            parent=parent,
        )

    def _rows(self) -> list[RegisterRow]:
        return load_register(self.forum, self.today()) if self.live else []

    def set_live(self, live: bool) -> None:
        """Follow the file while shown; while hidden, ignore changes until shown again."""
        self.live = live
        if live:
            # Even if nothing changed meanwhile: "overdue" depends on today's date.
            self.reload()

    def _on_change(self, change: Change) -> None:
        if self.live and change.table in self.TABLES:
            self.reload()

    def _describe(self, row: RegisterRow) -> str:
        return "\n".join(t for t in (row.action.title, row.action.description) if t)

    def _overdue_tip(self, row: RegisterRow) -> str | None:
        if not row.overdue:
            return None
        return self.tr("Försenad: datumet har passerat och åtgärden är inte klar.")

    def _overdue_font(self, row: RegisterRow) -> QFont | None:
        if not row.overdue:
            return None
        font = QFont()
        font.setBold(True)
        return font

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        row = self.item(index.row())
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(OVERDUE_BACKGROUND) if row.overdue else None
        if role == SortRole:
            return self._sort_value(row, index.column())
        return super().data(index, role)

    def _sort_value(self, row: RegisterRow, column: int) -> Any:
        if column == self.NUMBER:
            return row.number
        if column == self.STATUS:
            return _STATUS_ORDER.get(row.action.status, len(_STATUS_ORDER))
        if column == self.DUE:
            return row.action.due or "9999"  # no date sorts last
        value = self.columns[column].value(row)
        return value.casefold() if isinstance(value, str) else value


ALL, OPEN = "all", "open"  # status filters besides the statuses themselves


class RegisterFilter(QSortFilterProxyModel):
    """Which rows of the register to show; sorts by the model's SortRole."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.status = ALL
        self.owner_id: str | None = None
        self.organisation_id: str | None = None
        self.overdue_only = False
        self.text = ""
        self.setSortRole(SortRole)

    def set_filter(self, **values: Any) -> None:
        unknown = [name for name in values if not hasattr(self, name)]
        if unknown:
            raise AttributeError(unknown[0])
        # Qt 6.9 brought begin/endFilterChange and deprecated invalidateRowsFilter.
        modern = hasattr(self, "beginFilterChange")
        if modern:
            self.beginFilterChange()
        for name, value in values.items():
            setattr(self, name, value)
        if modern:
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        source = self.sourceModel()
        row: RegisterRow = source.index(source_row, 0, source_parent).data(ObjectRole)
        action = row.action
        if self.status == OPEN and action.status not in OPEN_ACTION_STATUSES:
            return False
        if self.status not in (ALL, OPEN) and action.status != self.status:
            return False
        if self.owner_id is not None and action.owner_id != self.owner_id:
            return False
        if self.organisation_id is not None and action.organisation_id != self.organisation_id:
            return False
        if self.overdue_only and not row.late:
            return False
        return not self.text or self._matches(row, self.text.casefold())

    @staticmethod
    def _matches(row: RegisterRow, needle: str) -> bool:
        a = row.action
        haystack = (
            a.title,
            a.description,
            a.success_measure,
            row.gap,
            row.owner,
            row.organisation,
            row.followup_note,
            row.meeting_date,
            a.due or "",
            status_label(a.status),
        )
        return any(needle in text.casefold() for text in haystack)
