"""Phase page: Glapp — capture the gaps, then describe each one.

The capture line is the fast path: type a gap's title, Enter, next. The list
beside it shows what is captured; the panel on the right describes the
selected gap (the anonymised case, care transition, target group and the
organisations involved).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ui.models.gaps import GapListModel
from ui.pages.base import MeetingPage, PageContext, page_heading
from ui.widgets.action_table import too_narrow
from ui.widgets.capture_line import CaptureLine
from ui.widgets.gap_details import GapDetails
from ui.widgets.row_heights import RowHeights
from ui.widgets.row_table import editable_row_table, reveal_key, select_row

_PAGE_KEYS = Qt.ShortcutContext.WidgetWithChildrenShortcut
_COLUMN_SHARES = {
    GapListModel.TITLE: 0.38,
    GapListModel.TRANSITION: 0.22,
    GapListModel.TARGET_GROUP: 0.16,
    GapListModel.ORGANISATIONS: 0.24,
}


DETAILS_DELAY_MS = 120


class GapsPage(MeetingPage):
    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(
            page_heading(
                self.tr("Glapp"),
                self.tr(
                    "Vilka konkreta problem uppstår när ansvaret går mellan verksamheterna? "
                    "Skriv glappets rubrik och tryck Enter; beskriv det sedan till höger."
                ),
                self,
            )
        )

        self.capture = CaptureLine(
            self.tr("Nytt glapp: skriv en rubrik och tryck Enter"), self._store, self
        )
        self.capture.setObjectName("gapCapture")
        capture_row = QHBoxLayout()
        capture_row.addWidget(self.capture, 1)
        layout.addLayout(capture_row)

        self.model = GapListModel(ctx, lambda: self.meeting_id, self)
        self.table = editable_row_table(self, "gapTable", self.model)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        RowHeights(self.table)
        self.table.viewport().installEventFilter(self)
        # (no item style sheet: it makes every cell paint go through the slow style-sheet style)

        self.details = GapDetails(ctx, self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("gapSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.details)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([600, 400])
        layout.addWidget(self.splitter, 1)

        self.keys_hint = QLabel(
            self.tr(
                "Enter: spara glappet · F2: ändra rubriken i listan · Delete: ta bort "
                "markerat glapp · Ctrl+Z: ångra · Alt+N: tillbaka till inmatningen"
            ),
            self,
        )
        self.keys_hint.setObjectName("pageHint")
        self.keys_hint.setWordWrap(True)
        layout.addWidget(self.keys_hint)

        self._details_later = False
        self._details_timer = QTimer(self)
        self._details_timer.setSingleShot(True)
        self._details_timer.setInterval(DETAILS_DELAY_MS)
        self._details_timer.timeout.connect(self._show_current_details)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.model.rowsRemoved.connect(self._follow_current)
        self.model.modelReset.connect(self._follow_current)

        delete = QShortcut(QKeySequence(Qt.Key.Key_Delete), self.table)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.delete_current)
        self.bind_back_to_first()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return False

    def _fit_columns(self) -> None:
        """Share the width out so every column stays readable (the text wraps)."""
        header = self.table.horizontalHeader()
        number = header.fontMetrics().horizontalAdvance("Nr 99") + 12
        rest = max(0, self.table.viewport().width() - number)
        header.resizeSection(GapListModel.NUMBER, number)
        # Too narrow for four readable columns (the smallest window): the title
        # alone; the panel beside the list shows the rest for the selected gap.
        narrow = too_narrow(self.table, number, len(_COLUMN_SHARES))
        shares = {GapListModel.TITLE: 1.0} if narrow else _COLUMN_SHARES
        for column in _COLUMN_SHARES:
            header.setSectionHidden(column, column not in shares)
        for column, share in shares.items():
            header.resizeSection(column, int(rest * share))

    # -- MeetingPage ------------------------------------------------------------

    def set_meeting(self, meeting_id: str | None) -> None:
        if meeting_id != self.meeting_id:
            self.details.save_pending()
        super().set_meeting(meeting_id)
        self.capture.setEnabled(meeting_id is not None)
        self.model.reload()
        self.select_row(0 if self.model.rowCount() else None)

    def focus_first(self) -> None:
        self.capture.setFocus()

    # -- capture and delete -------------------------------------------------

    def _store(self, title: str) -> bool:
        if self.meeting_id is None:
            return False
        created = self.ctx.controller.create(
            self.ctx.forum.gaps, self.tr("Nytt glapp"), meeting_id=self.meeting_id, title=title
        )
        if created is None:
            return False
        # The new row is shown at once; the side panel follows when the
        # facilitator pauses, so a burst of captures stays quick.
        self._details_later = True
        self.select_row(self.model.row_of(created.id))
        self._details_later = False
        return True

    def delete_current(self) -> None:
        row = self.current_row()
        if row is None:
            return
        gap = self.model.item(row).gap
        self.ctx.controller.delete(self.ctx.forum.gaps, gap.id, self.tr("Ta bort glapp"))

    # -- selection ------------------------------------------------------------

    def current_row(self) -> int | None:
        index = self.table.currentIndex()
        return index.row() if index.isValid() else None

    def select_row(self, row: int | None) -> None:
        selection = self.table.selectionModel()
        if row is None:
            selection.clear()
            self.details.show_gap(None)
            return
        index = self.model.index(row, GapListModel.TITLE)
        select_row(self.table, index)
        self.table.scrollTo(index)

    def reveal(self, item_id: str, gap_id: str | None = None) -> bool:
        return reveal_key(self.table, self.model, item_id, GapListModel.TITLE)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._details_later:
            self.details.save_pending()
            self._details_timer.start()
        else:
            self._details_timer.stop()
            self._show_current_details()

    def halt(self) -> None:
        self._details_timer.stop()

    def details_pending(self) -> bool:
        """True while the side panel waits to follow the latest capture."""
        return self._details_timer.isActive()

    def _show_current_details(self) -> None:
        # The timer may fire while another phase is shown, after an undo there
        # took rows away: the view's current row is only right once caught up.
        self.model.catch_up()
        current = self.table.currentIndex()
        gap_id = self.model.item(current.row()).gap.id if current.isValid() else None
        self.details.show_gap(gap_id)

    def _follow_current(self, *_args: object) -> None:
        """After a delete the view picks the next row; the panel shows that one."""
        self._current_changed(self.table.currentIndex(), QModelIndex())
