"""Dates in the Islamic calendar, which Indonesian news writes beside the Gregorian one:
"bulan Ramadan ini", "bulan puasa", "awal Zulhijjah 1438 H", "6 Rabiul Akhir 1439".

Converted with `hijridate` (the Umm al-Qura calendar; Indonesia's own sighting can start a
month a day apart). Without a Hijri year, the month is the occurrence the publication date
points to: the nearest one, the one before it ("Ramadan lalu") or after it ("Ramadan
mendatang").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, timedelta

from hijridate import Gregorian, Hijri

__all__ = ["HIJRI_MONTH_NAMES", "HIJRI_PATTERN", "hijri_months", "resolve_hijri"]

_MONTHS: dict[str, int] = {
    "muharram": 1, "muharam": 1, "safar": 2, "sapar": 2, "rabiul awal": 3, "rabi'ul awal": 3,
    "rabiul akhir": 4, "rabi'ul akhir": 4, "rabiulawal": 3, "rabiulakhir": 4,
    "jumadil awal": 5, "jumadil akhir": 6, "jumadilawal": 5, "jumadilakhir": 6, "rajab": 7,
    "syaban": 8, "sya'ban": 8, "syakban": 8, "ramadan": 9, "ramadhan": 9, "ramazan": 9,
    "puasa": 9, "syawal": 10, "zulkaidah": 11, "dzulqaidah": 11, "zulqaidah": 11,
    "dzulkaidah": 11, "zulhijjah": 12, "dzulhijjah": 12, "zulhijah": 12, "dzulhijah": 12,
}  # fmt: skip


# The Hijri months as Indonesian writes them, lower-cased ("ramadhan", "syawal")
HIJRI_MONTH_NAMES: frozenset[str] = frozenset(set(_MONTHS) - {"puasa"})


_NAMES = "|".join(
    re.escape(name).replace(r"\ ", r"\s+")
    for name in sorted(set(_MONTHS) - {"puasa"}, key=len, reverse=True)
)
HIJRI_PATTERN = re.compile(
    r"(?=[\w])(?<![\w-])(?:(?P<part>awal|akhir|pertengahan)\s+)?(?:(?P<d>[1-9]|[12]\d|30)\s+)?"
    r"(?:(?P<bulan>bulan)\s+)?(?:(?P<mon>" + _NAMES + r")|(?P<fast>(?<=bulan\s)puasa))"
    r"(?:\s+(?P<hy>1[34]\d\d)(?:\s*H\b|\s+Hijriah)?|\s+(?P<gy>(?:19|20)\d\d))?"
    r"(?:\s+(?P<rel>tahun\s+(?:ini|lalu|depan)|ini|lalu|kemarin|depan|mendatang))?(?![\w-])",
    re.IGNORECASE,
)


# the stems of the Hijri months: most articles name none and skip the full pattern (a
# substring test of the lower-cased text is ten times cheaper than the pattern)
_STEMS = ("ramad", "ramaz", "puasa", "syawal", "muhar", "safar", "sapar", "rabi", "jumad",
          "rajab", "syaban", "sya'ban", "syakban", "zul")  # fmt: skip
_NAME_WORD = re.compile(r"[A-Z][\w'-]*")
# the word before a match, when it does not open a sentence ("Pada Ramadan lalu"); after a
# rank or an acronym too ("AKP Ilham Ramadhan")
_WORD_BEFORE = re.compile(r"(?<=[A-Za-z,;] )(\S+)\s+$")
_WORD_AFTER = re.compile(r"\s+(\S+)")


def hijri_months(text: str) -> Iterator[re.Match[str]]:
    """The matches of `HIJRI_PATTERN` in `text` that are a month, not a given name."""
    low = text.lower()
    if not any(stem in low for stem in _STEMS):
        return
    for m in HIJRI_PATTERN.finditer(text):
        if _a_month_not_a_name(m):
            yield m


def _a_month_not_a_name(m: re.Match[str]) -> bool:
    """ "Ramadhan Pohan", "Muhammad Ramadhan": a given name, unless a day, "bulan", "awal" or
    a Hijri year says it is the month."""
    if m.group("d") or m.group("bulan") or m.group("part") or m.group("hy") or m.group("fast"):
        return True
    before = _WORD_BEFORE.search(m.string, max(0, m.start() - 30), m.start())
    after = _WORD_AFTER.match(m.string, m.end())
    named_before = before is not None and _NAME_WORD.fullmatch(before.group(1).rstrip(","))
    named_after = after is not None and _NAME_WORD.match(after.group(1)) and not m.group("rel")
    return not (named_before or named_after)


def _month(year: int, month: int) -> tuple[date, date]:
    first = Hijri(year, month, 1)
    start = first.to_gregorian()
    begin = date(start.year, start.month, start.day)
    return begin, begin + timedelta(days=first.month_length() - 1)


def resolve_hijri(m: re.Match[str], pub: date | None) -> tuple[str, str | None]:
    """(kind, ISO value) of a Hijri date match, or (kind, None) when it cannot be placed."""
    month = 9 if m.group("fast") else _MONTHS[re.sub(r"\s+", " ", m.group("mon").lower())]
    rel = re.sub(r"\s+", " ", (m.group("rel") or "").lower())
    if m.group("hy"):
        year = int(m.group("hy"))
    elif m.group("gy"):
        # "Ramadan 2017": the Hijri year whose month starts in that Gregorian year
        gy = int(m.group("gy"))
        guess = Gregorian(gy, 7, 1).to_hijri().year
        year = next(y for y in (guess - 1, guess, guess + 1) if _month(y, month)[0].year == gy)
    elif pub is not None:
        now = Gregorian(pub.year, pub.month, pub.day).to_hijri().year
        spans = {y: _month(y, month) for y in (now - 1, now, now + 1)}
        if rel in ("lalu", "kemarin"):
            year = max(y for y, (_, end) in spans.items() if end < pub)
        elif rel in ("depan", "mendatang"):
            year = min(y for y, (begin, _) in spans.items() if begin > pub)
        elif rel.startswith("tahun"):
            year = now + {"ini": 0, "lalu": -1, "depan": 1}[rel.split()[-1]]
        else:  # the nearest: "bulan Ramadan ini" in June, "Ramadan" named in August
            year = min(
                spans,
                key=lambda y: 0 if spans[y][0] <= pub <= spans[y][1]
                else min(abs((spans[y][0] - pub).days), abs((spans[y][1] - pub).days)),
            )  # fmt: skip
    else:
        return "interval", None
    try:
        begin, end = _month(year, month)
    except (OverflowError, ValueError):
        return "interval", None
    part = (m.group("part") or "").lower()
    if m.group("d"):
        day = begin + timedelta(days=int(m.group("d")) - 1)
        return ("date", day.isoformat()) if day <= end else ("date", None)
    if part == "awal":
        return "date", begin.isoformat()  # "awal Ramadan": its first day
    if part == "pertengahan":
        return "interval", f"{begin + timedelta(days=10)}/{begin + timedelta(days=19)}"
    if part == "akhir":
        return "interval", f"{begin + timedelta(days=20)}/{end}"
    return "interval", f"{begin}/{end}"
