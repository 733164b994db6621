"""Phase page: Prioritera — dot votes typed in from the paper, gaps sorted by them.

The facilitator counts the dots on each sheet and types the number on the
gap's row (digits, Enter) or adds them one at a time with + and −. Space
marks the gaps that go on to cause analysis. The list is sorted by votes when
the meeting is opened and with S; a vote (or a look at another phase while
counting) does not move rows, so Enter and ↓ go down the list as it stands (a
re-sort under the keyboard put counts on the wrong gaps).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.model import GapStatus
from ui.models.gaps import CHOOSABLE, PrioritiseModel, dots_per_participant
from ui.pages.base import MeetingPage, PageContext, page_heading
from ui.widgets.gap_vote_keys import VoteKeys
from ui.widgets.row_heights import RowHeights
from ui.widgets.row_table import editable_row_table, select_row


class PrioritisePage(MeetingPage):
    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(
            page_heading(
                self.tr("Prioritera"),
                self.tr(
                    "Räkna prickarna på varje glapp och skriv antalet. Markera sedan de glapp "
                    "som går vidare till orsaksanalys."
                ),
                self,
            )
        )

        self.summary = QLabel(self)
        self.summary.setObjectName("voteSummary")
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setWordWrap(True)  # a narrow window: two lines, never cut
        self.summary.setStyleSheet(
            "#voteSummary { background: #eef3f8; border: 1px solid #c9d6e3;"
            " border-radius: 4px; padding: 8px 12px; }"
        )
        font = self.summary.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.summary.setFont(font)
        self.typing = QLabel(self)
        self.typing.setObjectName("voteTyping")
        self.typing.setFont(font)
        self.typing.setStyleSheet(
            "#voteTyping { background: #fff6d6; border: 1px solid #ecd58a;"
            " border-radius: 4px; padding: 8px 12px; }"
        )
        self.typing.hide()
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.typing)
        layout.addLayout(top)

        self.model = PrioritiseModel(ctx, lambda: self.meeting_id, self)
        self.table = editable_row_table(self, "voteTable", self.model)
        self.table.setStyleSheet("#voteTable::item { padding: 5px 0px; }")
        font = self.table.font()
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.table.setFont(font)
        header = self.table.horizontalHeader()
        # Fixed narrow columns: measuring them from the contents would read every
        # row after every vote.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(PrioritiseModel.TITLE, QHeaderView.ResizeMode.Stretch)
        metrics = self.table.fontMetrics()
        for column in range(self.model.columnCount()):
            if column != PrioritiseModel.TITLE:
                label = str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")
                header.resizeSection(column, metrics.horizontalAdvance(label) + 36)
        RowHeights(self.table)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.table, 1)

        self.keys_hint = QLabel(
            self.tr(
                "Siffror + Enter: antal röster · + / −: en röst mer eller mindre · "
                "S: sortera efter röster · Mellanslag: vidare till orsaksanalys · "
                "F2: ändra i rutan · Delete: ta bort glappet · Ctrl+Z: ångra"
            ),
            self,
        )
        self.keys_hint.setObjectName("pageHint")
        self.keys_hint.setWordWrap(True)
        layout.addWidget(self.keys_hint)

        self.votes = VoteKeys(self.table, self._current_votes, self._store_votes, self.toggle)
        self.votes.typed_changed.connect(self._show_typing)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self.votes.clear())
        for signal in (
            self.model.layoutChanged,
            self.model.dataChanged,
            self.model.rowsInserted,
            self.model.rowsRemoved,
            self.model.modelReset,
        ):
            signal.connect(self._show_summary)
        delete = QShortcut(QKeySequence(Qt.Key.Key_Delete), self.table)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.delete_current)
        resort = QShortcut(QKeySequence(Qt.Key.Key_S), self.table)
        resort.setContext(Qt.ShortcutContext.WidgetShortcut)
        resort.activated.connect(self.sort_by_votes)
        self.bind_back_to_first()

    # -- MeetingPage ------------------------------------------------------------

    def set_meeting(self, meeting_id: str | None) -> None:
        super().set_meeting(meeting_id)
        self.votes.clear()
        self.model.sort_by_votes()
        self.select_row(0 if self.model.rowCount() else None)
        self._show_summary()

    def sort_by_votes(self) -> None:
        self.model.sort_by_votes()
        self._keep_current_visible()

    def focus_first(self) -> None:
        self.table.setFocus()
        if not self.table.currentIndex().isValid() and self.model.rowCount():
            self.select_row(0)

    # -- votes and choice -------------------------------------------------------

    def current_row(self) -> int | None:
        index = self.table.currentIndex()
        return index.row() if index.isValid() else None

    def select_row(self, row: int | None) -> None:
        if row is None:
            self.table.selectionModel().clear()
            return
        select_row(self.table, self.model.index(row, PrioritiseModel.TITLE))

    def _current_votes(self) -> int | None:
        row = self.current_row()
        return None if row is None else self.model.item(row).gap.votes

    def _store_votes(self, votes: int) -> bool:
        row = self.current_row()
        return row is not None and self.model.set_votes(row, votes)

    def toggle(self) -> None:
        """Space: the selected gap goes on to cause analysis, or no longer does."""
        row = self.current_row()
        if row is None:
            return
        gap = self.model.item(row).gap
        if gap.status in CHOOSABLE:
            self.model.set_chosen(row, gap.status != GapStatus.IN_PROGRESS)

    def delete_current(self) -> None:
        row = self.current_row()
        if row is not None:
            gap = self.model.item(row).gap
            self.ctx.controller.delete(self.ctx.forum.gaps, gap.id, self.tr("Ta bort glapp"))

    def _keep_current_visible(self, *_args: object) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.table.scrollTo(index)

    def _show_typing(self, typed: str) -> None:
        row = self.current_row()
        if not typed or row is None:
            self.typing.hide()
            return
        number = self.model.item(row).number
        self.typing.setText(
            self.tr("Glapp {n}: {votes} röster – Enter sparar, Esc avbryter").format(
                n=number, votes=typed
            )
        )
        self.typing.show()

    def _show_summary(self, *_args: object) -> None:
        rows = self.model.items()
        chosen = sum(1 for r in rows if r.chosen)
        self.summary.setText(
            self.tr(
                "Prickar per deltagare: <b>{dots}</b> &nbsp;({gaps} glapp ÷ 3, avrundat uppåt)"
                " &nbsp;·&nbsp; Röster totalt: <b>{total}</b>"
                " &nbsp;·&nbsp; Vidare till orsaksanalys: <b>{chosen}</b>"
            ).format(
                dots=dots_per_participant(len(rows)),
                gaps=len(rows),
                total=self.model.total_votes(),
                chosen=chosen,
            )
        )
