"""The Qt binding must not leak or drop references on ordinary calls.

PySide6 6.12.0 under Python 3.11 decremented None's reference count on every
call returning nothing, so a long capture session ended in "deallocating
None". pyproject.toml keeps that version out; this test notices a return.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit
from pytestqt.qtbot import QtBot


def test_void_calls_keep_none_alive(qtbot: QtBot) -> None:
    line, label, combo = QLineEdit(), QLabel(), QComboBox()
    for widget in (line, label, combo):
        qtbot.addWidget(widget)
    combo.addItems(["a", "b"])
    before = sys.getrefcount(None)
    for _ in range(2000):
        line.setText("x")
        line.setModified(False)
        label.setText("y")
        combo.setCurrentIndex(-1)
    assert sys.getrefcount(None) - before > -100
