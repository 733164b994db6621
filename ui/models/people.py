"""People and organisations as tables, and the choice lists that pick them.

A choice list is an EntityTableModel of ``Choice`` rows, so a combo box on
it keeps its current entry when people or organisations are added or removed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QColor

from app import model
from app.forum_file import ForumFile
from app.i18n import QT_TRANSLATE_NOOP
from app.model import OrganisationKind
from storage.records import record
from ui.models.table import Column, EntityTableModel
from ui.qt_changes import ChangeSignals
from ui.undo import EditController

ORGANISATION_KIND_LABELS: dict[str, str] = {
    OrganisationKind.MUNICIPALITY: QT_TRANSLATE_NOOP("OrganisationKind", "Kommun"),
    OrganisationKind.REGION: QT_TRANSLATE_NOOP("OrganisationKind", "Region"),
    OrganisationKind.PRIVATE: QT_TRANSLATE_NOOP("OrganisationKind", "Privat"),
    OrganisationKind.ASSOCIATION: QT_TRANSLATE_NOOP("OrganisationKind", "Förening"),
    OrganisationKind.OTHER: QT_TRANSLATE_NOOP("OrganisationKind", "Annan"),
}


def kind_label(kind: str | None) -> str:
    label = ORGANISATION_KIND_LABELS.get(kind or "")
    return QCoreApplication.translate("OrganisationKind", label) if label else ""


@record
class Choice:
    """One entry of a combo box: the stored value (None for "none/all") and its label."""

    value: str | None
    label: str


ChoiceModel = EntityTableModel[Choice]


def choice_model(
    signals: ChangeSignals,
    tables: Iterable[str],
    load: Callable[[], list[Choice]],
    parent: QObject | None = None,
) -> ChoiceModel:
    return EntityTableModel(
        signals,
        load,
        lambda c: (c.value or "",),
        tables,
        [Column("", lambda c: c.label)],
        parent=parent,
    )


def organisation_choices(
    forum: ForumFile, signals: ChangeSignals, none_label: str, parent: QObject | None = None
) -> ChoiceModel:
    """``none_label`` first (value None), then the organisations in order."""

    def load() -> list[Choice]:
        orgs = [Choice(o.id, o.name) for o in forum.organisations.list()]
        return [Choice(None, none_label), *orgs]

    return choice_model(signals, {"organisation"}, load, parent)


def person_choices(
    forum: ForumFile, signals: ChangeSignals, none_label: str, parent: QObject | None = None
) -> ChoiceModel:
    """``none_label`` first (value None), then the people by name."""

    def load() -> list[Choice]:
        people = sorted(forum.people.list(), key=lambda p: p.name.casefold())
        return [Choice(None, none_label), *(Choice(p.id, p.name) for p in people)]

    return choice_model(signals, {"person"}, load, parent)


def kind_choices(signals: ChangeSignals, parent: QObject | None = None) -> ChoiceModel:
    """The organisation kinds, with "not given" first."""

    def load() -> list[Choice]:
        none = QCoreApplication.translate("OrganisationKind", "(ej angiven)")
        return [Choice(None, none), *(Choice(k, kind_label(k)) for k in ORGANISATION_KIND_LABELS)]

    return choice_model(signals, (), load, parent)


PROBLEM_COLOUR = QColor("#a12a1f")  # the attendance list's "Frånvarande" red


@record
class PersonRow:
    person: model.Person
    organisation: str  # the organisation's name, shown in the table
    email_problem: str = ""  # why the minutes cannot be sent there ("" when they can)


class PeopleModel(EntityTableModel[PersonRow]):
    """The forum's participants: name, title, organisation, e-mail, phone."""

    NAME, TITLE, ORGANISATION, EMAIL, PHONE = range(5)

    def __init__(
        self,
        forum: ForumFile,
        signals: ChangeSignals,
        controller: EditController,
        parent: QObject | None = None,
    ) -> None:
        self.forum = forum
        super().__init__(
            signals,
            self._rows,
            lambda row: (row.person.id,),
            {"person", "organisation"},
            [
                Column(self.tr("Namn"), lambda r: r.person.name, field="name"),
                Column(self.tr("Titel"), lambda r: r.person.title, field="title"),
                Column(
                    self.tr("Organisation"),
                    lambda r: r.organisation,
                    field="organisation_id",
                    edit_value=lambda r: r.person.organisation_id,
                ),
                Column(
                    self.tr("E-post"),
                    lambda r: r.person.email,
                    field="email",
                    tooltip=self._email_tip,
                    foreground=lambda r: PROBLEM_COLOUR if r.email_problem else None,
                ),
                Column(self.tr("Telefon"), lambda r: r.person.phone, field="phone"),
            ],
            controller=controller,
            service=forum.people,  # type: ignore[arg-type]
            edit_text=self.tr("Ändra person"),
            parent=parent,
        )

    def _rows(self) -> list[PersonRow]:
        from app.mail_draft import address_problem  # the email package: not at start-up

        names = {o.id: o.name for o in self.forum.organisations.list()}
        return [
            PersonRow(p, names.get(p.organisation_id or "", ""), address_problem(p.email))
            for p in self.forum.people.list()
        ]

    def _email_tip(self, row: PersonRow) -> str | None:
        if not row.email_problem:
            return None
        return self.tr("{reason} – minnesanteckningarna kan inte skickas dit.").format(
            reason=row.email_problem[:1].upper() + row.email_problem[1:]
        )


class OrganisationModel(EntityTableModel[model.Organisation]):
    """The forum's organisations: name, kind (Kommun, Region …), unit."""

    NAME, KIND, UNIT = range(3)

    def __init__(
        self,
        forum: ForumFile,
        signals: ChangeSignals,
        controller: EditController,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(
            signals,
            forum.organisations.list,
            lambda o: (o.id,),
            {"organisation"},
            [
                Column(self.tr("Namn"), lambda o: o.name, field="name"),
                Column(
                    self.tr("Typ"),
                    lambda o: kind_label(o.kind),
                    field="kind",
                    edit_value=lambda o: o.kind,
                ),
                Column(self.tr("Enhet"), lambda o: o.unit, field="unit"),
            ],
            controller=controller,
            service=forum.organisations,
            edit_text=self.tr("Ändra organisation"),
            parent=parent,
        )
