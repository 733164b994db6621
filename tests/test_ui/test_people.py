"""Personer och organisationer: add, edit in place, delete, undo."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import edit_cell, show_active, type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QTableView, QWidget
from pytestqt.qtbot import QtBot

from app.forum_file import ForumFile
from ui.models.people import OrganisationModel, PeopleModel
from ui.pages.base import PageContext
from ui.pages.people import PeoplePage
from ui.qt_changes import ChangeSignals
from ui.undo import EditController
from ui.widgets.register_choice import ChoiceCombo

# The offscreen platform cannot raise or grab for a combo's popup list.
IGNORE_POPUP = pytest.mark.qt_log_ignore("This plugin does not support")


def _page(qtbot: QtBot, forum: ForumFile) -> PeoplePage:
    ctx = PageContext(forum, EditController(forum), ChangeSignals(forum))
    page = PeoplePage(ctx)
    # A fixed minimum keeps the layout from resizing the window once shown (the
    # offscreen platform warns about that, and warnings fail the test).
    page.setMinimumSize(1100, 700)
    show_active(qtbot, page)
    page.focus_first()
    return page


def _pick(qtbot: QtBot, view: QTableView, row: int, column: int, label: str) -> None:
    """F2 on a choice cell, then arrows in the list to ``label`` and Enter."""
    view.setFocus()
    view.setCurrentIndex(view.model().index(row, column))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    combo = view.findChild(ChoiceCombo)
    assert combo is not None
    qtbot.waitUntil(combo.view().isVisible)
    popup = combo.view()
    labels = [combo.itemText(i) for i in range(combo.count())]
    steps = labels.index(label) - combo.currentIndex()
    key = Qt.Key.Key_Down if steps > 0 else Qt.Key.Key_Up
    for _ in range(abs(steps)):
        qtbot.keyClick(popup, key)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.state() != QAbstractItemView.State.EditingState)


@IGNORE_POPUP
def test_add_and_edit_people_and_organisations(
    qtbot: QtBot, forum_path: Path, forum: ForumFile
) -> None:
    page = _page(qtbot, forum)
    assert page.person_capture.hasFocus()
    type_text(page.organisation_capture, "Älvdalens kommun, hemtjänst")
    qtbot.keyClick(page.organisation_capture, Qt.Key.Key_Return)
    for name in ("Åsa Öberg", "Jonas Ek"):
        type_text(page.person_capture, name)
        qtbot.keyClick(page.person_capture, Qt.Key.Key_Return)
    assert page.person_capture.text() == ""
    assert page.people.rowCount() == 2
    assert page.people_view.currentIndex().row() == 1  # the new person is shown

    edit_cell(qtbot, page.people_view, 0, PeopleModel.TITLE, "Enhetschef")
    edit_cell(qtbot, page.people_view, 0, PeopleModel.EMAIL, "asa.oberg@example.se")
    edit_cell(qtbot, page.people_view, 0, PeopleModel.PHONE, "070-123 45 67")
    _pick(qtbot, page.people_view, 0, PeopleModel.ORGANISATION, "Älvdalens kommun, hemtjänst")
    assert page.people.index(0, PeopleModel.ORGANISATION).data() == "Älvdalens kommun, hemtjänst"
    _pick(qtbot, page.organisations_view, 0, OrganisationModel.KIND, "Kommun")
    edit_cell(qtbot, page.organisations_view, 0, OrganisationModel.UNIT, "Vård och omsorg")
    # Renaming the organisation shows at once in the people table.
    edit_cell(qtbot, page.organisations_view, 0, OrganisationModel.NAME, "Älvdalens kommun")
    assert page.people.index(0, PeopleModel.ORGANISATION).data() == "Älvdalens kommun"

    stack = page.ctx.controller.stack
    stack.undo()
    assert page.people.index(0, PeopleModel.ORGANISATION).data() == "Älvdalens kommun, hemtjänst"
    stack.redo()
    forum.close()

    with ForumFile.open(forum_path) as reopened:
        org = reopened.organisations.list()[0]
        assert (org.name, org.kind, org.unit) == (
            "Älvdalens kommun",
            "municipality",
            "Vård och omsorg",
        )
        first, second = reopened.people.list()
        assert (first.name, first.title, first.organisation_id) == (
            "Åsa Öberg",
            "Enhetschef",
            org.id,
        )
        assert (first.email, first.phone) == ("asa.oberg@example.se", "070-123 45 67")
        assert second.name == "Jonas Ek"


@IGNORE_POPUP
def test_kind_and_organisation_can_be_cleared(qtbot: QtBot, forum: ForumFile) -> None:
    org = forum.organisations.create(name="Region Dalarna", kind="region")
    person = forum.people.create(name="Eva", organisation_id=org.id)
    page = _page(qtbot, forum)
    _pick(qtbot, page.organisations_view, 0, OrganisationModel.KIND, "(ej angiven)")
    assert forum.organisations.get(org.id).kind is None
    _pick(qtbot, page.people_view, 0, PeopleModel.ORGANISATION, "(ingen organisation)")
    assert forum.people.get(person.id).organisation_id is None


def test_delete_person_and_undo_brings_back_attendance_and_ownership(
    qtbot: QtBot, demo_path: Path
) -> None:
    with ForumFile.open(demo_path) as ff:
        karin = next(p for p in ff.people.list() if p.name == "Karin Holmgren")
        owned = sorted(a.id for a in ff.actions.list() if a.owner_id == karin.id)
        attended = sorted(a.meeting_id for a in ff.attendance.list() if a.person_id == karin.id)
        assert owned and attended
        page = _page(qtbot, ff)
        row = page.people.row_of(karin.id)
        assert row is not None
        page.people_view.setFocus()
        page.people_view.setCurrentIndex(page.people.index(row, PeopleModel.NAME))
        qtbot.keyClick(page.people_view, Qt.Key.Key_Delete)
        assert ff.people.find(karin.id) is None
        assert page.people.row_of(karin.id) is None
        assert not [a for a in ff.actions.list() if a.owner_id == karin.id]
        assert page.ctx.controller.stack.undoText() == "Ta bort person"

        page.ctx.controller.stack.undo()
        assert page.people.row_of(karin.id) == row
        page.close()
    with ForumFile.open(demo_path) as reopened:
        assert reopened.people.get(karin.id).name == "Karin Holmgren"
        assert sorted(a.id for a in reopened.actions.list() if a.owner_id == karin.id) == owned
        assert (
            sorted(a.meeting_id for a in reopened.attendance.list() if a.person_id == karin.id)
            == attended
        )


def test_delete_organisation_and_undo(qtbot: QtBot, demo_path: Path) -> None:
    with ForumFile.open(demo_path) as ff:
        fou = next(o for o in ff.organisations.list() if o.name == "FoU Mellanland")
        members = sorted(p.id for p in ff.people.list() if p.organisation_id == fou.id)
        page = _page(qtbot, ff)
        row = page.organisations.row_of(fou.id)
        assert row is not None
        page.organisations_view.setFocus()
        page.organisations_view.setCurrentIndex(page.organisations.index(row, 0))
        qtbot.keyClick(page.organisations_view, Qt.Key.Key_Delete)
        assert ff.organisations.find(fou.id) is None
        assert all(ff.people.get(p).organisation_id is None for p in members)
        linnea = page.people.row_of(members[0])
        assert page.people.index(linnea, PeopleModel.ORGANISATION).data() == ""
        page.ctx.controller.stack.undo()
        assert all(ff.people.get(p).organisation_id == fou.id for p in members)
        assert page.people.index(linnea, PeopleModel.ORGANISATION).data() == "FoU Mellanland"
        page.close()


def test_empty_name_refused_in_place(qtbot: QtBot, forum: ForumFile) -> None:
    forum.people.create(name="Eva")
    page = _page(qtbot, forum)
    messages: list[str] = []
    page.ctx.controller.failed.connect(messages.append)
    view = page.people_view
    view.setFocus()
    view.setCurrentIndex(page.people.index(0, PeopleModel.NAME))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.state() != QAbstractItemView.State.EditingState)
    assert messages
    assert forum.people.list()[0].name == "Eva"


def test_privacy_note_is_shown(qtbot: QtBot, forum: ForumFile) -> None:
    page = _page(qtbot, forum)
    note = page.findChild(QWidget, "privacyNote")
    assert note is not None and note.isVisible()
    assert "personuppgifter" in note.text()


def test_people_models_pass_qtmodeltester(qtmodeltester, qtbot: QtBot, demo_path: Path) -> None:  # type: ignore[no-untyped-def]
    with ForumFile.open(demo_path) as ff:
        page = _page(qtbot, ff)
        for model in (page.people, page.organisations, page.person_organisations, page.kinds):
            qtmodeltester.check(model)
        org = ff.organisations.list()[0]
        page.ctx.controller.delete(ff.organisations, org.id, "x")
        qtmodeltester.check(page.people)
        qtmodeltester.check(page.person_organisations)
        page.ctx.controller.stack.undo()
        qtmodeltester.check(page.people)
        qtmodeltester.check(page.organisations)
        page.close()


def test_an_address_the_minutes_cannot_reach_is_marked_where_it_is_typed(
    qtbot: QtBot, forum: ForumFile
) -> None:
    page = _page(qtbot, forum)
    type_text(page.person_capture, "Åsa Öberg")
    qtbot.keyClick(page.person_capture, Qt.Key.Key_Return)
    cell = page.people.index(0, PeopleModel.EMAIL)
    assert cell.data(Qt.ItemDataRole.ToolTipRole) is None  # no address yet: nothing to say

    edit_cell(qtbot, page.people_view, 0, PeopleModel.EMAIL, "åsa.öberg@example.se")
    cell = page.people.index(0, PeopleModel.EMAIL)
    tip = cell.data(Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("E-postadressen har å, ä, ö") and "kan inte skickas dit" in tip
    assert cell.data(Qt.ItemDataRole.ForegroundRole) is not None
    assert forum.people.list()[0].email == "åsa.öberg@example.se"  # stored as typed, only marked

    edit_cell(qtbot, page.people_view, 0, PeopleModel.EMAIL, "asa.oberg@example")
    assert "går inte att använda" in page.people.index(0, PeopleModel.EMAIL).data(
        Qt.ItemDataRole.ToolTipRole
    )
    edit_cell(qtbot, page.people_view, 0, PeopleModel.EMAIL, "asa.oberg@example.se")
    cell = page.people.index(0, PeopleModel.EMAIL)
    assert cell.data(Qt.ItemDataRole.ToolTipRole) is None
    assert cell.data(Qt.ItemDataRole.ForegroundRole) is None
