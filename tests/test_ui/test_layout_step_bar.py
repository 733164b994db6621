"""The eight phase buttons fit one row from a 1100 px window up; narrower, two
tidy rows (columns lined up), never a name cut short or a button past the edge."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import show_active
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.forum_file import ForumFile
from app.i18n import install_language
from ui.main_window import MainWindow
from ui.widgets.step_bar import COMFORT


@pytest.fixture(params=["sv", "en"])
def window(request: pytest.FixtureRequest, qtbot: QtBot, demo_path: Path) -> Iterator[MainWindow]:
    install_language(request.param)
    try:
        with ForumFile.open(demo_path) as forum:
            shown = show_active(qtbot, MainWindow(forum))
            shown.sidebar.select_meeting(forum.meetings.list()[-1].id)
            shown.meeting_view.show_phase(4, remember=False)  # a bold, checked name
            yield shown
            shown.close()
    finally:
        install_language("sv")


def _at(window: MainWindow, width: int, height: int = 768) -> None:
    window.resize(width, height)
    for _ in range(5):
        QApplication.processEvents()


def _tidy(window: MainWindow) -> None:
    bar = window.meeting_view.step_bar
    buttons = window.meeting_view.step_buttons
    assert len({b.y() for b in buttons}) == bar.rows
    for button in buttons:
        assert button.width() >= button.sizeHint().width(), button.text()
        assert button.geometry().right() < bar.width(), button.text()
    if bar.rows == 2:  # the second row lines up under the first
        columns = len(buttons) // 2
        for upper, lower in zip(buttons[:columns], buttons[columns:], strict=True):
            assert (upper.x(), upper.width()) == (lower.x(), lower.width())


@pytest.mark.parametrize("width", [1100, 1280, 1366, 1920])
def test_one_row_from_1100_px(window: MainWindow, width: int) -> None:
    _at(window, width)
    assert window.meeting_view.step_bar.rows == 1
    _tidy(window)


@pytest.mark.parametrize("width", [960, 1024])
def test_narrower_two_tidy_rows(window: MainWindow, width: int) -> None:
    _at(window, width, 700)
    assert window.meeting_view.step_bar.rows in (1, 2)
    _tidy(window)


def test_a_wide_window_keeps_the_roomy_buttons(window: MainWindow) -> None:
    _at(window, 1920)
    for button in window.meeting_view.step_buttons:
        assert button.width() == button.sizeHint().width() + COMFORT
