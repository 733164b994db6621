"""Every icon the window uses was rendered into resources/icons, at every size."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from ui.icons import APP_ICON, GLYPHS, SIZES, app_icon, icon, icon_file


def test_every_icon_is_rendered_at_every_size(qtbot: QtBot) -> None:
    for name in GLYPHS:
        for size in SIZES:
            image = QImage(icon_file(name, size))
            assert not image.isNull(), f"{name}-{size}: run python3 dev.py icons"
            assert (image.width(), image.height()) == (size, size)
        assert not icon(name).isNull()


def test_no_stray_icon_files() -> None:
    folder = Path(icon_file("x", 16)).parent
    expected = {Path(icon_file(n, s)).name for n in GLYPHS for s in SIZES} | {APP_ICON}
    assert {p.name for p in folder.glob("*.png")} == expected


def test_the_program_has_its_own_icon() -> None:
    assert not app_icon().isNull()
    assert app_icon().availableSizes()  # a real picture, not an empty icon
