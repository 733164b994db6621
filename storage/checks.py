"""Is this file a healthy forum file? Decided without writing to it.

``check_file`` reads the 100-byte header only; ``verify_connection`` asks an
open connection (application_id, schema version, ``quick_check``, tables);
``verify_copy`` does both on a finished copy through a read-only connection.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Sequence
from pathlib import Path

from storage import errors
from storage.header import parse_header
from storage.schema import APPLICATION_ID, EXPECTED_TABLES, MIGRATIONS, Migration


def connect(path: Path, mode: str, *, immutable: bool = False) -> sqlite3.Connection:
    """A connection with Samsyn's safety pragmas; ``mode`` is 'ro', 'rw' or 'rwc'.

    ``immutable``: SQLite takes no locks and needs no ``-shm`` file; only for a
    read-only file that nobody can change (see storage.opening).
    """
    uri = f"{path.resolve().as_uri()}?mode={mode}{'&immutable=1' if immutable else ''}"
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
    if isinstance(exc, sqlite3.OperationalError) and "full" in text:
        return errors.DiskFull(path, str(exc))  # SQLITE_FULL: "database or disk is full"
    return errors.WriteFailed(path, str(exc))


def check_file(path: Path, migrations: Sequence[Migration] = MIGRATIONS) -> int:
    """Refuse what is not a healthy forum file, from its bytes alone.

    Returns the schema version the header reports. Nothing is written.
    """
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise errors.IsFolder(path)
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
    # A session killed mid-checkpoint leaves page 1 (with the new page count)
    # written and later pages not yet: the -wal still holds them all, and
    # SQLite completes the file from it. Then only the full check can judge.
    if not has_leftover_wal(path):
        if size % header.page_size:
            raise errors.DamagedFile(path, "size is not a whole number of pages")
        if header.page_count is not None and size < header.page_count * header.page_size:
            raise errors.DamagedFile(path, "truncated")
    if header.user_version > len(migrations):
        raise errors.NewerSchema(path, header.user_version, len(migrations))
    return header.user_version


def has_leftover_wal(path: Path) -> bool:
    """A non-empty ``-wal`` beside a closed file: its last session did not end cleanly."""
    try:
        return os.path.getsize(f"{path}-wal") > 0
    except OSError:
        return False


def verify_connection(
    conn: sqlite3.Connection,
    path: Path,
    migrations: Sequence[Migration] = MIGRATIONS,
    *,
    full: bool = False,
) -> int:
    """The schema version, or the refusal; ``full`` runs ``integrity_check``."""
    (app_id,) = conn.execute("PRAGMA application_id").fetchone()
    if app_id != APPLICATION_ID:
        raise errors.ForeignDatabase(path, f"application_id {app_id:#x}")
    (version,) = conn.execute("PRAGMA user_version").fetchone()
    if version > len(migrations):
        raise errors.NewerSchema(path, version, len(migrations))
    if version < 1:
        raise errors.DamagedFile(path, "no schema")
    pragma = "integrity_check" if full else "quick_check"
    problems = [str(row[0]) for row in conn.execute(f"PRAGMA {pragma}")]
    if problems != ["ok"]:
        raise errors.DamagedFile(path, "; ".join(problems[:3]))
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_schema WHERE type = 'table'")}
    expected = EXPECTED_TABLES.get(version, frozenset())
    if not expected <= tables:
        raise errors.DamagedFile(path, "tables missing: " + ", ".join(sorted(expected - tables)))
    return int(version)


def verify_file(path: Path, *, full: bool = False) -> int:
    """Header and contents of a file nobody is writing (a copy or a backup).

    Opens it read-only, so a refused file stays as it was. Returns its schema
    version; raises the typed refusal otherwise.
    """
    check_file(path)
    try:
        conn = connect(path, "ro")
    except sqlite3.Error as exc:
        raise errors.FileUnreadable(path, str(exc)) from exc
    try:
        return verify_connection(conn, path, full=full)
    except sqlite3.Error as exc:
        raise translate_sqlite_error(path, exc) from exc
    finally:
        conn.close()
