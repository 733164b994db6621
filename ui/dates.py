"""Dates as people read them, in the current language."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from app.i18n import QT_TRANSLATE_NOOP
from app.validation import is_valid_date
from ui.entry_formats import normalise_date

MONTHS = (
    QT_TRANSLATE_NOOP("Dates", "januari"),
    QT_TRANSLATE_NOOP("Dates", "februari"),
    QT_TRANSLATE_NOOP("Dates", "mars"),
    QT_TRANSLATE_NOOP("Dates", "april"),
    QT_TRANSLATE_NOOP("Dates", "maj"),
    QT_TRANSLATE_NOOP("Dates", "juni"),
    QT_TRANSLATE_NOOP("Dates", "juli"),
    QT_TRANSLATE_NOOP("Dates", "augusti"),
    QT_TRANSLATE_NOOP("Dates", "september"),
    QT_TRANSLATE_NOOP("Dates", "oktober"),
    QT_TRANSLATE_NOOP("Dates", "november"),
    QT_TRANSLATE_NOOP("Dates", "december"),
)

BEFORE_MEETING_STYLE = "color: #8a4b00;"  # dark amber: look again, nothing is wrong yet


def long_date(iso: str | None) -> str:
    """'22 november 2026' (Swedish) or '22 November 2026' (English)."""
    if not iso:
        return ""
    try:
        day = date.fromisoformat(iso)
    except ValueError:
        return iso
    month = QCoreApplication.translate("Dates", MONTHS[day.month - 1])
    return f"{day.day} {month} {day.year}"


def short_date(iso: str | None) -> str:
    """The ISO form, which Swedish readers use day to day (2026-11-22)."""
    return iso or ""


def _before(iso: str | None, meeting_date: str | None) -> bool:
    """True when both are dates and ``iso`` lies before ``meeting_date``."""
    if not iso or not meeting_date:
        return False
    try:
        return date.fromisoformat(iso) < date.fromisoformat(meeting_date)
    except ValueError:
        return False


def spell_beside(label: QLabel, iso: str | None, meeting_date: str | None) -> None:
    """``iso`` in words on ``label``, the echo beside a date field (Klart senast,
    Nästa träff). A date before the meeting's is pointed out (a year typed wrong
    in January), not refused: it may be meant."""
    early = _before(iso, meeting_date)
    label.setEnabled(early)  # greyed when it only echoes the field
    style = BEFORE_MEETING_STYLE if early else ""
    if label.styleSheet() != style:
        label.setStyleSheet(style)
    if early:
        label.setText(
            QCoreApplication.translate("Dates", "{date} – före den här träffens datum").format(
                date=long_date(iso)
            )
        )
        label.setToolTip(
            QCoreApplication.translate("Dates", "Träffen var den {date}. Stämmer årtalet?").format(
                date=long_date(meeting_date)
            )
        )
    else:
        label.setText(long_date(iso))
        label.setToolTip("")


def spell_field(label: QLabel, text: str, stored: str | None, meeting_date: str | None) -> None:
    """``spell_beside`` for the date a field shows: the stored one, or one typed.

    Text typed (or refused) that is no date gets no words: the stored date's
    would describe another day than the field shows. A date typed without its
    year is read as the field will store it: on or after ``meeting_date``.
    """
    typed = normalise_date(text, after=meeting_date)
    if typed != (stored or ""):
        stored = typed if is_valid_date(typed) else None
    spell_beside(label, stored, meeting_date)
