"""Column widths that follow the window: fixed columns for dates and numbers,
the rest sharing what is left by weight (titles get more than names)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QHeaderView, QTableView


class WeightedColumns(QObject):
    """Keeps ``fixed`` columns at their width (pixels) and shares the rest of
    the view's width among ``weights`` columns, each at least ``minimum``."""

    def __init__(
        self,
        view: QTableView,
        weights: dict[int, float],
        fixed: dict[int, int] | None = None,
        minimum: int = 60,
    ) -> None:
        super().__init__(view)
        self.view, self.weights, self.fixed, self.minimum = view, weights, fixed or {}, minimum
        header = view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column in self.fixed:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        view.viewport().installEventFilter(self)
        self.apply()

    def apply(self) -> None:
        header = self.view.horizontalHeader()
        for column, width in self.fixed.items():
            header.resizeSection(column, width)
        spare = self.view.viewport().width() - sum(self.fixed.values())
        total = sum(self.weights.values()) or 1.0
        columns = sorted(self.weights)
        used = 0
        for column in columns[:-1]:
            width = max(self.minimum, int(spare * self.weights[column] / total))
            header.resizeSection(column, width)
            used += width
        if columns:  # the last one takes the rounding, so no gap is left at the right
            header.resizeSection(columns[-1], max(self.minimum, spare - used))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.apply()
        return False
