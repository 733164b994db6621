"""The window's arguments read without argparse (start-up time) read as argparse reads them."""

from __future__ import annotations

import contextlib
import io
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app import cli, cli_args


def _by_argparse(argv: list[str]) -> tuple[Path | None, bool] | int:
    try:
        args = cli_args.window_parser().parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    return args.file, args.smoke


def _by_window_arguments(argv: list[str]) -> tuple[Path | None, bool] | int:
    try:
        return cli._window_arguments(argv)
    except SystemExit as exc:
        return int(exc.code or 0)


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        ([], (None, False)),
        (["forum.samsyn"], (Path("forum.samsyn"), False)),
        (["--smoke", "forum.samsyn"], (Path("forum.samsyn"), True)),
        (["forum.samsyn", "--smoke"], (Path("forum.samsyn"), True)),
        (["--smoke"], (None, True)),
        (["Mitt forum med mellanslag.samsyn"], (Path("Mitt forum med mellanslag.samsyn"), False)),
    ],
)
def test_usual_forms_skip_argparse(
    argv: list[str], expected: tuple[Path | None, bool], monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_parser() -> None:
        raise AssertionError("argparse built for a usual form")

    monkeypatch.setattr(cli_args, "window_parser", no_parser)
    assert cli._window_arguments(argv) == expected


def test_other_forms_still_go_through_argparse(capsys: pytest.CaptureFixture[str]) -> None:
    assert _by_window_arguments(["--smoke", "a.samsyn", "b.samsyn"]) == 2
    assert "samsyn:" in capsys.readouterr().err
    assert _by_window_arguments(["--smok", "a.samsyn"]) == (Path("a.samsyn"), True)
    assert _by_window_arguments(["--", "-odd.samsyn"]) == (Path("-odd.samsyn"), False)


_ARGUMENT = st.one_of(
    st.sampled_from(["--smoke", "--smok", "--", "-", "-x", "--version", "", "a.samsyn", "b"]),
    st.text(alphabet="ab.-= ", max_size=6),
)


@given(st.lists(_ARGUMENT, max_size=3))
def test_same_reading_as_argparse(argv: list[str]) -> None:
    if "--version" in argv or any(arg.startswith("--v") for arg in argv):
        return  # prints the version: argparse's own path either way
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        assert _by_window_arguments(argv) == _by_argparse(argv)
