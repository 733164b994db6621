"""The checks before a forum file is used, and a way to run them ahead of time.

``connect_verified`` is the part of ``ForumDatabase.open`` that only reads:
the header, a full ``integrity_check`` after an unclean end, then a connection
that passed ``quick_check``. ``OpenAhead`` runs it on a worker thread while
the program is still starting: SQLite releases the GIL while it checks, so the
check overlaps the window's imports instead of following them (issue 6).
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Sequence
from pathlib import Path

from storage import errors
from storage.checks import (
    check_file,
    connect,
    has_leftover_wal,
    translate_sqlite_error,
    verify_connection,
)
from storage.files import file_identity, writable_here
from storage.schema import MIGRATIONS, Migration


class Verified:
    """A connection to a file that passed the checks; nothing was written to it."""

    __slots__ = ("conn", "version", "unclean", "read_only")

    def __init__(self, conn: sqlite3.Connection, version: int, unclean: bool, read_only: bool):
        self.conn = conn
        self.version = version  # the schema version the file has
        self.unclean = unclean  # its last session did not end cleanly (and it passed)
        self.read_only = read_only  # asked for, or the file or its folder is not writable


def connect_verified(
    path: Path, *, read_only: bool = False, migrations: Sequence[Migration] = MIGRATIONS
) -> Verified:
    """Check ``path`` and connect to it, refusing anything that is not a forum file.

    A refused file is never written to: the checks run from its header and
    then on a connection that has issued no write. A non-empty ``-wal`` left
    by a session that did not end cleanly first gets a full
    ``integrity_check`` on a read-only connection (which never checkpoints),
    so a damaged file and its ``-wal`` stay as they were.
    """
    check_file(path, migrations)
    unclean = has_leftover_wal(path)
    writable = writable_here(path)
    if unclean:
        _check_whole_file(path, migrations, writable=writable)
    # Read-only use of a writable file still opens it read-write, with
    # query_only set: only then can SQLite clean up its -wal and -shm
    # files on close instead of leaving them beside the user's file.
    try:
        conn = connect(path, "rw" if writable else "ro")
        if not writable and not unclean and not _readable(conn):
            conn.close()
            # A write-protected stick or share: SQLite cannot make the -shm
            # file WAL mode needs. Nobody can be writing the file there (a
            # live writer keeps an -shm, which plain read-only use shares),
            # so it is read as immutable, without locks or -shm.
            conn = connect(path, "ro", immutable=True)
    except sqlite3.Error as exc:
        raise errors.FileUnreadable(path, str(exc)) from exc
    read_only = read_only or not writable
    try:
        if read_only:
            conn.execute("PRAGMA query_only = ON")
        version = verify_connection(conn, path, migrations)
    except sqlite3.Error as exc:
        conn.close()
        raise translate_sqlite_error(path, exc) from exc
    except errors.StorageError:
        conn.close()
        raise
    return Verified(conn, version, unclean, read_only)


def _no_shm_here(exc: sqlite3.Error) -> bool:
    """SQLite could neither open the file's -shm nor make one (a read-only place)."""
    return exc.sqlite_errorcode & 0xFF in (sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_READONLY)


def _readable(conn: sqlite3.Connection) -> bool:
    """False when SQLite cannot read the file for want of an -shm. Any other
    problem is left to the verification that follows, which names it."""
    try:
        conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()
    except sqlite3.Error as exc:
        return not _no_shm_here(exc)
    return True


def _check_whole_file(path: Path, migrations: Sequence[Migration], *, writable: bool) -> None:
    """Full integrity_check on a read-only connection: it never checkpoints."""
    try:
        conn = connect(path, "ro")
    except sqlite3.Error as exc:
        raise errors.FileUnreadable(path, str(exc)) from exc
    try:
        verify_connection(conn, path, migrations, full=True)
    except sqlite3.Error as exc:
        if not writable and _no_shm_here(exc):  # beside the -wal, and none can be made
            raise errors.UncleanWhereReadOnly(path, str(exc)) from exc
        raise translate_sqlite_error(path, exc) from exc
    finally:
        conn.close()


class OpenAhead:
    """``connect_verified(path)`` on a worker thread, started before it is needed.

    ``take`` hands its connection to the one opening the same file in the
    same mode, once. Anything else (another file or mode, a refusal, a second
    call) gets None and opens the file itself, so a refusal is always decided,
    and raised, by that open. ``discard`` closes a connection nobody took.
    """

    def __init__(self, path: Path, *, read_only: bool = False) -> None:
        self.path = Path(path)
        self.read_only = read_only
        self._result: Verified | None = None
        self._identity: tuple[int, int] | None = None  # the file the connection reads
        self._thread = threading.Thread(target=self._run, name="samsyn-open-ahead", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            before = file_identity(self.path)
            result = connect_verified(self.path, read_only=self.read_only)
        except (errors.StorageError, sqlite3.Error, OSError):
            return  # the open that follows decides, and says why
        # Replaced while connecting (a rename over it): the connection may read
        # the old file, so it is not offered.
        if before is None or file_identity(self.path) != before:
            result.conn.close()
            return
        self._result, self._identity = result, before

    def take(
        self, path: Path, *, read_only: bool, migrations: Sequence[Migration]
    ) -> Verified | None:
        """The verified connection for opening ``path``, or None: then open it yourself."""
        self._thread.join()
        result, self._result = self._result, None  # taken or closed: offered once
        if result is None:
            return None
        if (
            read_only != self.read_only
            or migrations is not MIGRATIONS
            or file_identity(path) != self._identity
        ):
            result.conn.close()
            return None
        return result

    def discard(self) -> None:
        """Close the connection if nobody took it; the thread is done afterwards."""
        self._thread.join()
        result, self._result = self._result, None
        if result is not None:
            result.conn.close()
