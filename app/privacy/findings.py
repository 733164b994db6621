"""Where a number was found, written so the facilitator can go there and fix it.

A location reads like the way through the app to the text, e.g.
``Träff 22 november 2026 (Trygg hemgång) › Glapp › ”Utskrivning utan planering”
› Beskrivning``; forum-wide texts read ``Personer › Anna Exempelsson › Titel``.
"""

from __future__ import annotations

from app.dates_text import long_date
from app.i18n import QT_TRANSLATE_NOOP, Catalogue, translate
from app.messages import _FIELD_LABELS as SHARED_FIELD_LABELS
from app.model import NoteKind, Phase
from app.privacy.numbers import PERSONNUMMER, SAMORDNINGSNUMMER, NumberMatch
from app.text_cleaning import one_line
from storage.records import record

_C = "Privacy"
ITEM_LABEL_LENGTH = 40

_MEETING = QT_TRANSLATE_NOOP("Privacy", "Träff {date} ({title})")
_MEETING_UNTITLED = QT_TRANSLATE_NOOP("Privacy", "Träff {date}")
# A title that already says what it is ("Träff 5") goes first, then the date.
_MEETING_WORD = QT_TRANSLATE_NOOP("Privacy", "Träff")
_MEETING_NAMED = QT_TRANSLATE_NOOP("Privacy", "{title} ({date})")
_QUOTED = QT_TRANSLATE_NOOP("Privacy", "”{item}”")
_LINE = QT_TRANSLATE_NOOP("Privacy", "{location}: {kind} {number}")
_SEPARATOR = " \u203a "

_PHASE_SECTIONS: dict[Phase, str] = {
    Phase.PREPARATION: QT_TRANSLATE_NOOP("Privacy", "Förberedelse"),
    Phase.FOLLOW_UP: QT_TRANSLATE_NOOP("Privacy", "Uppföljning"),
    Phase.GAPS: QT_TRANSLATE_NOOP("Privacy", "Glapp"),
    Phase.CAUSES: QT_TRANSLATE_NOOP("Privacy", "Orsaker"),
    Phase.ACTIONS: QT_TRANSLATE_NOOP("Privacy", "Åtgärder"),
    Phase.CLOSING: QT_TRANSLATE_NOOP("Privacy", "Avslutning"),
}

# Forum-wide texts are edited outside the meetings; the table names the section.
_TABLE_SECTIONS: dict[str, str] = {
    "forum": QT_TRANSLATE_NOOP("Privacy", "Forumet"),
    "person": QT_TRANSLATE_NOOP("Privacy", "Personer"),
    "organisation": QT_TRANSLATE_NOOP("Privacy", "Organisationer"),
    "cause_category": QT_TRANSLATE_NOOP("Privacy", "Orsakskategorier"),
}

# Field labels that app.messages does not have, or that read better here.
_OWN_FIELD_LABELS: dict[tuple[str, str], str] = {
    ("agenda_item", "notes"): QT_TRANSLATE_NOOP("Privacy", "Anteckningar"),
    ("meeting", "next_notes"): QT_TRANSLATE_NOOP("Privacy", "Nästa träff, anteckningar"),
    ("cause", "text"): QT_TRANSLATE_NOOP("Privacy", "Orsak"),
}

_NOTE_KIND_LABELS: dict[str, str] = {
    NoteKind.DECISION: QT_TRANSLATE_NOOP("Privacy", "Beslut"),
    NoteKind.PARKED: QT_TRANSLATE_NOOP("Privacy", "Parkerad fråga"),
    NoteKind.OTHER: QT_TRANSLATE_NOOP("Privacy", "Övrig fråga"),
}

_KIND_LABELS: dict[str, str] = {
    PERSONNUMMER: QT_TRANSLATE_NOOP("Privacy", "personnummer"),
    SAMORDNINGSNUMMER: QT_TRANSLATE_NOOP("Privacy", "samordningsnummer"),
}


@record
class TextSite:
    """One user-typed text of the forum and where the facilitator edits it.

    ``key`` is the row's key as EntityService.key_of gives it. The meeting
    date and title and ``item`` (the item's own name, e.g. a gap's title)
    are kept so a finding can say where it is without the forum file.
    """

    meeting_id: str | None  # None for forum-wide texts
    phase: Phase | None  # None for forum-wide texts
    table: str
    key: tuple[str, ...]
    field: str
    text: str
    meeting_date: str | None = None  # ISO date of meeting_id
    meeting_title: str = ""
    item: str = ""  # "" when the field belongs to the meeting or the forum itself
    note_kind: str | None = None  # for meeting_note: decision, parked or other


@record
class Finding:
    site: TextSite
    match: NumberMatch

    def location(self, catalogue: Catalogue | None = None) -> str:
        """Where the number is, in ``catalogue``'s language (None: the installed one)."""
        tr = _Words(catalogue)
        site = self.site
        parts = []
        if site.phase is None:
            parts.append(tr(_TABLE_SECTIONS.get(site.table, site.table)))
            if site.item:
                parts.append(one_line_label(site.item))
        else:
            if site.meeting_date is not None:
                parts.append(_meeting_part(tr, site.meeting_date, site.meeting_title))
            parts.append(tr(_PHASE_SECTIONS.get(site.phase, "")))
            if site.item:
                parts.append(tr(_QUOTED).format(item=one_line_label(site.item)))
        parts.append(tr.field(site))
        return _SEPARATOR.join(p for p in parts if p)

    def line(self, catalogue: Catalogue | None = None) -> str:
        """One line for the command line: the location, the kind and the number."""
        tr = _Words(catalogue)
        return tr(_LINE).format(
            location=self.location(catalogue),
            kind=tr(_KIND_LABELS[self.match.kind]),
            number=self.match.text,
        )


def one_line_label(text: str, limit: int = ITEM_LABEL_LENGTH) -> str:
    """``text`` on one line, cut to ``limit`` characters with "…" if longer
    (the same cleaning as every one-line text of the minutes and the e-mail)."""
    return one_line(text, limit)


def _meeting_part(tr: _Words, iso_date: str, title: str) -> str:
    label = one_line_label(title)
    if not label:
        template = _MEETING_UNTITLED
    elif label.casefold().startswith(tr(_MEETING_WORD).casefold()):
        template = _MEETING_NAMED
    else:
        template = _MEETING
    return tr(template).format(date=tr.date(iso_date), title=label)


class _Words:
    """Looks texts up in a chosen catalogue, or in the installed language."""

    def __init__(self, catalogue: Catalogue | None) -> None:
        self.catalogue = catalogue

    def __call__(self, text: str, context: str = _C) -> str:
        if not text:
            return ""
        if self.catalogue is None:
            return translate(context, text)
        return self.catalogue.translate(context, text)

    def date(self, iso: str) -> str:
        try:
            if self.catalogue is not None:
                return long_date(iso, self.catalogue.language)
            # The installed language's month names: the same "Dates" texts the window uses.
            day, month, year = long_date(iso, "sv").split(" ")
        except ValueError:
            return iso  # a damaged date is still a place to look
        return f"{day} {translate('Dates', month)} {year}"

    def field(self, site: TextSite) -> str:
        if site.table == "meeting_note" and site.note_kind in _NOTE_KIND_LABELS:
            return self(_NOTE_KIND_LABELS[site.note_kind])
        own = _OWN_FIELD_LABELS.get((site.table, site.field))
        if own is not None:
            return self(own)
        shared = SHARED_FIELD_LABELS.get(site.field)
        return self(shared, "Fields") if shared is not None else site.field
