"""The message bar: a refusal of what was typed goes away once the facilitator
moves on; a problem that needs reading (a failed backup) stays until closed."""

from __future__ import annotations

import pytest
from conftest import show_active, type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.forum_file import ForumFile
from ui.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture()
def window(qtbot: QtBot, forum: ForumFile):  # type: ignore[no-untyped-def]
    forum.meetings.create(title="Träff 1", date="2026-03-02")
    shown = show_active(qtbot, MainWindow(forum))
    shown.sidebar.select_meeting(forum.meetings.list()[-1].id)
    shown.meeting_view.show_phase(0, remember=False)
    yield shown
    shown.close()


def _type_date(qtbot: QtBot, window: MainWindow, text: str) -> None:
    line = window.meeting_view.pages[0].date_edit.line
    line.setFocus()
    line.selectAll()
    type_text(line, text)
    qtbot.keyClick(line, Qt.Key.Key_Return)


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def test_a_refusal_goes_when_the_next_edit_is_stored(qtbot: QtBot, window: MainWindow) -> None:
    _type_date(qtbot, window, "2026-02-30")
    _settle()
    assert "datum" in window.message_bar.text()
    _type_date(qtbot, window, "2026-12-03")
    assert window.message_bar.text() == ""
    assert window.forum.meetings.list()[0].date == "2026-12-03"


def test_a_refusal_goes_when_the_stored_value_is_typed_back(
    qtbot: QtBot, window: MainWindow
) -> None:
    _type_date(qtbot, window, "2026-02-30")
    _settle()
    assert "datum" in window.message_bar.text()
    _type_date(qtbot, window, "20260302")  # the date the file holds: nothing to store
    assert window.message_bar.text() == ""
    assert window.meeting_view.pages[0].date_edit.text() == "2026-03-02"
    assert window.controller.stack.count() == 0


def test_a_refusal_raised_on_the_way_to_another_phase_stays_until_the_next(
    qtbot: QtBot, window: MainWindow
) -> None:
    line = window.meeting_view.pages[0].date_edit.line
    line.setFocus()
    line.selectAll()
    type_text(line, "2026-02-30")
    qtbot.keyClick(window, Qt.Key.Key_4, CTRL)  # leaving the field stores it: refused
    assert window.meeting_view.phase == 3
    assert "datum" in window.message_bar.text()
    _settle()
    qtbot.keyClick(window, Qt.Key.Key_5, CTRL)  # moving on again: it has been read
    assert window.message_bar.text() == ""


def test_a_failed_backup_stays_after_an_edit(qtbot: QtBot, window: MainWindow) -> None:
    window.show_failure("Säkerhetskopian kunde inte sparas.")
    _settle()
    _type_date(qtbot, window, "2026-12-03")
    window.meeting_view.show_phase(2, remember=False)
    assert window.message_bar.text() == "Säkerhetskopian kunde inte sparas."
