"""Deleting with care: what a delete took with it, and removing a whole meeting.

Every delete is undoable, so none asks first except a meeting's: that one takes
a whole workshop with it. After any delete that changed more than the row the
facilitator saw go, the message bar says what else changed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QListView

from app import model
from storage.rows import Removal
from ui.dates import long_date
from ui.icons import icon
from ui.undo import undo_hint

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMenu

    from ui.main_window import MainWindow


class MeetingRemoval(QObject):
    """The "Ta bort träff…" action for the meeting shown, and the news after deletes."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.action = QAction(icon("delete"), self.tr("Ta bort träff…"), self)
        self.action.setObjectName("removeMeetingAction")
        self.action.triggered.connect(self.remove_shown)
        window.controller.removed.connect(self._tell)

    def offer_on(self, meeting_list: QListView) -> None:
        """A right click on a meeting in the list offers to delete it; elsewhere, nothing."""
        meeting_list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        meeting_list.customContextMenuRequested.connect(
            lambda position: self._context_menu(meeting_list, position)
        )

    def _context_menu(self, meeting_list: QListView, position: QPoint) -> None:
        menu = self.context_menu(meeting_list, position)
        if menu is not None:
            menu.exec(meeting_list.viewport().mapToGlobal(position))
            menu.deleteLater()

    def context_menu(self, meeting_list: QListView, position: QPoint) -> QMenu | None:
        """The menu for a right click at ``position``: only over a meeting, which the
        list has selected (and opened) on that click already."""
        if not meeting_list.indexAt(position).isValid():
            return None
        from PySide6.QtWidgets import QMenu  # here: off the start-up path

        menu = QMenu(meeting_list)
        menu.addAction(self.action)
        return menu

    def meeting_shown(self) -> model.Meeting | None:
        meeting_id = self.window.shown_meeting_id()
        return self.window.forum.meetings.find(meeting_id) if meeting_id else None

    def update_action(self, *_args: object) -> None:
        self.action.setEnabled(self.meeting_shown() is not None and not self.window.forum.read_only)

    def remove_shown(self) -> bool:
        """Ask (when the meeting holds anything), then delete it as one undo step."""
        meeting = self.meeting_shown()
        if meeting is None or self.window.forum.read_only:
            return False
        removal = self.window.forum.meetings.would_delete(meeting.id)
        if len(removal.rows) > 1 and not self._confirm(meeting, removal):
            return False
        self.window.flush_edits()
        return self.window.controller.delete(
            self.window.forum.meetings, meeting.id, self.tr("Ta bort träff")
        )

    def _confirm(self, meeting: model.Meeting, removal: Removal) -> bool:
        from PySide6.QtWidgets import QMessageBox  # here: off the start-up path

        from app.removal_text import later_followups_sentence, meeting_contents
        from ui.session_dialogs import run_box

        box = QMessageBox(self.window)
        box.setObjectName("confirmMeetingRemovalBox")
        box.setWindowTitle(self.tr("Ta bort träff"))
        box.setIcon(QMessageBox.Icon.Question)
        box.setText(
            self.tr("Ta bort träffen ”{title}” den {date}?").format(
                title=meeting.title, date=long_date(meeting.date)
            )
        )
        details = []
        contents = meeting_contents(removal)
        if contents:
            text = self.tr("Allt som skrevs in på träffen tas bort med den: {contents}.")
            details.append(text.format(contents=contents))
        details.append(later_followups_sentence(removal))
        details.append(self.tr("Personerna finns kvar under Personer och organisationer."))
        details.append(undo_hint())
        box.setInformativeText(" ".join(d for d in details if d))
        remove = box.addButton(self.tr("Ta bort träffen"), QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(self.tr("Avbryt"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel)  # a whole workshop is never the quick default
        box.setEscapeButton(cancel)
        return run_box(box) is remove

    def _tell(self, removal: Removal) -> None:
        from app.removal_text import removed_label, side_effects

        sentences = side_effects(removal)
        if sentences:
            label = removed_label(removal)
            if label:
                sentences.insert(0, self.tr("”{item}” togs bort.").format(item=label))
            self.window.show_passing_news(" ".join([*sentences, undo_hint()]).strip())
