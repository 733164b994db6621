"""Typed refusals of the domain layer. The UI and CLI turn them into sentences
(app.messages); services never talk to the user themselves."""

from __future__ import annotations

from pathlib import Path


class SamsynError(Exception):
    """Base of every refusal that the user is told about."""


class InvalidValue(SamsynError):
    """A field's value is not acceptable. ``problem`` is a short code."""

    def __init__(self, field: str, problem: str, value: object = None) -> None:
        super().__init__(f"{field}: {problem}")
        self.field = field
        self.problem = problem
        self.value = value


class NotFound(SamsynError):
    """The item (or the item a reference points at) does not exist."""

    def __init__(self, entity: str, key: str) -> None:
        super().__init__(f"{entity} {key} not found")
        self.entity = entity
        self.key = key


class RuleViolation(SamsynError):
    """An edit that would break a rule of the domain. ``rule`` is a short code."""

    def __init__(self, rule: str, detail: str = "") -> None:
        super().__init__(f"{rule}{': ' + detail if detail else ''}")
        self.rule = rule
        self.detail = detail


class ExchangeError(SamsynError):
    """An exchange document that cannot be imported; ``where`` is a JSON path.

    ``source``: the document's file, when the message must name it (a merge
    reads several).
    """

    source: Path | None = None

    def __init__(self, where: str, problem: str, **params: object) -> None:
        super().__init__(f"{where}: {problem} {params if params else ''}".rstrip())
        self.where = where
        self.problem = problem
        self.params = params


class OutputError(SamsynError):
    """An output file could not be written; ``reason`` is from the system."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class SensitiveText(SamsynError):
    """The privacy check found identity numbers in text about to leave Samsyn."""

    def __init__(self, findings: tuple[str, ...]) -> None:
        super().__init__(f"{len(findings)} identity numbers found")
        self.findings = findings  # one line each, where and what

    @property
    def count(self) -> int:
        return len(self.findings)
