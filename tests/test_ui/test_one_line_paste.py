"""A one-line field stores what it shows: pasted line breaks and tabs become spaces."""

from __future__ import annotations

import pytest
from conftest import show_active, type_text
from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from app.forum_file import ForumFile
from ui.entry_formats import flatten_breaks, pasted_line
from ui.main_window import MainWindow
from ui.models.agenda import COL_TITLE
from ui.pages.preparation import PreparationPage
from ui.widgets.one_line import OneLineEdit

CTRL = Qt.KeyboardModifier.ControlModifier
PASTED = "Ingen tar emot\r\npatienten\tvid utskrivning\n"


def _paste(qtbot: QtBot, line: QLineEdit, text: str) -> None:
    # setText, not setMimeData: the clipboard would own a QMimeData Python also
    # frees, and the process crashed at exit.
    QApplication.clipboard().setText(text)
    line.setFocus()
    qtbot.keyClick(line, Qt.Key.Key_V, CTRL)


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("Ett\nTvå", "Ett Två"),
        ("Ett \r\n\r\n Två", "Ett Två"),
        ("Ett\tTvå\u2028Tre", "Ett Två Tre"),
        ("Ett  Två", "Ett  Två"),  # spaces typed are the facilitator's own
        ("\nEtt", " Ett"),
    ],
)
def test_flatten_breaks(typed: str, stored: str) -> None:
    assert flatten_breaks(typed) == stored


@pytest.mark.parametrize(
    ("copied", "pasted"),
    [
        ("Träff 1\n", "Träff 1"),  # a line copied from Word
        ("Utskrivning\r\n", "Utskrivning"),  # one Excel cell
        ("Hemtjänst\tRegion\r\n", "Hemtjänst Region"),  # two Excel cells
        ("\n\nEtt\nTvå\n", "Ett Två"),
        ("Ett \n", "Ett "),  # a space copied is kept
    ],
)
def test_a_paste_drops_the_break_a_copy_ends_with(copied: str, pasted: str) -> None:
    assert pasted_line(copied) == pasted


@pytest.mark.parametrize(
    ("held", "cursor", "copied", "stored"),
    [
        ("Region Norrby", 0, "Hemtjänst\r\n", "Hemtjänst Region Norrby"),
        ("Hemtjänst", 9, "\nRegion", "Hemtjänst Region"),
        ("Hemtjänst", 9, "Region\n", "HemtjänstRegion"),  # as typed: no break between
        ("", 0, "\nTräff 1\n", "Träff 1"),
    ],
)
def test_a_break_at_the_pastes_end_stays_a_space_inside_the_text(
    qtbot: QtBot, held: str, cursor: int, copied: str, stored: str
) -> None:
    line = OneLineEdit()
    show_active(qtbot, line)
    line.setText(held)
    line.setCursorPosition(cursor)
    _paste(qtbot, line, copied)
    assert line.text() == stored


def _pasted_line(qtbot: QtBot) -> OneLineEdit:
    line = OneLineEdit()
    show_active(qtbot, line)
    line.setFocus()
    type_text(line, "Glapp: ")  # typed: the paste must not join this undo step
    return line


def test_a_paste_becomes_one_line_and_one_undo_step(qtbot: QtBot) -> None:
    line = _pasted_line(qtbot)
    _paste(qtbot, line, PASTED)
    assert line.text() == "Glapp: Ingen tar emot patienten vid utskrivning"
    assert line.cursorPosition() == len(line.text())
    assert line.isModified()  # panels store only what was changed
    type_text(line, "nu")
    qtbot.keyClick(line, Qt.Key.Key_Z, CTRL)
    assert line.text() == "Glapp: Ingen tar emot patienten vid utskrivning"
    qtbot.keyClick(line, Qt.Key.Key_Z, CTRL)
    assert line.text() == "Glapp: "  # the paste is taken back on its own, as Qt's own


def test_the_context_menus_paste_is_one_line_too(qtbot: QtBot) -> None:
    line = _pasted_line(qtbot)
    QApplication.clipboard().setText(PASTED)
    menu = line.context_menu()
    paste = next(a for a in menu.actions() if a.objectName() == "edit-paste")
    paste.trigger()
    assert line.text() == "Glapp: Ingen tar emot patienten vid utskrivning"
    line.undo()
    assert line.text() == "Glapp: "


def test_a_dropped_text_is_one_line(qtbot: QtBot) -> None:
    line = _pasted_line(qtbot)
    mime = QMimeData()
    mime.setText("Ett\nTvå\n")
    spot = QPointF(line.rect().right() - 2, line.rect().center().y())
    drop = QDropEvent(
        spot, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier(0)
    )
    line.dropEvent(drop)
    assert line.text() == "Glapp: Ett Två"
    assert drop.isAccepted()


def test_any_other_way_in_is_flattened_afterwards(qtbot: QtBot) -> None:
    line = _pasted_line(qtbot)
    line.insert("Ett\nTvå")  # as an input method or a middle-click paste would
    assert line.text() == "Glapp: Ett Två"
    assert line.isModified() and line.cursorPosition() == len(line.text())


@pytest.fixture()
def window(qtbot: QtBot, forum: ForumFile):  # type: ignore[no-untyped-def]
    forum.meetings.create(title="Träff 1", date="2026-03-02")
    shown = show_active(qtbot, MainWindow(forum))
    shown.sidebar.select_meeting(forum.meetings.list()[-1].id)
    yield shown
    shown.close()


def test_a_pasted_list_is_captured_as_one_line(
    qtbot: QtBot, window: MainWindow, forum: ForumFile
) -> None:
    qtbot.keyClick(window, Qt.Key.Key_4, CTRL)
    page = window.meeting_view.pages[3]
    _paste(qtbot, page.capture, PASTED)
    qtbot.keyClick(page.capture, Qt.Key.Key_Return)
    assert [g.title for g in forum.gaps.list()] == ["Ingen tar emot patienten vid utskrivning"]


def test_a_meeting_title_and_a_table_cell_store_what_they_show(
    qtbot: QtBot, window: MainWindow, forum: ForumFile
) -> None:
    window.meeting_view.show_phase(0, remember=False)
    page = window.meeting_view.pages[0]
    page.title_edit.selectAll()
    _paste(qtbot, page.title_edit, "Träff 1\nmed regionen")
    qtbot.keyClick(page.title_edit, Qt.Key.Key_Return)
    assert forum.meetings.list()[0].title == "Träff 1 med regionen"

    item = forum.agenda.create(meeting_id=forum.meetings.list()[0].id, title="Inledning")
    editor = _open_title_cell(qtbot, page, item.id)
    editor.selectAll()
    _paste(qtbot, editor, "Inledning\noch\tpresentation\r\n")
    _close_cell(qtbot, page, editor)
    assert forum.agenda.get(item.id).title == "Inledning och presentation"


def _open_title_cell(qtbot: QtBot, page: PreparationPage, item_id: str) -> QLineEdit:
    """F2 on the agenda item's title cell: Qt's own line editor, not ours."""
    row = page.agenda.row_of(item_id)
    assert row is not None
    page.agenda_view.setFocus()
    page.agenda_view.setCurrentIndex(page.agenda.index(row, COL_TITLE))
    qtbot.keyClick(page.agenda_view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    return editor


def _close_cell(qtbot: QtBot, page: PreparationPage, editor: QLineEdit) -> None:
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    view = page.agenda_view
    qtbot.waitUntil(lambda: view.state() != QAbstractItemView.State.EditingState)


def test_a_cell_left_as_it_was_keeps_its_line_breaks(
    qtbot: QtBot, window: MainWindow, forum: ForumFile
) -> None:
    window.meeting_view.show_phase(0, remember=False)
    page = window.meeting_view.pages[0]
    meeting_id = forum.meetings.list()[0].id
    item = forum.agenda.create(meeting_id=meeting_id, title="Inledning\noch presentation")
    _close_cell(qtbot, page, _open_title_cell(qtbot, page, item.id))  # nothing typed
    assert forum.agenda.get(item.id).title == "Inledning\noch presentation"  # as imported
    assert window.controller.stack.count() == 0
