"""One writer per forum file: a QLockFile beside it, ``NAME.lock``.

The lock says which computer and process hold the file, so a second Samsyn
can tell the user who has it open and offer it read-only. A lock left by a
process that died on this computer (a crash, ``kill -9``, a flat battery) is
stale: Qt recognises it from the process id and takes it over. A lock from
another computer can be alive, so it is only ever broken when the user says
so (``take_over``).
"""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QLockFile, QSysInfo

from storage import errors
from storage.records import record


@record
class LockHolder:
    """Who holds a forum file's lock, as written in the lock file."""

    host: str
    pid: int
    app_name: str
    since: datetime | None  # local time the lock was taken (the lock file's time)

    @property
    def this_process(self) -> bool:
        return self.pid == os.getpid() and self.host == QSysInfo.machineHostName()


def lock_path(forum_path: Path) -> Path:
    return Path(f"{Path(forum_path)}.lock")


class ForumLock:
    """The lock of one forum file; ``acquire`` before opening it for editing."""

    def __init__(self, forum_path: Path) -> None:
        self.forum_path = Path(forum_path)
        self.path = lock_path(self.forum_path)
        self._lock = QLockFile(str(self.path))
        # A document lock is held for hours: never "stale" because of its age,
        # only because its process is gone (Qt's advice for long-lived locks).
        self._lock.setStaleLockTime(0)

    @property
    def held(self) -> bool:
        return self._lock.isLocked()

    def acquire(self) -> None:
        """Take the lock, taking over a stale one.

        Raises storage Locked (with the holder) when a live Samsyn has it, and
        ReadOnly when no lock file can be made there (the folder is read-only:
        the file can only be opened read-only anyway).
        """
        if self._lock.isLocked():
            return
        if self._lock.tryLock(0):
            return
        self._raise_for(self._lock.error())

    def take_over(self) -> None:
        """Break the lock and take it; only when the user has agreed to.

        For a holder on another computer that is known to be gone. If the
        holder is in fact alive, both may write: the user was warned.
        """
        if self._lock.isLocked():
            return
        self._lock.removeStaleLockFile()
        if not self._lock.tryLock(0):
            self._raise_for(self._lock.error())

    def holder(self) -> LockHolder | None:
        """Who holds the lock now (None: nobody, or the lock file is unreadable)."""
        found, pid, host, app_name = _lock_info(self._lock)
        if not found:
            return None
        try:
            since: datetime | None = datetime.fromtimestamp(self.path.stat().st_mtime)
        except OSError:
            since = None
        return LockHolder(host, pid, app_name, since)

    def release(self) -> None:
        if self._lock.isLocked():
            self._lock.unlock()

    def _raise_for(self, error: QLockFile.LockError) -> None:
        if error == QLockFile.LockError.LockFailedError:
            holder = self.holder()
            if holder is None:  # released between the attempt and the look
                holder = LockHolder("", 0, "", None)
            raise errors.Locked(
                self.forum_path,
                host=holder.host,
                pid=holder.pid,
                app_name=holder.app_name,
                since=holder.since,
            )
        if error == QLockFile.LockError.PermissionError:
            raise errors.ReadOnly(self.forum_path, "no permission to create the lock file")
        raise errors.WriteFailed(self.forum_path, "the lock file could not be created")


def _lock_info(lock: QLockFile) -> tuple[bool, int, str, str]:
    """QLockFile.getLockInfo as (found, pid, host, app name); pid 0: no lock file."""
    pid, host, app_name = lock.getLockInfo()
    return bool(pid), int(pid), str(host), str(app_name)
