"""Word export of a large meeting, timed against python-docx's own floor; figures, never a failure.

    .venv/bin/python bench/export_bench.py [--runs 5]

Builds one large meeting into a temporary forum file (60 gaps, 240 causes of
which 60 are "why?" children, 120 actions, 40 attendees, 30 follow-ups of an
earlier meeting's actions, every text field filled) and measures, alternating
so both see the same machine state, median of N runs:

(a) ``python -c "import docx; docx.Document().save(path)"`` — the least any
    process that writes a .docx with python-docx can cost;
(b) the real export as a process: ``python -m app export FILE --out X.docx
    --meeting ID`` when the command line has ``export``, otherwise a small
    inline script that opens the forum and calls ``export_minutes``.

The budget: (b) within 2.5 × (a). Also printed: the in-process time to gather
and render the same meeting. The exit status is 0 whether or not the budget is
met: benchmarks never fail CI.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from app.exchange import envelope  # noqa: E402
from app.exchange.files import import_into_new_file, load_exchange_file  # noqa: E402
from app.forum_file import ForumFile  # noqa: E402
from app.model import DEFAULT_CAUSE_CATEGORIES  # noqa: E402
from bench import forum_generator as words  # noqa: E402
from bench.figures import Figure  # noqa: E402

BUDGET_RATIO = 2.5
GAPS, CAUSES_PER_GAP, ACTIONS_PER_GAP = 60, 4, 2
ATTENDEES, FOLLOW_UPS = 40, 30

Doc = dict[str, Any]


class _Builder:
    """The large meeting as an exchange document; the same seed gives the same document."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)

    def uid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def pick(self, items: list[Any]) -> Any:
        return self.rng.choice(items)

    def sentence(self) -> str:
        r = self
        return (
            f"{r.pick(words.SUBJECTS)} {r.pick(words.VERBS)} {r.pick(words.OBJECTS)} "
            f"{r.pick(words.CONTEXTS)}."
        )

    def text(self, sentences: int) -> str:
        parts = [self.sentence() for _ in range(sentences)]
        return " ".join(parts + [self.pick(words.CONSEQUENCES)])

    def document(self) -> Doc:
        organisations = [
            {"id": self.uid(), "name": name, "kind": kind, "unit": unit}
            for name, kind, unit in words.ORGANISATIONS
        ]
        people = []
        for index in range(ATTENDEES + 5):
            first, last = self.pick(words.FIRST_NAMES), self.pick(words.LAST_NAMES)
            people.append(
                {
                    "id": self.uid(),
                    "name": f"{first} {last}",
                    "title": self.pick(words.TITLES),
                    "organisation_id": organisations[index % len(organisations)]["id"],
                    "email": f"person{index}@example.se",
                }
            )
        earlier = self.meeting("Träff 7: Uppföljning", "2026-09-15", people, organisations)
        earlier["gaps"] = earlier["gaps"][:0]
        large = self.meeting("Träff 8: Stor träff", "2026-11-10", people, organisations)
        old_actions = [self.action(earlier["id"], None, people, organisations) for _ in range(30)]
        large["followups"] = [
            {
                "action_id": action["id"],
                "status": (status := self.pick(list(words.FOLLOWUP_NOTES))),
                "note": self.pick(words.FOLLOWUP_NOTES[status]),
            }
            for action in old_actions[:FOLLOW_UPS]
        ]
        new_actions = [
            self.action(large["id"], gap, people, organisations)
            for gap in large["gaps"]
            for _ in range(ACTIONS_PER_GAP)
        ]
        forum = {
            "id": self.uid(),
            "name": "Samverkansforum Ekeby – prestandatest",
            "area": "Ekeby kommun och Region Västmark",
            "goal": self.text(2),
            "description": self.text(2),
        }
        return envelope(forum, organisations, people, [earlier, large], old_actions + new_actions)

    def meeting(self, title: str, day: str, people: list[Doc], orgs: list[Doc]) -> Doc:
        statuses = ["present"] * 30 + ["excused"] * 6 + ["absent"] * 4
        return {
            "id": self.uid(),
            "title": title,
            "date": day,
            "start": "13:00",
            "end": "16:30",
            "location": self.pick(words.LOCATIONS),
            "purpose": self.text(2),
            "notes_taker_id": people[0]["id"],
            "facilitator_ids": [people[0]["id"], people[1]["id"]],
            "attendance": [
                {"person_id": p["id"], "status": s}
                for p, s in zip(people[:ATTENDEES], statuses, strict=True)
            ],
            "agenda": [
                {"id": self.uid(), "title": t, "minutes": m, "notes": self.text(1)}
                for t, m in words.AGENDA
            ],
            "gaps": [self.gap(orgs) for _ in range(GAPS)],
            "followups": [],
            "decisions": [{"id": self.uid(), "text": t} for t in words.DECISIONS],
            "parking_lot": [{"id": self.uid(), "text": t} for t in words.PARKED],
            "other_business": [{"id": self.uid(), "text": t} for t in words.OTHER_BUSINESS],
            "next_meeting": {
                "date": "2027-02-02",
                "start": "13:00",
                "location": self.pick(words.LOCATIONS),
                "notes": self.text(1),
            },
        }

    def gap(self, orgs: list[Doc]) -> Doc:
        causes: list[Doc] = []
        for _ in range(CAUSES_PER_GAP - 1):
            causes.append(
                {
                    "id": self.uid(),
                    "text": self.sentence(),
                    "category": self.pick(list(DEFAULT_CAUSE_CATEGORIES)),
                    "votes": self.rng.randint(0, 6),
                }
            )
        causes.append(
            {
                "id": self.uid(),
                "text": self.sentence(),
                "category": causes[0]["category"],
                "votes": self.rng.randint(0, 3),
                "parent_id": causes[0]["id"],
            }
        )
        return {
            "id": self.uid(),
            "title": self.sentence()[:-1],
            "description": self.text(3),
            "transition": self.pick(words.TRANSITIONS),
            "target_group": self.pick(words.TARGET_GROUPS),
            "organisation_ids": [o["id"] for o in self.rng.sample(orgs, 2)],
            "votes": self.rng.randint(0, 14),
            "status": "open",
            "causes": causes,
        }

    def action(self, meeting_id: str, gap: Doc | None, people: list[Doc], orgs: list[Doc]) -> Doc:
        action: Doc = {
            "id": self.uid(),
            "title": f"{self.pick(words.ACTION_VERBS)} {self.pick(words.ACTION_OBJECTS)}",
            "description": self.text(1),
            "meeting_id": meeting_id,
            "owner_id": self.pick(people)["id"],
            "organisation_id": self.pick(orgs)["id"],
            "due": f"2027-0{self.rng.randint(1, 9)}-{self.rng.randint(10, 28)}",
            "status": self.pick(["not_started", "ongoing", "delayed"]),
            "kind": "routine",
            "success_measure": self.pick(words.MEASURES),
        }
        if gap is not None:
            action["gap_id"] = gap["id"]
        return action


def _python() -> str:
    venv = REPO / ".venv" / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    return str(venv) if venv.exists() else sys.executable


def _cli_has_export() -> bool:
    return '"export"' in (REPO / "app" / "cli.py").read_text(encoding="utf-8")


_INLINE_EXPORT = (
    "import sys; from pathlib import Path; from app.forum_file import ForumFile; "
    "from app.minutes import export_minutes; "
    "forum = ForumFile.open(Path(sys.argv[1]), read_only=True); "
    "export_minutes(forum, sys.argv[3], Path(sys.argv[2])); forum.close()"
)


def _environment() -> dict[str, str]:
    # An installed Samsyn runs from compiled bytecode; without it every run
    # would recompile app/ and measure the compiler, not the export.
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def _run(args: list[str]) -> float:
    env = _environment()
    start = time.perf_counter()
    done = subprocess.run(args, cwd=REPO, env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(args)} exited {done.returncode}: {done.stderr.strip()}")
    return elapsed


def figures(runs: int = 5) -> list[Figure]:
    """The export ratio against the python-docx floor, for bench/run_all.py."""
    measured = measure(argparse.Namespace(runs=runs, seed=1, keep=None))
    return [
        Figure(
            "export of a large meeting (process)",
            statistics.median(measured.export_times),
            "s",
            BUDGET_RATIO,
            statistics.median(measured.floor_times),
            "python-docx floor",
            note="; ".join(f"{v} {k}" for k, v in measured.counts.items()),
        )
    ]


@dataclass
class Measured:
    floor_times: list[float]
    export_times: list[float]
    in_process: list[float]
    counts: dict[str, int]
    size_kb: float


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="runs per figure (default 5)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--keep", type=Path, help="also copy the large .docx here, to look at")
    args = parser.parse_args(argv)
    measured = measure(args)
    floor_times, export_times = measured.floor_times, measured.export_times
    in_process, size_kb = measured.in_process, measured.size_kb

    floor_median = statistics.median(floor_times)
    export_median = statistics.median(export_times)
    ratio = export_median / floor_median
    print()
    print(
        f"(a) python-docx floor, process  median {floor_median:.3f} s  min {min(floor_times):.3f} s"
    )
    print(
        f"(b) minutes export, process     median {export_median:.3f} s  "
        f"min {min(export_times):.3f} s  ({size_kb:.0f} kB)"
    )
    print(
        f"in-process gather+check+render median {statistics.median(in_process):.3f} s  "
        f"min {min(in_process):.3f} s"
    )
    verdict = "met" if ratio <= BUDGET_RATIO else "NOT met"
    print(f"\nratio (b)/(a) = {ratio:.2f}, budget {BUDGET_RATIO}x: {verdict}")
    return 0


def measure(args: argparse.Namespace) -> Measured:
    """Both processes alternating, then the in-process render, median material only."""
    runs = max(1, args.runs)
    with tempfile.TemporaryDirectory(prefix="samsyn-export-bench-") as tmp:
        folder = Path(tmp)
        source, forum_path = folder / "large.json", folder / "large.samsyn"
        source.write_text(json.dumps(_Builder(args.seed).document(), ensure_ascii=False))
        with import_into_new_file(load_exchange_file(source), forum_path) as forum:
            meeting = forum.meetings.list()[-1]
            counts = {
                "gaps": len(forum.gaps.list(meeting_id=meeting.id)),
                "actions": len(forum.actions.list(meeting_id=meeting.id)),
                "attendees": len(forum.attendance.list(meeting_id=meeting.id)),
                "follow-ups": len(forum.followups.list(meeting_id=meeting.id)),
            }
            gap_ids = [g.id for g in forum.gaps.list(meeting_id=meeting.id)]
            counts["causes"] = len(forum.causes.list_in("gap_id", gap_ids))

        python = _python()
        floor_out, export_out = folder / "floor.docx", folder / "minutes.docx"
        floor = [python, "-c", f"import docx; docx.Document().save({str(floor_out)!r})"]
        if _cli_has_export():
            how = "python -m app export"
            export = [python, "-m", "app", "export", str(forum_path), "--out", str(export_out)]
            export += ["--meeting", meeting.id]
        else:
            how = "inline export_minutes script (app/cli.py has no export yet)"
            export = [python, "-c", _INLINE_EXPORT, str(forum_path), str(export_out), meeting.id]

        print(f"Samsyn minutes export benchmark, Python {sys.version.split()[0]}, {runs} runs each")
        print("large meeting: " + ", ".join(f"{v} {k}" for k, v in counts.items()))
        print(f"export process: {how}", flush=True)

        _run(floor), _run(export)  # warm: bytecode written, files in the page cache
        floor_times, export_times = [], []
        for _ in range(runs):  # alternating, so both see the same machine state
            floor_times.append(_run(floor))
            export_times.append(_run(export))
        size_kb = export_out.stat().st_size / 1000
        if args.keep:
            args.keep.write_bytes(export_out.read_bytes())

        from app.minutes import minutes_document

        with ForumFile.open(forum_path, read_only=True) as forum:
            minutes_document(forum, meeting.id, "sv")  # warm: imports and the catalogue
            in_process = []
            for _ in range(runs):
                start = time.perf_counter()
                minutes_document(forum, meeting.id, "sv")  # with the footer's privacy check
                in_process.append(time.perf_counter() - start)
    return Measured(floor_times, export_times, in_process, counts, size_kb)


if __name__ == "__main__":
    sys.exit(main())
