"""The privacy scan over a forum: which texts, in which order, and how a finding reads."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from app.errors import NotFound
from app.forum_file import ForumFile
from app.i18n import Catalogue
from app.model import Phase
from app.privacy import (
    PERSONNUMMER,
    SAMORDNINGSNUMMER,
    Finding,
    NumberMatch,
    TextSite,
    find_identity_numbers,
    forum_sites,
    one_line_label,
    scan_forum,
)

# Published test numbers (the shared personnummer list, Skatteverket's examples).
PNR = "19090527-1474"
SNR = "701063-2391"  # a samordningsnummer


def t(label: str) -> str:
    """A text that carries the test number."""
    return f"{label} med {PNR} i texten"


@dataclass
class Built:
    """Ids of a forum with the number in every text field."""

    forum_id: str
    person: str
    organisation: str
    category: str
    early: str  # meeting 2026-03-04
    late: str  # meeting 2026-06-10, follows up the early meeting's action
    other: str  # meeting 2026-09-01, its action is not followed up at `late`
    agenda: str
    gap: str
    cause: str
    why: str
    action: str
    note: str
    late_gap: str
    other_action: str


def build(ff: ForumFile) -> Built:
    ff.forum.update(name=t("Forum"), area=t("Område"), goal=t("Mål"), description=t("Om"))
    category = ff.categories.create(name=t("Kategori"))
    organisation = ff.organisations.create(name=t("Org"), unit=t("Enhet"))
    person = ff.people.create(
        name=t("Anna"), title=t("Titel"), email=t("mejl"), phone=t("tfn"), organisation_id=None
    )
    # Created out of date order: the scan orders by date, not by creation.
    late = ff.meetings.create(title="Uppföljningsträff", date="2026-06-10")
    early = ff.meetings.create(
        title=t("Träff"),
        date="2026-03-04",
        location=t("Plats"),
        purpose=t("Syfte"),
        next_location=t("Nästa plats"),
        next_notes=t("Nästa anteckning"),
    )
    other = ff.meetings.create(title="Höstträff", date="2026-09-01")
    agenda = ff.agenda.create(meeting_id=early.id, title=t("Punkt"), notes=t("Anteckning"))
    gap = ff.gaps.create(
        meeting_id=early.id,
        title=t("Glapp"),
        description=t("Beskrivning"),
        transition=t("Övergång"),
        target_group=t("Målgrupp"),
    )
    cause = ff.causes.create(gap_id=gap.id, text=t("Orsak"))
    why = ff.causes.create(gap_id=gap.id, parent_id=cause.id, text=t("Varför"))
    action = ff.actions.create(
        meeting_id=early.id,
        gap_id=gap.id,
        title=t("Åtgärd"),
        description=t("Vad"),
        success_measure=t("Mått"),
    )
    note = ff.notes.create(meeting_id=early.id, kind="decision", text=t("Beslut"))
    late_gap = ff.gaps.create(meeting_id=late.id, title=t("Sent glapp"))
    ff.followups.record(late.id, action.id, "ongoing", t("Kommentar"))
    other_action = ff.actions.create(meeting_id=other.id, title=t("Annan åtgärd"))
    return Built(
        ff.forum.get().id,
        person.id,
        organisation.id,
        category.id,
        early.id,
        late.id,
        other.id,
        agenda.id,
        gap.id,
        cause.id,
        why.id,
        action.id,
        note.id,
        late_gap.id,
        other_action.id,
    )


Place = tuple[str | None, Phase | None, str, tuple[str, ...], str]


def places(findings: list[Finding]) -> list[Place]:
    return [
        (f.site.meeting_id, f.site.phase, f.site.table, f.site.key, f.site.field) for f in findings
    ]


def expected_everything(b: Built) -> list[Place]:
    return [
        (None, None, "forum", (b.forum_id,), "name"),
        (None, None, "forum", (b.forum_id,), "area"),
        (None, None, "forum", (b.forum_id,), "goal"),
        (None, None, "forum", (b.forum_id,), "description"),
        (None, None, "person", (b.person,), "name"),
        (None, None, "person", (b.person,), "title"),
        (None, None, "person", (b.person,), "email"),
        (None, None, "person", (b.person,), "phone"),
        (None, None, "organisation", (b.organisation,), "name"),
        (None, None, "organisation", (b.organisation,), "unit"),
        (None, None, "cause_category", (b.category,), "name"),
        (b.early, Phase.PREPARATION, "meeting", (b.early,), "title"),
        (b.early, Phase.PREPARATION, "meeting", (b.early,), "location"),
        (b.early, Phase.PREPARATION, "meeting", (b.early,), "purpose"),
        (b.early, Phase.PREPARATION, "agenda_item", (b.agenda,), "title"),
        (b.early, Phase.PREPARATION, "agenda_item", (b.agenda,), "notes"),
        (b.early, Phase.GAPS, "gap", (b.gap,), "title"),
        (b.early, Phase.GAPS, "gap", (b.gap,), "description"),
        (b.early, Phase.GAPS, "gap", (b.gap,), "transition"),
        (b.early, Phase.GAPS, "gap", (b.gap,), "target_group"),
        (b.early, Phase.CAUSES, "cause", (b.cause,), "text"),
        (b.early, Phase.CAUSES, "cause", (b.why,), "text"),
        (b.early, Phase.ACTIONS, "action", (b.action,), "title"),
        (b.early, Phase.ACTIONS, "action", (b.action,), "description"),
        (b.early, Phase.ACTIONS, "action", (b.action,), "success_measure"),
        (b.early, Phase.CLOSING, "meeting_note", (b.note,), "text"),
        (b.early, Phase.CLOSING, "meeting", (b.early,), "next_location"),
        (b.early, Phase.CLOSING, "meeting", (b.early,), "next_notes"),
        (b.late, Phase.FOLLOW_UP, "followup", (b.late, b.action), "note"),
        (b.late, Phase.GAPS, "gap", (b.late_gap,), "title"),
        (b.other, Phase.ACTIONS, "action", (b.other_action,), "title"),
    ]


def test_every_text_field_is_scanned_in_order(forum: ForumFile) -> None:
    b = build(forum)
    findings = scan_forum(forum)
    assert places(findings) == expected_everything(b)
    assert {(f.match.text, f.match.kind) for f in findings} == {(PNR, PERSONNUMMER)}
    for f in findings:
        assert f.site.text[f.match.start : f.match.end] == PNR


def test_the_scan_is_the_same_after_reopening(forum: ForumFile, forum_path: Path) -> None:
    b = build(forum)
    forum.close()
    with ForumFile.open(forum_path, read_only=True) as reopened:
        assert places(scan_forum(reopened)) == expected_everything(b)


def test_meeting_scan_keeps_to_what_its_minutes_show(forum: ForumFile) -> None:
    b = build(forum)
    forum_name = (None, None, "forum", (b.forum_id,), "name")
    # The person, organisation and category take no part in these meetings, and the
    # forum's area, goal and description are not in the minutes: none is read.
    assert places(scan_forum(forum, b.late)) == [
        forum_name,
        # Followed up at the later meeting: its title is in that meeting's minutes.
        (b.early, Phase.ACTIONS, "action", (b.action,), "title"),
        (b.late, Phase.FOLLOW_UP, "followup", (b.late, b.action), "note"),
        (b.late, Phase.GAPS, "gap", (b.late_gap,), "title"),
    ]
    early = places(scan_forum(forum, b.early))
    assert early == [forum_name] + [p for p in expected_everything(b) if p[0] == b.early]
    assert places(scan_forum(forum, b.other)) == [
        forum_name,
        (b.other, Phase.ACTIONS, "action", (b.other_action,), "title"),
    ]


def test_meeting_scan_of_a_missing_meeting_is_refused(forum: ForumFile) -> None:
    with pytest.raises(NotFound):
        scan_forum(forum, "00000000-0000-4000-8000-000000000000")


def test_texts_without_numbers_give_no_findings_but_are_read(forum: ForumFile) -> None:
    meeting = forum.meetings.create(title="Vårträff", date="2026-04-01", location="Norrby")
    forum.gaps.create(meeting_id=meeting.id, title="Ring 070-123 45 67 eller 0701234567")
    assert scan_forum(forum) == []
    texts = [s.text for s in forum_sites(forum)]
    assert "Ring 070-123 45 67 eller 0701234567" in texts
    assert "Norrby" in texts
    assert "" not in texts  # empty fields are skipped


def test_several_numbers_in_one_text_in_order(forum: ForumFile) -> None:
    meeting = forum.meetings.create(title="Vårträff", date="2026-04-01")
    forum.notes.create(
        meeting_id=meeting.id, kind="other", text=f"Först {SNR}, sedan 0905271474 och {PNR}."
    )
    found = scan_forum(forum)
    assert [(f.match.text, f.match.kind) for f in found] == [
        (SNR, SAMORDNINGSNUMMER),
        ("0905271474", PERSONNUMMER),
        (PNR, PERSONNUMMER),
    ]
    assert all(f.site.note_kind == "other" for f in found)


def test_causes_are_read_as_the_fishbone_lists_them(forum: ForumFile) -> None:
    meeting = forum.meetings.create(title="Vårträff", date="2026-04-01")
    first = forum.gaps.create(meeting_id=meeting.id, title="Första")
    second = forum.gaps.create(meeting_id=meeting.id, title="Andra")
    a = forum.causes.create(gap_id=second.id, text=f"a {PNR}")
    b = forum.causes.create(gap_id=first.id, text=f"b {PNR}")
    c = forum.causes.create(gap_id=first.id, text=f"c {PNR}")
    b_why = forum.causes.create(gap_id=first.id, parent_id=b.id, text=f"b-varför {PNR}")
    b_why_why = forum.causes.create(gap_id=first.id, parent_id=b_why.id, text=f"bb {PNR}")
    order = [f.site.key[0] for f in scan_forum(forum) if f.site.table == "cause"]
    assert order == [b.id, b_why.id, b_why_why.id, c.id, a.id]


def test_notes_are_read_decisions_first(forum: ForumFile) -> None:
    meeting = forum.meetings.create(title="Vårträff", date="2026-04-01")
    other = forum.notes.create(meeting_id=meeting.id, kind="other", text=f"övrigt {PNR}")
    parked = forum.notes.create(meeting_id=meeting.id, kind="parked", text=f"parkerat {PNR}")
    decision = forum.notes.create(meeting_id=meeting.id, kind="decision", text=f"beslut {PNR}")
    assert [f.site.key[0] for f in scan_forum(forum)] == [decision.id, parked.id, other.id]


# -- how findings read ----------------------------------------------------------


def _finding_at(findings: list[Finding], table: str, field: str) -> Finding:
    return next(f for f in findings if f.site.table == table and f.site.field == field)


def test_locations_in_swedish(forum: ForumFile) -> None:
    built = build(forum)
    forum.people.update(forum.people.list()[0].id, name="Anna Exempelsson")
    forum.gaps.update(built.gap, title="Utskrivning utan planering")
    forum.meetings.update(forum.meetings.list()[0].id, title="Trygg hemgång")
    found = scan_forum(forum)
    sv = Catalogue("sv")
    meeting = "Träff 4 mars 2026 (Trygg hemgång)"

    def where(table: str, field: str) -> str:
        return _finding_at(found, table, field).location(sv)

    gap = _finding_at(found, "gap", "description")
    assert gap.location(sv) == f"{meeting} › Glapp › ”Utskrivning utan planering” › Beskrivning"
    assert gap.line(sv) == (
        f"{meeting} › Glapp › ”Utskrivning utan planering” › Beskrivning: personnummer {PNR}"
    )
    assert where("person", "title") == "Personer › Anna Exempelsson › Titel"
    assert where("forum", "description") == "Forumet › Beskrivning"
    assert where("organisation", "unit") == f"Organisationer › {t('Org')} › Enhet"
    assert where("cause_category", "name") == f"Orsakskategorier › {t('Kategori')} › Namn"
    assert where("meeting", "purpose") == f"{meeting} › Förberedelse › Syfte"
    assert (
        where("agenda_item", "notes") == f"{meeting} › Förberedelse › ”{t('Punkt')}” › Anteckningar"
    )
    assert where("cause", "text") == f"{meeting} › Orsaker › ”{t('Orsak')}” › Orsak"
    assert where("action", "success_measure") == (
        f"{meeting} › Åtgärder › ”{t('Åtgärd')}” › Hur vet vi att det blev bättre?"
    )
    assert where("meeting_note", "text") == f"{meeting} › Avslutning › ”{t('Beslut')}” › Beslut"
    assert where("meeting", "next_notes") == f"{meeting} › Avslutning › Nästa träff, anteckningar"
    assert where("followup", "note") == (
        f"Träff 10 juni 2026 (Uppföljningsträff) › Uppföljning › ”{t('Åtgärd')}” › Kommentar"
    )
    # Without a catalogue: the installed language, Swedish in the tests.
    assert gap.location() == gap.location(sv)


def test_location_in_english_uses_english_dates_and_field_labels(forum: ForumFile) -> None:
    build(forum)
    found = _finding_at(scan_forum(forum), "gap", "description")
    location = found.location(Catalogue("en"))
    assert "4 March 2026" in location
    assert location.endswith(" › Description")


def test_coordination_number_line() -> None:
    site = TextSite(None, None, "person", ("p1",), "phone", f"ring {SNR}", item="Anna")
    finding = Finding(site, _only_match(site.text))
    assert finding.line(Catalogue("sv")) == f"Personer › Anna › Telefon: samordningsnummer {SNR}"


def _only_match(text: str) -> NumberMatch:
    (match,) = find_identity_numbers(text)
    return match


def test_long_item_labels_are_shortened_to_one_line() -> None:
    long_title = "Utskrivning\nfrån   slutenvården utan att hemtjänsten fått besked i tid"
    label = one_line_label(long_title)
    assert label == "Utskrivning från slutenvården utan att…"
    assert len(label) <= 40  # 39 characters and the ellipsis, trailing space dropped
    assert one_line_label("Kort titel") == "Kort titel"
    site = TextSite(
        "m1",
        Phase.GAPS,
        "gap",
        ("g1",),
        "title",
        f"{long_title} {PNR}",
        meeting_date="2026-11-22",
        meeting_title="Trygg hemgång",
        item=long_title,
    )
    assert Finding(site, _only_match(site.text)).location(Catalogue("sv")) == (
        "Träff 22 november 2026 (Trygg hemgång) › Glapp › "
        "”Utskrivning från slutenvården utan att…” › Titel"
    )


def test_a_damaged_meeting_date_still_gives_a_location() -> None:
    site = TextSite("m1", Phase.GAPS, "gap", ("g1",), "title", PNR, meeting_date="2026-02-30")
    assert Finding(site, _only_match(PNR)).location(Catalogue("sv")).startswith("Träff 2026-02-30")


# -- the demo forum ---------------------------------------------------------------


def test_demo_forum_has_no_findings(demo_path: Path) -> None:
    with ForumFile.open(demo_path, read_only=True) as demo:
        assert len(list(forum_sites(demo))) > 300  # the scan really reads the demo's texts
        assert scan_forum(demo) == []
        for meeting in demo.meetings.list():
            assert scan_forum(demo, meeting.id) == []


@pytest.mark.parametrize(
    ("title", "language", "expected"),
    [
        ("Träff 5", "sv", "Träff 5 (22 november 2026)"),  # the title already says Träff
        ("träff 5 i Norrby", "sv", "träff 5 i Norrby (22 november 2026)"),
        ("", "sv", "Träff 22 november 2026"),
        ("Meeting 5", "en", "Meeting 5 (22 November 2026)"),
        ("Trygg hemgång", "en", "Meeting 22 November 2026 (Trygg hemgång)"),
    ],
)
def test_a_meeting_title_is_not_said_twice(title: str, language: str, expected: str) -> None:
    site = TextSite(
        "m1",
        Phase.GAPS,
        "gap",
        ("g1",),
        "title",
        PNR,
        meeting_date="2026-11-22",
        meeting_title=title,
    )
    location = Finding(site, _only_match(PNR)).location(Catalogue(language))
    assert location.split(" › ")[0] == expected
