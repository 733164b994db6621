"""``samsyn check``: is the forum file whole, and does its text hold personal
identity numbers that must not reach the minutes?"""

from __future__ import annotations

from pathlib import Path

from app.i18n import QT_TRANSLATE_NOOP, counted, translate
from storage.database import ForumDatabase

_PRIVACY_FOUND = (
    QT_TRANSLATE_NOOP(
        "Check",
        "{name}: filen är hel, men ett person- eller samordningsnummer finns i texten; "
        "ta bort det innan minnesanteckningarna skickas.",
    ),
    QT_TRANSLATE_NOOP(
        "Check",
        "{name}: filen är hel, men {n} person- eller samordningsnummer finns i texten; "
        "ta bort dem innan minnesanteckningarna skickas.",
    ),
)
_FAULTS_FOUND = (
    QT_TRANSLATE_NOOP("Check", "{name}: ett fel hittades."),
    QT_TRANSLATE_NOOP("Check", "{name}: {n} fel hittades."),
)
_CONTENTS = (
    ("meeting", QT_TRANSLATE_NOOP("Check", "1 träff"), QT_TRANSLATE_NOOP("Check", "{n} träffar")),
    ("gap", QT_TRANSLATE_NOOP("Check", "1 glapp"), QT_TRANSLATE_NOOP("Check", "{n} glapp")),
    ("cause", QT_TRANSLATE_NOOP("Check", "1 orsak"), QT_TRANSLATE_NOOP("Check", "{n} orsaker")),
    ("action", QT_TRANSLATE_NOOP("Check", "1 åtgärd"), QT_TRANSLATE_NOOP("Check", "{n} åtgärder")),
    ("person", QT_TRANSLATE_NOOP("Check", "1 person"), QT_TRANSLATE_NOOP("Check", "{n} personer")),
    (
        "organisation",
        QT_TRANSLATE_NOOP("Check", "1 organisation"),
        QT_TRANSLATE_NOOP("Check", "{n} organisationer"),
    ),
)


def _privacy_lines(db: ForumDatabase) -> list[str]:
    from app.forum_file import ForumFile
    from app.privacy import scan_forum

    return [finding.line() for finding in scan_forum(ForumFile(db))]


def check_forum_file(path: Path) -> tuple[list[str], str]:
    """Findings (one line each) and a one-line summary; nothing is written.

    A file that cannot be opened at all raises the storage error instead.
    """
    with ForumDatabase.open(Path(path), read_only=True) as db:
        findings = [
            translate("Check", "Integritetskontroll: {problem}").format(problem=p)
            for p in db.integrity_problems(full=True)
        ]
        findings += [
            translate("Check", "Trasig hänvisning: {problem}").format(problem=p)
            for p in db.foreign_key_problems()
        ]
        counts = {
            table: int(db.query(f"SELECT count(*) FROM {table}")[0][0]) for table, _, _ in _CONTENTS
        }
        version = db.schema_version()
        privacy = [] if findings else _privacy_lines(db)
    name = Path(path).name
    if privacy:
        return privacy, counted("Check", len(privacy), *_PRIVACY_FOUND, name=name)
    if findings:
        summary = counted("Check", len(findings), *_FAULTS_FOUND, name=name)
    else:
        contents = ", ".join(
            counted("Check", counts[table], one, several) for table, one, several in _CONTENTS
        )
        summary = translate("Check", "{name}: filen är hel (schema {version}): {contents}.").format(
            name=name, version=version, contents=contents
        )
        summary += " " + translate("Check", "Inga person- eller samordningsnummer i texten.")
    return findings, summary
