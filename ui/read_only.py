"""A forum opened read-only: the banner that says so, and every editing control locked.

The lock is applied centrally, by widget type, so a page need not know about
it: text fields become read-only, capture lines, buttons and choices are
disabled (and stay so when a page enables them again), item views stop
editing in place. What only looks or moves around is listed in ``SAFE_NAMES``
(navigation, filters, the minutes strip) or marked with ``mark_safe``; a
control nobody listed is locked, so a new editing control is safe by default.
The EditController refuses every edit of a read-only forum as well (keys,
shortcuts): the lock here is what the user sees.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QMouseEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QWidget,
)

from app.i18n import QT_TRANSLATE_NOOP
from storage.files import writable_here
from ui.widgets.capture_line import CaptureLine

SAFE_PROPERTY = "samsynReadOnlySafe"
# Controls (and everything inside them) that read, filter or move around.
SAFE_NAMES = frozenset(
    {
        "nav0",
        "nav1",
        "nav2",
        *(f"phaseStep{n}" for n in range(1, 9)),
        "meetingList",
        "causeGap",
        "registerSearch",
        "registerStatus",
        "registerOwner",
        "registerOrganisation",
        "registerOverdue",
        "registerExport",
        "minutesBar",
        "messageBar",
        "readOnlyBanner",
    }
)

_C = "ReadOnly"
REASON_LOCKED = QT_TRANSLATE_NOOP(
    "ReadOnly", "filen är öppen för redigering i en annan Samsyn ({holder})."
)
REASON_NOT_WRITABLE = QT_TRANSLATE_NOOP(
    "ReadOnly", "du har inte skrivrätt till filen eller till mappen den ligger i."
)
REASON_CHOSEN = QT_TRANSLATE_NOOP("ReadOnly", "filen öppnades skrivskyddad.")


def read_only_reason(path: Path, holder: str | None = None) -> str:
    """Why ``path`` is open read-only, as the banner's middle part.

    ``holder``: who has it open for editing, when that is why.
    """
    if holder is not None:
        return QCoreApplication.translate(_C, REASON_LOCKED).format(holder=holder)
    if not writable_here(path):
        return QCoreApplication.translate(_C, REASON_NOT_WRITABLE)
    return QCoreApplication.translate(_C, REASON_CHOSEN)


def mark_safe(widget: QWidget) -> QWidget:
    """Keep ``widget`` (and what is inside it) working when the forum is read-only."""
    widget.setProperty(SAFE_PROPERTY, True)
    return widget


class ReadOnlyBanner(QFrame):
    """The strip across the top of the window: read-only, why, and a way back."""

    reopen_requested = Signal()

    def __init__(self, reason: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readOnlyBanner")
        self.setStyleSheet(
            "#readOnlyBanner { background: #fff4d6; border-bottom: 2px solid #d08a00; }"
            "#readOnlyBanner QLabel { color: #3d2a00; }"
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 8, 10, 8)
        self.label = QLabel(
            self.tr("<b>Skrivskyddad:</b> {reason} Ändringar sparas inte.").format(
                reason=reason.replace("&", "&amp;").replace("<", "&lt;")
            ),
            self,
        )
        self.label.setObjectName("readOnlyText")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.reopen = QPushButton(self.tr("Försök öppna för redigering"), self)
        self.reopen.setObjectName("readOnlyReopen")
        self.reopen.setToolTip(
            self.tr("Öppnar filen igen med skrivrätt, om ingen annan har den öppen längre")
        )
        self.reopen.clicked.connect(self.reopen_requested)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.reopen)

    def text(self) -> str:
        """The banner's words without markup."""
        return self.label.text().replace("<b>", "").replace("</b>", "")


class ReadOnlyGuard(QObject):
    """Locks every editing control under a window; ``apply`` again after new widgets."""

    # A widget already locked carries this property: the mark dies with the widget,
    # whereas an id() may be reused by a page built after another was destroyed.
    LOCKED_PROPERTY = "samsynLocked"

    def apply(self, root: QWidget) -> None:
        for widget in root.findChildren(QWidget):
            if not _is_safe(widget, root):
                self._lock(widget)

    def _lock(self, widget: QWidget) -> None:
        if isinstance(widget, CaptureLine):
            self._keep_disabled(widget)  # a greyed capture line says "nothing to type here"
        elif isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit | QAbstractSpinBox):
            widget.setReadOnly(True)  # the text can still be selected and copied
            palette = widget.palette()  # and the field no longer looks like one to type in
            palette.setColor(QPalette.ColorRole.Base, palette.color(QPalette.ColorRole.Window))
            widget.setPalette(palette)
        elif isinstance(widget, QAbstractItemView):
            self._lock_view(widget)
        elif isinstance(widget, QAbstractButton | QComboBox):
            self._keep_disabled(widget)

    def _keep_disabled(self, widget: QWidget) -> None:
        widget.setEnabled(False)
        if not widget.property(self.LOCKED_PROPERTY):
            widget.setProperty(self.LOCKED_PROPERTY, True)
            widget.installEventFilter(self)

    def _lock_view(self, view: QAbstractItemView) -> None:
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setDragDropMode(QAbstractItemView.DragDropMode.NoDragDrop)
        if not view.property(self.LOCKED_PROPERTY):
            view.setProperty(self.LOCKED_PROPERTY, True)
            view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.EnabledChange and isinstance(watched, QWidget):
            if watched.isEnabled():  # a page enabled it again (e.g. a row was selected)
                watched.setEnabled(False)
            return False
        if kind in (QEvent.Type.MouseButtonRelease, QEvent.Type.MouseButtonDblClick):
            # A click on a check box in a list would tick it: swallow it (selection
            # happens on the press, which goes through).
            view = watched.parent()
            if isinstance(view, QAbstractItemView) and isinstance(event, QMouseEvent):
                index = view.indexAt(event.position().toPoint())
                if index.isValid() and index.flags() & Qt.ItemFlag.ItemIsUserCheckable:
                    return True
        return False


def _is_safe(widget: QWidget, root: QWidget) -> bool:
    current: QWidget | None = widget
    while current is not None and current is not root:
        if current.objectName() in SAFE_NAMES or current.property(SAFE_PROPERTY):
            return True
        current = current.parentWidget()
    return False
