"""Choosing people for a meeting's roles: facilitators (several) and notes taker."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QListView,
    QVBoxLayout,
    QWidget,
)

from app import model
from app.name_search import person_named
from storage.records import record
from ui.models.table import Column, EntityTableModel, select_restored_rows
from ui.pages.base import PageContext
from ui.widgets.capture_line import CaptureLine
from ui.widgets.prep_views import KeyListView


@record
class PersonChoice:
    """An entry of a person pick list, with the organisation it shows."""

    person: model.Person | None  # None: the "nobody" entry of a pick list
    organisation: str


def _choices(ctx: PageContext, nobody: bool) -> list[PersonChoice]:
    names = {o.id: o.name for o in ctx.forum.organisations.list()}
    rows = [
        PersonChoice(p, names.get(p.organisation_id or "", "")) for p in ctx.forum.people.list()
    ]
    return [PersonChoice(None, ""), *rows] if nobody else rows


def people_model(
    ctx: PageContext, parent: QObject, *, nobody: str | None = None
) -> EntityTableModel[PersonChoice]:
    """The forum's people by name; ``nobody`` adds a first entry for "no one"."""
    return EntityTableModel(
        ctx.signals,
        lambda: _choices(ctx, nobody is not None),
        lambda c: (c.person.id,) if c.person else ("",),
        {"person", "organisation"},
        [
            Column(
                QCoreApplication.translate("People", "Namn"),
                lambda c: c.person.name if c.person else nobody,
                tooltip=lambda c: c.organisation or None,
            )
        ],
        parent=parent,
    )


def match_person(ctx: PageContext, text: str) -> model.Person | None:
    """The person ``text`` names: the whole name, else the only closest match
    (app.name_search)."""
    return person_named(ctx.forum.people.list(), text)


@record
class FacilitatorRow:
    """A meeting's facilitator with the name to show."""

    facilitator: model.Facilitator
    name: str


class FacilitatorsBox(QWidget):
    """Type a name and Enter to add a facilitator; Delete removes the selected one."""

    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.meeting_id: str | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)

        self.model: EntityTableModel[FacilitatorRow] = EntityTableModel(
            ctx.signals,
            self._rows,
            lambda r: (r.facilitator.meeting_id, r.facilitator.person_id),
            {"meeting_facilitator", "person"},
            [Column(self.tr("Samtalsledare"), lambda r: r.name)],
            parent=self,
        )
        self.list = KeyListView(self)
        self.list.setObjectName("facilitatorList")
        self.list.setModel(self.model)
        select_restored_rows(self.list)
        self.list.setFlow(QListView.Flow.LeftToRight)
        self.list.setWrapping(True)
        self.list.setSpacing(3)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setToolTip(self.tr("Delete tar bort markerad samtalsledare"))
        self.list.bind(Qt.Key.Key_Delete, self.remove_selected)
        self.list.bind(Qt.Key.Key_Backspace, self.remove_selected)
        self.list.setFixedHeight(self.list.fontMetrics().lineSpacing() * 2 + 14)

        self.line = CaptureLine(
            self.tr("Lägg till: skriv ett namn och tryck Enter"), self.add, self
        )
        self.line.setObjectName("facilitatorLine")
        self.people = people_model(ctx, self)
        completer = QCompleter(self.people, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.line.setCompleter(completer)
        layout.addWidget(self.list)
        layout.addWidget(self.line)

    def _rows(self) -> list[FacilitatorRow]:
        if self.meeting_id is None:
            return []
        names = {p.id: p.name for p in self.ctx.forum.people.list()}
        return [
            FacilitatorRow(f, names.get(f.person_id, ""))
            for f in self.ctx.forum.facilitators.list(meeting_id=self.meeting_id)
        ]

    def set_meeting(self, meeting_id: str | None) -> None:
        self.meeting_id = meeting_id
        self.model.reload()

    def add(self, text: str) -> bool:
        if self.meeting_id is None:
            return False
        person = match_person(self.ctx, text)
        if person is None:
            self.ctx.controller.failed.emit(
                self.tr(
                    "Det finns ingen person som heter ”{name}” i forumet. Lägg till personen "
                    "under Personer och organisationer, eller som deltagare under Inledning."
                ).format(name=text)
            )
            return False
        if self.ctx.forum.facilitators.find(self.meeting_id, person.id) is not None:
            return True  # already there: nothing to add, the line is done
        created = self.ctx.controller.create(
            self.ctx.forum.facilitators,
            self.tr("Lägg till samtalsledare"),
            meeting_id=self.meeting_id,
            person_id=person.id,
        )
        return created is not None

    def remove_selected(self) -> None:
        index = self.list.currentIndex()
        if not index.isValid():
            return
        row = self.model.item(index.row())
        self.ctx.controller.delete(
            self.ctx.forum.facilitators,
            (row.facilitator.meeting_id, row.facilitator.person_id),
            self.tr("Ta bort samtalsledare"),
        )
