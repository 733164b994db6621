"""Whole, verified copies of a forum database through the SQLite backup API.

Never a file copy: the ``-wal`` file is part of a live database. The copy is
written under a temporary name beside the target, switched to a
self-contained single file (rollback journal), verified by opening it again
read-only (header, application_id, schema, ``quick_check``, tables) and only
then renamed into place. A failure leaves no partial file and never touches
an existing file at the target unless ``replace`` is asked for.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

from storage import errors
from storage.checks import translate_sqlite_error, verify_file
from storage.files import (
    fsync_folder,
    fsync_path,
    link_no_clobber,
    os_error_reason,
    remove_database_files,
    sibling_temp_path,
)

# Pages copied per backup step when copying in steps (4 KiB pages: 256 KiB),
# and pages written between two flushes of the copy to disk (4 MiB).
STEP_PAGES = 64
FLUSH_PAGES = 1024

Progress = Callable[[int, int], None]  # (pages copied, pages in total)


class CopyCancelled(Exception):
    """``should_stop`` asked the copy to stop; nothing was written."""


def write_verified_copy(
    source: sqlite3.Connection,
    source_path: Path,
    target: Path,
    *,
    replace: bool = False,
    pages: int = -1,
    should_stop: Callable[[], bool] | None = None,
    progress: Progress | None = None,
) -> int:
    """Copy ``source`` to ``target`` whole or not at all; returns the copy's schema version.

    ``pages`` > 0 copies in steps of that many pages; ``should_stop`` is asked
    between steps. The copy is one consistent snapshot: a read transaction is
    held on ``source`` for the whole copy (in WAL mode another connection goes
    on writing meanwhile; without the snapshot SQLite would restart the copy
    after every foreign commit and a busy file would never finish).

    A copy that fails its check means the source itself is damaged (the
    backup API copies pages verbatim): DamagedFile names the source; every
    other failure names ``target``. An
    existing ``target`` raises FileAlreadyExists unless ``replace``.
    """
    target = Path(target)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise errors.WriteFailed(target, os_error_reason(exc, target)) from exc
    temp = sibling_temp_path(target)
    try:
        _copy_snapshot(source, temp, pages, should_stop, progress)
        try:
            version = verify_file(temp)
        except errors.StorageError as exc:
            raise errors.DamagedFile(source_path, f"copy failed its check: {exc.detail}") from exc
        fsync_path(temp)
        if replace:
            temp.replace(target)
            fsync_folder(target.parent)
        else:
            link_no_clobber(temp, target)
        return version
    except sqlite3.Error as exc:
        problem = translate_sqlite_error(target, exc)
        if isinstance(problem, errors.DamagedFile):  # pages read from the source
            problem = errors.DamagedFile(source_path, problem.detail)
        raise problem from exc
    except FileExistsError as exc:
        raise errors.FileAlreadyExists(target) from exc
    except OSError as exc:
        raise errors.WriteFailed(target, os_error_reason(exc, target)) from exc
    finally:
        remove_database_files(temp)


def _copy_snapshot(
    source: sqlite3.Connection,
    temp: Path,
    pages: int,
    should_stop: Callable[[], bool] | None,
    progress: Progress | None,
) -> None:
    own_snapshot = not source.in_transaction
    if own_snapshot:
        source.execute("BEGIN")
        source.execute("SELECT count(*) FROM sqlite_schema").fetchone()
    try:
        dest = sqlite3.connect(temp, isolation_level=None)
        try:
            # The copy is thrown away on failure and is flushed to disk in
            # slices as it grows: one flush of the whole file at the end would
            # hold up the writer's own fsync (ext4 orders them) for as long.
            dest.execute("PRAGMA journal_mode = OFF")
            dest.execute("PRAGMA synchronous = OFF")
            dest.execute(f"PRAGMA cache_size = -{FLUSH_PAGES * 4}")  # KiB
            fd = os.open(temp, os.O_RDWR)
            try:
                flushed = 0

                def step(_status: int, remaining: int, total: int) -> None:
                    nonlocal flushed
                    copied = total - remaining
                    if copied - flushed >= FLUSH_PAGES:
                        os.fsync(fd)
                        flushed = copied
                    if progress is not None:
                        progress(copied, total)
                    if should_stop is not None and should_stop():
                        raise CopyCancelled  # aborts sqlite3's backup loop

                source.backup(dest, pages=pages, progress=step, sleep=0)
                # One self-contained file: no -wal that a later file copy could miss.
                dest.execute("PRAGMA journal_mode = DELETE")
                os.fsync(fd)
            finally:
                os.close(fd)
        finally:
            dest.close()
    finally:
        if own_snapshot and source.in_transaction:
            source.execute("ROLLBACK")
