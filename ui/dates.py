"""Dates as people read them, in the current language."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from app.i18n import QT_TRANSLATE_NOOP

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
