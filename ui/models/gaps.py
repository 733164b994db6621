"""Models over a meeting's gaps: the capture list, the vote list, the gap picker
and the organisations a gap involves.

Each row is a ``GapRow``: the stored gap plus what the views show beside it
(its number in capture order, the organisations involved). Keeping those in
the row means a change to ``gap_organisation`` alone still reaches the view as
a changed row.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from app import model
from app.forum_file import ForumFile
from app.model import GapStatus
from app.services.changes import Change
from storage.records import record
from ui.models.table import Column, EntityTableModel
from ui.pages.base import PageContext

AnyIndex = QModelIndex | QPersistentModelIndex
MeetingId = Callable[[], str | None]

_CHECK = Qt.ItemDataRole.CheckStateRole
_DISPLAY = Qt.ItemDataRole.DisplayRole
_RIGHT = Qt.AlignmentFlag.AlignRight
_CENTER = Qt.AlignmentFlag.AlignHCenter
MUTED = QColor("#6b7682")

# Statuses whose gap can be chosen (or not) for cause analysis on Prioritera;
# resolved and parked gaps are shown but left alone.
CHOOSABLE = frozenset({GapStatus.OPEN, GapStatus.IN_PROGRESS})


@record
class GapRow:
    gap: model.Gap
    number: int  # 1, 2, … in the order the gaps were captured
    organisations: tuple[str, ...] = ()  # short names, in the forum's order
    organisation_names: tuple[str, ...] = ()  # full names, for tooltips

    @property
    def chosen(self) -> bool:
        """Goes on to cause analysis."""
        return self.gap.status == GapStatus.IN_PROGRESS


def gap_key(row: GapRow) -> tuple[str, ...]:
    return (row.gap.id,)


def short_name(organisation: model.Organisation) -> str:
    """ "Norrby kommun, hemtjänst" -> "Hemtjänst": the part the room says aloud."""
    name = organisation.name.rsplit(",", 1)[-1].strip() or organisation.name
    return name[:1].upper() + name[1:]


def load_gap_rows(forum: ForumFile, meeting_id: str | None) -> list[GapRow]:
    """The meeting's gaps in capture order, numbered from 1."""
    if meeting_id is None:
        return []
    organisations = forum.organisations.list()
    order = {o.id: i for i, o in enumerate(organisations)}
    by_id = {o.id: o for o in organisations}
    gaps = forum.gaps.list(meeting_id=meeting_id)
    links: dict[str, list[str]] = {gap.id: [] for gap in gaps}
    for link in forum.gap_organisations.list_in("gap_id", links):
        links[link.gap_id].append(link.organisation_id)
    rows = []
    for number, gap in enumerate(gaps, start=1):
        linked = sorted((i for i in links[gap.id] if i in by_id), key=order.__getitem__)
        rows.append(
            GapRow(
                gap,
                number,
                tuple(short_name(by_id[i]) for i in linked),
                tuple(by_id[i].name for i in linked),
            )
        )
    return rows


def by_votes(rows: list[GapRow]) -> list[GapRow]:
    """Most votes first; ties keep the capture order (sorted() is stable)."""
    return sorted(rows, key=lambda r: -r.gap.votes)


def dots_per_participant(gap_count: int) -> int:
    """The rule of thumb for dot voting: about one dot per three items, at least one."""
    return max(1, math.ceil(gap_count / 3))


def parse_votes(value: Any) -> int:
    """A typed vote count; ValueError (the edit is dropped) if it is no whole number."""
    if isinstance(value, int):
        return value
    return int(str(value).strip())


class GapListModel(EntityTableModel[GapRow]):
    """Glapp: Nr, Glapp (editable), Vårdövergång, Målgrupp, Organisationer."""

    NUMBER, TITLE, TRANSITION, TARGET_GROUP, ORGANISATIONS = range(5)

    def _new_row(self, ctx: PageContext, meeting_id: str | None, gap_id: str) -> GapRow | None:
        """A just-captured gap: last in its meeting, with no organisations yet."""
        gap = ctx.forum.gaps.find(gap_id)
        if gap is None or gap.meeting_id != meeting_id:
            return None
        if ctx.forum.gap_organisations.list(gap_id=gap_id):
            return None  # restored with links (undo): let the full reload place it
        last = self.rowCount()
        if last and self._items[-1].gap.position >= gap.position:
            return None  # not at the end after all
        return GapRow(gap, last + 1)

    def __init__(self, ctx: PageContext, meeting_id: MeetingId, parent: QObject | None = None):
        super().__init__(
            ctx.signals,
            lambda: load_gap_rows(ctx.forum, meeting_id()),
            gap_key,
            {"gap", "gap_organisation", "organisation"},
            [],
            controller=ctx.controller,
            service=ctx.forum.gaps,  # type: ignore[arg-type]
            appended=("gap", lambda key: self._new_row(ctx, meeting_id(), key[0])),
            parent=parent,
        )
        self._edit_text = self.tr("Ändra glappets titel")
        self.columns = [
            Column(self.tr("Nr"), lambda r: r.number, align=_RIGHT),
            Column(
                self.tr("Glapp"),
                lambda r: r.gap.title,
                field="title",
                tooltip=lambda r: r.gap.title,
            ),
            Column(self.tr("Vårdövergång"), lambda r: r.gap.transition),
            Column(self.tr("Målgrupp"), lambda r: r.gap.target_group),
            Column(
                self.tr("Organisationer"),
                lambda r: ", ".join(r.organisations),
                tooltip=lambda r: "\n".join(r.organisation_names) or None,
            ),
        ]


class _VoteOrder:
    """The gaps by votes as they stood at the last ``sort``; in between, a gap
    keeps its row (a new one comes last). A count typed in never moves the row
    under the keyboard: the facilitator goes down the sheets with Enter and ↓."""

    def __init__(self, forum: ForumFile, meeting_id: MeetingId) -> None:
        self._forum = forum
        self._meeting_id = meeting_id
        self._places: dict[str, int] | None = None  # None: sort at the next load

    def sort(self) -> None:
        self._places = None

    def __call__(self) -> list[GapRow]:
        rows = load_gap_rows(self._forum, self._meeting_id())
        if self._places is None:
            rows = by_votes(rows)
            self._places = {row.gap.id: place for place, row in enumerate(rows)}
            return rows
        places, last = self._places, len(self._places)
        return sorted(rows, key=lambda r: (places.get(r.gap.id, last), r.number))


class PrioritiseModel(EntityTableModel[GapRow]):
    """Prioritera: the gaps by votes, with a tick for "on to cause analysis".

    Sorted by votes when asked (``sort_by_votes``: a meeting opened, S), not at
    each vote.
    """

    NUMBER, TITLE, VOTES, CHOSEN = range(4)

    def __init__(self, ctx: PageContext, meeting_id: MeetingId, parent: QObject | None = None):
        order = _VoteOrder(ctx.forum, meeting_id)
        super().__init__(
            ctx.signals,
            order,
            gap_key,
            {"gap"},
            [],
            controller=ctx.controller,
            service=ctx.forum.gaps,  # type: ignore[arg-type]
            parent=parent,
        )
        self._ctx = ctx
        self._order = order
        self._edit_text = self.tr("Ändra röster")
        bold = QFont()
        bold.setBold(True)
        self.columns = [
            Column(self.tr("Nr"), lambda r: r.number, align=_RIGHT),
            Column(self.tr("Glapp"), lambda r: r.gap.title, tooltip=lambda r: r.gap.title),
            Column(
                self.tr("Röster"),
                lambda r: r.gap.votes,
                field="votes",
                parse=parse_votes,
                align=_CENTER,
                font=lambda r: bold,
            ),
            Column(
                self.tr("Vidare till orsaksanalys"),
                self._status_text,
                foreground=lambda r: None if r.gap.status in CHOOSABLE else MUTED,
            ),
        ]

    def _status_text(self, row: GapRow) -> str:
        return {
            GapStatus.IN_PROGRESS: self.tr("Ja"),
            GapStatus.OPEN: "",
            GapStatus.RESOLVED: self.tr("Löst"),
            GapStatus.PARKED: self.tr("Parkerat"),
        }.get(GapStatus(row.gap.status), "")

    def data(self, index: AnyIndex, role: int = _DISPLAY) -> Any:
        if role == _CHECK and index.isValid() and index.column() == self.CHOSEN:
            row = self.item(index.row())
            if row.gap.status not in CHOOSABLE:
                return None
            checked = Qt.CheckState.Checked if row.chosen else Qt.CheckState.Unchecked
            return checked.value
        return super().data(index, role)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        choosable = index.isValid() and self.item(index.row()).gap.status in CHOOSABLE
        if choosable and index.column() == self.CHOSEN:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role == _CHECK and index.isValid() and index.column() == self.CHOSEN:
            wanted = Qt.CheckState(value) == Qt.CheckState.Checked
            return self.set_chosen(index.row(), wanted)
        return super().setData(index, value, role)

    def set_chosen(self, row: int, chosen: bool) -> bool:
        """Store whether the gap goes on to cause analysis (open ↔ in progress)."""
        gap = self.item(row).gap
        if gap.status not in CHOOSABLE:
            return False
        status = GapStatus.IN_PROGRESS if chosen else GapStatus.OPEN
        text = self.tr("Vidare till orsaksanalys") if chosen else self.tr("Inte vidare")
        return self._ctx.controller.update(self._ctx.forum.gaps, gap.id, text, status=status.value)

    def set_votes(self, row: int, votes: int) -> bool:
        gap = self.item(row).gap
        return self._ctx.controller.update(
            self._ctx.forum.gaps, gap.id, self.tr("Ändra röster"), votes=votes
        )

    def sort_by_votes(self) -> None:
        """Most votes first again (ties in capture order); the selection follows."""
        self._order.sort()
        self.reload()

    def total_votes(self) -> int:
        return sum(r.gap.votes for r in self.items())


def analysis_order(rows: list[GapRow]) -> list[GapRow]:
    """Chosen for cause analysis first, then by votes; ties in capture order."""
    return sorted(rows, key=lambda r: (not r.chosen, -r.gap.votes))


class GapChoiceModel(EntityTableModel[GapRow]):
    """The gap picker on Orsaker: "3. Title", chosen gaps first."""

    def __init__(self, ctx: PageContext, meeting_id: MeetingId, parent: QObject | None = None):
        super().__init__(
            ctx.signals,
            lambda: analysis_order(load_gap_rows(ctx.forum, meeting_id())),
            gap_key,
            {"gap"},
            [],
            parent=parent,
        )
        self.columns = [
            Column(
                self.tr("Glapp"),
                lambda r: f"{r.number}. {r.gap.title}",
                tooltip=lambda r: r.gap.title,
                foreground=lambda r: None if r.chosen else MUTED,
            )
        ]


class OrganisationCheckModel(EntityTableModel[model.Organisation]):
    """The forum's organisations, ticked when the shown gap involves them.

    Ticking creates a gap_organisation row, unticking deletes it (undoable).
    """

    def __init__(self, ctx: PageContext, parent: QObject | None = None):
        super().__init__(
            ctx.signals,
            ctx.forum.organisations.list,
            lambda o: (o.id,),
            {"organisation"},
            [],
            parent=parent,
        )
        self._ctx = ctx
        self.gap_id: str | None = None
        self._linked: frozenset[str] = frozenset()
        self.columns = [Column(self.tr("Organisation"), lambda o: o.name)]

    def set_gap(self, gap_id: str | None) -> None:
        self.gap_id = gap_id
        self._refresh_ticks()

    def linked(self) -> frozenset[str]:
        return self._linked

    def _read_links(self) -> frozenset[str]:
        if self.gap_id is None or self._ctx.forum.gaps.find(self.gap_id) is None:
            return frozenset()
        links = self._ctx.forum.gap_organisations.list(gap_id=self.gap_id)
        return frozenset(link.organisation_id for link in links)

    def _refresh_ticks(self) -> None:
        linked = self._read_links()
        if linked != self._linked:
            self._linked = linked
            if self.rowCount():
                last = self.rowCount() - 1
                self.dataChanged.emit(self.index(0, 0), self.index(last, 0), [_CHECK])

    def _on_change(self, change: Change) -> None:
        super()._on_change(change)
        if change.table in ("gap_organisation", "gap"):
            self._refresh_ticks()

    def data(self, index: AnyIndex, role: int = _DISPLAY) -> Any:
        if role == _CHECK and index.isValid() and 0 <= index.row() < self.rowCount():
            ticked = self.item(index.row()).id in self._linked
            return (Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked).value
        return super().data(index, role)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and self.gap_id is not None:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != _CHECK or not index.isValid() or self.gap_id is None:
            return False
        wanted = Qt.CheckState(value) == Qt.CheckState.Checked
        return self.set_linked(self.item(index.row()).id, wanted)

    def set_linked(self, organisation_id: str, linked: bool) -> bool:
        """Tick or untick one organisation for the shown gap, through the controller."""
        if self.gap_id is None or (organisation_id in self._linked) == linked:
            return False
        forum, controller = self._ctx.forum, self._ctx.controller
        if linked:
            created = controller.create(
                forum.gap_organisations,
                self.tr("Lägg till organisation på glappet"),
                gap_id=self.gap_id,
                organisation_id=organisation_id,
            )
            return created is not None
        return controller.delete(
            forum.gap_organisations,
            (self.gap_id, organisation_id),
            self.tr("Ta bort organisation från glappet"),
        )
