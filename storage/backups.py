"""The automatic backups of one forum, in a folder of their own.

One ``BackupStore`` per forum; the caller chooses the folder (the app keeps
them per forum id in the user's data folder, so a renamed file keeps its
history). Every backup is a whole, verified copy made with the SQLite backup
API (storage.copies), named ``YYYYMMDDTHHMMSS.mmmZ-REASON.samsyn`` (UTC).
A backup that fails its check is never stored, and old backups are thinned
(storage.thinning) only after a new one has been stored, so a damaged or
failed copy can never rotate a good one away.
"""

from __future__ import annotations

import builtins
import contextlib
import os
import re
import sqlite3
import time
from collections.abc import Callable, Collection
from datetime import UTC, datetime, timedelta, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING

from storage import errors
from storage.checks import check_file, connect, verify_file
from storage.copies import STEP_PAGES, Progress, write_verified_copy
from storage.database import ForumDatabase
from storage.files import os_error_reason, remove_database_files, sibling_temp_path
from storage.records import record
from storage.schema import TABLE_KEYS
from storage.thinning import backups_to_keep

if TYPE_CHECKING:
    from storage.restore import RestoreResult

REASONS = ("open", "auto", "before-migration", "before-import", "before-restore", "before-merge")
SOURCES_FILE = "sources.txt"  # the forum files these backups came from, newest last
_MAX_SOURCES = 20
_NAME = re.compile(r"^(\d{8}T\d{6}\.\d{3})Z-([a-z-]+)\.samsyn$")
_STAMP = "%Y%m%dT%H%M%S.%f"
_STALE_TEMP_S = 24 * 3600


def _utc_now() -> datetime:
    return datetime.now(UTC)


@record
class BackupCounts:
    """How much a backup holds, for the restore dialog."""

    meetings: int
    gaps: int
    causes: int
    actions: int
    people: int


@record
class BackupInfo:
    """One backup as the restore dialog shows it. ``taken_at`` is UTC."""

    path: Path
    taken_at: datetime
    reason: str
    size: int
    forum_name: str | None = None
    schema_version: int | None = None
    counts: BackupCounts | None = None  # None: the backup could not be read
    latest_meeting: str | None = None  # date (YYYY-MM-DD) of its newest meeting


def backup_name(taken_at: datetime, reason: str) -> str:
    stamp = taken_at.astimezone(UTC).strftime(_STAMP)[:-3]
    return f"{stamp}Z-{reason}.samsyn"


def parse_backup_name(name: str) -> tuple[datetime, str] | None:
    """(taken_at, reason) from a backup's file name; None for any other file."""
    match = _NAME.match(name)
    if match is None or match.group(2) not in REASONS:
        return None
    taken_at = datetime.strptime(match.group(1) + "000", _STAMP).replace(tzinfo=UTC)
    return taken_at, match.group(2)


class BackupStore:
    """The backups of one forum in ``folder`` (created on the first backup).

    ``take`` copies from the open database's own connection (use it before a
    migration, import, merge or restore: it blocks until done). On another
    thread, ``take_from_file`` copies through a connection of its own, in
    small steps, from one consistent snapshot while the writer goes on.
    """

    def __init__(
        self,
        folder: Path,
        *,
        clock: Callable[[], datetime] = _utc_now,
        tz: tzinfo | None = None,
    ) -> None:
        self.folder = Path(folder)
        self._clock = clock
        self._tz = tz  # days and months for thinning; None: the computer's local zone

    def now(self) -> datetime:
        return self._clock()

    # -- taking ------------------------------------------------------------

    def take(self, db: ForumDatabase, reason: str, *, keep: Collection[Path] = ()) -> BackupInfo:
        """A verified backup of ``db`` now; then older backups (but not ``keep``) are thinned."""
        return self._store(reason, lambda target: db.backup_to(target, replace=False), keep)

    def take_from_file(
        self,
        source: Path,
        reason: str,
        *,
        pages: int = STEP_PAGES,
        should_stop: Callable[[], bool] | None = None,
        progress: Progress | None = None,
    ) -> BackupInfo:
        """Like ``take``, through a new connection to ``source``; safe on a worker thread.

        Raises storage.copies.CopyCancelled when ``should_stop()`` says so.
        """
        source = Path(source)
        writable = os.access(source, os.W_OK) and os.access(source.parent, os.W_OK)

        def copy(target: Path) -> None:
            try:
                # Read-write (but query_only) when possible, so that if this
                # connection closes last SQLite can still tidy up the -wal.
                conn = connect(source, "rw" if writable else "ro")
                conn.execute("PRAGMA query_only = ON")
            except sqlite3.Error as exc:
                raise errors.FileUnreadable(source, str(exc)) from exc
            try:
                write_verified_copy(
                    conn, source, target, pages=pages, should_stop=should_stop, progress=progress
                )
            finally:
                conn.close()

        return self._store(reason, copy)

    def _store(
        self, reason: str, copy: Callable[[Path], None], keep: Collection[Path] = ()
    ) -> BackupInfo:
        if reason not in REASONS:
            raise ValueError(f"unknown backup reason {reason!r}")
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise errors.WriteFailed(self.folder, os_error_reason(exc, self.folder)) from exc
        self._remove_stale_temp_files()
        taken_at = self.now().astimezone(UTC)
        # One stamp per backup, so that thinning by stamp is exact.
        while any(self.folder.glob(backup_name(taken_at, "*"))):
            taken_at += timedelta(milliseconds=1)
        target = self.folder / backup_name(taken_at, reason)
        copy(target)
        self.thin(keep=keep)
        return self.info(target)

    def _remove_stale_temp_files(self) -> None:
        """Temporary files a crash left mid-backup; fresh ones may be in use."""
        limit = time.time() - _STALE_TEMP_S
        for temp in self.folder.glob(".*.tmp"):
            with contextlib.suppress(OSError):
                if temp.stat().st_mtime < limit:
                    remove_database_files(temp)

    # -- listing -----------------------------------------------------------

    def _named(self) -> list[tuple[datetime, str, Path]]:
        try:
            entries = list(self.folder.iterdir())
        except OSError:
            return []
        found = []
        for path in entries:
            parsed = parse_backup_name(path.name)
            if parsed is not None and path.is_file():
                found.append((parsed[0], parsed[1], path))
        return sorted(found, key=lambda item: (item[0], item[2].name), reverse=True)

    def list(self) -> builtins.list[BackupInfo]:
        """Every backup, newest first, with what each holds (read read-only)."""
        return [self.info(path) for _, _, path in self._named()]

    def info(self, path: Path) -> BackupInfo:
        parsed = parse_backup_name(path.name)
        if parsed is None:
            raise ValueError(f"not a backup name: {path.name}")
        taken_at, reason = parsed
        try:
            size = path.stat().st_size
        except OSError:
            size = 0
        basic = BackupInfo(path, taken_at, reason, size)
        try:
            check_file(path)
            conn = connect(path, "ro")
        except (errors.StorageError, sqlite3.Error):
            return basic
        try:
            (version,) = conn.execute("PRAGMA user_version").fetchone()
            name = conn.execute("SELECT name FROM forum LIMIT 1").fetchone()
            count = {
                table: int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
                for table in ("meeting", "gap", "cause", "action", "person")
            }
            (latest,) = conn.execute("SELECT max(date) FROM meeting").fetchone()
        except sqlite3.Error:
            return basic
        finally:
            conn.close()
        counts = BackupCounts(
            count["meeting"], count["gap"], count["cause"], count["action"], count["person"]
        )
        return BackupInfo(
            path, taken_at, reason, size, name[0] if name else None, int(version), counts, latest
        )

    def newest_taken_at(self) -> datetime | None:
        """When the newest backup was taken, from the names alone (nothing is opened)."""
        named = self._named()
        return named[0][0] if named else None

    def newest_holds(self, db: ForumDatabase) -> bool:
        """True when the newest backup holds what ``db`` holds now (no new backup needed).

        Compared: schema version, and per table its row count and latest
        ``updated_at`` (deletions through the tombstones). Rows merged in
        with older times still change a count. Any doubt (an unreadable or
        older-schema backup) says False.
        """
        named = self._named()
        if not named:
            return False
        sql = _content_mark_sql()
        try:
            current = (db.schema_version(), *tuple(db.query(sql)[0]))
        except errors.StorageError:
            return False
        try:
            conn = connect(named[0][2], "ro")
        except sqlite3.Error:
            return False
        try:
            (version,) = conn.execute("PRAGMA user_version").fetchone()
            stored = (int(version), *tuple(conn.execute(sql).fetchone()))
        except sqlite3.Error:
            return False
        finally:
            conn.close()
        return stored == current

    def newest_good(self) -> BackupInfo | None:
        """The newest backup that passes its check (opens, quick_check, application_id)."""
        for _, _, path in self._named():
            try:
                verify_file(path)
            except errors.StorageError:
                continue
            return self.info(path)
        return None

    # -- thinning ----------------------------------------------------------

    def thin(self, *, keep: Collection[Path] = ()) -> builtins.list[Path]:
        """Delete backups the rule no longer keeps; returns what was deleted.

        Kept besides storage.thinning's rule: the newest pre-migration backup,
        the way back from the current schema step, and ``keep`` (a backup
        being restored).
        """
        spared = {Path(p).resolve() for p in keep}
        named = self._named()
        kept = backups_to_keep((stamp for stamp, _, _ in named), self.now(), tz=self._tz)
        migration = next((path for _, reason, path in named if reason == "before-migration"), None)
        removed = []
        for stamp, _, path in named:
            if stamp in kept or path == migration or path.resolve() in spared:
                continue
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
                removed.append(path)
        return removed

    # -- the forum files these backups belong to -----------------------------

    def remember_source(self, forum_path: Path) -> None:
        """Note ``forum_path`` so a damaged file there can find these backups."""
        path = str(Path(forum_path).resolve())
        listed = self.sources_text()
        known = [p for p in listed if p != path][-(_MAX_SOURCES - 1) :] + [path]
        if known == listed:
            return  # already the newest: every open would rewrite the same lines
        target = self.folder / SOURCES_FILE
        # An index only: failing to write it never stops the forum from opening.
        with contextlib.suppress(OSError):
            self.folder.mkdir(parents=True, exist_ok=True)
            temp = sibling_temp_path(target)
            temp.write_text("".join(f"{p}\n" for p in known), encoding="utf-8")
            temp.replace(target)

    def sources_text(self) -> builtins.list[str]:
        try:
            text = (self.folder / SOURCES_FILE).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            return []
        return [line for line in text.splitlines() if line]

    # -- restoring ---------------------------------------------------------

    def restore(self, backup: BackupInfo | Path, target: Path) -> RestoreResult:
        """Put a verified copy of ``backup`` at ``target``; see storage.restore."""
        from storage.restore import restore_backup

        return restore_backup(self, backup, target)


def _content_mark_sql() -> str:
    """One row that changes whenever the forum's data do (see ``newest_holds``)."""
    tables = [key.table for key in TABLE_KEYS]
    parts = [f"(SELECT count(*) FROM {t}), (SELECT max(updated_at) FROM {t})" for t in tables]
    parts.append("(SELECT count(*) FROM tombstone), (SELECT max(deleted_at) FROM tombstone)")
    return "SELECT " + ", ".join(parts)
