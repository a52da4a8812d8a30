"""Date patterns: Indonesian month and weekday names (from babel) and the expression regexes.

Kept apart from dates.py, which decides what each match means.
"""

from __future__ import annotations

import re
from typing import Any

from babel.dates import get_day_names, get_month_names

from warta.extract.numbers import NUMBER_WORD
from warta.io.dates import ZONES

__all__ = ["FULL_MONTHS", "MONTHS", "PATTERNS", "TZ", "WEEKDAYS"]


def _month_table() -> dict[str, int]:
    table: dict[str, int] = {}
    for width in ("wide", "abbreviated"):
        for number, name in get_month_names(width, locale="id").items():
            table[str(name).lower()] = int(number)
    # Spellings babel does not know but newsrooms use.
    table.update({"pebruari": 2, "nopember": 11, "agt": 8, "ags": 8, "sept": 9, "okt": 10})
    # Malay's own names, in full (Malaysian and Bruneian news): "1 Disember", "31 Ogos"
    table.update({"mac": 3, "jun": 6, "julai": 7, "ogos": 8, "disember": 12})
    return table


MONTHS = _month_table()
# Month names written in full ("Juni"), which a full stop after them does not abbreviate.
# (and Malay's own in full: "sejak Ogos lalu")
FULL_MONTHS = frozenset(str(n).lower() for n in get_month_names("wide", locale="id").values()) | {
    "julai",
    "ogos",
    "disember",
}
WEEKDAYS: dict[str, int] = {
    str(n).lower(): int(i) for i, n in get_day_names("wide", locale="id").items()
}
WEEKDAYS.update({"jum'at": 4, "jum’at": 4})
# Malay's weekdays (and Indonesian's "Ahad" for Sunday): "pada Khamis lalu", "Isnin ini"
WEEKDAYS.update({"isnin": 0, "khamis": 3, "jumaat": 4, "ahad": 6})
TZ = {zone.lower(): f"+{hours:02d}:00" for zone, hours in ZONES.items()}


def _alt(words: list[str] | dict[str, Any]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_MON = _alt(MONTHS)
_MON_CAP = "|".join(w.capitalize() for w in sorted(MONTHS, key=len, reverse=True))
_DOW_CAP = "|".join(re.escape(w.capitalize()) for w in sorted(WEEKDAYS, key=len, reverse=True))
_DOW = r"(?<![\w-])(?P<dow>(?:" + _DOW_CAP + r"))"
_PART = r"(?:(?:larut\s+)?malam|pagi|siang|sore|petang|dini\s*hari)"

# Each pattern opens with a one-character lookahead so the engine skips most positions fast.
PATTERNS: dict[str, re.Pattern[str]] = {
    # Senin, 21 Februari 2022 / 21-23 Februari / 5 Mei
    "dmy": re.compile(
        r"(?=[SRKJMIA\d(])(?:" + _DOW + r"\s*,?\s*(?:\(\s*)?)?(?<![\w/.,])(?P<d>\d{1,2})"
        r"(?:\s?(?:[-–]|s\.d\.?|s/d|(?i:hingga|sampai(?:\s+dengan)?)\s)\s?(?P<d2>\d{1,2}))?"
        r"\s+(?P<mon>(?i:" + _MON + r"))\.?(?:\s+(?P<y>(?:19|20)\d\d))?(?![\w])(?:\s*\))?"
        r"(?:\s+(?P<rel>(?:yang\s+)?lalu|silam|kemarin)|\s+(?P<ahead>mendatang|nanti|besok))?(?![\w])"
    ),
    # 30 November - 12 Desember 2017 / Juni 2015 hingga Juni 2016
    "span": re.compile(
        r"(?=[\dJjFfMmAaSsOoNnDdPp])(?<![\w/.,])(?:(?P<d>\d{1,2})\s+)?(?P<mon>(?i:"
        + _MON
        + r"))(?:\s+(?P<y>(?:19|20)\d\d))?"
        r"\s?(?:[-–]|s/d|(?i:hingga|sampai(?:\s+dengan)?)\s)\s?(?:(?P<d2>\d{1,2})\s+)?"
        r"(?P<mon2>(?i:" + _MON + r"))(?:\s+(?P<y2>(?:19|20)\d\d))?(?![\w])"
    ),
    # Senin (27/3) / (21/10/2025) / 21/10/2025
    "numeric": re.compile(
        r"(?=[SRKJMIA\d(])(?:"
        + _DOW
        + r"(?:\s+"
        + _PART
        + r")?\s*)?(?P<open>\()?(?<![\w/.,])(?P<d>\d{1,2})[/.-]"
        r"(?P<m>\d{1,2})(?:[/.-](?P<y>(?:19|20)?\d\d))?(?![\w/])(?P<close>\))?"
        r"(?:(?<=\))\s+" + _PART + r"(?![\w]))?(?:(?<=[)\w])\s+(?P<rel>lalu)(?![\w]))?"
        r"(?:(?<=\))\s+ini(?![\w]))?(?:(?<=\))\s+(?P<ahead>mendatang|nanti)(?![\w]))?"
    ),
    # Februari 2022 / bulan Maret / pada Maret
    "month": re.compile(
        r"(?=[bBJFMASONDP])(?:(?P<bulan>(?i:bulan)\s+))?"
        r"(?<![\w])(?P<mon>"
        + _MON_CAP
        + r")(?:\s*(?:[-–]|s/d|(?i:hingga|sampai))\s*(?P<mon2>"
        + _MON_CAP
        + r"))?(?:\s+(?:(?i:tahun)\s+)?(?P<y>(?:19|20)\d\d)"
        r"(?:\s+(?:lalu|silam|nanti|mendatang)(?![\w]))?"
        r"|\s+(?P<yrel>(?i:tahun\s+(?:lalu|ini|depan)))"
        r"|\s+(?P<rel>(?:yang\s+)?lalu|silam|kemarin|depan|mendatang|nanti|ini))?(?![\w])"
    ),
    # pukul 10.30 WIB / 10.30 WITA / pukul 08.00
    "time": re.compile(
        r"(?=[pPjJ\d])(?:(?P<pukul>(?i:pukul|jam)\s+))?(?<![\w.,/])(?P<hh>[01]?\d|2[0-3])[.:](?P<mm>[0-5]\d)"
        # "14.00-16.00 WIB", "pukul 08.00 - 10.00": a span of time
        r"(?:\s?[-–]\s?(?P<hh2>[01]?\d|2[0-3])[.:](?P<mm2>[0-5]\d))?"
        r"(?:\s*(?P<tz>(?i:WIB|WITA|WIT))(?![\w]))?"
    ),
    # pukul lima pagi / pukul delapan malam: the hour in words
    "hour_words": re.compile(
        r"(?=[pP])(?i:pukul)\s+(?P<hw>satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|"
        r"sepuluh|sebelas|dua\s+belas)(?:\s+(?P<part>pagi|siang|sore|petang|malam))?"
        r"(?:\s*(?P<tz>WIB|WITA|WIT)(?![\w]))?(?![\w])"
    ),
    # 2015-2017 / tahun 1939 hingga 1945
    "years": re.compile(
        r"(?=[tTmM12])(?:(?P<tahun>(?i:tahun|musim)\s+))?(?<![\w.,/])(?P<y>(?:19|20)\d\d)\s?(?:[-–]|s\.d\.?|s/d|"
        r"(?i:hingga|sampai(?:\s+dengan)?|ke)\s)\s?(?:(?i:tahun)\s+)?(?P<y2>(?:19|20)\d\d)"
        r"(?![\w/-]|[.,]\d)"
    ),
    # musim 2014/2015 / tahun ajaran 2017/18: a season over two calendar years
    "season": re.compile(
        r"(?=[mMtT12])(?:(?i:musim(?:\s+kompetisi)?|tahun\s+(?:ajaran|akademik))\s+)?"
        r"(?<![\w.,/])(?P<y>(?:19|20)\d\d)\s?/\s?(?P<y2>(?:19|20)?\d\d)(?![\w/-]|[.,]\d)"
    ),
    # tahun 2014 / pada 2014 / sejak 2014 / 2016 lalu
    "year": re.compile(
        r"(?=[tTmM12])(?:(?P<tahun>(?i:tahun|musim)\s+))?(?<![\w.,/])(?P<y>(?:19|20)\d\d)(?![\w/-]|[.,]\d|\s-\san)"
        r"(?:\s+(?P<rel>lalu|silam|mendatang|depan|nanti)(?![\w]))?"
    ),
    # 1980-an / 1990 - an / 90-an (the word before, "tahun" or "era", is read by dates.py)
    "decade": re.compile(
        r"(?=[\d'’])(?<![\w.,/])(?:['’](?=\d0))?(?P<y>(?:19|20)?\d0)(?:\s?-\s?|(?<=\d))an(?![\w])"
    ),
    # kuartal III 2017 / kuartal III-2026 / triwulan pertama tahun ini / semester II 2016 /
    # paruh kedua tahun lalu
    "quarter": re.compile(
        r"(?=[kKtTsSpP])(?<![\w])(?P<unit>(?i:kuartal|triwulan|semester|paruh))\s+"
        r"(?P<n>(?i:I{1,3}|IV|[1-4]|pertama|kedua|ketiga|keempat|awal|akhir))"
        r"(?:\s+(?i:tahun)(?=\s+(?:ini|lalu|depan|(?:19|20)\d\d)))?"
        r"(?:\s+|\s?[/-]\s?)(?:(?P<y>(?:19|20)\d\d)|(?P<rel>(?i:ini|lalu|depan)))(?![\w])"
        r"(?:(?<=\d)\s+(?:mendatang|nanti|lalu)(?![\w]))?"
    ),
    # kemarin, besok, pekan lalu, tiga hari lalu
    "relative": re.compile(
        # (not the decimals of a number: "tinggal 2,5 tahun lagi")
        r"(?<![\w-])(?<!\d[.,])(?i:(?P<word>kemarin\s+lusa|(?:(?:malam|pagi|siang|sore)\s+)?kemarin"
        r"(?:\s+(?:malam|pagi|siang|sore))?|hari\s+ini|besok|esok\s+hari|lusa|"
        r"tadi\s+malam|tadi\s+pagi|tadi\s+siang|(?:pagi|siang|sore|petang|malam)\s+(?:ini|tadi))"
        r"|(?P<weekend>akhir\s+(?:pekan|minggu))\s+(?P<wrel>lalu|kemarin|depan|ini|mendatang)"
        r"|(?P<period>pekan|minggu|bulan|tahun)\s+(?P<rel>lalu|kemarin|depan|ini|mendatang)"
        r"|(?P<n>\d+|" + NUMBER_WORD.pattern[NUMBER_WORD.pattern.index("(?:") :] + r")"
        r"\s+(?P<nunit>hari|pekan|minggu|bulan|tahun)\s+(?:yang\s+)?(?P<nrel>lalu|silam|mendatang|lagi)"
        r"|se(?P<seunit>hari|pekan|minggu|bulan|tahun)\s+(?:yang\s+)?(?P<serel>lalu|silam))"
        r"(?![\w-])"
    ),
    # Senin / hari Minggu larut malam / Kamis depan
    "weekday": re.compile(
        r"(?=[hHSRKJMIA])(?:(?i:hari)\s+)?"
        + _DOW
        + r"(?:\s+(?P<part>(?:larut\s+)?malam|pagi|siang|sore|petang|"
        r"dini\s*hari))?(?:\s+(?P<week>(?:pekan|minggu)\s+(?:lalu|depan|ini))"
        r"|\s+(?P<rel>lalu|depan|ini|kemarin|mendatang))?(?![\w-])"
    ),
}
