"""The main window shell. The phases of a workshop arrive with issue 3."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QMainWindow,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.forum_file import ForumFile
from app.services.changes import Change
from ui.models.meetings import MeetingListModel


class MainWindow(QMainWindow):
    def __init__(self, forum: ForumFile) -> None:
        super().__init__()
        self._forum = forum
        self.setMinimumSize(800, 500)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(8)

        self.forum_name = QLabel(central)
        self.forum_name.setObjectName("forumName")
        font = self.forum_name.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.forum_name.setFont(font)
        self.forum_name.setWordWrap(True)
        self.forum_area = QLabel(central)
        self.forum_area.setWordWrap(True)
        self.forum_goal = QLabel(central)
        self.forum_goal.setWordWrap(True)
        layout.addWidget(self.forum_name)
        layout.addWidget(self.forum_area)
        layout.addWidget(self.forum_goal)

        heading = QLabel(self.tr("Träffar"), central)
        bold = heading.font()
        bold.setBold(True)
        heading.setFont(bold)
        layout.addSpacing(12)
        layout.addWidget(heading)

        self.meetings = MeetingListModel(forum, self)
        self.meeting_view = QTableView(central)
        self.meeting_view.setModel(self.meetings)
        self.meeting_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.meeting_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.meeting_view.verticalHeader().hide()
        self.meeting_view.setShowGrid(False)
        self.meeting_view.setAlternatingRowColors(True)
        header = self.meeting_view.horizontalHeader()
        header.setSectionResizeMode(MeetingListModel.DATE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(MeetingListModel.TITLE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(MeetingListModel.PLACE, QHeaderView.ResizeMode.Stretch)
        self.meeting_view.setWordWrap(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.meeting_view, 1)
        self.setCentralWidget(central)

        self._show_forum()
        self._unsubscribe = forum.changes.subscribe(self._on_change)
        if forum.read_only:
            self.statusBar().showMessage(self.tr("Filen är öppnad skrivskyddad."))

    def _show_forum(self) -> None:
        info = self._forum.forum.get()
        self.forum_name.setText(info.name)
        self.forum_area.setText(info.area)
        self.forum_area.setVisible(bool(info.area))
        self.forum_goal.setText(self.tr("Gemensam målbild: {goal}").format(goal=info.goal))
        self.forum_goal.setVisible(bool(info.goal))
        self.setWindowTitle(self.tr("{forum} – Samsyn").format(forum=info.name))

    def _on_change(self, change: Change) -> None:
        if change.table == "forum":
            self._show_forum()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._unsubscribe()
        self.meetings.detach()
        super().closeEvent(event)
