"""An open forum as the window holds it: the file, its lock and its backups.

    session = open_session(path)        # lock, open (backup before a migration),
                                        # then a backup "open" on a worker thread
                                        # (skipped when the newest one holds the same)
    finished = session.tick()           # from a QTimer, e.g. every 30 s: returns a
                                        # backup that just finished (check .error)
                                        # and starts an "auto" one when due (10 min
                                        # since the last, and the forum changed)
    session.backup_now("before-import") # blocking, before an import or merge
    session.backups.list()              # the restore dialog: newest first, counts
    session.close()                     # stops a running backup, unlocks

``open_session`` raises the storage errors ForumDatabase.open raises, plus
Locked when another live Samsyn edits the file (offer ``read_only=True``, or
``take_over_lock=True`` once the user confirms that holder is gone). For a
refused file, ``app.backup_policy.newest_good_backup_for(path)`` is the
backup to offer and ``restore_and_open`` restores it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from app.backup_policy import AutoBackup, BackgroundBackup, store_for_db
from app.forum_file import ForumFile
from app.forum_lock import ForumLock
from app.services.changes import Change
from storage import errors
from storage.backups import BackupInfo, BackupStore
from storage.database import ForumDatabase
from storage.opening import OpenAhead

if TYPE_CHECKING:
    from storage.restore import RestoreResult


def _utc_now() -> datetime:
    return datetime.now(UTC)


class ForumSession:
    """Built by ``open_session``; owns the ForumFile, the lock and the backup worker."""

    def __init__(
        self,
        forum: ForumFile,
        lock: ForumLock,
        backups: BackupStore | None,
        *,
        clock: Callable[[], datetime] = _utc_now,
    ) -> None:
        self.forum = forum
        self.lock = lock
        self.backups = backups  # None when read-only: only the writer takes backups
        self.auto = AutoBackup()
        self._clock = clock
        self._changed = False
        self._running: BackgroundBackup | None = None
        self._unsubscribe = forum.changes.subscribe(self._on_change)

    @property
    def read_only(self) -> bool:
        return self.forum.read_only

    @property
    def recovered_from_crash(self) -> bool:
        """The last session did not end cleanly; the file passed a full check.

        Only known by the writer: a leftover -wal is normal while another
        Samsyn edits the file.
        """
        return self.lock.held and self.forum.db.recovered_from_crash

    @property
    def running_backup(self) -> BackgroundBackup | None:
        return self._running

    def _on_change(self, _change: Change) -> None:
        self._changed = True

    # -- backups -----------------------------------------------------------

    def start_backup(self, reason: str = "auto") -> BackgroundBackup | None:
        """Start a backup on the worker thread.

        None if read-only, if one is running, or for "open" when the newest
        backup already holds what the file holds (a reopen, e.g. to switch
        language, must not push older, different backups out of the last 10).
        """
        if self.backups is None or self._running is not None:
            return None
        if reason == "open" and self.backups.newest_holds(self.forum.db):
            return None
        # Cleared before the snapshot: an edit made meanwhile marks it again.
        self._changed = False
        self.auto.started(self._clock())
        self._running = BackgroundBackup(self.backups, self.forum.path, reason).start()
        return self._running

    def tick(self) -> BackgroundBackup | None:
        """Drive automatic backups; call it from a QTimer.

        Returns a backup that has just finished (check its ``error``), and
        starts a new one when AutoBackup says one is due.
        """
        finished = None
        if self._running is not None and self._running.done():
            finished, self._running = self._running, None
            if finished.error is not None or finished.cancelled:
                self._changed = True  # try again after the interval
        if self._running is None and self.auto.due(self._clock(), self._changed):
            self.start_backup("auto")
        return finished

    def backup_now(self, reason: str) -> BackupInfo:
        """A backup before an import, merge or restore; blocks until it is stored.

        A running worker backup is cancelled first (``tick`` still returns
        it, cancelled): two backups at once could pick the same name and
        thin the folder under each other.
        """
        if self.backups is None:
            raise errors.ReadOnly(self.forum.path, "read-only sessions take no backups")
        if self._running is not None and not self._running.done():
            self._running.cancel()
            self._running.wait()
        return self.backups.take(self.forum.db, reason)

    # -- closing -----------------------------------------------------------

    def close(self, *, keep_lock: bool = False) -> ForumLock:
        """Stop a running backup, close the file, then release the lock.

        ``keep_lock=True`` keeps it held (returned) for ``restore_and_open``.
        """
        if self._running is not None:
            self._running.cancel()
            self._running.wait()
            self._running = None
        self._unsubscribe()
        try:
            self.forum.close()
        finally:
            if not keep_lock:
                self.lock.release()
        return self.lock

    def __enter__(self) -> ForumSession:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def open_session(
    path: Path,
    *,
    read_only: bool = False,
    take_over_lock: bool = False,
    lock: ForumLock | None = None,
    backups_root: Path | None = None,
    clock: Callable[[], datetime] = _utc_now,
    backup_on_open: bool = True,
    ahead: OpenAhead | None = None,
) -> ForumSession:
    """Lock ``path``, open it (backing it up before a migration), start the open backup.

    A folder where no lock file can be made opens the file read-only.
    ``lock``: one already held for ``path`` (from ``close(keep_lock=True)``).
    ``backups_root`` replaces ``<AppDataLocation>/backups`` (tests).
    ``backup_on_open=False``: the caller starts it, ``session.start_backup("open")``
    (the window does so after its first paint).
    ``ahead``: the file's checks, started earlier (``storage.opening.OpenAhead``).
    """
    path = Path(path)
    lock = lock if lock is not None else ForumLock(path)
    if not read_only and not lock.held:
        try:
            if take_over_lock:
                lock.take_over()
            else:
                lock.acquire()
        except errors.ReadOnly:
            read_only = True

    def before_upgrade(db: ForumDatabase) -> None:
        store = store_for_db(db, backups_root)
        store.remember_source(path)
        store.take(db, "before-migration")

    try:
        forum = ForumFile.open(
            path, read_only=read_only, before_upgrade=before_upgrade, ahead=ahead
        )
    except BaseException:
        lock.release()
        raise
    if forum.read_only:
        lock.release()  # a read-only file (or folder) is not ours to guard
        return ForumSession(forum, lock, None, clock=clock)
    try:
        store = store_for_db(forum.db, backups_root)
        store.remember_source(path)
        session = ForumSession(forum, lock, store, clock=clock)
        if backup_on_open:
            session.start_backup("open")
    except BaseException:
        try:
            forum.close()
        finally:
            lock.release()
        raise
    return session


def restore_and_open(
    path: Path,
    backup: BackupInfo,
    *,
    lock: ForumLock | None = None,
    backups_root: Path | None = None,
    clock: Callable[[], datetime] = _utc_now,
) -> tuple[ForumSession, RestoreResult]:
    """Restore ``backup`` over ``path`` (kept aside as ``NAME.damaged-…``) and open it.

    For a refused file: ``restore_and_open(path, newest_good_backup_for(path))``.
    For the open forum: ``lock = session.close(keep_lock=True)``, then pass
    ``lock``; if the restore fails, the file is as it was: reopen it with
    ``open_session(path, lock=lock)``. Raises Locked when another Samsyn
    holds ``path``.
    """
    path = Path(path)
    own_lock = lock is None
    held = lock if lock is not None else ForumLock(path)
    if not held.held:
        held.acquire()
    try:
        result = BackupStore(backup.path.parent).restore(backup, path)
    except BaseException:
        if own_lock:
            held.release()
        raise
    return open_session(path, lock=held, backups_root=backups_root, clock=clock), result
