"""The step bar of a meeting's phases: one row, or two when one would not fit."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QToolButton, QWidget

from ui.style import STEP_BAR_STYLE

SPACING = 4
# Width a button gets beyond its size hint when the row has room for it: the
# style's padding is narrow so that a row that is short of room gives this up
# (down to the size hint, never cutting a name) before it wraps.
COMFORT = 12


class StepBar(QWidget):
    """Phase buttons in one row; in two rows when one row would cut their names
    short (the smallest window, longer names in English).

    It places the buttons itself. Its height follows its width (heightForWidth),
    so the layout above gives it the room for two rows in the same pass that
    makes it narrow; and it asks only for the two-row width as its minimum, so
    a narrow window wraps the bar instead of squeezing the sidebar.

    Each button gets its size hint and, as far as the row has room, up to
    ``COMFORT`` more: one row holds at the size hints (a 1100 px window), and a
    wide window keeps the roomier look.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.buttons: list[QToolButton] = []
        self._columns = 0
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setStyleSheet(STEP_BAR_STYLE)

    def add(self, button: QToolButton) -> None:
        self.buttons.append(button)
        self.updateGeometry()

    @property
    def rows(self) -> int:
        return self._rows_of(self._columns)

    def columns_for(self, width: int) -> int:
        count = len(self.buttons)
        return count if width >= self._row_width(count) else self._two_row_columns()

    # -- sizes -----------------------------------------------------------------

    def _rows_of(self, columns: int) -> int:
        return -(-len(self.buttons) // columns) if columns else 0

    def _two_row_columns(self) -> int:
        return -(-len(self.buttons) // 2)

    def _column_widths(self, columns: int) -> list[int]:
        """Each column as wide as its widest name."""
        widths = [0] * columns
        for index, button in enumerate(self.buttons):
            column = index % columns
            widths[column] = max(widths[column], button.sizeHint().width())
        return widths

    def _row_width(self, columns: int) -> int:
        return sum(self._column_widths(columns)) + SPACING * (columns - 1) if columns else 0

    def _row_height(self) -> int:
        return max((button.sizeHint().height() for button in self.buttons), default=0)

    def _height_of(self, columns: int) -> int:
        rows = self._rows_of(columns)
        return rows * self._row_height() + SPACING * max(0, rows - 1)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        return self._height_of(self.columns_for(width))

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        count = len(self.buttons)
        return QSize(self._row_width(count), self._height_of(count))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        columns = self._two_row_columns()
        return QSize(self._row_width(columns), self._height_of(columns))

    # -- placing ---------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._place(event.size().width())

    def _place(self, width: int) -> None:
        """The buttons left to right, wrapping after ``columns``; a column's
        buttons share its width, so two rows line up."""
        if not self.buttons:
            return
        columns = self.columns_for(width)
        spare = max(0, width - self._row_width(columns))
        extra = min(COMFORT, spare // columns)
        widths = [w + extra for w in self._column_widths(columns)]
        height = self._row_height()
        for index, button in enumerate(self.buttons):
            row, column = divmod(index, columns)
            x = sum(widths[:column]) + SPACING * column
            button.setGeometry(x, row * (height + SPACING), widths[column], height)
        if columns != self._columns:
            self._columns = columns
            self.updateGeometry()  # the height for this width changed
