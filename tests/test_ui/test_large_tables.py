"""Pages with hundreds of rows load in work proportional to the rows (issue 6).

Loading a meeting used to insert its rows one at a time, and each insert made
the wrapped-row tables measure every row again: quadratic, 1.9 s of start-up
for 300 follow-up rows. Work is counted here (rows measured, signals sent),
not timed, so the tests hold on a slow or busy machine.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest
from conftest import show_active
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from app.forum_file import ForumFile
from ui.models.table import Column, EntityTableModel
from ui.pages.actions import ActionsPage
from ui.pages.base import MeetingPage, PageContext
from ui.pages.followup import FollowUpPage
from ui.qt_changes import ChangeSignals
from ui.undo import EditController

ROWS = 300


@dataclass
class Measured:
    """What the tables measured: (view, rows) per call, a whole pass counting all its rows."""

    calls: list[tuple[QTableView, int, bool]] = field(default_factory=list)

    def rows(self, view: QTableView) -> int:
        return sum(n for v, n, _whole in self.calls if v is view)

    def whole_passes(self, view: QTableView) -> int:
        return sum(1 for v, _n, whole in self.calls if v is view and whole)


@pytest.fixture
def measured(monkeypatch: pytest.MonkeyPatch) -> Measured:
    seen = Measured()
    whole = QTableView.resizeRowsToContents
    single = QTableView.resizeRowToContents

    def resize_all(view: QTableView) -> None:
        seen.calls.append((view, view.model().rowCount(), True))
        whole(view)

    def resize_one(view: QTableView, row: int) -> None:
        seen.calls.append((view, 1, False))
        single(view, row)

    monkeypatch.setattr(QTableView, "resizeRowsToContents", resize_all)
    monkeypatch.setattr(QTableView, "resizeRowToContents", resize_one)
    return seen


@pytest.fixture
def big_forum(forum: ForumFile) -> tuple[ForumFile, str, str]:
    """(forum, earlier meeting with ROWS open actions, later meeting following them up)."""
    earlier = forum.meetings.create(title="Träff 1", date="2026-03-02")
    later = forum.meetings.create(title="Träff 2", date="2026-05-04")
    with forum.db.transaction():  # one commit, not ROWS of them
        for number in range(ROWS):
            forum.actions.create(
                meeting_id=earlier.id,
                title=f"Åtgärd {number}: rutin för samordnad vårdplanering " * 2,
                due="2026-04-30",
            )
    return forum, earlier.id, later.id


def _shown(qtbot: QtBot, page: MeetingPage) -> MeetingPage:
    page.setMinimumSize(1200, 760)  # no offscreen size-hint warning (see test_followup)
    return show_active(qtbot, page)  # type: ignore[no-any-return]


def _context(forum: ForumFile) -> PageContext:
    return PageContext(forum, EditController(forum), ChangeSignals(forum))


@pytest.mark.parametrize("page_class", [FollowUpPage, ActionsPage])
def test_a_shown_page_loads_hundreds_of_rows_in_linear_work(
    qtbot: QtBot,
    measured: Measured,
    big_forum: tuple[ForumFile, str, str],
    page_class: type[FollowUpPage] | type[ActionsPage],
) -> None:
    forum, earlier, later = big_forum
    meeting = later if page_class is FollowUpPage else earlier
    page = _shown(qtbot, page_class(_context(forum)))
    inserted: list[tuple[int, int]] = []
    page.model.rowsInserted.connect(lambda _p, first, last: inserted.append((first, last)))
    measured.calls.clear()

    page.set_meeting(meeting)  # the facilitator picks the meeting while on this phase

    assert page.model.rowCount() == ROWS
    assert inserted == [(0, ROWS - 1)]  # one signal for the block, not one per row
    rows, passes = measured.rows(page.table), measured.whole_passes(page.table)
    # Row by row with a whole pass per insert this was ROWS * ROWS / 2 (45,000).
    assert rows <= 3 * ROWS, (rows, passes)
    assert passes <= 2, (rows, passes)
    assert page.table.rowHeight(0) > page.table.fontMetrics().lineSpacing()  # rows wrap


@pytest.mark.parametrize("page_class", [FollowUpPage, ActionsPage])
def test_a_page_loaded_while_hidden_fits_its_rows_once_when_shown(
    qtbot: QtBot,
    measured: Measured,
    big_forum: tuple[ForumFile, str, str],
    page_class: type[FollowUpPage] | type[ActionsPage],
) -> None:
    forum, earlier, later = big_forum
    page = page_class(_context(forum))
    page.set_meeting(later if page_class is FollowUpPage else earlier)
    assert page.model.rowCount() == ROWS
    assert measured.rows(page.table) == 0  # nothing is measured for a page nobody sees

    _shown(qtbot, page)

    assert measured.rows(page.table) <= 3 * ROWS
    assert measured.whole_passes(page.table) <= 2
    line = page.table.fontMetrics().lineSpacing()
    max_lines = 2 if page_class is FollowUpPage else 3  # what each page gives wrap_rows
    heights = [page.table.rowHeight(row) for row in range(ROWS)]
    assert all(2 * line <= h <= max_lines * line + 8 for h in heights), set(heights)


def test_switching_between_two_big_meetings_stays_linear(
    qtbot: QtBot, measured: Measured, big_forum: tuple[ForumFile, str, str]
) -> None:
    forum, earlier, _later = big_forum
    other = forum.meetings.create(title="Träff 3", date="2026-06-01")
    with forum.db.transaction():
        for number in range(ROWS):
            forum.actions.create(meeting_id=other.id, title=f"Annan åtgärd {number}")
    page = _shown(qtbot, ActionsPage(_context(forum)))
    page.set_meeting(earlier)
    removed: list[tuple[int, int]] = []
    page.model.rowsRemoved.connect(lambda _p, first, last: removed.append((first, last)))
    measured.calls.clear()

    page.set_meeting(other.id)

    assert removed == [(0, ROWS - 1)]
    assert [r.action.title for r in page.model.items()][:2] == ["Annan åtgärd 0", "Annan åtgärd 1"]
    assert measured.rows(page.table) <= 3 * ROWS


# -- the model's reload on its own -------------------------------------------------------


class _ListModel:
    """An EntityTableModel over a plain list of keys, and what it told its views."""

    def __init__(self, forum: ForumFile, rows: list[str]) -> None:
        self.rows = rows
        self.model: EntityTableModel[str] = EntityTableModel(
            ChangeSignals(forum), lambda: list(self.rows), lambda r: (r,), (), [Column("", str)]
        )
        self.signals: list[tuple[str, int, int]] = []
        self.model.rowsInserted.connect(lambda _p, a, b: self.signals.append(("insert", a, b)))
        self.model.rowsRemoved.connect(lambda _p, a, b: self.signals.append(("remove", a, b)))

    def reload(self, rows: list[str]) -> list[tuple[str, int, int]]:
        self.rows, self.signals = rows, []
        self.model.reload()
        return self.signals


def test_reload_sends_one_signal_per_run_of_rows(forum: ForumFile) -> None:
    keys = _ListModel(forum, ["a", "b", "c", "d", "e"])
    assert keys.reload(["a", "x", "y", "b", "e", "z"]) == [
        ("remove", 2, 3),  # c and d
        ("insert", 1, 2),  # x and y
        ("insert", 5, 5),  # z
    ]
    assert keys.model.items() == ["a", "x", "y", "b", "e", "z"]


# Each example builds its own model; the forum fixture is only where it listens.
@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_reload_ends_with_the_new_rows_in_order(forum: ForumFile, data: st.DataObject) -> None:
    letters = st.sampled_from("abcdefghijklmnopqrstuvwxyz")
    old = data.draw(st.lists(letters, unique=True, max_size=12))
    kept = [k for k in old if data.draw(st.booleans())]
    added = [k for k in data.draw(st.lists(letters, unique=True)) if k not in old]
    # The kept rows keep their order (a reorder is a relayout, not inserts/removes).
    new = list(kept)
    for key in added:
        new.insert(data.draw(st.integers(0, len(new))), key)
    keys = _ListModel(forum, old)
    shadow = list(old)
    for kind, first, last in keys.reload(new):
        if kind == "remove":
            del shadow[first : last + 1]
        else:
            shadow[first:first] = new[first : last + 1]
    assert shadow == new == keys.model.items()  # the signals alone rebuild the list
