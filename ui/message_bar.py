"""A visible, non-blocking line for refusals and failures during capture.

It also carries the odd piece of news that needs no answer (a restored backup,
a file checked after a crash) in a calmer colour.

It floats over the top of its parent instead of taking a place in its layout:
a bar that pushed the page down moved the very field the facilitator was
typing in by its height. At the top it covers the meeting's title (a longer
message its date too) or a page's heading; when the field that has the
keyboard lies under that spot, it floats over the bottom of the parent.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QToolButton, QWidget

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
MARGIN_Y = 4


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
        self.at_bottom = False  # floats over the bottom (the top holds the focus)
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
        self._leave_layout()  # before it shows: shown in the layout, it would push the page
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

    def _leave_layout(self) -> None:
        """Out of the parent's layout, if it was put in one: a place there would
        push everything below it down while the bar shows."""
        parent = self.parentWidget()
        layout = parent.layout() if parent is not None else None
        if layout is not None and layout.indexOf(self) >= 0:
            layout.removeWidget(self)

    def _place(self) -> None:
        parent = self.parentWidget()
        if parent is None or self.isHidden():  # shown in a window not shown yet: placed
            return
        width = max(0, parent.width() - 2 * MARGIN_X)
        height = self.heightForWidth(width) if self.hasHeightForWidth() else -1
        height = max(height, self.minimumSizeHint().height())
        top = QRect(MARGIN_X, MARGIN_Y, width, height)
        self.at_bottom = self._covers_focus(top)
        if self.at_bottom:
            top.moveBottom(parent.height() - 1 - MARGIN_Y)
        if self.geometry() != top:
            self.setGeometry(top)

    def _covers_focus(self, rect: QRect) -> bool:
        focus = QApplication.focusWidget()
        parent = self.parentWidget()
        if focus is None or parent is None or self.isAncestorOf(focus):
            return False
        if not parent.isAncestorOf(focus):
            return False
        corner = focus.mapTo(parent, QPoint(0, 0))
        return rect.intersects(QRect(corner, focus.size()))

    def _focus_changed(self, _old: QWidget | None, _new: QWidget | None) -> None:
        if self.isVisible():
            self._place()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize:
            self._place()
        return False
