"""Form fields that say when the facilitator has finished editing them.

Each emits ``editing_finished`` on Enter or when the focus leaves, which is
when the page stores the value (one undo step per finished edit).
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QEvent, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QCalendarWidget,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from ui.widgets.one_line import OneLineEdit


def window_undo_key(event: QEvent, undo_available: bool, redo_available: bool) -> bool:
    """True for Ctrl+Z / Ctrl+Shift+Z that the field has nothing of its own to use on.

    A text field claims those keys even with an empty history; then they
    should reach the window, whose undo takes back the last stored edit.
    """
    if event.type() != QEvent.Type.ShortcutOverride or not isinstance(event, QKeyEvent):
        return False
    if event.matches(QKeySequence.StandardKey.Undo):
        return not undo_available
    redo = event.matches(QKeySequence.StandardKey.Redo) or event.keyCombination() in (
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier | Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.Key.Key_Y,
    )
    return redo and not redo_available


class FieldLine(OneLineEdit):
    """One line of a form: its own Ctrl+Z while typing, the window's after storing."""

    def leaves_to_window(self, key: QKeyEvent) -> bool:
        if window_undo_key(key, self.isUndoAvailable(), self.isRedoAvailable()):
            return True
        return super().leaves_to_window(key)

    def forget_typing(self) -> None:
        """After the value is stored: Ctrl+Z now means the stored edit."""
        cursor = self.cursorPosition()
        super().setText(self.text())  # setText starts a new undo history
        self.setCursorPosition(cursor)  # where the facilitator was typing

    def setText(self, text: str | None) -> None:  # noqa: N802 - Qt's name
        """A long value shows its start, not its end, unless it is being typed in."""
        super().setText(text)
        if not is_typed_in(self):
            self.setCursorPosition(0)


def is_typed_in(field: QWidget) -> bool:
    """``field`` has the keyboard, or gets it back when its window is active again
    (hasFocus is False while another program is in front)."""
    return field.window().focusWidget() is field


def hint_label(text: str, parent: QWidget) -> QLabel:
    """A short key hint or note: muted, but dark enough to read on a projector."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setStyleSheet("color: #5a6270;")
    return label


class DateLine(QWidget):
    """A date typed as YYYY-MM-DD, or picked from a calendar (Alt+Down)."""

    editing_finished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.line = FieldLine(self)
        self.line.setPlaceholderText(self.tr("ÅÅÅÅ-MM-DD"))
        self.line.editingFinished.connect(self.editing_finished)
        self.line.installEventFilter(self)
        self.button = QToolButton(self)
        self.button.setText("▾")
        self.button.setToolTip(self.tr("Välj datum i kalendern (Alt+Ned)"))
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.button.clicked.connect(self.show_calendar)
        layout.addWidget(self.line, 1)
        layout.addWidget(self.button)
        self.setFocusProxy(self.line)

    def text(self) -> str:
        return self.line.text()

    def setText(self, text: str) -> None:
        self.line.setText(text)

    def forget_typing(self) -> None:
        self.line.forget_typing()

    def eventFilter(self, watched, event) -> bool:
        if (
            watched is self.line
            and isinstance(event, QKeyEvent)
            and event.type() == QKeyEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Down
            and event.modifiers() & Qt.KeyboardModifier.AltModifier
        ):
            self.show_calendar()
            return True
        return False

    def show_calendar(self) -> None:
        menu = QMenu(self)
        calendar = QCalendarWidget(menu)
        calendar.setGridVisible(True)
        calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        current = QDate.fromString(self.line.text().strip(), "yyyy-MM-dd")
        if current.isValid():
            calendar.setSelectedDate(current)
        holder = QWidgetAction(menu)
        holder.setDefaultWidget(calendar)
        menu.addAction(holder)

        def chosen(day: QDate) -> None:
            menu.close()
            # As if typed (textEdited, modified, the field's own undo): the page
            # stores only fields that were edited.
            self.line.selectAll()
            self.line.insert(day.toString("yyyy-MM-dd"))
            self.line.setFocus()
            self.editing_finished.emit()

        calendar.activated.connect(chosen)
        calendar.clicked.connect(chosen)
        menu.popup(self.line.mapToGlobal(self.line.rect().bottomLeft()))
        calendar.setFocus()


class TextBox(QPlainTextEdit):
    """Several lines; stored when the focus leaves or on Ctrl+Enter. Tab moves on."""

    editing_finished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)

    def event(self, event: QEvent) -> bool:
        document = self.document()
        if window_undo_key(event, document.isUndoAvailable(), document.isRedoAvailable()):
            event.ignore()
            return False
        return super().event(event)

    def forget_typing(self) -> None:
        self.document().clearUndoRedoStacks()

    def finish(self) -> None:
        """Editing is over (focus gone, Ctrl+Enter): ``editing_finished``."""
        self.editing_finished.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
            event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.finish()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.finish()


class ChoiceCombo(QComboBox):
    """A pick list that is stored when the choice is made, not while browsing.

    Arrow keys and typed letters move through the names; the choice counts
    when the list's popup closes on an item, on Enter, or when the focus leaves.
    """

    editing_finished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._from_popup = False
        self.activated.connect(self._activated)

    def hidePopup(self) -> None:
        # Qt closes the popup just before it reports the item chosen in it.
        self._from_popup = True
        super().hidePopup()

    def showPopup(self) -> None:
        self._from_popup = False
        super().showPopup()

    def _activated(self, _index: int) -> None:
        if self._from_popup:
            self._from_popup = False
            self.editing_finished.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self._from_popup = False
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.editing_finished.emit()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if event.reason() != Qt.FocusReason.PopupFocusReason:  # its own list opening
            self.editing_finished.emit()
