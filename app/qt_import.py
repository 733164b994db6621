"""Qt for Python loaded without its scan of every later import (issue 6).

PySide6 replaces ``builtins.__import__`` to support its opt-in
``from __feature__ import snake_case, true_property``. After every import
that hook reads the new module's source file to see whether it mentions
PySide6: about 7 ms of Samsyn's start-up, some 100 modules. Samsyn uses no
``__feature__``, so the import PySide6 wrapped (kept as ``__orig_import__``,
its lazy type loader) is put back; a ``from __feature__`` import would then
import without error and switch nothing, and Samsyn has none.
"""

from __future__ import annotations

import builtins


def load_qt_core() -> None:
    """Import PySide6.QtCore and take its ``__feature__`` import hook off again."""
    import PySide6.QtCore  # noqa: F401 - installs the hook taken off below

    hook = getattr(builtins, "__feature_import__", None)
    wrapped = getattr(builtins, "__orig_import__", None)
    # Only PySide6's own hook, where it is still the one in place.
    if hook is not None and wrapped is not None and builtins.__import__ is hook:
        setattr(builtins, "__import__", wrapped)  # noqa: B010 - mypy: a function is assigned
