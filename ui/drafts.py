"""Text typed but not stored, before the window lets go of it.

A capture line stores only on Enter, a field when it loses the keyboard.
Closing the window, opening another forum, restoring, merging or switching
language builds a new window (or none), and another meeting replaces what
the meeting pages show, so typed text would silently vanish: fields store
first, and the user is asked about the rest (lines not entered, values
refused). The questions are in ui.draft_questions, loaded only when there is
something to ask: every close runs this module.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from ui.widgets.capture_line import CaptureLine
from ui.widgets.refused_mark import is_marked_refused, refused_reason, unmark_refused

if TYPE_CHECKING:
    from ui.main_window import MainWindow


def typed_lines(window: QWidget) -> list[CaptureLine]:
    """The window's capture lines holding typed text, pages out of sight included."""
    return [line for line in window.findChildren(CaptureLine) if line.text().strip()]


def refused_fields(window: QWidget) -> list[QLineEdit | QPlainTextEdit]:
    """The window's fields showing a typed value that was refused (not stored)."""
    fields: list[QLineEdit | QPlainTextEdit] = [
        *window.findChildren(QLineEdit),
        *window.findChildren(QPlainTextEdit),
    ]
    return [field for field in fields if is_marked_refused(field)]


def _typed(field: QLineEdit | QPlainTextEdit) -> str:
    return field.text() if isinstance(field, QLineEdit) else field.toPlainText()


def settle_drafts(window: MainWindow, *, restoring: bool = False) -> bool:
    """True when no typed text is left to lose: fields have stored theirs, and
    lines not entered and values refused were added or thrown away as the user
    chose.

    False when the user went back to the window, or a line refused its text
    (its store has said why, and the text stays to correct).
    """
    window.flush_edits()  # while the forum is still open: a field stores as it loses focus
    return _settle_lines(window, window, restoring) and _settle_refused(
        window,
        window,
        window.show_stored_values,  # should the window stay (an open that fails)
    )


def settle_meeting_drafts(window: MainWindow) -> bool:
    """As ``settle_drafts``, for the meeting shown, before another is shown in
    its pages: its lines not entered are added to it or thrown away, its
    refused values thrown away, as the user chooses. False: stay on it."""
    scope = window.meeting_view
    focused = window.focusWidget()
    if focused is not None and scope.isAncestorOf(focused):
        focused.clearFocus()  # a field stores as it loses the keyboard
    return _settle_lines(window, scope, False) and _settle_refused(window, scope, None)


def _settle_lines(window: QWidget, scope: QWidget, restoring: bool) -> bool:
    lines = typed_lines(scope)
    if not lines:
        return True
    from ui import draft_questions

    addable = all(line.isEnabled() for line in lines)
    choice = draft_questions.ask_about_drafts(
        window, [line.text() for line in lines], restoring=restoring, addable=addable
    )
    if choice is None:
        return False
    for line in lines:
        if choice == draft_questions.DISCARD:
            line.clear()
        elif not line.submit():
            return False
    return True


def _settle_refused(
    window: QWidget, scope: QWidget, show_stored: Callable[[], None] | None
) -> bool:
    fields = refused_fields(scope)
    if not fields:
        return True
    from ui.draft_questions import ask_about_refused

    if not ask_about_refused(window, [(_typed(field), refused_reason(field)) for field in fields]):
        return False
    for field in fields:
        unmark_refused(field)
        # Let go of the typing, so the stored value may be shown over it.
        if isinstance(field, QLineEdit):
            field.setModified(False)
        else:
            field.document().setModified(False)
    if show_stored is not None:
        show_stored()
    return True
