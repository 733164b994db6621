"""Writing a merge plan into the open forum file, inside the caller's transaction."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from typing import Any

from app.merging.plan import MergePlan
from app.merging.state import ForumState, Key, Row, tombstone_key
from storage.database import ForumDatabase
from storage.rows import KEYS, RowStore

# A "why?" cause that ends up under itself: two laptops each moved one cause
# under the other. Reported, never written.
_CAUSE_LOOP = """
WITH RECURSIVE up(start, id, steps) AS (
    SELECT id, parent_id, 1 FROM cause WHERE parent_id IS NOT NULL
    UNION ALL
    SELECT up.start, cause.parent_id, up.steps + 1
    FROM up JOIN cause ON cause.id = up.id
    WHERE cause.parent_id IS NOT NULL AND up.id <> up.start AND up.steps < 10000
)
SELECT 1 FROM up WHERE id = start LIMIT 1
"""


def _upsert(db: ForumDatabase, table: str, row: Row) -> None:
    columns = list(row)
    names = ", ".join(f'"{c}"' for c in columns)
    marks = ", ".join("?" for _ in columns)
    keys = KEYS[table]
    updates = ", ".join(f'"{c}" = excluded."{c}"' for c in columns if c not in keys)
    # An upsert, never INSERT OR REPLACE: a replace is a delete, and the
    # delete would cascade to the row's children.
    db.execute(
        f"INSERT INTO {table} ({names}) VALUES ({marks}) "
        f"ON CONFLICT ({', '.join(keys)}) DO UPDATE SET {updates}",
        [row[c] for c in columns],
    )


def _key_values(table: str, key: Key) -> Mapping[str, Any]:
    return dict(zip(KEYS[table], key, strict=True))


def apply_plan(
    db: ForumDatabase, store: RowStore, plan: MergePlan, target: ForumState, source: ForumState
) -> Counter[str]:
    """Write ``plan`` (``target`` is the file before it); the rows deleted, per table.

    Must run inside ``db.transaction()``, with foreign keys deferred: rows
    arrive table by table, and a "why?" cause may come before its parent.
    """
    for table in KEYS:
        for row in plan.writes[table].values():
            _upsert(db, table, row)
    deleted: Counter[str] = Counter()
    for table, key, when in plan.deletions:
        values = _key_values(table, key)
        removal = store.would_delete(table, values)
        if not removal.rows:
            continue  # went already, with a row it belonged to
        if max(str(row["updated_at"]) for _, row in removal.rows) > when:
            # Changed here after it was deleted there; a tie goes to the
            # deletion, both ways round.
            plan.count("kept", table)
            continue
        store.delete(table, values)
        deleted.update(table for table, _ in removal.rows)
    _record_deletions(store, target, source)
    return deleted


def _record_deletions(store: RowStore, target: ForumState, source: ForumState) -> None:
    """Carry the source's deletions on, so a later merge elsewhere applies them too.

    A deletion keeps its original time (the later one if both files deleted
    the row), not the time of this merge.
    """
    for ident, (table, when) in source.tombstones.items():
        key = tombstone_key(ident, table)
        if key is None:
            continue
        if store.select(table, _key_values(table, key)):
            continue
        earlier = target.tombstones.get(ident)
        stamp = max(when, earlier[1]) if earlier is not None else when
        store.db.execute(
            "INSERT INTO tombstone (id, entity, deleted_at) VALUES (?, ?, ?) "
            "ON CONFLICT (id) DO UPDATE SET entity = excluded.entity, "
            "deleted_at = excluded.deleted_at",
            (ident, table, stamp),
        )


def has_cause_loop(db: ForumDatabase) -> bool:
    return db.query_one(_CAUSE_LOOP) is not None
