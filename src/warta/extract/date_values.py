"""ISO values for dates and periods: the publication date, intervals of days, months and
years, and a period shifted from a day ("pekan lalu", "last month"). Shared by the Indonesian
and the English date extractors."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from datetime import date, timedelta

__all__ = [
    "interval",
    "leftmost_longest",
    "month_interval",
    "publication",
    "shift_period",
    "year_interval",
]


def publication(published: str | None) -> date | None:
    """The publication day of an ISO date or timestamp, or None."""
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None


def interval(start: date, end: date) -> str:
    """ "2026-11-01/2026-11-30": an ISO interval of days."""
    return f"{start.isoformat()}/{end.isoformat()}"


def month_interval(year: int, month: int) -> str:
    following = date(year + (month == 12), month % 12 + 1, 1)
    return interval(date(year, month, 1), following - timedelta(days=1))


def year_interval(year: int) -> str:
    return interval(date(year, 1, 1), date(year, 12, 31))


def shift_period(pub: date, period: str, step: int) -> str:
    """The day, week, month or year (Indonesian: "hari", "pekan", "bulan", "tahun") `step`
    periods from `pub`'s."""
    if period == "hari":
        return (pub + timedelta(days=step)).isoformat()
    if period in ("pekan", "minggu"):
        monday = pub - timedelta(days=pub.weekday()) + timedelta(weeks=step)
        return interval(monday, monday + timedelta(days=6))
    if period == "bulan":
        index = pub.year * 12 + pub.month - 1 + step
        return month_interval(index // 12, index % 12 + 1)
    return year_interval(pub.year + step)


def leftmost_longest(
    candidates: Iterable[tuple[int, int, int, str, re.Match[str]]],
) -> Iterator[tuple[int, int, str, re.Match[str]]]:
    """(start, end, pattern name, match) of the matches that do not overlap, left to right,
    the longest (then the first pattern) where several start together; each candidate is
    (start, -length, pattern rank, pattern name, match)."""
    taken_until = -1
    for start, neg_len, _rank, name, match in sorted(candidates):
        if start < taken_until:
            continue
        taken_until = start - neg_len
        yield start, taken_until, name, match
