"""Merging forum files captured on several laptops back into one.

    results = merge_files(target, [group1, group2])  # *.samsyn or exchange JSON

Every source is read and checked before the target is touched; the target
gets a "before-merge" backup, then all sources go in within one transaction:
the file is merged whole or not at all. The rules: app.merging.plan.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from app.backup_policy import forum_id
from app.errors import ExchangeError, RuleViolation
from app.merging.apply import apply_plan, has_cause_loop
from app.merging.plan import plan_merge, references_of
from app.merging.state import ForumState, read_state, state_of_exchange
from storage import errors as storage_errors
from storage.database import ForumDatabase
from storage.files import NOT_WRITABLE_HERE
from storage.header import MAGIC
from storage.rows import RowStore

if TYPE_CHECKING:
    from app.forum_lock import ForumLock


@dataclass
class MergeResult:
    """What one source changed in the target."""

    source: Path
    # Outcome ("added", "changed", "deleted", "kept", ...) -> rows per table.
    by_table: dict[str, Counter[str]] = field(default_factory=dict)
    timed: bool = True  # False for an exchange document: it cannot say what is newer

    def rows(self, outcome: str) -> Counter[str]:
        """Rows per table with this outcome."""
        return self.by_table.get(outcome, Counter())

    @property
    def counts(self) -> Counter[str]:
        """Rows per outcome, all tables together."""
        return Counter({outcome: rows.total() for outcome, rows in self.by_table.items()})

    @property
    def added(self) -> Counter[str]:
        return self.rows("added")

    @property
    def deleted(self) -> Counter[str]:
        return self.rows("deleted")

    @property
    def changed_anything(self) -> bool:
        return any(self.counts[k] for k in ("added", "changed", "deleted", "restored"))


@dataclass
class Source:
    path: Path
    state: ForumState


def _is_exchange_document(path: Path) -> bool:
    """A .json file or text that starts like JSON, and not SQLite whatever its name.

    Anything else goes the forum file's way, whose checks say what an empty,
    cut-off or foreign file is; the JSON reader would only say "not JSON".
    """
    try:
        with path.open("rb") as stream:
            head = stream.read(64)
    except OSError:
        return False  # the forum file's open says why it cannot be read
    if head.startswith(MAGIC):
        return False
    return path.suffix.lower() == ".json" or head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{")


def read_source(path: Path) -> Source:
    """A forum file (read-only) or an exchange document, whole and checked."""
    from app.exchange.files import load_exchange_file

    path = Path(path)
    if not path.exists():
        raise storage_errors.FileMissing(path)
    if not _is_exchange_document(path):
        with ForumDatabase.open(path, read_only=True) as db:
            return Source(path, read_state(db))
    try:
        return Source(path, state_of_exchange(load_exchange_file(path)))
    except ExchangeError as exc:
        exc.source = path
        raise


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def merge_into(db: ForumDatabase, sources: Sequence[Source]) -> list[MergeResult]:
    """Merge ``sources`` into the open ``db``, in one transaction; nothing on refusal.

    The sources are of the same forum as ``db`` (merge_sources checks that
    before its backup).
    """
    store = RowStore(db)
    try:
        return _merge_all(db, store, sources)
    except storage_errors.ConstraintViolation:
        # A schema rule the plan does not check itself (a "why?" cause in
        # its parent's gap): the transaction was undone, the file is as it was.
        raise RuleViolation("merge_conflict", ", ".join(s.path.name for s in sources)) from None


def _merge_all(db: ForumDatabase, store: RowStore, sources: Sequence[Source]) -> list[MergeResult]:
    refs = references_of(store)
    results = []
    with db.transaction():
        db.execute("PRAGMA defer_foreign_keys = ON")
        for source in sources:
            target = read_state(db)
            plan = plan_merge(target, source.state, refs)
            deleted = apply_plan(db, store, plan, target, source.state)
            outcomes = {kind: +rows for kind, rows in plan.by_table.items()}
            result = MergeResult(
                source.path, {**outcomes, "deleted": deleted}, timed=source.state.timed
            )
            results.append(result)
            if has_cause_loop(db):  # named by the file whose changes closed the loop
                raise RuleViolation("merge_conflict", source.path.name)
        if db.foreign_key_problems():
            raise RuleViolation("merge_conflict", ", ".join(s.path.name for s in sources))
    return results


def _check_same_forum(sources: Sequence[Source], forum_id: str | None) -> None:
    for source in sources:
        if source.state.forum_id() != forum_id:
            raise RuleViolation("merge_other_forum", source.path.name)


def prepare_sources(
    target: Path, paths: Sequence[Path], *, forum_id: str | None = None
) -> list[Source]:
    """Every source read and checked, before the target is touched.

    ``forum_id``: the target's, when the caller has it open, so a file of
    another forum is refused before anything else happens.
    """
    for path in paths:
        if _same_file(path, target):
            raise RuleViolation("merge_self", Path(path).name)
    sources = [read_source(Path(path)) for path in paths]
    if forum_id is not None:
        _check_same_forum(sources, forum_id)
    return sources


def merge_sources(
    target: Path,
    sources: Sequence[Source],
    *,
    lock: ForumLock | None = None,
    backups_root: Path | None = None,
) -> list[MergeResult]:
    """Merge read ``sources`` into the forum file ``target`` (locked, backed up first).

    ``lock``: one already held for ``target`` (the window's, while it waits).
    """
    from app.forum_session import open_session

    session = open_session(target, lock=lock, backups_root=backups_root, backup_on_open=False)
    try:
        if session.read_only:
            raise storage_errors.WriteFailed(target, NOT_WRITABLE_HERE)
        _check_same_forum(sources, forum_id(session.forum.db))  # before the backup
        session.backup_now("before-merge")
        return merge_into(session.forum.db, sources)
    finally:
        session.close(keep_lock=lock is not None)


def merge_files(
    target: Path,
    paths: Sequence[Path],
    *,
    lock: ForumLock | None = None,
    backups_root: Path | None = None,
) -> list[MergeResult]:
    """``samsyn merge``: read and check every source, then merge them all."""
    target = Path(target)
    sources = prepare_sources(target, paths)
    return merge_sources(target, sources, lock=lock, backups_root=backups_root)
