"""Every page at the smallest window (960×600): no button, check box or label
cut short, nothing pushed out past the window's right edge."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import show_active
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QLineEdit,
    QTableView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.forum_file import ForumFile
from app.i18n import install_language
from ui.main_window import MainWindow
from ui.meeting_view import PHASES
from ui.models.actions import COL_GAP, COL_ORG, COL_OWNER
from ui.models.gaps import GapListModel
from ui.widgets.step_bar import StepBar

SIDEBAR_PAGES = (0, 1, 2)  # Forumet, Åtgärdsregister, Personer och organisationer


def _shown(root: QWidget) -> list[QWidget]:
    """The widgets a person sees, outside item views' own cells and popups."""
    return [
        w
        for w in root.findChildren(QWidget)
        if w.isVisible() and w.window() is root.window() and w.width() > 0
    ]


def _cut_short(widget: QWidget) -> str | None:
    """Why ``widget`` does not show all of its text, or None when it does."""
    wanted = widget.sizeHint().width()
    if isinstance(widget, QAbstractButton) and widget.text() and widget.width() < wanted:
        return f"button {widget.text()!r}: {widget.width()} < {wanted} px"
    if isinstance(widget, QLabel) and widget.text():
        if widget.wordWrap():
            needed = widget.heightForWidth(widget.width())
            if widget.height() < needed:
                return f"label {widget.text()[:40]!r}: {widget.height()} < {needed} px high"
        elif widget.width() < widget.minimumSizeHint().width():
            return f"label {widget.text()[:40]!r}: {widget.width()} px wide, needs more"
    if isinstance(widget, QLineEdit):
        if widget.width() < widget.minimumSizeHint().width():
            return f"field {widget.objectName()!r}: {widget.width()} px wide"
        too_long = widget.fontMetrics().horizontalAdvance(widget.text()) > widget.width()
        if too_long and not widget.hasFocus() and widget.cursorPosition() != 0:
            return f"field {widget.objectName()!r} shows the end of {widget.text()[:30]!r}"
    right = widget.mapTo(widget.window(), QPoint(widget.width(), 0)).x()
    if right > widget.window().width() + 1 and not _inside_scroll_area(widget):
        return f"{type(widget).__name__} {widget.objectName()!r} ends at x={right}"
    return None


def _inside_scroll_area(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if parent.objectName() == "qt_scrollarea_viewport":
            return True
        parent = parent.parentWidget()
    return False


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def _problems(window: MainWindow) -> list[str]:
    _settle()
    page = window.pages.currentWidget()
    found = []
    if window.sidebar.width() != window.property("sidebarWidth"):
        found.append(f"the page squeezed the sidebar to {window.sidebar.width()} px")
    for widget in _shown(page):
        if isinstance(widget.parentWidget(), StepBar):
            continue  # test_phase_names_are_never_cut_short
        problem = _cut_short(widget)
        if problem:
            found.append(problem)
    return found


@pytest.fixture(params=["sv", "en"])
def smallest(request: pytest.FixtureRequest, qtbot: QtBot, demo_path: Path):  # type: ignore[no-untyped-def]
    """The window at its smallest, in Swedish and in English (longer words)."""
    install_language(request.param)
    try:
        with ForumFile.open(demo_path) as forum:
            window = show_active(qtbot, MainWindow(forum))
            window.resize(window.minimumSize())
            window.sidebar.select_meeting(forum.meetings.list()[-1].id)
            _settle()
            window.setProperty("sidebarWidth", window.sidebar.width())
            yield window
            window.close()
    finally:
        install_language("sv")


@pytest.mark.parametrize("phase", range(len(PHASES)), ids=[p[1] for p in PHASES])
def test_no_phase_page_is_cut_short(smallest: MainWindow, phase: int) -> None:
    smallest.meeting_view.show_phase(phase, remember=False)
    assert _problems(smallest) == []


@pytest.mark.parametrize("nav", SIDEBAR_PAGES)
def test_no_sidebar_page_is_cut_short(smallest: MainWindow, nav: int) -> None:
    smallest.sidebar.nav_buttons[nav].click()
    assert _problems(smallest) == []


def _hidden_columns(
    window: MainWindow, phase: int, table: str, columns: tuple[int, ...]
) -> list[bool]:
    window.meeting_view.show_phase(phase, remember=False)
    _settle()
    view = window.meeting_view.pages[phase].findChild(QTableView, table)
    return [view.horizontalHeader().isSectionHidden(c) for c in columns]


def test_narrow_lists_keep_only_the_columns_they_can_show(smallest: MainWindow) -> None:
    # The gap and action lists beside their panels: at the smallest window the
    # columns the panel shows for the selected row step aside for the title.
    gaps = (
        3,
        "gapTable",
        (GapListModel.TRANSITION, GapListModel.TARGET_GROUP, GapListModel.ORGANISATIONS),
    )
    actions = (6, "actionTable", (COL_GAP, COL_OWNER, COL_ORG))
    assert _hidden_columns(smallest, *gaps) == [True] * 3
    assert _hidden_columns(smallest, *actions) == [True] * 3
    smallest.resize(1600, 900)
    assert _hidden_columns(smallest, *actions) == [False] * 3
    assert _hidden_columns(smallest, *gaps) == [False] * 3


def test_a_long_title_shows_its_start(smallest: MainWindow) -> None:
    smallest.meeting_view.show_phase(0, remember=False)
    _settle()
    edit = smallest.meeting_view.pages[0].title_edit
    assert edit.fontMetrics().horizontalAdvance(edit.text()) > edit.width()  # too long to fit
    assert edit.cursorPosition() == 0


def test_column_choice_settles_at_every_width(smallest: MainWindow) -> None:
    # Showing the columns wraps rows and brings the scroll bar, which must not
    # hide them again: near the threshold that flipped back and forth for ever.
    smallest.meeting_view.show_phase(6, remember=False)
    page = smallest.meeting_view.pages[6]
    for n in range(20):
        page.add_action(f"Kort åtgärd {n}")
    header = page.table.horizontalHeader()
    changes: list[int] = []
    header.sectionResized.connect(lambda *_: changes.append(1))
    for width in range(1100, 1500, 6):
        smallest.resize(width, 660)
        _settle()
        changes.clear()
        _settle()
        assert changes == [], f"the columns still move at {width} px"


def test_a_very_long_name_does_not_push_the_attendance_out(smallest: MainWindow) -> None:
    from ui.models.attendance import COL_NAME, COL_STATUS

    page = smallest.meeting_view.pages[1]
    smallest.meeting_view.show_phase(1, remember=False)
    name = "Anna-Karin Lindqvist Bergström Johansson enhetschef hemtjänsten i Norrby norra"
    assert page.walk_in_line.add(name)  # a walk-in typed in one go, role and all
    _settle()
    view = page.attendance_view
    header = view.horizontalHeader()
    assert header.sectionViewportPosition(COL_STATUS) + header.sectionSize(COL_STATUS) <= (
        view.viewport().width()
    )
    row = next(
        r for r in range(page.attendance.rowCount()) if page.attendance.item(r).person.name == name
    )
    index = page.attendance.index(row, COL_NAME)
    assert index.data(Qt.ItemDataRole.ToolTipRole) == name  # cut in the cell, whole here
    narrow = header.sectionSize(COL_NAME)
    smallest.resize(1600, 900)  # room again: the column takes more of the name
    _settle()
    assert header.sectionSize(COL_NAME) > narrow
