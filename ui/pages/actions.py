"""Phase page: Åtgärder — what, who, by when, and how we know it worked.

Type an action and press Enter: it is stored for this meeting, linked to the
gap and cause chosen in the panel, and selected so its owner, due date and
success measure can be filled in next. Delete removes the selected action
(Ctrl+Z brings it back).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QScrollArea, QSplitter, QVBoxLayout, QWidget

from ui.models.actions import COL_GAP, COL_ORG, COL_OWNER, COL_TITLE, ActionModel, ActionRow
from ui.models.table import select_restored_rows
from ui.pages.base import MeetingPage, PageContext, page_heading
from ui.widgets.action_panel import ActionPanel
from ui.widgets.action_table import action_table_view, share_width, wrap_rows
from ui.widgets.capture_line import CaptureLine
from ui.widgets.prep_fields import hint_label
from ui.widgets.row_table import current_item, reveal_key, select_row


class ActionsPage(MeetingPage):
    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.model = ActionModel(ctx.forum, ctx.signals, self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(
            page_heading(
                self.tr("Åtgärder"),
                self.tr(
                    "Vad ska göras, av vem, när – och hur vet vi att det blev bättre? "
                    "Nya åtgärder kopplas till glappet och orsaken som är valda till höger."
                ),
                self,
            )
        )

        capture_row = QHBoxLayout()
        capture_label = QLabel(self.tr("&Ny åtgärd:"), self)
        self.capture = CaptureLine(
            self.tr("Skriv vad som ska göras och tryck Enter"), self.add_action, self
        )
        self.capture.setObjectName("actionCapture")
        capture_label.setBuddy(self.capture)
        capture_row.addWidget(capture_label)
        capture_row.addWidget(self.capture, 1)
        layout.addLayout(capture_row)

        self.table = action_table_view(self)
        self.table.setObjectName("actionTable")
        self.table.setModel(self.model)
        select_restored_rows(self.table)
        share_width(
            self.table,
            {COL_TITLE: 3, COL_GAP: 1.6, COL_OWNER: 1.2, COL_ORG: 1.4},
            optional=(COL_GAP, COL_OWNER, COL_ORG),  # the panel shows them
        )
        # Names and titles wrap rather than vanish behind "…" in a narrow table.
        wrap_rows(self.table, 3)
        self.table.installEventFilter(self)

        self.panel = ActionPanel(ctx, self)
        scroll = QScrollArea(self)
        scroll.setObjectName("actionPanelScroll")
        scroll.setWidget(self.panel)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumWidth(360)
        scroll.setMaximumWidth(560)  # wider fields only add empty space

        splitter = QSplitter(Qt.Orientation.Horizontal, self)

        splitter.setObjectName("actionsSplitter")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.table)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)
        self.splitter = splitter
        self._user_split = False  # once the facilitator drags the divider, it stays
        splitter.splitterMoved.connect(lambda *_: setattr(self, "_user_split", True))
        layout.addWidget(splitter, 1)

        # Muted like the other pages' key hints, but not greyed out as disabled:
        # that was too faint to read on a projector.
        hints = hint_label(
            self.tr(
                "Enter sparar · Alt+N ny åtgärd · Alt+V ansvarig · Alt+K klart senast · "
                "Alt+2 / Alt+F / Alt+3 snabbval av datum · Delete tar bort markerad åtgärd · "
                "Ctrl+Z ångrar"
            ),
            self,
        )
        hints.setObjectName("actionHints")
        layout.addWidget(hints)

        self.table.selectionModel().currentRowChanged.connect(self._show_current)
        for signal in (
            self.model.dataChanged,
            self.model.rowsInserted,
            self.model.rowsRemoved,
            self.model.layoutChanged,
        ):
            signal.connect(lambda *_: self._show_current())
        self.setTabOrder(self.capture, self.table)
        self.setTabOrder(self.table, self.panel.title)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if not self._user_split:
            # About a third for the panel: the table keeps room for its columns
            # on a laptop, and the fields get wider on a big screen.
            total = self.splitter.width()
            panel = max(380, min(560, int(total * 0.32)))
            self.splitter.setSizes([total - panel, panel])

    # -- meeting and selection ---------------------------------------------------------

    def set_meeting(self, meeting_id: str | None) -> None:
        super().set_meeting(meeting_id)
        self.panel.set_meeting(meeting_id)
        self.model.set_meeting(meeting_id)
        # Nothing selected: the gap and cause in the panel are free to choose
        # for the next captured action without changing an existing one.
        self.table.selectionModel().clear()
        self._show_current()

    def focus_first(self) -> None:
        self.capture.setFocus()

    def select_row(self, row: int) -> None:
        select_row(self.table, self.model.index(row, COL_TITLE))

    def reveal(self, item_id: str, gap_id: str | None = None) -> bool:
        return reveal_key(self.table, self.model, item_id, COL_TITLE)

    def current_row(self) -> ActionRow | None:
        return current_item(self.table, self.model)  # type: ignore[no-any-return]

    def _show_current(self, *_args: object) -> None:
        row = self.current_row()
        if row is None:
            self.panel.show_action(None)
        else:
            self.panel.show_action(row.action, row.number)

    # -- editing -----------------------------------------------------------------------------

    def add_action(self, title: str) -> bool:
        """The capture line's Enter: a new action of this meeting, selected at once."""
        if self.meeting_id is None:
            return False
        created = self.ctx.controller.create(
            self.ctx.forum.actions,
            self.tr("Ny åtgärd"),
            meeting_id=self.meeting_id,
            title=title,
            gap_id=self.panel.chosen_gap(),
            cause_id=self.panel.chosen_cause(),
        )
        if created is None:
            return False
        row = self.model.row_of(created.id)
        if row is not None:
            self.select_row(row)
        return True

    def delete_current(self) -> bool:
        row = self.current_row()
        if row is None:
            return False
        return self.ctx.controller.delete(
            self.ctx.forum.actions, row.action.id, self.tr("Ta bort åtgärd")
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            key = event.key()  # type: ignore[attr-defined]
            if key == Qt.Key.Key_Delete:
                self.delete_current()
                return True
            if key == Qt.Key.Key_Escape and self.table.currentIndex().isValid():
                # Back to "no action selected", to choose the gap for new ones.
                self.table.selectionModel().clear()
                return True
        return super().eventFilter(watched, event)
