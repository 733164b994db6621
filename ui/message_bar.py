"""A visible, non-blocking line for refusals and failures during capture.

It also carries the odd piece of news that needs no answer (a restored backup,
a file checked after a crash, what a delete took with it) in a calmer colour.

It floats, with a shadow, over the bottom of its parent instead of taking a
place in its layout: a bar that pushed the page down moved the very field the
facilitator was typing in by its height. The bottom of a page is a list that
scrolls on under it; the top holds the phase buttons and the page's heading,
which a bar there cut in half. When the field that has the keyboard lies under
the bottom spot, it floats over the top instead.
"""

from __future__ import annotations

from contextlib import suppress

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, QPoint, QRect, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QWidget,
)

_PROBLEM_STYLE = (
    "#messageBar { background: #fdecea; border: 1px solid #e3a39c; border-radius: 4px; }"
    "#messageBar QLabel { color: #6b1a13; }"
)
_NEWS_STYLE = (
    "#messageBar { background: #e8f1fb; border: 1px solid #9dbbdc; border-radius: 4px; }"
    "#messageBar QLabel { color: #173a5e; }"
)
# Lined up with the meeting view's content (its layout margins).
MARGIN_X = 16
MARGIN_Y = 8  # room for the shadow
SHADOW_BLUR = 14


class MessageBar(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)  # paint the colour
        # The style sheet is set when there is a message: a hidden bar need not pay
        # for the style-sheet style at start-up.
        self._news: bool | None = None
        self._transient = False
        self._fresh = False  # shown while the current event is handled
        self.at_bottom = True  # False: over the top, as the bottom holds the focus
        # The selection model of the focused list: its current cell is the focus.
        self._followed: QItemSelectionModel | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)  # file names are not markup
        close = QToolButton(self)
        close.setText("✕")
        close.setAutoRaise(True)
        close.setToolTip(self.tr("Stäng meddelandet"))
        close.setAccessibleName(close.toolTip())
        close.clicked.connect(self.hide)
        layout.addWidget(self.label, 1)
        layout.addWidget(close)
        self.hide()
        if parent is not None:
            parent.installEventFilter(self)  # follow its size
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)

    def show_message(self, text: str, *, news: bool = False, transient: bool = False) -> None:
        """``news``: information, not a problem (shown in blue, not red).
        ``transient``: about the last thing typed; ``dismiss_transient`` hides it."""
        self._transient = transient
        # A refusal raised by the very switch that would dismiss it (leaving a
        # field stores it, and is refused, on the way to another phase) stays.
        self._fresh = True
        QTimer.singleShot(0, self, self._settle)
        if news is not self._news:
            self._news = news
            self.setStyleSheet(_NEWS_STYLE if news else _PROBLEM_STYLE)
        self.label.setText(text)
        if self.graphicsEffect() is None:
            self._cast_shadow()
        self.show()
        self._place()  # already shown: the new text may need another height
        # Screen readers announce it, as they would a status line. Imported here:
        # QAccessible's many enums cost start-up time, and most starts say nothing.
        from PySide6.QtGui import QAccessible, QAccessibleEvent

        QAccessible.updateAccessibility(QAccessibleEvent(self.label, QAccessible.Event.Alert))

    def dismiss_transient(self) -> None:
        """The facilitator moved on (an edit stored, another page): a refusal of
        what was typed before says nothing any more. Other messages stay."""
        if self._transient and not self._fresh:
            self._transient = False
            self.hide()

    def _settle(self) -> None:
        self._fresh = False

    def text(self) -> str:
        return self.label.text() if self.isVisible() else ""

    # -- floating ----------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.raise_()  # over the pages, which were made after it
        self._place()

    def _cast_shadow(self) -> None:
        """A shadow says the bar lies over the page, not in it. Made at the first
        message: most starts show none."""
        from PySide6.QtGui import QColor
        from PySide6.QtWidgets import QGraphicsDropShadowEffect

        shadow = QGraphicsDropShadowEffect(self)
        shadow.setBlurRadius(SHADOW_BLUR)
        shadow.setOffset(0, 2)
        shadow.setColor(QColor(0, 0, 0, 90))
        self.setGraphicsEffect(shadow)

    def _place(self) -> None:
        parent = self.parentWidget()
        if parent is None or self.isHidden():  # shown in a window not shown yet: placed
            return
        width = max(0, parent.width() - 2 * MARGIN_X)
        height = self.heightForWidth(width) if self.hasHeightForWidth() else -1
        height = max(height, self.minimumSizeHint().height())
        spot = QRect(MARGIN_X, 0, width, height)
        spot.moveBottom(parent.height() - 1 - MARGIN_Y)
        self._follow_focus()
        self.at_bottom = not self._covers_focus(spot)
        if not self.at_bottom:
            spot.moveTop(MARGIN_Y)
        if self.geometry() != spot:
            self.setGeometry(spot)

    def _covers_focus(self, rect: QRect) -> bool:
        focus = QApplication.focusWidget()
        parent = self.parentWidget()
        if focus is None or parent is None or self.isAncestorOf(focus):
            return False
        if not parent.isAncestorOf(focus):
            return False
        return rect.intersects(_focus_rect(focus, parent))

    def _focus_changed(self, _old: QWidget | None, _new: QWidget | None) -> None:
        if self.isVisible():
            self._place()

    def _follow_focus(self) -> None:
        """A list's current cell moves without the focus moving: the bar moves
        out of its way, as the keys take it down the list and back up."""
        focus = QApplication.focusWidget()
        # A list given a new model has a new selection model: followed anew.
        model = focus.selectionModel() if isinstance(focus, QAbstractItemView) else None
        if self._followed is model:
            return
        if self._followed is not None:
            with suppress(RuntimeError):  # deleted with its list
                self._followed.currentChanged.disconnect(self._current_moved)
        self._followed = model
        if model is not None:
            model.currentChanged.connect(self._current_moved)

    def _current_moved(self) -> None:
        if self.isVisible():
            # After the list has scrolled the new cell into view.
            QTimer.singleShot(0, self, self._place)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize:
            self._place()
        return False


def _focus_rect(focus: QWidget, parent: QWidget) -> QRect:
    """Where the keyboard is, in ``parent``: a list's current cell (a long
    list fills the page, and the bar may lie over the rest of it), otherwise
    the whole field."""
    if isinstance(focus, QAbstractItemView) and focus.currentIndex().isValid():
        viewport = focus.viewport()
        cell = focus.visualRect(focus.currentIndex()).intersected(viewport.rect())
        if not cell.isEmpty():
            return QRect(viewport.mapTo(parent, cell.topLeft()), cell.size())
    return QRect(focus.mapTo(parent, QPoint(0, 0)), focus.size())
