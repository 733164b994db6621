"""The sidebar: the forum, its meetings (newest first), the register, people."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import model
from app.next_meeting import agreed_next, new_meeting_times
from ui.dates import long_date
from ui.icons import icon
from ui.models.table import Column, EntityTableModel, ObjectRole
from ui.pages.base import PageContext
from ui.style import SIDEBAR_STYLE

NAV_FORUM, NAV_REGISTER, NAV_PEOPLE = range(3)


class Sidebar(QWidget):
    navigate = Signal(int)  # NAV_* constants
    meeting_selected = Signal(str)

    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Set by the window: settles what was typed in the meeting shown (ui.drafts).
        self.may_leave_meeting: Callable[[], bool] = lambda: True
        self.ctx = ctx
        self.setObjectName("sidebar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(SIDEBAR_STYLE)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 12, 8, 8)
        layout.setSpacing(4)
        self.nav_buttons: list[QPushButton] = []
        for index, text, icon_name in (
            (NAV_FORUM, self.tr("Forumet"), "forum"),
            (NAV_REGISTER, self.tr("Åtgärdsregister"), "register"),
            (NAV_PEOPLE, self.tr("Personer och organisationer"), "people"),
        ):
            button = QPushButton(icon(icon_name), text, self)
            button.setObjectName(f"nav{index}")
            button.setFlat(True)
            button.setCheckable(True)
            button.clicked.connect(lambda _=False, i=index: self._navigate(i))
            self.nav_buttons.append(button)
            layout.addWidget(button)

        heading = QLabel(self.tr("Träffar"), self)
        bold = heading.font()
        bold.setBold(True)
        heading.setFont(bold)
        layout.addSpacing(10)
        layout.addWidget(heading)

        self.new_meeting = QPushButton(icon("new-meeting"), self.tr("Ny träff"), self)
        self.new_meeting.setObjectName("newMeeting")
        self.new_meeting.setToolTip(self.tr("Lägg till en ny träff (Ctrl+Shift+N)"))
        self.new_meeting.clicked.connect(self.add_meeting)
        layout.addWidget(self.new_meeting)

        forum = ctx.forum
        self.meetings: EntityTableModel[model.Meeting] = EntityTableModel(
            ctx.signals,
            lambda: list(reversed(forum.meetings.list())),
            lambda m: (m.id,),
            {"meeting"},
            [
                Column(
                    self.tr("Träff"),
                    lambda m: f"{m.title}\n{long_date(m.date)}",
                    tooltip=lambda m: m.title,
                )
            ],
            parent=self,
        )
        self.meeting_list = QListView(self)
        self.meeting_list.setObjectName("meetingList")
        self.meeting_list.setModel(self.meetings)
        self.meeting_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.meeting_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.meeting_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.meeting_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.meeting_list.setSpacing(3)
        self.meeting_list.selectionModel().currentChanged.connect(self._current_changed)
        layout.addWidget(self.meeting_list, 1)

    def _navigate(self, index: int) -> None:
        # Clear the current meeting too, not just the selection: otherwise
        # choosing the same meeting again would not count as a change.
        self.meeting_list.selectionModel().clearCurrentIndex()
        self.meeting_list.clearSelection()
        self.show_nav(index)
        self.navigate.emit(index)

    def show_nav(self, index: int | None) -> None:
        for i, button in enumerate(self.nav_buttons):
            button.setChecked(i == index)

    def _current_changed(self, current, _previous) -> None:
        if current.isValid():
            meeting = current.data(ObjectRole)
            self.show_nav(None)
            self.meeting_selected.emit(meeting.id)

    def current_meeting_id(self) -> str | None:
        """The meeting current in the list (None after a page button was chosen)."""
        index = self.meeting_list.currentIndex()
        return index.data(ObjectRole).id if index.isValid() else None

    def select_meeting(self, meeting_id: str) -> None:
        row = self.meetings.row_of(meeting_id)
        if row is None:
            return
        index = self.meetings.index(row, 0)
        self.meeting_list.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )

    def add_meeting(self) -> None:
        """A new meeting, opened on Förberedelse (once what was typed in the meeting
        shown is settled: ``may_leave_meeting``). It is the "Nästa träff" the
        latest meeting agreed, when there is one; else it is dated today."""
        if not self.may_leave_meeting():
            return
        meetings = self.ctx.forum.meetings.list()
        latest = meetings[-1] if meetings else None
        today = date.today()
        times = new_meeting_times(latest, today)
        created = self.ctx.controller.create(
            self.ctx.forum.meetings,
            self.tr("Ny träff"),
            title=self.tr("Träff {n}").format(n=len(meetings) + 1),
            **times,
        )
        if created is None:
            return
        self.select_meeting(created.id)
        if latest is not None and agreed_next(latest, today):
            self.ctx.controller.noted.emit(self._taken_from(latest, created))

    def _taken_from(self, latest: model.Meeting, created: model.Meeting) -> str:
        """Which of the new meeting's details came from ``latest``'s Nästa träff."""
        if created.start and created.location:
            text = self.tr(
                "Datum, tid och plats kommer från ”Nästa träff” i {title}. Ändra här om "
                "något har ändrats sedan dess."
            )
        elif created.start:
            text = self.tr(
                "Datum och tid kommer från ”Nästa träff” i {title}. Ändra här om något "
                "har ändrats sedan dess."
            )
        elif created.location:
            text = self.tr(
                "Datum och plats kommer från ”Nästa träff” i {title}. Ändra här om något "
                "har ändrats sedan dess."
            )
        else:
            text = self.tr(
                "Datumet kommer från ”Nästa träff” i {title}. Ändra här om något har "
                "ändrats sedan dess."
            )
        return text.format(title=latest.title)
