"""A forum's rows as the merge compares them: by table, by key, with tombstones.

Both sides of a merge are read whole into memory: a forum file holds some
thousands of rows, and comparing in Python keeps the rules in one readable
place (app.merging.plan).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from app.exchange.reader import ForumRows
from storage.database import ForumDatabase
from storage.rows import KEYS

Row = dict[str, Any]
Key = tuple[str, ...]

# "Older than every edit": the time of a row whose source cannot say when it
# was changed (an exchange document carries no timestamps).
UNKNOWN_TIME = ""


def tombstone_id(key: Key) -> str:
    """The tombstone table's id for a key (storage.schema.TableKey.tombstone_id)."""
    return "/".join(key)


def tombstone_key(ident: str, table: str) -> Key | None:
    """The key a tombstone stands for; None for one of no table Samsyn knows."""
    key = tuple(ident.split("/"))
    return key if table in KEYS and len(key) == len(KEYS[table]) else None


@dataclass
class ForumState:
    """Every row of one forum, and what was deleted from it and when.

    ``timed`` is False for an exchange document: its rows have no times of
    their own, so they never count as newer than anything, and it carries no
    deletions.
    """

    rows: dict[str, dict[Key, Row]] = field(default_factory=lambda: {t: {} for t in KEYS})
    tombstones: dict[str, tuple[str, str]] = field(default_factory=dict)  # id -> (table, when)
    timed: bool = True

    def time_of(self, row: Row) -> str:
        return str(row["updated_at"]) if self.timed else UNKNOWN_TIME

    def forum_id(self) -> str | None:
        return next((key[0] for key in self.rows["forum"]), None)

    def add(self, table: str, row: Row) -> None:
        self.rows[table][tuple(str(row[c]) for c in KEYS[table])] = row


def read_state(db: ForumDatabase) -> ForumState:
    """Everything in ``db``, as the open connection sees it (inside a transaction too)."""
    state = ForumState()
    for table in KEYS:
        for row in db.query(f"SELECT * FROM {table}"):
            state.add(table, dict(row))
    for row in db.query("SELECT id, entity, deleted_at FROM tombstone"):
        state.tombstones[str(row["id"])] = (str(row["entity"]), str(row["deleted_at"]))
    return state


# What a row from an exchange document is stamped with when it is written: older
# than any edit, so the group's own file, merged later, still wins with its
# real edits (the reader's stamp, the time of reading, would beat them).
UNKNOWN_STAMP = "1970-01-01T00:00:00.000Z"


def state_of_exchange(rows: ForumRows) -> ForumState:
    state = ForumState(timed=False)
    for table, table_rows in rows.tables.items():
        for row in table_rows:
            state.add(table, {**row, "updated_at": UNKNOWN_STAMP})
    return state
