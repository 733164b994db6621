"""The room's countdown (Ctrl+T) and the projector (F5) run on when the window
is built anew: a new language, a restore or a merge replaces the window, not
the meeting."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot
from reliability_support import manager, open_shown  # noqa: F401

from ui.application import WindowManager
from ui.meeting_view import phase_name


def _clock(window: object) -> str:
    label = window.statusBar().findChild(QLabel, "timerLabel")  # type: ignore[attr-defined]
    return label.text() if label is not None else ""


@pytest.mark.parametrize("paused", [False, True])
def test_the_timer_counts_on_in_the_new_window(
    qtbot: QtBot,
    manager: WindowManager,  # noqa: F811
    demo_path: Path,
    paused: bool,
) -> None:
    first = open_shown(qtbot, manager, demo_path)
    first.room.timer.start(5 * 60)
    if paused:
        first.room.pause_action.trigger()
    left = first.room.timer.left()

    assert manager.open_path(demo_path)  # as the language setting reopens it
    second = manager.window
    assert second is not None and second is not first
    timer = second.room.timer
    assert timer is first.room.timer
    assert timer.active and timer.paused is paused
    assert 4 * 60 < timer.left() <= left
    assert _clock(second).startswith("Timer 0")
    assert ("(pausad)" in _clock(second)) is paused
    assert second.room.pause_action.isEnabled() and second.room.stop_action.isEnabled()

    # Only the new window follows it now.
    before = _clock(first)
    second.room.stop_action.trigger()
    assert _clock(second) == "" and not timer.active
    assert _clock(first) == before


def test_closing_the_forum_leaves_the_rooms_countdown_running(
    qtbot: QtBot,
    manager: WindowManager,  # noqa: F811
    demo_path: Path,
) -> None:
    assert manager.open_path(demo_path)
    window = manager.window
    assert window is not None
    window.room.timer.start(60)
    window.close_session()
    # The application's timer is not the forum's: it counts on for the next window.
    assert manager.timer.active
    manager.timer.stop()


def _presentations() -> list[QWidget]:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if w.objectName() == "presentationWindow" and w.isVisible()
    ]


@pytest.mark.qt_log_ignore("This plugin does not support")  # offscreen: no raise()
def test_the_presentation_stays_on_in_the_new_window(
    qtbot: QtBot,
    manager: WindowManager,  # noqa: F811
    demo_path: Path,
) -> None:
    first = open_shown(qtbot, manager, demo_path)
    first.room.present_action.trigger()  # F5
    assert len(_presentations()) == 1

    assert manager.open_path(demo_path)  # as the language setting reopens it
    second = manager.window
    assert second is not None and second is not first
    assert second.room.present_action.isChecked()
    (shown,) = _presentations()  # one, the new window's, showing its meeting
    assert shown is second.room.presentation
    meeting = second.forum.meetings.get(second.meeting_view.meeting_id)
    assert shown.title.text().startswith(meeting.title)
    assert shown.phase.text() == phase_name(second.meeting_view.phase)

    second.room.present_action.trigger()  # F5 again: off, and it stays off
    assert _presentations() == []
    assert manager.open_path(demo_path)
    assert manager.window is not None and not manager.window.room.present_action.isChecked()
    assert _presentations() == []
