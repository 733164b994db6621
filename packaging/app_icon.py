"""The application icon: qtawesome's people-group glyph on a rounded square.

    .venv/bin/python packaging/app_icon.py     (python3 dev.py build runs it when missing)

Writes packaging/samsyn.png (512 px), samsyn.ico (Windows: 16-256 px) and
samsyn.icns (macOS: 16-1024 px). Both containers hold PNG images, which every
Windows since Vista and macOS since 10.7 read, so no imaging library is needed.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
GLYPH = "fa6s.people-group"  # the forum icon in the window's sidebar (ui/icons.py)
BACKGROUND = "#2f6f8f"
FOREGROUND = "#ffffff"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS types that hold PNG data, by pixel size.
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic10", 1024),
)


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A .ico whose images are PNGs (size 256 is written as 0, as the format says)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = len(header) + 16 * len(pngs)
    entries, images = b"", b""
    for size, data in sorted(pngs.items()):
        side = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
        images += data
    return header + entries + images


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """An .icns of PNG entries: 'icns', total length, then (type, length, data) each."""
    body = b"".join(
        kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size]
        for kind, size in ICNS_TYPES
        if size in pngs
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def render_pngs(sizes: set[int]) -> dict[int, bytes]:
    """The icon as PNG bytes per size (needs qtawesome; Qt runs offscreen)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import qtawesome
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
    from PySide6.QtGui import QColor, QImage, QPainter
    from PySide6.QtWidgets import QApplication

    _app = QApplication.instance() or QApplication([])
    # The glyph is wider than tall; scaled down inside its square so no arm is cut off.
    glyph = qtawesome.icon(GLYPH, color=FOREGROUND, scale_factor=0.78)
    result = {}
    for size in sorted(sizes):
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(BACKGROUND))
        margin = size * 0.04
        side = size - 2 * margin
        painter.drawRoundedRect(QRectF(margin, margin, side, side), side * 0.2, side * 0.2)
        inner = round(size * 0.84)
        offset = (size - inner) // 2
        painter.drawPixmap(offset, offset, glyph.pixmap(inner, inner))
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        result[size] = bytes(data.data())
    return result


def write_icons(folder: Path = HERE) -> list[Path]:
    pngs = render_pngs({*ICO_SIZES, *(size for _, size in ICNS_TYPES)})
    written = {
        folder / "samsyn.png": pngs[512],
        folder / "samsyn.ico": ico_bytes({size: pngs[size] for size in ICO_SIZES}),
        folder / "samsyn.icns": icns_bytes(pngs),
    }
    for path, data in written.items():
        path.write_bytes(data)
    return list(written)


if __name__ == "__main__":
    for path in write_icons():
        print(path)
    sys.exit(0)
