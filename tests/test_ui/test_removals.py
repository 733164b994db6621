"""Deleting with care: the news after a delete, and deleting a whole meeting."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import show_active
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.forum_file import ForumFile
from ui.main_window import PAGE_FORUM, PAGE_MEETING, MainWindow
from ui.models.table import ObjectRole

CTRL = Qt.KeyboardModifier.ControlModifier


class _Answers:
    """Stands in for the confirmation box: records it and clicks one button."""

    def __init__(self, button_text: str) -> None:
        self.button_text = button_text
        self.boxes: list[tuple[str, str, str]] = []

    def __call__(self, box: QMessageBox) -> object:
        self.boxes.append((box.objectName(), box.text(), box.informativeText()))
        return next(b for b in box.buttons() if b.text() == self.button_text)


def _window(qtbot: QtBot, forum: ForumFile) -> MainWindow:
    return show_active(qtbot, MainWindow(forum))  # type: ignore[no-any-return]


def _shown_title(window: MainWindow) -> str:
    return window.meeting_view.title.text()


def test_deleting_a_meeting_asks_first_and_undo_brings_it_back(
    qtbot: QtBot, demo_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with ForumFile.open(demo_path) as ff:
        window = _window(qtbot, ff)
        newest = ff.meetings.list()[-1]
        assert _shown_title(window) == newest.title
        before = (len(ff.meetings.list()), len(ff.gaps.list()), len(ff.actions.list()))

        answers = _Answers("Avbryt")
        monkeypatch.setattr("ui.session_dialogs.run_box", answers)
        assert not window.removal.remove_shown()
        ((name, question, details),) = answers.boxes
        assert name == "confirmMeetingRemovalBox"
        assert newest.title in question
        assert "3 glapp" in details and "2 åtgärder" in details
        assert "Personerna finns kvar under Personer och organisationer." in details
        assert ff.meetings.find(newest.id) is not None  # cancelled: nothing changed

        monkeypatch.setattr("ui.session_dialogs.run_box", _Answers("Ta bort träffen"))
        window.removal.action.trigger()
        assert ff.meetings.find(newest.id) is None
        assert not any(g.meeting_id == newest.id for g in ff.gaps.list())
        # The window moves on to the next meeting in the list, not to an empty page.
        assert window.pages.currentIndex() == PAGE_MEETING
        assert _shown_title(window) == ff.meetings.list()[-1].title

        window.undo_action.trigger()
        assert (len(ff.meetings.list()), len(ff.gaps.list()), len(ff.actions.list())) == before
        qtbot.waitUntil(lambda: _shown_title(window) == newest.title)  # back, and shown
        window.close()


def test_an_empty_meeting_is_deleted_without_a_question(
    qtbot: QtBot, demo_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with ForumFile.open(demo_path) as ff:
        window = _window(qtbot, ff)
        window.sidebar.add_meeting()
        created = ff.meetings.list()[-1]
        assert _shown_title(window) == created.title

        def no_question(box: QMessageBox) -> object:
            raise AssertionError("an empty meeting needs no question")

        monkeypatch.setattr("ui.session_dialogs.run_box", no_question)
        assert window.removal.remove_shown()
        assert ff.meetings.find(created.id) is None
        window.close()


def test_the_last_meeting_deleted_leaves_the_forum_page(
    qtbot: QtBot, forum: ForumFile, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = _window(qtbot, forum)
    assert not window.removal.action.isEnabled()  # no meeting shown
    window.sidebar.add_meeting()
    assert window.removal.action.isEnabled()
    assert window.removal.remove_shown()
    assert forum.meetings.list() == []
    assert window.pages.currentIndex() == PAGE_FORUM
    assert not window.removal.action.isEnabled()
    window.close()


def test_the_sidebar_offers_deletion_over_a_meeting_only(qtbot: QtBot, demo_path: Path) -> None:
    with ForumFile.open(demo_path) as ff:
        window = _window(qtbot, ff)
        meeting_list = window.sidebar.meeting_list
        assert meeting_list.contextMenuPolicy() == Qt.ContextMenuPolicy.CustomContextMenu
        below = QPoint(10, meeting_list.viewport().height() - 5)  # empty space under the list
        assert not meeting_list.indexAt(below).isValid()
        assert window.removal.context_menu(meeting_list, below) is None
        on_item = meeting_list.visualRect(meeting_list.model().index(0, 0)).center()
        menu = window.removal.context_menu(meeting_list, on_item)
        assert menu is not None and [a.text() for a in menu.actions()] == ["Ta bort träff…"]
        window.close()


def test_a_delete_says_what_else_it_changed_until_the_next_step(
    qtbot: QtBot, demo_path: Path
) -> None:
    with ForumFile.open(demo_path) as ff:
        owner_ids = {a.owner_id for a in ff.actions.list() if a.owner_id}
        person = next(p for p in ff.people.list() if p.id in owner_ids)
        owned = sum(1 for a in ff.actions.list() if a.owner_id == person.id)
        window = _window(qtbot, ff)
        assert window.controller.delete(ff.people, person.id, "Ta bort person")
        bar = window.message_bar
        assert bar.isVisible()
        text = bar.label.text()
        assert text.startswith(f"”{person.name}” togs bort. ")
        expected = "1 åtgärd saknar nu ansvarig." if owned == 1 else f"{owned} åtgärder saknar"
        assert expected in text
        assert "Personen togs bort från deltagarlistan på " in text
        assert text.endswith("Ångra med Ctrl+Z.")
        qtbot.wait(20)  # the facilitator reads it

        qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)  # undo: everything back, the news gone
        assert sum(1 for a in ff.actions.list() if a.owner_id == person.id) == owned
        qtbot.waitUntil(lambda: not bar.isVisible())
        window.close()


def test_a_delete_that_changed_nothing_else_says_nothing(qtbot: QtBot, demo_path: Path) -> None:
    with ForumFile.open(demo_path) as ff:
        window = _window(qtbot, ff)
        item = ff.agenda.list()[0]
        assert window.controller.delete(ff.agenda, item.id, "Ta bort dagordningspunkt")
        assert not window.message_bar.isVisible()
        window.close()


def test_undo_of_a_delete_puts_the_row_back_in_its_place(qtbot: QtBot, demo_path: Path) -> None:
    with ForumFile.open(demo_path) as ff:
        window = _window(qtbot, ff)
        model = window.sidebar.meetings
        titles = [model.index(r, 0).data(ObjectRole).title for r in range(model.rowCount())]
        second = model.index(1, 0).data(ObjectRole)
        window.controller.delete(ff.meetings, second.id, "Ta bort träff")
        window.undo_action.trigger()
        assert [model.index(r, 0).data(ObjectRole).title for r in range(model.rowCount())] == titles
        window.close()


def test_a_meeting_with_only_facilitators_is_described_whole(
    qtbot: QtBot, demo_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with ForumFile.open(demo_path) as ff:
        window = _window(qtbot, ff)
        window.sidebar.add_meeting()
        created = ff.meetings.list()[-1]
        ff.facilitators.create(meeting_id=created.id, person_id=ff.people.list()[0].id)
        answers = _Answers("Avbryt")
        monkeypatch.setattr("ui.session_dialogs.run_box", answers)
        assert not window.removal.remove_shown()
        ((_, _, details),) = answers.boxes
        assert details.startswith(
            "Allt som skrevs in på träffen tas bort med den: 1 samtalsledare."
        )
        window.close()


def test_typing_pending_when_undo_runs_is_stored_first_and_stays_on_its_own_item(
    qtbot: QtBot, demo_path: Path
) -> None:
    with ForumFile.open(demo_path) as ff:
        window = _window(qtbot, ff)
        qtbot.keyClick(window, Qt.Key.Key_4, CTRL)  # Glapp
        page = window.meeting_view.pages[3]
        first, second = page.model.item(0).gap, page.model.item(1).gap
        page.select_row(0)
        page.delete_current()
        qtbot.waitUntil(lambda: page.details.title.text() == second.title)
        page.details.title.setFocus()
        page.details.title.selectAll()
        qtbot.keyClicks(page.details.title, "Omskrivet")  # typed, not yet stored
        stack = window.controller.stack
        steps = stack.count()

        window.undo_action.trigger()  # Redigera > Ångra: takes back the typing first
        assert ff.gaps.get(second.id).title == second.title
        assert ff.gaps.find(first.id) is None
        assert (stack.count(), stack.index()) == (steps + 1, steps)
        window.undo_action.trigger()  # then the delete
        assert ff.gaps.find(first.id) is not None
        qtbot.waitUntil(lambda: page.details.title.text() == first.title)  # reselected
        assert ff.gaps.get(second.id).title == second.title
        assert stack.index() == steps - 1
        window.close()
