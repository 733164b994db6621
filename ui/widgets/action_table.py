"""A table view set up the same way for the follow-up, history and action tables.

Short columns (dates, statuses) fit their content; the text columns share
the rest of the width by weight, so a long organisation name cannot crowd
out the action's title.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget


class _ShareWidth(QObject):
    """Fits the short columns to their content and shares the rest by weight."""

    def __init__(self, view: QTableView, weights: dict[int, float]) -> None:
        super().__init__(view)
        self.view = view
        self.weights = weights
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        model = view.model()
        for signal in (
            model.rowsInserted,
            model.rowsRemoved,
            model.dataChanged,
            model.layoutChanged,
            model.modelReset,
        ):
            signal.connect(self.apply)
        view.viewport().installEventFilter(self)
        self.apply()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.apply()
        return False

    def apply(self, *_args: object) -> None:
        header = self.view.horizontalHeader()
        fitted = 0
        for column in range(header.count()):
            if column not in self.weights:
                width = max(header.sectionSizeHint(column), self.view.sizeHintForColumn(column))
                header.resizeSection(column, width)
                fitted += width
        free = max(self.view.viewport().width() - fitted, 60 * len(self.weights))
        total = sum(self.weights.values())
        columns = sorted(self.weights)
        used = 0
        for column in columns[1:]:
            width = int(free * self.weights[column] / total)
            header.resizeSection(column, width)
            used += width
        header.resizeSection(columns[0], free - used)


def action_table_view(parent: QWidget) -> QTableView:
    """One row selected at a time, read-only cells, no row numbers."""
    view = QTableView(parent)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setTabKeyNavigation(False)  # Tab leaves the table for the next field
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)  # wrap_rows turns it on where rows may grow
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    return view


def share_width(view: QTableView, weights: dict[int, float]) -> None:
    """Columns in ``weights`` share the free width; the others fit their content.

    Call after the model is set.
    """
    _ShareWidth(view, weights)


def wrap_rows(view: QTableView, max_lines: int) -> None:
    """Wrapped text makes rows taller, up to ``max_lines`` (the rest is elided)."""
    view.setWordWrap(True)

    def fit(*_args: object) -> None:
        view.resizeRowsToContents()
        tallest = view.fontMetrics().lineSpacing() * max_lines + 8
        for row in range(view.model().rowCount()):
            if view.rowHeight(row) > tallest:
                view.setRowHeight(row, tallest)

    model = view.model()
    for signal in (
        model.rowsInserted,
        model.dataChanged,
        model.layoutChanged,
        model.modelReset,
        view.horizontalHeader().sectionResized,
    ):
        signal.connect(fit)
    fit()
