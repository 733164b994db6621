"""Render every phase and sidebar page of the demo forum to PNG, offscreen.

    .venv/bin/python bench/screens.py [OUT_DIR]      (default: out/screens)

Writes one PNG per page at 960×600 (the smallest window), 1366×768 (the
common laptop) and 1920×1080, for a person to look at. Uses a private
settings file so it never touches yours.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from app.demo import create_demo  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402
from ui.meeting_view import PHASES  # noqa: E402

SIZES = ((960, 600), (1366, 768), (1920, 1080))  # the smallest window, then laptops
SIDEBAR_PAGES = (("forum", 0), ("register", 1), ("people", 2))


def render(out: Path) -> list[Path]:
    app = QApplication.instance() or QApplication([])
    work = Path(tempfile.mkdtemp(prefix="samsyn-screens-"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(work))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    app.setOrganizationName("SamsynScreens")
    app.setApplicationName("SamsynScreens")
    written: list[Path] = []
    forum = create_demo(work / "demo.samsyn", today=date(2026, 11, 22))
    try:
        window = MainWindow(forum)
        latest = forum.meetings.list()[-1]
        for width, height in SIZES:
            folder = out / f"{width}x{height}"
            folder.mkdir(parents=True, exist_ok=True)
            window.resize(width, height)
            window.show()
            window.sidebar.select_meeting(latest.id)
            for index, (_phase, name, _cls) in enumerate(PHASES):
                window.meeting_view.show_phase(index, remember=False)
                written.append(_grab(app, window, folder / f"{index + 1}-{name.lower()}.png"))
            for name, nav in SIDEBAR_PAGES:
                window.sidebar.nav_buttons[nav].click()
                written.append(_grab(app, window, folder / f"sidebar-{name}.png"))
        window.close()
    finally:
        forum.close()
    return written


def _grab(app: QApplication, window: MainWindow, path: Path) -> Path:
    for _ in range(3):
        app.processEvents()
    window.grab().save(str(path))
    return path


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else REPO / "out" / "screens"
    for written in render(target):
        print(written)
