"""Dates in English-language articles (wire copy, English-language Indonesian outlets),
resolved like the Indonesian ones against the publication date: "Nov 19", "November 19,
2026", "19 November 2026", "on Wednesday", "last week", "early October", "the first quarter
of 2027", "0800 GMT". Month and weekday names come from babel's English locale.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from babel.dates import get_day_names, get_month_names

from warta.extract.date_values import (
    leftmost_longest,
    month_interval,
    publication,
    shift_period,
    year_interval,
)

__all__ = ["extract_english_dates"]


def _months() -> dict[str, int]:
    table: dict[str, int] = {}
    for width in ("wide", "abbreviated"):
        for number, name in get_month_names(width, locale="en").items():
            table[str(name).lower()] = int(number)
    table["sept"] = 9
    return table


_MONTHS = _months()
_FULL_MONTHS = {str(n).lower() for n in get_month_names("wide", locale="en").values()}
_WEEKDAYS = {str(n).lower(): int(i) for i, n in get_day_names("wide", locale="en").items()}
_MON = "|".join(sorted((m.capitalize() for m in _MONTHS), key=len, reverse=True))
_FULL_MON = "|".join(sorted((m.capitalize() for m in _FULL_MONTHS), key=len, reverse=True))
_DOW = "|".join(d.capitalize() for d in _WEEKDAYS)
_YEAR = r"(?:19|20)\d\d"
_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
            "eight": 8, "nine": 9, "ten": 10, "a": 1, "an": 1}  # fmt: skip
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3,
             "4th": 4}  # fmt: skip
_ZONES = {"gmt": "+00:00", "utc": "+00:00", "wib": "+07:00", "wita": "+08:00", "wit": "+09:00"}

_PATTERNS: dict[str, re.Pattern[str]] = {
    # "November 19, 2026", "Nov. 19", "JAKARTA, Nov 19 (Reuters)"
    "mdy": re.compile(
        rf"\b(?P<mon>{_MON})\.?[ \t]+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b"
        rf"(?:,?[ \t]+(?P<y>{_YEAR})\b)?"
    ),
    # "19 November 2026", "19th of November"
    "dmy": re.compile(
        rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?(?P<mon>{_MON})\b\.?"
        rf"(?:,?[ \t]+(?P<y>{_YEAR})\b)?"
    ),
    # "the first quarter of 2027", "third quarter", "Q1 2027"
    "quarter": re.compile(
        rf"\b(?:the[ \t]+)?(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)[ \t]+quarter\b"
        rf"(?:[ \t]+of[ \t]+(?P<y>{_YEAR})\b)?|\bQ(?P<q>[1-4])(?:[ \t]+(?P<y2>{_YEAR}))?\b",
        re.IGNORECASE,
    ),
    # "early October", "in May 2025", "since September", "late 2024"
    "month": re.compile(
        rf"\b(?:(?P<part>early|mid|late)[- \t]+)?(?P<mon>{_FULL_MON})\b(?:[ \t]+(?P<y>{_YEAR})\b)?"
    ),
    "weekday": re.compile(rf"\b(?:(?P<rel>last|next|this)[ \t]+)?(?P<dow>{_DOW})\b"),
    "word": re.compile(r"\b(?P<word>yesterday|today|tomorrow|tonight)\b", re.IGNORECASE),
    "period": re.compile(
        r"\b(?P<rel>last|next|this|past)[ \t]+(?P<period>week|month|year)\b", re.IGNORECASE
    ),
    "ago": re.compile(
        r"\b(?P<n>\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|a|an)[ \t]+"
        r"(?P<unit>day|week|month|year)s?[ \t]+(?P<dir>ago|earlier|later)\b",
        re.IGNORECASE,
    ),
    # a year after a preposition ("in 2027", "since 2019"), or closing a span
    "year": re.compile(
        rf"\b(?:in|since|until|by|from|during|through|before|after|of)[ \t](?P<y>{_YEAR})\b",
        re.IGNORECASE,
    ),
    # "0800 GMT", "10:30 a.m. (0330 GMT)", "14.00 WIB"
    "time": re.compile(
        r"\b(?:(?P<hh>[01]?\d|2[0-3])[:.](?P<mm>[0-5]\d)[ \t]*(?P<ampm>[ap]\.?m\.?)?"
        r"|(?P<hhmm>[01]\d|2[0-3])(?P<mm2>[0-5]\d)(?=[ \t]+(?:GMT|UTC)\b))"
        r"(?:[ \t]*(?P<tz>GMT|UTC|WIB|WITA|WIT)\b)?"
    ),
}
_FUTURE = re.compile(
    r"\b(?:will|would|shall|expected|expects|plans?|planned|scheduled|due|next|upcoming)\b",
    re.IGNORECASE,
)
# "May" is a month only with a day or a year, or after a preposition
_MONTH_CUE = re.compile(
    r"\b(?:in|since|until|by|from|during|through|before|after|of|early|mid|late|last|next|"
    r"this|end|beginning)[- \t]+$",
    re.IGNORECASE,
)


_PAST_BEFORE = re.compile(r"\b(?:had|was|were|been)[ \t]+$", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[,;:()\"“”]|\b(?:since|after|before|when|while|as|but)\b")


def _future(text: str, start: int) -> bool:
    """Whether the clause before `start` speaks of the future ("will resume on Monday"; not
    "…, as expected, … since early October")."""
    clause = max(text.rfind("\n", 0, start), text.rfind(". ", 0, start)) + 1
    for brk in _CLAUSE_BREAK.finditer(text, clause, start):
        clause = brk.end()
    # (not an expectation or plan already past: "Economists had expected November inflation")
    return any(
        _PAST_BEFORE.search(text, max(clause, m.start() - 8), m.start()) is None
        for m in _FUTURE.finditer(text, clause, start)
    )


def _infer_year(month: int, day: int, pub: date | None, future: bool) -> int | None:
    if pub is None:
        return None
    try:
        candidate = date(pub.year, month, day)
    except ValueError:
        return None
    if not future and candidate > pub + timedelta(days=31):
        return pub.year - 1
    if future and candidate < pub - timedelta(days=31):
        return pub.year + 1
    return pub.year


def _day(m: re.Match[str], pub: date | None, future: bool) -> tuple[str, str | None]:
    month, day = _MONTHS[m.group("mon").lower().rstrip(".")], int(m.group("d"))
    year = int(m.group("y")) if m.group("y") else _infer_year(month, day, pub, future)
    if year is None:
        return "date", None
    try:
        return "date", date(year, month, day).isoformat()
    except ValueError:
        return "date", None


def _quarter(m: re.Match[str], pub: date | None, future: bool) -> tuple[str, str | None]:
    number = int(m.group("q")) if m.group("q") else _ORDINALS[m.group("ord").lower()]
    raw = m.group("y") or m.group("y2")
    year = int(raw) if raw else (pub.year if pub else None)
    if year is None:
        return "interval", None
    first = (number - 1) * 3 + 1
    start = month_interval(year, first).split("/")[0]
    return "interval", f"{start}/{month_interval(year, first + 2).split('/')[1]}"


def _month(m: re.Match[str], pub: date | None, future: bool) -> tuple[str, str | None]:
    month = _MONTHS[m.group("mon").lower()]
    year = int(m.group("y")) if m.group("y") else None
    if year is None and pub is not None:
        year = pub.year - (month > pub.month and not future) + (month < pub.month and future)
    if year is None:
        return "interval", None
    first, last = month_interval(year, month).split("/")
    part = (m.group("part") or "").lower()
    if part == "early":
        last = date(year, month, 10).isoformat()
    elif part == "mid":
        first, last = date(year, month, 11).isoformat(), date(year, month, 20).isoformat()
    elif part == "late":
        first = date(year, month, 21).isoformat()
    return "interval", f"{first}/{last}"


def _weekday(m: re.Match[str], pub: date | None, future: bool) -> tuple[str, str | None]:
    if pub is None:
        return "date", None
    target = _WEEKDAYS[m.group("dow").lower()]
    rel = (m.group("rel") or "").lower()
    if rel == "next" or (future and rel != "last"):
        delta = (target - pub.weekday()) % 7 or 7
    elif rel == "last":
        delta = -((pub.weekday() - target) % 7 or 7)
    else:
        delta = -((pub.weekday() - target) % 7)  # "on Wednesday": this week's, so far
    return "date", (pub + timedelta(days=delta)).isoformat()


_WORD_SHIFT = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}
_PERIODS = {"day": "hari", "week": "pekan", "month": "bulan", "year": "tahun"}
_REL_SHIFT = {"last": -1, "past": -1, "this": 0, "next": 1}


def _word(m: re.Match[str], pub: date | None, future: bool) -> tuple[str, str | None]:
    shift = _WORD_SHIFT[m.group("word").lower()]
    return "date", (pub + timedelta(days=shift)).isoformat() if pub else None


def _period(m: re.Match[str], pub: date | None, future: bool) -> tuple[str, str | None]:
    step = _REL_SHIFT[m.group("rel").lower()]
    return "interval", shift_period(pub, _PERIODS[m.group("period").lower()], step) if pub else None


def _ago(m: re.Match[str], pub: date | None, future: bool) -> tuple[str, str | None]:
    raw = m.group("n").lower()
    n = int(raw) if raw.isdigit() else _NUMBERS[raw]
    unit = m.group("unit").lower()
    if pub is None or not 0 < n <= 100:
        return ("date" if unit in ("day", "week") else "interval"), None
    sign = 1 if m.group("dir").lower() == "later" else -1
    if unit in ("day", "week"):
        return "date", (pub + timedelta(days=sign * n * (1 if unit == "day" else 7))).isoformat()
    return "interval", shift_period(pub, _PERIODS[unit], sign * n)


def _year(m: re.Match[str], pub: date | None, future: bool) -> tuple[str, str | None]:
    return "interval", year_interval(int(m.group("y")))


_RESOLVERS: dict[str, Callable[[re.Match[str], date | None, bool], tuple[str, str | None]]] = {
    "mdy": _day,
    "dmy": _day,
    "quarter": _quarter,
    "month": _month,
    "weekday": _weekday,
    "word": _word,
    "period": _period,
    "ago": _ago,
    "year": _year,
}


def _accept(name: str, m: re.Match[str], text: str) -> bool:
    if name == "month" and m.group("mon") == "May" and not (m.group("y") or m.group("part")):
        return _MONTH_CUE.search(text, max(0, m.start() - 12), m.start()) is not None
    if name == "time":
        # a clock time needs its zone or its a.m./p.m. ("3.2% on the day" is no time)
        return bool(m.group("tz") or m.group("ampm"))
    return True


def _clock(m: re.Match[str]) -> str:
    if m.group("hhmm"):
        hour, minute = int(m.group("hhmm")), m.group("mm2")
    else:
        hour, minute = int(m.group("hh")), m.group("mm")
        ampm = (m.group("ampm") or "").replace(".", "").lower()
        if ampm == "pm" and hour < 12:
            hour += 12
        elif ampm == "am" and hour == 12:
            hour = 0
    return f"{hour:02d}:{minute}:00{_ZONES.get((m.group('tz') or '').lower(), '')}"


def extract_english_dates(text: str, *, published: str | None = None) -> list[dict[str, Any]]:
    """Date and time expressions of an English text, resolved against `published`; records
    as `extract_dates` makes them (text, kind, value, start, end)."""
    pub = publication(published)
    candidates: list[tuple[int, int, int, str, re.Match[str]]] = []
    for rank, (name, pattern) in enumerate(_PATTERNS.items()):
        for m in pattern.finditer(text):
            if _accept(name, m, text):
                # (a year is the year alone, without its preposition)
                start = m.start("y") if name == "year" else m.start()
                candidates.append((start, -(m.end() - start), rank, name, m))
    found: list[dict[str, Any]] = []
    day_of_sentence: dict[int, str] = {}
    for start, end, name, m in leftmost_longest(candidates):
        sentence = max(text.rfind("\n", 0, start), text.rfind(". ", 0, start))
        if name == "time":
            clock = _clock(m)
            day = day_of_sentence.get(sentence)
            record: dict[str, Any] = (
                {"kind": "datetime", "value": f"{day}T{clock}"}
                if day
                else {"kind": "time", "value": clock}
            )
        else:
            kind, value = _RESOLVERS[name](m, pub, _future(text, start))
            record = {"kind": kind, "value": value}
            if kind == "date" and value:
                day_of_sentence[sentence] = value
        found.append({"text": text[start:end], **record, "start": start, "end": end})
    return found
