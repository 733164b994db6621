"""Text typed but not stored, before the window lets go of it.

A capture line stores only on Enter, a field when it loses the keyboard.
Closing the window, opening another forum, restoring, merging or switching
language builds a new window (or none), and another meeting replaces what
the meeting pages show, so typed text would silently vanish: fields store
first, and the user is asked about the rest (lines not entered, values
refused).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox, QPlainTextEdit, QWidget

from app.i18n import translate
from app.text_cleaning import one_line
from ui.widgets.capture_line import CaptureLine
from ui.widgets.refused_mark import is_marked_refused, refused_reason, unmark_refused

if TYPE_CHECKING:
    from ui.main_window import MainWindow

ADD = "add"
DISCARD = "discard"
SHOWN_AT_MOST = 5  # more drafts than this are counted, not quoted
QUOTED_AT_MOST = 120  # characters of each, on one line: a pasted page stays readable


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


def _refused_value(field: QLineEdit | QPlainTextEdit) -> str:
    """The refused value and why, as one line of the question."""
    text = field.text() if isinstance(field, QLineEdit) else field.toPlainText()
    value = one_line(text, QUOTED_AT_MOST) or translate("Drafts", "(tomt)")
    reason = refused_reason(field)
    return f"{value} – {reason}" if reason else value


def drafts_text(drafts: list[str]) -> str:
    quoted = [f"• {text}" for text in drafts[:SHOWN_AT_MOST]]
    if len(drafts) > SHOWN_AT_MOST:
        quoted.append(translate("Drafts", "… och {n} till").format(n=len(drafts) - SHOWN_AT_MOST))
    return "\n".join(quoted)


def _quoting_box(
    parent: QWidget, name: str, kind: QMessageBox.Icon, heading: str, typed: list[str]
) -> QMessageBox:
    """A box that says ``heading`` and quotes what was typed, as plain text."""
    box = QMessageBox(parent)
    box.setObjectName(name)
    box.setWindowTitle("Samsyn")
    box.setIcon(kind)
    box.setTextFormat(Qt.TextFormat.PlainText)  # typed text is never markup
    box.setText(heading + "\n\n" + drafts_text(typed))
    return box


def ask_about_drafts(
    parent: QWidget, drafts: list[str], *, restoring: bool = False, addable: bool = True
) -> str | None:
    """ADD, DISCARD or None (go back to the window and its typing).

    ``restoring``: a backup is about to replace the forum, so adding would only
    put the text in the file set aside; the choice is to go on without it.
    ``addable`` False: a line waits for a choice on its page (a cause with no
    gap chosen) and cannot take its text from here.
    """
    from ui import session_dialogs  # not at every close: only when there is a draft

    box = _quoting_box(
        parent,
        "draftsBox",
        QMessageBox.Icon.Question,
        translate("Drafts", "Du har skrivit något som inte har lagts till än:"),
        drafts,
    )
    if restoring:
        why = translate(
            "Drafts",
            "Säkerhetskopian har inte med det, så det försvinner när den återställs. "
            "Välj Avbryt om du vill kopiera texten först.",
        )
        discard_text = translate("Drafts", "Återställ ändå")
    elif not addable:
        why = translate(
            "Drafts",
            "Det går inte att lägga till härifrån. Välj Avbryt och lägg till det där du "
            "skrev det, eller Släng.",
        )
        discard_text = translate("Drafts", "Släng")
    else:
        why = translate("Drafts", "Vill du lägga till det nu? Annars försvinner det.")
        discard_text = translate("Drafts", "Släng")
    box.setInformativeText(why)
    add = None
    if addable and not restoring:
        add = box.addButton(translate("Drafts", "Lägg till"), QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton(discard_text, QMessageBox.ButtonRole.DestructiveRole)
    back = box.addButton(translate("Drafts", "Avbryt"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(add or back)
    box.setEscapeButton(back)
    clicked = session_dialogs.run_box(box)
    if add is not None and clicked is add:
        return ADD
    if clicked is discard:
        return DISCARD
    return None


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
    drafts = [one_line(line.text(), QUOTED_AT_MOST) for line in lines]
    addable = all(line.isEnabled() for line in lines)
    choice = ask_about_drafts(window, drafts, restoring=restoring, addable=addable)
    if choice is None:
        return False
    for line in lines:
        if choice == DISCARD:
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
    if not ask_about_refused(window, [_refused_value(field) for field in fields]):
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


def ask_about_refused(parent: QWidget, values: list[str]) -> bool:
    """True: go on without the refused values; False: back to correct them."""
    from ui import session_dialogs  # not at every close: only when a value was refused

    box = _quoting_box(
        parent,
        "refusedBox",
        QMessageBox.Icon.Warning,
        translate("Drafts", "Det här godtogs inte och har inte sparats:"),
        values,
    )
    box.setInformativeText(
        translate(
            "Drafts",
            "Välj Avbryt och rätta det, eller Släng, så behålls det som redan var sparat.",
        )
    )
    discard = box.addButton(translate("Drafts", "Släng"), QMessageBox.ButtonRole.DestructiveRole)
    back = box.addButton(translate("Drafts", "Avbryt"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(back)
    box.setEscapeButton(back)
    return session_dialogs.run_box(box) is discard
