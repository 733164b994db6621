"""A field whose value was refused: marked "not stored" until its text changes.

A refused edit leaves the typed text in its field to be corrected, and the
message bar says why. The message goes at the next edit or page change,
while the field would still show the text as if it were stored; the mark
(a red frame and a tooltip) stays with the field instead, until its text
changes: corrected by the user, or the stored value shown again.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from app.i18n import QT_TRANSLATE_NOOP

REFUSED_PROPERTY = "samsynRefused"
_TIP = QT_TRANSLATE_NOOP("RefusedMark", "Inte sparat: värdet godtogs inte. Rätta det.")
_STYLE = "{kind} {{ border: 2px solid #c0392b; background: #fdecea; }}"


def mark_refused(field: QWidget) -> None:
    """Mark ``field`` (a line, a text box, or a widget with a ``line``) as not stored."""
    target = getattr(field, "line", field)
    if not isinstance(target, QLineEdit | QPlainTextEdit) or target.property(REFUSED_PROPERTY):
        return
    style, tip = target.styleSheet(), target.toolTip()
    target.setProperty(REFUSED_PROPERTY, True)
    kind = "QLineEdit" if isinstance(target, QLineEdit) else "QPlainTextEdit"
    target.setStyleSheet(_STYLE.format(kind=kind))
    target.setToolTip(QCoreApplication.translate("RefusedMark", _TIP))

    def clear(*_args: object) -> None:
        target.textChanged.disconnect(clear)
        target.setProperty(REFUSED_PROPERTY, False)
        target.setStyleSheet(style)
        target.setToolTip(tip)

    target.textChanged.connect(clear)


def is_marked_refused(field: QWidget) -> bool:
    return bool(getattr(field, "line", field).property(REFUSED_PROPERTY))
