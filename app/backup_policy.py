"""Where each forum's backups live, when the automatic ones are due, and the
worker thread that takes them without holding up captures.

Backups live in ``<AppDataLocation>/backups/<forum id>/``: the forum id comes
from the file's forum row, so a renamed or moved file keeps its history. (A
copy made with "Spara en kopia" has the same id and shares the folder.) A
file too damaged to read its id is matched through the folder's
``sources.txt``, the paths its backups were taken from.
"""

from __future__ import annotations

import re
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QStandardPaths

from storage import errors
from storage.backups import BackupInfo, BackupStore
from storage.copies import STEP_PAGES, CopyCancelled
from storage.database import ForumDatabase

AUTO_INTERVAL = timedelta(minutes=10)
_SAFE_ID = re.compile(r"^[A-Za-z0-9-]{1,64}$")


def backups_root() -> Path:
    """``<AppDataLocation>/backups`` of the installed application."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base) / "backups"


def forum_id(db: ForumDatabase) -> str:
    row = db.query_one("SELECT id FROM forum LIMIT 1")
    return str(row[0]) if row is not None else ""


def store_for_forum(identifier: str, root: Path | None = None) -> BackupStore:
    """The backups of the forum with this id (a UUID; anything else is made safe)."""
    if not _SAFE_ID.match(identifier):
        identifier = "forum-" + "".join(c if c.isalnum() else "_" for c in identifier)[:48]
    return BackupStore((root or backups_root()) / identifier)


def store_for_db(db: ForumDatabase, root: Path | None = None) -> BackupStore:
    return store_for_forum(forum_id(db), root)


def store_for_file(path: Path, root: Path | None = None) -> BackupStore | None:
    """The backups taken from the forum file at ``path``, found without opening it.

    For a file that was refused (damaged, emptied): the folder whose
    ``sources.txt`` lists this path; among several, the one with the newest
    backup.
    """
    wanted = str(Path(path).resolve())
    try:
        folders = [f for f in (root or backups_root()).iterdir() if f.is_dir()]
    except OSError:
        return None
    stores = [BackupStore(f) for f in folders]
    matching = [s for s in stores if wanted in s.sources_text()]

    def newest(store: BackupStore) -> datetime:
        # A folder without backups yet (sources.txt is written at open) ranks last.
        return store.newest_taken_at() or datetime.min.replace(tzinfo=UTC)

    return max(matching, key=newest, default=None)


def newest_good_backup_for(path: Path, root: Path | None = None) -> BackupInfo | None:
    """What the window offers when ``path`` is refused: its newest good backup."""
    store = store_for_file(path, root)
    return store.newest_good() if store is not None else None


class AutoBackup:
    """Automatic backups: at most one per ``interval``, and only after a change."""

    def __init__(self, interval: timedelta = AUTO_INTERVAL) -> None:
        self.interval = interval
        self.last_started: datetime | None = None

    def due(self, now: datetime, changed_since_last: bool) -> bool:
        if not changed_since_last:
            return False
        return self.last_started is None or now - self.last_started >= self.interval

    def started(self, at: datetime) -> None:
        self.last_started = at


class BackgroundBackup:
    """One backup taken on a worker thread through a connection of its own.

    The worker copies a consistent snapshot in small steps; SQLite releases
    the GIL while it copies, so the window's thread goes on capturing. Poll
    ``done()`` (from a QTimer); then ``info`` or ``error`` says how it went.
    ``cancel()`` and ``wait()`` before the forum is closed.
    """

    def __init__(
        self, store: BackupStore, source: Path, reason: str, *, pages: int = STEP_PAGES
    ) -> None:
        self.store = store
        self.source = Path(source)
        self.reason = reason
        self.pages = pages
        self.info: BackupInfo | None = None
        self.error: errors.StorageError | None = None
        self.cancelled = False
        self.copied_pages = 0
        self.total_pages = 0
        self._stop = threading.Event()
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._run, name="samsyn-backup")

    def start(self) -> BackgroundBackup:
        self._thread.start()
        return self

    def _progress(self, copied: int, total: int) -> None:
        self.copied_pages, self.total_pages = copied, total

    def _run(self) -> None:
        try:
            self.info = self.store.take_from_file(
                self.source,
                self.reason,
                pages=self.pages,
                should_stop=self._stop.is_set,
                progress=self._progress,
            )
        except CopyCancelled:
            self.cancelled = True
        except errors.StorageError as exc:
            self.error = exc if exc.path == self.source else _backup_folder_problem(exc, self.store)
        except Exception as exc:  # a worker reports every failure, never dies silently
            self.error = errors.WriteFailed(self.store.folder, str(exc))
        finally:
            self._done.set()

    def done(self) -> bool:
        return self._done.is_set()

    def cancel(self) -> None:
        self._stop.set()

    def wait(self, timeout: float | None = None) -> bool:
        """True once the worker has finished (it always finishes: cancel makes it quick)."""
        if self._thread.is_alive():
            self._thread.join(timeout)
        return self.done()


# Kinds that say what went wrong in the backup folder; any other becomes WriteFailed.
_FOLDER_KINDS: tuple[type[errors.StorageError], ...] = (
    errors.DiskFull,
    errors.ReadOnly,
    errors.WriteFailed,
)


def _backup_folder_problem(exc: errors.StorageError, store: BackupStore) -> errors.StorageError:
    """A failure that is not the forum's (the copy's target): named by the backup folder.

    Problems of the forum itself (DamagedFile, FileUnreadable) name the forum
    file and are reported as they are, so the window can tell "your file is
    damaged" from "the backup could not be written".
    """
    kind = next((k for k in _FOLDER_KINDS if type(exc) is k), errors.WriteFailed)
    problem = kind(store.folder, exc.detail)
    problem.__cause__ = exc
    return problem
