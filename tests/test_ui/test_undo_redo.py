"""Undo and redo of a mixed sequence of 30 edits: the stored file matches each step.

The expected state after every edit is the file's own dump taken right after
that edit; undoing must walk back through exactly those states, and redoing
forward again, read from the file each time.
"""

from __future__ import annotations

import gc
import weakref
from collections.abc import Callable
from pathlib import Path

from pytestqt.qtbot import QtBot

from app.exchange.files import dump_text
from app.forum_file import ForumFile
from ui.undo import EditController


def _edits(ff: ForumFile, c: EditController) -> list[Callable[[], object]]:
    meetings = ff.meetings.list()
    latest, earlier = meetings[-1], meetings[-2]
    gaps = ff.gaps.list(meeting_id=latest.id)
    people = ff.people.list()
    orgs = ff.organisations.list()
    agenda = ff.agenda.list(meeting_id=latest.id)
    open_earlier = [a for a in ff.actions.list(meeting_id=earlier.id) if a.status != "done"]
    categories = ff.categories.list()
    made: dict[str, str] = {}

    def new_gap() -> None:
        gap = c.create(ff.gaps, "Nytt glapp", meeting_id=latest.id, title="Hjälpmedel saknas")
        assert gap is not None
        made["gap"] = gap.id

    def new_cause() -> None:
        cause = c.create(
            ff.causes,
            "Ny orsak",
            gap_id=made["gap"],
            text="Ingen beställer",
            category_id=categories[1].id,
        )
        assert cause is not None
        made["cause"] = cause.id

    def new_why() -> None:
        why = c.create(
            ff.causes,
            "Varför?",
            gap_id=made["gap"],
            parent_id=made["cause"],
            text="Oklart ansvar",
            category_id=categories[1].id,
        )
        assert why is not None

    def new_action() -> None:
        action = c.create(
            ff.actions,
            "Ny åtgärd",
            meeting_id=latest.id,
            cause_id=made["cause"],
            title="Rutin för hjälpmedel",
            owner_id=people[0].id,
            due="2027-01-15",
        )
        assert action is not None
        made["action"] = action.id

    def walk_in() -> None:
        with c.macro("Ny deltagare"):
            org = c.create(ff.organisations, "Ny organisation", name="Anhörigcentrum")
            assert org is not None
            person = c.create(
                ff.people,
                "Ny person",
                name="Rut Exempel",
                organisation_id=org.id,
                email="rut@example.se",
            )
            assert person is not None
            c.create(
                ff.attendance,
                "Närvarande",
                meeting_id=latest.id,
                person_id=person.id,
                status="present",
            )

    return [
        new_gap,
        lambda: c.update(ff.gaps, made["gap"], "Beskrivning", description="En man i 80-årsåldern"),
        lambda: c.update(ff.gaps, made["gap"], "Röster", votes=6),
        new_cause,
        new_why,
        new_action,
        lambda: c.update(ff.actions, made["action"], "Klart senast", due="2027-02-01"),
        lambda: c.update(ff.actions, made["action"], "Status", status="ongoing"),
        lambda: c.create(
            ff.notes,
            "Beslut",
            meeting_id=latest.id,
            kind="decision",
            text="Forumet ställer sig bakom rutinen",
        ),
        lambda: c.create(
            ff.notes,
            "Parkerad",
            meeting_id=latest.id,
            kind="parked",
            text="Frågan om nattpatrullens bemanning",
        ),
        lambda: c.move(ff.agenda, agenda[-1].id, 0, "Flytta punkt"),
        lambda: c.create(ff.agenda, "Ny punkt", meeting_id=latest.id, title="Fika", minutes=15),
        lambda: c.record_followup(
            latest.id, open_earlier[0].id, "done", "Klart i oktober", "Uppföljning"
        ),
        lambda: c.record_followup(
            latest.id, open_earlier[0].id, "delayed", "Rättat: försenad", "Uppföljning"
        ),
        walk_in,
        lambda: c.update(ff.meetings, latest.id, "Plats", location="Folkets hus, Norrby"),
        lambda: c.update(ff.meetings, latest.id, "Nästa träff", next_date="2027-03-10"),
        lambda: c.delete(ff.gaps, gaps[0].id, "Ta bort glapp"),
        lambda: c.move(ff.gaps, made["gap"], 0, "Flytta glapp"),
        lambda: c.delete(ff.people, people[1].id, "Ta bort person"),
        lambda: c.update(ff.organisations, orgs[0].id, "Enhet", unit="Hemtjänst norr"),
        lambda: c.create(
            ff.gap_organisations, "Organisation", gap_id=made["gap"], organisation_id=orgs[2].id
        ),
        lambda: c.update(ff.causes, made["cause"], "Röster", votes=4),
        lambda: c.delete(ff.causes, made["cause"], "Ta bort orsak"),
        lambda: c.update(
            ff.categories,
            categories[0].id,
            "Byt namn",
            name="Kommunikation och informationsöverföring",
        ),
        lambda: c.delete(ff.categories, categories[1].id, "Ta bort kategori"),
        lambda: c.create(
            ff.notes,
            "Övrig fråga",
            meeting_id=latest.id,
            kind="other",
            text="Nästa träff hålls digitalt?",
        ),
        lambda: c.update(ff.attendance, (latest.id, people[2].id), "Frånvarande", status="absent"),
        lambda: c.delete(ff.meetings, earlier.id, "Ta bort träff"),
        lambda: c.update(ff.gaps, made["gap"], "Status", status="in_progress"),
    ]


def test_thirty_edits_undo_and_redo_match_the_file(qtbot: QtBot, demo_path: Path) -> None:
    with ForumFile.open(demo_path) as ff:
        controller = EditController(ff)
        failures: list[str] = []
        controller.failed.connect(failures.append)
        states = [dump_text(ff.db)]
        edits = _edits(ff, controller)
        assert len(edits) == 30
        for edit in edits:
            edit()
            assert failures == []
            states.append(dump_text(ff.db))
        assert controller.stack.count() == 30
        assert len(set(states)) == 31, "every edit changed the file"
        for step in range(30, 0, -1):
            controller.stack.undo()
            assert dump_text(ff.db) == states[step - 1], f"after undoing edit {step}"
        for step in range(1, 31):
            controller.stack.redo()
            assert dump_text(ff.db) == states[step], f"after redoing edit {step}"
        assert failures == []
    with ForumFile.open(demo_path) as ff:  # and it is what the file holds after a reopen
        assert dump_text(ff.db) == states[-1]


def test_a_controller_with_edits_is_freed_without_the_garbage_collector(
    qtbot: QtBot, demo_path: Path
) -> None:
    # A cycle through the C++ undo stack (command -> controller -> stack ->
    # command) crashed PySide whenever the collector broke it: no such cycle.
    with ForumFile.open(demo_path) as ff:
        gc.disable()
        try:
            controller = EditController(ff)
            meeting = ff.meetings.list()[-1]
            assert controller.create(ff.gaps, "Nytt glapp", meeting_id=meeting.id, title="Glapp")
            with controller.macro("Två"):
                controller.create(ff.gaps, "Nytt glapp", meeting_id=meeting.id, title="Ett")
                controller.create(ff.gaps, "Nytt glapp", meeting_id=meeting.id, title="Två")
            assert controller.stack.count() == 2
            freed = weakref.ref(controller)
            del controller
            assert freed() is None
        finally:
            gc.enable()


def test_a_failed_undo_still_reports_through_its_controller(qtbot: QtBot, demo_path: Path) -> None:
    with ForumFile.open(demo_path) as ff:
        controller = EditController(ff)
        failures: list[str] = []
        controller.failed.connect(failures.append)
        meeting = ff.meetings.list()[-1]
        gap = controller.create(ff.gaps, "Nytt glapp", meeting_id=meeting.id, title="Glapp")
        assert gap is not None
        ff.gaps.delete((gap.id,))  # behind the stack's back: undo cannot find it
        controller.stack.undo()
        assert len(failures) == 1
