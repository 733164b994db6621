"""What every page of the window gets, and what a phase page provides."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app import model
from app.forum_file import ForumFile
from storage.records import record
from ui.qt_changes import ChangeSignals
from ui.undo import EditController

# Back to a phase's entry line (or list). Not Ctrl+N: that is File > New forum, and
# two shortcuts on one key both stay silent (Qt calls it ambiguous). Åtgärder's
# entry line has the same key as its label's mnemonic (&Ny åtgärd).
BACK_TO_FIRST = "Alt+N"


@record
class PageContext:
    """The open forum as pages see it: read through ``forum``, edit through
    ``controller`` (undoable), refresh on ``signals.changed``."""

    forum: ForumFile
    controller: EditController
    signals: ChangeSignals

    def settings(self) -> QSettings:
        return QSettings()


class MeetingPage(QWidget):
    """One phase of a workshop, shown for the meeting selected in the sidebar."""

    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.meeting_id: str | None = None

    def set_meeting(self, meeting_id: str | None) -> None:
        """Show ``meeting_id``; subclasses reload their models here."""
        self.meeting_id = meeting_id

    def meeting(self) -> model.Meeting | None:
        """The meeting shown, as the file holds it now; None for none (or removed)."""
        return self.ctx.forum.meetings.find(self.meeting_id) if self.meeting_id else None

    def focus_first(self) -> None:
        """Put the keyboard where the facilitator types first in this phase."""

    def reveal(self, item_id: str, gap_id: str | None = None) -> bool:
        """Select the item ``item_id`` (a cause: of ``gap_id``) and give it the
        keyboard; False when this page does not list it (search, ui.search_panel)."""
        return False

    def halt(self) -> None:
        """The forum is closing: stop what is queued to read it (timers)."""

    def bind_back_to_first(self) -> None:
        """BACK_TO_FIRST on this page calls ``focus_first``."""
        from PySide6.QtGui import QKeySequence, QShortcut  # here: not on the start-up path

        back = QShortcut(QKeySequence(BACK_TO_FIRST), self)
        back.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        back.activated.connect(self.focus_first)


def page_heading(text: str, hint: str, parent: QWidget) -> QWidget:
    """A heading with a one-line hint under it, the same on every page."""
    box = QWidget(parent)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 4)
    layout.setSpacing(2)
    title = QLabel(text, box)
    title.setObjectName("pageHeading")
    font = title.font()
    font.setPointSizeF(font.pointSizeF() * 1.35)
    font.setBold(True)
    title.setFont(font)
    layout.addWidget(title)
    if hint:
        sub = QLabel(hint, box)
        sub.setObjectName("pageHint")
        sub.setWordWrap(True)
        layout.addWidget(sub)
    return box
