"""Table-agnostic row operations, including deletes that can be undone.

A delete cascades through foreign keys (ON DELETE CASCADE) and clears others
(ON DELETE SET NULL). ``delete`` first records everything it is about to
remove or clear, so ``restore`` can put the very same rows back: same UUIDs,
same links. The tombstone triggers clear the tombstones on re-insert.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from storage.clock import now_iso
from storage.database import ForumDatabase
from storage.records import record
from storage.schema import TABLE_KEYS

KEYS: dict[str, tuple[str, ...]] = {k.table: k.columns for k in TABLE_KEYS}
_CHUNK = 400  # stays below SQLite's limit on bound parameters


def list_order(table: str, first: str = "position") -> str:
    """An ORDER BY for ``table``'s list: ``first``, then the row's key.

    The key, not the rowid, settles a tie of positions: two laptops that each
    add an item at the end give both the same position, and a merged file
    must list them in the same order whichever way round it was merged.
    Within one file a list's positions do not tie. Meetings are listed by
    date and start, which do tie (two made the same day): they keep the
    order they were made in, so ``first`` ends with rowid for them.
    """
    return ", ".join((first, *KEYS[table]))


@record
class ForeignKey:
    """A reference from one table's column to another table's id."""

    child_table: str
    child_column: str
    parent_column: str
    on_delete: str  # "CASCADE" or "SET NULL"


@dataclass
class Removal:
    """Everything one delete took away, in the order it must be put back."""

    rows: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    cleared: list[tuple[str, dict[str, Any], str, Any]] = field(default_factory=list)

    def tables(self) -> set[str]:
        return {table for table, _ in self.rows} | {table for table, *_ in self.cleared}


class RowStore:
    """Generic SELECT/INSERT/UPDATE/DELETE over the known tables."""

    def __init__(self, db: ForumDatabase) -> None:
        self.db = db
        self.columns: dict[str, tuple[str, ...]] = {}
        self.children: dict[str, list[ForeignKey]] = {table: [] for table in KEYS}
        for table in KEYS:
            info = db.query(f"PRAGMA table_info({table})")
            self.columns[table] = tuple(str(row["name"]) for row in info)
            for fk in db.query(f"PRAGMA foreign_key_list({table})"):
                self.children[str(fk["table"])].append(
                    ForeignKey(table, str(fk["from"]), str(fk["to"]), str(fk["on_delete"]))
                )

    def _check_columns(self, table: str, names: Iterable[str]) -> None:
        known = self.columns[table]
        unknown = [n for n in names if n not in known]
        if unknown:
            raise KeyError(f"{table} has no column {unknown[0]!r}")

    @staticmethod
    def _where(values: Mapping[str, Any]) -> tuple[str, list[Any]]:
        if not values:
            return "1", []
        clauses = [f'"{c}" IS ?' for c in values]
        return " AND ".join(clauses), list(values.values())

    def select(
        self, table: str, where: Mapping[str, Any] | None = None, order_by: str = "rowid"
    ) -> list[dict[str, Any]]:
        where = where or {}
        self._check_columns(table, where)
        clause, params = self._where(where)
        rows = self.db.query(f"SELECT * FROM {table} WHERE {clause} ORDER BY {order_by}", params)
        return [dict(row) for row in rows]

    def select_in(
        self, table: str, column: str, values: Iterable[Any], order_by: str = "rowid"
    ) -> list[dict[str, Any]]:
        """Rows whose ``column`` is one of ``values`` (one query per few hundred)."""
        self._check_columns(table, [column])
        wanted = list(values)
        found: list[dict[str, Any]] = []
        for start in range(0, len(wanted), _CHUNK):
            chunk = wanted[start : start + _CHUNK]
            marks = ", ".join("?" for _ in chunk)
            rows = self.db.query(
                f'SELECT * FROM {table} WHERE "{column}" IN ({marks}) ORDER BY {order_by}', chunk
            )
            found.extend(dict(row) for row in rows)
        return found

    def insert(self, table: str, values: Mapping[str, Any]) -> None:
        self._check_columns(table, values)
        names = ", ".join(f'"{c}"' for c in values)
        marks = ", ".join("?" for _ in values)
        self.db.execute(f"INSERT INTO {table} ({names}) VALUES ({marks})", list(values.values()))

    def update(self, table: str, key: Mapping[str, Any], values: Mapping[str, Any]) -> int:
        values = {**values, "updated_at": now_iso()}
        self._check_columns(table, [*key, *values])
        sets = ", ".join(f'"{c}" = ?' for c in values)
        clause, params = self._where(key)
        return self.db.execute(
            f"UPDATE {table} SET {sets} WHERE {clause}", [*values.values(), *params]
        )

    def next_position(self, table: str, scope: Mapping[str, Any]) -> int:
        clause, params = self._where(scope)
        row = self.db.query_one(f"SELECT max(position) FROM {table} WHERE {clause}", params)
        return 0 if row is None or row[0] is None else int(row[0]) + 1

    def delete(self, table: str, key: Mapping[str, Any]) -> Removal:
        """Delete one row and its dependants; return what undoes it."""
        removal = self.would_delete(table, key)
        if removal.rows:
            clause, params = self._where(key)
            self.db.execute(f"DELETE FROM {table} WHERE {clause}", params)
        return removal

    def would_delete(self, table: str, key: Mapping[str, Any]) -> Removal:
        """What deleting the row would take away, without deleting anything."""
        removal = Removal()
        roots = self.select(table, key)
        if roots:
            self._collect(table, roots, removal, set())
        return removal

    def _collect(
        self,
        table: str,
        rows: list[dict[str, Any]],
        removal: Removal,
        seen: set[tuple[str, tuple[Any, ...]]],
    ) -> None:
        fresh = []
        for row in rows:
            ident = (table, tuple(row[c] for c in KEYS[table]))
            if ident not in seen:
                seen.add(ident)
                removal.rows.append((table, row))
                fresh.append(row)
        if not fresh:
            return
        for fk in self.children[table]:
            parents = [row[fk.parent_column] for row in fresh]
            children = self._rows_referring(fk, parents)
            if fk.on_delete == "CASCADE":
                self._collect(fk.child_table, children, removal, seen)
            elif fk.on_delete == "SET NULL":
                for child in children:
                    child_key = {c: child[c] for c in KEYS[fk.child_table]}
                    removal.cleared.append(
                        (fk.child_table, child_key, fk.child_column, child[fk.child_column])
                    )

    def _rows_referring(self, fk: ForeignKey, values: list[Any]) -> list[dict[str, Any]]:
        return self.select_in(fk.child_table, fk.child_column, values)

    def restore(self, removal: Removal) -> None:
        """Put back what ``delete`` removed, in one transaction."""
        with self.db.transaction():
            # Rows come back parent-first except inside self-references
            # (causes under causes); deferring the checks covers those.
            self.db.execute("PRAGMA defer_foreign_keys = ON")
            stamp = now_iso()
            for table, row in removal.rows:
                self.insert(table, {**row, "updated_at": stamp})
            for table, key, column, value in removal.cleared:
                self.update(table, key, {column: value})
