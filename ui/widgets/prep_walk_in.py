"""The walk-in line: "Namn, Organisation, e-post" + Enter adds a participant on the spot.

Whatever is missing (the organisation, the person) is added and the person is
marked present, all as one undo step.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from app import model
from app.walk_in import find_organisation, find_person, parse_walk_in
from ui.pages.base import PageContext
from ui.widgets.capture_line import CaptureLine

PRESENT = model.AttendanceStatus.PRESENT.value


def discard_last_step(stack: QUndoStack) -> None:
    """Take back the last undo step and drop it, so Redo cannot bring it back."""
    stack.undo()
    command = stack.command(stack.index())
    if command is not None:
        command.setObsolete(True)
        stack.redo()  # an obsolete step is removed instead of redone


class WalkInLine(CaptureLine):
    """Emits ``added(person_id)`` once the person is stored and marked present."""

    added = Signal(str)

    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__("", self.add, parent)
        self.setPlaceholderText(self.tr("Namn, Organisation, e-post – Enter (blir närvarande)"))
        self.ctx = ctx
        self.meeting_id: str | None = None
        self.setObjectName("walkInLine")
        self.setToolTip(
            self.tr(
                "Organisation och e-post kan utelämnas. En ny organisation läggs till i forumet."
            )
        )

    def add(self, line: str) -> bool:
        if self.meeting_id is None:
            return False
        walk_in = parse_walk_in(line)
        if not walk_in.name:
            self.ctx.controller.failed.emit(
                self.tr(
                    "Skriv namnet först, till exempel "
                    "”Anna Berg, Norrby kommun, anna.berg@example.se”."
                )
            )
            return False
        stack = self.ctx.controller.stack
        text = self.tr("Deltagare på plats: {name}").format(name=walk_in.name)
        before = stack.index()
        with self.ctx.controller.macro(text):
            person = self._store_edits(walk_in.name, walk_in.organisation, walk_in.email, text)
        # A step in which nothing was stored is dropped by the macro itself; then
        # the step before it is the user's previous edit and must stay.
        if person is None and stack.index() > before:
            # Refused part-way (the message is shown; a full disk, say): no
            # half-done step stays on the undo stack.
            discard_last_step(stack)
        if person is None:
            return False
        self.added.emit(person.id)
        return True

    def _store_edits(
        self, name: str, organisation_name: str, email: str, text: str
    ) -> model.Person | None:
        """The edits of one walk-in (inside the caller's macro); None if one is refused."""
        assert self.meeting_id is not None
        forum, controller = self.ctx.forum, self.ctx.controller
        organisation = find_organisation(forum, organisation_name)
        if organisation is None and organisation_name:
            organisation = controller.create(forum.organisations, text, name=organisation_name)
            if organisation is None:
                return None
            person = None  # a new organisation has no people yet
        else:
            person = find_person(forum, name, organisation)
        if person is None:
            person = controller.create(
                forum.people,
                text,
                name=name,
                organisation_id=organisation.id if organisation else None,
                email=email,
            )
            if person is None:
                return None
        elif email and not person.email:
            controller.update(forum.people, person.id, text, email=email)
        key = (self.meeting_id, person.id)
        attendance = forum.attendance.find(*key)
        if attendance is None:
            stored = controller.create(
                forum.attendance,
                text,
                meeting_id=self.meeting_id,
                person_id=person.id,
                status=PRESENT,
            )
            return person if stored is not None else None
        if attendance.status != PRESENT and not controller.update(
            forum.attendance, key, text, status=PRESENT
        ):
            return None
        return person
