"""Typed errors of the storage layer; the app turns them into sentences."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path


class StorageError(Exception):
    """Base of every refusal or failure concerning a forum file."""

    def __init__(self, path: Path, detail: str = "") -> None:
        super().__init__(f"{path}: {type(self).__name__}{': ' + detail if detail else ''}")
        self.path = path
        self.detail = detail


class FileMissing(StorageError):
    """The file to open does not exist."""


class FileAlreadyExists(StorageError):
    """A new file was asked for where one already exists."""


class EmptyFile(StorageError):
    """The file has zero bytes: never a forum file, never overwritten."""


class NotSqliteFile(StorageError):
    """The bytes are not an SQLite database at all (e.g. a renamed .docx)."""


class ForeignDatabase(StorageError):
    """An SQLite database that belongs to another program."""


class DamagedFile(StorageError):
    """Ours, but truncated or damaged (header, quick_check or tables wrong)."""


class NewerSchema(StorageError):
    """Written by a newer Samsyn; an older one must not touch it."""

    def __init__(self, path: Path, found: int, supported: int) -> None:
        super().__init__(path, f"schema {found} > {supported}")
        self.found = found
        self.supported = supported


class FileUnreadable(StorageError):
    """The operating system would not let us read the file."""


class IsFolder(FileUnreadable):
    """A folder was named where a forum file (existing or new) was meant."""


class WriteFailed(StorageError):
    """A write did not reach the file (disk full, I/O error, file gone)."""


class UncleanWhereReadOnly(FileUnreadable):
    """Its last session left unsaved edits in a ``-wal`` file that SQLite can
    only read where it may write: a folder or medium Samsyn cannot write to."""


class ReadOnly(StorageError):
    """An edit was attempted on a file opened read-only."""


class ConstraintViolation(StorageError):
    """The database refused a row (a bug or a race in the caller)."""


class FileGone(WriteFailed):
    """The open file was deleted, moved or replaced: an edit would be lost."""


class DiskFull(WriteFailed):
    """The disk (or the file's size limit) has no room for the edit."""


class Locked(StorageError):
    """Another Samsyn has the file open for editing: who, where and since when."""

    def __init__(
        self, path: Path, *, host: str, pid: int, app_name: str, since: datetime | None
    ) -> None:
        super().__init__(path, f"{host}, {pid}")
        self.host = host
        self.pid = pid
        self.app_name = app_name
        self.since = since  # when the lock was taken (the lock file's time), if known
