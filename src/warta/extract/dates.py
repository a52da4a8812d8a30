"""Dates and times in Indonesian news, resolved to ISO values against the publication date.

Absolute ("21 Februari 2022", "(21/10/2025)", "10.30 WIB") and relative ("Senin",
"kemarin", "pekan lalu", "tahun 2014") expressions. Periods become ISO intervals
"start/end"; without a publication date relative expressions are listed with value None.
Durations ("selama delapan tahun") are quantities, not dates.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, ClassVar

from warta.document import Document
from warta.extract.date_patterns import FULL_MONTHS, MONTHS, PATTERNS, TZ, WEEKDAYS
from warta.extract.date_values import (
    interval,
    leftmost_longest,
    month_interval,
    publication,
    shift_period,
    year_interval,
)
from warta.extract.hijri_dates import hijri_months, resolve_hijri
from warta.extract.numbers import listed_year, parse_words
from warta.pipeline import DocumentStep

__all__ = ["DateExtractor", "DateOptions", "extract_dates"]


_FUTURE = re.compile(
    r"\b(?:akan|bakal|hendak|segera|nanti|berencana|rencananya|direncanakan|mendatang|"
    r"diharapkan|diperkirakan|ditargetkan|menargetkan|"
    # a forecast or a schedule: "berpotensi hujan lebat pada Sabtu", "dijadwalkan Kamis"
    r"berpotensi|diprediksi|diprakirakan|prakiraan|dijadwalkan|terjadwal)\b",
    re.IGNORECASE,
)
_PAST_FRAME = re.compile(r"\b(?:sebelumnya|sempat|telah|sudah)\b", re.IGNORECASE)
_UNTIL = re.compile(r"\b(?:hingga|sampai)\s+(?:hari\s+)?$", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(
    # (not the comma inside a number: "2,5 hingga 4 meter")
    r"(?<!\d),|,(?!\d)|[;:()“”\"]|\b(?:setelah|sebelum|bahwa|tetapi|namun|sementara|ketika|saat|sedangkan)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True, kw_only=True)
class DateOptions:
    """How dates are extracted.

    `keep_unresolved`: list relative expressions with value None when the document has no
    publication date (True), or leave them out (False).
    """

    keep_unresolved: bool = True


def _is_future(text: str, start: int, *, until: bool = True) -> bool:
    """Whether the clause holding `start` speaks of the future ("akan dimulai pada Kamis");
    with `until`, "hingga"/"sampai" before it in a sentence that does not look back counts
    as an end point still ahead."""
    sentence_start = max(text.rfind("\n", 0, start), text.rfind(". ", 0, start)) + 1
    before = text[sentence_start:start]
    sentence_end = min(
        x for x in (text.find(". ", start), text.find("\n", start), len(text)) if x >= 0
    )
    until_at = _UNTIL.search(before) if until else None
    if until_at and not before[: until_at.start()].strip():
        return False  # "Hingga Rabu pagi, BMKG mencatat …": as of that day, not a day ahead
    if until_at and not _PAST_FRAME.search(text[sentence_start:sentence_end]):
        return True  # "digelar hari ini hingga Sabtu": an end point still ahead
    clause = before
    for brk in _CLAUSE_BREAK.finditer(before):
        clause = before[brk.end() :]
    if not _FUTURE.search(clause):
        return False
    # "Moskow sebelumnya mengatakan … yang akan selesai pada hari Minggu": future in the past.
    return not _PAST_FRAME.search(before[: len(before) - len(clause)])


def _infer_year(
    day: int, month: int, pub: date | None, future: bool, past: bool = False
) -> int | None:
    if pub is None:
        return None
    year = pub.year
    try:
        candidate = date(year, month, day)
    except ValueError:
        return None
    # A past-tense day-month far after publication is from the year before, and vice versa;
    # "17 Januari" in a late-December article is next month, not eleven months ago. A day up
    # to three months ahead, even with no word of the future, is this year's ("pada 5 Juni
    # masih dalam pembicaraan" in an article of 3 May), not one nine months back.
    if past and candidate > pub:
        return year - 1
    if not future and candidate > pub + timedelta(days=92):
        return year - 1
    far_back = candidate < pub - timedelta(days=31)
    if not past and far_back and (future or candidate < pub - timedelta(days=183)):
        return year + 1
    return year


def _make_date(year: int | None, month: int, day: int) -> date | None:
    if year is None:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _full_year(text: str | None) -> int | None:
    if not text:
        return None
    year = int(text)
    return year + 2000 if year < 100 else year


def _resolve_dmy(m: re.Match[str], pub: date | None, future: bool) -> tuple[str, str | None]:
    month = MONTHS[m.group("mon").lower()]
    day = int(m.group("d"))
    past = bool(m.group("rel"))
    future = future or bool(m.group("ahead"))  # "29 Oktober mendatang"
    year = _full_year(m.group("y")) or _infer_year(day, month, pub, future and not past, past)
    first = _make_date(year, month, day)
    if first is None:
        return "date", None
    if m.group("d2"):
        last = _make_date(year, month, int(m.group("d2")))
        return "interval", interval(first, last) if last and last > first else None
    return "date", first.isoformat()


def _resolve_numeric(m: re.Match[str], pub: date | None, future: bool) -> tuple[str, str | None]:
    day, month = int(m.group("d")), int(m.group("m"))
    if not 1 <= month <= 12 or not 1 <= day <= 31:
        return "date", None
    past = bool(m.group("rel"))
    future = future or bool(m.group("ahead"))  # "Kamis (16/3) mendatang"
    year = _full_year(m.group("y")) or _infer_year(day, month, pub, future and not past, past)
    found = _make_date(year, month, day)
    weekday = WEEKDAYS.get((m.group("dow") or "").lower())
    if (
        found is not None
        and pub is not None
        and not m.group("y")
        and weekday not in (None, found.weekday())
        and abs((found - pub).days) > 31
    ):
        # "Senin (4/12)" names its weekday: the year before or after on which it falls so,
        # where the inferred one, far from publication, does not (near it, the weekday is
        # the likelier slip)
        fits = [
            d
            for y in (found.year - 1, found.year + 1)
            if (d := _make_date(y, month, day)) is not None and d.weekday() == weekday
        ]
        found = fits[0] if len(fits) == 1 else found
    return "date", found.isoformat() if found else None


def _resolve_month(m: re.Match[str], pub: date | None, future: bool) -> tuple[str, str | None]:
    month = MONTHS[m.group("mon").lower()]
    year = _full_year(m.group("y"))
    rel = (m.group("rel") or "").lower().split()[-1:]
    rel = _REL_WORD.get(rel[0], rel[0]) if rel else ""
    year_rel = (m.group("yrel") or "").lower().split()
    if year is None and pub is not None and year_rel:
        year = pub.year + _REL_SHIFT[year_rel[-1]]  # "September tahun lalu"
    elif year is None and pub is not None:
        if rel in ("lalu", "kemarin"):
            year = pub.year - (month >= pub.month)
        elif rel in ("depan", "mendatang"):
            year = pub.year + (month <= pub.month)
        elif rel == "ini":
            year = pub.year
        else:
            year = (
                pub.year - (month > pub.month + 1 and not future) + (month < pub.month and future)
            )
    if not year:
        return "interval", None
    if m.group("mon2"):
        last = MONTHS[m.group("mon2").lower()]
        if last <= month:
            return "interval", None
        first_day = month_interval(year, month).split("/")[0]
        return "interval", f"{first_day}/{month_interval(year, last).split('/')[1]}"
    return "interval", month_interval(year, month)


def _resolve_year(m: re.Match[str], pub: date | None, future: bool) -> tuple[str, str | None]:
    return "interval", year_interval(int(m.group("y")))


def _resolve_years(m: re.Match[str], pub: date | None, future: bool) -> tuple[str, str | None]:
    first, last = int(m.group("y")), int(m.group("y2"))
    if last <= first:
        return "interval", None
    return "interval", interval(date(first, 1, 1), date(last, 12, 31))


def _resolve_season(m: re.Match[str], pub: date | None, future: bool) -> tuple[str, str | None]:
    first = int(m.group("y"))  # `_accept` saw that the second year is the next
    return "interval", interval(date(first, 1, 1), date(first + 1, 12, 31))


def _resolve_decade(m: re.Match[str], pub: date | None, future: bool) -> tuple[str, str | None]:
    raw = m.group("y")
    first = int(raw) if len(raw) == 4 else int(raw) + (1900 if int(raw) >= 30 else 2000)
    return "interval", interval(date(first, 1, 1), date(first + 9, 12, 31))


_ORDINALS = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "pertama": 1, "kedua": 2, "ketiga": 3,
             "keempat": 4, "awal": 1}  # fmt: skip


def _quarter_part(m: re.Match[str]) -> tuple[int, int] | None:
    """(part, months per part) of "kuartal III" (3, 3) or "semester kedua" (2, 6)."""
    raw = m.group("n").lower()
    months = 3 if m.group("unit").lower() in ("kuartal", "triwulan") else 6
    if raw == "akhir":
        return (12 // months, months)  # "paruh akhir 2018", "kuartal akhir"
    part = int(raw) if raw.isdigit() else _ORDINALS[raw]
    return (part, months) if part * months <= 12 else None


def _resolve_quarter(m: re.Match[str], pub: date | None, future: bool) -> tuple[str, str | None]:
    part = _quarter_part(m)
    year = int(m.group("y")) if m.group("y") else None
    if year is None and pub is not None:
        year = pub.year + _REL_SHIFT[m.group("rel").lower()]
    if part is None or year is None:
        return "interval", None
    number, months = part
    first = (number - 1) * months + 1
    start = month_interval(year, first).split("/")[0]
    return "interval", f"{start}/{month_interval(year, first + months - 1).split('/')[1]}"


_HOUR_WORDS = {
    "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7, "delapan": 8,
    "sembilan": 9, "sepuluh": 10, "sebelas": 11, "dua belas": 12,
}  # fmt: skip


def _hour(m: re.Match[str]) -> int:
    """The hour of a clock time in digits, or in words with its part of day ("delapan
    malam" is 20)."""
    if "hh" in m.groupdict():
        return int(m.group("hh"))
    hour = _HOUR_WORDS[re.sub(r"\s+", " ", m.group("hw").lower())]
    part = (m.group("part") or "").lower()
    if (part in ("sore", "petang", "malam") and hour < 12) or (part == "siang" and hour < 6):
        hour += 12
    return hour % 24


_REL_WORD = {"silam": "lalu", "nanti": "mendatang"}  # "November silam", "Januari nanti"
_WORD_SHIFT = {"kemarin lusa": -2, "kemarin": -1, "hari ini": 0, "besok": 1, "esok hari": 1,
               "lusa": 2, "tadi malam": -1, "tadi pagi": 0, "tadi siang": 0, "pagi ini": 0,
               "siang ini": 0, "sore ini": 0, "petang ini": 0, "malam ini": 0, "pagi tadi": 0,
               "siang tadi": 0, "sore tadi": 0, "petang tadi": 0, "malam tadi": -1}  # fmt: skip
_REL_SHIFT = {"lalu": -1, "kemarin": -1, "depan": 1, "ini": 0, "mendatang": 1}


def _resolve_relative(m: re.Match[str], pub: date | None, future: bool) -> tuple[str, str | None]:
    if m.group("word"):
        word = re.sub(r"\s+", " ", m.group("word").lower())
        shift = _WORD_SHIFT.get(word, -1)  # "malam kemarin", "kemarin sore": yesterday
        return "date", (pub + timedelta(days=shift)).isoformat() if pub else None
    if m.group("weekend"):  # "akhir pekan lalu": Saturday and Sunday of last week
        if pub is None:
            return "interval", None
        monday = pub - timedelta(days=pub.weekday())
        saturday = monday + timedelta(days=5, weeks=_REL_SHIFT[m.group("wrel").lower()])
        return "interval", interval(saturday, saturday + timedelta(days=1))
    if m.group("period"):
        period = m.group("period").lower()
        kind = "date" if period == "hari" else "interval"
        step = _REL_SHIFT[m.group("rel").lower()]
        return kind, shift_period(pub, period, step) if pub else None
    if m.group("seunit"):  # "sebulan lalu": one month ago
        if pub is None:
            return "date", None
        unit = m.group("seunit").lower()
        if unit in ("hari", "pekan", "minggu"):
            return "date", (pub - timedelta(days=1 if unit == "hari" else 7)).isoformat()
        return "interval", shift_period(pub, unit, -1)
    raw_n = m.group("n")
    n = int(raw_n) if raw_n.isdigit() else parse_words(raw_n)
    if n is None or pub is None or not 0 < n <= 100:
        return "date", None  # "3310 tahun lalu" is not a date we can place
    sign = -1 if m.group("nrel").lower() in ("lalu", "silam") else 1
    unit = m.group("nunit").lower()
    if unit in ("hari", "pekan", "minggu"):
        days = int(n) * (1 if unit == "hari" else 7)
        return "date", (pub + timedelta(days=sign * days)).isoformat()
    return "interval", shift_period(pub, unit, sign * int(n))


def _resolve_weekday(m: re.Match[str], pub: date | None, future: bool) -> tuple[str, str | None]:
    if pub is None:
        return "date", None
    target = WEEKDAYS[m.group("dow").lower()]
    if m.group("week"):
        # "Jumat pekan lalu": that day of the week before (or after, or this week)
        step = _REL_SHIFT[m.group("week").lower().split()[-1]]
        monday = pub - timedelta(days=pub.weekday()) + timedelta(weeks=step)
        return "date", (monday + timedelta(days=target)).isoformat()
    rel = (m.group("rel") or "").lower()
    if rel in ("depan", "mendatang"):
        delta = (target - pub.weekday()) % 7 or 7
    elif future and rel not in ("lalu", "kemarin"):
        # (the publication's own weekday, ahead, is that day: "dijadwalkan menghadiri sidang
        # pada Rabu" in a Wednesday article)
        delta = (target - pub.weekday()) % 7
    elif rel in ("lalu", "kemarin"):
        delta = -((pub.weekday() - target) % 7 or 7)
    else:
        delta = -((pub.weekday() - target) % 7)
    return "date", (pub + timedelta(days=delta)).isoformat()


def _resolve_span(m: re.Match[str], pub: date | None, future: bool) -> tuple[str, str | None]:
    month, last_month = MONTHS[m.group("mon").lower()], MONTHS[m.group("mon2").lower()]
    if bool(m.group("d")) != bool(m.group("d2")):
        return "interval", None
    year2 = _full_year(m.group("y2"))
    year = _full_year(m.group("y"))
    if year is None and year2 is None and pub is not None:
        # "22 Desember hingga 10 Januari" in a late-November article: the first day's year as
        # a lone day's ("20 Desember"), the end's the next where the span crosses New Year
        year = _infer_year(int(m.group("d") or 15), month, pub, future)
    if year2 is None and year is not None:
        year2 = year + (month > last_month)
    if year is None and year2 is not None:
        year = year2 - (month > last_month)
    if year is None or year2 is None:
        return "interval", None
    if m.group("d"):
        first = _make_date(year, month, int(m.group("d")))
        last = _make_date(year2, last_month, int(m.group("d2")))
    else:
        first = date(year, month, 1)
        last = date.fromisoformat(month_interval(year2, last_month).split("/")[1])
    return "interval", interval(first, last) if first and last and last > first else None


_Resolver = Callable[[re.Match[str], date | None, bool], tuple[str, str | None]]


def _resolve_hijri(m: re.Match[str], pub: date | None, future: bool) -> tuple[str, str | None]:
    return resolve_hijri(m, pub)


_RESOLVERS: dict[str, _Resolver] = {
    "hijri": _resolve_hijri,
    "dmy": _resolve_dmy,
    "span": _resolve_span,
    "numeric": _resolve_numeric,
    "month": _resolve_month,
    "years": _resolve_years,
    "season": _resolve_season,
    "decade": _resolve_decade,
    "quarter": _resolve_quarter,
    "year": _resolve_year,
    "relative": _resolve_relative,
    "weekday": _resolve_weekday,
}


def _accept(name: str, m: re.Match[str]) -> bool:
    if name == "numeric":
        # "27/3" alone may be a ratio or a score; a weekday, brackets or a year make it a date.
        # "(4-0)", "(2-1)" in brackets are scores: a day and month joined by a hyphen need a
        # weekday or a year.
        if not (1 <= int(m.group("m")) <= 12 and 1 <= int(m.group("d")) <= 31):
            return False
        if "-" in m.group() and not (m.group("dow") or m.group("y")):
            return False
        return bool(m.group("dow") or (m.group("open") and m.group("close")) or m.group("y"))
    if name == "quarter":
        return _quarter_part(m) is not None
    if name == "time":
        return bool(m.group("pukul") or m.group("tz"))
    if name == "hour_words":
        return True
    before = m.string[max(0, m.start() - 30) : m.start()]
    if name == "decade":  # "usia 90-an" is an age; "era 90-an", "tahun 1980-an" a decade
        return len(m.group("y")) == 4 or bool(_DECADE_HEAD.search(before))
    if name in ("month", "weekday") and _EVERY.search(before):
        return False  # "setiap pertengahan bulan April" recurs; it is no one date
    if name == "span":
        # "Januari - Mei 2017" needs a year; "30 November - 12 Desember" has days on both sides.
        return bool(m.group("y2") or m.group("d")) and bool(
            m.group("d") or m.group("mon")[:1].isupper()
        )
    if name == "month":
        if m.group("mon").lower() not in FULL_MONTHS and not (m.group("y") or m.group("bulan")):
            return False  # "di Mar - a - largo": an abbreviation alone is no month
        return bool(
            m.group("bulan") or m.group("y") or m.group("yrel") or m.group("rel") or _after_prep(m)
        )
    if name in ("year", "years") and (
        _REGULATION.search(before) or (m.group("tahun") and re.search(r"\d\s+$", before))
    ):
        return False  # "UU Nomor 12 Tahun 1951", "Permenhub 26 tahun 2017": a citation
    if name == "season":
        first, raw = int(m.group("y")), m.group("y2")
        return (int(raw) if len(raw) == 4 else first // 100 * 100 + int(raw)) == first + 1
    if name == "year":
        return bool(
            m.group("tahun")
            # ("Asian Games 2018 nanti": "nanti" alone does not make a name's year a date)
            or (m.group("rel") and m.group("rel").lower() != "nanti")
            or _after_prep(m)
            or listed_year(m.string, m.start(), m.end())
        )
    if name == "relative":
        if (
            m.group("period")
            and re.search(r"(?:\d|\b(?:" + _NUMBER_WORDS + r"))\s+$", before, re.I)
            and not re.search(r"(?<![\d.,])(?:19|20)\d\d\s+$", before)
        ):
            return False  # "pelatih berusia 63 tahun ini": his age, then "ini"
        if m.group("word") and re.search(r"\bmusim\s$", before, re.IGNORECASE):
            return False  # "musim kemarin" is last season, not yesterday
        if m.group("n") and re.search(r"\b(?:selama|dalam)\s$", before, re.IGNORECASE):
            return False  # "selama tiga pekan mendatang" is a duration
    return True


_NUMBER_WORDS = "satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|puluh|belas|ratus"
_DECADE_HEAD = re.compile(r"\b(?:tahun|era|dekade)\s+$", re.IGNORECASE)
_EVERY = re.compile(r"\b(?:setiap|tiap)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
_REGULATION = re.compile(r"\d\s+tahun\s+$", re.IGNORECASE)


def _after_prep(m: re.Match[str]) -> bool:
    before = m.string[max(0, m.start() - 14) : m.start()].lower()
    return bool(
        re.search(
            r"\b(?:pada|di|sejak|awal|akhir|hingga|sampai|medio|selama|periode|pertengahan|dibanding|"
            r"sepanjang|musim|pemilu|pilkada|pilpres|pileg|kuartal|semester|triwulan|final|"
            r"dibandingkan|daripada|sebelum|setelah|usai|jelang|menjelang)\s$",
            before,
        )
    )


def _span(name: str, m: re.Match[str]) -> tuple[int, int]:
    start, end = m.start(), m.end()
    if name == "dmy" and m.group().endswith(".") and m.group("mon").lower() in FULL_MONTHS:
        end -= 1  # "7 Juni." ends a sentence; only "Agt." or "Sept." take the dot
    if name == "decade" and (head := _DECADE_HEAD.search(m.string, max(0, start - 8), start)):
        start = head.start()  # the span takes its head: "tahun 1980-an"
    if name in ("numeric", "dmy") and not m.group("dow"):
        # A bare "(21/10/2025)": the brackets are punctuation, not part of the date.
        text = m.group()
        start += len(text) - len(text.lstrip("( "))
        end -= len(text) - len(text.rstrip(") "))
    return start, end


def _speech_days(
    text: str, candidates: list[tuple[int, int, int, str, re.Match[str]]], pub: date | None
) -> dict[int, date]:
    """Per paragraph (keyed by the offset of its preceding newline), the day of a dateline.

    A weekday with its date after a comma (", kata Awang, Selasa (20/12).") is when the
    statement was made; relative words in the paragraph count from it, not from publication.
    """
    days: dict[int, date] = {}
    for start, _neg, _rank, name, m in candidates:
        if name not in ("numeric", "dmy") or not m.group("dow") or m.group("rel"):
            continue
        if not re.search(r",\s*$", text[max(0, start - 3) : start]):
            continue
        _kind, value = _RESOLVERS[name](m, pub, False)
        line = text.rfind("\n", 0, start)
        if value and line not in days:
            days[line] = date.fromisoformat(value)
    return days


# How far back from publication a story's own day may lie (late copy, overnight publishing)
_STORY_LAG = timedelta(days=3)
# The lead: where a story names the day it is told on ("Hari ini, Jumat (12/5), …")
_LEAD_CHARS = 600
_TODAY_BEFORE = re.compile(r"\b(?i:hari\s+ini),?\s*$")


def _story_day(
    text: str, candidates: list[tuple[int, int, int, str, re.Match[str]]], pub: date | None
) -> date | None:
    """The day the story is told on, when its lead says so ("Hari ini, Jumat (12/5), sidang
    …", "hari ini, Kamis, 9 Mei") a few days before publication: "hari ini" and "besok"
    count from it. News published after midnight, or a day late, still tells of the day
    before."""
    if pub is None:
        return None
    for start, _neg, _rank, name, m in candidates:
        if start > _LEAD_CHARS:
            break
        if (
            name not in ("numeric", "dmy")
            or not m.group("dow")
            or m.group("rel")
            or not _TODAY_BEFORE.search(text, max(0, start - 12), start)
        ):
            continue  # a day named otherwise may be the event's ("banjir sejak Jumat (3/11)")
        _kind, value = _RESOLVERS[name](m, pub, False)
        if value is not None and pub - _STORY_LAG <= date.fromisoformat(value) < pub:
            return date.fromisoformat(value)
    return None


def _dated_by_weekday(m: re.Match[str], name: str, years: set[int | None]) -> str | None:
    """ "Rabu (25/11)" in an article that writes "Senin (23/11/2026)" elsewhere and has no
    publication date: the year is the one of the article's years (or the one before or after)
    on which that day falls on that weekday, when exactly one does."""
    if not m.group("dow") or (name == "dmy" and m.group("d2")):
        return None
    month = MONTHS[m.group("mon").lower()] if name == "dmy" else int(m.group("m"))
    weekday = WEEKDAYS.get(m.group("dow").lower())
    near = {y + shift for y in years if y is not None for shift in (-1, 0, 1)}
    fits = [
        day
        for y in sorted(near)
        if (day := _make_date(y, month, int(m.group("d")))) is not None and day.weekday() == weekday
    ]
    return fits[0].isoformat() if len(fits) == 1 else None


def extract_dates(
    text: str,
    *,
    published: str | None = None,
    options: DateOptions | None = None,
    english: bool = False,
) -> list[dict[str, Any]]:
    """Date and time expressions in `text`, resolved against `published` (ISO date); in an
    article written in English (`english`), English expressions."""
    opts = options or DateOptions()
    if english:
        from warta.extract.english_dates import extract_english_dates

        english_found = extract_english_dates(text, published=published)
        if not opts.keep_unresolved:
            return [d for d in english_found if d["value"] is not None]
        return english_found
    pub = publication(published)
    candidates: list[tuple[int, int, int, str, re.Match[str]]] = []
    for rank, (name, pattern) in enumerate(PATTERNS.items()):
        for m in pattern.finditer(text):
            if _accept(name, m):
                start, end = _span(name, m)
                candidates.append((start, -(end - start), rank, name, m))
    for m in hijri_months(text):
        candidates.append((m.start(), -(m.end() - m.start()), len(PATTERNS), "hijri", m))
    candidates.sort()
    said_on = _speech_days(text, candidates, pub)
    # the years the article writes out in full dates, for a day it names without one
    years = {
        _full_year(m.group("y"))
        for _s, _n, _r, name, m in candidates
        if name in ("numeric", "dmy") and m.group("y")
    }
    story_day = _story_day(text, candidates, pub) or pub
    found: list[dict[str, Any]] = []
    last_day: tuple[int, str] | None = None  # (sentence start, ISO date) for times
    for start, end, name, m in leftmost_longest(candidates):
        sentence_start = max(text.rfind("\n", 0, start), text.rfind(". ", 0, start))
        if name in ("time", "hour_words"):
            offset = TZ.get((m.group("tz") or "").lower(), "")
            clock = f"{_hour(m):02d}:{m.group('mm') if name == 'time' else '00'}:00{offset}"
            # "14.00-16.00 WIB": from the first clock time to the second
            until = (
                f"{int(m.group('hh2')):02d}:{m.group('mm2')}:00{offset}"
                if name == "time" and m.group("hh2")
                else None
            )
            if last_day and last_day[0] == sentence_start:
                wib = "" if offset or _LOCAL_TIME.match(text, end) else "+07:00"
                at = f"{last_day[1]}T{clock}{wib}"
                until = f"{until}{wib}" if until else None
                record: dict[str, str | None] = {
                    "kind": "datetime",
                    "value": f"{at}/{last_day[1]}T{until}" if until else at,
                }
            else:
                record = {"kind": "time", "value": f"{clock}/{until}" if until else clock}
        else:
            anchor = pub
            if name == "relative" and m.group("word"):
                # "Besok …," kata X, Selasa (5/9): "besok" counts from the day X spoke.
                anchor = said_on.get(text.rfind("\n", 0, start), story_day)
            future = _is_future(text, start)
            if future and name == "month" and pub is not None and not m.group("y"):
                # "penerimaan pajak hingga Oktober baru …" in a November article: data up to
                # a month just past, not an end point eleven months ahead
                back = (pub.month - MONTHS[m.group("mon").lower()]) % 12
                future = not 1 <= back <= 3 or _is_future(text, start, until=False)
            kind, value = _RESOLVERS[name](m, anchor, future)
            after = _day_after_range_start(text, m, name, found)
            if after is not None:
                # "Kamis (27/11) malam hingga Jumat dini hari": the end of a range that opens
                # on a date is the first such weekday after it
                kind, value = "date", after
            if value is None and pub is None and name in ("numeric", "dmy"):
                value = _dated_by_weekday(m, name, years)
            if value is None and not opts.keep_unresolved and name in ("relative", "weekday"):
                continue
            record = {"kind": kind, "value": value}
            if kind == "date" and value:
                last_day = (sentence_start, value)
        found.append({"text": text[start:end], **record, "start": start, "end": end})
    _times_on_their_day(text, found, pub, said_on)
    _listed_days(text, found)
    return found


# The days listed before a date that names their month: "21 dan 22 Desember", "24, 25, dan
# 26 Desember 2024"
_DAYS_BEFORE = re.compile(
    r"(?<![\w.,/-])(\d{1,2}(?:[^\S\n]*,[^\S\n]*\d{1,2})*)[^\S\n]*,?[^\S\n]*"
    r"(?:dan|serta|atau|&)?[^\S\n]*$"
)


_RANGE_TO = re.compile(
    r"[ \t]*(?:pagi|siang|sore|petang|malam|dini[ \t]+hari)?[ \t]*(?:hingga|sampai|s/d|[-–])"
    r"[ \t]+(?:hari[ \t]+)?$",
    re.IGNORECASE,
)


def _day_after_range_start(
    text: str, m: re.Match[str], name: str, found: list[dict[str, Any]]
) -> str | None:
    """The ISO date of a bare weekday closing a range whose start is the date found right
    before it, or None."""
    if name != "weekday" or m.group("rel") or m.group("week") or not found:
        return None
    start = found[-1]
    value = str(start.get("value") or "")
    if start["kind"] not in ("date", "datetime") or len(value) < 10:
        return None
    if not _RANGE_TO.fullmatch(text, int(start["end"]), m.start()):
        return None
    base = date.fromisoformat(value[:10])
    delta = (WEEKDAYS[m.group("dow").lower()] - base.weekday()) % 7 or 7
    return (base + timedelta(days=delta)).isoformat()


def _listed_days(text: str, found: list[dict[str, Any]]) -> None:
    """Each day listed before a date that names the month is a date of that month: "tanggal 21
    dan 22 Desember" gives 21 December as well as 22 December."""
    added: list[dict[str, Any]] = []
    for record in found:
        value = record["value"]
        head = re.match(r"\d{1,2}\s+([A-Za-z]+)", str(record["text"]))
        if record["kind"] != "date" or head is None or head.group(1).lower() not in MONTHS:
            continue  # (not "2,5 tahun lagi": the day of a month only)
        before = _DAYS_BEFORE.search(text, max(0, int(record["start"]) - 40), int(record["start"]))
        if before is None or before.end() != int(record["start"]) or before.start() == before.end():
            continue
        joiner = text[before.end(1) : before.end()]
        if not (joiner.strip(" ,\t") in {"dan", "serta", "atau", "&"} or "," in joiner):
            continue
        base = before.start(1)
        for day in re.finditer(r"\d{1,2}", before.group(1)):
            day_value = None
            if value:
                try:
                    day_value = (
                        date.fromisoformat(str(value)).replace(day=int(day.group())).isoformat()
                    )
                except ValueError:
                    continue  # "31 dan 30 November": no such day
            added.append(
                {"text": day.group(), "kind": "date", "value": day_value,
                 "start": base + day.start(), "end": base + day.end()}
            )  # fmt: skip
    if added:
        taken = {(int(r["start"]), int(r["end"])) for r in found}
        found.extend(a for a in added if (a["start"], a["end"]) not in taken)
        found.sort(key=lambda r: int(r["start"]))


def _times_on_their_day(
    text: str, found: list[dict[str, Any]], pub: date | None, said_on: dict[int, date]
) -> None:
    """A clock time on the day its sentence names (before or after it: "pukul 17.00 WIB,
    Sabtu (21/10)"), else the day its paragraph last named, else the day the statement was
    made, else the publication day; in WIB (+07:00), Indonesian news's clock, unless a zone
    is written."""
    days = [r for r in found if r["kind"] == "date" and r["value"] and len(r["value"]) == 10]
    for record in found:
        if record["kind"] != "time" or not record["value"]:
            continue
        start = int(record["start"])
        line = text.rfind("\n", 0, start)
        sentence = (max(line, text.rfind(". ", 0, start)), _sentence_end(text, start))
        same = [
            d
            for d in days
            if sentence[0] < int(d["start"]) < sentence[1]
            # (a day later in the sentence after a word joining another thing is that
            # thing's: "pukul 17.00, 19.30 WIB, serta Misa Natal pagi pada Kamis (25/12)")
            and not (
                int(d["start"]) > start
                and _JOINS_ANOTHER.search(text, int(record["end"]), int(d["start"]))
            )
        ]
        # (a day written out, not "besok", which may point ahead of the story)
        earlier = [d for d in days if int(d["start"]) < start and _DIGIT.search(str(d["text"]))]
        if same:
            day = str(same[0]["value"])
        elif earlier:
            day = str(earlier[-1]["value"])
        elif line in said_on:
            day = said_on[line].isoformat()
        elif pub is not None:
            day = pub.isoformat()
        else:
            continue
        local = _LOCAL_TIME.match(text, int(record["end"])) is not None
        parts = [
            part if local or re.search(r"[+-]\d\d:\d\d$", part) else part + "+07:00"
            for part in str(record["value"]).split("/")
        ]  # ("pukul 20.00 waktu setempat": a clock abroad, its zone unwritten)
        record["kind"] = "datetime"
        record["value"] = "/".join(f"{day}T{part}" for part in parts)


_DIGIT = re.compile(r"\d")
_JOINS_ANOTHER = re.compile(r"\b(?:serta|sedangkan|sementara|lalu|kemudian|disusul)\b")
_LOCAL_TIME = re.compile(r"\s+waktu\s+(?!Indonesia\s+Barat)[A-Za-z]")


def _sentence_end(text: str, start: int) -> int:
    ends = [i for i in (text.find(". ", start), text.find("\n", start)) if i >= 0]
    return min(ends) if ends else len(text)


class DateExtractor(DocumentStep):
    """Annotates `doc.annotations["dates"]` from the clean text and `doc.published` (in English
    where the article is identified as English)."""

    name: ClassVar[str] = "dates"
    parallel: ClassVar[bool] = True

    def __init__(self, options: DateOptions | None = None) -> None:
        self.options = options or DateOptions()

    def process(self, doc: Document) -> None:
        doc.annotations["dates"] = extract_dates(
            doc.text,
            published=doc.published,
            options=self.options,
            english=doc.language == "en",
        )
