"""Every edit is a QUndoCommand whose redo()/undo() call service methods only.

Pages never call a service's write methods themselves: they ask the
EditController, which runs the edit once, pushes it on the forum's undo stack
only if it was stored, and turns a refusal into a message for the user.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from functools import partial
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QKeySequence, QUndoCommand, QUndoStack

from app.errors import SamsynError
from app.forum_file import ForumFile
from app.messages import describe
from app.services.entity import EntityService
from storage.database import new_id
from storage.errors import ReadOnly, StorageError
from storage.rows import Removal

T = TypeVar("T")
Key = tuple[str, ...]


def undo_hint() -> str:
    """The sentence "Ångra med Ctrl+Z." with this system's keys, for a note after an edit."""
    keys = QKeySequence(QKeySequence.StandardKey.Undo).toString(
        QKeySequence.SequenceFormat.NativeText
    )
    text = QCoreApplication.translate("Undo", "Ångra med {keys}.")
    return text.format(keys=keys) if keys else ""


class ServiceCommand(QUndoCommand):
    """An edit: ``apply`` does it, ``revert`` takes it back (both via services)."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self._done_once = False
        self.report: Callable[[BaseException], None] | None = None
        self.place: object = None  # where the window was when it was stored (ui.edit_place)

    def apply(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError

    def redo(self) -> None:
        if self._done_once:  # the controller already ran it before pushing
            self._done_once = False
            return
        self._guarded(self.apply)

    def undo(self) -> None:
        self._guarded(self.revert)

    def _guarded(self, step: Callable[[], None]) -> None:
        try:
            step()
        except (SamsynError, StorageError) as exc:
            # The file no longer matches this step (disk full, file gone):
            # drop it from the stack rather than pretend, and tell the user.
            self.setObsolete(True)
            if self.report is not None:
                self.report(exc)


class CreateCommand(ServiceCommand, Generic[T]):
    def __init__(self, service: EntityService[T], values: dict[str, Any], text: str) -> None:
        super().__init__(text)
        self.service = service
        self.values = dict(values)
        if "id" in service.spec.key:
            self.values.setdefault("id", new_id())  # the same id on every redo
        self.item: T | None = None

    def apply(self) -> None:
        self.item = self.service.create(**self.values)

    def revert(self) -> None:
        assert self.item is not None
        self.service.delete(self.service.key_of(self.item))


class UpdateCommand(ServiceCommand, Generic[T]):
    def __init__(
        self, service: EntityService[T], key: Key, values: dict[str, Any], text: str
    ) -> None:
        super().__init__(text)
        self.service = service
        self.key = key
        self.values = dict(values)
        current = service.get(*key)
        self.previous = {name: getattr(current, name) for name in values}

    def apply(self) -> None:
        self.service.update(self.key, **self.values)

    def revert(self) -> None:
        self.service.put_back(self.key, **self.previous)


class DeleteCommand(ServiceCommand, Generic[T]):
    def __init__(self, service: EntityService[T], key: Key, text: str) -> None:
        super().__init__(text)
        self.service = service
        self.key = key
        self.removal: Removal | None = None

    def apply(self) -> None:
        self.removal = self.service.delete(self.key)

    def revert(self) -> None:
        assert self.removal is not None
        self.service.restore(self.removal)


class MoveCommand(ServiceCommand, Generic[T]):
    def __init__(self, service: EntityService[T], key: Key, index: int, text: str) -> None:
        super().__init__(text)
        self.service = service
        self.key = key
        self.index = index
        self.before: dict[Key, int] = {}

    def apply(self) -> None:
        # Undo puts every sibling back at its exact old position, not just this
        # item at its old index: an earlier delete being undone next relies on it.
        self.before = self.service.sibling_positions(self.key)
        self.service.move(self.key, self.index)

    def revert(self) -> None:
        self.service.restore_positions(self.before)


class FollowUpCommand(ServiceCommand):
    """Record what this meeting says about an earlier action (status + note)."""

    def __init__(
        self,
        forum: ForumFile,
        meeting_id: str,
        action_id: str,
        status: str,
        note: str,
        text: str,
    ) -> None:
        super().__init__(text)
        self.forum = forum
        self.meeting_id, self.action_id = meeting_id, action_id
        self.status, self.note = status, note
        self.previous = forum.followups.find(meeting_id, action_id)
        self.previous_status = forum.actions.get(action_id).status

    def apply(self) -> None:
        self.forum.followups.record(self.meeting_id, self.action_id, self.status, self.note)

    def revert(self) -> None:
        with self.forum.db.transaction():
            if self.previous is None:
                self.forum.followups.delete((self.meeting_id, self.action_id))
            else:
                self.forum.followups.update(
                    (self.meeting_id, self.action_id),
                    status=self.previous.status,
                    note=self.previous.note,
                )
            self.forum.actions.update(self.action_id, status=self.previous_status)


class EditController(QObject):
    """Runs edits as undoable commands; ``failed(message)`` when one is refused,
    ``removed(Removal)`` when a delete took effect (what else it took with it),
    ``noted(message)`` for what a stored edit should make the facilitator check."""

    failed = Signal(str)
    removed = Signal(object)
    noted = Signal(str)
    # An edit that changed nothing: the field now agrees with the file again,
    # so a refusal of what was typed in it before no longer applies.
    kept = Signal()

    def __init__(self, forum: ForumFile, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.forum = forum
        self.stack = QUndoStack(self)
        self.last_refusal = ""  # the latest ``failed`` message, for a field to keep
        # What the window shows, recorded with each step stored (ui.edit_place).
        self.where: Callable[[], object] | None = None
        self.failed.connect(self._remember_refusal)

    def _remember_refusal(self, message: str) -> None:
        self.last_refusal = message

    def run(self, command: ServiceCommand) -> bool:
        """Do the edit now; push it for undo only if it was stored."""
        if self.forum.read_only:
            self.failed.emit(describe(ReadOnly(self.forum.path)))
            return False
        try:
            command.apply()
        except (SamsynError, StorageError) as exc:
            self.failed.emit(describe(exc))
            return False
        command._done_once = True
        command.place = self.where() if self.where is not None else None
        # A weak reference: a command that pointed back at its controller made
        # a cycle through the C++ undo stack, and PySide crashed when the
        # garbage collector broke it (the stack deleted commands already freed).
        command.report = partial(_report_failure, weakref.ref(self))
        self.stack.push(command)
        return True

    # -- conveniences the pages use ---------------------------------------

    def create(self, service: EntityService[T], text: str, /, **values: Any) -> T | None:
        # Positional-only, so entities with a field called "text" can be created.
        command: CreateCommand[T] = CreateCommand(service, values, text)
        return command.item if self.run(command) else None

    def update(
        self, service: EntityService[T], key: Key | str, text: str, /, **values: Any
    ) -> bool:
        key = (key,) if isinstance(key, str) else key
        try:
            command = UpdateCommand(service, key, values, text)
        except (SamsynError, StorageError) as exc:
            self.failed.emit(describe(exc))
            return False
        if all(command.previous[name] == value for name, value in values.items()):
            self.kept.emit()
            return True  # nothing changes: no undo step
        return self.run(command)

    def delete(self, service: EntityService[T], key: Key | str, text: str) -> bool:
        key = (key,) if isinstance(key, str) else key
        command: DeleteCommand[T] = DeleteCommand(service, key, text)
        if not self.run(command):
            return False
        self.removed.emit(command.removal)
        return True

    def move(self, service: EntityService[T], key: Key | str, index: int, text: str) -> bool:
        key = (key,) if isinstance(key, str) else key
        return self.run(MoveCommand(service, key, index, text))

    def record_followup(
        self, meeting_id: str, action_id: str, status: str, note: str, text: str
    ) -> bool:
        return self.run(FollowUpCommand(self.forum, meeting_id, action_id, status, note, text))

    def refuse(self, message: str) -> None:
        """A page's own refusal (e.g. a value it cannot read), shown like the others."""
        self.failed.emit(message)

    def macro(self, text: str) -> _Macro:
        """Several edits as one undo step: ``with controller.macro(text): ...``.

        A macro in which nothing was stored leaves no empty step behind.
        """
        return _Macro(self.stack, text)


def _report_failure(controller: weakref.ref[EditController], exc: BaseException) -> None:
    alive = controller()
    if alive is not None:
        alive.failed.emit(describe(exc))


class _Macro:
    def __init__(self, stack: QUndoStack, text: str) -> None:
        self.stack, self.text = stack, text

    def __enter__(self) -> None:
        self.stack.beginMacro(self.text)

    def __exit__(self, *exc: object) -> None:
        self.stack.endMacro()
        macro = self.stack.command(self.stack.index() - 1)
        if macro is not None and macro.childCount() == 0:
            macro.setObsolete(True)
            self.stack.undo()  # an obsolete command is dropped from the stack on undo
