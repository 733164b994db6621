"""Icons: Font Awesome glyphs from qtawesome, rendered ahead of time.

Importing qtawesome costs about 0.2 s and 40 MiB at start-up, so the window
loads PNGs from resources/icons instead; ``python3 dev.py icons`` renders them
(16 to 64 px, so high-DPI screens get sharp ones) and a test checks they exist.
"""

from __future__ import annotations

import functools

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon

from app.paths import resource_path

SIZES = (16, 24, 32, 48, 64)
COLOUR = "#33414e"

# Name used in the code -> qtawesome glyph.
GLYPHS = {
    "forum": "fa6s.people-group",
    "register": "fa6s.list-check",
    "people": "fa6s.address-book",
    "new-meeting": "fa6s.plus",
    "undo": "fa6s.rotate-left",
    "redo": "fa6s.rotate-right",
    "shortcuts": "fa6s.keyboard",
    "open": "fa6s.folder-open",
    "new-forum": "fa6s.file-circle-plus",
    "save-copy": "fa6s.copy",
    "settings": "fa6s.gear",
    "demo": "fa6s.flask",
    "delete": "fa6s.trash-can",
    "search": "fa6s.magnifying-glass",
}


@functools.cache
def _folder() -> str:
    return str(resource_path("icons"))


# The program's own icon (window and task bar), drawn by packaging/app_icon.py.
APP_ICON = "samsyn-app.png"


def app_icon() -> QIcon:
    return QIcon(str(resource_path("icons", APP_ICON)))


def icon_file(name: str, size: int) -> str:
    return f"{_folder()}/{name}-{size}.png"


@functools.cache
def icon(name: str) -> QIcon:
    result = QIcon()
    for size in SIZES:
        # With its size given, Qt does not open the file to read it (start-up time).
        result.addFile(icon_file(name, size), QSize(size, size))
    return result


def render_all() -> list[str]:
    """Render every glyph to PNG (needs qtawesome and a QApplication)."""
    import qtawesome  # noqa: PLC0415 - only at build time

    written = []
    for name, glyph in GLYPHS.items():
        source = qtawesome.icon(glyph, color=COLOUR)
        for size in SIZES:
            path = icon_file(name, size)
            source.pixmap(size, size).save(path)
            written.append(path)
    return written
