"""What a merge changes, decided before anything is written.

The rules, row by row (a row is keyed by its UUID, or a link by its pair):

- Only in the source: added, unless this file deleted it after the source
  last changed it (then it stays deleted).
- In both and different: the newer version wins, whole row (its
  ``updated_at``). An exchange document has no times, so this file's version
  stays.
- Deleted in the source: deleted here too, unless it, or anything the delete
  would take with it, changed here after the source deleted it (checked when
  the plan is applied, with the real cascade: app.merging.apply).
- A row the source changed after this file deleted something it belongs to
  brings that parent back from the source: work done on one laptop is never
  lost to a tidy-up on another. Otherwise a row that would belong to a
  deleted row is left out, and a reference to one is left empty, as the
  delete did here.
- A fishbone category with the name of one here is that category (names are
  unique in a forum), whatever its UUID.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from app.merging.state import ForumState, Key, Row, tombstone_id, tombstone_key
from storage.rows import KEYS, RowStore


@dataclass(frozen=True)
class Reference:
    """``table.column`` refers to a row of ``parent`` by its id."""

    table: str
    column: str
    parent: str
    on_delete: str  # "CASCADE" or "SET NULL"


def references_of(store: RowStore) -> list[Reference]:
    return [
        Reference(fk.child_table, fk.child_column, parent, fk.on_delete)
        for parent, fks in store.children.items()
        for fk in fks
    ]


@dataclass
class MergePlan:
    """Rows to write (insert or update, whole), deletions to try, and counts."""

    writes: dict[str, dict[Key, Row]] = field(default_factory=lambda: {t: {} for t in KEYS})
    deletions: list[tuple[str, Key, str]] = field(default_factory=list)  # table, key, when
    counts: Counter[str] = field(default_factory=Counter)
    added: Counter[str] = field(default_factory=Counter)  # per table


def _differs(here: Row, there: Row, *, ignore: tuple[str, ...]) -> bool:
    return any(here.get(c) != v for c, v in there.items() if c not in ignore)


def _ordering(row: Row) -> str:
    return repr(sorted((c, repr(v)) for c, v in row.items()))


def _same_categories(target: ForumState, source: ForumState) -> dict[str, str]:
    """Source category id -> this file's category id, for categories named alike."""
    here = {str(row["name"]): key[0] for key, row in target.rows["cause_category"].items()}
    mapped = {}
    for key, row in source.rows["cause_category"].items():
        own = here.get(str(row["name"]))
        if own is not None and own != key[0]:
            mapped[key[0]] = own
    return mapped


class _Planner:
    def __init__(self, target: ForumState, source: ForumState, refs: list[Reference]) -> None:
        self.target = target
        self.source = source
        self.refs = refs
        self.plan = MergePlan()
        self.merged = {table: dict(rows) for table, rows in target.rows.items()}
        self.held_back: dict[tuple[str, Key], Row] = {}  # deleted here, not written
        self.kinds: dict[tuple[str, Key], str] = {}  # written row -> what it counts as
        # An exchange document's list order stands for positions; gaps in this
        # file's numbering (after deletes) are no difference.
        self.ignored = ("updated_at",) if source.timed else ("updated_at", "position")

    def run(self) -> MergePlan:
        categories = _same_categories(self.target, self.source)
        for table in KEYS:
            for key, row in self.source.rows[table].items():
                if table == "cause_category" and key[0] in categories:
                    continue
                if table == "cause" and row.get("category_id") in categories:
                    row = {**row, "category_id": categories[row["category_id"]]}
                self._take(table, key, row)
        self._keep_category_names_unique()
        self._mend_references()
        self._plan_deletions()
        return self.plan

    def _take(self, table: str, key: Key, row: Row) -> None:
        here = self.target.rows[table].get(key)
        there_time = self.source.time_of(row)
        if here is not None:
            if not _differs(here, row, ignore=self.ignored):
                return
            if self._wins(there_time, row, here):
                self._write(table, key, row, "changed")
            else:
                self.plan.counts["kept"] += 1
            return
        deleted = self.target.tombstones.get(tombstone_id(key))
        if deleted is not None and not there_time > deleted[1]:
            self.held_back[(table, key)] = row
            self.plan.counts["stayed_deleted"] += 1
            return
        self._write(table, key, row, "added" if deleted is None else "restored")

    def _wins(self, there_time: str, there: Row, here: Row) -> bool:
        """The newer version wins. At the same time, the version that still has
        a reference the other lacks wins: a delete empties references (ON
        DELETE SET NULL) without changing the row's time, and the reference
        must survive when the delete does not. Otherwise the content decides,
        so merging either way round gives the same file."""
        here_time = str(here["updated_at"])
        if there_time != here_time or not self.source.timed:
            return there_time > here_time
        emptied_here = any(here.get(c) is None and v is not None for c, v in there.items())
        emptied_there = any(v is None and here.get(c) is not None for c, v in there.items())
        if emptied_here != emptied_there:
            return emptied_here
        return _ordering(there) > _ordering(here)

    def _write(self, table: str, key: Key, row: Row, kind: str | None = None) -> None:
        """``kind`` counts a new write; None rewrites one already planned."""
        self.merged[table][key] = row
        self.plan.writes[table][key] = row
        if kind is not None:
            self.kinds[(table, key)] = kind
            self.plan.counts[kind] += 1
            if kind == "added":
                self.plan.added[table] += 1

    def _unwrite(self, table: str, key: Key) -> None:
        """Back to this file's own row, or none."""
        row = self.plan.writes[table].pop(key)
        kind = self.kinds.pop((table, key))
        self.plan.counts[kind] -= 1
        if kind == "added":
            self.plan.added[table] -= 1
        here = self.target.rows[table].get(key)
        if here is not None:
            self.merged[table][key] = here
            self.plan.counts["kept"] += 1
        else:
            del self.merged[table][key]
            self.held_back[(table, key)] = row
            self.plan.counts["stayed_deleted"] += 1

    def _keep_category_names_unique(self) -> None:
        seen: dict[str, Key] = {}
        for key, row in sorted(self.merged["cause_category"].items()):
            name = str(row["name"])
            other = seen.setdefault(name, key)
            if other != key:  # a renamed category took the name of another: keep ours
                written = key if key in self.plan.writes["cause_category"] else other
                self._unwrite("cause_category", written)

    def _dangling(self) -> list[tuple[Reference, Key, Row]]:
        """Written rows that refer to a row the merged forum does not have."""
        found = []
        for ref in self.refs:
            for key, row in self.plan.writes[ref.table].items():
                value = row.get(ref.column)
                if value is not None and (str(value),) not in self.merged[ref.parent]:
                    found.append((ref, key, row))
        return found

    def _mend_references(self) -> None:
        """First bring back every parent that work done after its deletion needs;
        only then empty or leave out what still refers to a deleted row (a
        parent brought back later would have found its reference gone)."""
        restored = True
        while restored:
            restored = False
            for ref, _key, row in self._dangling():
                parent_key = (str(row[ref.column]),)
                parent = self.held_back.get((ref.parent, parent_key))
                if parent is not None and self._newer_than_delete(row, parent_key):
                    del self.held_back[(ref.parent, parent_key)]
                    self._restore(ref.parent, parent_key, parent)
                    restored = True
        dangling = self._dangling()
        while dangling:
            for ref, key, _row in dangling:
                if key not in self.plan.writes[ref.table]:
                    continue  # left out already, for another reference
                if ref.on_delete == "SET NULL":
                    current = self.plan.writes[ref.table][key]
                    self._write(ref.table, key, {**current, ref.column: None})
                else:
                    self._unwrite(ref.table, key)
            dangling = self._dangling()

    def _restore(self, table: str, key: Key, row: Row) -> None:
        """Bring back a row deleted here, with what its delete took along.

        What belonged to it (its causes, its links) went with it in one
        delete; a gap that comes back without its causes would be a
        different gap from the one the other laptop worked on.
        """
        self.plan.counts["stayed_deleted"] -= 1
        self._write(table, key, row, "restored")
        for ref in self.refs:
            if ref.parent != table or ref.on_delete != "CASCADE":
                continue
            for (child_table, child_key), child in list(self.held_back.items()):
                if child_table != ref.table or child.get(ref.column) != key[0]:
                    continue
                if self.held_back.pop((child_table, child_key), None) is not None:
                    self._restore(child_table, child_key, child)  # unless restored just now

    def _newer_than_delete(self, row: Row, parent_key: Key) -> bool:
        deleted = self.target.tombstones.get(tombstone_id(parent_key))
        return deleted is not None and self.source.time_of(row) > deleted[1]

    def _plan_deletions(self) -> None:
        for ident, (table, when) in self.source.tombstones.items():
            key = tombstone_key(ident, table)
            if key is None:
                continue
            row = self.merged[table].get(key)
            if row is None or key in self.plan.writes[table]:
                continue
            if str(row["updated_at"]) <= when:  # a tie goes to the deletion, both ways
                self.plan.deletions.append((table, key, when))
            else:
                self.plan.counts["kept"] += 1


def plan_merge(target: ForumState, source: ForumState, refs: list[Reference]) -> MergePlan:
    """What merging ``source`` into ``target`` writes; neither state is changed."""
    return _Planner(target, source, refs).run()
