"""The message bar floats over the bottom of the page: when a refusal shows up,
the field the facilitator is typing in stays where it is (it used to jump down
by the bar's height), and the bar never covers that field or a list's current
row; then it floats over the top."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from conftest import show_active, type_text
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app.forum_file import ForumFile
from ui.main_window import MainWindow
from ui.widgets.refused_mark import is_marked_refused


@pytest.fixture()
def window(qtbot: QtBot, forum: ForumFile) -> Iterator[MainWindow]:
    forum.meetings.create(title="Träff 1", date="2026-03-02", location="Norrby kommunhus")
    shown = show_active(qtbot, MainWindow(forum))
    shown.resize(1100, 768)
    shown.sidebar.select_meeting(forum.meetings.list()[-1].id)
    shown.meeting_view.show_phase(0, remember=False)
    _settle()
    yield shown
    shown.close()


LONG = "Säkerhetskopian kunde inte sparas i mappen " + "/en/mycket/lång/sökväg" * 24


def _settle() -> None:
    for _ in range(5):
        QApplication.processEvents()


def _in_window(widget: QWidget) -> QRect:
    return QRect(widget.mapTo(widget.window(), QPoint(0, 0)), widget.size())


def _places(window: MainWindow, line: QWidget) -> tuple[QRect, QRect, QRect]:
    """Where the field is (its red refused frame keeps its size too), the step
    bar and the page are."""
    step_bar = window.meeting_view.step_bar
    return _in_window(line), _in_window(step_bar), _in_window(window.meeting_view)


def _bar_is_readable(window: MainWindow) -> None:
    bar = window.message_bar
    assert bar.isVisible()
    assert bar.height() >= bar.heightForWidth(bar.width())  # every line of it shows
    assert window.rect().contains(_in_window(bar))
    assert bar.label.text() in bar.text()


def test_a_refusal_does_not_move_the_field_being_typed_in(qtbot: QtBot, window: MainWindow) -> None:
    line = window.meeting_view.pages[0].date_edit.line
    step_bar = window.meeting_view.step_bar
    line.setFocus()
    line.selectAll()
    type_text(line, "2026-02-30")
    before = _places(window, line)

    qtbot.keyClick(line, Qt.Key.Key_Return)  # refused: not a date
    _settle()

    assert "datum" in window.message_bar.text()
    assert is_marked_refused(line)
    assert _places(window, line) == before
    _bar_is_readable(window)
    assert not _in_window(window.message_bar).intersects(_in_window(line))
    assert not _in_window(window.message_bar).intersects(_in_window(step_bar))

    window.message_bar.hide()  # and nothing moves back when it goes
    _settle()
    assert _places(window, line) == before


def test_the_bar_leaves_the_phase_buttons_and_the_heading_alone(window: MainWindow) -> None:
    window.resize(window.minimumSize())
    _settle()
    button = window.meeting_view.step_buttons[2]
    button.setFocus()
    window.show_failure(LONG)
    _settle()

    bar = window.message_bar
    _bar_is_readable(window)
    assert bar.at_bottom
    assert not _in_window(bar).intersects(_in_window(window.meeting_view.step_bar))
    heading = window.meeting_view.pages[0].date_edit.line
    assert not _in_window(bar).intersects(_in_window(heading))


def test_the_bar_moves_up_when_the_current_row_goes_under_it(
    qtbot: QtBot, window: MainWindow, forum: ForumFile
) -> None:
    meeting_id = forum.meetings.list()[-1].id
    for number in range(1, 31):
        forum.agenda.create(meeting_id=meeting_id, title=f"Punkt {number}", minutes=5)
    window.meeting_view.set_meeting(meeting_id)
    _settle()
    view = window.meeting_view.pages[0].agenda_view
    view.setFocus()
    view.setCurrentIndex(view.model().index(0, 1))
    window.show_failure(LONG)  # lines enough to lie over the list's last rows
    _settle()
    bar = window.message_bar
    assert bar.at_bottom  # the first row is at the top of the list
    viewport = view.viewport()
    bar_top = QPoint(
        viewport.mapToGlobal(viewport.rect().center()).x(), bar.mapToGlobal(QPoint()).y()
    )
    assert view.indexAt(viewport.mapFromGlobal(bar_top)).isValid()  # rows lie under it

    qtbot.keyClick(view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    _settle()
    row = view.visualRect(view.currentIndex())
    row_in_window = QRect(view.viewport().mapTo(window, row.topLeft()), row.size())
    assert not bar.at_bottom and not _in_window(bar).intersects(row_in_window)
    _bar_is_readable(window)

    qtbot.keyClick(view, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    _settle()
    assert bar.at_bottom  # and back down, off the phase buttons, as the row goes up


def test_a_focused_field_at_the_bottom_sends_the_bar_to_the_top(window: MainWindow) -> None:
    window.show_failure("Säkerhetskopian kunde inte sparas.")
    _settle()
    bar = window.message_bar
    field = window.meeting_view.pages[0].date_edit.line
    parent = bar.parentWidget()
    # The field moved to where the bar would lie (as a page that scrolled would).
    field.move(field.parentWidget().mapFrom(parent, QPoint(40, parent.height() - 20)))
    field.setFocus()
    _settle()
    assert not bar.at_bottom and not _in_window(bar).intersects(_in_window(field))


def test_the_bar_follows_the_window_width(window: MainWindow) -> None:
    window.show_failure("Säkerhetskopian kunde inte sparas.")
    _settle()
    window.resize(1600, 900)
    _settle()
    bar = window.message_bar
    right = window.meeting_view.step_bar.parentWidget()
    assert bar.width() == right.width() - 2 * bar.x()
    _bar_is_readable(window)
