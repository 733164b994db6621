"""Swedish is the source language; the English catalogue is complete and fresh.

Refresh with ``python3 dev.py translations`` and translate what it marks
unfinished in resources/translations/samsyn_en.ts.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from app.i18n import install_language

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "translations" / "samsyn_en.ts"
BIN = Path(sys.executable).parent


def _tool(name: str) -> Path:
    path = BIN / name
    if not path.exists():
        pytest.skip(f"{name} is not installed beside this Python")
    return path


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    found = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message
    return found


def test_catalogue_lists_exactly_the_strings_in_the_code(tmp_path: Path) -> None:
    sys.path.insert(0, str(ROOT))
    try:
        from dev import translation_sources
    finally:
        sys.path.remove(str(ROOT))
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [
            str(_tool("pyside6-lupdate")),
            "-no-obsolete",
            "-locations",
            "none",
            *translation_sources(),
            "-ts",
            str(fresh),
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    in_code = set(_messages(fresh))
    in_catalogue = set(_messages(TS))
    assert sorted(in_code - in_catalogue) == [], "run: python3 dev.py translations"
    assert sorted(in_catalogue - in_code) == [], "run: python3 dev.py translations"


def test_every_string_is_translated_with_the_same_placeholders() -> None:
    problems = []
    for (context, source), message in _messages(TS).items():
        translation = message.find("translation")
        assert translation is not None
        text = translation.text or ""
        if translation.get("type") == "unfinished" or not text.strip():
            problems.append(f"{context}: {source!r} is not translated")
        elif set(re.findall(r"\{\w*\}", source)) != set(re.findall(r"\{\w*\}", text)):
            problems.append(f"{context}: {source!r} -> {text!r} changes the placeholders")
    assert problems == []


def test_compiled_catalogue_is_fresh(tmp_path: Path) -> None:
    ts = tmp_path / "samsyn_en.ts"
    shutil.copyfile(TS, ts)
    subprocess.run(
        [str(_tool("pyside6-lrelease")), "-silent", str(ts), "-qm", str(tmp_path / "en.qm")],
        check=True,
        capture_output=True,
    )
    assert (tmp_path / "en.qm").read_bytes() == TS.with_suffix(".qm").read_bytes(), (
        "run: python3 dev.py translations"
    )


def test_english_is_used_when_installed(qapp) -> None:  # type: ignore[no-untyped-def]
    # Qt installs translators only once an application object exists.
    try:
        assert install_language("en")
        assert QCoreApplication.translate("Phases", "Glapp") == "Gaps"
    finally:
        install_language("sv")
    assert QCoreApplication.translate("Phases", "Glapp") == "Glapp"
