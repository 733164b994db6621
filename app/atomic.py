"""Whole-or-nothing output files: written beside the target, then renamed.

A failed write leaves the previous file untouched and no partial file.
"""

from __future__ import annotations

import contextlib
import errno
import os
from pathlib import Path

from app.errors import OutputError
from storage.files import fsync_folder, sibling_temp_path

# System errors the user can act on, as reason codes app.messages explains.
_REASONS = {
    errno.EACCES: "locked",
    errno.EPERM: "locked",
    errno.EBUSY: "locked",
    errno.ETXTBSY: "locked",
    errno.EROFS: "read_only_disk",
    errno.ENOSPC: "disk_full",
    errno.EDQUOT: "disk_full",
    errno.ENOENT: "no_folder",
    errno.ENAMETOOLONG: "name_too_long",
}


def output_error(target: Path | str, exc: OSError) -> OutputError:
    """The system's error as an OutputError with a reason the user can act on."""
    reason = _REASONS.get(exc.errno or 0) or exc.strerror or type(exc).__name__
    return OutputError(str(target), reason)


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
        raise output_error(target, exc) from exc
    fsync_folder(target.parent)
