"""Glapp: capture by keyboard, describe in the side panel, delete and undo."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import show_active, type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLayout, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from app.forum_file import ForumFile
from ui.models.gaps import GapListModel, OrganisationCheckModel, short_name
from ui.pages.base import PageContext
from ui.pages.gaps import DETAILS_DELAY_MS, GapsPage
from ui.qt_changes import ChangeSignals
from ui.undo import EditController
from ui.widgets.refused_mark import is_marked_refused

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def ff(forum_path: Path) -> Iterator[ForumFile]:
    opened = ForumFile.create(forum_path, "Testforum")
    opened.meetings.create(title="Träff 1", date="2026-03-02")
    for name in ("Norrby kommun, hemtjänst", "Vårdcentralen Norrby", "Region, geriatriken"):
        opened.organisations.create(name=name)
    yield opened
    opened.close()


def _meeting(forum: ForumFile) -> str:
    return forum.meetings.list()[0].id


def _page(qtbot: QtBot, forum: ForumFile) -> GapsPage:
    signals = ChangeSignals(forum)
    ctx = PageContext(forum, EditController(forum), signals)
    page = GapsPage(ctx)
    page.set_meeting(_meeting(forum))
    page.host = show_active(qtbot, _host(page))  # type: ignore[attr-defined]
    page.focus_first()
    return page


def _close(page: QWidget, forum: ForumFile) -> None:
    """Close the window before the file, as the app does (leaving a field stores it)."""
    page.host.close()  # type: ignore[attr-defined]
    forum.close()


def _host(page: QWidget) -> QWidget:
    """A window around the page, as in the app: the page's minimum size changes as
    it fills, which a bare top-level page would report as a size-hint warning."""
    host = QWidget()
    layout = QVBoxLayout(host)
    layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
    layout.addWidget(page)
    host.resize(1200, 700)
    return host


def _capture(qtbot: QtBot, page: GapsPage, text: str) -> None:
    type_text(page.capture, text)
    qtbot.keyClick(page.capture, Qt.Key.Key_Return)
    # The side panel follows a capture after a short pause (DETAILS_DELAY_MS).
    qtbot.waitUntil(lambda: not page.details_pending())


def _retype(qtbot: QtBot, widget: QWidget, text: str) -> None:
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, CTRL)
    type_text(widget, text)
    qtbot.keyClick(widget, Qt.Key.Key_Tab)


def test_capture_ten_gaps_by_keyboard_stored_in_order(
    qtbot: QtBot, ff: ForumFile, forum_path: Path
) -> None:
    page = _page(qtbot, ff)
    titles = [f"  Glapp nummer {n} vid hemgång " for n in range(1, 11)]
    for title in titles:
        _capture(qtbot, page, title)
        assert page.capture.text() == ""
        assert page.capture.hasFocus()
    assert page.model.rowCount() == 10
    assert page.model.index(9, GapListModel.NUMBER).data() == 10
    # The newest gap is selected, so the panel describes it.
    assert page.details.title.text() == "Glapp nummer 10 vid hemgång"
    meeting_id = _meeting(ff)
    _close(page, ff)
    with ForumFile.open(forum_path) as reopened:
        stored = [g.title for g in reopened.gaps.list(meeting_id=meeting_id)]
    assert stored == [t.strip() for t in titles]


def test_refused_capture_keeps_the_typed_text(
    qtbot: QtBot, ff: ForumFile, forum_path: Path
) -> None:
    ff.close()
    with ForumFile.open(forum_path, read_only=True) as read_only:
        page = _page(qtbot, read_only)
        with qtbot.waitSignal(page.ctx.controller.failed):
            _capture(qtbot, page, "Hjälpmedel saknas")
        assert page.capture.text() == "Hjälpmedel saknas"
        assert read_only.gaps.list() == []


def test_side_panel_fields_are_stored_and_undoable(
    qtbot: QtBot, ff: ForumFile, forum_path: Path
) -> None:
    page = _page(qtbot, ff)
    _capture(qtbot, page, "Läkemedelslistan stämmer inte")
    details = page.details
    _retype(qtbot, details.title, "Läkemedelslistan är inte uppdaterad")
    details.description.setFocus()
    type_text(details.description, "En man i 80-årsåldern skrevs ut.")
    qtbot.keyClick(details.description, Qt.Key.Key_Return)
    type_text(details.description, "Dospåsarna var fel.")
    qtbot.keyClick(details.description, Qt.Key.Key_Tab)  # leaving the field stores it
    assert details.transition.hasFocus()
    type_text(details.transition, "slutenvård → korttidsboende")
    qtbot.keyClick(details.transition, Qt.Key.Key_Tab)
    type_text(details.target_group, "Äldre multisjuka")
    qtbot.keyClick(details.target_group, Qt.Key.Key_Return)

    gap = ff.gaps.list()[0]
    assert gap.title == "Läkemedelslistan är inte uppdaterad"
    assert gap.description == "En man i 80-årsåldern skrevs ut.\nDospåsarna var fel."
    assert gap.transition == "slutenvård → korttidsboende"
    assert gap.target_group == "Äldre multisjuka"
    assert page.model.index(0, GapListModel.TRANSITION).data() == "slutenvård → korttidsboende"

    page.ctx.controller.stack.undo()
    assert ff.gaps.get(gap.id).target_group == ""
    assert details.target_group.currentText() == ""  # the panel follows the undo
    page.ctx.controller.stack.redo()
    _close(page, ff)
    with ForumFile.open(forum_path) as reopened:
        stored = reopened.gaps.get(gap.id)
    assert (stored.title, stored.target_group) == (
        "Läkemedelslistan är inte uppdaterad",
        "Äldre multisjuka",
    )


def test_description_is_stored_after_a_pause_in_typing(qtbot: QtBot, ff: ForumFile) -> None:
    page = _page(qtbot, ff)
    _capture(qtbot, page, "SIP hålls inte i tid")
    page.details.description.setFocus()
    type_text(page.details.description, "Kallelsen kom fram efter sju veckor.")
    assert ff.gaps.list()[0].description == ""  # still typing
    qtbot.waitUntil(lambda: ff.gaps.list()[0].description != "", timeout=4000)
    assert ff.gaps.list()[0].description == "Kallelsen kom fram efter sju veckor."
    assert page.details.description.hasFocus()


def test_empty_title_is_refused_and_stays_on_screen(qtbot: QtBot, ff: ForumFile) -> None:
    page = _page(qtbot, ff)
    _capture(qtbot, page, "Nattpatrullen når ingen läkare")
    page.details.title.setFocus()
    qtbot.keyClick(page.details.title, Qt.Key.Key_A, CTRL)
    with qtbot.waitSignal(page.ctx.controller.failed):
        qtbot.keyClick(page.details.title, Qt.Key.Key_Delete)
        qtbot.keyClick(page.details.title, Qt.Key.Key_Tab)
    assert ff.gaps.list()[0].title == "Nattpatrullen når ingen läkare"
    assert page.details.title.text() == ""  # what was typed stays for another try
    assert is_marked_refused(page.details.title)


def test_ticking_organisations_creates_and_deletes_links(qtbot: QtBot, ff: ForumFile) -> None:
    page = _page(qtbot, ff)
    _capture(qtbot, page, "Rehabplanen följer inte med")
    gap = ff.gaps.list()[0]
    orgs = ff.organisations.list()
    view = page.details.organisation_list
    view.setFocus()
    view.setCurrentIndex(page.details.organisations.index(1, 0))
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert [link.organisation_id for link in ff.gap_organisations.list(gap_id=gap.id)] == [
        orgs[1].id
    ]
    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_Space)
    shown = page.model.index(0, GapListModel.ORGANISATIONS).data()
    assert shown == "Vårdcentralen Norrby, Geriatriken"
    view.setCurrentIndex(page.details.organisations.index(1, 0))
    qtbot.keyClick(view, Qt.Key.Key_Space)  # untick
    assert [link.organisation_id for link in ff.gap_organisations.list(gap_id=gap.id)] == [
        orgs[2].id
    ]
    page.ctx.controller.stack.undo()
    assert len(ff.gap_organisations.list(gap_id=gap.id)) == 2
    assert page.details.organisations.index(1, 0).data(Qt.ItemDataRole.CheckStateRole) == (
        Qt.CheckState.Checked.value
    )


def test_title_edited_in_place_in_the_list(qtbot: QtBot, ff: ForumFile) -> None:
    page = _page(qtbot, ff)
    _capture(qtbot, page, "Hjälpmedel")
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(0, GapListModel.TITLE))
    qtbot.keyClick(page.table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert editor is not page.table
    qtbot.keyClick(editor, Qt.Key.Key_A, CTRL)
    type_text(editor, "Hjälpmedel saknas vid hemkomst")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the view commits on its next turn
    qtbot.waitUntil(lambda: ff.gaps.list()[0].title != "Hjälpmedel")
    assert ff.gaps.list()[0].title == "Hjälpmedel saknas vid hemkomst"
    assert page.details.title.text() == "Hjälpmedel saknas vid hemkomst"


def test_delete_key_removes_gap_with_causes_and_undo_brings_them_back(
    qtbot: QtBot, ff: ForumFile, forum_path: Path
) -> None:
    page = _page(qtbot, ff)
    for title in ("Första", "Andra", "Tredje"):
        _capture(qtbot, page, title)
    second = ff.gaps.list()[1]
    cause = ff.causes.create(gap_id=second.id, text="Ingen äger frågan")
    ff.causes.create(gap_id=second.id, parent_id=cause.id, text="Mandat saknas")
    page.table.setFocus()
    page.select_row(1)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert [g.title for g in ff.gaps.list()] == ["Första", "Tredje"]
    assert ff.causes.list() == []
    assert page.details.title.text() == "Tredje"  # the panel shows the row now current

    page.ctx.controller.stack.undo()
    assert [g.title for g in ff.gaps.list()] == ["Första", "Andra", "Tredje"]
    assert sorted(c.text for c in ff.causes.list(gap_id=second.id)) == [
        "Ingen äger frågan",
        "Mandat saknas",
    ]
    assert page.model.rowCount() == 3
    # The gap that came back is selected again, not the neighbour that took its place.
    qtbot.waitUntil(lambda: page.current_row() == 1)
    assert page.details.title.text() == "Andra"
    page.ctx.controller.stack.redo()
    assert ff.causes.list() == []
    page.ctx.controller.stack.undo()
    _close(page, ff)
    with ForumFile.open(forum_path) as reopened:
        assert len(reopened.causes.list(gap_id=second.id)) == 2


def test_short_names_are_what_the_room_says() -> None:
    from app.model import Organisation

    def org(name: str) -> Organisation:
        return Organisation("x", name, None, "", 0, "")

    assert short_name(org("Norrby kommun, hemtjänst")) == "Hemtjänst"
    assert short_name(org("Vårdcentralen Norrby")) == "Vårdcentralen Norrby"
    assert short_name(org("Region Mellanland, ASiH")) == "ASiH"


def test_gap_models_pass_qtmodeltester(qtmodeltester, qtbot: QtBot, ff: ForumFile) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, ff)
    for title in ("Ett", "Två", "Tre"):
        _capture(qtbot, page, title)
    gap = ff.gaps.list()[0]
    page.details.organisations.set_linked(ff.organisations.list()[0].id, True)
    qtmodeltester.check(page.model)
    organisations: OrganisationCheckModel = page.details.organisations
    qtmodeltester.check(organisations)
    page.ctx.controller.delete(ff.gaps, gap.id, "ta bort")
    ff.organisations.create(name="Ny organisation")
    qtmodeltester.check(page.model)
    qtmodeltester.check(organisations)


def _window_on_gaps(qtbot: QtBot, ff: ForumFile):  # type: ignore[no-untyped-def]
    """The whole window, on Glapp (Ctrl+4) of the forum's meeting."""
    from ui.main_window import MainWindow

    window = show_active(qtbot, MainWindow(ff))
    window.sidebar.select_meeting(_meeting(ff))
    qtbot.keyClick(window, Qt.Key.Key_4, CTRL)
    page = window.meeting_view.pages[3]
    assert isinstance(page, GapsPage)
    return window, page


def test_in_the_window_ctrl_z_after_enter_undoes_the_stored_gap(
    qtbot: QtBot, ff: ForumFile
) -> None:
    window, page = _window_on_gaps(qtbot, ff)
    assert page.capture.hasFocus()
    _capture(qtbot, page, "Ingen tar emot patienten")
    _capture(qtbot, page, "Fel läkemedel i dospåsen")
    qtbot.keyClick(page.capture, Qt.Key.Key_Z, CTRL)
    assert [g.title for g in ff.gaps.list()] == ["Ingen tar emot patienten"]
    assert page.capture.text() == ""  # the line did not get the old text back
    qtbot.keyClick(page.capture, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert len(ff.gaps.list()) == 2
    type_text(page.capture, "halv")
    qtbot.keyClick(page.capture, Qt.Key.Key_Z, CTRL)  # with text: the line's own undo
    assert len(ff.gaps.list()) == 2
    window.close()


def test_undo_on_another_phase_right_after_a_capture_leaves_the_panel_consistent(
    qtbot: QtBot, ff: ForumFile
) -> None:
    window, page = _window_on_gaps(qtbot, ff)
    page.capture.setFocus()
    type_text(page.capture, "Ingen tar emot patienten")
    qtbot.keyClick(page.capture, Qt.Key.Key_Return)
    assert page.details_pending()  # the panel waits for a pause in capturing
    qtbot.keyClick(window, Qt.Key.Key_5, CTRL)  # on to Orsaker before it follows
    window.controller.stack.undo()  # the gap goes while its page is hidden
    assert ff.gaps.list() == []
    qtbot.wait(DETAILS_DELAY_MS * 3)  # pytest-qt fails the test on an exception in a slot
    qtbot.keyClick(window, Qt.Key.Key_4, CTRL)
    assert page.model.rowCount() == 0
    assert page.details.gap_id is None
    window.close()
