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
  brings that parent back from the source (and its parent, and so on): work
  done on one laptop is never lost to a tidy-up on another. What else the
  delete took stays deleted, row by row. Otherwise a row that would belong
  to a deleted row is left out, and a reference to one is left empty, as
  the delete did here.
- A new fishbone category with the name of one here is that category (names
  are unique in a forum).
"""

from __future__ import annotations

from collections import Counter, defaultdict
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
    # Outcome ("added", "changed", "kept", ...) -> rows per table.
    by_table: defaultdict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))

    def count(self, outcome: str, table: str, n: int = 1) -> None:
        self.by_table[outcome][table] += n


def _differs(here: Row, there: Row, *, ignore: tuple[str, ...]) -> bool:
    return any(here.get(c) != v for c, v in there.items() if c not in ignore)


def _ordering(row: Row) -> str:
    return repr(sorted((c, repr(v)) for c, v in row.items()))


class _Planner:
    def __init__(self, target: ForumState, source: ForumState, refs: list[Reference]) -> None:
        self.target = target
        self.source = source
        self.refs = refs
        self.plan = MergePlan()
        self.merged = {table: dict(rows) for table, rows in target.rows.items()}
        self.held_back: dict[tuple[str, Key], Row] = {}  # deleted here, not written
        self.kinds: dict[tuple[str, Key], str] = {}  # written row -> what it counts as
        self.needed: dict[tuple[str, Key], str] = {}  # restored row -> newest work needing it
        self.same_category: dict[str, str] = {}  # category id there -> same-named one here
        # An exchange document's list order stands for positions; gaps in this
        # file's numbering (after deletes) are no difference.
        self.ignored = ("updated_at",) if source.timed else ("updated_at", "position")

    def run(self) -> MergePlan:
        for table in KEYS:
            if table == "cause":  # after the categories, before what files causes under them
                self._settle_category_names()
            for key, row in self.source.rows[table].items():
                if table == "cause" and row.get("category_id") in self.same_category:
                    row = {**row, "category_id": self.same_category[row["category_id"]]}
                self._take(table, key, row)
        self._mend_references()
        self._drop_writes_that_change_nothing()
        self._plan_deletions()
        return self.plan

    def _drop_writes_that_change_nothing(self) -> None:
        """A newer row whose only difference was a reference to a row deleted
        here ends, once mended, as this file has it: nothing to write or report."""
        for table, writes in self.plan.writes.items():
            for key, row in list(writes.items()):
                here = self.target.rows[table].get(key)
                if here is not None and not _differs(here, row, ignore=self.ignored):
                    del writes[key]
                    self.plan.count(self.kinds.pop((table, key)), table, -1)

    def _take(self, table: str, key: Key, row: Row) -> None:
        here = self.target.rows[table].get(key)
        there_time = self.source.time_of(row)
        if here is not None:
            if not _differs(here, row, ignore=self.ignored):
                return
            if self._wins(there_time, row, here):
                self._write(table, key, row, "changed")
            else:
                self.plan.count("kept", table)
            return
        deleted = self.target.tombstones.get(tombstone_id(key))
        if deleted is not None and not there_time > deleted[1]:
            self.held_back[(table, key)] = row
            self.plan.count("stayed_deleted", table)
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
            self.plan.count(kind, table)

    def _unwrite(self, table: str, key: Key) -> None:
        """Back to this file's own row, or none."""
        row = self.plan.writes[table].pop(key)
        kind = self.kinds.pop((table, key))
        self.plan.count(kind, table, -1)
        here = self.target.rows[table].get(key)
        if here is not None:
            self.merged[table][key] = here
            self.plan.count("kept", table)
        else:
            del self.merged[table][key]
            if kind == "restored":
                self.held_back[(table, key)] = row
                self.plan.count("stayed_deleted", table)
            else:
                self.plan.count("left_out", table)  # new there, but its parent is gone here

    def _settle_category_names(self) -> None:
        """Category names are unique in a forum. A category new there with the
        name of one here is that one; a rename there to a name taken here
        keeps this file's name."""
        by_name: dict[str, Key] = {}
        for key, row in sorted(self.merged["cause_category"].items()):
            other = by_name.setdefault(str(row["name"]), key)
            if other == key:
                continue
            new, kept = (key, other) if self.kinds.get(("cause_category", key)) else (other, key)
            same = self.kinds.get(("cause_category", new)) == "added"
            self._unwrite("cause_category", new)
            if same:
                self.same_category[new[0]] = kept[0]
                # Not left out: it is the same category.
                self.plan.count("left_out", "cause_category", -1)
            by_name[str(row["name"])] = kept

    def _written_references(self) -> list[tuple[Reference, Key, Row, Key]]:
        """(reference, row key, row, key of the row referred to) of every written row
        whose reference is set; a list, as callers write while they go through it."""
        return [
            (ref, key, row, (str(row[ref.column]),))
            for ref in self.refs
            for key, row in self.plan.writes[ref.table].items()
            if row.get(ref.column) is not None
        ]

    def _dangling(self) -> list[tuple[Reference, Key, Row, Key]]:
        """Written rows that refer to a row the merged forum does not have."""
        return [r for r in self._written_references() if r[3] not in self.merged[r[0].parent]]

    def _mend_references(self) -> None:
        """First bring back every parent that work done after its deletion needs;
        only then empty or leave out what still refers to a deleted row (a
        parent brought back later would have found its reference gone)."""
        while self._bring_back_needed_parents():
            pass
        dangling = self._dangling()
        while dangling:
            for ref, key, _row, _parent in dangling:
                if key not in self.plan.writes[ref.table]:
                    continue  # left out already, for another reference
                if ref.on_delete == "SET NULL":
                    current = self.plan.writes[ref.table][key]
                    self._write(ref.table, key, {**current, ref.column: None})
                else:
                    self._unwrite(ref.table, key)
            dangling = self._dangling()

    def _bring_back_needed_parents(self) -> bool:
        """One pass; True when a parent came back or learnt of newer work under it.

        A row brought back counts as changed as late as the newest work that
        needed it, so a new "why?" under a cause deleted with its parent
        brings back the whole chain up to the row that was deleted.
        """
        changed = False
        for ref, key, row, parent_key in self._written_references():
            when, needed = self._worked_on(ref.table, key, row), (ref.parent, parent_key)
            if parent_key in self.merged[ref.parent]:
                if self.kinds.get(needed) == "restored" and when > self.needed.get(needed, ""):
                    self.needed[needed] = when
                    changed = True
                continue
            parent = self.held_back.get(needed)
            deleted = self.target.tombstones.get(tombstone_id(parent_key))
            if parent is not None and deleted is not None and when > deleted[1]:
                del self.held_back[needed]
                self.plan.count("stayed_deleted", ref.parent, -1)
                self._write(ref.parent, parent_key, parent, "restored")
                self.needed[needed] = when
                changed = True
        return changed

    def _worked_on(self, table: str, key: Key, row: Row) -> str:
        """When the source last worked on the row or on anything that needs it."""
        return max(self.source.time_of(row), self.needed.get((table, key), ""))

    def _plan_deletions(self) -> None:
        for ident, (table, when) in self.source.tombstones.items():
            key = tombstone_key(ident, table)
            if key is None:
                continue
            if key in self.merged[table] and key not in self.plan.writes[table]:
                # Whether it goes is decided on the file, with its whole cascade.
                self.plan.deletions.append((table, key, when))


def plan_merge(target: ForumState, source: ForumState, refs: list[Reference]) -> MergePlan:
    """What merging ``source`` into ``target`` writes; neither state is changed."""
    return _Planner(target, source, refs).run()
