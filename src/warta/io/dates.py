"""Publication dates from feeds, JSON and pages to ISO 8601 (a date, or a datetime with a time)."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone
from email.utils import parsedate_to_datetime
from typing import Any

_YEAR = re.compile(r"(?<!\d)(19|20)\d{2}(?!\d)")
_TIME = re.compile(r"(?<!\d)\d{1,2}[:.]\d{2}(?!\d)")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}$")
# The date a press release's dateline gives: "Jakarta, 27 November 2026 –", "Surabaya, Jumat
# (27/11/2026) -"
DATELINE_DATE = (
    r"(?:(?:Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu),?\s*)?"
    r"(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4}|\(?\d{1,2}/\d{1,2}/\d{2,4}\)?)"
)
# Indonesia's time zones and their hours east of UTC
ZONES = {"WIB": 7, "WITA": 8, "WIT": 9}
_ZONE = re.compile(r"\b(WIB|WITA|WIT)\b", re.IGNORECASE)
# Only absolute dates: relative ones ("kemarin", "2 jam lalu") depend on when warta runs,
# and a date without a year would be completed with the current one.
_DATEPARSER_SETTINGS: dict[str, Any] = {
    "PARSERS": ["custom-formats", "absolute-time"],
    "DATE_ORDER": "DMY",
    "PREFER_DAY_OF_MONTH": "first",
    "STRICT_PARSING": False,
}


def normalise_date(value: object) -> str | None:
    """ISO 8601 for a date given as text (ISO, RFC 822, Indonesian or English words), else None.

    A value with a time of day becomes a datetime (with its offset when known, e.g. WIB
    → +07:00); a value with only a day becomes "YYYY-MM-DD". Unix timestamps (int/float)
    are read as UTC.
    """
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float):
        return _from_timestamp(float(value))
    if not isinstance(value, str):
        return None
    text = " ".join(value.split())
    if not text or len(text) > 200 or not _YEAR.search(text):
        return None
    if _ISO_DATE.match(text):
        try:
            return date.fromisoformat(text).isoformat()
        except ValueError:
            return None
    parsed = _parse_iso(text) or _parse_rfc822(text) or _parse_words(text)
    if parsed is None:
        return None
    if not _TIME.search(text):
        return parsed.date().isoformat()
    zone = _ZONE.search(text)
    if parsed.tzinfo is None and zone is not None:
        # The RFC 822 reader skips zones it does not know ("Rabu, 27 Nov 2026 09:15 WIB").
        parsed = parsed.replace(tzinfo=timezone(timedelta(hours=ZONES[zone.group(1).upper()])))
    return parsed.isoformat(timespec="seconds")


def _parse_iso(text: str) -> datetime | None:
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        return None


def _parse_rfc822(text: str) -> datetime | None:
    try:
        return parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None


def _parse_words(text: str) -> datetime | None:
    import dateparser  # imported late: it is slow to load and only needed for worded dates

    try:
        parsed: datetime | None = dateparser.parse(
            text, languages=["id", "en"], settings=_DATEPARSER_SETTINGS
        )
        return parsed
    except (ValueError, OverflowError, TypeError):
        return None


def _from_timestamp(value: float) -> str | None:
    from datetime import UTC

    if value > 1e11:  # milliseconds, as JavaScript writes them
        value /= 1000
    try:
        return datetime.fromtimestamp(value, tz=UTC).isoformat(timespec="seconds")
    except (OverflowError, OSError, ValueError):
        return None
