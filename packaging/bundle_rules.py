"""What goes into the frozen Samsyn and what stays out.

Read by samsyn.spec (PyInstaller), the smoke test and tests/test_packaging.py,
so the rules are written, checked and used in one place. Stdlib only.
"""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path, PurePosixPath

ROOT = Path(__file__).resolve().parent.parent

# The files under resources/ that the program reads (the .ts sources stay out).
# pyproject's package-data for samsyn_resources lists the same patterns.
RESOURCE_PATTERNS = ("demo/*.json", "exchange/*.json", "icons/*.png", "translations/*.qm")

# Qt's own translations kept: Qt's base catalogues (qt_XX loads qtbase_XX) in
# the languages Samsyn speaks.
QT_LANGUAGES = ("sv", "en")
QT_CATALOGUES = ("qt", "qtbase")

# Python modules Samsyn never imports at run time. qtawesome renders the icons
# at build time only (ui/icons.py render_all; python3 dev.py icons); the window
# loads PNGs from resources/icons.
EXCLUDED_MODULES = [
    "qtawesome",
    "tkinter",
    "_tkinter",
    "unittest",
    "pydoc",
    "pydoc_data",
    "doctest",
    "lib2to3",
    "test",
    "setuptools",
    "pkg_resources",
    "pip",
    # Reached only through asyncio's concurrent.futures; bundled, it brings
    # PyInstaller's multiprocessing and pkgutil start-up hooks (~15 ms, issue 6).
    "multiprocessing",
    "ssl",  # no network; urllib and http import it optionally
    "_ssl",
    "_hashlib",  # OpenSSL's hashes (5 MB); hashlib falls back to its built-in ones
    "lxml.objectify",  # python-docx uses lxml.etree only
    "lxml.html",
    "lxml.isoschematron",
    "lxml.sax",
    # Qt modules beyond QtCore, QtGui and QtWidgets (the only ones app/ and ui/ use).
    *(
        f"PySide6.{name}"
        for name in (
            "Qt3DAnimation",
            "Qt3DCore",
            "Qt3DExtras",
            "Qt3DInput",
            "Qt3DLogic",
            "Qt3DRender",
            "QtBluetooth",
            "QtCharts",
            "QtConcurrent",
            "QtDataVisualization",
            "QtDBus",
            "QtDesigner",
            "QtGraphs",
            "QtHelp",
            "QtHttpServer",
            "QtLocation",
            "QtMultimedia",
            "QtMultimediaWidgets",
            "QtNetwork",
            "QtNetworkAuth",
            "QtNfc",
            "QtOpenGL",
            "QtOpenGLWidgets",
            "QtPdf",
            "QtPdfWidgets",
            "QtPositioning",
            "QtPrintSupport",
            "QtQml",
            "QtQuick",
            "QtQuick3D",
            "QtQuickControls2",
            "QtQuickWidgets",
            "QtRemoteObjects",
            "QtScxml",
            "QtSensors",
            "QtSerialBus",
            "QtSerialPort",
            "QtSpatialAudio",
            "QtSql",
            "QtStateMachine",
            "QtSvg",
            "QtSvgWidgets",
            "QtTest",
            "QtTextToSpeech",
            "QtUiTools",
            "QtWebChannel",
            "QtWebEngineCore",
            "QtWebEngineQuick",
            "QtWebEngineWidgets",
            "QtWebSockets",
            "QtWebView",
            "QtXml",
        )
    ),
]

# The Qt plugins the window loads; every other folder, and every other file in
# a folder with a list, stays out (with the Qt libraries only they need: the
# hook in hooks/ filters before PyInstaller follows their dependencies).
# None keeps the whole folder. Left out on purpose: eglfs/linuxfb/vnc
# platforms (embedded or network displays), the GTK theme (it would drag in
# part of GTK's libraries; the portal theme gives native file dialogs),
# image formats and icon engines (every icon is a PNG, built into QtGui),
# TLS and network information (Samsyn never touches the network), SQL
# drivers (Python's sqlite3 is used) and printing.
KEPT_QT_PLUGINS: dict[str, frozenset[str] | None] = {
    "platforms": frozenset(
        {"qxcb", "qwayland", "qwayland-egl", "qwayland-generic", "qoffscreen", "qminimal"}
        | {"qwindows", "qcocoa"}
    ),
    "platformthemes": frozenset({"qxdgdesktopportal"}),
    "platforminputcontexts": None,  # compose key and input methods: typing å, ä, ö
    "xcbglintegrations": None,
    "wayland-decoration-client": None,
    "wayland-graphics-integration-client": None,
    "wayland-shell-integration": None,
    "styles": None,  # Windows' native style (qmodernwindowsstyle)
}


def project_metadata(root: Path = ROOT) -> tuple[str, str]:
    """The distribution's name and version, from pyproject.toml."""
    with (root / "pyproject.toml").open("rb") as handle:
        project = tomllib.load(handle)["project"]
    return str(project["name"]), str(project["version"])


def resource_datas(root: Path = ROOT) -> list[tuple[str, str]]:
    """PyInstaller ``datas`` entries: (source glob, folder in the bundle)."""
    return [
        (str(root / "resources" / pattern), str(PurePosixPath("resources", pattern).parent))
        for pattern in RESOURCE_PATTERNS
    ]


def _qt_parts(dest: str) -> tuple[str, ...] | None:
    """The path below Qt's folder of a bundle entry, or None when it is not Qt's.

    PySide6 wheels keep Qt in PySide6/Qt/ on Linux and macOS, in PySide6/ itself
    on Windows.
    """
    parts = PurePosixPath(dest.replace("\\", "/")).parts
    if "PySide6" not in parts:
        return None
    below = parts[parts.index("PySide6") + 1 :]
    below = below[1:] if below[:1] == ("Qt",) else below
    return below if below[:1] in (("translations",), ("plugins",)) else None


def is_unused(dest: str) -> bool:
    """True for a file PyInstaller's Qt hooks collect that Samsyn never loads."""
    below = _qt_parts(dest)
    if not below or len(below) < 2:
        return False
    if below[0] == "translations":
        catalogue, _, language = PurePosixPath(below[-1]).stem.rpartition("_")
        return catalogue not in QT_CATALOGUES or language not in QT_LANGUAGES
    if below[0] == "plugins":
        if below[1] not in KEPT_QT_PLUGINS:
            return True
        kept = KEPT_QT_PLUGINS[below[1]]
        return kept is not None and len(below) > 2 and _plugin_name(below[-1]) not in kept
    return False


def _plugin_name(filename: str) -> str:
    """The plugin's name: ``libqxcb.so`` -> ``qxcb``, ``qwindows.dll`` -> ``qwindows``."""
    stem = filename.split(".", 1)[0]
    return stem.removeprefix("lib")


def bundle_folder(root: Path = ROOT) -> Path:
    """Where ``python3 dev.py build`` leaves the one-folder program."""
    name, _ = project_metadata(root)
    return root / "dist" / name


def executable(root: Path = ROOT) -> Path:
    """The frozen program inside the bundle folder, for the smoke test and the bench."""
    name, _ = project_metadata(root)
    if sys.platform == "win32":
        return bundle_folder(root) / f"{name}-cli.exe"
    return bundle_folder(root) / name


def folder_size(folder: Path) -> int:
    """Bytes of every file below ``folder`` (symbolic links counted once, as links)."""
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() or p.is_symlink())
