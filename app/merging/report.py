"""What a merge did, in words: one sentence per source, then what was kept."""

from __future__ import annotations

from collections import Counter

from app.i18n import QT_TRANSLATE_NOOP, counted, translate
from app.merging import MergeResult

_C = "Merge"

# New rows by table, in the order the workshop reaches them: one and several.
_NEW: tuple[tuple[str, str, str], ...] = (
    (
        "forum",
        QT_TRANSLATE_NOOP("Merge", "forumets uppgifter"),
        QT_TRANSLATE_NOOP("Merge", "forumets uppgifter"),
    ),
    ("meeting", QT_TRANSLATE_NOOP("Merge", "1 träff"), QT_TRANSLATE_NOOP("Merge", "{n} träffar")),
    (
        "organisation",
        QT_TRANSLATE_NOOP("Merge", "1 organisation"),
        QT_TRANSLATE_NOOP("Merge", "{n} organisationer"),
    ),
    ("person", QT_TRANSLATE_NOOP("Merge", "1 person"), QT_TRANSLATE_NOOP("Merge", "{n} personer")),
    (
        "attendance",
        QT_TRANSLATE_NOOP("Merge", "1 rad i en deltagarlista"),
        QT_TRANSLATE_NOOP("Merge", "{n} rader i deltagarlistor"),
    ),
    (
        "meeting_facilitator",
        QT_TRANSLATE_NOOP("Merge", "1 samtalsledare"),
        QT_TRANSLATE_NOOP("Merge", "{n} samtalsledare"),
    ),
    (
        "agenda_item",
        QT_TRANSLATE_NOOP("Merge", "1 dagordningspunkt"),
        QT_TRANSLATE_NOOP("Merge", "{n} dagordningspunkter"),
    ),
    ("gap", QT_TRANSLATE_NOOP("Merge", "1 glapp"), QT_TRANSLATE_NOOP("Merge", "{n} glapp")),
    (
        "gap_organisation",
        QT_TRANSLATE_NOOP("Merge", "1 koppling mellan glapp och organisation"),
        QT_TRANSLATE_NOOP("Merge", "{n} kopplingar mellan glapp och organisation"),
    ),
    (
        "cause_category",
        QT_TRANSLATE_NOOP("Merge", "1 orsakskategori"),
        QT_TRANSLATE_NOOP("Merge", "{n} orsakskategorier"),
    ),
    ("cause", QT_TRANSLATE_NOOP("Merge", "1 orsak"), QT_TRANSLATE_NOOP("Merge", "{n} orsaker")),
    ("action", QT_TRANSLATE_NOOP("Merge", "1 åtgärd"), QT_TRANSLATE_NOOP("Merge", "{n} åtgärder")),
    (
        "followup",
        QT_TRANSLATE_NOOP("Merge", "1 uppföljning"),
        QT_TRANSLATE_NOOP("Merge", "{n} uppföljningar"),
    ),
    (
        "meeting_note",
        QT_TRANSLATE_NOOP("Merge", "1 anteckning"),
        QT_TRANSLATE_NOOP("Merge", "{n} anteckningar"),
    ),
)

_LINKS = ("attendance", "meeting_facilitator", "gap_organisation")
_ADDED = QT_TRANSLATE_NOOP("Merge", "{items} tillkom")
_CHANGED = QT_TRANSLATE_NOOP("Merge", "{items} ändrades")
_DELETED = QT_TRANSLATE_NOOP("Merge", "{items} togs bort")
_SENTENCE = QT_TRANSLATE_NOOP("Merge", "Från {name}: {parts}.")
_NOTHING = QT_TRANSLATE_NOOP("Merge", "Från {name}: inget nytt.")
_LIST = QT_TRANSLATE_NOOP("Merge", "{items} och {last}")
# What was not taken as it came: a label, then the rows (by what they are).
_RESTORED = QT_TRANSLATE_NOOP(
    "Merge", "Borttaget i forumfilen men ändrat där efteråt, och därför kvar: {items}."
)
_STAYED_DELETED = QT_TRANSLATE_NOOP(
    "Merge",
    "Borttaget i forumfilen efter den senaste ändringen där, och därför fortfarande "
    "borttaget: {items}.",
)
_LEFT_OUT = QT_TRANSLATE_NOOP(
    "Merge",
    "Nytt där men inte med, eftersom det hör till något som tagits bort i forumfilen: {items}.",
)
_KEPT = QT_TRANSLATE_NOOP("Merge", "Forumfilens version var nyare och behölls: {items}.")
_KEPT_UNTIMED = QT_TRANSLATE_NOOP(
    "Merge", "Skilde sig från JSON-filen men lämnades orört i forumfilen: {items}."
)


def _listed(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return translate(_C, _LIST).format(items=", ".join(items[:-1]), last=items[-1])


def _kinds(per_table: Counter[str]) -> str:
    """ "1 glapp, 2 orsaker och 1 åtgärd": the rows counted, by what they are."""
    return _listed(
        [counted(_C, per_table[t], one, several) for t, one, several in _NEW if per_table[t] > 0]
    )


def _without_links(deleted: Counter[str]) -> Counter[str]:
    """Links (attendance, a gap's organisations) that went with their gap or
    meeting are implied by it; alone, they are what was deleted."""
    main = Counter({t: n for t, n in deleted.items() if t not in _LINKS})
    return main if main.total() else deleted


def summary(result: MergeResult) -> str:
    """One paragraph: what came in from one source and what was left as it was."""
    parts = []
    for outcome, words in (("added", _ADDED), ("changed", _CHANGED)):
        if items := _kinds(result.rows(outcome)):
            parts.append(translate(_C, words).format(items=items))
    if deleted := _kinds(_without_links(result.deleted)):
        parts.append(translate(_C, _DELETED).format(items=deleted))
    name = result.source.name
    if parts:
        # "; " between the parts: each may be a list with its own "och".
        sentences = [translate(_C, _SENTENCE).format(name=name, parts="; ".join(parts))]
    else:
        sentences = [translate(_C, _NOTHING).format(name=name)]
    kept = _KEPT if result.timed else _KEPT_UNTIMED
    for outcome, words in (
        ("restored", _RESTORED),
        ("kept", kept),
        ("stayed_deleted", _STAYED_DELETED),
        ("left_out", _LEFT_OUT),
    ):
        if items := _kinds(result.rows(outcome)):
            sentences.append(translate(_C, words).format(items=items))
    return " ".join(sentences)
