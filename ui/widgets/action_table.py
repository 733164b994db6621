"""A table view set up the same way for the follow-up, history and action tables.

Short columns (dates, statuses) fit their content; the text columns share
the rest of the width by weight, so a long organisation name cannot crowd
out the action's title.
"""

from __future__ import annotations

import contextlib
from collections.abc import Collection, Iterator

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

READABLE_CHARS = 14  # a text column narrower than this many letters is hard to read


def width_without_scrollbar(view: QTableView) -> int:
    """The viewport's width as if no vertical scroll bar were shown.

    Which columns to show must not depend on the scroll bar: showing them makes
    rows wrap and the bar appear, which would hide them again, for ever.
    """
    bar = view.verticalScrollBar()
    return view.viewport().width() + (bar.width() if bar.isVisible() else 0)


def too_narrow(view: QTableView, taken: int, text_columns: int) -> bool:
    """True when ``text_columns`` would get fewer than READABLE_CHARS letters each,
    beside the other columns' ``taken`` width."""
    readable = view.fontMetrics().horizontalAdvance("x") * READABLE_CHARS
    return width_without_scrollbar(view) - taken < readable * text_columns


class _ShareWidth(QObject):
    """Fits the short columns to their content and shares the rest by weight.

    A hidden view is only marked stale and caught up when shown: its width
    means nothing yet, and pages load their rows while hidden.
    """

    def __init__(
        self, view: QTableView, weights: dict[int, float], optional: Collection[int]
    ) -> None:
        super().__init__(view)
        self.view = view
        self.weights = weights
        self.optional = frozenset(optional)
        self.stale = False  # hidden when last asked to apply: catch up when shown
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
        view.installEventFilter(self)
        self.apply()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        resized = event.type() == QEvent.Type.Resize and watched is not self.view
        shown = event.type() == QEvent.Type.Show and watched is self.view
        if resized or (shown and self.stale):
            self.apply()
        return False

    def apply(self, *_args: object) -> None:
        if not self.view.isVisible():
            self.stale = True
            return
        self.stale = False
        fit = self.view.findChild(_RowFit)
        with fit.held() if fit is not None else contextlib.nullcontext():
            self._share()

    def _share(self) -> None:
        header = self.view.horizontalHeader()
        fitted: dict[int, int] = {}
        for column in range(header.count()):
            if column not in self.weights:
                width = max(header.sectionSizeHint(column), self.view.sizeHintForColumn(column))
                header.resizeSection(column, width)
                fitted[column] = width
        hidden = self._hidden(fitted)
        for column in self.optional:
            header.setSectionHidden(column, column in hidden)
        weights = {c: w for c, w in self.weights.items() if c not in hidden}
        shown = sum(w for c, w in fitted.items() if c not in hidden)
        free = max(self.view.viewport().width() - shown, 60 * len(weights))
        total = sum(weights.values())
        columns = sorted(weights)
        used = 0
        for column in columns[1:]:
            width = int(free * weights[column] / total)
            header.resizeSection(column, width)
            used += width
        header.resizeSection(columns[0], free - used)

    def _hidden(self, fitted: dict[int, int]) -> frozenset[int]:
        """The optional columns, when the text columns would get too little width."""
        if not self.optional:
            return frozenset()
        narrow = too_narrow(self.view, sum(fitted.values()), len(self.weights))
        return self.optional if narrow else frozenset()


class _RowFit(QObject):
    """Rows as tall as their wrapped text, up to ``max_lines``.

    New or changed rows are measured alone; the whole table only when it is
    reset, re-laid out or a column changes width, and then once per batch of
    width changes (see ``held``) and only while the view is shown. Measuring
    every row after every row inserted made loading a long list quadratic.
    """

    def __init__(self, view: QTableView, max_lines: int) -> None:
        super().__init__(view)
        self.view = view
        self.max_lines = max_lines
        self._holds = 0
        self._pending = False
        self._stale = False
        view.setWordWrap(True)
        model = view.model()
        model.rowsInserted.connect(self._rows_inserted)
        model.dataChanged.connect(self._data_changed)
        model.layoutChanged.connect(self.fit_all)
        model.modelReset.connect(self.fit_all)
        view.horizontalHeader().sectionResized.connect(self.fit_all)
        view.installEventFilter(self)
        self.fit_all()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and self._stale:
            # Widths first (their change fits every row), so that a view shown for
            # the first time measures its rows once, not once per width.
            share = self.view.findChild(_ShareWidth)
            if share is not None and share.stale:
                share.apply()
            if self._stale:
                self.fit_all()
        return False

    @contextlib.contextmanager
    def held(self) -> Iterator[None]:
        """Width changes inside this block cost one whole-table fit at its end."""
        self._holds += 1
        try:
            yield
        finally:
            self._holds -= 1
            if not self._holds and self._pending:
                self._pending = False
                self.fit_all()

    def fit_all(self, *_args: object) -> None:
        if self._holds:
            self._pending = True
        elif not self.view.isVisible():
            self._stale = True
        else:
            self._stale = False
            self.view.resizeRowsToContents()
            self._cap(0, self.view.model().rowCount() - 1)

    def fit_rows(self, first: int, last: int) -> None:
        if self._holds or not self.view.isVisible():
            self.fit_all()  # marks pending or stale: the whole pass covers these rows
            return
        for row in range(first, last + 1):
            self.view.resizeRowToContents(row)
        self._cap(first, last)

    def _cap(self, first: int, last: int) -> None:
        tallest = self.view.fontMetrics().lineSpacing() * self.max_lines + 8
        for row in range(first, last + 1):
            if self.view.rowHeight(row) > tallest:
                self.view.setRowHeight(row, tallest)

    def _rows_inserted(self, _parent: QModelIndex, first: int, last: int) -> None:
        self.fit_rows(first, last)

    def _data_changed(self, top_left: QModelIndex, bottom_right: QModelIndex, *_: object) -> None:
        self.fit_rows(top_left.row(), bottom_right.row())


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


def share_width(
    view: QTableView, weights: dict[int, float], optional: Collection[int] = ()
) -> None:
    """Columns in ``weights`` share the free width; the others fit their content.

    The ``optional`` columns are hidden while the table is too narrow for every
    column to be readable (a panel beside it shows them for the selected row).
    Call after the model is set.
    """
    _ShareWidth(view, weights, optional)


def wrap_rows(view: QTableView, max_lines: int) -> None:
    """Wrapped text makes rows taller, up to ``max_lines`` (the rest is elided)."""
    _RowFit(view, max_lines)
