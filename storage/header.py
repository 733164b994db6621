"""Reading the 100-byte SQLite header without opening the database.

Refusals (empty, not SQLite, another program's file, truncated) are decided
from these bytes alone, so a file we refuse is never handed to SQLite, which
could otherwise create a journal beside it or write to it.
"""

from __future__ import annotations

import struct
from pathlib import Path

from storage.records import record

MAGIC = b"SQLite format 3\x00"
HEADER_SIZE = 100


@record
class SqliteHeader:
    """What the first 100 bytes of an SQLite file say about it."""

    page_size: int
    page_count: int | None  # None when the header's count is not trustworthy
    user_version: int
    application_id: int
    wal_mode: bool


def starts_as_sqlite(path: Path) -> bool:
    """Whether the file at ``path`` begins with SQLite's magic; False when there
    is nothing to read there."""
    try:
        with path.open("rb") as stream:
            return stream.read(len(MAGIC)) == MAGIC
    except OSError:
        return False


def parse_header(data: bytes) -> SqliteHeader | None:
    """The header's facts, or None when the bytes are not an SQLite header."""
    if len(data) < HEADER_SIZE or not data.startswith(MAGIC):
        return None
    (raw_page_size,) = struct.unpack_from(">H", data, 16)
    page_size = 65536 if raw_page_size == 1 else raw_page_size
    if page_size < 512 or page_size & (page_size - 1):
        return None
    write_version, read_version = data[18], data[19]
    if write_version not in (1, 2) or read_version not in (1, 2):
        return None
    (change_counter,) = struct.unpack_from(">I", data, 24)
    (page_count,) = struct.unpack_from(">I", data, 28)
    (user_version,) = struct.unpack_from(">I", data, 60)
    (application_id,) = struct.unpack_from(">I", data, 68)
    (version_valid_for,) = struct.unpack_from(">I", data, 92)
    trusted_count = page_count if page_count and version_valid_for == change_counter else None
    return SqliteHeader(
        page_size=page_size,
        page_count=trusted_count,
        user_version=user_version,
        application_id=application_id,
        wal_mode=write_version == 2,
    )
