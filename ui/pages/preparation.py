"""Phase page: Förberedelse — the meeting's details and its agenda with timeboxes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.clock import clock_minutes, meeting_length
from app.services.changes import Change
from ui.entry_formats import normalise_date, normalise_time
from ui.models.agenda import (
    COL_CLOCK,
    COL_MINUTES,
    COL_NOTES,
    COL_TITLE,
    AgendaModel,
    split_timebox,
)
from ui.models.table import ObjectRole, select_restored_rows
from ui.pages.base import MeetingPage, PageContext, page_heading
from ui.widgets.capture_line import CaptureLine
from ui.widgets.prep_fields import (
    ChoiceCombo,
    DateLine,
    FieldLine,
    TextBox,
    hint_label,
)
from ui.widgets.prep_people import FacilitatorsBox, people_model
from ui.widgets.prep_views import KeyTableView
from ui.widgets.refused_mark import mark_refused, unmark_refused

_CTRL = Qt.KeyboardModifier.ControlModifier
_WARN = "color: #8a5a00; font-weight: bold;"


def _section_label(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.1)
    label.setFont(font)
    return label


class PreparationPage(MeetingPage):
    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._dirty: set[str] = set()  # fields typed in but not (yet) stored
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(
            page_heading(
                self.tr("Förberedelse"),
                self.tr(
                    "Träffens uppgifter och dagordning. Allt sparas när du trycker Enter "
                    "eller lämnar fältet, och kan ångras med Ctrl+Z."
                ),
                self,
            )
        )
        columns = QHBoxLayout()
        columns.setSpacing(24)
        columns.addWidget(self._build_details(), 4)
        columns.addWidget(self._build_agenda(), 6)
        layout.addLayout(columns, 1)
        ctx.signals.changed.connect(self._on_change)
        self.bind_back_to_first()
        self.setEnabled(False)

    # -- building ------------------------------------------------------------------

    def _build_details(self) -> QWidget:
        box = QWidget(self)
        outer = QVBoxLayout(box)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(_section_label(self.tr("Träffen"), box))
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        outer.addLayout(form)
        outer.addStretch(1)

        self.title_edit = FieldLine(box)
        self.title_edit.setObjectName("meetingTitleEdit")
        self.date_edit = DateLine(box)
        self.date_edit.setObjectName("meetingDateEdit")
        self.start_edit = FieldLine(box)
        self.end_edit = FieldLine(box)
        for edit in (self.start_edit, self.end_edit):
            edit.setPlaceholderText(self.tr("TT:MM"))
            edit.setMaximumWidth(edit.fontMetrics().horizontalAdvance("00:00") * 2 + 24)
        times = QWidget(box)
        times_layout = QHBoxLayout(times)
        times_layout.setContentsMargins(0, 0, 0, 0)
        times_layout.addWidget(self.start_edit)
        times_layout.addWidget(QLabel("–", times))
        times_layout.addWidget(self.end_edit)
        times_layout.addStretch(1)
        date_width = self.date_edit.fontMetrics().horizontalAdvance("0000-00-00") + 60
        self.date_edit.setMaximumWidth(date_width)
        self.location_edit = FieldLine(box)
        self.purpose_edit = TextBox(box)
        self.purpose_edit.setPlaceholderText(self.tr("Vad ska träffen leda till?"))
        self.purpose_edit.setToolTip(
            self.tr("Enter ger en ny rad; Ctrl+Enter eller Tab sparar och går vidare.")
        )
        self.purpose_edit.setFixedHeight(self.purpose_edit.fontMetrics().lineSpacing() * 4 + 14)
        self.facilitators = FacilitatorsBox(self.ctx, box)
        self.notes_taker = ChoiceCombo(box)
        self.notes_taker.setObjectName("notesTakerCombo")
        self.notes_taker_model = people_model(self.ctx, self, nobody=self.tr("– ingen vald –"))
        self.notes_taker.setModel(self.notes_taker_model)

        rows: list[tuple[str, QWidget, QWidget]] = [
            (self.tr("Tit&el"), self.title_edit, self.title_edit),
            (self.tr("Dat&um"), self.date_edit, self.date_edit.line),
            (self.tr("T&id"), times, self.start_edit),
            (self.tr("&Plats"), self.location_edit, self.location_edit),
            (self.tr("S&yfte"), self.purpose_edit, self.purpose_edit),
            (self.tr("Sa&mtalsledare"), self.facilitators, self.facilitators.line),
            (self.tr("Antec&knare"), self.notes_taker, self.notes_taker),
        ]
        for text, field, buddy in rows:
            label = QLabel(text, box)
            label.setBuddy(buddy)  # Alt + the underlined letter jumps to the field
            form.addRow(label, field)
            if field is times:
                # A warning, not a refusal: moving a meeting later means changing
                # the start first, and the end is wrong until it follows.
                self.times_warning = QLabel(
                    self.tr("Sluttiden är inte senare än starttiden – stämmer tiderna?"), box
                )
                self.times_warning.setObjectName("timesWarning")
                self.times_warning.setWordWrap(True)
                self.times_warning.setStyleSheet(_WARN)
                form.addRow("", self.times_warning)
        self._form = form
        form.setRowVisible(self.times_warning, False)
        self.title_edit.setToolTip(self.tr("Visas överst i minnesanteckningarna"))

        # Which stored field each widget edits, and how to read its value.
        self._fields: dict[str, tuple[Any, str]] = {
            "title": (self.title_edit, self.tr("Ändra titel")),
            "date": (self.date_edit, self.tr("Ändra datum")),
            "start": (self.start_edit, self.tr("Ändra starttid")),
            "end": (self.end_edit, self.tr("Ändra sluttid")),
            "location": (self.location_edit, self.tr("Ändra plats")),
            "purpose": (self.purpose_edit, self.tr("Ändra syfte")),
            "notes_taker_id": (self.notes_taker, self.tr("Ändra antecknare")),
        }
        for name, (widget, _text) in self._fields.items():
            finished = getattr(widget, "editing_finished", None) or widget.editingFinished
            finished.connect(lambda n=name: self._store(n))
        for name, line in (
            ("title", self.title_edit),
            ("date", self.date_edit.line),
            ("start", self.start_edit),
            ("end", self.end_edit),
            ("location", self.location_edit),
        ):
            line.textEdited.connect(lambda _t, n=name: self._dirty.add(n))
        self.purpose_edit.textChanged.connect(lambda: self._dirty.add("purpose"))
        self.notes_taker.activated.connect(lambda _i: self._dirty.add("notes_taker_id"))
        return box

    def _build_agenda(self) -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        head.addWidget(_section_label(self.tr("Dagordning"), box))
        head.addStretch(1)
        self.sum_label = QLabel(box)
        self.sum_label.setObjectName("timeboxSum")
        head.addWidget(self.sum_label)
        layout.addLayout(head)

        self.agenda_line = CaptureLine(
            self.tr("Ny punkt, t.ex. ”Välkommen och presentation 15 min” – Enter"),
            self._add_item,
            box,
        )
        self.agenda_line.setObjectName("agendaLine")
        layout.addWidget(self.agenda_line)

        self.agenda = AgendaModel(self.ctx.forum, self.ctx.signals, self.ctx.controller, self)
        view = KeyTableView(box)
        view.setObjectName("agendaView")
        view.setModel(self.agenda)
        select_restored_rows(view)
        view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        view.setDragEnabled(True)
        view.setAcceptDrops(True)
        view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        view.setDefaultDropAction(Qt.DropAction.MoveAction)
        view.setDropIndicatorShown(True)
        view.setDragDropOverwriteMode(False)  # drop between items, shown as a line
        header = view.horizontalHeader()
        header.setSectionResizeMode(COL_CLOCK, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_MINUTES, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_NOTES, QHeaderView.ResizeMode.Stretch)
        view.bind(Qt.Key.Key_Delete, self._delete_item)
        view.bind(Qt.Key.Key_Up, lambda: self._move_item(-1), _CTRL)
        view.bind(Qt.Key.Key_Down, lambda: self._move_item(+1), _CTRL)
        view.bind(Qt.Key.Key_Return, lambda: view.edit(view.currentIndex()))
        self.agenda_view = view
        layout.addWidget(view, 1)
        hint = hint_label(
            self.tr(
                "Enter eller F2 ändrar cellen · Ctrl+↑/↓ eller dra flyttar punkten · "
                "Delete tar bort (Ctrl+Z ångrar)"
            ),
            box,
        )
        hint.setObjectName("agendaHint")
        layout.addWidget(hint)
        return box

    # -- showing a meeting ---------------------------------------------------------

    def set_meeting(self, meeting_id: str | None) -> None:
        if meeting_id != self.meeting_id and self.meeting() is not None:
            self._store_pending()  # a half-finished edit belongs to the meeting it was made in
        super().set_meeting(meeting_id)
        self._dirty.clear()
        self.facilitators.set_meeting(meeting_id)
        self.agenda.set_meeting(meeting_id)
        self.setEnabled(meeting_id is not None)
        self._show_fields()
        self._show_sum()
        if self.agenda.rowCount():
            self.agenda_view.select_row(0, COL_TITLE)

    def focus_first(self) -> None:
        """A new meeting starts with its title; one with an agenda at the next item."""
        if self.agenda.rowCount() == 0:
            self.title_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            self.title_edit.selectAll()
        else:
            self.agenda_line.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_fields(self) -> None:
        meeting = self.meeting()
        for name, (widget, _text) in self._fields.items():
            if name in self._dirty:
                continue  # keep what the facilitator typed (e.g. a refused time)
            unmark_refused(widget)
            value = getattr(meeting, name) if meeting is not None else None
            if widget is self.notes_taker:
                row = self._person_row(value)
                if self.notes_taker.currentIndex() != row:
                    self.notes_taker.setCurrentIndex(row)
            elif widget is self.purpose_edit:
                if self.purpose_edit.toPlainText() != (value or ""):
                    self.purpose_edit.blockSignals(True)
                    self.purpose_edit.setPlainText(value or "")
                    self.purpose_edit.blockSignals(False)
            elif widget.text() != (value or ""):
                widget.setText(value or "")
        self._show_times_warning()

    def _show_times_warning(self) -> None:
        meeting = self.meeting()
        start = clock_minutes(meeting.start) if meeting is not None else None
        end = clock_minutes(meeting.end) if meeting is not None else None
        backwards = start is not None and end is not None and end <= start
        self._form.setRowVisible(self.times_warning, backwards)

    def _person_row(self, person_id: str | None) -> int:
        row = self.notes_taker_model.row_of(person_id or "")
        return row if row is not None else 0  # row 0: nobody

    def _show_sum(self) -> None:
        total = self.agenda.total_minutes()  # the model has already followed the change
        length = meeting_length(self.meeting())
        if length is None:
            self.sum_label.setText(self.tr("Summa {total} min").format(total=total))
            self.sum_label.setStyleSheet("")
        elif total > length:
            self.sum_label.setText(
                self.tr("Summa {total} min – {over} min mer än träffens {length} min").format(
                    total=total, over=total - length, length=length
                )
            )
            self.sum_label.setStyleSheet(_WARN)
        else:
            self.sum_label.setText(
                self.tr("Summa {total} min av {length} min").format(total=total, length=length)
            )
            self.sum_label.setStyleSheet("")

    def _on_change(self, change: Change) -> None:
        if self.meeting_id is None:
            return
        if change.table in ("meeting", "person"):
            if change.table == "meeting" and self.meeting() is None:
                return  # the meeting view moves on to no meeting
            self._show_fields()
        if change.table in ("meeting", "agenda_item"):
            self._show_sum()

    # -- storing -------------------------------------------------------------------

    def _value(self, name: str) -> Any:
        widget, _text = self._fields[name]
        if widget is self.notes_taker:
            choice = self.notes_taker.currentData(ObjectRole)
            return choice.person.id if choice is not None and choice.person else None
        if widget is self.purpose_edit:
            return self.purpose_edit.toPlainText()
        if name in ("start", "end"):
            return normalise_time(widget.text())
        if name == "date":  # a correction: the day nearest the date it had
            meeting = self.meeting()
            return normalise_date(widget.text(), near=meeting.date if meeting else None)
        return widget.text()

    def _store(self, name: str) -> None:
        if self.meeting_id is None or name not in self._dirty:
            return
        widget, text = self._fields[name]
        self._dirty.discard(name)  # the stored value may come back normalised
        if not self.ctx.controller.update(
            self.ctx.forum.meetings, self.meeting_id, text, **{name: self._value(name)}
        ):
            self._dirty.add(name)  # refused: the typed text stays to be corrected
            mark_refused(widget, self.ctx.controller.last_refusal)
            return
        unmark_refused(widget)
        # The stored form ("0900" is stored as 09:00), also when it equals the
        # value before and no change comes back to show it.
        self._show_fields()
        if hasattr(widget, "forget_typing"):
            widget.forget_typing()

    def _store_pending(self) -> None:
        for name in list(self._dirty):
            self._store(name)

    # -- the agenda ----------------------------------------------------------------

    def _add_item(self, text: str) -> bool:
        if self.meeting_id is None:
            return False
        title, minutes = split_timebox(text)
        created = self.ctx.controller.create(
            self.ctx.forum.agenda,
            self.tr("Ny dagordningspunkt"),
            meeting_id=self.meeting_id,
            title=title,
            minutes=minutes,
        )
        if created is None:
            return False
        row = self.agenda.row_of(created.id)
        if row is not None:
            self.agenda_view.scrollTo(self.agenda.index(row, COL_TITLE))
        return True

    def _delete_item(self) -> None:
        row = self.agenda_view.current_row()
        if row is None:
            return
        item = self.agenda.item(row).item
        self.ctx.controller.delete(
            self.ctx.forum.agenda, item.id, self.tr("Ta bort dagordningspunkt")
        )

    def _move_item(self, step: int) -> None:
        row = self.agenda_view.current_row()
        if row is not None:
            self.agenda.move_row(row, row + step)
