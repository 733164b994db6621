"""Whole-or-nothing output files: written beside the target, then renamed.

A failed write leaves the previous file untouched and no partial file.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from app.errors import OutputError, RuleViolation
from storage.files import IS_FOLDER, NO_FOLDER, fsync_folder, os_error_reason, sibling_temp_path
from storage.header import starts_as_sqlite


def output_error(target: Path | str, exc: OSError) -> OutputError:
    """The system's error as an OutputError with a reason code the user can act on
    (storage.files' codes; app.messages explains each, never in the system's English)."""
    return OutputError(str(target), os_error_reason(exc, Path(target)))


def write_bytes_atomic(target: Path, data: bytes) -> None:
    target = Path(target)
    try:  # is_dir raises for a name the system refuses (too long, for one)
        if target.is_dir():
            raise OutputError(str(target), IS_FOLDER)
        if not target.parent.is_dir():
            raise OutputError(str(target), NO_FOLDER)
    except OSError as exc:
        raise output_error(target, exc) from exc
    if starts_as_sqlite(target):  # a forum file (any name): one slip would wipe a forum
        raise RuleViolation("output_is_a_forum", target.name)
    temp = sibling_temp_path(target)
    try:
        with temp.open("xb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise output_error(target, exc) from exc
    fsync_folder(target.parent)
