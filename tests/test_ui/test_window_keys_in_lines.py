"""Ctrl+E (Exportera) works while the cursor is in a line.

On Linux Qt lets a line claim Ctrl+E as "to the end of the line" (End does the
same), and then the window's shortcut never ran. The offscreen platform used
here has no such binding, so a line that claims it is set up as on Linux.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import show_active
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from app.forum_file import ForumFile
from ui.main_window import MainWindow
from ui.minutes_actions import MinutesActions
from ui.widgets.one_line import OneLineEdit

CTRL = Qt.KeyboardModifier.ControlModifier
CLOSING = 7


@pytest.fixture
def lines_claim_ctrl_e(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every QLineEdit claims Ctrl+E, as Qt's Linux key bindings make it do."""
    claim = QLineEdit.event

    def linux_event(self: QLineEdit, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.keyCombination() == (CTRL | Qt.Key.Key_E)
        ):
            event.accept()
            return True
        return claim(self, event)

    monkeypatch.setattr(QLineEdit, "event", linux_event)


def _override(line: QLineEdit, key: Qt.Key) -> bool:
    """Whether ``line`` claims Ctrl+``key`` for itself."""
    event = QKeyEvent(QEvent.Type.ShortcutOverride, key, CTRL)
    event.ignore()
    QApplication.sendEvent(line, event)
    return event.isAccepted()


@pytest.mark.usefixtures("lines_claim_ctrl_e")
def test_a_line_leaves_ctrl_e_to_the_window_and_keeps_its_own_keys(qtbot: QtBot) -> None:
    plain, ours = QLineEdit(), OneLineEdit()
    for line in (plain, ours):
        qtbot.addWidget(line)
    assert _override(plain, Qt.Key.Key_E)  # as on Linux
    assert not _override(ours, Qt.Key.Key_E)
    assert _override(ours, Qt.Key.Key_A)  # select all stays the line's


@pytest.mark.usefixtures("lines_claim_ctrl_e")
def test_ctrl_e_exports_from_a_line_on_avslutning(
    qtbot: QtBot, demo_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    exported: list[str] = []
    monkeypatch.setattr(
        MinutesActions, "export", lambda _self, meeting_id: exported.append(meeting_id)
    )
    with ForumFile.open(demo_path) as forum:
        window = show_active(qtbot, MainWindow(forum))
        window.meeting_view.show_phase(CLOSING)
        focused = QApplication.focusWidget()
        assert isinstance(focused, QLineEdit)  # Avslutning opens in a line

        qtbot.keyClick(focused, Qt.Key.Key_E, CTRL)

        assert exported == [window.meeting_view.meeting_id]
        window.close()
