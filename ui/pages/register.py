"""Sidebar page: Åtgärdsregister — every action of the forum, filtered and sorted."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QSettings, Qt, Signal
from PySide6.QtGui import QFontMetrics, QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.errors import SamsynError
from app.labels import STATUSES, status_label
from ui.minutes_actions import export_folder
from ui.models.people import organisation_choices, person_choices
from ui.models.register import (
    ALL,
    OPEN,
    RegisterFilter,
    RegisterModel,
    RegisterRow,
    status_choices,
)
from ui.models.table import ObjectRole
from ui.pages.base import PageContext, page_heading
from ui.read_only import mark_safe
from ui.widgets.closing_list_editor import RowKeys, tidy_table
from ui.widgets.flow_layout import FlowLayout, labelled, right_aligned
from ui.widgets.register_choice import ChoiceCombo, ChoiceDelegate
from ui.widgets.register_columns import WeightedColumns

if TYPE_CHECKING:
    from app.register_export import Cell

FOLDER_KEY = "files/folder"  # the folder the File menu's dialogs remember too

# Shares of the spare width; dates, numbers and status have fixed widths.
_WEIGHTS = {
    RegisterModel.TITLE: 3.0,
    RegisterModel.GAP: 2.0,
    RegisterModel.OWNER: 1.4,
    RegisterModel.ORGANISATION: 1.8,
    RegisterModel.FOLLOWUP: 2.6,
}


class RegisterPage(QWidget):
    """``open_meeting(meeting_id)`` on double-click or Enter on a row."""

    open_meeting = Signal(str)

    def __init__(
        self,
        ctx: PageContext,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.setSpacing(8)
        layout.addWidget(
            page_heading(
                self.tr("Åtgärdsregister"),
                self.tr(
                    "Alla åtgärder från forumets träffar. Enter eller dubbelklick öppnar "
                    "träffen där åtgärden beslutades; F2 ändrar status. Försenade åtgärder "
                    "är markerade i rött."
                ),
                self,
            )
        )

        self.model = RegisterModel(ctx.forum, ctx.signals, ctx.controller, today, self)
        self.proxy = RegisterFilter(self)
        self.proxy.setSourceModel(self.model)
        layout.addLayout(self._filter_bar())

        self.view = QTableView(self)
        self.view.setObjectName("registerTable")
        self.view.setModel(self.proxy)
        tidy_table(self.view)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        # Two lines per row: titles and follow-up notes are sentences.
        rows = self.view.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().lineSpacing() * 2 + 10)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(RegisterModel.NUMBER, Qt.SortOrder.AscendingOrder)
        self.view.verticalHeader().hide()
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.statuses = status_choices(ctx.signals, self)
        self.view.setItemDelegateForColumn(
            RegisterModel.STATUS, ChoiceDelegate(self.statuses, self.view)
        )
        self.columns = WeightedColumns(self.view, _WEIGHTS, self._fixed_widths())
        self.view.doubleClicked.connect(self._double_clicked)
        self.keys = RowKeys(self.view, on_enter=self._open)
        layout.addWidget(self.view, 1)

        self.count = QLabel(self)
        self.count.setObjectName("registerCount")
        layout.addWidget(self.count)
        for signal in (
            self.proxy.rowsInserted,
            self.proxy.rowsRemoved,
            self.proxy.modelReset,
            self.proxy.layoutChanged,
            self.model.dataChanged,
        ):
            signal.connect(self._show_count)
        self._show_count()

    # -- filters ------------------------------------------------------------------

    def _filter_bar(self) -> FlowLayout:
        """Search and filters: one row in a wide window, wrapping in a narrow one."""
        bar = FlowLayout(spacing=14)
        self.search = QLineEdit(self)
        self.search.setObjectName("registerSearch")
        self.search.setPlaceholderText(self.tr("Sök i åtgärder, glapp, ansvariga …"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(self.fontMetrics().horizontalAdvance("x" * 24))
        self.search.textChanged.connect(lambda text: self.proxy.set_filter(text=text.strip()))

        self.status = QComboBox(self)
        self.status.setObjectName("registerStatus")
        self.status.addItem(self.tr("Alla statusar"), ALL)
        self.status.addItem(self.tr("Öppna (ej klara)"), OPEN)
        for status, _text in STATUSES:
            self.status.addItem(status_label(status), str(status))
        self.status.currentIndexChanged.connect(
            lambda _i: self.proxy.set_filter(status=self.status.currentData())
        )

        self.owners = person_choices(
            self.ctx.forum, self.ctx.signals, self.tr("Alla ansvariga"), self
        )
        self.owner = ChoiceCombo(self.owners, self)
        self.owner.setObjectName("registerOwner")
        self.owner.currentIndexChanged.connect(
            lambda _i: self.proxy.set_filter(owner_id=self.owner.value())
        )
        self.organisations = organisation_choices(
            self.ctx.forum, self.ctx.signals, self.tr("Alla organisationer"), self
        )
        self.organisation = ChoiceCombo(self.organisations, self)
        self.organisation.setObjectName("registerOrganisation")
        self.organisation.setMinimumContentsLength(18)
        self.organisation.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        # Spare width in the filter row goes to the search field, not this one.
        self.organisation.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.organisation.currentIndexChanged.connect(
            lambda _i: self.proxy.set_filter(organisation_id=self.organisation.value())
        )
        self.overdue = QCheckBox(self.tr("Bara &försenade"), self)
        self.overdue.setObjectName("registerOverdue")
        self.overdue.toggled.connect(lambda on: self.proxy.set_filter(overdue_only=on))

        # Alt+letters stay clear of the menu bar's (Arkiv, Redigera, Träff, Hjälp).
        bar.addWidget(labelled(self.tr("&Sök"), self.search, self))
        bar.addWidget(labelled(self.tr("Stat&us"), self.status, self))
        bar.addWidget(labelled(self.tr("A&nsvarig"), self.owner, self))
        bar.addWidget(labelled(self.tr("&Organisation"), self.organisation, self))
        bar.addWidget(self.overdue)
        # At the right of its row: an action on the list, not one more filter.
        bar.addWidget(right_aligned([self._export_button()], self))
        return bar

    def _export_button(self) -> QPushButton:
        self.export_button = QPushButton(self.tr("&Exportera…"), self)
        self.export_button.setObjectName("registerExport")
        self.export_button.setToolTip(
            self.tr("Sparar de åtgärder som visas, i den ordning de visas, som Excel eller CSV")
        )
        self.export_button.setEnabled(False)  # until there are rows (_show_count)
        self.export_button.clicked.connect(lambda _=False: self.export())
        # Exporting only reads: it stays on when the forum is open read-only.
        mark_safe(self.export_button)
        return self.export_button

    def _fixed_widths(self) -> dict[int, int]:
        text = self.fontMetrics().horizontalAdvance
        bold = self.font()
        bold.setBold(True)
        date_width = QFontMetrics(bold).horizontalAdvance("2026-12-31")
        status_width = max(text(status_label(s)) for s, _text in STATUSES)
        contents = {
            RegisterModel.NUMBER: text("999"),
            RegisterModel.MEETING: date_width,
            RegisterModel.DUE: date_width,
            RegisterModel.STATUS: status_width + 12,  # room for the combo's arrow
        }
        header = self.view.horizontalHeader().fontMetrics().horizontalAdvance
        horizontal = Qt.Orientation.Horizontal
        # Cell padding and the sort arrow beside the header text.
        return {
            column: max(width, header(self.model.headerData(column, horizontal))) + 24
            for column, width in contents.items()
        }

    def set_status_filter(self, status: str) -> None:
        """Show ``status`` (a stored status, ALL or OPEN) as the status filter."""
        self.status.setCurrentIndex(self.status.findData(status))

    # -- rows ----------------------------------------------------------------------------

    def _show_count(self, *_args: object) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        overdue = sum(1 for row in self.model.items() if row.late)
        text = self.tr("Visar {shown} av {total} åtgärder").format(shown=shown, total=total)
        if overdue:
            text += " · " + self.tr("{n} försenade").format(n=overdue)
        self.count.setText(text)
        self.export_button.setEnabled(shown > 0)

    def _double_clicked(self, index: QModelIndex) -> None:
        if index.column() != RegisterModel.STATUS:  # there double-click edits the status
            self._open(index)

    def _open(self, index: QModelIndex) -> None:
        row = index.data(ObjectRole)
        if row is not None:
            self.open_meeting.emit(row.action.meeting_id)

    def focus_first(self) -> None:
        self.search.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- export ------------------------------------------------------------------------

    def view_table(self) -> tuple[list[str], list[list[Cell]]]:
        """The header and the rows as the view shows them: filtered, sorted, its columns
        in their order. Numbers and dates as such, so a spreadsheet can sort them."""
        header = self.view.horizontalHeader()
        columns = [
            header.logicalIndex(visual)
            for visual in range(header.count())
            if not header.isSectionHidden(header.logicalIndex(visual))
        ]
        horizontal = Qt.Orientation.Horizontal
        titles = [str(self.proxy.headerData(c, horizontal)) for c in columns]
        rows = []
        for r in range(self.proxy.rowCount()):
            row = self.proxy.index(r, 0).data(ObjectRole)
            rows.append([_cell(row, c, self.proxy.index(r, c).data()) for c in columns])
        return titles, rows

    def export(self) -> Path | None:
        """Save the rows shown as .xlsx or .csv; the file written, or None."""
        from PySide6.QtWidgets import QFileDialog

        from app.register_export import CSV, XLSX, export_register, register_file_name

        header, rows = self.view_table()
        if not rows:
            return None
        excel = self.tr("Excel-arbetsbok (*.xlsx)")
        comma = self.tr("CSV, semikolonavgränsad (*.csv)")
        name = register_file_name(self.ctx.forum.forum.get().name, self.model.today())
        chosen, chosen_filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Exportera åtgärdsregistret"),
            str(export_folder(FOLDER_KEY) / name),
            f"{excel};;{comma}",
        )
        if not chosen:
            return None
        target = _with_suffix(Path(chosen), CSV if chosen_filter == comma else XLSX)
        if not self._may_write(Path(chosen), target):
            return None
        if target.parent.is_dir():
            QSettings().setValue(FOLDER_KEY, str(target.parent))
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            export_register(target, header, rows)
        except (SamsynError, OSError) as exc:
            failure: BaseException | None = exc
        else:
            failure = None
        finally:
            QApplication.restoreOverrideCursor()
        if failure is not None:
            self._tell(_sentence(failure, target), problem=True)
            return None
        if len(rows) == 1:
            done = self.tr("Exporterade 1 åtgärd till {name}.")
        else:
            done = self.tr("Exporterade {count} åtgärder till {name}.")
        self._tell(done.format(count=len(rows), name=target.name), problem=False)
        return target

    def _may_write(self, chosen: Path, target: Path) -> bool:
        from ui.session_dialogs import may_write

        return may_write(self, self.tr("Exportera åtgärdsregistret"), chosen, target)

    def _tell(self, text: str, *, problem: bool) -> None:
        """In the window's message bar (ui.main_window); a page shown on its own
        (a test, a preview) has none and says it in a message box."""
        window = self.window()
        show = getattr(window, "show_failure" if problem else "show_news", None)
        if callable(show):
            show(text)
            return
        from ui.session_dialogs import tell

        tell(self, text, warning=problem)

    # -- only follow the file while shown ----------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        self.model.set_live(True)
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        self.model.set_live(False)
        super().hideEvent(event)


def _cell(row: RegisterRow, column: int, shown: object) -> Cell:
    """One cell of the export: what the view shows, with numbers and dates typed."""
    if column == RegisterModel.NUMBER:
        return row.number
    if column in (RegisterModel.MEETING, RegisterModel.DUE):
        text = row.meeting_date if column == RegisterModel.MEETING else row.action.due or ""
        try:
            return date.fromisoformat(text) if text else None
        except ValueError:  # stored by an older or foreign writer: keep it as text
            return text
    return "" if shown is None else str(shown)


def _with_suffix(path: Path, suffix: str) -> Path:
    """``path`` as an export file: a name typed with .xlsx or .csv keeps it, any
    other gets the suffix of the type chosen in the dialog."""
    from app.register_export import CSV, XLSX

    if path.suffix.lower() in (XLSX, CSV):
        return path
    return path.with_name(path.name + suffix)


def _sentence(exc: BaseException, target: Path) -> str:
    """One sentence for the user (app.messages), never the system's own English."""
    from app.atomic import output_error
    from app.messages import describe

    if isinstance(exc, OSError):
        exc = output_error(target, exc)
    return describe(exc)
