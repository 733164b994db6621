"""Restoring a backup over a forum file: the file there is kept aside, never deleted."""

from __future__ import annotations

import contextlib
import sqlite3
from datetime import datetime
from pathlib import Path

from storage import errors
from storage.backups import BackupInfo, BackupStore
from storage.checks import connect, verify_file
from storage.copies import write_verified_copy
from storage.database import ForumDatabase
from storage.files import (
    NO_FOLDER,
    fsync_folder,
    link_no_clobber,
    os_error_reason,
    remove_database_files,
    sibling_temp_path,
)
from storage.records import record

_COMPANIONS = ("", "-wal", "-shm", "-journal")


@record
class RestoreResult:
    restored: Path
    set_aside: tuple[Path, ...]  # the replaced file (and its -wal, -shm), renamed, kept
    before_restore: BackupInfo | None  # backup of the replaced file, when it was readable


def restore_backup(store: BackupStore, backup: BackupInfo | Path, target: Path) -> RestoreResult:
    """Put a verified copy of ``backup`` at ``target``; the old file is kept aside.

    The caller closes the forum first (renaming a file under an open
    connection loses its -wal). Order: check the backup; write and verify
    the copy beside the target (first: the before-restore backup thins the
    store, and nothing may then depend on the chosen backup still being
    there); back up the current file if it is still a readable forum
    ("before-restore", never thinning the chosen backup away); rename the
    current file and its -wal/-shm to ``NAME.damaged-YYYYMMDD-HHMMSS``
    (never deleted); rename the copy into place. If that last step fails
    the set-aside files are renamed back: the target is as it was.
    """
    source = backup.path if isinstance(backup, BackupInfo) else Path(backup)
    target = Path(target)
    verify_file(source)
    if not target.parent.is_dir():
        raise errors.WriteFailed(target, NO_FOLDER)
    staged = sibling_temp_path(target)
    try:
        try:
            conn = connect(source, "ro")
            try:
                write_verified_copy(conn, source, staged)
            finally:
                conn.close()
        except sqlite3.Error as exc:
            raise errors.FileUnreadable(source, str(exc)) from exc
        before = _backup_before_restore(store, target, keep=source)
        moved = _set_aside(target, store.now())
        try:
            link_no_clobber(staged, target)
        except BaseException as exc:
            _put_back(moved, target)
            if isinstance(exc, OSError):
                raise errors.WriteFailed(target, os_error_reason(exc, target)) from exc
            raise
    finally:
        remove_database_files(staged)
    return RestoreResult(target, tuple(renamed for _, renamed in moved), before)


def _backup_before_restore(store: BackupStore, target: Path, *, keep: Path) -> BackupInfo | None:
    if not target.exists():
        return None
    try:
        current = ForumDatabase.open(target, read_only=True)
    except errors.StorageError:
        return None  # damaged or foreign: it is kept aside instead
    with current:
        return store.take(current, "before-restore", keep=(keep,))


def _set_aside(target: Path, now: datetime) -> list[tuple[Path, Path]]:
    """Rename ``target`` and its companions to ``NAME.damaged-STAMP`` (+ ``-wal``...).

    Companions go even without the main file: a stray ``-wal`` beside the
    restored copy would be replayed into it. All or none are renamed;
    returns the (original, renamed) pairs.
    """
    suffixes = [s for s in _COMPANIONS if Path(f"{target}{s}").exists()]
    if not suffixes:
        return []
    stamp = now.astimezone().strftime("%Y%m%d-%H%M%S")
    aside = target.with_name(f"{target.name}.damaged-{stamp}")
    number = 1
    while any(Path(f"{aside}{s}").exists() for s in _COMPANIONS):
        number += 1
        aside = target.with_name(f"{target.name}.damaged-{stamp}-{number}")
    moved: list[tuple[Path, Path]] = []
    try:
        for suffix in suffixes:
            pair = (Path(f"{target}{suffix}"), Path(f"{aside}{suffix}"))
            pair[0].rename(pair[1])
            moved.append(pair)
    except OSError as exc:
        _put_back(moved, target)
        raise errors.WriteFailed(target, os_error_reason(exc)) from exc
    fsync_folder(target.parent)
    return moved


def _put_back(moved: list[tuple[Path, Path]], target: Path) -> None:
    """Undo ``_set_aside`` after a failure: the forum file is where it was."""
    for original, renamed in reversed(moved):
        with contextlib.suppress(OSError):
            renamed.rename(original)
    fsync_folder(target.parent)
