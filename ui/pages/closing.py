"""Phase page: Avslutning — decisions, parked questions, other business, next meeting,
and the minutes strip (export, send) at the bottom."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.model import NoteKind
from app.services.changes import Change
from ui.dates import spell_field
from ui.entry_formats import normalise_date, normalise_time
from ui.models.notes import NotesModel
from ui.models.table import ObjectRole
from ui.pages.base import MeetingPage, PageContext, page_heading
from ui.widgets.closing_fields import CommitTextEdit, mark_stored, show_stored
from ui.widgets.closing_list_editor import ListEditor, section_heading
from ui.widgets.minutes_bar import MinutesBar
from ui.widgets.prep_fields import FieldLine
from ui.widgets.refused_mark import mark_refused, unmark_refused
from ui.widgets.row_table import reveal_key


class ClosingPage(MeetingPage):
    # The meeting id; the window runs the export or the e-mail draft.
    export_minutes = Signal(str)
    send_minutes = Signal(str)

    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(
            page_heading(
                self.tr("Avslutning"),
                self.tr(
                    "Skriv och tryck Enter för att lägga till. I listan: F2 redigerar, "
                    "Ctrl+↑/↓ flyttar, Delete tar bort. Ctrl+Z ångrar."
                ),
                self,
            )
        )

        lists = QHBoxLayout()
        lists.setSpacing(16)
        self.models: dict[NoteKind, NotesModel] = {}
        self.editors: dict[NoteKind, ListEditor] = {}
        for kind, heading, placeholder in (
            (NoteKind.DECISION, self.tr("Beslut"), self.tr("Nytt beslut …")),
            (NoteKind.PARKED, self.tr("Parkerade frågor"), self.tr("Ny parkerad fråga …")),
            (NoteKind.OTHER, self.tr("Övriga frågor"), self.tr("Ny övrig fråga …")),
        ):
            notes = NotesModel(
                ctx.forum, ctx.signals, ctx.controller, kind, self._texts(kind)[3], self
            )
            editor = ListEditor(
                heading,
                placeholder,
                notes,
                add=partial(self._add_note, kind),
                remove=partial(self._remove_note, kind),
                move=partial(self._move_note, kind),
                parent=self,
            )
            editor.capture.setObjectName(f"capture_{kind}")
            editor.view.setObjectName(f"list_{kind}")
            self.models[kind] = notes
            self.editors[kind] = editor
            lists.addWidget(editor, 1)
        layout.addLayout(lists, 3)
        layout.addWidget(self._next_meeting_box(), 0)
        self.minutes_bar = MinutesBar(self)
        self.minutes_bar.export_requested.connect(self._request_export)
        self.minutes_bar.send_requested.connect(self._request_send)
        layout.addWidget(self.minutes_bar, 0)
        self.bind_back_to_first()

    # -- next meeting -----------------------------------------------------------

    def _next_meeting_box(self) -> QWidget:
        box = QWidget(self)
        outer = QVBoxLayout(box)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(4)
        outer.addWidget(section_heading(self.tr("Nästa träff"), box))
        grid = QGridLayout()
        outer.addLayout(grid)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(6)

        self.next_date = FieldLine(box)
        self.next_date.setObjectName("nextDate")
        self.next_date.setPlaceholderText(self.tr("ÅÅÅÅ-MM-DD"))
        self.next_date.setMaximumWidth(130)
        self.next_date_text = QLabel(box)
        self.next_date_text.setObjectName("nextDateText")
        self.next_date_text.setWordWrap(True)  # a warning may not widen the page
        self.next_start = FieldLine(box)
        self.next_start.setObjectName("nextStart")
        self.next_start.setPlaceholderText(self.tr("TT:MM"))
        self.next_start.setMaximumWidth(80)
        self.next_location = FieldLine(box)
        self.next_location.setObjectName("nextLocation")
        self.next_location.setPlaceholderText(self.tr("Var ses vi?"))
        self.next_notes = CommitTextEdit(box)
        self.next_notes.setObjectName("nextNotes")
        self.next_notes.setPlaceholderText(
            self.tr("Tema, värd, vad som ska förberedas … (Tab går vidare)")
        )
        self.next_notes.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)

        # A widget, not a nested layout: QFormLayout gives a layout's wrapped
        # words no extra height, and the warning beside the date may wrap.
        when = QWidget(box)
        date_row = QHBoxLayout(when)
        date_row.setContentsMargins(0, 0, 0, 0)
        date_row.setSpacing(8)
        date_row.addWidget(self.next_date)
        date_row.addWidget(self.next_date_text, 1)
        # Alt+letters stay clear of the menu bar's (Arkiv, Redigera, Träff, Hjälp).
        start_label = self._label(self.tr("T&id"), self.next_start)

        left = QFormLayout()
        left.setHorizontalSpacing(10)
        left.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        left.addRow(self._label(self.tr("&Datum"), self.next_date), when)
        # Its own row leaves the date's words room for the warning.
        left.addRow(start_label, self.next_start)
        left.addRow(self._label(self.tr("&Plats"), self.next_location), self.next_location)
        right = QFormLayout()
        right.setHorizontalSpacing(10)
        right.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        right.addRow(self._label(self.tr("Antec&kningar"), self.next_notes), self.next_notes)
        grid.addLayout(left, 0, 0)
        grid.addLayout(right, 0, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)

        self.next_date.editingFinished.connect(self._store_date)
        self.next_date.textEdited.connect(lambda _text: self._spell_next_date())
        self.next_start.editingFinished.connect(self._store_start)
        self.next_location.editingFinished.connect(self._store_location)
        self.next_notes.editing_finished.connect(self._store_notes)
        self.ctx.signals.changed.connect(self._on_change)
        return box

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    def _store_next(self, field: FieldLine | CommitTextEdit, text: str, **values: str) -> None:
        if self.meeting_id is None:
            return
        stored = self.ctx.controller.update(
            self.ctx.forum.meetings, self.meeting_id, text, **values
        )
        if stored:
            mark_stored(field)
            self._show_next_meeting()
        else:  # the typed text stays, with the refusal in the message bar
            mark_refused(field, self.ctx.controller.last_refusal)

    def _store_date(self) -> None:
        meeting = self.meeting()
        value = normalise_date(self.next_date.text(), after=meeting.date if meeting else None)
        self._store_next(self.next_date, self.tr("Ändra datum för nästa träff"), next_date=value)

    def _store_start(self) -> None:
        value = normalise_time(self.next_start.text())
        self._store_next(self.next_start, self.tr("Ändra tid för nästa träff"), next_start=value)

    def _store_location(self) -> None:
        self._store_next(
            self.next_location,
            self.tr("Ändra plats för nästa träff"),
            next_location=self.next_location.text(),
        )

    def _store_notes(self) -> None:
        self._store_next(
            self.next_notes,
            self.tr("Ändra anteckningar om nästa träff"),
            next_notes=self.next_notes.text(),
        )

    def _show_next_meeting(self) -> None:
        meeting = self.meeting()
        fields = (self.next_date, self.next_start, self.next_location, self.next_notes)
        for field in fields:
            field.setEnabled(meeting is not None)
        show_stored(self.next_date, (meeting.next_date or "") if meeting else "")
        show_stored(self.next_start, (meeting.next_start or "") if meeting else "")
        show_stored(self.next_location, meeting.next_location if meeting else "")
        self.next_notes.show_stored(meeting.next_notes if meeting else "")
        # Before the meeting's own date: pointed out as for Klart senast, not refused.
        self._spell_next_date()

    def _spell_next_date(self) -> None:
        meeting = self.meeting()
        spell_field(
            self.next_date_text,
            self.next_date.text(),
            meeting.next_date if meeting else None,
            meeting.date if meeting else None,
        )

    def _on_change(self, change: Change) -> None:
        if change.table == "meeting" and self.meeting_id is not None:
            self._show_next_meeting()

    # -- notes ------------------------------------------------------------------

    def _texts(self, kind: NoteKind) -> tuple[str, str, str, str]:
        """Undo-menu texts for adding, removing, moving and editing a note of ``kind``."""
        if kind == NoteKind.DECISION:
            return (
                self.tr("Nytt beslut"),
                self.tr("Ta bort beslut"),
                self.tr("Flytta beslut"),
                self.tr("Ändra beslut"),
            )
        if kind == NoteKind.PARKED:
            return (
                self.tr("Ny parkerad fråga"),
                self.tr("Ta bort parkerad fråga"),
                self.tr("Flytta parkerad fråga"),
                self.tr("Ändra parkerad fråga"),
            )
        return (
            self.tr("Ny övrig fråga"),
            self.tr("Ta bort övrig fråga"),
            self.tr("Flytta övrig fråga"),
            self.tr("Ändra övrig fråga"),
        )

    def _add_note(self, kind: NoteKind, text: str) -> bool:
        if self.meeting_id is None:
            return False
        created = self.ctx.controller.create(
            self.ctx.forum.notes,
            self._texts(kind)[0],
            meeting_id=self.meeting_id,
            kind=str(kind),
            text=text,
        )
        return created is not None

    def _remove_note(self, kind: NoteKind, index: QModelIndex) -> None:
        note = index.data(ObjectRole)
        self.ctx.controller.delete(self.ctx.forum.notes, note.id, self._texts(kind)[1])

    def _move_note(self, kind: NoteKind, index: QModelIndex, row: int) -> None:
        note = index.data(ObjectRole)
        self.ctx.controller.move(self.ctx.forum.notes, note.id, row, self._texts(kind)[2])

    # -- minutes ------------------------------------------------------------------

    def _request_export(self) -> None:
        if self.meeting_id is not None:
            self._store_pending()  # what is being typed belongs in the minutes
            self.export_minutes.emit(self.meeting_id)

    def _request_send(self) -> None:
        if self.meeting_id is not None:
            self._store_pending()
            self.send_minutes.emit(self.meeting_id)

    # -- the page ---------------------------------------------------------------

    def set_meeting(self, meeting_id: str | None) -> None:
        if meeting_id != self.meeting_id:
            self._store_pending()  # typed into the meeting shown until now
            for field in (self.next_date, self.next_start, self.next_location):
                field.setModified(False)
                unmark_refused(field)  # another meeting's values come in
            self.next_notes.document().setModified(False)
            unmark_refused(self.next_notes)
        super().set_meeting(meeting_id)
        for notes in self.models.values():
            notes.set_meeting(meeting_id)
        self._show_next_meeting()
        self.minutes_bar.setEnabled(meeting_id is not None)

    def _store_pending(self) -> None:
        """Store a next-meeting field still being typed in (focus has not left it)."""
        if self.meeting_id is None or self.ctx.forum.meetings.find(self.meeting_id) is None:
            return
        for field, store in (
            (self.next_date, self._store_date),
            (self.next_start, self._store_start),
            (self.next_location, self._store_location),
        ):
            if field.isModified():
                store()
        if self.next_notes.document().isModified():
            self._store_notes()

    def reveal(self, item_id: str, gap_id: str | None = None) -> bool:
        return any(
            reveal_key(self.editors[kind].view, notes, item_id, 0)
            for kind, notes in self.models.items()
        )

    def focus_first(self) -> None:
        self.editors[NoteKind.DECISION].capture.setFocus(Qt.FocusReason.OtherFocusReason)
