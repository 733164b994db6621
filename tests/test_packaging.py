"""Packaging, fast checks: the spec, the bundle rules, the resource paths, the icons.

The real build and the smoke test of the frozen program run in .ci/run
(python3 dev.py build), not here.
"""

from __future__ import annotations

import importlib.util
import runpy
import shutil
import struct
import sys
import tomllib
import types
from pathlib import Path
from typing import Any

import pytest

import app
from app import paths

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def _load(name: str, path: Path) -> types.ModuleType:
    # packaging/ is no package (and "packaging" is a PyPI name): load by path.
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


rules = _load("bundle_rules", PACKAGING / "bundle_rules.py")


class _Recorded:
    """Stands in for a PyInstaller build step; remembers how it was called."""

    calls: list[tuple[str, tuple[Any, ...], dict[str, Any]]] = []

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        _Recorded.calls.append((type(self).__name__, args, kwargs))
        self.args, self.kwargs = args, kwargs


class _Analysis(_Recorded):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.scripts, self.pure = ["script"], ["pure"]
        # What PyInstaller's hooks hand over: (name in the bundle, source, type).
        self.datas = [
            ("PySide6/Qt/translations/qtbase_sv.qm", "src", "DATA"),
            ("PySide6/Qt/translations/qtbase_de.qm", "src", "DATA"),
            ("docx/templates/default.docx", "src", "DATA"),
        ]
        self.binaries = [
            ("PySide6/Qt/plugins/platforms/libqxcb.so", "src", "BINARY"),
            ("PySide6/Qt/plugins/platforms/libqvnc.so", "src", "BINARY"),
            ("PySide6/Qt/lib/libQt6Core.so.6", "src", "BINARY"),
        ]


def _run_spec(monkeypatch: pytest.MonkeyPatch, platform: str) -> dict[str, Any]:
    monkeypatch.setattr(sys, "platform", platform)
    monkeypatch.setattr(sys, "path", list(sys.path))
    monkeypatch.setitem(sys.modules, "bundle_rules", rules)  # what the spec imports
    _Recorded.calls = []
    stand_ins = {name: type(name, (_Recorded,), {}) for name in ("PYZ", "EXE", "COLLECT", "BUNDLE")}
    return runpy.run_path(
        str(PACKAGING / "samsyn.spec"),
        init_globals={"SPECPATH": str(PACKAGING), "Analysis": _Analysis, **stand_ins},
    )


def _calls(kind: str) -> list[dict[str, Any]]:
    return [kwargs for name, _, kwargs in _Recorded.calls if name == kind]


def test_spec_reads_name_and_version_from_pyproject(monkeypatch: pytest.MonkeyPatch) -> None:
    spec = _run_spec(monkeypatch, "linux")
    assert (spec["NAME"], spec["VERSION"]) == (
        PYPROJECT["project"]["name"],
        PYPROJECT["project"]["version"],
    )
    assert [kwargs["name"] for kwargs in _calls("EXE")] == ["samsyn"]
    assert _calls("COLLECT")[0]["name"] == "samsyn"
    # `samsyn --version` prints app.__version__; it must be the version the bundle is named by.
    assert app.__version__ == spec["VERSION"]


def test_spec_bundles_resources_and_leaves_out_what_is_unused(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    spec = _run_spec(monkeypatch, "linux")
    (analysis,) = _calls("_Analysis")
    assert "qtawesome" in analysis["excludes"] and "PySide6.QtNetwork" in analysis["excludes"]
    assert analysis["hookspath"] == [str(PACKAGING / "hooks")]
    assert {dest for _, dest in analysis["datas"]} == {
        "resources/demo",
        "resources/exchange",
        "resources/icons",
        "resources/translations",
    }
    a = spec["a"]
    assert [name for name, _, _ in a.datas] == [
        "PySide6/Qt/translations/qtbase_sv.qm",
        "docx/templates/default.docx",
    ]
    assert [name for name, _, _ in a.binaries] == [
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/lib/libQt6Core.so.6",
    ]
    assert not _calls("BUNDLE")


def test_spec_on_windows_adds_a_console_program_and_on_macos_an_app(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _run_spec(monkeypatch, "win32")
    assert [(k["name"], k["console"], Path(k["icon"]).name) for k in _calls("EXE")] == [
        ("samsyn", False, "samsyn.ico"),
        ("samsyn-cli", True, "samsyn.ico"),
    ]
    _run_spec(monkeypatch, "darwin")
    (bundle,) = _calls("BUNDLE")
    assert bundle["name"] == "Samsyn.app" and Path(bundle["icon"]).name == "samsyn.icns"
    assert bundle["info_plist"]["CFBundleShortVersionString"] == PYPROJECT["project"]["version"]


def test_every_resource_the_program_reads_is_bundled_and_installed() -> None:
    shipped = {
        path.relative_to(ROOT / "resources").as_posix()
        for pattern in rules.RESOURCE_PATTERNS
        for path in (ROOT / "resources").glob(pattern)
    }
    every = {
        path.relative_to(ROOT / "resources").as_posix()
        for path in (ROOT / "resources").rglob("*")
        if path.is_file() and path.suffix != ".ts"  # .ts: the translators' source
    }
    assert shipped == every
    assert "translations/samsyn_en.qm" in shipped and "exchange/exchange.schema.json" in shipped
    package_data = {
        f"{package.removeprefix('samsyn_resources.')}/{pattern}"
        for package, patterns in PYPROJECT["tool"]["setuptools"]["package-data"].items()
        if package.startswith("samsyn_resources.")
        for pattern in patterns
    }
    assert package_data == set(rules.RESOURCE_PATTERNS)


def test_pyproject_lists_every_package() -> None:
    """Packages are listed by hand (resources/ is mapped); a new one must be added."""
    found = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for top in ("app", "ui", "storage")
        for init in (ROOT / top).rglob("__init__.py")
    }
    # resources/ itself and each of its folders (every file there is covered by a
    # pattern: test_every_resource_the_program_reads_is_bundled_and_installed).
    found |= {"samsyn_resources"} | {
        "samsyn_resources." + pattern.split("/")[0] for pattern in rules.RESOURCE_PATTERNS
    }
    setuptools = PYPROJECT["tool"]["setuptools"]
    assert set(setuptools["packages"]) == found, (
        "add the new package to [tool.setuptools] packages in pyproject.toml"
    )
    assert setuptools["package-dir"] == {"samsyn_resources": "resources"}


@pytest.mark.parametrize(
    ("dest", "unused"),
    [
        ("PySide6/Qt/translations/qtbase_sv.qm", False),
        ("PySide6/Qt/translations/qt_en.qm", False),
        ("PySide6/Qt/translations/qtbase_de.qm", True),
        ("PySide6/Qt/translations/qt_help_sv.qm", True),
        ("PySide6\\translations\\qtbase_fi.qm", True),  # Windows wheel layout
        ("PySide6/Qt/plugins/platforms/libqxcb.so", False),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", False),
        ("PySide6/Qt/plugins/platforms/libqvnc.so", True),
        ("PySide6\\plugins\\platforms\\qwindows.dll", False),
        ("PySide6/Qt/plugins/platforms/libqcocoa.dylib", False),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", True),
        ("PySide6/Qt/plugins/tls/libqopensslbackend.so", True),
        ("PySide6/Qt/plugins/imageformats/libqjpeg.so", True),
        ("PySide6\\plugins\\styles\\qmodernwindowsstyle.dll", False),
        ("PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so", False),
        ("PySide6/Qt/lib/libQt6Core.so.6", False),
        ("docx/templates/default.docx", False),
        ("resources/translations/samsyn_en.qm", False),
    ],
)
def test_bundle_rules_keep_what_the_window_loads(dest: str, unused: bool) -> None:
    assert rules.is_unused(dest) is unused


def test_qtgui_hook_drops_plugins_before_their_dependencies_are_followed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    collected = [
        ("/qt/plugins/platforms/libqxcb.so", "PySide6/Qt/plugins/platforms"),
        ("/qt/plugins/platforms/libqvnc.so", "PySide6/Qt/plugins/platforms"),
        ("/qt/plugins/tls/libqopensslbackend.so", "PySide6/Qt/plugins/tls"),
    ]
    qt_hooks = types.ModuleType("PyInstaller.utils.hooks.qt")
    qt_hooks.add_qt6_dependencies = lambda hook_file: (["PySide6.QtCore"], collected, [])  # type: ignore[attr-defined]
    for name in ("PyInstaller", "PyInstaller.utils", "PyInstaller.utils.hooks"):
        monkeypatch.setitem(sys.modules, name, types.ModuleType(name))
    monkeypatch.setitem(sys.modules, "PyInstaller.utils.hooks.qt", qt_hooks)
    monkeypatch.setitem(sys.modules, "bundle_rules", rules)
    hook = runpy.run_path(str(PACKAGING / "hooks" / "hook-PySide6.QtGui.py"))
    assert hook["binaries"] == collected[:1]
    assert hook["hiddenimports"] == ["PySide6.QtCore"]


def test_resources_are_found_in_a_checkout() -> None:
    assert paths.resources_dir() == ROOT / "resources"
    assert paths.resource_path("exchange", "exchange.schema.json").is_file()


def test_resources_are_found_in_an_installed_wheel(tmp_path: Path) -> None:
    """pip install . puts app/ and samsyn_resources/ side by side in site-packages."""
    site = tmp_path / "site-packages"
    (site / "app").mkdir(parents=True)
    shutil.copy(ROOT / "app" / "paths.py", site / "app" / "paths.py")
    (site / "samsyn_resources" / "demo").mkdir(parents=True)
    (site / "samsyn_resources" / "demo" / "demo_forum.json").write_text("{}")
    (site / "resources").mkdir()  # another distribution's folder must not win
    installed = _load("installed_paths", site / "app" / "paths.py")
    assert installed.resources_dir() == site / "samsyn_resources"
    assert installed.resource_path("demo", "demo_forum.json").read_text() == "{}"


def test_resources_are_found_in_the_bundle(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert paths.resource_path("icons", "forum-16.png") == tmp_path / "resources/icons/forum-16.png"


def test_icons_are_valid_ico_and_icns() -> None:
    ico = (PACKAGING / "samsyn.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind, count) == (0, 1, 7)
    sides = []
    for index in range(count):
        side, _, _, _, _, _, length, offset = struct.unpack(
            "<BBBBHHII", ico[6 + 16 * index : 22 + 16 * index]
        )
        assert ico[offset : offset + 8] == b"\x89PNG\r\n\x1a\n"
        assert offset + length <= len(ico)
        sides.append(side or 256)
    assert sides == [16, 24, 32, 48, 64, 128, 256]
    icns = (PACKAGING / "samsyn.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)
    kinds, at = [], 8
    while at < len(icns):
        kinds.append(icns[at : at + 4])
        assert icns[at + 8 : at + 16] == b"\x89PNG\r\n\x1a\n"
        at += struct.unpack(">I", icns[at + 4 : at + 8])[0]
    assert at == len(icns) and b"ic10" in kinds and b"icp4" in kinds


def test_icon_writers_round_trip_their_sizes() -> None:
    icon = _load("app_icon", PACKAGING / "app_icon.py")
    png = b"\x89PNG\r\n\x1a\n" + b"x" * 10
    ico = icon.ico_bytes({16: png, 256: png + b"y"})
    assert struct.unpack("<HHH", ico[:6]) == (0, 1, 2)
    assert ico[6] == 16 and ico[22] == 0  # 256 px is written as 0
    icns = icon.icns_bytes({16: png, 1024: png})
    assert len(icns) == 8 + 2 * (8 + len(png))
    assert icns[8:12] == b"icp4" and icns[8 + 8 + len(png) : 12 + 8 + len(png)] == b"ic10"
