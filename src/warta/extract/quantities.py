"""Quantities in Indonesian news: value, unit, what is counted and approximation markers.

"lebih dari 150.000 tentara" → value 150000, counts "tentara", approx "lebih dari";
"Rp 2,3 triliun" → 2.3e12 IDR; "delapan tahun" → 8, unit "year". Dates, times, years,
ordinals, phone and article numbers are not quantities.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any, ClassVar

from warta.document import Document
from warta.extract.numbers import (
    DIGIT_NUMBER,
    NUMBER_WORD,
    VAGUE,
    as_number,
    listed_year,
    parse_words,
    safe_decimal,
    scale_of,
)
from warta.extract.quantity_units import (
    APPROX,
    CLASSIFIERS,
    CURRENCY_PREFIX,
    ENGLISH_UNITS,
    MEASURE,
    NOT_COUNTS,
    PEOPLE,
    SE_TIME,
    TIME,
    UNITS,
)
from warta.pipeline import DocumentStep

__all__ = ["QuantityExtractor", "QuantityOptions", "extract_quantities"]

_MONTHS = (
    "januari|februari|pebruari|maret|april|mei|juni|juli|agustus|september|oktober|november|"
    "desember|jan|feb|mar|apr|jun|jul|agu|agt|ags|sep|sept|okt|nov|des|"
    "mac|julai|ogos|disember"  # Malay
)
# A number right after these words is a label, position, time or date, not an amount.
_LABEL_BEFORE = re.compile(
    r"(?:\b(?:pasal|ayat|butir|huruf|bab|nomor|nomer|no|nomor urut|halaman|hlm|jilid|edisi|"
    r"seri|versi|tipe|kode|kelas|lantai|rt|rw|gang|jalan|jl|jln|blok|km|kilometer|pukul|jam|"
    r"tanggal|tgl|tahun|thn|peringkat|posisi|urutan|uu|pp|perpres|perda|permen|grup|"
    r"zona|pintu|gerbang|sektor|kloter|gelombang|putaran|babak|pekan|season|musim|angkatan|"
    r"periode|level|gate|terminal|menit|tikungan|koridor|jalur|gerbong|kamar|(?:ber)?nomor\s+punggung|"
    + _MONTHS
    + r")\.?|[-+#/:])\s?$",
    re.IGNORECASE,
)
_DATE_AFTER = re.compile(
    r"\s?(?:[/:]\d|(?:" + _MONTHS + r")\b)"
    # a day of a list whose last day names the month: "21 dan 22 Desember", "24, 25, 26 Mei"
    r"|(?:[^\S\n]*,[^\S\n]*\d{1,2})*[^\S\n]*,?[^\S\n]*(?:dan|serta|atau|&)[^\S\n]+\d{1,2}"
    r"[^\S\n]+(?:" + _MONTHS + r")\b"
    r"|(?:[^\S\n]*,[^\S\n]*\d{1,2})+[^\S\n]*,?[^\S\n]*(?:dan|serta|atau|&)?[^\S\n]*\d{1,2}"
    r"[^\S\n]+(?:" + _MONTHS + r")\b",
    re.IGNORECASE,
)
_RELATIVE_AFTER = re.compile(r"\s+(?:yang\s+)?(?:lalu|silam|mendatang|lagi)\b", re.IGNORECASE)
_SCORE_BEFORE = re.compile(
    r"\b(?:skor|kalah|menang|imbang|unggul|tertinggal|takluk|menundukkan|membantai)[^\S\n]+$",
    re.IGNORECASE,
)
# "150 orang lebih": more than; not "angka 21 lebih dulu" (first), "lebih cepat" …
_PLUS_AFTER = re.compile(
    r"\s+lebih\b(?!\s+(?:dulu|dahulu|awal|cepat|lambat|baik|buruk|banyak|sedikit|tinggi|rendah|"
    r"besar|kecil|lama|murah|mahal|jauh|dekat|kuat|lemah|unggul|berat|ringan)\b)",
    re.IGNORECASE,
)
# "1 menit 29,897 detik": a duration in two units, summed in the smaller
_SMALLER_UNIT = {"hour": "minute", "minute": "second"}
_DURATION_PART = re.compile(r"\d\s+(?:jam|menit)\s+$", re.IGNORECASE)
_AGE_AFTER_NAME = re.compile(r"\b[A-Z][a-z]+, $")
# "masuk 10 besar": a rank, the top ten
_RANK_AFTER = re.compile(r"\s+besar\b", re.IGNORECASE)
# "1 - Navas (K); 2 - Carvajal": a player's number in a line-up
_SQUAD_NUMBER = re.compile(r"\s?-\s?[A-Z][a-z]")
# "Diego Costa (60 ')", "Stones (Iheanacho 78 ')": the minute of a goal or a substitution
_MINUTE_MARK = re.compile(r"\s?['’′]+\s?[),;]")
# After "Rp 5.000-": the range's upper bound, in the same notation
_RANGE_NEXT = re.compile(r"\s?(?:\d|Rp|US\$|USD|\$|€|£)")
_RANGE_JOIN = re.compile(r"\s?(?:-|–|s\.d\.?|s/d)\s?|\s(?:hingga|sampai(?:\s+dengan)?|ke)\s", re.I)
# A count of part of a group: "tiga di antaranya", "tujuh dari delapan gelar".
_PART_OF = re.compile(
    r"\s+(?:di\s*antara(?:nya|\s+mereka)|dari\s+(?:\d+|"
    + NUMBER_WORD.pattern
    + r")\s+(?P<noun>[a-z]{3,})(?<!nya))",
    re.IGNORECASE,
)


def _alt(words: list[str] | dict[str, Any]) -> str:
    keys = sorted(words, key=len, reverse=True)
    # spaces and hyphens inside a phrase as text writes them ("sebanyak - banyaknya")
    return "|".join(re.escape(k).replace(r"\ ", r"\s+").replace(r"\-", r"\s?-\s?") for k in keys)


_CORE = (
    r"(?P<digits>" + DIGIT_NUMBER.pattern + r")"
    r"|(?P<vague>(?<![\w-])(?:" + _alt(VAGUE) + r")(?:\s+(?:ribu|juta|miliar|triliun))?(?![\w-]))"
    r"|(?P<se>(?<![\w-])se(?:" + "|".join(SE_TIME) + r")(?![\w-]))"
    r"|(?P<words>" + NUMBER_WORD.pattern + r")"
)
_QUANTITY = re.compile(
    r"(?:(?P<approx>(?<![\w-])(?:" + _alt(APPROX) + r"|±))\s*)?"
    r"(?:(?P<cur>(?<![\w$])(?:Rp\.?|IDR|US\$|USD|S\$|SGD|\$|€|EUR|£|RM)(?=\s?\d))\s?)?"
    r"(?P<core>" + _CORE + r")"
    r"(?:[^\S\n]?(?P<rsep>-|–|hingga|sampai|s\.d\.?|s/d)[^\S\n]?(?P<core2>"
    + DIGIT_NUMBER.pattern
    + r"|"
    + NUMBER_WORD.pattern
    + r"))?"
    r"(?:[^\S\n]?(?P<scale>(?:ribu|juta|miliar|milyar|triliun|trilyun)(?:an)?(?![\w])"
    r"|(?:bilion|billion|million|trilion|trillion)(?![\w])"
    r"|(?:rb|jt)(?![\w])\.?|(?-i:[TMBK])(?![\w])))?"
    # A unit may be joined by a hyphen: "49-inci", and IndoSum's "49 - inci".
    # (a unit may take the possessive: "varian 15 incinya")
    r"(?:(?:[^\S\n]?-[^\S\n]?|[^\S\n]?)(?P<unit>%|(?:"
    + _alt(UNITS)
    + r")(?![\w²-])|(?:"
    + _alt([unit for unit in UNITS if len(unit) >= 4])
    + r")(?=nya\b)))?",
    re.IGNORECASE,
)
_COUNTS = re.compile(  # (on the same line: a headline's number counts nothing below it)
    r"[^\S\n]+(?P<w1>[a-z][a-z]+(?:-[a-z]+)?|[A-Z]{2,6}(?!\w))(?:[^\S\n]+(?P<w2>[a-z][a-z]+))?"
)
# Verbs after a year-like number ("MotoGP 2017 dan 2018 menyusul …") do not make it an amount.
_VERBISH = re.compile(r"(?:me[mn]?|ber|ter|di)[a-z]{3,}$")
_YEAR_BEFORE = re.compile(
    r"\b(?:sepanjang|pada|tahun|sejak|hingga|sampai|awal|akhir|pertengahan|medio|selama"
    r"|periode|musim|jelang|menjelang)[^\S\n]+$",
    re.IGNORECASE,
)
_DURATION_BEFORE = re.compile(r"\b(?:selama|dalam(?:\s+waktu)?|hanya|baru|sudah)\s+$", re.I)
# A sign before a number, as a word ("15% -25%" is a range, so not a minus sign)
_MINUS_BEFORE = re.compile(r"(?<![\w-])(?<!plus )(?:minus|negatif)\s$", re.IGNORECASE)
_DECADE_AFTER = re.compile(r"\s?-\s?an\b")
_SENTENCE_START = re.compile(r"(?:^|[.!?\n\"“‘(:]\s*)$")


@dataclass(frozen=True, slots=True, kw_only=True)
class QuantityOptions:
    """How quantities are extracted.

    `word_numbers`: also read number words ("delapan tahun"); `min_value` drops smaller values.
    """

    word_numbers: bool = True
    min_value: float = 0.0
    # English notation: "16,720" is sixteen thousand, "4.75" four and three quarters
    english: bool = False
    # Malaysia's notation, in Malay: commas group thousands ("512,300 orang", "1,214,560");
    # a comma before one or two digits stays a decimal one, as an Indonesian text the
    # language identifier took for Malay writes it ("3,5 persen")
    comma_thousands: bool = False


# A headline in title case counts people too ("12 Orang Meninggal", "3 Pendaki Hilang")
_TITLE_CASE_COUNT = re.compile(r"[^\S\n]+(?P<w1>[A-Z][a-z]+)\b")


# "bermagnitudo 6,2", "magnitudo 5,1", "gempa M 6,2", "M6,2": an earthquake's magnitude
# ("magnitudo terbesar 4,2", "magnitudo tertinggi M 5,0")
_MAGNITUDE_BEFORE = re.compile(
    r"(?:\b(?:ber)?magnitudo(?: (?:terbesar|tertinggi|terkecil|terendah|maksimum|minimum|"
    r"rata-rata|hingga|sampai|antara))?(?: M)?|(?<![\w.])M)\s?$",
    re.IGNORECASE,
)
# a verb after a number counts nothing ("bermagnitudo 6,2 mengguncang …")
_VERB_AFTER = re.compile(
    r"me(?:ng|ny)[a-z]{3,}|me[lr][a-z]{4,}|me[mn][a-z]{2,}kan|di[a-z]{3,}kan"
    # a passive verb of a root ("1.200 kilometer ditempuh", "1,2 kg disita"); not the nouns
    # that open with "di" ("liter diesel", "distrik", "direktur")
    r"|(?!(?:diesel|dinamit|dinding|dividen|dinar|distrik|direktur|dirut|dinas|diskon|digit"
    r"|dimensi|diploma|diplomat|diet|dimsum|display|disk|divisi|dialog|diskusi|disiplin"
    r"|diameter|direktorat|distributor|diagnosis|dialisis|diare|digital)\b)"
    r"di[a-z]{4,}"
    # a verb of state ("20 sentimeter tersebar", "41 kasus tercatat"); not the nouns and the
    # people that open with "ter" ("5 tersangka", "3 terduga teroris", "terowongan")
    r"|(?!(?:tersangka|terduga|teroris|terdakwa|terpidana|terlapor|tergugat|terabyte"
    r"|terminal|terowongan|terumbu|terompet|teritori|termometer)\b)ter[a-z]{4,}"
)


def _counts_after(text: str, pos: int) -> str | None:
    match = _COUNTS.match(text, pos)
    if match is None:
        titled = _TITLE_CASE_COUNT.match(text, pos)
        if titled is not None and titled.group("w1").lower() in PEOPLE:
            return titled.group("w1").lower()
        return None
    first = match.group("w1")
    if first in NOT_COUNTS or first in UNITS or _VERB_AFTER.fullmatch(first):
        return None
    if "-" in first and first.split("-")[0] == first.split("-")[1]:
        first = first.split("-")[0]  # "orang-orang": the plural of "orang"
    if (
        first in CLASSIFIERS
        and match.group("w2")
        and match.group("w2") not in NOT_COUNTS
        and not _VERB_AFTER.fullmatch(match.group("w2"))  # "500 unit terjual"
    ):
        return f"{first} {match.group('w2')}"
    if first.endswith("nya") and len(first) > 5:
        first = first[:-3]  # "30.000 tentaranya": the possessive is not part of the noun
    return first


def _is_label(text: str, start: int) -> bool:
    before = text[max(0, start - 16) : start]
    # Only the words before the number in the same sentence can label it.
    line = text.rfind("\n", 0, start) + 1
    if text[line:start].strip() in ("-", "–", "•", "*"):
        return False  # "- 0,5 gram: Rp1.209.000": a list's bullet, not a sign or a label
    before = before[max(before.rfind("\n"), before.rfind(". ") + 1) + 1 :]
    return bool(_LABEL_BEFORE.search(before))


# "IHSG ditutup di level 7.112,45", "indeks dolar ke posisi 106,8": after "level" or "posisi"
# a number with decimals or thousands is an index's value, not a rank
_LEVEL_BEFORE = re.compile(r"\b(?:level|posisi)\s?$", re.IGNORECASE)


def _level_value(text: str, match: re.Match[str]) -> bool:
    digits = match.group("digits") or ""
    return bool(
        ("," in digits or re.fullmatch(r"\d{1,3}(?:\.\d{3})+", digits))
        and _LEVEL_BEFORE.search(text, max(0, match.start() - 8), match.start())
    )


def _is_list_number(text: str, start: int, end: int) -> bool:
    """ "1. Freezer burn", "2) Perubahan tekstur": a number opening its line is an item's."""
    line_start = text.rfind("\n", 0, start) + 1
    return not text[line_start:start].strip() and bool(re.match(r"[.)]\s", text[end : end + 2]))


def _after_name(text: str, start: int) -> str | None:
    """Whether a capitalised word stands right before the number: "mid" sentence, "start"."""
    prev = re.search(r"(\S+)\s$", text[max(0, start - 40) : start])
    # (inside a quoted title: '"Jumbo 2" tayang')
    word = prev.group(1).lstrip("\"“'‘(") if prev else ""
    # (and a brand written with a small first letter: "iPhone 18", "iPad 11")
    capitalised = word[:1].isupper() or re.fullmatch(r"[a-z][A-Z][a-z]+", word) is not None
    if not (capitalised and word.isalpha()) or word.lower() in APPROX:
        return None
    head = text[max(0, start - 16 - len(word)) : start - len(word) - 1]
    return "start" if _SENTENCE_START.search(head) else "mid"


def _is_name(text: str, start: int, qualified: bool, counts: str | None) -> bool:
    """ "Liga 1", "Snapdragon 835", "Schalke 04": a number that belongs to the name before it.

    A unit or scale keeps it an amount ("Bali 40 persen"); so does a counted noun after a
    sentence-initial word ("Sebanyak 250 orang") or a head-count noun mid-sentence.
    """
    where = _after_name(text, start)
    if where is None or qualified:
        return False
    if where == "start":
        return counts is None
    return counts is None or counts.split()[0] not in PEOPLE | CLASSIFIERS


def _number(text: str, match: re.Match[str], end: int, qualified: bool) -> Decimal | None:
    """The value of the number core, or None when the number is a label, date, code or name."""
    if match.group("digits"):
        digits = match.group("digits")
        after = text[end : end + 1]
        # "80% - 90%", "Rp 5.000-Rp 10.000": after a hyphen, the upper bound of a range
        upper = bool(match.group("cur")) or bool(re.search(r"%\s?-\s?$", text[: match.start()]))
        # "1 menit 29,897 detik", "2 jam 30 menit": the smaller part of one duration
        unit_now = (match.group("unit") or "").lower()
        upper = upper or bool(
            unit_now in TIME
            and _DURATION_PART.search(text, max(0, match.start() - 16), match.start())
        )
        if (
            (_is_label(text, match.start()) and not upper and not _level_value(text, match))
            or _DATE_AFTER.match(text, match.end("core"))
            or (match.group("core2") and _DATE_AFTER.match(text, match.end("core2")))
            or (digits.startswith("0") and len(digits) > 1 and digits[1].isdigit())
            or (re.fullmatch(r"\d+\.\d{1,2}", digits) and not qualified)
            or (
                after
                and (after.isalnum() or after in "’'" or (after == "/" and not qualified))
                and not (match.group("unit") and re.match(r"nya\b", text[end:]))
            )
            or (after == "-" and not (qualified and _RANGE_NEXT.match(text, end + 1)))
            or _DECADE_AFTER.match(text, end)  # "era 90-an"
            or _is_list_number(text, match.start(), end)
            # "Satoshi Katsudara, 56, dan …": an age set off after a name
            or (
                not qualified
                and _AGE_AFTER_NAME.search(text, max(0, match.start() - 30), match.start())
                and after == ","
            )
            or (not qualified and _SQUAD_NUMBER.match(text, end))
            or (not qualified and _MINUTE_MARK.match(text, end))
            or (not qualified and _RANK_AFTER.match(text, end))
            # "Bripka AS (33)": an age or a clause number in brackets, not an amount.
            or (not qualified and text[match.start() - 1 : match.start()] == "(" and after == ")")
        ):
            return None
        if (
            match.group("cur")
            and not match.group("scale")
            and re.fullmatch(r"\d{1,3},\d{3}", digits)
        ):
            return safe_decimal(digits.replace(",", "."))  # "$ 1,299": thousands, US notation
        return safe_decimal(digits)
    if match.group("vague"):
        words = match.group("vague").lower().split()
        return Decimal(VAGUE[words[0]]) * ((scale_of(words[1]) or 1) if len(words) > 1 else 1)
    if match.group("se"):
        return Decimal(1)
    value = parse_words(match.group("words"))
    if _is_label(text, match.start()) and not re.search(
        r"[-+#/:]\s?$", text[max(0, match.start() - 3) : match.start()]
    ):
        return None  # "pukul lima pagi", "peringkat tiga" (a dash before opens a sentence)
    before = text[max(0, match.start() - 8) : match.start()].lower()
    if re.search(r"salah\s$|ke\s?-\s?$", before) or (end < len(text) and text[end] == "-"):
        return None  # "salah satu", "satu-satunya"
    return value


# What a match report or a count tallies one of: "satu gol", "satu kemenangan", "satu orang"
_TALLIED = frozenset(
    {"gol", "poin", "kemenangan", "kekalahan", "hasil", "assist", "medali", "gelar", "trofi",
     "seri", "laga", "pertandingan", "tembakan", "kartu", "korban", "tersangka", "pelaku",
     "unit", "kursi", "suara", "kasus"}
)  # fmt: skip


def _counted_one(text: str, match: re.Match[str], end: int) -> bool:
    """ "satu" that counts, not the article "a": a tallied noun after it ("satu gol", "satu
    orang"), or another number in its sentence ("satu kemenangan dan dua kekalahan")."""
    if (
        _ONE_IDIOM_BEFORE.search(text, max(0, match.start() - 8), match.start())
        or _ONE_IDIOM_AFTER.match(text, end)
        or (match.group(0)[:1].isupper() and _mid_sentence(text, match.start()))
    ):
        return False  # "rekan satu timnya", "satu sama lain", "satu dari enam", "Satu ASEAN"
    counts = _counts_after(text, end)
    if counts is not None and (counts.split()[0] in _TALLIED or counts.split()[0] in PEOPLE):
        return True
    left = max(text.rfind(". ", 0, match.start()), text.rfind("\n", 0, match.start()))
    right_stop = [i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0]
    sentence = text[left + 1 : match.start()] + " " + text[end : min(right_stop or [len(text)])]
    return _OTHER_NUMBER.search(sentence) is not None


_ONE_IDIOM_BEFORE = re.compile(r"\b(?:rekan|teman|kawan|sahabat)\s+$", re.IGNORECASE)
_ONE_IDIOM_AFTER = re.compile(
    r"\s+(?:sama\s+lain|atap|pintu|padu|suara|visi|kata|dari|per\s+satu|sisi|lawan|arah|hati)\b",
    re.IGNORECASE,
)


def _mid_sentence(text: str, start: int) -> bool:
    before = text[max(0, start - 3) : start].rstrip()
    return bool(before) and before[-1] not in '.!?\n"“:'


_OTHER_NUMBER = re.compile(
    r"\b(?:(?!(?:19|20)\d\d\b)\d+|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|"
    r"sebelas)\b(?!\s*[-/.:]\d)",
    re.IGNORECASE,
)


def _range_max(match: re.Match[str], low: Decimal, scale: str | None) -> Decimal | None:
    """The upper bound of "5-10 orang" / "enam hingga tujuh", or None when it is no range."""
    raw = match.group("core2")
    high = parse_words(raw) if match.group("words") else safe_decimal(raw)
    if high is None or high <= low or low == 0:
        return None
    return high * ((scale_of(scale) or 1) if scale else 1)


def _quantity(text: str, match: re.Match[str], options: QuantityOptions) -> dict[str, Any] | None:
    cur, scale, unit_word = match.group("cur"), match.group("scale"), match.group("unit")
    end = match.end()
    if scale and len(scale.rstrip(".")) == 1 and not cur:
        # A lone "M"/"T" is a scale only in money ("Rp5 M"); elsewhere it is something else.
        end = match.end("core2") if match.group("core2") else match.end("core")
        scale, unit_word = None, None
    if cur and unit_word and re.sub(r"\s+", " ", unit_word.lower()) in TIME:
        # "Rp11.365.000 hari ini": money counts no days; the time word opens a date
        end = match.end("scale" if scale else "core2" if match.group("core2") else "core")
        unit_word = None
    if (
        not unit_word
        and not cur
        and re.fullmatch(r"1[34]\d\d", match.group("digits") or "")
        and re.match(r"[ \t]?(?:H|Hijriah|Hijriyah)\b", text[end:])
    ):
        return None  # "musim haji 1448 H/2027 M": a year of the Hijri calendar
    if (
        unit_word
        and re.sub(r"\s+", " ", unit_word.lower()) in TIME
        and _level_value(text, match)
        and re.match(r"\s+(?:depan|lalu|ini|kemarin|mendatang)\b", text[match.end() :])
    ):
        # "menguji level 7.300 pekan depan": an index's level, then next week
        end = match.end("scale" if scale else "core2" if match.group("core2") else "core")
        unit_word = None
    if unit_word and not options.english and unit_word.lower() in ENGLISH_UNITS:
        # "7 Days Reverse Repo Rate", "30 Seconds to Mars": English words in an Indonesian text
        # are a name's, no unit
        end = match.end("scale" if scale else "core2" if match.group("core2") else "core")
        unit_word = None
    if match.group("se"):
        if match.group("core2") or scale or unit_word:
            return None
        if not (match.group("approx") or _DURATION_BEFORE.search(text[: match.start()][-20:])):
            return None  # "sehari sebelumnya", "Rp5 juta setahun": a relative day or a rate
    if match.group("words") and not options.word_numbers:
        return None
    if match.group("core2") and bool(match.group("words")) == bool(
        DIGIT_NUMBER.fullmatch(match.group("core2"))
    ):
        return None  # "5 hingga enam": a range is written in one notation
    qualified = bool(cur or scale or unit_word)
    number = _number(text, match, end, qualified)
    if number is None:
        return None
    value = number * (scale_of(scale) or 1) if scale else number
    approx: str | None = match.group("vague").split()[0].lower() if match.group("vague") else None
    unit: str | None = None
    counts: str | None = None
    if cur:
        unit = CURRENCY_PREFIX.get(cur.lower().rstrip(".").strip(), "IDR")
    if match.group("se"):
        unit_word = match.group("se")[2:]
    if unit_word:
        key = re.sub(r"\s+", " ", unit_word.lower())
        unit = UNITS.get(key, unit)
        if key in TIME:
            counts = key
            if _RELATIVE_AFTER.match(text, end) and not _DURATION_BEFORE.search(
                text[max(0, match.start() - 20) : match.start()]
            ):
                return None  # "tiga hari lalu" is a date; "selama tiga pekan mendatang" is not
            if re.match(r"\s+(?:19|20)\d\d\b", text[end:]):
                return None  # "Nomor 26 Tahun 2017": a regulation, not 26 years
            if (
                match.group("digits")
                and re.match(r"[^\S\n]+ini\b", text[end:])
                and _after_name(text, match.start()) == "mid"
            ):
                return None  # "turnamen BWF Super 750 tahun ini": this year, no 750 years
            if re.fullmatch(r"(?:19|20)\d\d", match.group("digits") or "") and re.match(
                r"\s+(?:depan|lalu|ini|kemarin|mendatang)\b", text[end:], re.IGNORECASE
            ):
                return None  # "CES 2018 bulan depan": a year, then next month
        elif key in MEASURE:
            counts = _counts_after(text, end)
    elif not cur and _MAGNITUDE_BEFORE.search(text, max(0, match.start() - 30), match.start()):
        unit = "magnitude"  # "gempa bermagnitudo 6,2", "gempa M 6,2"
        qualified = True
    elif not cur:
        counts = _counts_after(text, end)
        if counts is not None and counts.split()[0] in PEOPLE:
            unit = "people"
        elif counts == "kali":
            unit = "times"  # "sembilan kali": counted occasions, the noun outside the span
    if counts is None and not qualified and (plus := _PLUS_AFTER.match(text, end)):
        end = plus.end()  # "sekitar 300 lebih pengaduan": the word is part of the amount
        counts = _counts_after(text, end)
        if counts is not None and counts.split()[0] in PEOPLE:
            unit = "people"
    if match.group("digits") and _is_name(text, match.start(), qualified, counts):
        return None
    if (
        match.group("digits")
        and not qualified
        and re.fullmatch(r"(?:19|20)\d\d", match.group("digits"))
        and (
            counts is None
            or _VERBISH.match(counts)
            or listed_year(text, match.start(), match.end("digits"))
            # "sepanjang 2024 naik …", "pada 2023 kasus …": a year after a word of time
            or _YEAR_BEFORE.search(text, max(0, match.start() - 14), match.start())
        )
    ):
        return None  # a bare year ("1930 dan 1945 harga jatuh")
    if counts is None and not qualified and (part := _PART_OF.match(text, end)):
        counts = part.group("noun")  # "tujuh dari delapan gelar", "tiga di antaranya"
        if counts is not None and counts.split()[0] in PEOPLE:
            unit = "people"
    elif match.group("words") and not (
        qualified or (counts and (value != 1 or counts == "kali" or _counted_one(text, match, end)))
    ):
        return None  # "dua" alone, or "satu tim" as "a team", is rarely an amount worth recording
    if _PLUS_AFTER.match(text, end) and approx is None:
        approx = "lebih dari"  # "150 orang lebih"
    if match.group("approx"):
        approx = re.sub(r"\s+", " ", match.group("approx").lower())
    begin = match.start()
    if not cur and not match.group("approx") and (minus := _MINUS_BEFORE.search(text, 0, begin)):
        # "minus 2 derajat Celsius", "tumbuh minus 0,5 persen": below zero
        begin, value = minus.start(), -value
    record: dict[str, Any] = {
        "text": text[begin:end],
        "value": as_number(value),
        "unit": unit,
        "counts": counts,
        "approx": approx,
        "start": begin,
        "end": end,
    }
    if match.group("core2"):
        high = _range_max(match, number, scale)
        if (
            high is None
            or _SCORE_BEFORE.search(text[max(0, match.start() - 20) : match.start()])
            or re.fullmatch(r"(?:19|20)\d\d", match.group("core"))
            or (match.group("rsep") in "-–" and not qualified and counts is None)
        ):
            # "2-1", "kalah 0-2", "19-21, 21-19": a score (a range of nothing counted);
            # "2020-2022" is a span of years.
            return None
        record["value_max"] = as_number(high)
    if abs(float(value)) < options.min_value:
        return None
    return record


def extract_quantities(
    text: str, *, options: QuantityOptions | None = None
) -> list[dict[str, Any]]:
    """All quantities in `text`, in order, with offsets into `text`."""
    opts = options or QuantityOptions()
    shown = text
    if opts.english:
        # read the English notation as the Indonesian one: swap the separators inside numbers
        # (same length, so every offset stays), and report the text as written
        text = _ENGLISH_NUMBER.sub(lambda m: m.group().translate(_SWAP_SEPARATORS), text)
    elif opts.comma_thousands:
        text = _COMMA_THOUSANDS.sub(lambda m: m.group().replace(",", "."), text)
    found: list[dict[str, Any]] = []
    for match in _QUANTITY.finditer(text):
        record = _quantity(text, match, opts)
        if record is None:
            continue
        prev = found[-1] if found else None
        if (
            prev is not None
            and "value_max" not in prev
            and prev["unit"] is not None
            and prev["unit"] == record["unit"]
            and record["approx"] is None
            and _RANGE_JOIN.fullmatch(text, prev["end"], record["start"])
            and record["value"] > prev["value"]
        ):
            # "Rp 280 sampai Rp 300", "80% - 90%": one range, its unit written twice
            prev["value_max"] = record["value"]
            prev["end"] = record["end"]
            prev["text"] = text[prev["start"] : prev["end"]]
            prev["counts"] = prev["counts"] or record["counts"]
            continue
        if (
            prev is not None
            and prev["unit"] is not None
            and _SMALLER_UNIT.get(prev["unit"]) == record["unit"]
            and prev["approx"] is None
            and text[prev["end"] : record["start"]] in (" ", " dan ")
        ):
            # "1 menit 29,897 detik", "2 jam 30 menit": one duration, in the smaller unit
            prev["value"] = as_number(
                Decimal(str(prev["value"])) * 60 + Decimal(str(record["value"]))
            )
            prev["unit"], prev["counts"] = record["unit"], record["counts"]
            prev["end"] = record["end"]
            prev["text"] = text[prev["start"] : prev["end"]]
            continue
        found.append(record)
    for record in found:
        record["text"] = shown[record["start"] : record["end"]]
    return found


_ENGLISH_NUMBER = re.compile(r"(?<=\d)[.,](?=\d)")
_SWAP_SEPARATORS = str.maketrans(".,", ",.")
_COMMA_THOUSANDS = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})+(?![\d]|[.,]\d)")


class QuantityExtractor(DocumentStep):
    """Annotates `doc.annotations["quantities"]` from the clean text."""

    name: ClassVar[str] = "quantities"
    parallel: ClassVar[bool] = True

    def __init__(self, options: QuantityOptions | None = None) -> None:
        self.options = options or QuantityOptions()

    def process(self, doc: Document) -> None:
        options = self.options
        if doc.language == "en" and not options.english:
            options = replace(options, english=True)
        elif doc.language == "ms" and not options.comma_thousands:
            options = replace(options, comma_thousands=True)
        doc.annotations["quantities"] = extract_quantities(doc.text, options=options)
