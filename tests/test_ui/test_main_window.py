"""The window shell: sidebar, meetings newest first, phases by key, remembered."""

from __future__ import annotations

from pathlib import Path

from conftest import show_active
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.forum_file import ForumFile
from ui.main_window import PAGE_FORUM, PAGE_MEETING, MainWindow
from ui.meeting_view import PHASES, page_class
from ui.models.table import ObjectRole

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _window(qtbot: QtBot, forum: ForumFile) -> MainWindow:
    return show_active(qtbot, MainWindow(forum))  # type: ignore[no-any-return]


def test_window_shows_forum_and_meetings_newest_first(qtbot: QtBot, demo_path: Path) -> None:
    with ForumFile.open(demo_path) as ff:
        window = _window(qtbot, ff)
        assert "Samverkansforum Norrbyn" in window.windowTitle()
        model = window.sidebar.meetings
        assert model.rowCount() == 4
        dates = [model.index(r, 0).data(ObjectRole).date for r in range(4)]
        assert dates == sorted(dates, reverse=True)
        assert window.pages.currentIndex() == PAGE_MEETING
        assert window.meeting_view.title.text().startswith("Träff 4")
        window.close()


def test_phase_keys_and_the_phase_is_remembered(qtbot: QtBot, demo_path: Path) -> None:
    with ForumFile.open(demo_path) as ff:
        window = _window(qtbot, ff)
        meeting_id = window.meeting_view.meeting_id
        assert meeting_id is not None
        qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
        assert window.meeting_view.phase == 3
        qtbot.keyClick(window, Qt.Key.Key_8, Qt.KeyboardModifier.ControlModifier)
        assert window.meeting_view.phase == 7
        window.close()
    with ForumFile.open(demo_path) as ff:
        assert ff.meetings.get(meeting_id).phase == 7
        window = _window(qtbot, ff)
        assert window.meeting_view.phase == 7
        window.close()


def test_only_the_pages_shown_are_built(qtbot: QtBot, demo_path: Path) -> None:
    """Start-up builds what the first paint shows; the rest on first use (issue 6)."""
    with ForumFile.open(demo_path) as ff:
        window = _window(qtbot, ff)
        view = window.meeting_view
        shown = view.phase
        assert [view.pages.is_built(i) for i in range(8)] == [i == shown for i in range(8)]
        assert not any(s.is_built for s in (window._forum_slot, window._people_slot))
        assert not window._register_slot.is_built

        key = Qt.Key.Key_6 if shown != 5 else Qt.Key.Key_7
        qtbot.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)  # built when shown
        page = view.pages[view.phase]
        assert view.pages.is_built(view.phase) and page.isVisible()
        assert page.meeting_id == view.meeting_id  # and set to the meeting shown

        window.sidebar.nav_buttons[2].click()  # Personer och organisationer
        assert window._people_slot.is_built and window.people_page.isVisible()
        assert window.people_page.people.rowCount() == len(ff.people.list())
        window.close()


def test_page_classes_match_the_phases() -> None:
    for index, (_phase, _name, class_name) in enumerate(PHASES):
        assert page_class(index).__name__ == class_name


def test_new_meeting_is_undoable(qtbot: QtBot, forum: ForumFile) -> None:
    window = _window(qtbot, forum)
    assert window.pages.currentIndex() == PAGE_FORUM
    qtbot.keyClick(
        window,
        Qt.Key.Key_N,
        CTRL_SHIFT,
    )
    assert len(forum.meetings.list()) == 1
    assert window.pages.currentIndex() == PAGE_MEETING
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert forum.meetings.list() == []
    assert window.sidebar.meetings.rowCount() == 0
    qtbot.keyClick(
        window,
        Qt.Key.Key_Z,
        CTRL_SHIFT,
    )
    assert len(forum.meetings.list()) == 1
    window.close()


def test_title_follows_forum_name(qtbot: QtBot, forum: ForumFile) -> None:
    window = _window(qtbot, forum)
    forum.forum.update(name="Nytt namn")
    assert window.windowTitle().startswith("Nytt namn")
    window.close()


def test_sidebar_model_passes_qtmodeltester(qtmodeltester, demo_path: Path, qtbot: QtBot) -> None:  # type: ignore[no-untyped-def]
    with ForumFile.open(demo_path) as ff:
        window = _window(qtbot, ff)
        qtmodeltester.check(window.sidebar.meetings)
        ff.meetings.create(title="Ny", date="2027-01-01")
        qtmodeltester.check(window.sidebar.meetings)
        window.close()


def test_splitters_are_remembered(qtbot: QtBot, demo_path: Path) -> None:
    with ForumFile.open(demo_path) as ff:
        window = _window(qtbot, ff)
        # Pages are built on first use; asking for them builds them.
        gap_splitter = window.meeting_view.pages[3].splitter
        assert window.meeting_view.pages[6] is not None and window.people_page is not None
        names = {s.objectName() for s in window._named_splitters()}
        assert {"mainSplitter", "gapSplitter", "actionsSplitter", "peopleSplitter"} <= names
        gap_splitter.setSizes([300, 700])
        sizes = gap_splitter.sizes()
        window.close()
        window = _window(qtbot, ff)
        window.meeting_view.show_phase(0)
        window.close()  # the gap page was never built: what was stored stays
        window = _window(qtbot, ff)
        assert not window.meeting_view.pages.is_built(3)
        assert window.meeting_view.pages[3].splitter.sizes() == sizes  # restored when built
        window.close()


def test_back_to_the_same_meeting_after_a_sidebar_page(qtbot: QtBot, demo_path: Path) -> None:
    with ForumFile.open(demo_path) as ff:
        window = _window(qtbot, ff)
        meeting_id = window.meeting_view.meeting_id
        assert meeting_id is not None
        window.sidebar.nav_buttons[0].click()
        assert window.pages.currentIndex() == PAGE_FORUM
        row = window.sidebar.meetings.row_of(meeting_id)
        assert row is not None
        rect = window.sidebar.meeting_list.visualRect(window.sidebar.meetings.index(row, 0))
        qtbot.mouseClick(
            window.sidebar.meeting_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center()
        )
        assert window.pages.currentIndex() == PAGE_MEETING
        window.close()


def test_start_up_rewrites_no_settings_that_did_not_change(qtbot: QtBot, demo_path: Path) -> None:
    # Every QSettings write is a synced file (issue 6): the last meeting and the
    # recent files are stored again only when they change.
    from PySide6.QtCore import QSettings

    from ui.file_actions import recent_files, remember_recent

    with ForumFile.open(demo_path) as ff:
        _window(qtbot, ff).close()
        remember_recent(demo_path)
        QSettings().sync()
        stored = Path(QSettings().fileName())
        before = stored.stat().st_mtime_ns, stored.read_bytes()
        window = _window(qtbot, ff)  # opens the meeting stored last
        remember_recent(demo_path)
        QSettings().sync()
        assert (stored.stat().st_mtime_ns, stored.read_bytes()) == before
        window.close()
        other = demo_path.with_name("other.samsyn")
        remember_recent(other)
        assert recent_files()[:2] == [str(other.resolve()), str(demo_path.resolve())]


def test_phase_names_are_never_cut_short(qtbot: QtBot, demo_path: Path) -> None:
    # The smallest window has no room for eight names in a row: they take two,
    # and a window just too narrow for one row wraps them rather than
    # squeezing the sidebar.
    with ForumFile.open(demo_path) as ff:
        window = _window(qtbot, ff)
        bar = window.meeting_view.step_bar
        buttons = window.meeting_view.step_buttons
        sidebar = window.sidebar.width()

        def wait_for_rows(size: tuple[int, int], rows: int) -> None:
            window.resize(*size)

            def laid_out() -> None:
                assert bar.rows == rows
                assert len({b.y() for b in buttons}) == rows
                assert all(b.width() >= b.sizeHint().width() for b in buttons)
                assert window.sidebar.width() == sidebar

            qtbot.waitUntil(laid_out)

        wait_for_rows((1366, 768), 1)
        just_too_narrow = 1366 - (bar.width() - bar.sizeHint().width()) - 1
        wait_for_rows((just_too_narrow, 768), 2)
        wait_for_rows(window.minimumSize().toTuple(), 2)
        wait_for_rows((1920, 900), 1)
        window.close()
