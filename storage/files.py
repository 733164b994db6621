"""Small file-system helpers for whole-or-nothing file writes."""

from __future__ import annotations

import contextlib
import os
import uuid
from datetime import datetime
from pathlib import Path


def sibling_temp_path(path: Path) -> Path:
    """A hidden temporary name in the same folder, so a rename is atomic."""
    return path.with_name(f".{path.name}.{uuid.uuid4().hex[:12]}.tmp")


def remove_database_files(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(FileNotFoundError):
            os.remove(f"{path}{suffix}")


def fsync_path(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_folder(path: Path) -> None:
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def link_no_clobber(temp: Path, target: Path) -> None:
    """Move ``temp`` to ``target`` unless ``target`` exists (FileExistsError)."""
    try:
        os.link(temp, target)
    except FileExistsError:
        raise
    except OSError:
        # File systems without hard links (FAT on USB sticks): check, then rename.
        if target.exists():
            raise FileExistsError(str(target)) from None
        os.replace(temp, target)
    else:
        os.remove(temp)
    fsync_folder(target.parent)


def timestamp_for_name() -> str:
    return datetime.now().strftime("%Y%m%d-%H%M%S")
