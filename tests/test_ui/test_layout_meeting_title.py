"""A meeting title longer than the window is wide ends in "…" (the whole title
in its tooltip) instead of pushing the header past the right edge."""

from __future__ import annotations

from conftest import show_active
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.forum_file import ForumFile
from ui.main_window import MainWindow

LONG = (
    "Träff 4: Rehabilitering och äldre med psykisk ohälsa – uppföljning av samverkan "
    "mellan kommun, region och privata utförare under hösten och vintern"
)


def _settle() -> None:
    for _ in range(5):
        QApplication.processEvents()


def test_a_long_title_is_elided_with_the_whole_title_in_its_tooltip(
    qtbot: QtBot, forum: ForumFile
) -> None:
    forum.meetings.create(title="Träff 1", date="2026-03-02", location="Norrby kommunhus")
    window = show_active(qtbot, MainWindow(forum))
    window.resize(1100, 768)
    meetings = forum.meetings.list()
    window.sidebar.select_meeting(meetings[0].id)
    _settle()
    title = window.meeting_view.title
    assert title.text() == "Träff 1" and title.toolTip() == ""
    sidebar = window.sidebar.width()

    forum.meetings.update(meetings[0].id, title=LONG)  # renamed on Förberedelse
    _settle()

    assert title.text().endswith("…") and LONG.startswith(title.text()[:-1])
    assert title.toolTip() == LONG and title.accessibleName() == LONG
    right = title.mapTo(window, QPoint(title.width(), 0)).x()
    assert right <= window.width()
    assert title.fontMetrics().horizontalAdvance(title.text()) <= title.width()
    assert window.sidebar.width() == sidebar  # the header did not squeeze it

    window.resize(1920, 900)  # room for all of it now
    _settle()
    assert title.text() == LONG and title.toolTip() == ""
    window.resize(window.minimumSize())
    _settle()
    assert window.width() == window.minimumWidth()  # the title does not hold it wider
    assert title.text().endswith("…")
    window.close()
