"""Output files are whole or absent: the old file survives every failure."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from app.atomic import write_bytes_atomic
from app.errors import OutputError
from app.messages import describe


def test_writes_and_replaces(tmp_path: Path) -> None:
    target = tmp_path / "minnen.docx"
    write_bytes_atomic(target, b"first")
    write_bytes_atomic(target, b"second")
    assert target.read_bytes() == b"second"
    assert [p.name for p in tmp_path.iterdir()] == ["minnen.docx"]


def test_missing_folder_is_one_sentence(tmp_path: Path) -> None:
    target = tmp_path / "borta" / "minnen.docx"
    with pytest.raises(OutputError) as caught:
        write_bytes_atomic(target, b"x")
    message = describe(caught.value)
    assert "minnen.docx" in message and "mappen finns inte" in message
    assert "\n" not in message
    assert not target.parent.exists()


@pytest.mark.parametrize(
    ("code", "words"),
    [
        (errno.EACCES, "låst"),
        (errno.EBUSY, "låst"),
        (errno.ENOSPC, "disken är full"),
        (errno.EROFS, "skrivskyddad"),
    ],
)
def test_locked_or_full_target_keeps_the_previous_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int, words: str
) -> None:
    target = tmp_path / "minnen.docx"
    target.write_bytes(b"previous minutes")

    def refuse(src: object, dst: object) -> None:  # what Windows does while Word has the file
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(OutputError) as caught:
        write_bytes_atomic(target, b"new minutes")
    assert words in describe(caught.value)
    assert target.read_bytes() == b"previous minutes"
    assert [p.name for p in tmp_path.iterdir()] == ["minnen.docx"]  # no temp file left


def test_a_folder_in_the_way(tmp_path: Path) -> None:
    (tmp_path / "minnen.docx").mkdir()
    with pytest.raises(OutputError) as caught:
        write_bytes_atomic(tmp_path / "minnen.docx", b"x")
    assert "det är en mapp" in describe(caught.value)
