"""One benchmark figure, its budget and its verdict; shared by every bench script.

A figure is either a ratio against a reference measured side by side in the
same run (``reference`` set, ``budget`` a factor), or an absolute value
against an absolute budget in the same unit.
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from typing import Any


@dataclass(frozen=True)
class Figure:
    name: str
    measured: float
    unit: str  # "s", "ms", "MiB"
    budget: float  # a factor when reference is set, otherwise in unit
    reference: float | None = None
    reference_name: str = ""
    note: str = ""

    @property
    def ratio(self) -> float:
        """measured / reference, or measured / budget for an absolute budget."""
        base = self.reference if self.reference is not None else self.budget
        return self.measured / base if base else float("inf")

    @property
    def met(self) -> bool:
        limit = self.budget if self.reference is not None else 1.0
        return self.ratio <= limit

    def budget_text(self) -> str:
        if self.reference is not None:
            return f"<= {self.budget:g}x {self.reference_name}".rstrip()
        return f"<= {self.budget:g} {self.unit}"

    def measured_text(self) -> str:
        text = _amount(self.measured, self.unit)
        if self.reference is not None:
            text += f" vs {_amount(self.reference, self.unit)}"
        return text

    def ratio_text(self) -> str:
        if self.reference is not None:
            return f"{self.ratio:.2f}x"
        return f"{self.ratio:.0%} of budget"

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Figure:
        return cls(**data)


def _amount(value: float, unit: str) -> str:
    if unit == "s":
        return f"{value:.3f} s"
    if unit == "ms":
        return f"{value:.1f} ms"
    return f"{value:.1f} {unit}"


def median(values: Iterable[float]) -> float:
    return statistics.median(list(values))


def table(figures: list[Figure]) -> str:
    """The figures as one plain-text table, with a closing count of budgets met."""
    header = ("figure", "budget", "measured", "ratio", "met?")
    rows = [
        (f.name, f.budget_text(), f.measured_text(), f.ratio_text(), "met" if f.met else "NOT met")
        for f in figures
    ]
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]
    lines = ["  ".join(cell.ljust(widths[i]) for i, cell in enumerate(header)).rstrip()]
    lines.append("  ".join("-" * width for width in widths))
    lines += [
        "  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row)).rstrip() for row in rows
    ]
    notes = [f"{f.name}: {f.note}" for f in figures if f.note]
    if notes:
        lines += ["", *notes]
    missed = [f.name for f in figures if not f.met]
    lines.append("")
    lines.append(
        f"{len(figures) - len(missed)} of {len(figures)} budgets met"
        + (f"; NOT met: {', '.join(missed)}" if missed else "")
    )
    return "\n".join(lines)
