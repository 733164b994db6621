"""Forumet: the forum's own fields, its fishbone categories and a summary."""

from __future__ import annotations

from pathlib import Path

from conftest import DEMO_TODAY, show_active, type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget
from pytestqt.qtbot import QtBot

from app.forum_file import ForumFile
from ui.forum_info_command import ForumInfoCommand, update_forum_info
from ui.pages.base import PageContext
from ui.pages.forum_info import ForumPage
from ui.qt_changes import ChangeSignals
from ui.undo import EditController

CTRL = Qt.KeyboardModifier.ControlModifier


def _page(qtbot: QtBot, forum: ForumFile) -> ForumPage:
    ctx = PageContext(forum, EditController(forum), ChangeSignals(forum))
    page = ForumPage(ctx, today=lambda: DEMO_TODAY)
    # A fixed minimum keeps the layout from resizing the window once shown (the
    # offscreen platform warns about that, and warnings fail the test).
    page.setMinimumSize(1100, 700)
    show_active(qtbot, page)
    return page


def _replace(qtbot: QtBot, field: QWidget, text: str) -> None:
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, CTRL)
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    type_text(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Tab)


def _categories(forum: ForumFile) -> list[str]:
    return [c.name for c in forum.categories.list()]


def test_forum_fields_stored_and_undoable(qtbot: QtBot, forum_path: Path, forum: ForumFile) -> None:
    page = _page(qtbot, forum)
    assert page.name.text() == "Testforum"
    _replace(qtbot, page.name, "Samverkansforum Älvdalen")
    _replace(qtbot, page.area, "Älvdalens kommun och Region Dalarna")
    _replace(qtbot, page.goal, "Ingen ska falla mellan stolarna.\nTrygg hemgång för alla.")
    _replace(qtbot, page.description, "Träffas fyra gånger per år.")
    stack = page.ctx.controller.stack
    assert stack.count() == 4
    assert stack.undoText() == "Ändra beskrivning"

    stack.undo()
    assert forum.forum.get().description == ""
    assert page.description.text() == ""
    stack.undo()
    assert forum.forum.get().goal == ""
    assert page.goal.text() == ""
    stack.redo()
    forum.close()

    with ForumFile.open(forum_path) as reopened:
        info = reopened.forum.get()
        assert info.name == "Samverkansforum Älvdalen"
        assert info.area == "Älvdalens kommun och Region Dalarna"
        assert info.goal == "Ingen ska falla mellan stolarna.\nTrygg hemgång för alla."
        assert info.description == ""


def test_empty_name_is_refused_and_the_field_keeps_it(qtbot: QtBot, forum: ForumFile) -> None:
    page = _page(qtbot, forum)
    messages: list[str] = []
    page.ctx.controller.failed.connect(messages.append)
    page.name.setFocus()
    qtbot.keyClick(page.name, Qt.Key.Key_A, CTRL)
    qtbot.keyClick(page.name, Qt.Key.Key_Delete)
    qtbot.keyClick(page.name, Qt.Key.Key_Return)
    assert messages and "tomt" in messages[0]
    assert forum.forum.get().name == "Testforum"
    assert page.ctx.controller.stack.count() == 0


def test_forum_info_command_skips_unchanged_values(forum: ForumFile, qtbot: QtBot) -> None:
    controller = EditController(forum)
    assert update_forum_info(controller, "x", name="Testforum")
    assert controller.stack.count() == 0
    command = ForumInfoCommand(forum.forum, {"area": "Norr"}, "Ändra område")
    assert command.changes_anything()
    assert controller.run(command)
    controller.stack.undo()
    assert forum.forum.get().area == ""


def test_categories_add_rename_reorder_delete_and_undo(
    qtbot: QtBot, forum_path: Path, forum: ForumFile
) -> None:
    gap = forum.gaps.create(
        meeting_id=forum.meetings.create(title="T", date="2026-11-22").id, title="Glapp"
    )
    it_category = forum.categories.by_name()["IT-stöd och teknik"]
    cause = forum.causes.create(gap_id=gap.id, category_id=it_category.id, text="Systemen")
    page = _page(qtbot, forum)
    editor = page.category_editor
    view = editor.view
    editor.capture.setFocus()
    type_text(editor.capture, "Lagar och föreskrifter")
    qtbot.keyClick(editor.capture, Qt.Key.Key_Return)
    assert _categories(forum)[-1] == "Lagar och föreskrifter"

    # A name that exists already is refused; the typed text stays to be fixed.
    type_text(editor.capture, "Kunskap och kompetens")
    qtbot.keyClick(editor.capture, Qt.Key.Key_Return)
    assert editor.capture.text() == "Kunskap och kompetens"
    assert len(_categories(forum)) == 8
    editor.capture.clear()

    # Up from the capture line reaches the new (last) row: rename it, move it up.
    qtbot.keyClick(editor.capture, Qt.Key.Key_Up)
    assert view.currentIndex().row() == 7
    qtbot.keyClick(view, Qt.Key.Key_F2)
    line = QApplication.focusWidget()
    line.selectAll()
    type_text(line, "Lagstiftning")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.state() != QAbstractItemView.State.EditingState)
    qtbot.keyClick(view, Qt.Key.Key_Up, CTRL)
    qtbot.keyClick(view, Qt.Key.Key_Up, CTRL)
    assert _categories(forum)[5] == "Lagstiftning"
    assert view.currentIndex().row() == 5

    # Delete "IT-stöd och teknik" (now row 4): its cause becomes uncategorised.
    qtbot.keyClick(view, Qt.Key.Key_Up)
    assert view.currentIndex().data() == "IT-stöd och teknik"
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert "IT-stöd och teknik" not in _categories(forum)
    assert forum.causes.get(cause.id).category_id is None
    assert page.uncategorised.isVisibleTo(page)
    assert page.uncategorised.text() == "1 orsak saknar kategori."

    stack = page.ctx.controller.stack
    stack.undo()
    assert forum.causes.get(cause.id).category_id == it_category.id
    assert not page.uncategorised.isVisibleTo(page)
    assert page.categories.rowCount() == 8
    stack.undo()
    stack.undo()  # both moves taken back
    assert _categories(forum)[7] == "Lagstiftning"
    stack.undo()
    assert _categories(forum)[7] == "Lagar och föreskrifter"
    stack.redo()
    stack.redo()
    stack.redo()
    stack.redo()
    forum.close()

    with ForumFile.open(forum_path) as reopened:
        assert _categories(reopened) == [
            "Kommunikation och information",
            "Rutiner, riktlinjer och överenskommelser",
            "Kunskap och kompetens",
            "Organisation, ledning och resurser",
            "Lagstiftning",
            "Omgivning och arbetsmiljö",
            "Den enskilde och närstående",
        ]
        assert reopened.causes.get(cause.id).category_id is None


def test_summary_on_the_demo_forum(qtbot: QtBot, demo_path: Path) -> None:
    with ForumFile.open(demo_path) as ff:
        page = _page(qtbot, ff)
        assert page.meeting_count.text() == "4"
        assert page.open_count.text() == "7"
        assert page.overdue_count.text() == "3"
        delayed = [a for a in ff.actions.list() if a.status == "delayed"][0]
        page.ctx.controller.update(ff.actions, delayed.id, "Klar", status="done")
        assert page.open_count.text() == "6"
        assert page.overdue_count.text() == "2"
        page.ctx.controller.stack.undo()
        assert page.overdue_count.text() == "3"
        # Marked Försenad with a due date still ahead: försenad all the same.
        ahead = next(a for a in ff.actions.list() if a.status == "ongoing" and a.due > "2026-12")
        page.ctx.controller.update(ff.actions, ahead.id, "Försenad", status="delayed")
        assert page.overdue_count.text() == "4"
        page.close()


def test_category_model_passes_qtmodeltester(qtmodeltester, qtbot: QtBot, demo_path: Path) -> None:  # type: ignore[no-untyped-def]
    with ForumFile.open(demo_path) as ff:
        page = _page(qtbot, ff)
        qtmodeltester.check(page.categories)
        first = ff.categories.list()[0]
        page.ctx.controller.delete(ff.categories, first.id, "x")
        qtmodeltester.check(page.categories)
        page.ctx.controller.stack.undo()
        qtmodeltester.check(page.categories)
        page.close()
