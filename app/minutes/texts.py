"""Every word the minutes print, Swedish first, looked up in the chosen language.

Section headings and labels live in the "Minutes" context. Column headings
have their own context ("MinutesTable") because the same Swedish word needs a
different English one there: "Glapp" is "Gaps" as a heading, "Gap" as a column.
"""

from __future__ import annotations

from functools import lru_cache

from app.i18n import QT_TRANSLATE_NOOP, Catalogue

MINUTES = "Minutes"
TABLE = "MinutesTable"

# Title, subject, file name.
TITLE = QT_TRANSLATE_NOOP("Minutes", "Minnesanteckningar")
SUBJECT = QT_TRANSLATE_NOOP("Minutes", "Minnesanteckningar – {forum} – {date}")
FILE_NAME = QT_TRANSLATE_NOOP("Minutes", "Minnesanteckningar {forum} {date}")

# The header block.
MEETING = QT_TRANSLATE_NOOP("Minutes", "Träff")
# The meeting's title with its number, when the title does not already say it.
MEETING_NUMBERED = QT_TRANSLATE_NOOP("Minutes", "Träff {number}: {title}")
MEETING_NUMBER = QT_TRANSLATE_NOOP("Minutes", "Träff {number}")
DATE = QT_TRANSLATE_NOOP("Minutes", "Datum")
TIME = QT_TRANSLATE_NOOP("Minutes", "Tid")
PLACE = QT_TRANSLATE_NOOP("Minutes", "Plats")
NOTES_TAKER = QT_TRANSLATE_NOOP("Minutes", "Antecknat av")
FACILITATORS = QT_TRANSLATE_NOOP("Minutes", "Samtalsledare")

# Attendance.
PRESENT = QT_TRANSLATE_NOOP("Minutes", "Närvarande")
EXCUSED = QT_TRANSLATE_NOOP("Minutes", "Anmält förhinder")
ABSENT = QT_TRANSLATE_NOOP("Minutes", "Frånvarande")
NO_ORGANISATION = QT_TRANSLATE_NOOP("Minutes", "Utan organisation")

# Purpose and agenda.
PURPOSE = QT_TRANSLATE_NOOP("Minutes", "Syfte")
AGENDA = QT_TRANSLATE_NOOP("Minutes", "Dagordning")

# Follow-up, gaps, causes, actions.
FOLLOW_UP = QT_TRANSLATE_NOOP("Minutes", "Uppföljning av åtgärder")
GAPS = QT_TRANSLATE_NOOP("Minutes", "Glapp")
GAP_HEADING = QT_TRANSLATE_NOOP("Minutes", "{number}. {title}")
GAPS_BY_VOTES = QT_TRANSLATE_NOOP(
    "Minutes", "Glappen står i röstordning, med de nummer de fick på träffen."
)
ONE_VOTE = QT_TRANSLATE_NOOP("Minutes", "1 röst")
VOTES = QT_TRANSLATE_NOOP("Minutes", "{votes} röster")
TRANSITION = QT_TRANSLATE_NOOP("Minutes", "Vårdövergång")
TARGET_GROUP = QT_TRANSLATE_NOOP("Minutes", "Målgrupp")
GAP_ORGANISATIONS = QT_TRANSLATE_NOOP("Minutes", "Berörda organisationer")
CAUSES = QT_TRANSLATE_NOOP("Minutes", "Orsaker")
UNCATEGORISED = QT_TRANSLATE_NOOP("Minutes", "Övrigt")
GAP_ACTIONS = QT_TRANSLATE_NOOP("Minutes", "Åtgärder")
ACTION_REFERENCE = QT_TRANSLATE_NOOP("Minutes", "Nr {number}: {title}")
ACTION_LIST = QT_TRANSLATE_NOOP("Minutes", "Åtgärdslista")
MEASURE = QT_TRANSLATE_NOOP("Minutes", "Mått")

# Closing.
DECISIONS = QT_TRANSLATE_NOOP("Minutes", "Beslut")
PARKED = QT_TRANSLATE_NOOP("Minutes", "Parkerade frågor")
OTHER_BUSINESS = QT_TRANSLATE_NOOP("Minutes", "Övriga frågor")
NEXT_MEETING = QT_TRANSLATE_NOOP("Minutes", "Nästa träff")

# The footer of every page.
PAGE_OF = QT_TRANSLATE_NOOP("Minutes", "Sida {page} av {pages}")
PUBLIC_RECORD = QT_TRANSLATE_NOOP(
    "Minutes",
    "Minnesanteckningarna kan bli allmän handling. De innehåller inga uppgifter om "
    "enskilda klienter eller patienter.",
)
# When the privacy check found identity numbers and the minutes went out anyway,
# the footer no longer vouches for them.
PUBLIC_RECORD_UNCHECKED = QT_TRANSLATE_NOOP(
    "Minutes", "Minnesanteckningarna kan bli allmän handling."
)

# Column headings.
COL_NUMBER = QT_TRANSLATE_NOOP("MinutesTable", "Nr")
COL_ACTION = QT_TRANSLATE_NOOP("MinutesTable", "Åtgärd")
COL_GAP = QT_TRANSLATE_NOOP("MinutesTable", "Glapp")
COL_OWNER = QT_TRANSLATE_NOOP("MinutesTable", "Ansvarig")
COL_ORGANISATION = QT_TRANSLATE_NOOP("MinutesTable", "Organisation")
COL_DUE = QT_TRANSLATE_NOOP("MinutesTable", "Klart senast")
COL_STATUS = QT_TRANSLATE_NOOP("MinutesTable", "Status")
COL_COMMENT = QT_TRANSLATE_NOOP("MinutesTable", "Kommentar")
COL_PEOPLE = QT_TRANSLATE_NOOP("MinutesTable", "Namn och titel")


@lru_cache(maxsize=4)
def catalogue(language: str) -> Catalogue:
    """One catalogue per language for the whole process (loading a .qm costs a file read)."""
    return Catalogue(language)


class Words:
    """The minutes' words in one language: ``words(SOURCE)`` or ``words.column(SOURCE)``."""

    def __init__(self, language: str) -> None:
        self.language = language
        self._catalogue = catalogue(language)

    def __call__(self, source: str) -> str:
        return self._catalogue.translate(MINUTES, source)

    def column(self, source: str) -> str:
        return self._catalogue.translate(TABLE, source)

    def status(self, source: str) -> str:
        return self._catalogue.translate("ActionLabels", source)
