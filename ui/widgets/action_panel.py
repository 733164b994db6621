"""The side panel of the Åtgärder page: every field of the selected action.

Each change is stored at once as one undo step. The gap and cause chosen
here are also what the next captured action is linked to.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app import model
from app.labels import KINDS, STATUSES, kind_label, status_label
from ui.models.actions import Choice, ChoiceModel, cause_choices
from ui.models.table import Column, EntityTableModel
from ui.pages.base import PageContext
from ui.widgets.action_text import CommitTextEdit
from ui.widgets.due_date import DueDateEdit
from ui.widgets.one_line import OneLineEdit
from ui.widgets.person_picker import PersonPicker
from ui.widgets.refused_mark import mark_refused, unmark_refused


class ActionPanel(QWidget):
    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("actionPanel")
        self.ctx = ctx
        self.meeting_id: str | None = None
        self.action: model.Action | None = None
        self._gap_id: str | None = None  # the gap chosen here (drives the cause list)
        forum, signals = ctx.forum, ctx.signals

        self.people: EntityTableModel[model.Person] = EntityTableModel(
            signals,
            forum.people.list,
            lambda p: (p.id,),
            {"person"},
            [Column(self.tr("Namn"), lambda p: p.name)],
            parent=self,
        )
        self.gaps = ChoiceModel(signals, self._gap_choices, ("gap",), self)
        self.causes = ChoiceModel(
            signals,
            lambda: cause_choices(forum, self._gap_id, self.tr("ingen")),
            ("cause", "cause_category"),
            self,
        )
        self.organisations = ChoiceModel(
            signals,
            lambda: (
                [Choice(None, self.tr("ingen"))]
                + [Choice(o.id, o.name) for o in forum.organisations.list()]
            ),
            ("organisation",),
            self,
        )
        self.kinds = ChoiceModel(
            signals,
            lambda: (
                [Choice(None, self.tr("ej angiven"))] + [Choice(k, kind_label(k)) for k, _ in KINDS]
            ),
            (),
            self,
        )
        self.statuses = ChoiceModel(
            signals, lambda: [Choice(s, status_label(s)) for s, _ in STATUSES], (), self
        )

        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 8, 8, 8)
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.setVerticalSpacing(8)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        self.heading = QLabel(self)
        self.heading.setObjectName("actionPanelHeading")
        bold = self.heading.font()
        bold.setBold(True)
        bold.setPointSizeF(bold.pointSizeF() * 1.1)
        self.heading.setFont(bold)
        self.heading.setWordWrap(True)
        form.addRow(self.heading)

        self.title = OneLineEdit(self)
        self.title.setObjectName("actionTitle")
        self.title.editingFinished.connect(self._title_done)
        self.description = CommitTextEdit(self)
        self.description.setObjectName("actionDescription")
        self.description.committed.connect(
            lambda text: self._store(self.tr("Ändra beskrivning"), description=text)
        )
        self.gap = self._combo("actionGap", self.gaps, self._gap_chosen)
        self.cause = self._combo("actionCause", self.causes, self._cause_chosen)
        self.owner = PersonPicker(self.people, self)
        self.owner.chosen.connect(self._owner_chosen)
        self.owner.add_requested.connect(self._add_owner)
        self.organisation = self._combo(
            "actionOrganisation",
            self.organisations,
            lambda key: self._store_choice(self.tr("Byt organisation"), organisation_id=key),
        )
        self.due = DueDateEdit(self)
        self.due.picked.connect(self._due_picked)
        self.kind = self._combo(
            "actionKind", self.kinds, lambda key: self._store_choice(self.tr("Ändra typ"), kind=key)
        )
        self.success = CommitTextEdit(self)
        self.success.setObjectName("actionSuccess")
        self.success.setPlaceholderText(self.tr("Till exempel: andelen … ökar från … till …"))
        self.success.committed.connect(
            lambda text: self._store(self.tr("Ändra förbättringsmått"), success_measure=text)
        )
        self.status = self._combo(
            "actionStatus",
            self.statuses,
            lambda key: self._store_choice(self.tr("Ändra status"), status=key),
        )
        for editor in (self.description, self.success):
            line = editor.fontMetrics().lineSpacing()
            editor.setFixedHeight(line * 4 + 14)

        self._row(form, self.tr("Åtgär&d"), self.title)
        self._row(form, self.tr("&Beskrivning"), self.description)
        self._row(form, self.tr("&Glapp"), self.gap)
        self._row(form, self.tr("&Orsak"), self.cause)
        self._row(form, self.tr("Ans&varig"), self.owner, self.owner.edit)
        self._row(form, self.tr("Organi&sation"), self.organisation)
        self._row(form, self.tr("&Klart senast"), self.due, self.due.edit)
        self._row(form, self.tr("T&yp"), self.kind)
        measure = QLabel(self.tr("Hur v&et vi att det blev bättre?"), self)
        measure.setBuddy(self.success)
        form.addRow(measure)
        form.addRow(self.success)
        self._row(form, self.tr("Stat&us"), self.status)
        outer.addLayout(form)
        outer.addStretch(1)
        self._editors: list[QWidget] = [
            self.title,
            self.description,
            self.owner,
            self.organisation,
            self.due,
            self.kind,
            self.success,
            self.status,
        ]
        chain: list[QWidget] = [
            self.title,
            self.description,
            self.gap,
            self.cause,
            self.owner.edit,
            self.organisation,
            self.due.edit,
            self.due.two_weeks,
            self.due.next_meeting,
            self.due.three_months,
            self.kind,
            self.success,
            self.status,
        ]
        for first, second in zip(chain, chain[1:], strict=False):
            self.setTabOrder(first, second)
        self._stale = False
        signals.changed.connect(lambda change: self._on_change(change.table))
        self.show_action(None)

    # -- building ----------------------------------------------------------------------

    def _combo(self, name: str, choices: ChoiceModel, chosen) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.setModel(choices)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(16)
        # Long cause and gap texts may use more width in the open list.
        combo.view().setMinimumWidth(360)
        combo.view().setTextElideMode(Qt.TextElideMode.ElideRight)
        combo.activated.connect(lambda row: chosen(choices.item(row).key))
        # The full text of a long gap or cause, which the closed box cuts off.
        combo.currentTextChanged.connect(combo.setToolTip)
        return combo

    def _row(self, form: QFormLayout, text: str, field: QWidget, buddy: QWidget | None = None):
        label = QLabel(text, self)
        label.setBuddy(buddy or field)
        form.addRow(label, field)

    def _gap_choices(self) -> list[Choice]:
        if self.meeting_id is None:
            return [Choice(None, self.tr("inget"))]
        gaps = self.ctx.forum.gaps.list(meeting_id=self.meeting_id)
        return [Choice(None, self.tr("inget"))] + [
            Choice(g.id, f"{n}. {g.title}", g.title) for n, g in enumerate(gaps, start=1)
        ]

    # -- what is shown ------------------------------------------------------------------

    def set_meeting(self, meeting_id: str | None) -> None:
        self.meeting_id = meeting_id
        self._gap_id = None
        self.gaps.reload()
        self.causes.reload()
        self._show_meeting_dates()
        self.show_action(None)

    def chosen_gap(self) -> str | None:
        return self._gap_id

    def chosen_cause(self) -> str | None:
        return self.causes.item(self.cause.currentIndex()).key if self.cause.count() else None

    def show_action(self, action: model.Action | None, number: int | None = None) -> None:
        """Fill the fields from ``action`` (None: nothing selected, only gap/cause stay)."""
        same = action is not None and self.action is not None and self.action.id == action.id
        self.action = action
        for editor in self._editors:
            editor.setEnabled(action is not None)
        if number is not None:
            self.heading.setText(self.tr("Åtgärd nr {n}").format(n=number))
        elif action is None:
            self.heading.setText(self.tr("Ny åtgärd: välj glapp och orsak, skriv sedan åtgärden"))
        if action is None:
            self.title.setText("")
            self.description.set_stored("")
            self.success.set_stored("")
            self.owner.set_person(None, "")
            self.due.set_due(None)
            for combo in (self.organisation, self.kind, self.status):
                combo.setCurrentIndex(-1)
            return
        # A title being typed stays only while the same action is shown: text
        # typed for one action must never be stored on another.
        if not (same and self.title.hasFocus() and self.title.isModified()):
            self.title.setText(action.title)
            self.title.setCursorPosition(0)  # show the start of a long title
            self.title.setModified(False)
        self.description.set_stored(action.description)
        self.success.set_stored(action.success_measure)
        if self._gap_id != action.gap_id:
            self._gap_id = action.gap_id
            self.causes.reload()
        self._select(self.gap, self.gaps, action.gap_id)
        self._select(self.cause, self.causes, action.cause_id)
        owner = self.ctx.forum.people.find(action.owner_id) if action.owner_id else None
        self.owner.set_person(action.owner_id, owner.name if owner else "")
        self._select(self.organisation, self.organisations, action.organisation_id)
        self.due.set_due(action.due)
        self._select(self.kind, self.kinds, action.kind)
        self._select(self.status, self.statuses, action.status)

    def _select(self, combo: QComboBox, choices: ChoiceModel, key: str | None) -> None:
        row = choices.row_of_key(key)
        if combo.currentIndex() != row:
            combo.setCurrentIndex(row)

    def _show_meeting_dates(self) -> None:
        meeting = self.ctx.forum.meetings.find(self.meeting_id) if self.meeting_id else None
        self.due.set_meeting_dates(
            meeting.date if meeting else None, meeting.next_date if meeting else None
        )

    def _on_change(self, table: str) -> None:
        # The page shows the action again when its row changes; this keeps the
        # choices' selection right when their lists change under them. Hidden
        # (another phase is on screen) it only notes that it must catch up.
        if not self.isVisible():
            self._stale = True
            return
        if table == "meeting":
            self._show_meeting_dates()
        if table in ("gap", "cause", "cause_category", "person", "organisation"):
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self._stale = False
            self._show_meeting_dates()
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        """Show the file's state of the action on screen (or of the chosen gap)."""
        current = self.ctx.forum.actions.find(self.action.id) if self.action else None
        self.show_action(current)
        if current is None:
            if self._gap_id is not None and self.gaps.row_of_key(self._gap_id) == 0:
                self._gap_id = None  # the chosen gap was removed meanwhile
                self.causes.reload()
            self._select(self.gap, self.gaps, self._gap_id)

    # -- editing -------------------------------------------------------------------------

    def _store(self, text: str, **values: Any) -> bool:
        if self.action is None:
            return False
        return self.ctx.controller.update(self.ctx.forum.actions, self.action.id, text, **values)

    def _store_choice(self, text: str, **values: Any) -> None:
        """A choice that is refused goes back to what is stored (the message says why)."""
        if not self._store(text, **values):
            self.refresh()

    def _title_done(self) -> None:
        # On refusal (an empty title) the typed text stays for another try.
        if not self.title.isModified():
            return
        if self._store(self.tr("Ändra åtgärdens titel"), title=self.title.text()):
            self.title.setModified(False)
            unmark_refused(self.title)
        else:
            mark_refused(self.title, self.ctx.controller.last_refusal)

    def _due_picked(self, iso: str | None) -> None:
        # Refused (no such day), the typed date stays, marked, for another try.
        if self._store(self.tr("Ändra klart senast"), due=iso):
            unmark_refused(self.due.edit)
        else:
            mark_refused(self.due.edit, self.ctx.controller.last_refusal)

    def _gap_chosen(self, gap_id: str | None) -> None:
        self._gap_id = gap_id
        self.causes.reload()
        if self.action is None:
            self.cause.setCurrentIndex(0)
            return
        values: dict[str, Any] = {"gap_id": gap_id}
        if self.action.cause_id is not None and self.causes.row_of_key(self.action.cause_id) == 0:
            values["cause_id"] = None  # a cause belongs to its gap; it cannot come along
        self._store_choice(self.tr("Koppla till glapp"), **values)

    def _cause_chosen(self, cause_id: str | None) -> None:
        if self.action is None:
            return  # only remembered for the next captured action
        self._store_choice(self.tr("Koppla till orsak"), cause_id=cause_id)

    def _owner_chosen(self, person_id: str | None) -> None:
        if self.action is None or person_id == self.action.owner_id:
            return
        values: dict[str, Any] = {"owner_id": person_id}
        person = self.ctx.forum.people.find(person_id) if person_id else None
        if person is not None and person.organisation_id and not self.action.organisation_id:
            values["organisation_id"] = person.organisation_id
        self._store_choice(self.tr("Byt ansvarig"), **values)

    def _add_owner(self, name: str) -> None:
        """A new person and the assignment, as one undo step."""
        if self.action is None:
            return
        action_id = self.action.id
        controller, forum = self.ctx.controller, self.ctx.forum
        if forum.read_only:
            controller.create(forum.people, self.tr("Ny person"), name=name)  # says why not
            return
        with controller.macro(self.tr("Ny person som ansvarig: {name}").format(name=name)):
            person = controller.create(forum.people, self.tr("Ny person"), name=name)
            if person is not None:
                controller.update(
                    forum.actions, action_id, self.tr("Byt ansvarig"), owner_id=person.id
                )
