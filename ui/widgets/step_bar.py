"""The step bar of a meeting's phases: one row, or two when one would not fit."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QSizePolicy, QToolButton, QWidget

from ui.style import STEP_BAR_STYLE

SPACING = 4


class StepBar(QWidget):
    """Phase buttons in one row; in two rows when one row would cut their names
    short (the smallest window, a large font, longer names in English)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.buttons: list[QToolButton] = []
        self._columns = 0
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(SPACING)
        self.setStyleSheet(STEP_BAR_STYLE)

    def add(self, button: QToolButton) -> None:
        # Wider than its text when in two rows: a column's buttons line up.
        button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.buttons.append(button)
        self._arrange(len(self.buttons), force=True)

    @property
    def rows(self) -> int:
        return -(-len(self.buttons) // self._columns) if self._columns else 0

    def one_row_width(self) -> int:
        hints = [button.sizeHint().width() for button in self.buttons]
        return sum(hints) + SPACING * max(0, len(hints) - 1)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._fit()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit()  # the names' widths changed

    def _fit(self) -> None:
        count = len(self.buttons)
        if not count:
            return
        # Only the width decides, so a new height cannot bring the other layout back.
        self._arrange(count if self.width() >= self.one_row_width() else -(-count // 2))

    def _arrange(self, columns: int, force: bool = False) -> None:
        if columns == self._columns and not force:
            return
        for column in range(self._grid.columnCount()):
            self._grid.setColumnStretch(column, 0)
        for button in self.buttons:
            self._grid.removeWidget(button)
        for index, button in enumerate(self.buttons):
            self._grid.addWidget(button, index // columns, index % columns)
        self._grid.setColumnStretch(columns, 1)  # the buttons keep to the left
        self._columns = columns
