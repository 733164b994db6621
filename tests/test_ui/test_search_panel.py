"""Ctrl+F: the search panel finds items in every meeting and goes to them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import show_active, type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView
from pytestqt.qtbot import QtBot

from app.forum_file import ForumFile
from app.model import Phase
from ui.main_window import MainWindow
from ui.search_panel import SearchPanel

# The panel is a window of its own: offscreen Qt cannot raise or size-hint it.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture
def forum(tmp_path: Path) -> Iterator[ForumFile]:
    with ForumFile.create(tmp_path / "sok.samsyn", "Sökforum") as ff:
        new = ff.meetings.create(title="Träff 2", date="2026-11-20")
        old = ff.meetings.create(title="Träff 1", date="2026-03-02")
        for number in range(3):
            ff.gaps.create(meeting_id=old.id, title=f"Annat glapp {number}")
        gap = ff.gaps.create(meeting_id=old.id, title="Hemgång utan plan")
        ff.causes.create(gap_id=gap.id, text="Ingen äger kontaktlistan")
        action = ff.actions.create(meeting_id=old.id, gap_id=gap.id, title="Gemensam kontaktlista")
        ff.followups.record(new.id, action.id, "ongoing", "Utkastet till listan är klart")
        ff.notes.create(meeting_id=new.id, kind="decision", text="Första beslutet")
        ff.notes.create(meeting_id=new.id, kind="decision", text="Listan ägs av kommunen")
        ff.close()
        yield ForumFile.open(tmp_path / "sok.samsyn")


def _window(qtbot: QtBot, forum: ForumFile) -> MainWindow:
    return show_active(qtbot, MainWindow(forum))  # type: ignore[no-any-return]


def _open_panel(qtbot: QtBot, window: MainWindow) -> SearchPanel:
    qtbot.waitUntil(window.isActiveWindow)  # the panel, closed, gives the window back
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    panel = window._search_panel
    assert panel is not None
    qtbot.waitUntil(panel.isVisible)
    qtbot.addWidget(panel)
    return panel


def _search(qtbot: QtBot, panel: SearchPanel, words: str) -> list[str]:
    panel.query.clear()
    type_text(panel.query, words)
    qtbot.waitUntil(lambda: not panel._timer.isActive())
    return [panel.model.index(row, 2).data() for row in range(panel.model.rowCount())]


@pytest.mark.parametrize(
    ("words", "phase", "selected"),
    [
        ("hemgång", Phase.GAPS, "Hemgång utan plan"),
        ("äger kontaktlistan", Phase.CAUSES, "Ingen äger kontaktlistan"),
        ("gemensam", Phase.ACTIONS, "Gemensam kontaktlista"),
        ("utkastet", Phase.FOLLOW_UP, "Gemensam kontaktlista"),
        ("kommunen", Phase.CLOSING, "Listan ägs av kommunen"),
    ],
)
def test_enter_opens_the_meeting_on_the_phase_with_the_item_selected(
    qtbot: QtBot, forum: ForumFile, words: str, phase: Phase, selected: str
) -> None:
    window = _window(qtbot, forum)
    window.meeting_view.show_phase(int(Phase.OPENING))
    panel = _open_panel(qtbot, window)
    hits = _search(qtbot, panel, words)
    assert len(hits) == 1 and hits[0].startswith(selected)

    qtbot.keyClick(panel.query, Qt.Key.Key_Return)

    assert not panel.isVisible()
    hit_meeting = "Träff 2" if phase in (Phase.FOLLOW_UP, Phase.CLOSING) else "Träff 1"
    assert window.meeting_view.title.text() == hit_meeting
    assert window.meeting_view.phase == phase
    focused = window.focusWidget()
    assert isinstance(focused, QAbstractItemView)
    current = focused.currentIndex()
    columns = focused.model().columnCount(current.parent())
    row_text = " ".join(str(current.siblingAtColumn(c).data()) for c in range(columns))
    assert selected in row_text
    window.close()


def test_up_and_down_choose_among_the_hits_and_the_words_come_back(
    qtbot: QtBot, forum: ForumFile
) -> None:
    window = _window(qtbot, forum)
    panel = _open_panel(qtbot, window)
    hits = _search(qtbot, panel, "lista")
    # Newest meeting first, then by phase: the follow-up, the decision, then
    # the older meeting's action.
    assert [hit.split(" — ")[0] for hit in hits] == [
        "Gemensam kontaktlista",
        "Listan ägs av kommunen",
        "Ingen äger kontaktlistan",
        "Gemensam kontaktlista",
    ]
    assert panel.status.text() == "4 sökresultat. Enter visar det markerade."
    qtbot.keyClick(panel.query, Qt.Key.Key_Down)
    qtbot.keyClick(panel.query, Qt.Key.Key_Down)
    qtbot.keyClick(panel.query, Qt.Key.Key_Up)
    qtbot.keyClick(panel.query, Qt.Key.Key_Return)
    assert window.meeting_view.phase == Phase.CLOSING

    panel = _open_panel(qtbot, window)
    assert panel.query.text() == "lista" and panel.query.selectedText() == "lista"
    window.close()


def test_nothing_found_says_so_and_enter_does_nothing(qtbot: QtBot, forum: ForumFile) -> None:
    window = _window(qtbot, forum)
    phase = window.meeting_view.phase
    panel = _open_panel(qtbot, window)
    assert _search(qtbot, panel, "xyzzy") == []
    assert panel.status.text() == "Inget hittades för ”xyzzy”."
    assert not panel.show_button.isEnabled()
    qtbot.keyClick(panel.query, Qt.Key.Key_Return)
    assert panel.isVisible() and window.meeting_view.phase == phase
    window.close()


def test_an_edit_while_the_panel_is_open_is_found(qtbot: QtBot, forum: ForumFile) -> None:
    window = _window(qtbot, forum)
    panel = _open_panel(qtbot, window)
    assert _search(qtbot, panel, "nytt") == []
    meeting = forum.meetings.list()[0]
    window.controller.create(forum.gaps, "Nytt glapp", meeting_id=meeting.id, title="Nytt glapp")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    window.close()


def test_a_read_only_forum_can_be_searched(qtbot: QtBot, forum: ForumFile) -> None:
    path = forum.path
    forum.close()
    with ForumFile.open(path, read_only=True) as read_only:
        window = _window(qtbot, read_only)
        panel = _open_panel(qtbot, window)
        assert not panel.query.isReadOnly()
        assert _search(qtbot, panel, "hemgång") == ["Hemgång utan plan"]
        qtbot.keyClick(panel.query, Qt.Key.Key_Return)
        assert window.meeting_view.phase == Phase.GAPS
        window.close()


def test_a_hit_deleted_since_the_search_says_so(qtbot: QtBot, forum: ForumFile) -> None:
    window = _window(qtbot, forum)
    panel = _open_panel(qtbot, window)
    assert _search(qtbot, panel, "hemgång") == ["Hemgång utan plan"]
    (gap,) = [g for g in forum.gaps.list() if g.title == "Hemgång utan plan"]
    forum.gaps.delete(gap.id)
    panel._timer.stop()  # chosen before the panel could follow the delete
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    assert window.message_bar.isVisible()
    assert "finns inte längre" in window.message_bar.label.text()
    window.close()
