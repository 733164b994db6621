"""What a delete took with it, in words: the news after it and the question before.

A delete in Samsyn cascades or clears references (storage/schema.py): a person
leaves every attendance list and every action they owned. The facilitator sees
one row go; these sentences say what else changed, so nothing goes unnoticed
(Ctrl+Z brings it all back).
"""

from __future__ import annotations

from collections import Counter

from app.i18n import QT_TRANSLATE_NOOP, counted, translate
from app.text_cleaning import one_line
from storage.rows import KEYS, Removal

_C = "Removal"
_LABEL_LENGTH = 60

# (what was deleted, table of a row deleted with it): one and several.
_TAKEN: dict[tuple[str, str], tuple[str, str]] = {
    ("person", "attendance"): (
        QT_TRANSLATE_NOOP("Removal", "Personen togs bort från deltagarlistan på 1 träff."),
        QT_TRANSLATE_NOOP("Removal", "Personen togs bort från deltagarlistan på {n} träffar."),
    ),
    ("person", "meeting_facilitator"): (
        QT_TRANSLATE_NOOP("Removal", "Personen togs bort som samtalsledare på 1 träff."),
        QT_TRANSLATE_NOOP("Removal", "Personen togs bort som samtalsledare på {n} träffar."),
    ),
    ("organisation", "gap_organisation"): (
        QT_TRANSLATE_NOOP("Removal", "1 glapp är inte längre kopplat till organisationen."),
        QT_TRANSLATE_NOOP("Removal", "{n} glapp är inte längre kopplade till organisationen."),
    ),
    ("gap", "cause"): (
        QT_TRANSLATE_NOOP("Removal", "1 orsak togs bort med glappet."),
        QT_TRANSLATE_NOOP("Removal", "{n} orsaker togs bort med glappet."),
    ),
    ("cause", "cause"): (
        QT_TRANSLATE_NOOP("Removal", "1 underliggande orsak togs också bort."),
        QT_TRANSLATE_NOOP("Removal", "{n} underliggande orsaker togs också bort."),
    ),
    ("action", "followup"): (
        QT_TRANSLATE_NOOP("Removal", "1 uppföljning av åtgärden togs också bort."),
        QT_TRANSLATE_NOOP("Removal", "{n} uppföljningar av åtgärden togs också bort."),
    ),
}

# (table, column) of a reference the delete left empty: one and several.
_CLEARED: dict[tuple[str, str], tuple[str, str]] = {
    ("action", "owner_id"): (
        QT_TRANSLATE_NOOP("Removal", "1 åtgärd saknar nu ansvarig."),
        QT_TRANSLATE_NOOP("Removal", "{n} åtgärder saknar nu ansvarig."),
    ),
    ("action", "organisation_id"): (
        QT_TRANSLATE_NOOP("Removal", "1 åtgärd saknar nu organisation."),
        QT_TRANSLATE_NOOP("Removal", "{n} åtgärder saknar nu organisation."),
    ),
    ("action", "gap_id"): (
        QT_TRANSLATE_NOOP("Removal", "1 åtgärd hör inte längre till något glapp."),
        QT_TRANSLATE_NOOP("Removal", "{n} åtgärder hör inte längre till något glapp."),
    ),
    ("action", "cause_id"): (
        QT_TRANSLATE_NOOP("Removal", "1 åtgärd hör inte längre till någon orsak."),
        QT_TRANSLATE_NOOP("Removal", "{n} åtgärder hör inte längre till någon orsak."),
    ),
    ("person", "organisation_id"): (
        QT_TRANSLATE_NOOP("Removal", "1 person saknar nu organisation."),
        QT_TRANSLATE_NOOP("Removal", "{n} personer saknar nu organisation."),
    ),
    ("meeting", "notes_taker_id"): (
        QT_TRANSLATE_NOOP("Removal", "1 träff saknar nu antecknare."),
        QT_TRANSLATE_NOOP("Removal", "{n} träffar saknar nu antecknare."),
    ),
    ("cause", "category_id"): (
        QT_TRANSLATE_NOOP("Removal", "1 orsak saknar nu kategori."),
        QT_TRANSLATE_NOOP("Removal", "{n} orsaker saknar nu kategori."),
    ),
}

# What a meeting holds, in the order the workshop reaches it: one and several.
_MEETING_PARTS: tuple[tuple[str, str, str], ...] = (
    (
        "agenda_item",
        QT_TRANSLATE_NOOP("Removal", "1 dagordningspunkt"),
        QT_TRANSLATE_NOOP("Removal", "{n} dagordningspunkter"),
    ),
    (
        "attendance",
        QT_TRANSLATE_NOOP("Removal", "1 person på deltagarlistan"),
        QT_TRANSLATE_NOOP("Removal", "{n} personer på deltagarlistan"),
    ),
    (
        "meeting_facilitator",
        QT_TRANSLATE_NOOP("Removal", "1 samtalsledare"),
        QT_TRANSLATE_NOOP("Removal", "{n} samtalsledare"),
    ),
    ("gap", QT_TRANSLATE_NOOP("Removal", "1 glapp"), QT_TRANSLATE_NOOP("Removal", "{n} glapp")),
    (
        "cause",
        QT_TRANSLATE_NOOP("Removal", "1 orsak"),
        QT_TRANSLATE_NOOP("Removal", "{n} orsaker"),
    ),
    (
        "action",
        QT_TRANSLATE_NOOP("Removal", "1 åtgärd"),
        QT_TRANSLATE_NOOP("Removal", "{n} åtgärder"),
    ),
    (
        "followup",
        QT_TRANSLATE_NOOP("Removal", "1 uppföljning"),
        QT_TRANSLATE_NOOP("Removal", "{n} uppföljningar"),
    ),
    (
        "meeting_note",
        QT_TRANSLATE_NOOP("Removal", "1 anteckning"),
        QT_TRANSLATE_NOOP("Removal", "{n} anteckningar"),
    ),
)

_LIST = QT_TRANSLATE_NOOP("Removal", "{items} och {last}")
_LATER_FOLLOWUPS = (
    QT_TRANSLATE_NOOP(
        "Removal", "Dessutom tas 1 uppföljning av träffens åtgärder bort från en senare träff."
    ),
    QT_TRANSLATE_NOOP(
        "Removal", "Dessutom tas {n} uppföljningar av träffens åtgärder bort från senare träffar."
    ),
)


def removed_label(removal: Removal) -> str:
    """The deleted item as the facilitator knows it ("Sanna Berg"), one line, short."""
    if not removal.rows:
        return ""
    row = removal.rows[0][1]
    text = next((row[f] for f in ("name", "title", "text") if row.get(f)), "")
    return one_line(str(text), _LABEL_LENGTH)


def side_effects(removal: Removal) -> list[str]:
    """One sentence for each kind of change beyond the row the facilitator deleted,
    in a fixed order; empty when nothing else changed."""
    if not removal.rows:
        return []
    root = removal.rows[0][0]
    taken = Counter(table for table, _ in removal.rows[1:])
    # A reference cleared on a row that is itself deleted changed nothing visible.
    gone = {(table, tuple(row[c] for c in KEYS[table])) for table, row in removal.rows}
    cleared = Counter(
        (table, column)
        for table, key, column, _ in removal.cleared
        if (table, tuple(key[c] for c in KEYS[table])) not in gone
    )
    sentences = [
        counted(_C, taken[child], *texts)
        for (parent, child), texts in _TAKEN.items()
        if parent == root and taken[child]
    ]
    sentences += [
        counted(_C, cleared[place], *texts) for place, texts in _CLEARED.items() if cleared[place]
    ]
    return sentences


def meeting_contents(removal: Removal) -> str:
    """What deleting a meeting takes from it, as a list ("3 glapp, 5 orsaker och
    2 åtgärder"); empty for a meeting with nothing in it. Follow-ups made at
    later meetings of its actions are not in it: see ``later_followups``."""
    meeting_id = _root_id(removal)
    taken = Counter(
        table for table, row in removal.rows[1:] if not _made_elsewhere(table, row, meeting_id)
    )
    parts = [
        counted(_C, taken[table], one, several)
        for table, one, several in _MEETING_PARTS
        if taken[table]
    ]
    if len(parts) < 2:
        return "".join(parts)
    return translate(_C, _LIST).format(items=", ".join(parts[:-1]), last=parts[-1])


def later_followups(removal: Removal) -> int:
    """How many follow-ups other meetings made of the deleted meeting's actions."""
    meeting_id = _root_id(removal)
    return sum(1 for table, row in removal.rows[1:] if _made_elsewhere(table, row, meeting_id))


def later_followups_sentence(removal: Removal) -> str:
    """``later_followups`` in words; empty when there are none."""
    n = later_followups(removal)
    return counted(_C, n, *_LATER_FOLLOWUPS) if n else ""


def _root_id(removal: Removal) -> object:
    return removal.rows[0][1].get("id") if removal.rows else None


def _made_elsewhere(table: str, row: dict[str, object], meeting_id: object) -> bool:
    return table == "followup" and row["meeting_id"] != meeting_id
