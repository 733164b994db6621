"""Whole-or-nothing output files: written beside the target, then renamed.

A failed write leaves the previous file untouched and no partial file.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from app.errors import OutputError
from storage.files import fsync_folder, sibling_temp_path


def write_bytes_atomic(target: Path, data: bytes) -> None:
    target = Path(target)
    if target.is_dir():
        raise OutputError(str(target), "is_folder")
    if not target.parent.is_dir():
        raise OutputError(str(target), "no_folder")
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
        raise OutputError(str(target), exc.strerror or str(exc)) from exc
    fsync_folder(target.parent)
