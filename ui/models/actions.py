"""The actions agreed at one meeting, and the choices the action panel offers.

An action's register number ("Nr") is its place in its meeting's list,
counted from 1, so it is the same in the window, the minutes and the register.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QObject, Qt

from app import model
from app.forum_file import ForumFile
from app.labels import status_label
from storage.records import record
from ui.models.table import Column, EntityTableModel
from ui.qt_changes import ChangeSignals
from ui.widgets.action_labels import status_colour

ACTION_TABLES = ("action", "gap", "person", "organisation", "meeting")

COL_NR, COL_TITLE, COL_GAP, COL_OWNER, COL_ORG, COL_DUE, COL_STATUS = range(7)


@record
class ActionRow:
    number: int
    action: model.Action
    gap: str
    owner: str
    organisation: str


def action_rows(forum: ForumFile, meeting_id: str | None) -> list[ActionRow]:
    if meeting_id is None:
        return []
    gaps = {g.id: g.title for g in forum.gaps.list(meeting_id=meeting_id)}
    people = {p.id: p.name for p in forum.people.list()}
    organisations = {o.id: o.name for o in forum.organisations.list()}
    return [
        ActionRow(
            number=number,
            action=action,
            gap=gaps.get(action.gap_id or "", ""),
            owner=people.get(action.owner_id or "", ""),
            organisation=organisations.get(action.organisation_id or "", ""),
        )
        for number, action in enumerate(forum.actions.list(meeting_id=meeting_id), start=1)
    ]


class ActionModel(EntityTableModel[ActionRow]):
    """This meeting's actions in register order; refreshes from the file."""

    def __init__(
        self, forum: ForumFile, signals: ChangeSignals, parent: QObject | None = None
    ) -> None:
        self.meeting_id: str | None = None
        right = Qt.AlignmentFlag.AlignRight
        columns: list[Column[ActionRow]] = [
            Column(self.tr("Nr"), lambda r: r.number, align=right),
            Column(self.tr("Åtgärd"), lambda r: r.action.title, tooltip=lambda r: r.action.title),
            Column(self.tr("Glapp"), lambda r: r.gap, tooltip=lambda r: r.gap or None),
            Column(self.tr("Ansvarig"), lambda r: r.owner),
            Column(self.tr("Organisation"), lambda r: r.organisation),
            Column(self.tr("Klart senast"), lambda r: r.action.due or ""),
            Column(
                self.tr("Status"),
                lambda r: status_label(r.action.status),
                foreground=lambda r: status_colour(r.action.status),
            ),
        ]
        super().__init__(
            signals,
            lambda: action_rows(forum, self.meeting_id),
            lambda r: (r.action.id,),
            ACTION_TABLES,
            columns,
            parent=parent,
        )

    def set_meeting(self, meeting_id: str | None) -> None:
        self.meeting_id = meeting_id
        self.reload()


@record
class Choice:
    """One entry of a combo box: the stored id (None for "none") and its label."""

    key: str | None
    label: str
    tooltip: str = ""


class ChoiceModel(EntityTableModel[Choice]):
    """The entries of a combo box over domain data, kept in step with the file."""

    def __init__(
        self,
        signals: ChangeSignals,
        load: Callable[[], list[Choice]],
        tables: Iterable[str],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(
            signals,
            load,
            lambda c: (c.key or "",),
            tables,
            [Column("", lambda c: c.label, tooltip=lambda c: c.tooltip or None)],
            parent=parent,
        )

    def row_of_key(self, key: str | None) -> int:
        """The row of ``key``; 0 (the "none" entry) when it is not among the choices."""
        for row, choice in enumerate(self.items()):
            if choice.key == key:
                return row
        return 0


def cause_choices(forum: ForumFile, gap_id: str | None, none_label: str) -> list[Choice]:
    """A gap's causes in fishbone order, each "why?" answer indented under its cause."""
    choices = [Choice(None, none_label)]
    if gap_id is None:
        return choices
    causes = forum.causes.list(gap_id=gap_id)
    categories = {c.id: (c.position, c.name) for c in forum.categories.list()}
    children: dict[str | None, list[model.Cause]] = {}
    for cause in causes:
        children.setdefault(cause.parent_id, []).append(cause)
    last = (len(categories), "")

    def walk(parent: str | None, depth: int) -> None:
        siblings = children.get(parent, [])
        if depth == 0:
            siblings = sorted(siblings, key=lambda c: categories.get(c.category_id or "", last))
        for cause in siblings:
            prefix = "\u2003" * depth + ("↳ " if depth else "")
            category = categories.get(cause.category_id or "", last)[1]
            choices.append(Choice(cause.id, prefix + cause.text, category))
            walk(cause.id, depth + 1)

    walk(None, 0)
    return choices
