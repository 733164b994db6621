"""Sidebar page: Forumet — name, area, shared goal, description, fishbone categories."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.model import OPEN_ACTION_STATUSES
from app.services.changes import Change
from ui.forum_info_command import update_forum_info
from ui.models.notes import CategoryModel
from ui.models.register import is_late
from ui.models.table import ObjectRole
from ui.pages.base import PageContext, page_heading
from ui.widgets.closing_fields import CommitTextEdit, mark_stored, show_stored
from ui.widgets.closing_list_editor import ListEditor, section_heading
from ui.widgets.prep_fields import FieldLine
from ui.widgets.refused_mark import mark_refused

_SUMMARY_TABLES = frozenset({"meeting", "action", "followup"})


class ForumPage(QWidget):
    def __init__(
        self,
        ctx: PageContext,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.today = today
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.setSpacing(10)
        layout.addWidget(
            page_heading(
                self.tr("Forumet"),
                self.tr(
                    "Det som gäller forumet över alla träffar. Ändringar sparas när du "
                    "lämnar fältet (Tab) och kan ångras med Ctrl+Z."
                ),
                self,
            )
        )
        layout.addWidget(self._summary_bar())

        columns = QHBoxLayout()
        columns.setSpacing(16)
        columns.addWidget(self._info_box(), 3)
        columns.addWidget(self._category_box(), 2)
        layout.addLayout(columns, 1)

        ctx.signals.changed.connect(self._on_change)
        self.show_info()
        self._show_summary()

    # -- the forum's own fields ---------------------------------------------------

    def _info_box(self) -> QWidget:
        box = QWidget(self)
        outer = QVBoxLayout(box)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(6)
        outer.addWidget(section_heading(self.tr("Om forumet"), box))
        form = QFormLayout()
        outer.addLayout(form)
        outer.addStretch(1)
        form.setContentsMargins(0, 0, 0, 0)
        form.setVerticalSpacing(8)
        form.setHorizontalSpacing(10)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)

        self.name = FieldLine(box)
        self.name.setObjectName("forumName")
        self.area = FieldLine(box)
        self.area.setObjectName("forumArea")
        self.area.setPlaceholderText(self.tr("Kommun, region, närområde …"))
        self.goal = CommitTextEdit(box)
        self.goal.setObjectName("forumGoal")
        self.goal.setPlaceholderText(self.tr("Vad vill forumet uppnå för den enskilde?"))
        self.description = CommitTextEdit(box)
        self.description.setObjectName("forumDescription")
        self.description.setPlaceholderText(
            self.tr("Vilka som deltar, vad forumet arbetar med, hur ofta det träffas …")
        )
        # The goal is read out at every opening: a little larger, and room for a
        # paragraph; neither field grows past what a page shows at once.
        goal_font = self.goal.font()
        goal_font.setPointSizeF(goal_font.pointSizeF() * 1.15)
        self.goal.setFont(goal_font)
        line = self.fontMetrics().lineSpacing()
        self.goal.setMinimumHeight(round(line * 1.15 * 4) + 14)
        self.goal.setMaximumHeight(round(line * 1.15 * 7) + 14)
        self.description.setMinimumHeight(line * 4 + 14)
        self.description.setMaximumHeight(line * 12 + 14)
        for label, field in (
            (self.tr("&Namn"), self.name),
            (self.tr("&Område"), self.area),
            (self.tr("&Gemensam målbild"), self.goal),
            (self.tr("&Beskrivning"), self.description),
        ):
            caption = QLabel(label, box)
            caption.setBuddy(field)
            form.addRow(caption, field)

        self.name.editingFinished.connect(
            lambda: self._store(self.name, self.tr("Ändra forumets namn"), name=self.name.text())
        )
        self.area.editingFinished.connect(
            lambda: self._store(self.area, self.tr("Ändra område"), area=self.area.text())
        )
        self.goal.editing_finished.connect(
            lambda: self._store(self.goal, self.tr("Ändra gemensam målbild"), goal=self.goal.text())
        )
        self.description.editing_finished.connect(
            lambda: self._store(
                self.description,
                self.tr("Ändra beskrivning"),
                description=self.description.text(),
            )
        )
        return box

    def _store(self, field: FieldLine | CommitTextEdit, text: str, **values: str) -> None:
        if update_forum_info(self.ctx.controller, text, **values):
            mark_stored(field)
            self.show_info()
        else:  # an empty name: the typed text stays, the message bar says why
            mark_refused(field, self.ctx.controller.last_refusal)

    def show_info(self) -> None:
        info = self.ctx.forum.forum.get()
        show_stored(self.name, info.name)
        show_stored(self.area, info.area)
        self.goal.show_stored(info.goal)
        self.description.show_stored(info.description)

    # -- fishbone categories ----------------------------------------------------------

    def _category_box(self) -> QWidget:
        box = QWidget(self)
        inner = QVBoxLayout(box)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.setSpacing(6)
        self.categories = CategoryModel(self.ctx.forum, self.ctx.signals, self.ctx.controller, self)
        self.category_editor = ListEditor(
            self.tr("Orsakskategorier i fiskbenet"),
            self.tr("Ny kategori …"),
            self.categories,
            add=self._add_category,
            remove=self._remove_category,
            move=self._move_category,
            wrap=False,
            parent=box,
        )
        self.category_editor.capture.setObjectName("categoryCapture")
        self.category_editor.view.setObjectName("categoryList")
        header = self.category_editor.view.horizontalHeader()
        header.show()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        inner.addWidget(self.category_editor, 1)
        self.uncategorised = QLabel(box)
        self.uncategorised.setObjectName("uncategorised")
        inner.addWidget(self.uncategorised)
        for signal in (
            self.categories.modelReset,
            self.categories.rowsInserted,
            self.categories.rowsRemoved,
            self.categories.dataChanged,
            self.categories.layoutChanged,
        ):
            signal.connect(self._show_uncategorised)
        self._show_uncategorised()
        hint = QLabel(
            self.tr(
                "F2 byter namn, Ctrl+↑/↓ flyttar, Delete tar bort. Orsaker i en "
                "borttagen kategori blir okategoriserade; Ctrl+Z ger tillbaka dem."
            ),
            box,
        )
        hint.setWordWrap(True)
        hint.setObjectName("categoryHint")
        inner.addWidget(hint)
        return box

    def _show_uncategorised(self, *_args: object) -> None:
        count = self.categories.uncategorised
        self.uncategorised.setVisible(count > 0)
        if count == 1:
            self.uncategorised.setText(self.tr("1 orsak saknar kategori."))
        else:
            self.uncategorised.setText(self.tr("{n} orsaker saknar kategori.").format(n=count))

    def _add_category(self, text: str) -> bool:
        created = self.ctx.controller.create(
            self.ctx.forum.categories, self.tr("Ny orsakskategori"), name=text
        )
        return created is not None

    def _remove_category(self, index: QModelIndex) -> None:
        row = index.data(ObjectRole)
        self.ctx.controller.delete(
            self.ctx.forum.categories, row.category.id, self.tr("Ta bort orsakskategori")
        )

    def _move_category(self, index: QModelIndex, target: int) -> None:
        row = index.data(ObjectRole)
        self.ctx.controller.move(
            self.ctx.forum.categories, row.category.id, target, self.tr("Flytta orsakskategori")
        )

    # -- summary ---------------------------------------------------------------------

    def _summary_bar(self) -> QWidget:
        bar = QWidget(self)
        row = QHBoxLayout(bar)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(12)
        self.meeting_count = self._figure(bar, row, self.tr("träffar"))
        self.open_count = self._figure(bar, row, self.tr("öppna åtgärder"))
        self.overdue_count = self._figure(bar, row, self.tr("försenade åtgärder"))
        row.addStretch(1)
        return bar

    def _figure(self, parent: QWidget, row: QHBoxLayout, caption: str) -> QLabel:
        card = QFrame(parent)
        card.setObjectName("summaryCard")
        card.setFrameShape(QFrame.Shape.StyledPanel)
        inner = QHBoxLayout(card)
        inner.setContentsMargins(12, 6, 14, 6)
        inner.setSpacing(8)
        number = QLabel("0", card)
        font = number.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        number.setFont(font)
        inner.addWidget(number)
        inner.addWidget(QLabel(caption, card), 0, Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(card)
        return number

    def _show_summary(self) -> None:
        forum = self.ctx.forum
        actions = forum.actions.list()
        today = self.today()
        open_actions = sum(1 for a in actions if a.status in OPEN_ACTION_STATUSES)
        overdue = sum(1 for a in actions if is_late(a, today))
        self.meeting_count.setText(str(forum.meetings.count()))
        self.open_count.setText(str(open_actions))
        self.overdue_count.setText(str(overdue))
        colour = "#a1160a" if overdue else ""
        self.overdue_count.setStyleSheet(f"color: {colour};" if colour else "")

    # -- following the file -------------------------------------------------------------

    def _on_change(self, change: Change) -> None:
        if change.table == "forum":
            self.show_info()
        elif change.table in _SUMMARY_TABLES and self.isVisible():
            self._show_summary()

    def showEvent(self, event: QShowEvent) -> None:
        self._show_summary()  # changed while hidden, or a new day
        super().showEvent(event)
