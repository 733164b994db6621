"""Phase page: Inledning — attendance, walk-ins, the shared goal and the ground rule."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import model
from app.i18n import QT_TRANSLATE_NOOP, counted
from app.services.changes import Change
from ui.forum_info_command import update_forum_info
from ui.models.attendance import (
    COL_NAME,
    COL_ORGANISATION,
    COL_STATUS,
    COL_TITLE,
    NAME_CHARS,
    AttendanceModel,
    AttendanceRow,
    status_label,
)
from ui.models.table import select_restored_rows
from ui.pages.base import MeetingPage, PageContext, page_heading
from ui.widgets.flow_layout import FlowLayout
from ui.widgets.prep_fields import TextBox, hint_label
from ui.widgets.prep_views import KeyTableView
from ui.widgets.prep_walk_in import WalkInLine
from ui.widgets.refused_mark import mark_refused, unmark_refused

Status = model.AttendanceStatus
SIDE_MIN_WIDTH = 250  # the ground rule stays readable in the smallest window
NAME_SHARE = 0.4
# One memorable key per status: the first letter of the Swedish word.
STATUS_KEYS: list[tuple[Qt.Key, str, Status]] = [
    (Qt.Key.Key_N, "N", Status.PRESENT),
    (Qt.Key.Key_F, "F", Status.EXCUSED),
    (Qt.Key.Key_U, "U", Status.ABSENT),
    (Qt.Key.Key_I, "I", Status.INVITED),
]


def _bold(label: QLabel, scale: float = 1.0) -> QLabel:
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * scale)
    label.setFont(font)
    return label


# (status, one, several): "1 inbjuden" but "2 inbjudna".
_OTHER_COUNTS = (
    (
        Status.EXCUSED,
        QT_TRANSLATE_NOOP("OpeningPage", "{n} anmält förhinder"),
        QT_TRANSLATE_NOOP("OpeningPage", "{n} anmält förhinder"),
    ),
    (
        Status.ABSENT,
        QT_TRANSLATE_NOOP("OpeningPage", "{n} frånvarande"),
        QT_TRANSLATE_NOOP("OpeningPage", "{n} frånvarande"),
    ),
    (
        Status.INVITED,
        QT_TRANSLATE_NOOP("OpeningPage", "{n} inbjuden"),
        QT_TRANSLATE_NOOP("OpeningPage", "{n} inbjudna"),
    ),
    (
        None,
        QT_TRANSLATE_NOOP("OpeningPage", "{n} ej inbjuden"),
        QT_TRANSLATE_NOOP("OpeningPage", "{n} ej inbjudna"),
    ),
)


class _NameWidthCap(QObject):
    """The name column fits its longest name, up to NAME_CHARS characters and
    NAME_SHARE of the list: a name as long as a sentence (a walk-in typed in
    one go) is cut, not allowed to push Närvaro out of a small window."""

    def __init__(self, view: QTableView, parent: QObject) -> None:
        super().__init__(parent)
        self._view = view
        view.viewport().installEventFilter(self)
        self._apply()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Resize:
            self._apply()
        return False

    def _apply(self) -> None:
        header = self._view.horizontalHeader()
        chars = self._view.fontMetrics().averageCharWidth() * NAME_CHARS
        share = int(self._view.viewport().width() * NAME_SHARE)
        header.setMaximumSectionSize(max(header.minimumSectionSize(), min(chars, share)))


class OpeningPage(MeetingPage):
    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._goal_dirty = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(
            page_heading(
                self.tr("Inledning"),
                self.tr("Vilka är här, vad vi vill uppnå tillsammans och hur vi skriver."),
                self,
            )
        )
        columns = QHBoxLayout()
        columns.setSpacing(24)
        columns.addWidget(self._build_attendance(), 2)
        columns.addWidget(self._scrolling(self._build_side()), 1)
        layout.addLayout(columns, 1)
        ctx.signals.changed.connect(self._on_change)
        self._show_goal()
        self.setEnabled(False)

    # -- building ------------------------------------------------------------------

    def _build_attendance(self) -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        head.addWidget(_bold(QLabel(self.tr("Närvaro"), box), 1.1), 0, Qt.AlignmentFlag.AlignTop)
        self.counts_label = _bold(QLabel(box))
        self.counts_label.setObjectName("attendanceCounts")
        self.counts_label.setWordWrap(True)  # a narrow window: on two lines, never cut
        self.counts_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        head.addWidget(self.counts_label, 1)
        layout.addLayout(head)

        keys = FlowLayout()
        self.status_buttons: dict[str, QPushButton] = {}
        for _key, letter, status in STATUS_KEYS:
            button = QPushButton(f"{letter}  {status_label(status)}", box)
            button.setObjectName(f"status_{status.value}")
            button.setToolTip(
                self.tr("Markera vald person som {status} (tangent {key})").format(
                    status=status_label(status).lower(), key=letter
                )
            )
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the table keeps the keyboard
            button.clicked.connect(lambda _=False, s=status: self.set_status(s))
            self.status_buttons[status.value] = button
            keys.addWidget(button)
        layout.addLayout(keys)

        self.attendance = AttendanceModel(self.ctx.forum, self.ctx.signals, self)
        view = KeyTableView(box)
        view.setObjectName("attendanceView")
        view.setModel(self.attendance)
        select_restored_rows(view)
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = view.horizontalHeader()
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_ORGANISATION, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_STATUS, QHeaderView.ResizeMode.ResizeToContents)
        _NameWidthCap(view, self)
        for key, _letter, status in STATUS_KEYS:
            view.bind(key, partial(self.set_status, status))
        view.bind(Qt.Key.Key_Delete, lambda: self.set_status(None))
        self.attendance_view = view
        layout.addWidget(view, 1)
        layout.addWidget(
            hint_label(
                self.tr(
                    "Tryck N, F, U eller I på en markerad rad; markören går vidare till nästa "
                    "person. Markera flera med Skift eller Ctrl. Delete tar bort personen "
                    "från träffens lista."
                ),
                box,
            )
        )

        layout.addSpacing(6)
        layout.addWidget(_bold(QLabel(self.tr("Deltagare som kommer utan att stå på listan"), box)))
        self.walk_in_line = WalkInLine(self.ctx, box)
        self.walk_in_line.added.connect(self._show_walk_in)
        layout.addWidget(self.walk_in_line)
        return box

    def _scrolling(self, column: QWidget) -> QScrollArea:
        """``column`` scrolls in a short window (600 px) instead of being cut off."""
        scroll = QScrollArea(self)
        scroll.setObjectName("openingSide")
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidgetResizable(True)
        scroll.setWidget(column)
        scroll.viewport().setAutoFillBackground(False)
        column.setAutoFillBackground(False)
        # Never narrower than the column: it would be cut at the right, not scrolled.
        scrollbar = scroll.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        scroll.setMinimumWidth(max(column.minimumSizeHint().width(), SIDE_MIN_WIDTH) + scrollbar)
        return scroll

    def _build_side(self) -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)

        rule = QFrame(box)
        rule.setObjectName("groundRule")
        rule.setStyleSheet(
            "#groundRule { background: #fff4e0; border: 2px solid #d08a00; border-radius: 6px; }"
            "#groundRule QLabel { color: #3d2a00; background: transparent; border: none; }"
        )
        rule_layout = QVBoxLayout(rule)
        rule_layout.setContentsMargins(14, 10, 14, 12)
        title = _bold(QLabel(self.tr("Grundregel: inga personuppgifter"), rule), 1.2)
        title.setWordWrap(True)
        rule_layout.addWidget(title)
        text = QLabel(
            self.tr(
                "Ingen patient eller brukare ska kunna kännas igen i det vi skriver. "
                "Skriv inga namn, personnummer eller adresser, och ange ålder i spann, "
                "till exempel 80–90 år. Tänk på att även en kombination av uppgifter, som "
                "ort, ålder och diagnos, kan avslöja vem det gäller."
            ),
            rule,
        )
        text.setObjectName("groundRuleText")
        text.setWordWrap(True)
        font = text.font()
        font.setPointSizeF(font.pointSizeF() * 1.1)
        text.setFont(font)
        rule_layout.addWidget(text)
        layout.addWidget(rule)

        layout.addWidget(_bold(QLabel(self.tr("Gemensam målbild"), box), 1.1))
        self.goal_edit = TextBox(box)
        self.goal_edit.setObjectName("goalEdit")
        self.goal_edit.setPlaceholderText(self.tr("Vad vill forumet uppnå tillsammans?"))
        self.goal_edit.setToolTip(
            self.tr("Forumets målbild, samma för alla träffar. Sparas när du lämnar fältet.")
        )
        self.goal_edit.textChanged.connect(self._goal_typed)
        self.goal_edit.editing_finished.connect(self._store_goal)
        self.goal_edit.setFixedHeight(self.goal_edit.fontMetrics().lineSpacing() * 6 + 14)
        layout.addWidget(self.goal_edit)
        layout.addWidget(
            hint_label(
                self.tr("Målbilden gäller hela forumet och sparas när du lämnar fältet."), box
            )
        )

        # What this meeting is for, to read out at the opening; edited in Förberedelse.
        layout.addSpacing(4)
        layout.addWidget(_bold(QLabel(self.tr("Syftet med träffen"), box), 1.1))
        self.purpose_label = QLabel(box)
        self.purpose_label.setObjectName("meetingPurpose")
        self.purpose_label.setWordWrap(True)
        self.purpose_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.purpose_label)
        layout.addWidget(hint_label(self.tr("Ändras under Förberedelse (Ctrl+1)."), box))
        layout.addStretch(1)
        return box

    # -- showing a meeting ---------------------------------------------------------

    def set_meeting(self, meeting_id: str | None) -> None:
        another = meeting_id != self.meeting_id
        super().set_meeting(meeting_id)
        self.walk_in_line.meeting_id = meeting_id
        self.attendance.set_meeting(meeting_id)
        if another:
            # The roll call of another meeting starts at the top, not on the
            # person the last one ended on (the same people keep their rows).
            self.attendance_view.select_row(0)
        self.setEnabled(meeting_id is not None)
        self._show_counts()
        self._show_purpose()

    def focus_first(self) -> None:
        view = self.attendance_view
        view.setFocus(Qt.FocusReason.OtherFocusReason)
        if not view.selectionModel().hasSelection():
            view.select_row(view.current_row() or 0)

    def _show_counts(self) -> None:
        counts = self.attendance.counts()
        # Present always; the others only when someone is in them.
        parts = [self.tr("{n} närvarande").format(n=counts[Status.PRESENT])]
        for key, one, several in _OTHER_COUNTS:
            if counts[key]:
                parts.append(counted("OpeningPage", counts[key], one, several))
        # A narrow window wraps the line between counts, never inside one.
        self.counts_label.setText(" · ".join(part.replace(" ", "\u00a0") for part in parts))

    def _show_goal(self) -> None:
        if self._goal_dirty:
            return  # keep what is being typed
        goal = self.ctx.forum.forum.get().goal
        unmark_refused(self.goal_edit)
        if self.goal_edit.toPlainText() != goal:
            self.goal_edit.blockSignals(True)
            self.goal_edit.setPlainText(goal)
            self.goal_edit.blockSignals(False)

    def _show_purpose(self) -> None:
        meeting = self.meeting()
        purpose = meeting.purpose if meeting is not None else ""
        self.purpose_label.setText(purpose or self.tr("Inget syfte är skrivet ännu."))

    def _on_change(self, change: Change) -> None:
        if change.table == "forum":
            self._show_goal()
        if change.table == "meeting" and self.meeting_id is not None:
            self._show_purpose()
        if change.table in ("attendance", "person"):
            self._show_counts()

    # -- the shared goal -----------------------------------------------------------

    def _goal_typed(self) -> None:
        self._goal_dirty = True

    def _store_goal(self) -> None:
        if not self._goal_dirty:
            return
        self._goal_dirty = False
        text = self.tr("Ändra gemensam målbild")
        if not update_forum_info(self.ctx.controller, text, goal=self.goal_edit.toPlainText()):
            self._goal_dirty = True  # refused: the typed text stays
            mark_refused(self.goal_edit, self.ctx.controller.last_refusal)
        else:
            unmark_refused(self.goal_edit)
            self.goal_edit.forget_typing()

    # -- attendance ----------------------------------------------------------------

    def _chosen_rows(self) -> list[int]:
        view = self.attendance_view
        rows = sorted({i.row() for i in view.selectionModel().selectedRows()})
        current = view.current_row()
        if not rows and current is not None:
            rows = [current]
        return rows

    def set_status(self, status: Status | None) -> None:
        """Give the chosen people ``status``; None takes them off the meeting's list."""
        if self.meeting_id is None:
            return
        rows = self._chosen_rows()
        if not rows:
            return
        chosen = [self.attendance.item(r) for r in rows]
        if len(chosen) == 1:
            self._apply(chosen[0], status)
            self.attendance_view.select_row(rows[0] + 1)  # roll call: on to the next
            return
        label = status_label(status) if status else self.tr("Ej inbjuden")
        with self.ctx.controller.macro(
            self.tr("Närvaro för {n} personer: {status}").format(n=len(chosen), status=label)
        ):
            for row in chosen:
                self._apply(row, status)

    def _apply(self, row: AttendanceRow, status: Status | None) -> bool:
        assert self.meeting_id is not None
        forum, controller = self.ctx.forum, self.ctx.controller
        key = (self.meeting_id, row.person.id)
        if status is None:
            if row.status is None:
                return True
            return controller.delete(
                forum.attendance,
                key,
                self.tr("Ta bort {name} från träffen").format(name=row.person.name),
            )
        text = self.tr("{name}: {status}").format(name=row.person.name, status=status_label(status))
        if row.status is None:
            created = controller.create(
                forum.attendance,
                text,
                meeting_id=self.meeting_id,
                person_id=row.person.id,
                status=status.value,
            )
            return created is not None
        return controller.update(forum.attendance, key, text, status=status.value)

    def _show_walk_in(self, person_id: str) -> None:
        row = self.attendance.row_of(person_id)
        if row is not None:
            self.attendance_view.select_row(row)
