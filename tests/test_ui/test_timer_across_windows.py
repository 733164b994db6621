"""The room's countdown (Ctrl+T) runs on when the window is built anew: a new
language, a restore or a merge replaces the window, not the meeting."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import show_active
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot
from reliability_support import manager  # noqa: F401

from ui.application import WindowManager


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
    assert manager.open_path(demo_path)
    first = manager.window
    assert first is not None
    show_active(qtbot, first)
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
