"""The window shell shows the forum and its meetings, newest first."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from app.forum_file import ForumFile
from ui.main_window import MainWindow
from ui.models.meetings import MeetingListModel, ObjectRole


def test_window_shows_forum_and_meetings(qtbot: QtBot, demo_path: Path) -> None:
    with ForumFile.open(demo_path) as ff:
        window = MainWindow(ff)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        assert window.forum_name.text().startswith("Samverkansforum Norrbyn")
        assert "Samverkansforum Norrbyn" in window.windowTitle()
        model = window.meeting_view.model()
        assert model.rowCount() == 4
        dates = [model.index(r, 0).data(ObjectRole).date for r in range(4)]
        assert dates == sorted(dates, reverse=True)
        assert model.index(0, MeetingListModel.TITLE).data().startswith("Träff 4")
        window.close()


def test_window_follows_changes(qtbot: QtBot, forum: ForumFile) -> None:
    window = MainWindow(forum)
    qtbot.addWidget(window)
    assert window.meeting_view.model().rowCount() == 0
    forum.meetings.create(title="Första träffen", date="2026-12-01")
    forum.forum.update(name="Nytt namn")
    assert window.meeting_view.model().rowCount() == 1
    assert window.forum_name.text() == "Nytt namn"
    window.close()


def test_meeting_model_passes_qtmodeltester(qtmodeltester, demo_path: Path) -> None:  # type: ignore[no-untyped-def]
    with ForumFile.open(demo_path) as ff:
        model = MeetingListModel(ff)
        qtmodeltester.check(model)
        ff.meetings.create(title="Ny", date="2027-01-01")
        qtmodeltester.check(model)
        model.detach()
