"""Phase page: Orsaker — the fishbone of one gap, deepened with "5 varför".

Pick the gap, pick a category (Alt+1…9), type a cause, Enter. Ctrl+Enter
asks "Varför?" about the selected cause: the capture line then adds answers
under it, indented, at any depth. Causes are grouped by the forum's fishbone
categories and, within each, ordered by votes (most first; ties in the order
they were captured), so the room sees the heaviest causes first.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app import model
from ui.models.causes import CauseTreeModel
from ui.models.gaps import GapChoiceModel
from ui.models.table import Column, EntityTableModel
from ui.pages.base import MeetingPage, PageContext, page_heading
from ui.widgets.capture_line import CaptureLine
from ui.widgets.gap_vote_keys import VoteKeys

_PAGE_KEYS = Qt.ShortcutContext.WidgetWithChildrenShortcut
_BANNER_STYLE = (
    "#whyBanner { background: #e7f1e4; border: 1px solid #b5d3ab; border-radius: 4px;"
    " padding: 5px 8px; }"
)


class CausesPage(MeetingPage):
    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.why_parent: str | None = None  # the cause "Varför?" adds answers under
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(
            page_heading(
                self.tr("Orsaker"),
                self.tr(
                    "Varför uppstår glappet? Samla orsakerna i fiskbenets kategorier och "
                    "fråga ”varför?” tills ni når en orsak som går att åtgärda."
                ),
                self,
            )
        )

        self.gaps = GapChoiceModel(ctx, lambda: self.meeting_id, self)
        self.gap_box = QComboBox(self)
        self.gap_box.setObjectName("causeGap")
        self.gap_box.setModel(self.gaps)
        self.gap_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.gap_box.setMinimumContentsLength(30)
        gap_label = QLabel(self.tr("&Glapp"), self)
        gap_label.setBuddy(self.gap_box)
        gap_row = QHBoxLayout()
        gap_row.addWidget(gap_label)
        gap_row.addWidget(self.gap_box, 1)
        layout.addLayout(gap_row)
        self.gap_info = QLabel(self)
        self.gap_info.setObjectName("pageHint")
        self.gap_info.setWordWrap(True)
        layout.addWidget(self.gap_info)

        # Numbered as Alt+1…9 picks them; the number is part of the row so that
        # rows after an added or removed category show their new number.
        self.categories: EntityTableModel[tuple[int, model.CauseCategory]] = EntityTableModel(
            ctx.signals,
            lambda: list(enumerate(ctx.forum.categories.list(), start=1)),
            lambda numbered: (numbered[1].id,),
            {"cause_category"},
            [Column(self.tr("Kategori"), lambda numbered: f"{numbered[0]}. {numbered[1].name}")],
            parent=self,
        )
        self.category_box = QComboBox(self)
        self.category_box.setObjectName("causeCategory")
        self.category_box.setModel(self.categories)
        self.category_box.setToolTip(self.tr("Kategori för nästa orsak (Alt+1 … Alt+9)"))
        self.capture = CaptureLine(self.tr("Ny orsak: skriv och tryck Enter"), self._store, self)
        self.capture.setObjectName("causeCapture")
        self.why_button = QPushButton(self.tr("Varför?"), self)
        self.why_button.setObjectName("whyButton")
        self.why_button.setToolTip(self.tr("Fråga varför om den markerade orsaken (Ctrl+Enter)"))
        capture_row = QHBoxLayout()
        capture_row.addWidget(self.category_box)
        capture_row.addWidget(self.capture, 1)
        capture_row.addWidget(self.why_button)
        layout.addLayout(capture_row)
        self.why_banner = QLabel(self)
        self.why_banner.setObjectName("whyBanner")
        self.why_banner.setStyleSheet(_BANNER_STYLE)
        self.why_banner.setWordWrap(True)
        self.why_banner.hide()
        layout.addWidget(self.why_banner)

        self.tree_model = CauseTreeModel(ctx, self)
        self.tree = QTreeView(self)
        self.tree.setObjectName("causeTree")
        self.tree.setModel(self.tree_model)
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setAlternatingRowColors(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.tree.setIndentation(22)
        self.tree.setStyleSheet("#causeTree::item { padding: 3px 0px; }")
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(CauseTreeModel.TEXT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(CauseTreeModel.VOTES, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(CauseTreeModel.VOTES, 80)
        layout.addWidget(self.tree, 1)

        self.keys_hint = QLabel(
            self.tr(
                "Enter: spara orsaken · Alt+1…9 eller Ctrl+↑/↓: kategori · Ctrl+Enter: "
                "Varför? · + / − eller siffror + Enter: röster · F2: ändra · Delete: ta bort"
            ),
            self,
        )
        self.keys_hint.setObjectName("pageHint")
        self.keys_hint.setWordWrap(True)
        layout.addWidget(self.keys_hint)

        self.votes = VoteKeys(self.tree, self._current_votes, self._store_votes)
        self.gap_box.currentIndexChanged.connect(self._gap_chosen)
        self.category_box.activated.connect(self._category_chosen)
        self.why_button.clicked.connect(self.ask_why)
        self.tree.selectionModel().currentChanged.connect(self._tree_current_changed)
        self.tree_model.modelReset.connect(self.tree.expandAll)
        self.tree_model.rowsInserted.connect(self._expand_inserted)
        self.tree_model.rowsRemoved.connect(self._check_why_parent)
        self.tree_model.dataChanged.connect(self._show_why_banner)
        self.tree_model.restored.connect(self.select_cause)
        self.gaps.dataChanged.connect(self._show_gap_info)
        self.gaps.layoutChanged.connect(self._show_gap_info)
        self.capture.installEventFilter(self)
        self._shortcuts()

    def _shortcuts(self) -> None:
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            why = QShortcut(QKeySequence(keys), self)
            why.setContext(_PAGE_KEYS)
            why.activated.connect(self.ask_why)
        for n in range(1, 10):
            pick = QShortcut(QKeySequence(f"Alt+{n}"), self)
            pick.setContext(_PAGE_KEYS)
            pick.activated.connect(lambda row=n - 1: self.category_for_typing(row))
        delete = QShortcut(QKeySequence(Qt.Key.Key_Delete), self.tree)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.delete_current)
        self.bind_back_to_first()

    # -- MeetingPage ------------------------------------------------------------

    def set_meeting(self, meeting_id: str | None) -> None:
        super().set_meeting(meeting_id)
        self.gaps.reload()
        self.gap_box.setCurrentIndex(0 if self.gaps.rowCount() else -1)
        self._gap_chosen()

    def focus_first(self) -> None:
        self.capture.setFocus()

    # -- the gap -----------------------------------------------------------------

    def current_gap(self) -> model.Gap | None:
        row = self.gap_box.currentIndex()
        return self.gaps.item(row).gap if 0 <= row < self.gaps.rowCount() else None

    def choose_gap(self, gap_id: str) -> None:
        row = self.gaps.row_of(gap_id)
        if row is not None:
            self.gap_box.setCurrentIndex(row)

    def _gap_chosen(self, *_args: object) -> None:
        gap = self.current_gap()
        gap_id = gap.id if gap else None
        self.set_why_parent(None)
        if gap_id != self.tree_model.gap_id:
            self.tree_model.set_gap(gap_id)
        self.capture.setEnabled(gap is not None)
        self.capture.setPlaceholderText(
            self.tr("Ny orsak: skriv och tryck Enter")
            if gap is not None
            else self.tr("Lägg först till glapp på sidan Glapp")
        )
        self._show_gap_info()

    def _show_gap_info(self, *_args: object) -> None:
        gap = self.current_gap()
        if gap is None:
            self.gap_info.setText(self.tr("Träffen har inga glapp ännu."))
            return
        chosen = (
            self.tr("vidare till orsaksanalys")
            if gap.status == model.GapStatus.IN_PROGRESS
            else self.tr("inte valt för orsaksanalys")
        )
        parts = [self.tr("Röster: {n}").format(n=gap.votes), chosen]
        if gap.transition:
            parts.append(gap.transition)
        text = " · ".join(parts)
        if gap.description:
            text += "\n" + gap.description
        self.gap_info.setText(text)

    # -- category ------------------------------------------------------------------

    def current_category(self) -> str | None:
        row = self.category_box.currentIndex()
        return self.categories.item(row)[1].id if 0 <= row < self.categories.rowCount() else None

    def choose_category(self, row: int) -> None:
        """Alt+n / Ctrl+↑↓: the next cause goes in category ``row`` (leaves "Varför?")."""
        if not 0 <= row < self.categories.rowCount():
            return
        self.set_why_parent(None)
        self.category_box.setCurrentIndex(row)
        self._category_chosen(row)

    def category_for_typing(self, row: int) -> None:
        """Alt+n: category ``row``, and the keyboard in the cause line. From the
        tree, the cause typed next went to the tree's search and was lost."""
        self.choose_category(row)
        if self.capture.isEnabled():
            self.capture.setFocus()

    def _category_chosen(self, row: int) -> None:
        if not 0 <= row < self.categories.rowCount():
            return
        category_id = self.categories.item(row)[1].id
        index = self.tree_model.index_of_category(category_id)
        if index.isValid() and self.tree_model.category_at(self.tree.currentIndex()) != category_id:
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)

    def _tree_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.votes.clear()
        if self.why_parent is not None:
            return
        category_id = self.tree_model.category_at(current)
        row = self.categories.row_of(category_id) if category_id else None
        if row is not None and row != self.category_box.currentIndex():
            self.category_box.setCurrentIndex(row)

    # -- capture and "Varför?" -------------------------------------------------------

    def _store(self, text: str) -> bool:
        gap = self.current_gap()
        if gap is None:
            return False
        forum = self.ctx.forum
        parent = forum.causes.find(self.why_parent) if self.why_parent else None
        if parent is not None:
            values = {"parent_id": parent.id, "category_id": parent.category_id}
            undo_text = self.tr("Ny orsak (varför?)")
        else:
            values = {"category_id": self.current_category()}
            undo_text = self.tr("Ny orsak")
        created = self.ctx.controller.create(
            forum.causes, undo_text, gap_id=gap.id, text=text, **values
        )
        if created is None:
            return False
        self.select_cause(created.id)
        self._show_why_banner()  # drops a "select a cause first" notice
        return True

    def ask_why(self) -> None:
        """Ctrl+Enter: answers now go under the selected cause (a typed one is stored first)."""
        text = self.capture.text().strip()
        if text:
            if not self._store(text):
                return
            self.capture.clear()
        cause = self.tree_model.cause_at(self.tree.currentIndex())
        if cause is None:
            self.why_banner.setText(self.tr("Markera först den orsak ni frågar varför om."))
            self.why_banner.show()
            return
        self.set_why_parent(cause.id)
        self.capture.setFocus()

    def set_why_parent(self, cause_id: str | None) -> None:
        self.why_parent = cause_id
        self.category_box.setEnabled(cause_id is None)
        if cause_id is not None:
            cause = self.ctx.forum.causes.find(cause_id)
            row = self.categories.row_of(cause.category_id) if cause and cause.category_id else None
            if row is not None:
                self.category_box.setCurrentIndex(row)
        self.capture.setPlaceholderText(
            self.tr("Varför? Skriv svaret och tryck Enter")
            if cause_id is not None
            else self.tr("Ny orsak: skriv och tryck Enter")
        )
        self._show_why_banner()

    def _show_why_banner(self, *_args: object) -> None:
        cause = self.ctx.forum.causes.find(self.why_parent) if self.why_parent else None
        if cause is None:
            self.why_banner.hide()
            return
        self.why_banner.setText(
            self.tr(
                "Varför? ↳ {cause}\nEnter: spara svaret här · Ctrl+Enter: fråga varför "
                "om svaret · Esc: tillbaka till kategorin"
            ).format(cause=cause.text)
        )
        self.why_banner.show()

    def _check_why_parent(self, *_args: object) -> None:
        if self.why_parent and self.ctx.forum.causes.find(self.why_parent) is None:
            self.set_why_parent(None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.capture and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            ctrl = event.modifiers() == Qt.KeyboardModifier.ControlModifier
            leaving = event.key() == Qt.Key.Key_Escape and not self.capture.text()
            if leaving and self.why_parent is not None:
                self.set_why_parent(None)
                return True
            if ctrl and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                step = -1 if event.key() == Qt.Key.Key_Up else 1
                count = self.categories.rowCount()
                if count:
                    self.choose_category((self.category_box.currentIndex() + step) % count)
                return True
        return False

    # -- the tree ----------------------------------------------------------------------

    def reveal(self, item_id: str, gap_id: str | None = None) -> bool:
        if gap_id is not None:
            self.choose_gap(gap_id)
        if not self.tree_model.index_of_cause(item_id).isValid():
            return False
        self.select_cause(item_id)
        self.tree.setFocus()
        return True

    def select_cause(self, cause_id: str) -> None:
        index = self.tree_model.index_of_cause(cause_id)
        if index.isValid():
            self.tree.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
            self.tree.scrollTo(index)

    def _expand_inserted(self, parent: QModelIndex, first: int, last: int) -> None:
        if parent.isValid():
            self.tree.expand(parent)
        for row in range(first, last + 1):
            self.tree.expandRecursively(self.tree_model.index(row, 0, parent))

    def _current_votes(self) -> int | None:
        cause = self.tree_model.cause_at(self.tree.currentIndex())
        return None if cause is None else cause.votes

    def _store_votes(self, votes: int) -> bool:
        cause = self.tree_model.cause_at(self.tree.currentIndex())
        if cause is None:
            return False
        return self.ctx.controller.update(
            self.ctx.forum.causes, cause.id, self.tr("Ändra röster"), votes=votes
        )

    def delete_current(self) -> None:
        """Delete: the cause and its "why?" answers (Ctrl+Z brings them all back)."""
        cause = self.tree_model.cause_at(self.tree.currentIndex())
        if cause is not None:
            self.ctx.controller.delete(self.ctx.forum.causes, cause.id, self.tr("Ta bort orsak"))
