"""Ctrl+F: search every meeting of the forum and go to what was found.

Hits follow the typing (app.search). Enter or a double-click opens the
meeting on the hit's phase with the item selected, and closes the panel;
Ctrl+F again brings back the same words. The panel only reads, so it works
on a read-only forum too. It follows edits made while it is open.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer
from PySide6.QtGui import QHideEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.errors import SamsynError
from app.forum_file import ForumFile
from app.messages import describe
from app.search import MAX_HITS, ForumSearch, SearchHit
from storage.errors import StorageError
from ui.models.search import SearchHitsModel
from ui.models.table import ObjectRole
from ui.qt_changes import ChangeSignals
from ui.read_only import mark_safe
from ui.widgets.row_table import select_row

TYPING_PAUSE_MS = 120  # search when the typing pauses, not at every key
_PAGE = 10
_MOVES = {
    Qt.Key.Key_Down: 1,
    Qt.Key.Key_Up: -1,
    Qt.Key.Key_PageDown: _PAGE,
    Qt.Key.Key_PageUp: -_PAGE,
}


class SearchPanel(QDialog):
    """``go_to(hit)`` shows the hit in the window; the panel then closes."""

    def __init__(
        self,
        forum: ForumFile,
        signals: ChangeSignals,
        go_to: Callable[[SearchHit], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        mark_safe(self)
        self.setObjectName("searchPanel")
        self.searcher = ForumSearch(forum.db)
        self._go_to = go_to
        self.setWindowTitle(self.tr("Sök i forumet"))
        self.resize(960, 520)
        layout = QVBoxLayout(self)

        self.query = QLineEdit(self)
        self.query.setObjectName("searchQuery")
        self.query.setPlaceholderText(
            self.tr("Sök bland glapp, orsaker, åtgärder, uppföljningar och beslut i alla träffar")
        )
        self.query.setClearButtonEnabled(True)
        self.query.installEventFilter(self)
        label = QLabel(self.tr("&Sök:"), self)
        label.setBuddy(self.query)
        layout.addWidget(label)
        layout.addWidget(self.query)

        self.model = SearchHitsModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("searchHits")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(SearchHitsModel.MEETING, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(SearchHitsModel.KIND, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(SearchHitsModel.TEXT, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(SearchHitsModel.MEETING, 300)
        self.table.activated.connect(self._go)  # Enter, and a double-click
        layout.addWidget(self.table, 1)

        self.status = QLabel(self)
        self.status.setObjectName("searchStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)

        buttons = QDialogButtonBox(self)
        self.show_button = buttons.addButton(
            self.tr("Visa"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.accepted.connect(lambda: self._go(self.table.currentIndex()))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TYPING_PAUSE_MS)
        self._timer.timeout.connect(self.refresh)
        self.query.textChanged.connect(self._timer.start)
        signals.changed.connect(self._follow_edit)
        self.refresh()

    def open_again(self) -> None:
        """Show the panel with the words of last time selected, ready to replace."""
        self.refresh()
        self.show()
        self.raise_()
        self.activateWindow()
        self.query.setFocus()
        self.query.selectAll()

    def hideEvent(self, event: QHideEvent) -> None:
        self._timer.stop()  # closed (or its forum closing): nothing left to search
        super().hideEvent(event)

    def refresh(self) -> None:
        self._timer.stop()
        text = self.query.text()
        try:
            result = self.searcher.search(text)
        except (StorageError, SamsynError) as exc:  # the file gone from under it
            self.model.set_hits([])
            self.status.setText(describe(exc))
            return
        current = self.table.currentIndex().data(ObjectRole)
        self.model.set_hits(result.hits)
        if result.hits:  # the same hit stays chosen when it is still there
            keys = [(hit.kind, hit.item_id, hit.meeting_id) for hit in result.hits]
            key = (current.kind, current.item_id, current.meeting_id) if current else None
            row = keys.index(key) if key in keys else 0
            select_row(self.table, self.model.index(row, SearchHitsModel.TEXT))
        self.show_button.setEnabled(bool(result.hits))
        self.status.setText(self._status_text(text, result.total))

    def _status_text(self, text: str, total: int) -> str:
        if not text.strip():
            return self.tr(
                "Skriv ett eller flera ord. Alla orden ska finnas med, i valfri ordning."
            )
        if total == 0:
            return self.tr("Inget hittades för ”{words}”.").format(words=text.strip())
        if total > MAX_HITS:
            return self.tr(
                "Visar de {shown} första av {total} sökresultat. Skriv fler ord för att begränsa."
            ).format(shown=MAX_HITS, total=total)
        if total == 1:
            return self.tr("1 sökresultat. Enter visar det.")
        return self.tr("{total} sökresultat. Enter visar det markerade.").format(total=total)

    def _follow_edit(self, *_args: object) -> None:
        if self.isVisible() and self.query.text().strip():
            self._timer.start()

    def _go(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        hit = index.data(ObjectRole)
        self.accept()
        self._go_to(hit)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Up and Down in the search field move through the hits; Enter shows one.
        if watched is self.query and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = Qt.Key(event.key())
            if key in _MOVES:
                self._move(_MOVES[key])
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self._timer.isActive():
                    self.refresh()  # the words just typed, not those before them
                self._go(self.table.currentIndex())
                return True
        return super().eventFilter(watched, event)

    def _move(self, step: int) -> None:
        rows = self.model.rowCount()
        if not rows:
            return
        current = self.table.currentIndex()
        row = max(0, min(rows - 1, (current.row() if current.isValid() else -1) + step))
        index = self.model.index(row, SearchHitsModel.TEXT)
        select_row(self.table, index)
        self.table.scrollTo(index)
