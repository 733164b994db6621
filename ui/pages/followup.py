"""Phase page: Uppföljning — status and comment for every open earlier action.

Keyboard flow: ↑/↓ choose an action, 1–5 set its new status, Enter moves to
the comment line, Enter there stores the comment and goes on to the next
action. Every change is one undo step (record_followup keeps the history).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.labels import STATUSES, status_label
from ui.models.followups import (
    COL_NOTE,
    COL_ORG,
    COL_OWNER,
    COL_TITLE,
    FollowUpModel,
    FollowUpRow,
    HistoryModel,
)
from ui.pages.base import MeetingPage, PageContext, page_heading
from ui.widgets.action_table import action_table_view, share_width, wrap_rows
from ui.widgets.closing_fields import show_stored
from ui.widgets.flow_layout import FlowLayout
from ui.widgets.one_line import OneLineEdit
from ui.widgets.row_table import current_item, reveal_key, select_row

# The number keys (main row and keypad) that set STATUSES[0] … STATUSES[4].
_STATUS_KEYS = {Qt.Key.Key_1: 0, Qt.Key.Key_2: 1, Qt.Key.Key_3: 2, Qt.Key.Key_4: 3, Qt.Key.Key_5: 4}
_NOTE_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2)


class FollowUpPage(MeetingPage):
    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.model = FollowUpModel(ctx.forum, ctx.signals, self)
        self.history = HistoryModel(ctx.forum, ctx.signals, self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(
            page_heading(
                self.tr("Uppföljning"),
                self.tr(
                    "Öppna åtgärder från tidigare träffar. Välj åtgärd med ↑ ↓, sätt ny status "
                    "med 1–5 och tryck Enter för att skriva en kommentar."
                ),
                self,
            )
        )

        keys = FlowLayout()  # wraps in a narrow window rather than cutting a name
        keys.addWidget(QLabel(self.tr("Ny status:"), self))
        self.status_buttons: list[QPushButton] = []
        for number, (status, _label) in enumerate(STATUSES, start=1):
            button = QPushButton(f"{number}  {status_label(status)}", self)
            button.setObjectName(f"followupStatus{number}")
            button.setToolTip(self.tr("Tangent {key}").format(key=number))
            # The table keeps the keyboard; the buttons are for the mouse.
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _=False, s=status: self.set_status(s))
            self.status_buttons.append(button)
            keys.addWidget(button)
        layout.addLayout(keys)

        self.empty = QLabel(self.tr("Det finns inga öppna åtgärder från tidigare träffar."), self)
        self.empty.setObjectName("followupEmpty")
        self.empty.setContentsMargins(0, 12, 0, 12)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.empty, 1)

        self.table = action_table_view(self)
        self.table.setObjectName("followupTable")
        self.table.setModel(self.model)
        share_width(self.table, {COL_TITLE: 3, COL_OWNER: 1.1, COL_ORG: 1.5, COL_NOTE: 2.6})
        wrap_rows(self.table, 2)
        self.table.installEventFilter(self)
        self.table.selectionModel().currentRowChanged.connect(self._show_current)

        note_row = QHBoxLayout()
        note_label = QLabel(self.tr("&Kommentar:"), self)
        self.note = OneLineEdit(self)
        self.note.setObjectName("followupNote")
        self.note.setPlaceholderText(
            self.tr("Vad sades om åtgärden? Enter sparar och går till nästa, Esc ångrar.")
        )
        self.note.returnPressed.connect(self.store_note)
        self.note.installEventFilter(self)
        note_label.setBuddy(self.note)
        note_row.addWidget(note_label)
        note_row.addWidget(self.note, 1)

        history_box = QWidget(self)
        history_layout = QVBoxLayout(history_box)
        history_layout.setContentsMargins(0, 6, 0, 0)
        history_layout.setSpacing(4)
        self.history_title = QLabel(history_box)
        self.history_title.setObjectName("followupHistoryTitle")
        self.history_title.setWordWrap(True)
        bold = self.history_title.font()
        bold.setBold(True)
        self.history_title.setFont(bold)
        self.history_view = action_table_view(history_box)
        self.history_view.setObjectName("followupHistory")
        self.history_view.setModel(self.history)
        self.history_view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.history_view.setSelectionMode(self.history_view.SelectionMode.NoSelection)
        share_width(self.history_view, {2: 1})
        wrap_rows(self.history_view, 4)
        history_layout.addWidget(self.history_title)
        history_layout.addWidget(self.history_view, 1)

        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.table, 1)
        top_layout.addLayout(note_row)
        self.splitter = splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setObjectName("followupSplitter")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(top)
        splitter.addWidget(history_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout.addWidget(splitter, 1)

        for signal in (
            self.model.dataChanged,
            self.model.rowsInserted,
            self.model.rowsRemoved,
            self.model.layoutChanged,
        ):
            signal.connect(lambda *_: self._show_current())
        self.setTabOrder(self.table, self.note)
        self.bind_back_to_first()
        self._show_current()

    # -- meeting and selection ---------------------------------------------------

    def set_meeting(self, meeting_id: str | None) -> None:
        super().set_meeting(meeting_id)
        self.model.set_meeting(meeting_id)
        if self.model.rowCount() and not self.table.currentIndex().isValid():
            self.select_row(0)
        self._show_current()

    def focus_first(self) -> None:
        if self.model.rowCount() and not self.table.currentIndex().isValid():
            self.select_row(0)
        self.table.setFocus()

    def select_row(self, row: int) -> None:
        select_row(self.table, self.model.index(row, COL_TITLE))

    def reveal(self, item_id: str, gap_id: str | None = None) -> bool:
        return reveal_key(self.table, self.model, item_id, COL_TITLE)

    def current_row(self) -> FollowUpRow | None:
        return current_item(self.table, self.model)  # type: ignore[no-any-return]

    def _show_current(self, *_args: object) -> None:
        row = self.current_row()
        has_rows = self.model.rowCount() > 0
        self.empty.setVisible(not has_rows)
        self.splitter.setVisible(has_rows)
        for button in self.status_buttons:
            button.setEnabled(row is not None)
        self.note.setEnabled(row is not None)
        # A comment being typed is not overwritten by a refresh from the file.
        show_stored(self.note, row.note if row else "")
        if row is None:
            self.history.show_action(None, None)
            self.history_title.setText("")
            return
        if self.history.action_id != row.action.id or self.history.meeting_id != self.meeting_id:
            self.history.show_action(row.action.id, self.meeting_id)
        if self.history.rowCount():
            text = self.tr("Tidigare uppföljningar · åtgärden beslutades vid {meeting}, {date}")
        else:
            text = self.tr(
                "Inga tidigare uppföljningar · åtgärden beslutades vid {meeting}, {date}"
            )
        self.history_title.setText(
            text.format(meeting=row.agreed_at.title, date=row.agreed_at.date)
        )
        self.history_view.setVisible(self.history.rowCount() > 0)

    # -- editing --------------------------------------------------------------------

    def set_status(self, status: str) -> bool:
        """This meeting's follow-up of the selected action gets ``status``."""
        row = self.current_row()
        if row is None or self.meeting_id is None:
            return False
        if row.followup is not None and row.followup.status == status:
            return True
        return self.ctx.controller.record_followup(
            self.meeting_id,
            row.action.id,
            status,
            row.note,
            self.tr("Uppföljning: {status}").format(status=status_label(status)),
        )

    def store_note(self) -> None:
        """Enter in the comment line: store it, then on to the next action."""
        row = self.current_row()
        if row is None or self.meeting_id is None:
            return
        text = self.note.text()
        if text != row.note:
            stored = self.ctx.controller.record_followup(
                self.meeting_id,
                row.action.id,
                row.status_now,  # a comment alone keeps the status as it stands
                text,
                self.tr("Kommentar till uppföljning"),
            )
            if not stored:
                return  # the message is shown; the typed comment stays
        self.note.setModified(False)
        current = self.table.currentIndex().row()
        if current + 1 < self.model.rowCount():
            self.select_row(current + 1)
        self.table.setFocus()

    def _cancel_note(self) -> None:
        row = self.current_row()
        self.note.setText(row.note if row else "")
        self.note.setModified(False)
        self.table.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress:
            return super().eventFilter(watched, event)
        key = event.key()  # type: ignore[attr-defined]
        plain = not (
            event.modifiers()  # type: ignore[attr-defined]
            & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
        )
        if watched is self.table and plain:
            if key in _STATUS_KEYS:
                self.set_status(STATUSES[_STATUS_KEYS[key]][0])
                return True
            if key in _NOTE_KEYS and self.current_row() is not None:
                self.note.setFocus()
                self.note.end(False)
                return True
        if watched is self.note and key == Qt.Key.Key_Escape:
            self._cancel_note()
            return True
        return super().eventFilter(watched, event)
