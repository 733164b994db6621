"""The questions about typed text the window would let go of (ui.drafts):
lines not entered, and values refused. Each quotes what was typed, one line
each, so the user recognises it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from app.i18n import translate
from app.text_cleaning import one_line
from ui import session_dialogs

ADD = "add"
DISCARD = "discard"
SHOWN_AT_MOST = 5  # more drafts than this are counted, not quoted
QUOTED_AT_MOST = 120  # characters of each, on one line: a pasted page stays readable


def _refused_value(text: str, reason: str) -> str:
    """The refused value and why, as one line of the question."""
    value = one_line(text, QUOTED_AT_MOST) or translate("Drafts", "(tomt)")
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
    parent: QWidget, typed: list[str], *, restoring: bool = False, addable: bool = True
) -> str | None:
    """ADD, DISCARD or None (go back to the window and its typing).

    ``restoring``: a backup is about to replace the forum, so adding would only
    put the text in the file set aside; the choice is to go on without it.
    ``addable`` False: a line waits for a choice on its page (a cause with no
    gap chosen) and cannot take its text from here.
    """
    box = _quoting_box(
        parent,
        "draftsBox",
        QMessageBox.Icon.Question,
        translate("Drafts", "Du har skrivit något som inte har lagts till än:"),
        [one_line(text, QUOTED_AT_MOST) for text in typed],
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


def ask_about_refused(parent: QWidget, refused: list[tuple[str, str]]) -> bool:
    """``refused``: (the value typed, why it was refused) of each field.
    True: go on without them; False: back to correct them."""
    box = _quoting_box(
        parent,
        "refusedBox",
        QMessageBox.Icon.Warning,
        translate("Drafts", "Det här godtogs inte och har inte sparats:"),
        [_refused_value(text, reason) for text, reason in refused],
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
