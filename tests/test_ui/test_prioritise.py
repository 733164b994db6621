"""Prioritera: votes typed from paper dots, +/−, Space chooses gaps for analysis."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import show_active
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLayout, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from app.forum_file import ForumFile
from ui.models.gaps import PrioritiseModel, dots_per_participant
from ui.pages.base import PageContext
from ui.pages.prioritise import PrioritisePage
from ui.qt_changes import ChangeSignals
from ui.undo import EditController

TITLES = ("Utskrivningsmeddelandet kommer sent", "Läkemedelslistan", "Hjälpmedel", "SIP")


@pytest.fixture
def ff(forum_path: Path) -> Iterator[ForumFile]:
    opened = ForumFile.create(forum_path, "Testforum")
    meeting = opened.meetings.create(title="Träff 1", date="2026-03-02")
    for title in TITLES:
        opened.gaps.create(meeting_id=meeting.id, title=title)
    yield opened
    opened.close()


def _page(qtbot: QtBot, forum: ForumFile) -> PrioritisePage:
    ctx = PageContext(forum, EditController(forum), ChangeSignals(forum))
    page = PrioritisePage(ctx)
    page.set_meeting(forum.meetings.list()[0].id)
    host = QWidget()
    layout = QVBoxLayout(host)
    layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
    layout.addWidget(page)
    host.resize(1100, 600)
    page.host = show_active(qtbot, host)  # type: ignore[attr-defined]
    page.focus_first()
    return page


def _titles(page: PrioritisePage) -> list[str]:
    return [row.gap.title for row in page.model.items()]


def _current_title(page: PrioritisePage) -> str:
    row = page.current_row()
    assert row is not None
    return page.model.item(row).gap.title


def _votes(forum: ForumFile) -> dict[str, int]:
    return {g.title: g.votes for g in forum.gaps.list()}


def test_typed_digits_set_votes_and_rows_stay_until_sorted(
    qtbot: QtBot, ff: ForumFile, forum_path: Path
) -> None:
    page = _page(qtbot, ff)
    table = page.table
    assert table.hasFocus()
    qtbot.keyClick(table, Qt.Key.Key_Down)
    qtbot.keyClick(table, Qt.Key.Key_Down)  # "Hjälpmedel"
    qtbot.keyClick(table, Qt.Key.Key_1)
    qtbot.keyClick(table, Qt.Key.Key_2)
    assert page.typing.isVisible() and "12" in page.typing.text()
    assert _votes(ff)["Hjälpmedel"] == 0  # not before Enter
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert _votes(ff)["Hjälpmedel"] == 12
    assert not page.typing.isVisible()
    assert _titles(page) == list(TITLES)  # the row stays under the keyboard
    assert _current_title(page) == "Hjälpmedel"

    qtbot.keyClick(table, Qt.Key.Key_S)  # sorted when asked
    assert _titles(page)[0] == "Hjälpmedel"
    assert _current_title(page) == "Hjälpmedel"
    qtbot.keyClick(table, Qt.Key.Key_Down)  # "Utskrivningsmeddelandet…"
    qtbot.keyClick(table, Qt.Key.Key_7)
    qtbot.keyClick(table, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    assert _votes(ff)["Utskrivningsmeddelandet kommer sent"] == 7
    for _ in range(6):  # + repeatedly on the same gap as it climbs past the first
        qtbot.keyClick(table, Qt.Key.Key_Plus)
    assert _current_title(page) == "Utskrivningsmeddelandet kommer sent"
    qtbot.keyClick(table, Qt.Key.Key_Minus)
    assert _votes(ff)["Utskrivningsmeddelandet kommer sent"] == 12
    qtbot.keyClick(table, Qt.Key.Key_S)
    # Ties keep the captured order: the gap captured first comes first.
    assert _titles(page) == [
        "Utskrivningsmeddelandet kommer sent",
        "Hjälpmedel",
        "Läkemedelslistan",
        "SIP",
    ]
    assert _current_title(page) == "Utskrivningsmeddelandet kommer sent"
    page.host.close()  # type: ignore[attr-defined]
    ff.close()
    with ForumFile.open(forum_path) as reopened:
        assert _votes(reopened)["Utskrivningsmeddelandet kommer sent"] == 12
        assert _votes(reopened)["Hjälpmedel"] == 12


def test_counts_typed_down_the_list_land_on_their_gaps(qtbot: QtBot, ff: ForumFile) -> None:
    """Count, Enter, ↓ for each sheet: a re-sort after each count once put the
    next count on a gap already counted."""
    page = _page(qtbot, ff)
    for count in ("4", "7", "5", "1"):
        qtbot.keyClicks(page.table, count)
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
        qtbot.keyClick(page.table, Qt.Key.Key_Down)
    assert _votes(ff) == dict(zip(TITLES, (4, 7, 5, 1), strict=True))


def test_sorted_when_the_meeting_opens_not_when_the_page_shows_again(
    qtbot: QtBot, ff: ForumFile
) -> None:
    page = _page(qtbot, ff)
    ff.gaps.update(ff.gaps.list()[-1].id, votes=3)  # "SIP", from elsewhere
    assert _titles(page) == list(TITLES)
    page.hide()  # a look at another phase while counting: the rows stay
    page.show()
    assert _titles(page) == list(TITLES)
    page.set_meeting(page.meeting_id)  # the meeting opened (again)
    assert _titles(page)[0] == "SIP"
    ff.gaps.create(meeting_id=ff.meetings.list()[0].id, title="Nytt")
    assert _titles(page)[-1] == "Nytt"  # a new gap comes last until the next sort


def test_each_vote_is_one_undo_step(qtbot: QtBot, ff: ForumFile) -> None:
    page = _page(qtbot, ff)
    qtbot.keyClick(page.table, Qt.Key.Key_3)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    qtbot.keyClick(page.table, Qt.Key.Key_Plus)
    qtbot.keyClick(page.table, Qt.Key.Key_Plus)
    qtbot.keyClick(page.table, Qt.Key.Key_Minus)
    first = TITLES[0]
    assert _votes(ff)[first] == 4
    stack = page.ctx.controller.stack
    history = []
    for _ in range(4):
        stack.undo()
        history.append(_votes(ff)[first])
    assert history == [5, 4, 3, 0]
    stack.redo()
    assert _votes(ff)[first] == 3


def test_minus_stops_at_zero_and_escape_drops_typed_digits(qtbot: QtBot, ff: ForumFile) -> None:
    page = _page(qtbot, ff)
    qtbot.keyClick(page.table, Qt.Key.Key_Minus)
    assert _votes(ff)[TITLES[0]] == 0
    assert page.ctx.controller.stack.count() == 0
    qtbot.keyClick(page.table, Qt.Key.Key_9)
    qtbot.keyClick(page.table, Qt.Key.Key_Escape)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert _votes(ff)[TITLES[0]] == 0


def test_votes_edited_in_place(qtbot: QtBot, ff: ForumFile) -> None:
    page = _page(qtbot, ff)
    index = page.model.index(0, PrioritiseModel.VOTES)
    assert page.model.setData(index, "5")
    assert _votes(ff)[TITLES[0]] == 5
    assert not page.model.setData(page.model.index(0, PrioritiseModel.VOTES), "fem")
    assert _votes(ff)[TITLES[0]] == 5


def test_space_chooses_gaps_for_cause_analysis(
    qtbot: QtBot, ff: ForumFile, forum_path: Path
) -> None:
    resolved = ff.gaps.list()[3]
    ff.gaps.update(resolved.id, status="resolved")
    page = _page(qtbot, ff)
    table = page.table
    qtbot.keyClick(table, Qt.Key.Key_Space)
    qtbot.keyClick(table, Qt.Key.Key_Down)
    qtbot.keyClick(table, Qt.Key.Key_Space)
    qtbot.keyClick(table, Qt.Key.Key_Space)  # and back
    qtbot.keyClick(table, Qt.Key.Key_Down)
    qtbot.keyClick(table, Qt.Key.Key_Down)  # the resolved gap: left alone
    qtbot.keyClick(table, Qt.Key.Key_Space)
    statuses = {g.title: g.status for g in ff.gaps.list()}
    assert statuses == {
        TITLES[0]: "in_progress",
        TITLES[1]: "open",
        TITLES[2]: "open",
        TITLES[3]: "resolved",
    }
    check = Qt.ItemDataRole.CheckStateRole
    assert page.model.index(0, PrioritiseModel.CHOSEN).data(check) == Qt.CheckState.Checked.value
    assert page.model.index(3, PrioritiseModel.CHOSEN).data(check) is None
    assert page.model.index(3, PrioritiseModel.CHOSEN).data() == "Löst"
    assert "Vidare till orsaksanalys: <b>1</b>" in page.summary.text()
    page.ctx.controller.stack.undo()
    page.ctx.controller.stack.undo()
    assert ff.gaps.list()[1].status == "open"
    page.host.close()  # type: ignore[attr-defined]
    ff.close()
    with ForumFile.open(forum_path) as reopened:
        assert [g.status for g in reopened.gaps.list()] == [
            "in_progress",
            "open",
            "open",
            "resolved",
        ]


def test_dot_rule_of_thumb_and_total(qtbot: QtBot, ff: ForumFile) -> None:
    assert [dots_per_participant(n) for n in (0, 1, 3, 4, 6, 7, 10)] == [1, 1, 1, 2, 2, 3, 4]
    page = _page(qtbot, ff)
    assert "Prickar per deltagare: <b>2</b>" in page.summary.text()  # 4 gaps ÷ 3
    qtbot.keyClick(page.table, Qt.Key.Key_8)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    qtbot.keyClick(page.table, Qt.Key.Key_Down)
    qtbot.keyClick(page.table, Qt.Key.Key_Plus)
    assert "Röster totalt: <b>9</b>" in page.summary.text()
    meeting_id = ff.meetings.list()[0].id
    for n in range(3):
        ff.gaps.create(meeting_id=meeting_id, title=f"Nytt {n}")
    assert "Prickar per deltagare: <b>3</b>" in page.summary.text()  # 7 gaps ÷ 3


def test_delete_key_removes_gap_and_undo_restores(qtbot: QtBot, ff: ForumFile) -> None:
    page = _page(qtbot, ff)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert [g.title for g in ff.gaps.list()] == list(TITLES[1:])
    page.ctx.controller.stack.undo()
    assert [g.title for g in ff.gaps.list()] == list(TITLES)


def test_prioritise_model_passes_qtmodeltester(qtmodeltester, qtbot: QtBot, ff: ForumFile) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, ff)
    qtmodeltester.check(page.model)
    gaps = ff.gaps.list()
    page.ctx.controller.update(ff.gaps, gaps[2].id, "röster", votes=4)
    page.ctx.controller.delete(ff.gaps, gaps[0].id, "ta bort")
    qtmodeltester.check(page.model)


def test_a_glance_at_another_phase_while_counting_keeps_the_rows(
    qtbot: QtBot, ff: ForumFile
) -> None:
    from PySide6.QtWidgets import QApplication

    from app.model import Phase
    from ui.main_window import MainWindow

    ctrl = Qt.KeyboardModifier.ControlModifier
    window = show_active(qtbot, MainWindow(ff))
    window.open_meeting(ff.meetings.list()[0].id)
    qtbot.keyClick(window, Qt.Key.Key_5, ctrl)
    table = window.meeting_view.pages[Phase.PRIORITISE].table
    for count in ("4", "7", "5"):
        qtbot.keyClicks(table, count)
        qtbot.keyClick(table, Qt.Key.Key_Return)
        qtbot.keyClick(table, Qt.Key.Key_Down)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_4, ctrl)  # Glapp, and back
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_5, ctrl)
    qtbot.keyClicks(table, "1")
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert _votes(ff) == dict(zip(TITLES, (4, 7, 5, 1), strict=True))
    window.close()
