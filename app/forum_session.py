"""An open forum as the window holds it: the file, its lock and its backups.

    session = open_session(path)            # lock, open, backup on open
    timer.timeout.connect(session.tick)      # a QTimer, e.g. every 30 s
    ...
    session.close()                          # stops a running backup, unlocks

``open_session`` raises the storage errors ForumDatabase.open raises, plus
Locked when another live Samsyn edits the file (offer ``read_only=True``, or
``take_over_lock=True`` once the user confirms that holder is gone).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from app.backup_policy import AutoBackup, BackgroundBackup, store_for_db
from app.forum_file import ForumFile
from app.forum_lock import ForumLock
from app.services.changes import Change
from storage import errors
from storage.backups import BackupInfo, BackupStore
from storage.database import ForumDatabase


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
        """Start a backup on the worker thread (none if read-only or one is running)."""
        if self.backups is None or self._running is not None:
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
        """A backup before an import, merge or restore; blocks until it is stored."""
        if self.backups is None:
            raise errors.ReadOnly(self.forum.path, "read-only sessions take no backups")
        return self.backups.take(self.forum.db, reason)

    # -- closing -----------------------------------------------------------

    def close(self) -> None:
        """Stop a running backup, close the file, then release the lock."""
        if self._running is not None:
            self._running.cancel()
            self._running.wait()
            self._running = None
        self._unsubscribe()
        try:
            self.forum.close()
        finally:
            self.lock.release()

    def __enter__(self) -> ForumSession:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def open_session(
    path: Path,
    *,
    read_only: bool = False,
    take_over_lock: bool = False,
    backups_root: Path | None = None,
    clock: Callable[[], datetime] = _utc_now,
) -> ForumSession:
    """Lock ``path``, open it (backing it up before a migration), start the open backup.

    A folder where no lock file can be made opens the file read-only.
    ``backups_root`` replaces ``<AppDataLocation>/backups`` (tests).
    """
    path = Path(path)
    lock = ForumLock(path)
    if not read_only:
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
        forum = ForumFile.open(path, read_only=read_only, before_upgrade=before_upgrade)
    except BaseException:
        lock.release()
        raise
    if forum.read_only:
        lock.release()  # a read-only file (or folder) is not ours to guard
        return ForumSession(forum, lock, None, clock=clock)
    store = store_for_db(forum.db, backups_root)
    store.remember_source(path)
    session = ForumSession(forum, lock, store, clock=clock)
    session.start_backup("open")
    return session
