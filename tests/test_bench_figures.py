"""The verdicts bench/run_all.py prints: ratio budgets, absolute budgets, the table."""

from __future__ import annotations

from bench.figures import Figure, table


def test_ratio_figure_is_judged_against_its_reference() -> None:
    within = Figure("start-up", 0.75, "s", 1.5, 0.50, "bare window")
    over = Figure("start-up", 0.76, "s", 1.5, 0.50, "bare window")
    assert (within.ratio, within.met) == (1.5, True)
    assert over.met is False
    assert over.measured_text() == "0.760 s vs 0.500 s"
    assert over.budget_text() == "<= 1.5x bare window"


def test_absolute_figure_is_judged_against_its_budget() -> None:
    figure = Figure("capture, p99", 60.0, "ms", 50.0)
    assert figure.met is False and figure.ratio_text() == "120% of budget"
    assert Figure("capture, median", 5.0, "ms", 10.0).met is True


def test_table_lists_every_figure_and_counts_the_budgets_met() -> None:
    figures = [
        Figure("import", 0.3, "s", 1.0, note="in-process"),
        Figure("start-up time", 1.6, "s", 1.5, 0.12, "bare window"),
    ]
    text = table(figures)
    rows = text.splitlines()
    assert rows[0].split() == ["figure", "budget", "measured", "ratio", "met?"]
    assert rows[2].startswith("import") and rows[2].endswith("met")
    assert rows[3].startswith("start-up time") and rows[3].endswith("NOT met")
    assert "import: in-process" in rows
    assert rows[-1] == "1 of 2 budgets met; NOT met: start-up time"


def test_figures_survive_the_trip_between_processes() -> None:
    figure = Figure("export", 0.2, "s", 2.5, 0.1, "python-docx floor", note="60 gaps")
    assert Figure.from_json(figure.to_json()) == figure
