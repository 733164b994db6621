"""Take the window to where a privacy finding is, so the facilitator can fix it.

The meeting and phase come from the finding's site; on the page, the item is
selected (or the field focused) where the page offers a way to do that.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QWidget

from app.model import NoteKind
from ui.meeting_view import PHASES
from ui.sidebar import NAV_FORUM, NAV_PEOPLE

# Fields of the meeting itself and the widget of the page that edits them.
_MEETING_FIELDS = {
    "title": "title_edit",
    "location": "location_edit",
    "purpose": "purpose_edit",
    "next_location": "next_location",
    "next_notes": "next_notes",
}
_FORUM_FIELDS = {"name": "name", "area": "area", "goal": "goal", "description": "description"}
# Fields of a gap or an action and the widget of the page's side panel that edits them.
_PANEL_FIELDS = {
    "gap": ("details", {"title": "title", "description": "description"}),
    "action": (
        "panel",
        {"title": "title", "description": "description", "success_measure": "success"},
    ),
}


def go_to_finding(window: Any, site: Any, *, remember: bool = True) -> None:
    """``window`` is the MainWindow; ``site`` an app.privacy.TextSite.

    ``remember=False`` only shows the place (a preview behind the privacy
    dialog): the meeting's stored phase is left as it was.
    """
    if site.meeting_id is None:
        _go_to_forum_wide(window, site)
        return
    if not _open_meeting(window, site.meeting_id, ask=remember):
        return  # removed since the check, or the user went back to typing
    view = window.meeting_view
    # Texts only the minutes show (Phase.AFTER) are edited on the last page.
    phase = view.phase if site.phase is None else min(int(site.phase), len(PHASES) - 1)
    view.show_phase(phase, remember=remember)
    _select_in_meeting(window, view.pages[phase], site)


def shown_meeting_place(window: Any) -> tuple[str, int] | None:
    """The meeting and phase the window shows, or None on another page."""
    meeting_id = window.shown_meeting_id()
    return None if meeting_id is None else (meeting_id, window.meeting_view.phase)


def return_to_meeting(window: Any, place: tuple[str, int]) -> None:
    """Back to ``place`` (shown_meeting_place) after previews moved the window."""
    meeting_id, phase = place
    if shown_meeting_place(window) == place:
        return
    if _open_meeting(window, meeting_id, ask=False):  # else removed: stay where it is
        window.meeting_view.show_phase(phase, remember=False)  # going back is not a choice


def _open_meeting(window: Any, meeting_id: str, *, ask: bool = True) -> bool:
    """Show ``meeting_id``, selected in the sidebar; False when it no longer exists
    or the user stayed with what was typed in the meeting shown. ``ask=False``: a
    preview behind the privacy dialog moves without asking (the lines keep their
    text, and return_to_meeting brings their meeting back)."""
    if window.ctx.forum.meetings.find(meeting_id) is None:
        return False
    return bool(window.show_meeting(meeting_id, ask=ask))


def _select_in_meeting(window: Any, page: Any, site: Any) -> None:
    key = site.key[-1] if site.key else ""
    table = site.table
    if table in ("gap", "action"):
        _select_row(page, page.model.row_of(key))
        panel_name, fields = _PANEL_FIELDS[table]
        panel = getattr(page, panel_name, None)
        _focus(getattr(panel, fields.get(site.field, ""), None))  # else the table keeps it
    elif table == "followup":
        _select_row(page, page.model.row_of(key))  # the followup's action id
    elif table == "cause":
        cause = window.ctx.forum.causes.find(key)
        if cause is not None:
            page.choose_gap(cause.gap_id)
            page.select_cause(cause.id)
            page.tree.setFocus(Qt.FocusReason.OtherFocusReason)
    elif table == "meeting_note" and site.note_kind in tuple(NoteKind):
        kind = NoteKind(site.note_kind)
        model = page.models[kind]
        _select_in_view(page.editors[kind].view, model, model.row_of(key))
    elif table == "agenda_item":
        row = page.agenda.row_of(key)
        if row is not None:
            page.agenda_view.select_row(row)
            page.agenda_view.setFocus(Qt.FocusReason.OtherFocusReason)
    elif table == "meeting":
        _focus(getattr(page, _MEETING_FIELDS.get(site.field, ""), None))


def _go_to_forum_wide(window: Any, site: Any) -> None:
    key = site.key[-1] if site.key else ""
    if site.table in ("person", "organisation"):
        window.sidebar.nav_buttons[NAV_PEOPLE].click()
        page = window.people_page
        if site.table == "person":
            _select_in_view(page.people_view, page.people, page.people.row_of(key))
        else:
            _select_in_view(
                page.organisations_view, page.organisations, page.organisations.row_of(key)
            )
        return
    window.sidebar.nav_buttons[NAV_FORUM].click()
    page = window.forum_page
    if site.table == "cause_category":
        view = page.category_editor.view
        _select_in_view(view, page.categories, page.categories.row_of(key))
    elif site.table == "forum":
        _focus(getattr(page, _FORUM_FIELDS.get(site.field, ""), None))


def _select_row(page: Any, row: int | None) -> None:
    if row is not None:
        page.select_row(row)
        page.table.setFocus(Qt.FocusReason.OtherFocusReason)


def _select_in_view(view: QAbstractItemView, model: Any, row: int | None) -> None:
    if row is None:
        return
    index = model.index(row, 0)
    flags = QItemSelectionModel.SelectionFlag
    view.selectionModel().setCurrentIndex(index, flags.ClearAndSelect | flags.Rows)
    view.scrollTo(index)
    view.setFocus(Qt.FocusReason.OtherFocusReason)


def _focus(widget: QWidget | None) -> None:
    if isinstance(widget, QWidget) and widget.isEnabled():
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
