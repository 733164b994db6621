"""The one class that owns the SQLite connection of an open forum file."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from storage import errors
from storage.checks import connect, translate_sqlite_error
from storage.copies import write_verified_copy
from storage.files import (
    NO_FOLDER,
    file_identity,
    fsync_path,
    link_no_clobber,
    os_error_reason,
    remove_database_files,
    sibling_temp_path,
    timestamp_for_name,
)
from storage.opening import OpenAhead, connect_verified
from storage.schema import APPLICATION_ID, MIGRATIONS, Migration, MigrationContext
from storage.sqlscript import run_script

Params = Sequence[Any] | dict[str, Any]


class ForumDatabase:
    """Owns the connection; every write goes through ``transaction()``.

    Created only by ``open`` or ``create``, at the program's entry point, and
    passed to the services that need it.
    """

    def __init__(self, conn: sqlite3.Connection, path: Path, *, read_only: bool) -> None:
        self._conn = conn
        self._closed = False
        self.path = path
        self.read_only = read_only
        self._depth = 0
        self._identity = file_identity(path)
        # True when the last session did not end cleanly (a leftover -wal);
        # the file then passed a full integrity_check before use.
        self.recovered_from_crash = False

    # -- opening -----------------------------------------------------------

    @classmethod
    def open(
        cls,
        path: Path,
        *,
        read_only: bool = False,
        backup_dir: Path | None = None,
        before_upgrade: Callable[[ForumDatabase], None] | None = None,
        migrations: Sequence[Migration] = MIGRATIONS,
        ahead: OpenAhead | None = None,
    ) -> ForumDatabase:
        """Open an existing forum file, refusing anything that is not one.

        The checks and what they promise: ``storage.opening.connect_verified``;
        ``ahead`` may have run them already, on a worker thread.

        Before a schema upgrade ``before_upgrade(db)`` runs (it takes the
        backup; if it raises, nothing is migrated); without it a backup is
        written to ``backup_dir`` (default: beside the file).
        """
        path = Path(path)
        verified = ahead.take(path, read_only=read_only, migrations=migrations) if ahead else None
        if verified is None:
            verified = connect_verified(path, read_only=read_only, migrations=migrations)
        conn, version, read_only = verified.conn, verified.version, verified.read_only
        if not read_only:
            try:
                cls._set_write_pragmas(conn)
            except sqlite3.Error as exc:
                conn.close()
                raise translate_sqlite_error(path, exc) from exc
        db = cls(conn, path, read_only=read_only)
        db.recovered_from_crash = verified.unclean
        if version < len(migrations):
            if read_only:
                db.close()
                raise errors.ReadOnly(path, "needs an upgrade but is opened read-only")
            try:
                db._upgrade(version, migrations, backup_dir or path.parent, before_upgrade)
            except BaseException:
                db.close()
                raise
        return db

    @staticmethod
    def _set_write_pragmas(conn: sqlite3.Connection) -> None:
        # WAL + FULL: a commit survives a power cut (RELIABILITY.md).
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA secure_delete = ON")

    @classmethod
    def create(
        cls,
        path: Path,
        populate: Callable[[ForumDatabase], None] | None = None,
        *,
        migrations: Sequence[Migration] = MIGRATIONS,
    ) -> ForumDatabase:
        """Create a new forum file, whole or not at all, then open it.

        The file is built under a temporary name beside the target and only
        renamed into place once complete, so a failure leaves nothing behind.
        """
        path = Path(path)
        if path.is_dir():
            raise errors.IsFolder(path)
        if path.exists() or path.is_symlink():
            raise errors.FileAlreadyExists(path)
        if not path.parent.is_dir():
            raise errors.WriteFailed(path, NO_FOLDER)
        temp = sibling_temp_path(path)
        try:
            # Made here first: SQLite would only say "unable to open" where the
            # system can say why (a read-only disk, no permission).
            os.close(os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
            conn = connect(temp, "rwc")
            try:
                # A file that is thrown away on failure needs no journal.
                conn.execute("PRAGMA journal_mode = OFF")
                conn.execute("PRAGMA synchronous = OFF")
                conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                db = cls(conn, temp, read_only=False)
                db._apply_migrations(0, migrations)
                if populate is not None:
                    populate(db)
                conn.execute("PRAGMA journal_mode = WAL")
            finally:
                conn.close()
            fsync_path(temp)
            link_no_clobber(temp, path)
        except sqlite3.Error as exc:
            raise translate_sqlite_error(path, exc) from exc
        except OSError as exc:
            if isinstance(exc, FileExistsError):
                raise errors.FileAlreadyExists(path) from exc
            raise errors.WriteFailed(path, os_error_reason(exc, path)) from exc
        finally:
            remove_database_files(temp)
        return cls.open(path, migrations=migrations)

    # -- migrations --------------------------------------------------------

    def _apply_migrations(self, current: int, migrations: Sequence[Migration]) -> None:
        ctx = MigrationContext(lambda script: run_script(self._conn, script))
        for version in range(current, len(migrations)):
            self._conn.execute("BEGIN EXCLUSIVE")
            try:
                migrations[version](ctx)
                self._conn.execute(f"PRAGMA user_version = {version + 1}")
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")

    def _upgrade(
        self,
        current: int,
        migrations: Sequence[Migration],
        backup_dir: Path,
        before_upgrade: Callable[[ForumDatabase], None] | None,
    ) -> None:
        if before_upgrade is not None:
            before_upgrade(self)
        else:
            target = len(migrations)
            self.backup_to(
                backup_dir
                / f"{self.path.stem}.before-v{target}-{timestamp_for_name()}{self.path.suffix}"
            )
        try:
            self._apply_migrations(current, migrations)
        except sqlite3.Error as exc:
            raise translate_sqlite_error(self.path, exc) from exc

    # -- transactions and queries ----------------------------------------

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One atomic unit of work; nested calls join the outer transaction."""
        if self.read_only:
            raise errors.ReadOnly(self.path)
        if self._depth:
            self._depth += 1
            try:
                yield self._conn
            finally:
                self._depth -= 1
            return
        try:
            self._conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise translate_sqlite_error(self.path, exc) from exc
        self._depth = 1
        try:
            yield self._conn
            self._check_still_there()
            self._conn.execute("COMMIT")
        except sqlite3.Error as exc:
            self._rollback()
            raise translate_sqlite_error(self.path, exc) from exc
        except BaseException:
            self._rollback()
            raise
        finally:
            self._depth = 0

    def _rollback(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            if self._conn.in_transaction:
                self._conn.execute("ROLLBACK")

    @property
    def in_transaction(self) -> bool:
        return self._depth > 0

    def query(self, sql: str, params: Params = ()) -> list[sqlite3.Row]:
        try:
            return self._conn.execute(sql, params).fetchall()
        except sqlite3.Error as exc:
            raise translate_sqlite_error(self.path, exc) from exc

    def query_one(self, sql: str, params: Params = ()) -> sqlite3.Row | None:
        rows = self.query(sql, params)
        return rows[0] if rows else None

    def execute(self, sql: str, params: Params = ()) -> int:
        """Run one write statement inside the current transaction; rows changed."""
        if not self._depth:
            raise RuntimeError("writes go through ForumDatabase.transaction()")
        return self._conn.execute(sql, params).rowcount

    def executemany(self, sql: str, rows: Iterable[Params]) -> None:
        if not self._depth:
            raise RuntimeError("writes go through ForumDatabase.transaction()")
        self._conn.executemany(sql, rows)

    # -- whole-file operations ---------------------------------------------

    def change_stamp(self) -> tuple[int, int]:
        """Differs whenever the file's content may have changed since the last
        call: a change on this connection (total_changes) or by another
        connection or process (SQLite's data_version)."""
        row = self.query_one("PRAGMA data_version")
        return (int(row[0]) if row else 0, self._conn.total_changes)

    def schema_version(self) -> int:
        (version,) = self._conn.execute("PRAGMA user_version").fetchone()
        return int(version)

    def integrity_problems(self, *, full: bool = False) -> list[str]:
        """[] when healthy; otherwise what SQLite reports (first 20 lines)."""
        pragma = "integrity_check(20)" if full else "quick_check(20)"
        try:
            rows = [str(row[0]) for row in self._conn.execute(f"PRAGMA {pragma}")]
        except sqlite3.Error as exc:
            return [str(exc)]
        return [] if rows == ["ok"] else rows

    def foreign_key_problems(self) -> list[str]:
        return [
            f"{row[0]} rowid {row[1]} -> {row[2]}"
            for row in self._conn.execute("PRAGMA foreign_key_check")
        ]

    def backup_to(self, target: Path, *, replace: bool = True) -> None:
        """A consistent, verified copy through the SQLite backup API (storage.copies).

        ``replace=False`` refuses an existing ``target`` (FileAlreadyExists).
        """
        write_verified_copy(self._conn, self.path, Path(target), replace=replace)

    def _check_still_there(self) -> None:
        """Refuse to commit into a file that was deleted, moved or replaced.

        On Linux and macOS an open file that is deleted lives on, unnamed,
        until closed: SQLite's commit would succeed and the edit would vanish
        with the connection. So before each commit the path must still name
        the very file that was opened (same device and inode). A folder we
        may no longer look into (permissions) is not proof of loss.
        """
        if self._identity is None:
            return
        try:
            now = file_identity(self.path, strict=True)
        except PermissionError:
            return
        except OSError:
            now = None
        if now != self._identity:
            raise errors.FileGone(self.path, "the file was moved, renamed or deleted")

    @property
    def closed(self) -> bool:
        return self._closed

    def close(self) -> None:
        if self._closed:
            return
        with contextlib.suppress(sqlite3.Error):
            if not self.read_only:
                self._conn.execute("PRAGMA optimize")
        self._conn.close()
        self._closed = True

    def __enter__(self) -> ForumDatabase:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def new_id() -> str:
    """A random RFC 4122 version 4 UUID, as str(uuid.uuid4()) makes it.

    Built here because importing uuid (and platform with it) costs start-up time.
    """
    number = int.from_bytes(os.urandom(16), "big")
    number = (number & ~(0xC000 << 48)) | (0x8000 << 48)  # the RFC 4122 variant
    number = (number & ~(0xF000 << 64)) | (4 << 76)  # version 4
    text = f"{number:032x}"
    return f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}"
