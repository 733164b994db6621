"""The privacy check of one meeting reads exactly what its minutes (and e-mail) show.

Every text field of a forum gets its own marker ("T017X"); the markers found in
the exported document and in the e-mail draft must be exactly the markers of
the texts the meeting-scoped scan reads: nothing shown unchecked, nothing
checked that is never shown.
"""

from __future__ import annotations

import email
import io
import itertools
import re
import zipfile
from email import policy
from email.message import EmailMessage

from app.forum_file import ForumFile
from app.minutes import minutes_document, minutes_file_name
from app.minutes_out import meeting_email, privacy_lines
from app.model import AttendanceStatus
from app.privacy import forum_sites, scan_forum

MARKER = re.compile(r"t\d{3}x", re.IGNORECASE)
PNR = "19090527-1474"  # a published test number


class Markers:
    """Hands out one marker per field, and remembers which field got which."""

    def __init__(self) -> None:
        self._numbers = itertools.count(1)
        self.of: dict[str, str] = {}

    def __call__(self, field: str, rest: str = "") -> str:
        marker = f"T{next(self._numbers):03d}X"
        self.of[field] = marker
        return f"{marker} {rest}".strip()

    def mail(self, field: str) -> str:
        return self(field).lower() + "@example.se"


def _build(ff: ForumFile, m: Markers) -> tuple[str, str]:
    """A forum with three meetings; returns (target meeting id, earlier meeting id)."""
    ff.forum.update(
        name=m("forum.name", "Forum"),
        area=m("forum.area"),
        goal=m("forum.goal"),
        description=m("forum.description"),
    )
    categories = ff.categories.list()
    for index, category in enumerate(categories):
        ff.categories.update(category.id, name=m(f"category{index}.name", category.name))
    orgs = {}
    for label in ("present", "excused", "action", "gap", "owner", "unused", "invited"):
        orgs[label] = ff.organisations.create(
            name=m(f"org.{label}.name", "Org"), unit=m(f"org.{label}.unit")
        )

    def person(label: str, org: str | None, address: str | None = None) -> str:
        created = ff.people.create(
            name=m(f"{label}.name", "Namn"),
            title=m(f"{label}.title"),
            organisation_id=orgs[org].id if org else None,
            email=address if address is not None else m.mail(f"{label}.email"),
            phone=m(f"{label}.phone", "070-123 45 67"),
        )
        return created.id

    people = {
        "present": person("present", "present"),
        "excused": person("excused", "excused"),
        "absent": person("absent", None, ""),
        "invited": person("invited", "invited"),
        "badmail": person("badmail", None, m("badmail.email", "at example")),
        "taker": person("taker", "unused"),
        "facilitator": person("facilitator", "unused"),
        "owner": person("owner", "unused"),
        "followed_owner": person("followed_owner", "owner"),
        "stranger": person("stranger", "unused"),
    }

    def meeting(label: str, day: str) -> str:
        return ff.meetings.create(
            title=m(f"{label}.title", "Träff"),
            date=day,
            location=m(f"{label}.location"),
            purpose=m(f"{label}.purpose"),
            next_location=m(f"{label}.next_location"),
            next_notes=m(f"{label}.next_notes"),
            notes_taker_id=people["taker"] if label == "target" else None,
        ).id

    earlier = meeting("earlier", "2026-03-04")
    target = meeting("target", "2026-06-10")
    later = meeting("later", "2026-09-01")
    for label, status in (
        ("present", AttendanceStatus.PRESENT),
        ("excused", AttendanceStatus.EXCUSED),
        ("absent", AttendanceStatus.ABSENT),
        ("invited", AttendanceStatus.INVITED),
        ("badmail", AttendanceStatus.PRESENT),
    ):
        ff.attendance.create(meeting_id=target, person_id=people[label], status=status)
    ff.attendance.create(meeting_id=earlier, person_id=people["stranger"], status="present")
    ff.facilitators.create(meeting_id=target, person_id=people["facilitator"])

    for label, meeting_id in (("earlier", earlier), ("target", target), ("later", later)):
        ff.agenda.create(
            meeting_id=meeting_id, title=m(f"{label}.agenda.title"), notes=m(f"{label}.agenda")
        )
        for kind in ("decision", "parked", "other"):
            ff.notes.create(meeting_id=meeting_id, kind=kind, text=m(f"{label}.note.{kind}"))

    def gap(label: str, meeting_id: str) -> str:
        return ff.gaps.create(
            meeting_id=meeting_id,
            title=m(f"{label}.title", "Glapp"),
            description=m(f"{label}.description"),
            transition=m(f"{label}.transition"),
            target_group=m(f"{label}.target_group"),
        ).id

    old_gap, other_old_gap, own_gap = (
        gap("gap.old", earlier),
        gap("gap.old_other", earlier),
        gap("gap.own", target),
    )
    gap("gap.later", later)
    ff.gap_organisations.create(gap_id=own_gap, organisation_id=orgs["gap"].id)
    root = ff.causes.create(
        gap_id=own_gap, category_id=categories[0].id, text=m("cause.root", "Orsak")
    )
    # A "why?" stands under its root cause's category; its own category is not shown.
    why = ff.causes.create(
        gap_id=own_gap, parent_id=root.id, category_id=categories[1].id, text=m("cause.why")
    )
    ff.causes.create(gap_id=own_gap, parent_id=why.id, text=m("cause.why_why"))
    ff.causes.create(gap_id=old_gap, category_id=categories[2].id, text=m("cause.old"))
    ff.causes.create(gap_id=other_old_gap, text=m("cause.old_other"))

    def action(label: str, meeting_id: str, **refs: str | None) -> str:
        return ff.actions.create(
            meeting_id=meeting_id,
            title=m(f"{label}.title", "Åtgärd"),
            description=m(f"{label}.description"),
            success_measure=m(f"{label}.success_measure"),
            **refs,
        ).id

    # The target meeting's action answers a gap raised at the earlier meeting.
    action(
        "action.on_old_gap",
        target,
        gap_id=old_gap,
        owner_id=people["owner"],
        organisation_id=orgs["action"].id,
    )
    action("action.own", target, gap_id=own_gap)
    followed = action("action.followed", earlier, owner_id=people["followed_owner"])
    action("action.not_followed", earlier)
    action("action.later", later)
    ff.followups.record(target, followed, "ongoing", m("followup.note"))
    ff.followups.record(later, followed, "done", m("followup.later"))
    return target, earlier


def _docx_markers(data: bytes) -> set[str]:
    found: set[str] = set()
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        for name in package.namelist():
            if name.endswith(".xml") or name.endswith(".rels"):
                found |= _markers(package.read(name).decode("utf-8"))
    return found


def _markers(text: str) -> set[str]:
    return {match.upper() for match in MARKER.findall(text)}


def _eml_markers(message: EmailMessage) -> set[str]:
    parsed = email.message_from_bytes(message.as_bytes(), policy=policy.default)
    assert isinstance(parsed, EmailMessage)
    body = parsed.get_body(("plain",))
    assert body is not None
    texts = [str(parsed["Subject"]), body.get_content()]
    texts += [f"{a.display_name} {a.addr_spec}" for a in parsed["To"].addresses]
    found = _markers(" ".join(texts))
    for attachment in parsed.iter_attachments():
        found |= _markers(f"{attachment.get_filename()} {attachment.get_param('name')}")
        found |= _docx_markers(attachment.get_content())
    return found


def _scope_markers(ff: ForumFile, meeting_id: str, *, for_email: bool) -> set[str]:
    sites = list(forum_sites(ff, meeting_id, for_email=for_email))
    return _markers(" ".join(site.text for site in sites))


def test_meeting_scan_reads_exactly_what_the_document_shows(forum: ForumFile) -> None:
    m = Markers()
    target, _ = _build(forum, m)
    meeting = forum.meetings.get(target)
    shown = _docx_markers(minutes_document(forum, target, "sv"))
    shown |= _markers(minutes_file_name(forum, meeting, "sv"))
    assert _scope_markers(forum, target, for_email=False) == shown
    # Spot checks, so a wrong build cannot make both sides empty alike.
    for field in (
        "forum.name",
        "gap.old.title",  # another meeting's gap, named in the action list
        "action.followed.title",
        "followed_owner.name",
        "org.owner.name",  # the followed action's organisation, through its owner
        "category0.name",
        "present.title",
        "excused.name",
        "taker.name",
        "facilitator.name",
    ):
        assert m.of[field] in shown, field
    for field in (
        "forum.goal",
        "org.present.unit",
        "present.phone",
        "present.email",
        "invited.name",
        "stranger.name",
        "category1.name",
        "gap.old.description",
        "action.followed.description",
        "cause.old",
        "followup.later",
        "earlier.title",
    ):
        assert m.of[field] not in shown, field


def test_e_mail_scan_reads_exactly_what_the_draft_shows(forum: ForumFile) -> None:
    m = Markers()
    target, _ = _build(forum, m)
    shown = _eml_markers(meeting_email(forum, target, "sv"))
    assert _scope_markers(forum, target, for_email=True) == shown
    for field in ("invited.name", "invited.email", "present.email", "gap.old.title"):
        assert m.of[field] in shown, field
    for field in ("badmail.email", "present.phone", "stranger.email", "invited.title"):
        assert m.of[field] not in shown, field


def test_a_number_in_an_earlier_meetings_gap_title_is_found(forum: ForumFile) -> None:
    m = Markers()
    target, earlier = _build(forum, m)
    old_gap = next(g for g in forum.gaps.list(meeting_id=earlier) if g.title.startswith("T"))
    forum.gaps.update(old_gap.id, title=f"Glapp för {PNR}")
    (finding,) = scan_forum(forum, target)
    assert (finding.site.table, finding.site.field, finding.site.meeting_id) == (
        "gap",
        "title",
        earlier,
    )
    assert finding.match.text == PNR
    assert len(privacy_lines(forum, target)) == 1


def test_texts_the_minutes_never_show_do_not_stop_the_export(forum: ForumFile) -> None:
    m = Markers()
    target, _ = _build(forum, m)
    present = forum.people.list()[0]
    forum.people.update(present.id, phone="0002292399", email=f"{PNR}@example.se")
    forum.forum.update(goal=f"Mål {PNR}")
    organisation = forum.organisations.list()[0]
    forum.organisations.update(organisation.id, unit=f"Enhet {PNR}")
    assert scan_forum(forum, target) == []
    # The e-mail puts the address on its To: line: now it counts.
    (finding,) = scan_forum(forum, target, for_email=True)
    assert (finding.site.table, finding.site.field) == ("person", "email")
    assert privacy_lines(forum, target, for_email=True) == (finding.line(),)
    # The whole-forum check reads everything, the phone number included.
    fields = {(f.site.table, f.site.field) for f in scan_forum(forum)}
    assert {("person", "phone"), ("person", "email"), ("forum", "goal")} <= fields
    assert ("organisation", "unit") in fields


def test_meeting_sites_read_as_the_whole_forum_scan_reads_them(forum: ForumFile) -> None:
    m = Markers()
    target, _ = _build(forum, m)
    everything = list(forum_sites(forum))
    for for_email in (False, True):
        scoped = list(forum_sites(forum, target, for_email=for_email))
        assert scoped, for_email
        # The same sites (so "go to" works alike), in the whole scan's order.
        assert scoped == [site for site in everything if site in scoped]
