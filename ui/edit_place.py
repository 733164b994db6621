"""Where an edit was made, so Ångra and Gör om can show it before they change it.

Every command remembers the page, meeting and phase the window showed when it
was stored (EditController.where). Ctrl+Z in Träff 1 that takes back a gap
entered in Träff 2 would otherwise change a meeting out of sight: the window
goes to Träff 2's Glapp first, so the facilitator sees what is undone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from storage.records import record

if TYPE_CHECKING:
    from ui.main_window import MainWindow


@record
class EditPlace:
    """A page of the window: ``page`` is its index in MainWindow.pages; a
    meeting page also names the meeting and its phase."""

    page: int
    meeting_id: str | None = None
    phase: int | None = None


def place_of(command: QUndoCommand | None) -> EditPlace | None:
    """Where ``command`` was stored; a macro's steps were all stored in one place."""
    if command is None:
        return None
    place = getattr(command, "place", None)
    if place is None and command.childCount() > 0:
        place = getattr(command.child(0), "place", None)
    return place if isinstance(place, EditPlace) else None


def window_place(window: MainWindow) -> EditPlace:
    """The page the window shows now."""
    from ui.main_window import PAGE_MEETING

    page = window.pages.currentIndex()
    if page != PAGE_MEETING:
        return EditPlace(page)
    return EditPlace(page, window.meeting_view.meeting_id, window.meeting_view.phase)


def step_there(window: MainWindow, *, undo: bool) -> None:
    """Ångra (``undo``) or Gör om, after showing where that step was made.

    What was typed in the meeting shown is settled before leaving it (the user
    is asked). Added, it is the newest step, made here: the window stays, and
    the next Ångra takes it back first. Added before a Gör om, it ends what was
    left to redo, as any new edit does; the window says so.
    """
    window.flush_edits()
    stack = window.controller.stack
    place = place_of(stack.command(stack.index() - 1 if undo else stack.index()))
    if place is not None:
        index = stack.index()
        if _leaves_meeting(window, place) and not window.may_leave_meeting():
            return  # back to what was typed
        if stack.index() != index:
            if not undo:
                window.show_passing_news(
                    QCoreApplication.translate(
                        "EditPlace",
                        "Det du skrev är tillagt. Därför finns det inget kvar att göra om.",
                    )
                )
            return
        if not go_to_place(window, place):
            return
    if undo:
        stack.undo()
    else:
        stack.redo()


def _leaves_meeting(window: MainWindow, place: EditPlace) -> bool:
    """Showing ``place`` means leaving the meeting the meeting pages hold."""
    from ui.main_window import PAGE_MEETING

    return (
        place.page == PAGE_MEETING
        and place.meeting_id is not None
        and place.meeting_id != window.meeting_view.meeting_id
        and window.forum.meetings.find(place.meeting_id) is not None
    )


def go_to_place(window: MainWindow, place: EditPlace) -> bool:
    """Show ``place``; False when the window could not (the user stayed with what
    was typed in the meeting shown). A meeting removed since cannot be shown:
    the window stays where it is."""
    from ui.main_window import NAV_OF_PAGE, PAGE_MEETING

    if window_place(window) == place:
        return True
    if place.page != PAGE_MEETING:
        window.sidebar.nav_buttons[NAV_OF_PAGE[place.page]].click()
        return True
    if place.meeting_id is None or window.forum.meetings.find(place.meeting_id) is None:
        return True
    if not window.show_meeting(place.meeting_id):
        return False
    if place.phase is not None and window.meeting_view.phase != place.phase:
        window.meeting_view.show_phase(place.phase)
    return True
