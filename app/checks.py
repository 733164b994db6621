"""``samsyn check``: is the forum file whole, and does its text hold personal
identity numbers that must not reach the minutes?"""

from __future__ import annotations

from pathlib import Path

from app.i18n import translate
from storage.database import ForumDatabase


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
            table: int(db.query(f"SELECT count(*) FROM {table}")[0][0])
            for table in ("meeting", "gap", "cause", "action", "person", "organisation")
        }
        version = db.schema_version()
        privacy = [] if findings else _privacy_lines(db)
    if privacy:
        return privacy, translate(
            "Check",
            "{name}: filen är hel, men {count} person- eller samordningsnummer finns i "
            "texten; ta bort dem innan minnesanteckningarna skickas.",
        ).format(name=Path(path).name, count=len(privacy))
    if findings:
        summary = translate("Check", "{name}: {count} fel hittades.").format(
            name=Path(path).name, count=len(findings)
        )
    else:
        summary = translate(
            "Check",
            "{name}: filen är hel (schema {version}): {meeting} träffar, {gap} glapp, "
            "{cause} orsaker, {action} åtgärder, {person} personer, "
            "{organisation} organisationer.",
        ).format(name=Path(path).name, version=version, **counts)
        summary += " " + translate("Check", "Inga person- eller samordningsnummer i texten.")
    return findings, summary
