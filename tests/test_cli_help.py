"""The command line's help and usage errors speak one language: Swedish, or
English when the system asks for it; argparse's own words included."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import REPO

from app.cli import COMMANDS, main
from app.cli_args import COMMANDS as LISTED
from app.i18n import install_language

ARGPARSE_ENGLISH = ("usage:", "positional arguments", "options:", "show this help", "required")
SWEDISH = ("användning:", "flaggor:", "visa den här hjälpen", "forumfilen", "saknas")


@pytest.fixture
def english(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("SAMSYN_LANG", "en")
    yield
    install_language("sv")  # as the other tests expect


def _help(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out + err


def test_the_window_help_lists_every_command_in_swedish(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, text = _help(["--help"], capsys)
    assert code == 0
    assert text.startswith("användning: samsyn [FIL]")
    for word in ARGPARSE_ENGLISH:
        assert word not in text
    listed = [
        line.split()[0]
        for line in text.splitlines()
        if line.startswith("  ") and line.split()[0] in COMMANDS
    ]
    assert listed == list(COMMANDS) == list(LISTED)
    assert "  merge   för in andra gruppers forumfiler" in text


@pytest.mark.parametrize("command", COMMANDS)
def test_each_command_help_is_swedish(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, text = _help([command, "--help"], capsys)
    assert code == 0
    assert text.startswith(f"användning: samsyn {command}")
    assert "argument:" in text and "flaggor:" in text
    for word in ARGPARSE_ENGLISH:
        assert word not in text


def test_a_usage_error_says_what_is_missing_and_where_help_is(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, text = _help(["export", "forum.samsyn"], capsys)
    assert code == 2
    assert text.splitlines()[-1] == "samsyn: --out måste anges. Se samsyn export --help."
    code, text = _help(["export", "forum.samsyn", "--out", "a.docx", "--lang", "de"], capsys)
    # How argparse quotes the choices differs between Python versions.
    last = text.splitlines()[-1]
    assert last.startswith("samsyn: --lang: 'de' går inte att välja (välj bland ")
    assert last.endswith("). Se samsyn export --help.")


def test_in_english_nothing_is_swedish(english: None, capsys: pytest.CaptureFixture[str]) -> None:
    code, text = _help(["--help"], capsys)
    assert code == 0
    assert text.startswith("usage: samsyn [FILE] | samsyn --smoke FILE | samsyn COMMAND ...")
    assert "options:" in text and "merge" in text
    code, text = _help(["export", "forum.samsyn"], capsys)
    assert code == 2
    assert text.splitlines()[-1] == (
        "samsyn: the following arguments are required: --out. See samsyn export --help."
    )
    for word in SWEDISH:
        assert word not in text


def test_an_english_refusal_is_one_english_line(tmp_path: Path) -> None:
    # The command line has no Qt application object: its catalogue must still
    # be used, and Qt must not add a warning line of its own.
    env = {**os.environ, "SAMSYN_LANG": "en", "HOME": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-m", "app", "check", str(tmp_path / "saknas.samsyn")],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 1
    assert done.stderr.splitlines() == [
        "samsyn: The file saknas.samsyn does not exist. Check the name and the folder."
    ]
