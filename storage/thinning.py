"""Which backups to keep: the last 10, one a day for 14 days, one a month for a year.

A pure function over timestamps, so the rule can be tested on its own.

Monthly copies are kept for 12 months, not forever: a backup keeps text that
was deleted from the forum (a personal identity number removed by
``secure_delete`` lives on in older copies), so old copies must expire too.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, tzinfo

KEEP_LAST = 10
KEEP_DAYS = 14
KEEP_MONTHS = 12


def backups_to_keep(
    stamps: Iterable[datetime],
    now: datetime,
    *,
    tz: tzinfo | None = None,
    last: int = KEEP_LAST,
    days: int = KEEP_DAYS,
    months: int = KEEP_MONTHS,
) -> set[datetime]:
    """The stamps to keep among ``stamps`` (aware datetimes) at time ``now``.

    Kept: the ``last`` newest; the newest of each calendar day among the
    ``days`` days ending today; the newest of each calendar month among the
    ``months`` months ending this month. Days and months are those of ``tz``
    (default: the computer's local time zone), as the user counts them.
    Stamps later than ``now`` (a clock set wrong) count as today.
    """
    newest_first = sorted(set(stamps), reverse=True)
    keep = set(newest_first[:last])
    today = now.astimezone(tz).date()
    month_now = today.year * 12 + today.month - 1
    seen_days: set[object] = set()
    seen_months: set[int] = set()
    for stamp in newest_first:
        local = min(stamp, now).astimezone(tz).date()
        if 0 <= (today - local).days < days and local not in seen_days:
            seen_days.add(local)
            keep.add(stamp)
        month = local.year * 12 + local.month - 1
        if 0 <= month_now - month < months and month not in seen_months:
            seen_months.add(month)
            keep.add(stamp)
    return keep
