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

from babel.dates import get_day_names, get_month_names

from warta.document import Document
from warta.extract.numbers import NUMBER_WORD, parse_words
from warta.pipeline import DocumentStep

__all__ = ["DateExtractor", "DateOptions", "extract_dates"]


def _month_table() -> dict[str, int]:
    table: dict[str, int] = {}
    for width in ("wide", "abbreviated"):
        for number, name in get_month_names(width, locale="id").items():
            table[str(name).lower()] = int(number)
    # Spellings babel does not know but newsrooms use.
    table.update({"pebruari": 2, "nopember": 11, "agt": 8, "ags": 8, "sept": 9, "okt": 10})
    return table


_MONTHS = _month_table()
_WEEKDAYS: dict[str, int] = {
    str(n).lower(): int(i) for i, n in get_day_names("wide", locale="id").items()
}
_WEEKDAYS.update({"jum'at": 4, "jum’at": 4})
_TZ = {"wib": "+07:00", "wita": "+08:00", "wit": "+09:00"}


def _alt(words: list[str] | dict[str, Any]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_MON = _alt(_MONTHS)
_MON_CAP = "|".join(w.capitalize() for w in sorted(_MONTHS, key=len, reverse=True))
_DOW_CAP = "|".join(re.escape(w.capitalize()) for w in sorted(_WEEKDAYS, key=len, reverse=True))
_DOW = r"(?<![\w-])(?P<dow>(?:" + _DOW_CAP + r"))"

_PATTERNS: dict[str, re.Pattern[str]] = {
    # Senin, 21 Februari 2022 / 21-23 Februari / 5 Mei
    "dmy": re.compile(
        r"(?:"
        + _DOW
        + r"\s*,?\s*(?:\(\s*)?)?(?<![\w/.,])(?P<d>\d{1,2})(?:\s?[-–]\s?(?P<d2>\d{1,2}))?"
        r"\s+(?P<mon>(?i:" + _MON + r"))\.?(?:\s+(?P<y>(?:19|20)\d\d))?(?![\w])(?:\s*\))?"
    ),
    # Senin (27/3) / (21/10/2025) / 21/10/2025
    "numeric": re.compile(
        r"(?:" + _DOW + r"\s*)?(?P<open>\()?(?<![\w/.,])(?P<d>\d{1,2})[/.-](?P<m>\d{1,2})"
        r"(?:[/.-](?P<y>(?:19|20)?\d\d))?(?![\w/])(?P<close>\))?"
    ),
    # Februari 2022 / bulan Maret / pada Maret
    "month": re.compile(
        r"(?:(?P<bulan>(?i:bulan)\s+))?"
        r"(?<![\w])(?P<mon>" + _MON_CAP + r")(?:\s+(?P<y>(?:19|20)\d\d))?(?![\w])"
    ),
    # pukul 10.30 WIB / 10.30 WITA / pukul 08.00
    "time": re.compile(
        r"(?:(?P<pukul>(?i:pukul|jam)\s+))?(?<![\w.,/])(?P<hh>[01]?\d|2[0-3])[.:](?P<mm>[0-5]\d)"
        r"(?:\s*(?P<tz>WIB|WITA|WIT)(?![\w]))?"
    ),
    # tahun 2014 / pada 2014 / sejak 2014
    "year": re.compile(
        r"(?:(?P<tahun>(?i:tahun)\s+))?(?<![\w.,/])(?P<y>(?:19|20)\d\d)(?![\w/-]|[.,]\d)"
    ),
    # kemarin, besok, pekan lalu, tiga hari lalu
    "relative": re.compile(
        r"(?<![\w-])(?i:(?P<word>kemarin\s+lusa|kemarin|hari\s+ini|besok|esok\s+hari|lusa|"
        r"tadi\s+malam|tadi\s+pagi|tadi\s+siang)"
        r"|(?P<period>pekan|minggu|bulan|tahun)\s+(?P<rel>lalu|kemarin|depan|ini|mendatang)"
        r"|(?P<n>\d+|" + NUMBER_WORD.pattern[NUMBER_WORD.pattern.index("(?:") :] + r")"
        r"\s+(?P<nunit>hari|pekan|minggu|bulan|tahun)\s+(?:yang\s+)?(?P<nrel>lalu|silam|mendatang|lagi))"
        r"(?![\w-])"
    ),
    # Senin / hari Minggu larut malam / Kamis depan
    "weekday": re.compile(
        r"(?:(?i:hari)\s+)?" + _DOW + r"(?:\s+(?P<part>(?:larut\s+)?malam|pagi|siang|sore|petang|"
        r"dini\s+hari))?(?:\s+(?P<rel>lalu|depan|ini|kemarin|mendatang))?(?![\w-])"
    ),
}
_PRIORITY = list(_PATTERNS)  # earlier patterns win ties at the same start and length

_FUTURE = re.compile(
    r"\b(?:akan|bakal|hendak|segera|nanti|berencana|rencananya|direncanakan|mendatang|"
    r"diharapkan|diperkirakan|ditargetkan|menargetkan)\b",
    re.IGNORECASE,
)
_PAST_FRAME = re.compile(r"\b(?:sebelumnya|sempat|telah|sudah)\b", re.IGNORECASE)
_UNTIL = re.compile(r"\b(?:hingga|sampai)\s+(?:hari\s+)?$", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(
    r"[,;:()“”\"]|\b(?:setelah|sebelum|bahwa|tetapi|namun|sementara|ketika|saat|sedangkan)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True, kw_only=True)
class DateOptions:
    """How dates are extracted.

    `keep_unresolved`: list relative expressions with value None when the document has no
    publication date (True), or leave them out (False).
    """

    keep_unresolved: bool = True


def _publication(published: str | None) -> date | None:
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None


def _interval(start: date, end: date) -> str:
    return f"{start.isoformat()}/{end.isoformat()}"


def _month_interval(year: int, month: int) -> str:
    following = date(year + (month == 12), month % 12 + 1, 1)
    return _interval(date(year, month, 1), following - timedelta(days=1))


def _year_interval(year: int) -> str:
    return _interval(date(year, 1, 1), date(year, 12, 31))


def _is_future(text: str, start: int) -> bool:
    """Whether the clause holding `start` speaks of the future ("akan dimulai pada Kamis")."""
    sentence_start = max(text.rfind("\n", 0, start), text.rfind(". ", 0, start)) + 1
    before = text[sentence_start:start]
    sentence_end = min(
        x for x in (text.find(". ", start), text.find("\n", start), len(text)) if x >= 0
    )
    if _UNTIL.search(before) and not _PAST_FRAME.search(text[sentence_start:sentence_end]):
        return True  # "digelar hari ini hingga Sabtu": an end point still ahead
    clause = before
    for brk in _CLAUSE_BREAK.finditer(before):
        clause = before[brk.end() :]
    if not _FUTURE.search(clause):
        return False
    # "Moskow sebelumnya mengatakan … yang akan selesai pada hari Minggu": future in the past.
    return not _PAST_FRAME.search(before[: len(before) - len(clause)])


def _infer_year(day: int, month: int, pub: date | None, future: bool) -> int | None:
    if pub is None:
        return None
    year = pub.year
    try:
        candidate = date(year, month, day)
    except ValueError:
        return None
    # A past-tense day-month far after publication is from the year before, and vice versa.
    if not future and candidate > pub + timedelta(days=31):
        return year - 1
    if future and candidate < pub - timedelta(days=31):
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
    month = _MONTHS[m.group("mon").lower()]
    day = int(m.group("d"))
    year = _full_year(m.group("y")) or _infer_year(day, month, pub, future)
    first = _make_date(year, month, day)
    if first is None:
        return "date", None
    if m.group("d2"):
        last = _make_date(year, month, int(m.group("d2")))
        return "interval", _interval(first, last) if last and last > first else None
    return "date", first.isoformat()


def _resolve_numeric(m: re.Match[str], pub: date | None, future: bool) -> tuple[str, str | None]:
    day, month = int(m.group("d")), int(m.group("m"))
    if not 1 <= month <= 12 or not 1 <= day <= 31:
        return "date", None
    year = _full_year(m.group("y")) or _infer_year(day, month, pub, future)
    found = _make_date(year, month, day)
    return "date", found.isoformat() if found else None


def _resolve_month(m: re.Match[str], pub: date | None, future: bool) -> tuple[str, str | None]:
    month = _MONTHS[m.group("mon").lower()]
    year = _full_year(m.group("y"))
    if year is None and pub is not None:
        year = pub.year - (month > pub.month + 1 and not future) + (month < pub.month and future)
    return "interval", _month_interval(year, month) if year else None


def _resolve_year(m: re.Match[str], pub: date | None, future: bool) -> tuple[str, str | None]:
    return "interval", _year_interval(int(m.group("y")))


def _shift_period(pub: date, period: str, step: int) -> str:
    if period == "hari":
        return (pub + timedelta(days=step)).isoformat()
    if period in ("pekan", "minggu"):
        monday = pub - timedelta(days=pub.weekday()) + timedelta(weeks=step)
        return _interval(monday, monday + timedelta(days=6))
    if period == "bulan":
        index = pub.year * 12 + pub.month - 1 + step
        return _month_interval(index // 12, index % 12 + 1)
    return _year_interval(pub.year + step)


_WORD_SHIFT = {"kemarin lusa": -2, "kemarin": -1, "hari ini": 0, "besok": 1, "esok hari": 1,
               "lusa": 2, "tadi malam": -1, "tadi pagi": 0, "tadi siang": 0}  # fmt: skip
_REL_SHIFT = {"lalu": -1, "kemarin": -1, "depan": 1, "ini": 0, "mendatang": 1}


def _resolve_relative(m: re.Match[str], pub: date | None, future: bool) -> tuple[str, str | None]:
    if m.group("word"):
        shift = _WORD_SHIFT[re.sub(r"\s+", " ", m.group("word").lower())]
        return "date", (pub + timedelta(days=shift)).isoformat() if pub else None
    if m.group("period"):
        period = m.group("period").lower()
        kind = "date" if period == "hari" else "interval"
        step = _REL_SHIFT[m.group("rel").lower()]
        return kind, _shift_period(pub, period, step) if pub else None
    raw_n = m.group("n")
    n = int(raw_n) if raw_n.isdigit() else parse_words(raw_n)
    if n is None or pub is None or not 0 < n <= 100:
        return "date", None  # "3310 tahun lalu" is not a date we can place
    sign = -1 if m.group("nrel").lower() in ("lalu", "silam") else 1
    unit = m.group("nunit").lower()
    if unit in ("hari", "pekan", "minggu"):
        days = int(n) * (1 if unit == "hari" else 7)
        return "date", (pub + timedelta(days=sign * days)).isoformat()
    return "interval", _shift_period(pub, unit, sign * int(n))


def _resolve_weekday(m: re.Match[str], pub: date | None, future: bool) -> tuple[str, str | None]:
    if pub is None:
        return "date", None
    target = _WEEKDAYS[m.group("dow").lower()]
    rel = (m.group("rel") or "").lower()
    if rel in ("depan", "mendatang") or (future and rel not in ("lalu", "kemarin")):
        delta = (target - pub.weekday()) % 7 or 7
    elif rel in ("lalu", "kemarin"):
        delta = -((pub.weekday() - target) % 7 or 7)
    else:
        delta = -((pub.weekday() - target) % 7)
    return "date", (pub + timedelta(days=delta)).isoformat()


_Resolver = Callable[[re.Match[str], date | None, bool], tuple[str, str | None]]
_RESOLVERS: dict[str, _Resolver] = {
    "dmy": _resolve_dmy,
    "numeric": _resolve_numeric,
    "month": _resolve_month,
    "year": _resolve_year,
    "relative": _resolve_relative,
    "weekday": _resolve_weekday,
}


def _accept(name: str, m: re.Match[str]) -> bool:
    if name == "numeric":
        # "27/3" alone may be a ratio or a score; a weekday, brackets or a year make it a date.
        return bool(m.group("dow") or (m.group("open") and m.group("close")) or m.group("y"))
    if name == "time":
        return bool(m.group("pukul") or m.group("tz"))
    if name == "month":
        return bool(m.group("bulan") or m.group("y") or _after_prep(m))
    if name == "year":
        return bool(m.group("tahun") or _after_prep(m))
    return True


def _after_prep(m: re.Match[str]) -> bool:
    before = m.string[max(0, m.start() - 14) : m.start()].lower()
    return bool(
        re.search(
            r"\b(?:pada|sejak|awal|akhir|hingga|sampai|medio|selama|periode|pertengahan|dibanding|"
            r"dibandingkan|daripada|sebelum|setelah|usai|jelang|menjelang)\s$",
            before,
        )
    )


def _span(name: str, m: re.Match[str]) -> tuple[int, int]:
    start, end = m.start(), m.end()
    if name in ("numeric", "dmy") and not m.group("dow"):
        # A bare "(21/10/2025)": the brackets are punctuation, not part of the date.
        text = m.group()
        start += len(text) - len(text.lstrip("( "))
        end -= len(text) - len(text.rstrip(") "))
    return start, end


def extract_dates(
    text: str, *, published: str | None = None, options: DateOptions | None = None
) -> list[dict[str, Any]]:
    """Date and time expressions in `text`, resolved against `published` (ISO date)."""
    opts = options or DateOptions()
    pub = _publication(published)
    candidates: list[tuple[int, int, int, str, re.Match[str]]] = []
    for rank, (name, pattern) in enumerate(_PATTERNS.items()):
        for m in pattern.finditer(text):
            if _accept(name, m):
                start, end = _span(name, m)
                candidates.append((start, -(end - start), rank, name, m))
    candidates.sort()
    found: list[dict[str, Any]] = []
    taken_until = -1
    last_day: tuple[int, str] | None = None  # (sentence start, ISO date) for times
    for start, neg_len, _rank, name, m in candidates:
        if start < taken_until:
            continue
        end = start - neg_len
        taken_until = end
        sentence_start = max(text.rfind("\n", 0, start), text.rfind(". ", 0, start))
        if name == "time":
            offset = _TZ.get((m.group("tz") or "").lower(), "")
            clock = f"{int(m.group('hh')):02d}:{m.group('mm')}:00{offset}"
            if last_day and last_day[0] == sentence_start:
                record: dict[str, str | None] = {
                    "kind": "datetime",
                    "value": f"{last_day[1]}T{clock}",
                }
            else:
                record = {"kind": "time", "value": clock}
        else:
            kind, value = _RESOLVERS[name](m, pub, _is_future(text, start))
            if value is None and not opts.keep_unresolved and name in ("relative", "weekday"):
                continue
            record = {"kind": kind, "value": value}
            if kind == "date" and value:
                last_day = (sentence_start, value)
        found.append({"text": text[start:end], **record, "start": start, "end": end})
    return found


class DateExtractor(DocumentStep):
    """Annotates `doc.annotations["dates"]` from the clean text and `doc.published`."""

    name: ClassVar[str] = "dates"
    parallel: ClassVar[bool] = True

    def __init__(self, options: DateOptions | None = None) -> None:
        self.options = options or DateOptions()

    def process(self, doc: Document) -> None:
        doc.annotations["dates"] = extract_dates(
            doc.text, published=doc.published, options=self.options
        )
