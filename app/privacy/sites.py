"""Every user-typed text of a forum, with where it is, and the scan over them.

Texts come in the order the facilitator meets them: the forum-wide ones
first, then meeting by meeting in date order, phase by phase, item by item.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from app import model
from app.forum_file import ForumFile
from app.minutes.tree import cause_tree
from app.model import NoteKind, Phase
from app.privacy.findings import Finding, TextSite
from app.privacy.numbers import find_identity_numbers

# Which fields of each table a user types; in the order the editor shows them.
_FORUM_FIELDS = ("name", "area", "goal", "description")
_PERSON_FIELDS = ("name", "title", "email", "phone")
_ORGANISATION_FIELDS = ("name", "unit")
_CATEGORY_FIELDS = ("name",)
_MEETING_FIELDS = ("title", "location", "purpose")
_NEXT_MEETING_FIELDS = ("next_location", "next_notes")
_AGENDA_FIELDS = ("title", "notes")
_FOLLOWUP_FIELDS = ("note",)
_GAP_FIELDS = ("title", "description", "transition", "target_group")
_CAUSE_FIELDS = ("text",)
_ACTION_FIELDS = ("title", "description", "success_measure")
_NOTE_FIELDS = ("text",)
_NOTE_ORDER = (NoteKind.DECISION, NoteKind.PARKED, NoteKind.OTHER)


def scan_forum(
    forum: ForumFile, meeting_id: str | None = None, *, for_email: bool = False
) -> list[Finding]:
    """Identity numbers in the forum's texts, in the order the texts appear.

    Without ``meeting_id``: every text of the forum. With it: exactly the texts
    that meeting's minutes print (see ``minutes_keys``); ``for_email`` adds the
    names and addresses on the e-mail draft's To: line. A meeting that does not
    exist raises NotFound.
    """
    return scan_sites(forum_sites(forum, meeting_id, for_email=for_email))


def scan_sites(sites: Iterable[TextSite]) -> list[Finding]:
    return [Finding(site, match) for site in sites for match in find_identity_numbers(site.text)]


def forum_sites(
    forum: ForumFile, meeting_id: str | None = None, *, for_email: bool = False
) -> Iterator[TextSite]:
    """The texts ``scan_forum`` reads, in the same order (see there).

    A meeting's texts are picked from the whole forum's, so each site reads
    the same, and the order is the one the facilitator meets them in.
    """
    if meeting_id is None:
        yield from _all_sites(forum)
        return
    forum.meetings.get(meeting_id)
    wanted = minutes_keys(forum, meeting_id, for_email=for_email)
    # Only the meetings whose rows the minutes show need to be read.
    involved = {meeting_id} | _row_meetings(forum, wanted)
    for site in _all_sites(forum, involved):
        if (site.table, site.key, site.field) in wanted:
            yield site


SiteKey = tuple[str, tuple[str, ...], str]  # (table, key, field)


def minutes_keys(forum: ForumFile, meeting_id: str, *, for_email: bool = False) -> set[SiteKey]:
    """Which fields of which rows the minutes of ``meeting_id`` print, as the
    minutes themselves report them while they are gathered (one definition for
    both); ``for_email`` adds the To: line's people (name and address)."""
    from app.mail_draft import recipient_list
    from app.minutes import ShownText, shown_texts

    shown = shown_texts(forum, meeting_id)
    if for_email:
        for person in recipient_list(forum, meeting_id).reached:
            shown += [ShownText("person", person, "name"), ShownText("person", person, "email")]
    services: dict[str, Any] = {
        "person": forum.people,
        "organisation": forum.organisations,
        "cause_category": forum.categories,
        "meeting": forum.meetings,
        "agenda_item": forum.agenda,
        "followup": forum.followups,
        "gap": forum.gaps,
        "cause": forum.causes,
        "action": forum.actions,
        "meeting_note": forum.notes,
    }
    keys: set[SiteKey] = set()
    for text in shown:
        service = services.get(text.table)
        key = service.key_of(text.row) if service is not None else (text.row.id,)
        keys.add((text.table, tuple(key), text.field))
    return keys


def _row_meetings(forum: ForumFile, keys: set[SiteKey]) -> set[str]:
    """The meetings of the gaps and actions among ``keys`` (another meeting's gap
    or followed-up action); follow-ups, agenda items and notes are the meeting's own."""
    gap_ids = [key[0] for table, key, _ in keys if table == "gap"]
    action_ids = [key[0] for table, key, _ in keys if table == "action"]
    rows: list[model.Gap | model.Action] = [
        *forum.gaps.list_in("id", gap_ids),
        *forum.actions.list_in("id", action_ids),
    ]
    return {row.meeting_id for row in rows}


def _all_sites(forum: ForumFile, meeting_ids: set[str] | None = None) -> Iterator[TextSite]:
    """Every text site; with ``meeting_ids`` only those meetings' (and the forum-wide ones)."""
    yield from _forum_wide_sites(forum)
    for meeting in forum.meetings.list():
        if meeting_ids is None or meeting.id in meeting_ids:
            yield from _meeting_sites(forum, meeting)


def _forum_wide_sites(forum: ForumFile) -> Iterator[TextSite]:
    info = forum.forum.get()
    yield from _sites_of(info, (info.id,), "forum", _FORUM_FIELDS, item="")
    for person in forum.people.list():
        key = forum.people.key_of(person)
        yield from _sites_of(person, key, "person", _PERSON_FIELDS, item=person.name)
    for organisation in forum.organisations.list():
        key = forum.organisations.key_of(organisation)
        yield from _sites_of(
            organisation, key, "organisation", _ORGANISATION_FIELDS, item=organisation.name
        )
    for category in forum.categories.list():
        key = forum.categories.key_of(category)
        yield from _sites_of(category, key, "cause_category", _CATEGORY_FIELDS, item=category.name)


def _meeting_sites(forum: ForumFile, meeting: model.Meeting) -> Iterator[TextSite]:
    in_meeting = _InMeeting(meeting)
    key = forum.meetings.key_of(meeting)
    yield from in_meeting.sites(meeting, key, "meeting", _MEETING_FIELDS, Phase.PREPARATION)
    for agenda_item in forum.agenda.list(meeting_id=meeting.id):
        yield from in_meeting.sites(
            agenda_item,
            forum.agenda.key_of(agenda_item),
            "agenda_item",
            _AGENDA_FIELDS,
            Phase.PREPARATION,
            item=agenda_item.title,
        )

    followups = forum.followups.list(meeting_id=meeting.id)
    titles = {a.id: a.title for a in forum.actions.list_in("id", [f.action_id for f in followups])}
    for followup in followups:
        yield from in_meeting.sites(
            followup,
            forum.followups.key_of(followup),
            "followup",
            _FOLLOWUP_FIELDS,
            Phase.FOLLOW_UP,
            item=titles.get(followup.action_id, ""),
        )

    gaps = forum.gaps.list(meeting_id=meeting.id)
    for gap in gaps:
        yield from in_meeting.sites(
            gap, forum.gaps.key_of(gap), "gap", _GAP_FIELDS, Phase.GAPS, item=gap.title
        )
    causes = forum.causes.list_in("gap_id", [g.id for g in gaps])
    for cause in cause_tree_order(gaps, causes):
        yield from in_meeting.sites(
            cause, forum.causes.key_of(cause), "cause", _CAUSE_FIELDS, Phase.CAUSES, item=cause.text
        )

    yield from _action_sites(forum, meeting, forum.actions.list(meeting_id=meeting.id))

    notes = forum.notes.list(meeting_id=meeting.id)
    for kind in _NOTE_ORDER:
        for note in (n for n in notes if n.kind == kind):
            yield from in_meeting.sites(
                note,
                forum.notes.key_of(note),
                "meeting_note",
                _NOTE_FIELDS,
                Phase.CLOSING,
                item=note.text,
                note_kind=note.kind,
            )
    yield from in_meeting.sites(meeting, key, "meeting", _NEXT_MEETING_FIELDS, Phase.CLOSING)


def _action_sites(
    forum: ForumFile, meeting: model.Meeting, actions: Iterable[model.Action]
) -> Iterator[TextSite]:
    in_meeting = _InMeeting(meeting)
    for action in actions:
        yield from in_meeting.sites(
            action,
            forum.actions.key_of(action),
            "action",
            _ACTION_FIELDS,
            Phase.ACTIONS,
            item=action.title,
        )


def cause_tree_order(gaps: Sequence[model.Gap], causes: Sequence[model.Cause]) -> list[model.Cause]:
    """Causes gap by gap, each followed by its "why" answers, as the fishbone (and
    the minutes) list them; causes of other gaps are not read."""
    by_gap: dict[str, list[model.Cause]] = defaultdict(list)
    for cause in causes:
        by_gap[cause.gap_id].append(cause)
    return [cause for gap in gaps for cause, _depth in cause_tree(by_gap.get(gap.id, []))]


class _InMeeting:
    """Makes the sites of one meeting's items."""

    def __init__(self, meeting: model.Meeting) -> None:
        self.meeting = meeting

    def sites(
        self,
        row: Any,
        key: tuple[str, ...],
        table: str,
        fields: Sequence[str],
        phase: Phase,
        *,
        item: str = "",
        note_kind: str | None = None,
    ) -> Iterator[TextSite]:
        for field in fields:
            text = getattr(row, field)
            if text:
                yield TextSite(
                    meeting_id=self.meeting.id,
                    phase=phase,
                    table=table,
                    key=key,
                    field=field,
                    text=text,
                    meeting_date=self.meeting.date,
                    meeting_title=self.meeting.title,
                    item=item,
                    note_kind=note_kind,
                )


def _sites_of(
    row: Any, key: tuple[str, ...], table: str, fields: Sequence[str], *, item: str
) -> Iterator[TextSite]:
    for field in fields:
        text = getattr(row, field)
        if text:
            yield TextSite(None, None, table, key, field, text, item=item)
