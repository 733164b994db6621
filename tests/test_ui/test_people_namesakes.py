"""A second person of the same name is stored and pointed out; a second
organisation of the same name is refused, and the first one shown."""

from __future__ import annotations

from conftest import edit_cell, namesake_pair, show_active, type_text
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.forum_file import ForumFile
from ui.models.people import OrganisationModel
from ui.pages.base import PageContext
from ui.pages.people import PeoplePage
from ui.qt_changes import ChangeSignals
from ui.undo import EditController


def _page(qtbot: QtBot, forum: ForumFile) -> tuple[PeoplePage, list[str], list[str]]:
    ctx = PageContext(forum, EditController(forum), ChangeSignals(forum))
    page = PeoplePage(ctx)
    page.setMinimumSize(1100, 700)
    show_active(qtbot, page)
    notes: list[str] = []
    refusals: list[str] = []
    ctx.controller.noted.connect(notes.append)
    ctx.controller.failed.connect(refusals.append)
    return page, notes, refusals


def _enter(qtbot: QtBot, line: object, text: str) -> None:
    type_text(line, text)
    qtbot.keyClick(line, Qt.Key.Key_Return)


def test_a_namesake_is_stored_and_pointed_out(qtbot: QtBot, forum: ForumFile) -> None:
    page, notes, refusals = _page(qtbot, forum)
    _enter(qtbot, page.person_capture, "Anna Berg")
    _enter(qtbot, page.person_capture, "Jonas Ek")
    assert notes == []
    _enter(qtbot, page.person_capture, "anna  berg")  # case and spacing ignored
    assert [p.name for p in forum.people.list()] == ["Anna Berg", "Jonas Ek", "anna  berg"]
    assert len(notes) == 1 and refusals == []
    assert "2 personer som heter ”anna berg”" in notes[0]
    assert "Ctrl+Z" in notes[0]
    assert page.person_capture.text() == ""
    _enter(qtbot, page.person_capture, "Anna Berg")
    assert "tre personer" not in notes[-1] and "3 personer som heter" in notes[-1]


def test_an_organisation_of_the_same_name_is_refused(qtbot: QtBot, forum: ForumFile) -> None:
    page, notes, refusals = _page(qtbot, forum)
    _enter(qtbot, page.organisation_capture, "Norrby kommun")
    _enter(qtbot, page.organisation_capture, "Vårdcentralen Ängsdal")
    _enter(qtbot, page.organisation_capture, " NORRBY kommun")
    assert [o.name for o in forum.organisations.list()] == [
        "Norrby kommun",
        "Vårdcentralen Ängsdal",
    ]
    assert refusals == [
        "Organisationen ”Norrby kommun” finns redan och är markerad i listan. Välj ett annat "
        "namn för en ny organisation."
    ]
    assert page.organisations_view.currentIndex().row() == 0  # the one that exists
    assert page.organisation_capture.text() == " NORRBY kommun"  # kept, to correct
    assert notes == []


def test_renaming_an_organisation_to_another_ones_name_is_refused(
    qtbot: QtBot, forum: ForumFile
) -> None:
    page, _notes, refusals = _page(qtbot, forum)
    _enter(qtbot, page.organisation_capture, "Norrby kommun")
    _enter(qtbot, page.organisation_capture, "Vårdcentralen Ängsdal")
    edit_cell(qtbot, page.organisations_view, 1, OrganisationModel.NAME, "norrby kommun")

    assert [o.name for o in forum.organisations.list()] == [
        "Norrby kommun",
        "Vårdcentralen Ängsdal",
    ]
    assert refusals == ["Organisationen ”Norrby kommun” finns redan; välj ett annat namn."]


def test_undo_gives_back_a_name_an_older_file_shares(qtbot: QtBot, forum: ForumFile) -> None:
    first = namesake_pair(forum)  # two of one name, from a merge
    controller = EditController(forum)
    refusals: list[str] = []
    controller.failed.connect(refusals.append)
    assert controller.update(forum.organisations, first.id, "Byt namn", name="Norrby kommun, IFO")
    controller.stack.undo()
    assert refusals == []
    assert forum.organisations.get(first.id).name == "Norrby kommun"
    controller.stack.redo()
    assert forum.organisations.get(first.id).name == "Norrby kommun, IFO"
