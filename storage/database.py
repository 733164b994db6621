"""The one class that owns the SQLite connection of an open forum file."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from storage import errors
from storage.files import (
    fsync_path,
    link_no_clobber,
    remove_database_files,
    sibling_temp_path,
    timestamp_for_name,
)
from storage.header import parse_header
from storage.schema import (
    APPLICATION_ID,
    EXPECTED_TABLES,
    MIGRATIONS,
    Migration,
    MigrationContext,
)
from storage.sqlscript import run_script

Params = Sequence[Any] | dict[str, Any]


def _connect(path: Path, mode: str) -> sqlite3.Connection:
    uri = f"{path.resolve().as_uri()}?mode={mode}"
    conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA trusted_schema = OFF")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA busy_timeout = 5000")
    return conn


def translate_sqlite_error(path: Path, exc: sqlite3.Error) -> errors.StorageError:
    """Map an sqlite3 exception to the typed error the app explains."""
    text = str(exc).lower()
    if isinstance(exc, sqlite3.IntegrityError):
        return errors.ConstraintViolation(path, str(exc))
    if "readonly" in text or "read-only" in text:
        return errors.ReadOnly(path, str(exc))
    if "malformed" in text or "not a database" in text or "corrupt" in text:
        return errors.DamagedFile(path, str(exc))
    return errors.WriteFailed(path, str(exc))


def check_file(path: Path, migrations: Sequence[Migration] = MIGRATIONS) -> int:
    """Refuse what is not a healthy forum file, from its bytes alone.

    Returns the schema version the header reports. Nothing is written.
    """
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise errors.FileUnreadable(path, "not a regular file")
        with path.open("rb") as handle:
            head = handle.read(100)
    except FileNotFoundError as exc:
        raise errors.FileMissing(path) from exc
    except OSError as exc:
        raise errors.FileUnreadable(path, exc.strerror or str(exc)) from exc
    if size == 0:
        raise errors.EmptyFile(path)
    header = parse_header(head)
    if header is None:
        if head.startswith(b"SQLite format 3") or b"SQLite format 3".startswith(head):
            raise errors.DamagedFile(path, "header cut off")
        raise errors.NotSqliteFile(path)
    if header.application_id != APPLICATION_ID:
        raise errors.ForeignDatabase(path, f"application_id {header.application_id:#x}")
    if size % header.page_size:
        raise errors.DamagedFile(path, "size is not a whole number of pages")
    if header.page_count is not None and size < header.page_count * header.page_size:
        raise errors.DamagedFile(path, "truncated")
    if header.user_version > len(migrations):
        raise errors.NewerSchema(path, header.user_version, len(migrations))
    return header.user_version


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

    # -- opening -----------------------------------------------------------

    @classmethod
    def open(
        cls,
        path: Path,
        *,
        read_only: bool = False,
        backup_dir: Path | None = None,
        migrations: Sequence[Migration] = MIGRATIONS,
    ) -> ForumDatabase:
        """Open an existing forum file, refusing anything that is not one.

        A refused file is never written to: the checks run from its header and
        then on a connection that has issued no write.
        """
        path = Path(path)
        check_file(path, migrations)
        # Read-only use of a writable file still opens it read-write, with
        # query_only set: only then can SQLite clean up its -wal and -shm
        # files on close instead of leaving them beside the user's file.
        writable = os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)
        try:
            conn = _connect(path, "rw" if writable else "ro")
        except sqlite3.Error as exc:
            raise errors.FileUnreadable(path, str(exc)) from exc
        read_only = read_only or not writable
        try:
            if read_only:
                conn.execute("PRAGMA query_only = ON")
            version = cls._verify_connection(conn, path, migrations)
            if not read_only:
                cls._set_write_pragmas(conn)
        except sqlite3.Error as exc:
            conn.close()
            raise translate_sqlite_error(path, exc) from exc
        except errors.StorageError:
            conn.close()
            raise
        db = cls(conn, path, read_only=read_only)
        if version < len(migrations):
            if read_only:
                db.close()
                raise errors.ReadOnly(path, "needs an upgrade but is opened read-only")
            db._upgrade(version, migrations, backup_dir or path.parent)
        return db

    @staticmethod
    def _verify_connection(
        conn: sqlite3.Connection, path: Path, migrations: Sequence[Migration]
    ) -> int:
        (app_id,) = conn.execute("PRAGMA application_id").fetchone()
        if app_id != APPLICATION_ID:
            raise errors.ForeignDatabase(path, f"application_id {app_id:#x}")
        (version,) = conn.execute("PRAGMA user_version").fetchone()
        if version > len(migrations):
            raise errors.NewerSchema(path, version, len(migrations))
        if version < 1:
            raise errors.DamagedFile(path, "no schema")
        problems = [row[0] for row in conn.execute("PRAGMA quick_check")]
        if problems != ["ok"]:
            raise errors.DamagedFile(path, "; ".join(problems[:3]))
        tables = {
            row[0] for row in conn.execute("SELECT name FROM sqlite_schema WHERE type = 'table'")
        }
        expected = EXPECTED_TABLES.get(version, frozenset())
        if not expected <= tables:
            raise errors.DamagedFile(
                path, "tables missing: " + ", ".join(sorted(expected - tables))
            )
        return int(version)

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
        if path.exists() or path.is_symlink():
            raise errors.FileAlreadyExists(path)
        if not path.parent.is_dir():
            raise errors.WriteFailed(path, "folder does not exist")
        temp = sibling_temp_path(path)
        try:
            conn = _connect(temp, "rwc")
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
            raise errors.WriteFailed(path, exc.strerror or str(exc)) from exc
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

    def _upgrade(self, current: int, migrations: Sequence[Migration], backup_dir: Path) -> None:
        target = len(migrations)
        backup = backup_dir / (
            f"{self.path.stem}.before-v{target}-{timestamp_for_name()}{self.path.suffix}"
        )
        self.backup_to(backup)
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

    def backup_to(self, target: Path) -> None:
        """A consistent copy through the SQLite backup API, renamed into place whole."""
        target = Path(target)
        target.parent.mkdir(parents=True, exist_ok=True)
        temp = sibling_temp_path(target)
        try:
            dest = sqlite3.connect(temp, isolation_level=None)
            try:
                self._conn.backup(dest)
                dest.execute("PRAGMA journal_mode = DELETE")
                ok = dest.execute("PRAGMA quick_check").fetchone()[0] == "ok"
            finally:
                dest.close()
            if not ok:
                raise errors.WriteFailed(target, "backup failed verification")
            fsync_path(temp)
            os.replace(temp, target)
        except sqlite3.Error as exc:
            raise translate_sqlite_error(target, exc) from exc
        except OSError as exc:
            raise errors.WriteFailed(target, exc.strerror or str(exc)) from exc
        finally:
            remove_database_files(temp)

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
    return str(uuid.uuid4())
