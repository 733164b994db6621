"""The follow-up table of one meeting and the history of one action.

A row of the follow-up table is an action agreed at an earlier meeting that
was still open when this meeting began (its status before this meeting is
not_started / ongoing / delayed), or one this meeting has already followed
up, so an action marked done here stays on screen.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QFont

from app import model
from app.action_dates import days_overdue
from app.forum_file import ForumFile
from app.labels import status_label
from app.model import OPEN_ACTION_STATUSES, ActionStatus
from storage.records import record
from ui.models.table import Column, EntityTableModel
from ui.qt_changes import ChangeSignals
from ui.widgets.action_labels import OVERDUE_COLOUR, status_colour

FOLLOWUP_TABLES = ("action", "followup", "meeting", "person", "organisation")

COL_TITLE, COL_OWNER, COL_ORG, COL_DUE, COL_BEFORE, COL_STATUS, COL_NOTE = range(7)


@record
class FollowUpRow:
    action: model.Action
    agreed_at: model.Meeting  # the meeting that agreed the action
    meeting_date: str  # the date of the meeting doing the follow-up
    owner: str
    organisation: str
    status_before: str
    followup: model.FollowUp | None  # what this meeting has recorded, if anything

    @property
    def status_now(self) -> str:
        return self.followup.status if self.followup else self.status_before

    @property
    def note(self) -> str:
        return self.followup.note if self.followup else ""

    @property
    def days_overdue(self) -> int:
        return days_overdue(self.action.due, self.meeting_date, self.status_now)


def followup_rows(forum: ForumFile, meeting_id: str | None) -> list[FollowUpRow]:
    """The actions this meeting follows up, oldest meeting first, in register order."""
    meetings = forum.meetings.list()  # in meeting order: date, start, creation
    order = {m.id: index for index, m in enumerate(meetings)}
    by_id = {m.id: m for m in meetings}
    here = by_id.get(meeting_id) if meeting_id else None
    if here is None:
        return []
    position = order[here.id]
    followups: dict[str, list[model.FollowUp]] = {}
    for followup in forum.followups.list():
        followups.setdefault(followup.action_id, []).append(followup)
    people = {p.id: p.name for p in forum.people.list()}
    organisations = {o.id: o.name for o in forum.organisations.list()}

    rows: list[FollowUpRow] = []
    for action in forum.actions.list():
        agreed_at = by_id.get(action.meeting_id)
        if agreed_at is None or order[agreed_at.id] >= position:
            continue  # agreed here or later (a meeting the same day counts by its order)
        history = followups.get(action.id, [])
        earlier = [f for f in history if order.get(f.meeting_id, -1) < position]
        this = next((f for f in history if f.meeting_id == here.id), None)
        if earlier:
            before = max(earlier, key=lambda f: order[f.meeting_id]).status
        elif history:
            # The action's own status was set by this or a later meeting; before
            # its first follow-up an action stands where new actions start.
            before = ActionStatus.NOT_STARTED
        else:
            before = action.status
        if before not in OPEN_ACTION_STATUSES and this is None:
            continue
        rows.append(
            FollowUpRow(
                action=action,
                agreed_at=agreed_at,
                meeting_date=here.date,
                owner=people.get(action.owner_id or "", ""),
                organisation=organisations.get(action.organisation_id or "", ""),
                status_before=before,
                followup=this,
            )
        )
    rows.sort(key=lambda r: (order[r.agreed_at.id], r.action.position))
    return rows


class FollowUpModel(EntityTableModel[FollowUpRow]):
    """One row per action to follow up at ``meeting_id``; refreshes from the file."""

    def __init__(
        self, forum: ForumFile, signals: ChangeSignals, parent: QObject | None = None
    ) -> None:
        self.forum = forum
        self.meeting_id: str | None = None
        bold = QFont()
        bold.setBold(True)
        columns: list[Column[FollowUpRow]] = [
            Column(self.tr("Åtgärd"), lambda r: r.action.title, tooltip=self._title_tip),
            Column(self.tr("Ansvarig"), lambda r: r.owner),
            Column(self.tr("Organisation"), lambda r: r.organisation),
            Column(
                self.tr("Klart senast"),
                self._due_text,
                tooltip=self._due_tip,
                foreground=lambda r: OVERDUE_COLOUR if r.days_overdue else None,
                font=lambda r: bold if r.days_overdue else None,
            ),
            Column(
                self.tr("Status före"),
                lambda r: status_label(r.status_before),
                foreground=lambda r: status_colour(r.status_before),
            ),
            Column(
                self.tr("Ny status"),
                lambda r: status_label(r.followup.status) if r.followup else "",
                foreground=lambda r: status_colour(r.followup.status) if r.followup else None,
                font=lambda r: bold if r.followup else None,
            ),
            Column(self.tr("Kommentar"), lambda r: r.note, tooltip=lambda r: r.note or None),
        ]
        super().__init__(
            signals,
            lambda: followup_rows(forum, self.meeting_id),
            lambda r: (r.action.id,),
            FOLLOWUP_TABLES,
            columns,
            parent=parent,
        )

    def set_meeting(self, meeting_id: str | None) -> None:
        self.meeting_id = meeting_id
        self.reload()

    def _due_text(self, row: FollowUpRow) -> str:
        due = row.action.due or ""
        return self.tr("{date}  försenad").format(date=due) if row.days_overdue else due

    def _due_tip(self, row: FollowUpRow) -> str | None:
        if not row.days_overdue:
            return None
        return self.tr("Försenad: skulle ha varit klar {days} dagar före träffen.").format(
            days=row.days_overdue
        )

    def _title_tip(self, row: FollowUpRow) -> str:
        return self.tr("{title}\nBeslutad vid {meeting} ({date})").format(
            title=row.action.title, meeting=row.agreed_at.title, date=row.agreed_at.date
        )


@record
class HistoryRow:
    followup: model.FollowUp
    meeting: model.Meeting


class HistoryModel(EntityTableModel[HistoryRow]):
    """What earlier meetings said about one action (before the meeting shown)."""

    def __init__(
        self, forum: ForumFile, signals: ChangeSignals, parent: QObject | None = None
    ) -> None:
        self.forum = forum
        self.action_id: str | None = None
        self.meeting_id: str | None = None
        columns: list[Column[HistoryRow]] = [
            Column(
                self.tr("Träff"),
                lambda r: r.meeting.date,
                tooltip=lambda r: r.meeting.title,
            ),
            Column(
                self.tr("Status"),
                lambda r: status_label(r.followup.status),
                foreground=lambda r: status_colour(r.followup.status),
            ),
            Column(
                self.tr("Kommentar"),
                lambda r: r.followup.note,
            ),
        ]
        super().__init__(
            signals,
            self._rows,
            lambda r: (r.followup.meeting_id,),
            ("followup", "meeting"),
            columns,
            parent=parent,
        )

    def show_action(self, action_id: str | None, meeting_id: str | None) -> None:
        self.action_id, self.meeting_id = action_id, meeting_id
        self.reload()

    def _rows(self) -> list[HistoryRow]:
        if self.action_id is None or self.forum.actions.find(self.action_id) is None:
            return []
        meetings = self.forum.meetings.list()
        order = {m.id: index for index, m in enumerate(meetings)}
        by_id = {m.id: m for m in meetings}
        limit = order.get(self.meeting_id or "", len(meetings))
        return [
            HistoryRow(f, by_id[f.meeting_id])
            for f in self.forum.followups.history(self.action_id)
            if order.get(f.meeting_id, limit) < limit
        ]
