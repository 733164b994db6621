"""A field whose value was refused: marked "not stored" until its text changes.

A refused edit leaves the typed text in its field to be corrected, and the
message bar says why. The message goes at the next edit or page change,
while the field would still show the text as if it were stored; the mark
(a red frame, the reason in its tooltip) stays with the field instead,
until its text changes or the page stores or shows the stored value.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from app.i18n import QT_TRANSLATE_NOOP

REFUSED_PROPERTY = "samsynRefused"
_CLEAR_PROPERTY = "samsynRefusedClear"
_REASON_PROPERTY = "samsynRefusedReason"
_TIP = QT_TRANSLATE_NOOP("RefusedMark", "Inte sparat: {reason}")
_STYLE = "{kind} {{ border: 2px solid #c0392b; background: #fdecea; padding: {padding}; }}"


def mark_refused(field: QWidget, reason: str) -> None:
    """Mark ``field`` (a line, a text box, or a widget with a ``line``) as not
    stored, ``reason`` (the refusal's message) in its tooltip."""
    target = _target(field)
    if not isinstance(target, QLineEdit | QPlainTextEdit) or target.property(REFUSED_PROPERTY):
        return
    style, tip = target.styleSheet(), target.toolTip()
    target.setProperty(REFUSED_PROPERTY, True)
    target.setProperty(_REASON_PROPERTY, reason)
    kind = "QLineEdit" if isinstance(target, QLineEdit) else "QPlainTextEdit"
    height = target.sizeHint().height()
    target.setStyleSheet(_STYLE.format(kind=kind, padding="0px"))
    if isinstance(target, QLineEdit):
        # The red frame is drawn in place of the style's own, which may be
        # thicker: pad it back, so a line in a row of lines does not shrink.
        short = height - target.sizeHint().height()
        if short > 0:
            padding = f"{short // 2}px 0px {short - short // 2}px 0px"
            target.setStyleSheet(_STYLE.format(kind=kind, padding=padding))
    target.setToolTip(QCoreApplication.translate("RefusedMark", _TIP).format(reason=reason))

    def clear(*_args: object) -> None:
        if not target.property(REFUSED_PROPERTY):
            return  # cleared already (unmark_refused)
        target.textChanged.disconnect(clear)
        target.setProperty(REFUSED_PROPERTY, False)
        target.setStyleSheet(style)
        target.setToolTip(tip)

    target.textChanged.connect(clear)
    target.setProperty(_CLEAR_PROPERTY, clear)


def unmark_refused(field: QWidget) -> None:
    """The value in ``field`` is stored, or the stored one is shown: no mark."""
    clear = _target(field).property(_CLEAR_PROPERTY)
    if callable(clear):
        clear()


def is_marked_refused(field: QWidget) -> bool:
    return bool(_target(field).property(REFUSED_PROPERTY))


def refused_reason(field: QWidget) -> str:
    """Why the value in a marked field was refused ("" when it is not marked)."""
    reason = _target(field).property(_REASON_PROPERTY)
    return reason if is_marked_refused(field) and isinstance(reason, str) else ""


def _target(field: QWidget) -> QWidget:
    return getattr(field, "line", field)  # type: ignore[no-any-return]
