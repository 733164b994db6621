"""Services whose entities have rules beyond their fields."""

from __future__ import annotations

from typing import Any

from app import model
from app.errors import RuleViolation
from app.services.changes import Change
from app.services.entity import EntityService
from app.services.specs import meeting_order
from app.validation import same_name


class CategoryService(EntityService[model.CauseCategory]):
    def _check_rules(self, values: dict[str, Any], existing: model.CauseCategory | None) -> None:
        name = values.get("name")
        if name is None:
            return
        for other in self.list():
            if other.name == name and (existing is None or other.id != existing.id):
                raise RuleViolation("category_exists", name)

    def by_name(self) -> dict[str, model.CauseCategory]:
        return {c.name: c for c in self.list()}


class OrganisationService(EntityService[model.Organisation]):
    """No two organisations of one name (case and spacing aside): a walk-in and a
    person's organisation are found by name, and two would split the forum's
    people between them. A file imported or merged with two keeps them."""

    def named(self, name: str) -> model.Organisation | None:
        """The organisation called ``name``, case and runs of spaces aside."""
        return next((o for o in self.list() if same_name(o.name, name)), None)

    def _check_rules(self, values: dict[str, Any], existing: model.Organisation | None) -> None:
        name = values.get("name")
        if name is None or (existing is not None and same_name(existing.name, name)):
            return  # unchanged: an older file may hold a namesake already
        other = self.named(name)
        if other is not None:
            raise RuleViolation("organisation_exists", other.name)


class CauseService(EntityService[model.Cause]):
    """A "why?" child stays in its parent's gap; parents never form a loop."""

    def _check_rules(self, values: dict[str, Any], existing: model.Cause | None) -> None:
        if existing is not None and values.get("gap_id", existing.gap_id) != existing.gap_id:
            # Its "why?" children would be left behind in the old gap.
            raise RuleViolation("cause_move_gap", existing.id)
        gap_id = values.get("gap_id", existing.gap_id if existing else None)
        parent_id = values.get("parent_id", existing.parent_id if existing else None)
        if parent_id is None:
            return
        parent = self.get(parent_id)
        if parent.gap_id != gap_id:
            raise RuleViolation("cause_parent_other_gap", parent_id)
        if existing is None:
            return
        ancestor: str | None = parent_id
        while ancestor is not None:
            if ancestor == existing.id:
                raise RuleViolation("cause_cycle", existing.id)
            ancestor = self.get(ancestor).parent_id

    def children(self, cause_id: str) -> list[model.Cause]:
        return [
            self._make(r)
            for r in self.rows.select("cause", {"parent_id": cause_id}, self.spec.order_by)
        ]


class ActionService(EntityService[model.Action]):
    """An action's cause, when it has one, belongs to the action's gap."""

    def _check_rules(self, values: dict[str, Any], existing: model.Action | None) -> None:
        gap_id = values.get("gap_id", existing.gap_id if existing else None)
        cause_id = values.get("cause_id", existing.cause_id if existing else None)
        if cause_id is None:
            return
        cause_gap = self.db.query_one("SELECT gap_id FROM cause WHERE id = ?", (cause_id,))
        cause_gap = cause_gap["gap_id"] if cause_gap else None
        if gap_id is None and existing is None:
            values["gap_id"] = cause_gap
        elif cause_gap != gap_id:
            raise RuleViolation("cause_not_in_gap", cause_id)


class FollowUpService(EntityService[model.FollowUp]):
    """A follow-up records what a later meeting said; the action takes its status."""

    def record(self, meeting_id: str, action_id: str, status: str, note: str = "") -> None:
        with self.db.transaction():
            if self.find(meeting_id, action_id) is None:
                self.create(meeting_id=meeting_id, action_id=action_id, status=status, note=note)
            else:
                self.update((meeting_id, action_id), status=status, note=note)
            # The action shows what its most recent meeting said, even when an
            # earlier meeting's follow-up is corrected afterwards.
            latest = self.history(action_id)[-1]
            self.rows.update("action", {"id": action_id}, {"status": latest.status})
        self.hub.publish(Change("action", "update", (action_id,)))

    def history(self, action_id: str) -> list[model.FollowUp]:
        rows = self.db.query(
            "SELECT f.* FROM followup f JOIN meeting m ON m.id = f.meeting_id "
            f"WHERE f.action_id = ? ORDER BY {meeting_order('m')}",
            (action_id,),
        )
        return [self._make(dict(row)) for row in rows]
