"""Orsaker: causes by fishbone category, "Varför?" children, votes, delete and undo."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import show_active, type_text
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QLayout, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from app.forum_file import ForumFile
from ui.models.causes import CategoryGroup, CauseTreeModel
from ui.pages.base import PageContext
from ui.pages.causes import CausesPage
from ui.qt_changes import ChangeSignals
from ui.undo import EditController

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def ff(forum_path: Path) -> Iterator[ForumFile]:
    opened = ForumFile.create(forum_path, "Testforum")
    meeting = opened.meetings.create(title="Träff 1", date="2026-03-02")
    opened.gaps.create(meeting_id=meeting.id, title="Hjälpmedel saknas", votes=3)
    opened.gaps.create(meeting_id=meeting.id, title="SIP dröjer", votes=5)
    chosen = opened.gaps.create(meeting_id=meeting.id, title="Läkemedelslistan", votes=2)
    opened.gaps.update(chosen.id, status="in_progress")
    yield opened
    opened.close()


def _page(qtbot: QtBot, forum: ForumFile) -> CausesPage:
    ctx = PageContext(forum, EditController(forum), ChangeSignals(forum))
    page = CausesPage(ctx)
    page.set_meeting(forum.meetings.list()[0].id)
    host = QWidget()
    layout = QVBoxLayout(host)
    layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
    layout.addWidget(page)
    host.resize(1200, 700)
    page.host = show_active(qtbot, host)  # type: ignore[attr-defined]
    page.focus_first()
    return page


def _capture(qtbot: QtBot, page: CausesPage, text: str) -> None:
    type_text(page.capture, text)
    qtbot.keyClick(page.capture, Qt.Key.Key_Return)


def _outline(model: CauseTreeModel, parent: QModelIndex = QModelIndex(), depth: int = 0):  # type: ignore[no-untyped-def]
    """The tree as indented lines: what the facilitator sees."""
    lines = []
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        if model.rowCount(index) or depth:
            lines.append("  " * depth + str(index.data()))
        lines.extend(_outline(model, index, depth + 1))
    return lines


def test_gap_picker_puts_chosen_gaps_first_then_votes(qtbot: QtBot, ff: ForumFile) -> None:
    page = _page(qtbot, ff)
    shown = [page.gap_box.itemText(i) for i in range(page.gap_box.count())]
    assert shown == ["3. Läkemedelslistan", "2. SIP dröjer", "1. Hjälpmedel saknas"]
    assert page.current_gap().title == "Läkemedelslistan"  # type: ignore[union-attr]
    groups = [g.name for g in page.tree_model.groups()]
    assert groups == [c.name for c in ff.categories.list()]


def test_causes_in_two_categories_with_a_why_level(
    qtbot: QtBot, ff: ForumFile, forum_path: Path
) -> None:
    page = _page(qtbot, ff)
    categories = ff.categories.list()
    qtbot.keyClick(page.capture, Qt.Key.Key_1, ALT)
    _capture(qtbot, page, "Rutinen för läkemedelsberättelse är okänd")
    assert page.capture.text() == "" and page.capture.hasFocus()
    qtbot.keyClick(page.capture, Qt.Key.Key_5, ALT)
    assert page.category_box.currentText() == f"5. {categories[4].name}"
    _capture(qtbot, page, "Sjuksköterskan ser inte ändringarna")
    # Type the next cause and ask "why?" about it at once.
    type_text(page.capture, "Dosapoteket får ändringen sent")
    qtbot.keyClick(page.capture, Qt.Key.Key_Return, CTRL)
    assert page.why_banner.isVisible()
    assert page.category_box.isEnabled() is False
    _capture(qtbot, page, "Ordinationen skickas inte elektroniskt")
    _capture(qtbot, page, "Ingen bevakar faxen")
    qtbot.keyClick(page.capture, Qt.Key.Key_Escape)  # back to plain causes
    assert not page.why_banner.isVisible()
    _capture(qtbot, page, "Behörighet saknas")  # in the category still chosen

    gap = page.current_gap()
    assert gap is not None
    assert _outline(page.tree_model) == [
        f"{categories[0].name}  (1)",
        "  Rutinen för läkemedelsberättelse är okänd",
        f"{categories[4].name}  (5)",
        "  Sjuksköterskan ser inte ändringarna",
        "  Dosapoteket får ändringen sent",
        "    Ordinationen skickas inte elektroniskt",
        "    Ingen bevakar faxen",
        "  Behörighet saknas",
    ]
    page.host.close()  # type: ignore[attr-defined]
    ff.close()
    with ForumFile.open(forum_path) as reopened:
        causes = {c.text: c for c in reopened.causes.list(gap_id=gap.id)}
    parent = causes["Dosapoteket får ändringen sent"]
    for text in ("Ordinationen skickas inte elektroniskt", "Ingen bevakar faxen"):
        assert causes[text].parent_id == parent.id
        assert causes[text].category_id == categories[4].id
    assert causes["Rutinen för läkemedelsberättelse är okänd"].category_id == categories[0].id
    assert causes["Behörighet saknas"].parent_id is None
    assert causes["Behörighet saknas"].category_id == categories[4].id


def test_why_goes_deeper_from_the_selected_cause(qtbot: QtBot, ff: ForumFile) -> None:
    page = _page(qtbot, ff)
    _capture(qtbot, page, "Informationen kommer sent")
    for answer in ("Meddelandet skickas efter lunch", "Ronden är sen", "Läkaren har mottagning"):
        qtbot.keyClick(page.capture, Qt.Key.Key_Return, CTRL)  # why about the newest
        _capture(qtbot, page, answer)
    chain = ff.causes.list()
    by_text = {c.text: c for c in chain}
    assert by_text["Läkaren har mottagning"].parent_id == by_text["Ronden är sen"].id
    assert by_text["Ronden är sen"].parent_id == by_text["Meddelandet skickas efter lunch"].id
    first = by_text["Informationen kommer sent"].id
    assert by_text["Meddelandet skickas efter lunch"].parent_id == first
    deepest = page.tree_model.index_of_cause(by_text["Läkaren har mottagning"].id)
    assert page.tree.isExpanded(deepest.parent())


def test_why_needs_a_selected_cause(qtbot: QtBot, ff: ForumFile) -> None:
    page = _page(qtbot, ff)
    qtbot.keyClick(page.capture, Qt.Key.Key_Return, CTRL)
    assert page.why_parent is None
    assert "Markera" in page.why_banner.text()


def test_cause_votes_resort_and_keep_the_selection(qtbot: QtBot, ff: ForumFile) -> None:
    page = _page(qtbot, ff)
    for text in ("A-orsak", "B-orsak", "C-orsak"):
        _capture(qtbot, page, text)
    page.tree.setFocus()
    assert page.tree_model.cause_at(page.tree.currentIndex()).text == "C-orsak"  # type: ignore[union-attr]
    qtbot.keyClick(page.tree, Qt.Key.Key_Plus)
    qtbot.keyClick(page.tree, Qt.Key.Key_Plus)
    assert page.tree_model.cause_at(page.tree.currentIndex()).text == "C-orsak"  # type: ignore[union-attr]
    qtbot.keyClick(page.tree, Qt.Key.Key_Down)  # now "A-orsak", second after the re-sort
    qtbot.keyClick(page.tree, Qt.Key.Key_4)
    qtbot.keyClick(page.tree, Qt.Key.Key_Return)
    votes = {c.text: c.votes for c in ff.causes.list()}
    assert votes == {"A-orsak": 4, "B-orsak": 0, "C-orsak": 2}
    assert _outline(page.tree_model)[1:] == ["  A-orsak", "  C-orsak", "  B-orsak"]
    qtbot.keyClick(page.tree, Qt.Key.Key_Minus)
    assert {c.text: c.votes for c in ff.causes.list()}["A-orsak"] == 3
    page.ctx.controller.stack.undo()
    assert {c.text: c.votes for c in ff.causes.list()}["A-orsak"] == 4


def test_delete_removes_why_children_and_undo_brings_them_back(
    qtbot: QtBot, ff: ForumFile, forum_path: Path
) -> None:
    page = _page(qtbot, ff)
    _capture(qtbot, page, "Kallelsen når fel person")
    qtbot.keyClick(page.capture, Qt.Key.Key_Return, CTRL)
    _capture(qtbot, page, "Funktionsbrevlådan bevakas inte")
    qtbot.keyClick(page.capture, Qt.Key.Key_Escape)
    _capture(qtbot, page, "Ingen fast vårdkontakt")
    page.select_cause(next(c.id for c in ff.causes.list() if c.text.startswith("Kallelsen")))
    page.tree.setFocus()
    qtbot.keyClick(page.tree, Qt.Key.Key_Delete)
    assert [c.text for c in ff.causes.list()] == ["Ingen fast vårdkontakt"]
    assert "  Kallelsen når fel person" not in _outline(page.tree_model)
    page.ctx.controller.stack.undo()
    assert len(ff.causes.list()) == 3
    outline = _outline(page.tree_model)
    assert "    Funktionsbrevlådan bevakas inte" in outline
    # The cause that came back is selected again, so a second Delete takes it, not another.
    qtbot.waitUntil(
        lambda: (
            getattr(page.tree_model.cause_at(page.tree.currentIndex()), "text", "")
            == "Kallelsen når fel person"
        )
    )
    page.ctx.controller.stack.redo()
    assert len(ff.causes.list()) == 1
    page.ctx.controller.stack.undo()
    page.host.close()  # type: ignore[attr-defined]
    ff.close()
    with ForumFile.open(forum_path) as reopened:
        assert len(reopened.causes.list()) == 3


def test_cause_text_edited_in_place(qtbot: QtBot, ff: ForumFile) -> None:
    page = _page(qtbot, ff)
    _capture(qtbot, page, "Rehabplan saknas")
    page.tree.setFocus()
    qtbot.keyClick(page.tree, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert editor is not page.tree
    qtbot.keyClick(editor, Qt.Key.Key_End)
    type_text(editor, " i utskrivningen")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ff.causes.list()[0].text != "Rehabplan saknas")
    assert ff.causes.list()[0].text == "Rehabplan saknas i utskrivningen"


def test_alt_number_from_the_tree_puts_the_keyboard_in_the_cause_line(
    qtbot: QtBot, ff: ForumFile
) -> None:
    page = _page(qtbot, ff)
    _capture(qtbot, page, "Rutinen är okänd")
    page.tree.setFocus()
    page.tree.setCurrentIndex(page.tree_model.index(0, 0))
    qtbot.keyClick(page.tree, Qt.Key.Key_3, ALT)
    assert page.capture.hasFocus()  # typed text once went to the tree's search
    _capture(qtbot, page, "Ingen äger frågan")
    third = ff.categories.list()[2]
    assert [c.text for c in ff.causes.list() if c.category_id == third.id] == ["Ingen äger frågan"]
    page.host.close()  # type: ignore[attr-defined]


def test_categories_follow_the_forum_and_gap_choice(qtbot: QtBot, ff: ForumFile) -> None:
    page = _page(qtbot, ff)
    _capture(qtbot, page, "Oklart ansvar")
    first = ff.categories.list()[0]
    ff.categories.update(first.id, name="Information")
    assert page.tree_model.groups()[0].name == "Information"
    assert page.category_box.itemText(0) == "1. Information"
    ff.categories.create(name="Lagar och regler")
    assert page.tree_model.groups()[-1].name == "Lagar och regler"
    ff.categories.delete(first.id)  # its causes move to "Utan kategori"
    assert page.tree_model.groups()[-1] == CategoryGroup(None, "Utan kategori", 1)
    second = ff.categories.list()[0]
    assert page.category_box.itemText(0) == f"1. {second.name}"  # renumbered for Alt+1
    page.choose_gap(ff.gaps.list()[0].id)
    assert page.tree_model.gap_id == ff.gaps.list()[0].id
    assert all(group.count == 0 for group in page.tree_model.groups())


def test_cause_tree_model_passes_qtmodeltester(qtmodeltester, qtbot: QtBot, ff: ForumFile) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, ff)
    model = page.tree_model
    qtmodeltester.check(model)
    gap = page.current_gap()
    assert gap is not None
    categories = ff.categories.list()
    a = ff.causes.create(gap_id=gap.id, category_id=categories[0].id, text="A")
    b = ff.causes.create(gap_id=gap.id, category_id=categories[0].id, text="B")
    child = ff.causes.create(gap_id=gap.id, parent_id=a.id, category_id=categories[0].id, text="C")
    ff.causes.create(gap_id=gap.id, parent_id=child.id, text="D")
    ff.causes.create(gap_id=gap.id, text="Utan")
    qtmodeltester.check(model)
    page.ctx.controller.update(ff.causes, b.id, "röster", votes=3)  # reorder
    page.ctx.controller.delete(ff.causes, a.id, "ta bort")
    qtmodeltester.check(model)
    page.ctx.controller.stack.undo()
    ff.categories.delete(categories[0].id)
    qtmodeltester.check(model)


def test_ctrl_arrows_step_through_categories(qtbot: QtBot, ff: ForumFile) -> None:
    page = _page(qtbot, ff)
    names = [c.name for c in ff.categories.list()]
    assert page.category_box.currentIndex() == 0
    qtbot.keyClick(page.capture, Qt.Key.Key_Down, CTRL)
    qtbot.keyClick(page.capture, Qt.Key.Key_Down, CTRL)
    assert page.category_box.currentIndex() == 2
    index = page.tree.currentIndex()  # the tree shows where the next cause goes
    assert page.tree_model.category_at(index) == ff.categories.list()[2].id
    qtbot.keyClick(page.capture, Qt.Key.Key_Up, CTRL)
    qtbot.keyClick(page.capture, Qt.Key.Key_Up, CTRL)
    qtbot.keyClick(page.capture, Qt.Key.Key_Up, CTRL)  # wraps to the last
    assert page.category_box.currentIndex() == len(names) - 1
    _capture(qtbot, page, "Trångt i väntrummet")
    assert ff.causes.list()[0].category_id == ff.categories.list()[-1].id


def test_gap_choice_model_passes_qtmodeltester(qtmodeltester, qtbot: QtBot, ff: ForumFile) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, ff)
    qtmodeltester.check(page.gaps)
    gaps = ff.gaps.list()
    page.ctx.controller.update(ff.gaps, gaps[0].id, "vidare", status="in_progress")
    page.ctx.controller.delete(ff.gaps, gaps[2].id, "ta bort")
    assert page.current_gap() is not None  # the picker moved on from the deleted gap
    assert page.tree_model.gap_id == page.current_gap().id  # type: ignore[union-attr]
    qtmodeltester.check(page.gaps)
