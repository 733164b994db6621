"""An open forum file and the services that edit it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from app import model
from app import validation as v
from app.services import rules, specs
from app.services.changes import Change, ChangeHub
from app.services.entity import EntityService
from storage.clock import now_iso
from storage.database import ForumDatabase, new_id
from storage.opening import OpenAhead
from storage.rows import RowStore


class ForumInfoService:
    """The single forum row: name, area, shared goal, description."""

    _validators = {
        "name": v.required_text,
        "area": v.text,
        "goal": v.text,
        "description": v.text,
    }

    def __init__(self, db: ForumDatabase, rows: RowStore, hub: ChangeHub) -> None:
        self.db, self.rows, self.hub = db, rows, hub

    def get(self) -> model.ForumInfo:
        row = self.rows.select("forum")[0]
        return model.ForumInfo(**row)

    def update(self, **values: Any) -> model.ForumInfo:
        from app.errors import InvalidValue

        unknown = [name for name in values if name not in self._validators]
        if unknown:
            raise InvalidValue(unknown[0], "unknown_field")
        checked = {name: self._validators[name](name, value) for name, value in values.items()}
        with self.db.transaction():
            self.rows.update("forum", {"id": self.get().id}, checked)
        self.hub.publish(Change("forum", "update"))
        return self.get()


class ForumFile:
    """One open forum: the database plus one service per entity.

    Built at the entry point and passed to whoever edits the forum.
    """

    def __init__(self, db: ForumDatabase) -> None:
        self.db = db
        self.rows = RowStore(db)
        self.changes = ChangeHub()
        args = (db, self.rows, self.changes)
        self.forum = ForumInfoService(*args)
        self.categories = rules.CategoryService(*args, specs.CAUSE_CATEGORY)
        self.organisations = rules.OrganisationService(*args, specs.ORGANISATION)
        self.people = EntityService(*args, specs.PERSON)
        self.meetings = EntityService(*args, specs.MEETING)
        self.facilitators = EntityService(*args, specs.FACILITATOR)
        self.attendance = EntityService(*args, specs.ATTENDANCE)
        self.agenda = EntityService(*args, specs.AGENDA_ITEM)
        self.gaps = EntityService(*args, specs.GAP)
        self.gap_organisations = EntityService(*args, specs.GAP_ORGANISATION)
        self.causes = rules.CauseService(*args, specs.CAUSE)
        self.actions = rules.ActionService(*args, specs.ACTION)
        self.followups = rules.FollowUpService(*args, specs.FOLLOWUP)
        self.notes = EntityService(*args, specs.MEETING_NOTE)

    @property
    def path(self) -> Path:
        return self.db.path

    @property
    def read_only(self) -> bool:
        return self.db.read_only

    @classmethod
    def open(
        cls,
        path: Path,
        *,
        read_only: bool = False,
        before_upgrade: Callable[[ForumDatabase], None] | None = None,
        ahead: OpenAhead | None = None,
    ) -> ForumFile:
        """Open a forum file; ``before_upgrade(db)`` backs it up before a migration.

        ``ahead``: its checks, started earlier (``storage.opening.OpenAhead``).
        """
        return cls(
            ForumDatabase.open(
                Path(path), read_only=read_only, before_upgrade=before_upgrade, ahead=ahead
            )
        )

    @classmethod
    def create(
        cls,
        path: Path,
        name: str,
        *,
        categories: tuple[str, ...] = model.DEFAULT_CAUSE_CATEGORIES,
    ) -> ForumFile:
        """A new, empty forum file with the default fishbone categories."""
        name = v.required_text("name", name)

        def populate(db: ForumDatabase) -> None:
            stamp = now_iso()
            with db.transaction():
                db.execute(
                    "INSERT INTO forum (id, name, updated_at) VALUES (?, ?, ?)",
                    (new_id(), name, stamp),
                )
                db.executemany(
                    "INSERT INTO cause_category (id, name, position, updated_at) "
                    "VALUES (?, ?, ?, ?)",
                    [(new_id(), c, i, stamp) for i, c in enumerate(categories)],
                )

        return cls(ForumDatabase.create(Path(path), populate))

    def close(self) -> None:
        self.db.close()

    @property
    def closed(self) -> bool:
        return self.db.closed

    def __enter__(self) -> ForumFile:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()
