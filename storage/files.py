"""Small file-system helpers for whole-or-nothing file writes."""

from __future__ import annotations

import contextlib
import errno
import os
from datetime import datetime
from pathlib import Path

# Why a file could not be written, as codes app.messages turns into sentences
# (the system's own strerror is English and must not reach the user).
NO_FOLDER = "no_folder"
IS_FOLDER = "is_folder"
LOCKED = "locked"
READ_ONLY_DISK = "read_only_disk"
DISK_FULL = "disk_full"
NAME_TOO_LONG = "name_too_long"
BAD_NAME = "bad_name"
CANNOT_CREATE = "cannot_create"
NOT_WRITABLE_HERE = "not_writable_here"  # the file or its folder: no write permission
NO_PERMISSION = "no_permission"  # writing a file: the folder, or the file there, refuses
SYSTEM_ERROR = "system_error"

_REASONS = {
    errno.EACCES: LOCKED,
    errno.EPERM: LOCKED,
    errno.EBUSY: LOCKED,
    errno.ETXTBSY: LOCKED,
    errno.EROFS: READ_ONLY_DISK,
    errno.ENOSPC: DISK_FULL,
    errno.EDQUOT: DISK_FULL,
    errno.EFBIG: DISK_FULL,
    errno.ENOENT: NO_FOLDER,
    errno.ENOTDIR: NO_FOLDER,
    errno.EISDIR: IS_FOLDER,
    errno.ENAMETOOLONG: NAME_TOO_LONG,
    errno.EINVAL: BAD_NAME,  # Windows: a character or name the file system refuses
    errno.EILSEQ: BAD_NAME,
}


def file_identity(path: Path, *, strict: bool = False) -> tuple[int, int] | None:
    """(device, inode) of ``path``: tells a file renamed over it from the same file.

    None when it cannot be read, unless ``strict`` (then the OSError).
    """
    try:
        info = os.stat(path)
    except OSError:
        if strict:
            raise
        return None
    return (info.st_dev, info.st_ino)


def os_error_reason(exc: OSError, target: Path | None = None) -> str:
    """The reason code for ``exc`` (one of the constants above).

    ENOENT while the folder exists means the folder takes no new files (e.g. /proc).
    """
    reason = _REASONS.get(exc.errno or 0, SYSTEM_ERROR)
    if reason == NO_FOLDER and target is not None and _is_folder(Path(target).parent):
        return CANNOT_CREATE
    if reason == LOCKED and target is not None and not _may_write(Path(target)):
        # Refused for want of permission, not because another program holds it.
        # (Windows: os.access sees the read-only attribute, not ACLs.)
        return NO_PERMISSION
    return reason


def _may_write(target: Path) -> bool:
    """May ``target`` be written as far as permissions go: its folder, and the file
    itself when it exists."""
    try:
        return writable_here(target) if target.exists() else os.access(target.parent, os.W_OK)
    except (OSError, ValueError):  # a name the system refuses: let the write say so
        return True


def _is_folder(path: Path) -> bool:
    try:
        return path.is_dir()
    except OSError:  # a name the system refuses is no folder either
        return False


def writable_here(path: Path) -> bool:
    """Can ``path`` be edited where it lies: the file and its folder writable?"""
    path = Path(path)
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def sibling_temp_path(path: Path) -> Path:
    """A hidden temporary name in the same folder, so a rename is atomic.

    Short and independent of the target's name, so a target whose name is
    near the file system's limit still gets a temporary file beside it.
    """
    return path.with_name(f".~{os.urandom(4).hex()}.tmp")


def remove_database_files(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        name = f"{path}{suffix}"
        try:
            os.remove(name)
        except FileNotFoundError:
            pass
        except OSError:
            # A read-only disk refuses even to remove what is not there.
            if os.path.lexists(name):
                raise


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
