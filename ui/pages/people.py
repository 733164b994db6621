"""Sidebar page: Personer och organisationer — the forum's participants and organisations."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, QItemSelectionModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.models.people import OrganisationModel, PeopleModel, kind_choices, organisation_choices
from ui.models.table import ObjectRole, select_restored_rows
from ui.pages.base import PageContext, page_heading
from ui.widgets.capture_line import CaptureLine
from ui.widgets.closing_list_editor import RowKeys, section_heading, tidy_table
from ui.widgets.register_choice import ChoiceDelegate
from ui.widgets.register_columns import WeightedColumns

# Shares of each table's width.
_PEOPLE_WEIGHTS = {
    PeopleModel.NAME: 1.3,
    PeopleModel.TITLE: 2.0,
    PeopleModel.ORGANISATION: 2.0,
    PeopleModel.EMAIL: 1.8,
    PeopleModel.PHONE: 1.0,
}
_ORGANISATION_WEIGHTS = {
    OrganisationModel.NAME: 2.0,
    OrganisationModel.KIND: 0.8,
    OrganisationModel.UNIT: 3.0,
}


class PeoplePage(QWidget):
    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.setSpacing(8)
        layout.addWidget(
            page_heading(
                self.tr("Personer och organisationer"),
                self.tr(
                    "Skriv ett namn och tryck Enter för att lägga till. I tabellen: F2 "
                    "eller dubbelklick redigerar, Delete tar bort, Ctrl+Z ångrar."
                ),
                self,
            )
        )
        privacy = QLabel(
            self.tr(
                "Deltagarnas namn och kontaktuppgifter är personuppgifter. Spara bara det "
                "forumet behöver, och ta bort personer som inte längre deltar."
            ),
            self,
        )
        privacy.setObjectName("privacyNote")
        privacy.setWordWrap(True)
        privacy.setStyleSheet(
            "#privacyNote { background: #eef4fb; border: 1px solid #c9dbef; "
            "border-radius: 4px; padding: 6px 10px; color: #1d3a5c; }"
        )
        layout.addWidget(privacy)

        self.people = PeopleModel(ctx.forum, ctx.signals, ctx.controller, self)
        self.organisations = OrganisationModel(ctx.forum, ctx.signals, ctx.controller, self)
        self.person_organisations = organisation_choices(
            ctx.forum, ctx.signals, self.tr("(ingen organisation)"), self
        )
        self.kinds = kind_choices(ctx.signals, self)

        self._column_fitters: list[WeightedColumns] = []
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setObjectName("peopleSplitter")
        splitter.setChildrenCollapsible(False)
        people_box, self.person_capture, self.people_view = self._section(
            self.tr("Personer"),
            self.tr("Ny person: namn …"),
            self.people,
            _PEOPLE_WEIGHTS,
            self._add_person,
        )
        self.people_view.setObjectName("peopleTable")
        self.person_capture.setObjectName("personCapture")
        self.people_view.setItemDelegateForColumn(
            PeopleModel.ORGANISATION, ChoiceDelegate(self.person_organisations, self.people_view)
        )
        org_box, self.organisation_capture, self.organisations_view = self._section(
            self.tr("Organisationer"),
            self.tr("Ny organisation: namn …"),
            self.organisations,
            _ORGANISATION_WEIGHTS,
            self._add_organisation,
        )
        self.organisations_view.setObjectName("organisationTable")
        self.organisation_capture.setObjectName("organisationCapture")
        self.organisations_view.setItemDelegateForColumn(
            OrganisationModel.KIND, ChoiceDelegate(self.kinds, self.organisations_view)
        )
        splitter.addWidget(people_box)
        splitter.addWidget(org_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter, 1)

        self.person_keys = RowKeys(self.people_view, on_delete=self._remove_person)
        self.organisation_keys = RowKeys(
            self.organisations_view, on_delete=self._remove_organisation
        )

    def _section(
        self,
        heading: str,
        placeholder: str,
        model: QAbstractItemModel,
        weights: dict[int, float],
        store: Callable[[str], bool],
    ) -> tuple[QWidget, CaptureLine, QTableView]:
        box = QWidget(self)
        inner = QVBoxLayout(box)
        inner.setContentsMargins(0, 4, 0, 4)
        inner.setSpacing(4)
        title = section_heading(heading, box)
        capture = CaptureLine(placeholder, store, box)
        capture.setMaximumWidth(420)
        title.setBuddy(capture)
        view = QTableView(box)
        view.setModel(model)
        select_restored_rows(view)
        tidy_table(view)
        view.setWordWrap(False)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        view.verticalHeader().hide()
        view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self._column_fitters.append(WeightedColumns(view, weights))
        inner.addWidget(title)
        inner.addWidget(capture)
        inner.addWidget(view, 1)
        return box, capture, view

    # -- edits ---------------------------------------------------------------------------

    def _add_person(self, name: str) -> bool:
        from app.walk_in import namesakes

        created = self.ctx.controller.create(self.ctx.forum.people, self.tr("Ny person"), name=name)
        if created is None:
            return False
        self._select(self.people_view, self.people.row_of(created.id))
        count = len(namesakes(self.ctx.forum, name))
        if count > 1:
            # People may share a name, so it is stored; but a second entry for
            # the same person splits their attendance and actions.
            from ui.undo import undo_hint

            note = self.tr(
                "Det finns nu {n} personer som heter ”{name}”. Om det är samma person kan "
                "du ta bort den nya."
            ).format(n=count, name=" ".join(name.split()))
            self.ctx.controller.noted.emit(f"{note} {undo_hint()}".strip())
        return True

    def _add_organisation(self, name: str) -> bool:
        from app.walk_in import find_organisation

        existing = find_organisation(self.ctx.forum, name)
        if existing is not None:
            # Walk-ins are matched to organisations by name: two of one name
            # would split the forum's people between them.
            self._select(self.organisations_view, self.organisations.row_of(existing.id))
            self.ctx.controller.failed.emit(
                self.tr(
                    "Organisationen ”{name}” finns redan och är markerad i listan. Välj ett "
                    "annat namn för en ny organisation."
                ).format(name=existing.name)
            )
            return False
        created = self.ctx.controller.create(
            self.ctx.forum.organisations, self.tr("Ny organisation"), name=name
        )
        if created is not None:
            self._select(self.organisations_view, self.organisations.row_of(created.id))
        return created is not None

    def _select(self, view: QTableView, row: int | None) -> None:
        """Show the new row without taking the keyboard from the capture line."""
        if row is None:
            return
        index = view.model().index(row, 0)
        flags = QItemSelectionModel.SelectionFlag
        view.selectionModel().setCurrentIndex(index, flags.ClearAndSelect | flags.Rows)
        view.scrollTo(index)

    def _remove_person(self, index: QModelIndex) -> None:
        row = index.data(ObjectRole)
        self.ctx.controller.delete(self.ctx.forum.people, row.person.id, self.tr("Ta bort person"))

    def _remove_organisation(self, index: QModelIndex) -> None:
        organisation = index.data(ObjectRole)
        self.ctx.controller.delete(
            self.ctx.forum.organisations, organisation.id, self.tr("Ta bort organisation")
        )

    def focus_first(self) -> None:
        self.person_capture.setFocus(Qt.FocusReason.OtherFocusReason)
