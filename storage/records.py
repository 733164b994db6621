"""Frozen value classes that cost little to define: ``@record``.

``@dataclass(frozen=True, slots=True)`` compiles six methods for each class
with ``exec``. On Python 3.11 that is half a millisecond a class, and Samsyn
defines some 28 of them before its window appears (issue 6: start-up). A
record compiles only its ``__init__``; equality, hashing, repr and the
frozen guard are shared functions that read the class's field names.

For what Samsyn asks of them, records behave as frozen, slotted dataclasses
do: construction by position or keyword with plain defaults, ``==`` and
``hash`` over the fields in order, a readable repr, ``match`` by position,
``FrozenInstanceError`` on assignment, and copy and pickle. ``field()``,
inheritance between records and a body defining the methods a record makes
are refused; a class that needs them stays a dataclass. Not checked: every
annotation is a field (no ``ClassVar``), and as with ``dataclass(slots=True)``
the class is made anew, so methods must not use zero-argument ``super()``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import Field, FrozenInstanceError
from operator import attrgetter
from typing import Any, TypeVar, dataclass_transform

T = TypeVar("T")

_FIELDS = "__record_fields__"


@dataclass_transform(frozen_default=True)
def record(cls: type[T]) -> type[T]:
    """``cls`` remade as a frozen, slotted value class over its annotated fields."""
    names = tuple(cls.__dict__.get("__annotations__", {}))
    if not names:
        raise TypeError(f"record {cls.__qualname__} has no fields")
    _check_supported(cls)
    defaults = {name: cls.__dict__[name] for name in names if name in cls.__dict__}
    _check_defaults(cls, names, defaults)
    body = {
        key: value
        for key, value in cls.__dict__.items()
        if key not in names and key not in ("__dict__", "__weakref__")
    }
    values = attrgetter(*names) if len(names) > 1 else _one_value(names[0])
    body.update(
        __slots__=names,
        __match_args__=names,
        __init__=_compile_init(cls, names, defaults),
        __eq__=_equality(values),
        __hash__=lambda self: hash(values(self)),
        __repr__=_repr(names),
        __setattr__=_refuse_assignment,
        __delattr__=_refuse_deletion,
        __getstate__=lambda self: values(self),  # attrgetter does not bind as a method
        __setstate__=_restore(names),
    )
    body[_FIELDS] = names
    # Slots need a new class, as dataclass(slots=True) makes one too.
    metaclass: type = type(cls)
    made: type[T] = metaclass(cls.__name__, cls.__bases__, body)
    return made


def record_fields(cls: type) -> tuple[str, ...]:
    """The field names of a record class, in order."""
    names: tuple[str, ...] = getattr(cls, _FIELDS)
    return names


_MADE_HERE = ("__init__", "__eq__", "__hash__", "__repr__", "__setattr__", "__delattr__")


def _check_supported(cls: type) -> None:
    # What a dataclass would honour and a record would silently get wrong.
    if any(hasattr(base, _FIELDS) for base in cls.__mro__[1:]):
        raise TypeError(f"record {cls.__qualname__} cannot extend another record")
    own = [name for name in _MADE_HERE if name in cls.__dict__]
    if own:
        raise TypeError(f"record {cls.__qualname__} defines {own[0]}: use a dataclass")
    if any(isinstance(value, Field) for value in cls.__dict__.values()):
        raise TypeError(f"record {cls.__qualname__} uses field(): use a dataclass")


def _check_defaults(cls: type, names: tuple[str, ...], defaults: dict[str, Any]) -> None:
    seen_default = False
    for name in names:
        if name in defaults:
            seen_default = True
            if type(defaults[name]).__hash__ is None:
                raise ValueError(f"{cls.__qualname__}.{name}: a mutable default is shared")
        elif seen_default:
            raise TypeError(f"{cls.__qualname__}.{name}: a field without default follows one")


def _compile_init(
    cls: type, names: tuple[str, ...], defaults: dict[str, Any]
) -> Callable[..., None]:
    # One small compile per class, as fast to call as dataclass's own __init__.
    params = ", ".join(f"{n}=_default_{n}" if n in defaults else n for n in names)
    lines = "".join(f"    _set(self, {n!r}, {n})\n" for n in names)
    scope: dict[str, Any] = {f"_default_{n}": value for n, value in defaults.items()}
    scope["_set"] = object.__setattr__
    scope["__name__"] = cls.__module__  # the function's __module__
    exec(f"def __init__(self, {params}):\n{lines}", scope)  # noqa: S102 - names are identifiers
    init: Callable[..., None] = scope["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    return init


def _one_value(name: str) -> Callable[[Any], tuple[Any, ...]]:
    get = attrgetter(name)
    return lambda item: (get(item),)


def _equality(values: Callable[[Any], Any]) -> Callable[[Any, Any], Any]:
    def __eq__(self: Any, other: Any) -> Any:  # noqa: N807 - the method itself
        if other.__class__ is self.__class__:
            return values(self) == values(other)
        return NotImplemented

    return __eq__


def _repr(names: tuple[str, ...]) -> Callable[[Any], str]:
    def __repr__(self: Any) -> str:  # noqa: N807 - the method itself
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in names)
        return f"{type(self).__qualname__}({shown})"

    return __repr__


def _restore(names: tuple[str, ...]) -> Callable[[Any, tuple[Any, ...]], None]:
    def __setstate__(self: Any, state: tuple[Any, ...]) -> None:  # noqa: N807
        for name, value in zip(names, state, strict=True):
            object.__setattr__(self, name, value)

    return __setstate__


def _refuse_assignment(self: Any, name: str, value: Any) -> None:
    raise FrozenInstanceError(f"cannot assign to field {name!r}")


def _refuse_deletion(self: Any, name: str) -> None:
    raise FrozenInstanceError(f"cannot delete field {name!r}")
