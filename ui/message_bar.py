"""A visible, non-blocking line for refusals and failures during capture.

It also carries the odd piece of news that needs no answer (a restored backup,
a file checked after a crash) in a calmer colour.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

_PROBLEM_STYLE = (
    "#messageBar { background: #fdecea; border: 1px solid #f5c2bd; border-radius: 4px; }"
    "#messageBar QLabel { color: #6b1a13; }"
)
_NEWS_STYLE = (
    "#messageBar { background: #e8f1fb; border: 1px solid #b9d1ea; border-radius: 4px; }"
    "#messageBar QLabel { color: #173a5e; }"
)


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
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)  # file names are not markup
        close = QToolButton(self)
        close.setText("✕")
        close.setAutoRaise(True)
        close.setToolTip(self.tr("Stäng meddelandet"))
        close.clicked.connect(self.hide)
        layout.addWidget(self.label, 1)
        layout.addWidget(close)
        self.hide()

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
        self.show()

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
