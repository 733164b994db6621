"""One generic service for create / read / update / delete / reorder.

Each entity is described by an EntitySpec (its table, record class, validators,
references and ordering scope); subclasses add the rules of their domain.
"""

from __future__ import annotations

import builtins
from collections.abc import Iterable, Mapping
from typing import Any, Generic, TypeVar

from app.errors import InvalidValue, NotFound
from app.services.changes import Change, ChangeHub
from app.validation import Validator
from storage.clock import now_iso
from storage.database import ForumDatabase, new_id
from storage.records import record, record_fields
from storage.rows import KEYS, Removal, RowStore, list_order

T = TypeVar("T")


@record
class EntitySpec(Generic[T]):
    """How one entity is stored: its table, record class, validators and references."""

    table: str
    cls: type[T]
    validators: Mapping[str, Validator]
    refs: Mapping[str, str]  # field -> table it points at
    scope: tuple[str, ...] = ()  # columns whose values form one ordered list
    list_by: str = "position"  # then the key (storage.rows.list_order)

    @property
    def key(self) -> tuple[str, ...]:
        return KEYS[self.table]

    @property
    def order_by(self) -> str:
        return list_order(self.table, self.list_by)


class EntityService(Generic[T]):
    def __init__(
        self, db: ForumDatabase, rows: RowStore, hub: ChangeHub, spec: EntitySpec[T]
    ) -> None:
        self.db = db
        self.rows = rows
        self.hub = hub
        self.spec = spec
        self._field_names = record_fields(spec.cls)

    # -- reading -------------------------------------------------------------

    def _key(self, key: tuple[str, ...]) -> dict[str, str]:
        if len(key) != len(self.spec.key):
            raise TypeError(f"{self.spec.table} is keyed by {self.spec.key}")
        return dict(zip(self.spec.key, key, strict=True))

    def key_of(self, item: T) -> tuple[str, ...]:
        return tuple(getattr(item, c) for c in self.spec.key)

    def _make(self, row: Mapping[str, Any]) -> T:
        return self.spec.cls(**{name: row[name] for name in self._field_names})

    def find(self, *key: str) -> T | None:
        found = self.rows.select(self.spec.table, self._key(key))
        return self._make(found[0]) if found else None

    def get(self, *key: str) -> T:
        item = self.find(*key)
        if item is None:
            raise NotFound(self.spec.table, "/".join(key))
        return item

    def list(self, **scope: Any) -> list[T]:
        rows = self.rows.select(self.spec.table, scope, self.spec.order_by)
        return [self._make(row) for row in rows]

    def list_in(self, column: str, values: Iterable[Any]) -> builtins.list[T]:
        """Items whose ``column`` is one of ``values``, in list order, in bulk."""
        rows = self.rows.select_in(self.spec.table, column, values, self.spec.order_by)
        return [self._make(row) for row in rows]

    def count(self) -> int:
        row = self.db.query_one(f"SELECT count(*) FROM {self.spec.table}")
        return int(row[0]) if row else 0

    # -- validation hooks --------------------------------------------------

    def _validate(self, values: Mapping[str, Any], *, partial: bool) -> dict[str, Any]:
        unknown = [name for name in values if name not in self.spec.validators]
        if unknown:
            raise InvalidValue(unknown[0], "unknown_field")
        checked = {name: self.spec.validators[name](name, v) for name, v in values.items()}
        if not partial:
            for name, validator in self.spec.validators.items():
                if name not in checked:
                    checked[name] = validator(name, None)
        for name, table in self.spec.refs.items():
            target = checked.get(name)
            if target is not None and not self.rows.select(table, {"id": target}):
                raise NotFound(table, str(target))
        return checked

    def _check_rules(self, values: dict[str, Any], existing: T | None) -> None:
        """Subclasses refuse edits that break a domain rule (RuleViolation)."""

    # -- writing -------------------------------------------------------------

    def create(self, **values: Any) -> T:
        """Insert a new item at the end of its list; ``id`` may be given (redo)."""
        given_id = values.pop("id", None)
        checked = self._validate(values, partial=False)
        if "id" in self.spec.key:
            checked["id"] = given_id if given_id is not None else new_id()
        with self.db.transaction():
            self._check_rules(checked, None)
            scope = {c: checked.get(c) for c in self.spec.scope}
            if "position" in self.rows.columns[self.spec.table]:
                checked["position"] = self.rows.next_position(self.spec.table, scope)
            checked["updated_at"] = now_iso()
            self.rows.insert(self.spec.table, checked)
        item = self._make(checked)
        self.hub.publish(Change(self.spec.table, "insert", ("/".join(self.key_of(item)),)))
        return item

    def update(self, key: tuple[str, ...] | str, **values: Any) -> T:
        """Change some fields of one item; returns the stored item."""
        return self._update(key, values, check_rules=True)

    def put_back(self, key: tuple[str, ...] | str, **values: Any) -> T:
        """Give one item back fields it held (undo). The rules that weigh it
        against other items are not asked again: undo returns to a state
        that was, which an older file may hold against a newer rule (two
        organisations of one name, from a merge)."""
        return self._update(key, values, check_rules=False)

    def _update(self, key: tuple[str, ...] | str, values: dict[str, Any], check_rules: bool) -> T:
        key = (key,) if isinstance(key, str) else key
        checked = self._validate(values, partial=True)
        with self.db.transaction():
            existing = self.get(*key)
            if check_rules:
                self._check_rules(checked, existing)
            if checked:
                self.rows.update(self.spec.table, self._key(key), checked)
            item = self.get(*key)
        self.hub.publish(Change(self.spec.table, "update", ("/".join(key),)))
        return item

    def delete(self, key: tuple[str, ...] | str) -> Removal:
        """Delete the item and what depends on it; the Removal undoes it."""
        key = (key,) if isinstance(key, str) else key
        with self.db.transaction():
            self.get(*key)
            removal = self.rows.delete(self.spec.table, self._key(key))
        for table in sorted(removal.tables()):
            self.hub.publish(Change(table, "delete", ("/".join(key),)))
        return removal

    def would_delete(self, key: tuple[str, ...] | str) -> Removal:
        """What ``delete`` would take away; nothing is changed (for a confirmation)."""
        key = (key,) if isinstance(key, str) else key
        return self.rows.would_delete(self.spec.table, self._key(key))

    def restore(self, removal: Removal) -> None:
        self.rows.restore(removal)
        back: dict[str, list[str]] = {}
        for table, row in removal.rows:
            back.setdefault(table, []).append("/".join(str(row[c]) for c in KEYS[table]))
        for table in sorted(removal.tables()):
            self.hub.publish(Change(table, "restore", tuple(back.get(table, ()))))

    def sibling_positions(self, key: tuple[str, ...] | str) -> dict[tuple[str, ...], int]:
        """The positions of an item and the others in its list, for an exact undo."""
        key = (key,) if isinstance(key, str) else key
        item = self.get(*key)
        scope = {c: getattr(item, c) for c in self.spec.scope}
        return {self.key_of(s): getattr(s, "position") for s in self.list(**scope)}  # noqa: B009

    def restore_positions(self, positions: dict[tuple[str, ...], int]) -> None:
        """Put back positions taken by ``sibling_positions`` (rows since deleted are skipped)."""
        with self.db.transaction():
            for key, position in positions.items():
                self.rows.update(self.spec.table, self._key(key), {"position": position})
        self.hub.publish(Change(self.spec.table, "reorder"))

    def move(self, key: tuple[str, ...] | str, index: int) -> int:
        """Move an item to ``index`` within its list; returns its old index."""
        key = (key,) if isinstance(key, str) else key
        with self.db.transaction():
            item = self.get(*key)
            scope = {c: getattr(item, c) for c in self.spec.scope}
            siblings = self.list(**scope)
            keys = [self.key_of(s) for s in siblings]
            old = keys.index(key)
            index = max(0, min(index, len(keys) - 1))
            keys.insert(index, keys.pop(old))
            by_key = {self.key_of(s): s for s in siblings}
            for position, sibling_key in enumerate(keys):
                if getattr(by_key[sibling_key], "position") != position:  # noqa: B009
                    self.rows.update(
                        self.spec.table, self._key(sibling_key), {"position": position}
                    )
        self.hub.publish(Change(self.spec.table, "reorder", ("/".join(key),)))
        return old
