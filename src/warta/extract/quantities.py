"""Quantities in Indonesian news: value, unit, what is counted and approximation markers.

"lebih dari 150.000 tentara" → value 150000, counts "tentara", approx "lebih dari";
"Rp 2,3 triliun" → 2.3e12 IDR; "delapan tahun" → 8, unit "year". Dates, times, years,
ordinals, phone and article numbers are not quantities.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, ClassVar

from warta.document import Document
from warta.extract.numbers import (
    DIGIT_NUMBER,
    NUMBER_WORD,
    VAGUE,
    as_number,
    parse_words,
    safe_decimal,
    scale_of,
)
from warta.pipeline import DocumentStep

__all__ = ["QuantityExtractor", "QuantityOptions", "extract_quantities"]

# Approximation and bound markers, longest first so "lebih dari" wins over "lebih".
_APPROX = sorted(
    [
        "lebih dari", "lebih daripada", "kurang dari", "kurang lebih", "lebih kurang",
        "sekitar", "sekira", "kira-kira", "hampir", "nyaris", "sedikitnya", "setidaknya",
        "setidak-tidaknya", "paling sedikit", "paling tidak", "paling banyak", "maksimal",
        "minimal", "maksimum", "minimum", "di atas", "di bawah", "mendekati",
        "tidak kurang dari", "tak kurang dari", "tidak lebih dari", "tak lebih dari",
    ],
    key=len,
    reverse=True,
)  # fmt: skip

_CURRENCY_PREFIX: dict[str, str] = {
    "rp": "IDR", "idr": "IDR", "us$": "USD", "usd": "USD", "$": "USD", "s$": "SGD",
    "sgd": "SGD", "€": "EUR", "eur": "EUR", "£": "GBP", "rm": "MYR",
}  # fmt: skip
_CURRENCY_SUFFIX: dict[str, str] = {
    "rupiah": "IDR", "dolar as": "USD", "dollar as": "USD", "dolar amerika serikat": "USD",
    "dolar amerika": "USD", "dolar singapura": "SGD", "dolar australia": "AUD",
    "dolar": "USD", "dollar": "USD", "euro": "EUR", "yen": "JPY", "yuan": "CNY",
    "ringgit": "MYR", "won": "KRW", "poundsterling": "GBP", "pound": "GBP", "riyal": "SAR",
    "rupee": "INR", "baht": "THB", "peso": "PHP",
}  # fmt: skip
_PERCENT: dict[str, str] = {"%": "percent", "persen": "percent", "basis poin": "bps"}
_MEASURE: dict[str, str] = {
    "km2": "km2", "km²": "km2", "kilometer persegi": "km2", "km": "km", "kilometer": "km",
    "meter persegi": "m2", "m2": "m2", "m²": "m2", "meter": "m", "m": "m", "cm": "cm",
    "sentimeter": "cm", "mm": "mm", "milimeter": "mm", "hektare": "ha", "hektar": "ha",
    "ha": "ha", "kg": "kg", "kilogram": "kg", "gram": "g", "ton": "t", "liter": "l",
    "barel": "barrel", "megawatt": "MW", "mw": "MW", "gw": "GW", "kwh": "kWh", "mil": "mile",
    "knot": "knot", "derajat celsius": "celsius", "°c": "celsius", "derajat": "degree",
    "mb": "MB", "gb": "GB", "tb": "TB", "mbps": "Mbps", "cc": "cc", "kali": "times",
}  # fmt: skip
_TIME: dict[str, str] = {
    "detik": "second", "menit": "minute", "jam": "hour", "hari": "day", "pekan": "week",
    "minggu": "week", "bulan": "month", "tahun": "year", "dekade": "decade", "abad": "century",
}  # fmt: skip
_UNITS: dict[str, str] = {**_CURRENCY_SUFFIX, **_PERCENT, **_MEASURE, **_TIME}

# Nouns that make the quantity a head count.
_PEOPLE = frozenset(
    [
        "orang",
        "jiwa",
        "warga",
        "penduduk",
        "tentara",
        "prajurit",
        "personel",
        "pasukan",
        "polisi",
        "siswa",
        "mahasiswa",
        "murid",
        "guru",
        "pekerja",
        "karyawan",
        "buruh",
        "pegawai",
        "pasien",
        "korban",
        "peserta",
        "anggota",
        "pengungsi",
        "penumpang",
        "wisatawan",
        "pengunjung",
        "pemilih",
        "petani",
        "nelayan",
        "anak",
        "balita",
        "tersangka",
        "narapidana",
        "napi",
        "relawan",
        "dokter",
        "perawat",
        "pemain",
        "atlet",
        "jemaah",
        "pendukung",
        "demonstran",
        "pengunjuk",
    ]
)
# Classifiers join the noun after them: "50 unit rumah", "3 ekor sapi".
_CLASSIFIERS = frozenset(
    [
        "unit",
        "buah",
        "ekor",
        "biji",
        "batang",
        "lembar",
        "helai",
        "butir",
        "pucuk",
        "bidang",
        "petak",
    ]
)
_NOT_COUNTS = frozenset(
    [
        "yang",
        "dan",
        "atau",
        "di",
        "ke",
        "dari",
        "pada",
        "untuk",
        "dengan",
        "dalam",
        "itu",
        "ini",
        "lebih",
        "per",
        "lalu",
        "sejak",
        "oleh",
        "akan",
        "telah",
        "sudah",
        "tersebut",
        "saja",
        "pun",
        "adalah",
        "ialah",
        "sebagai",
        "hingga",
        "sampai",
        "kurang",
        "lagi",
        "silam",
        "mendatang",
        "terakhir",
        "pertama",
        "sebelumnya",
        "kemudian",
        "setelah",
        "sebelum",
        "saat",
        "ketika",
        "bagi",
        "tahun",
        "antara",
        "tanpa",
        "juga",
        "masih",
        "belum",
        "tidak",
        "tak",
        "bisa",
        "dapat",
        "harus",
        "sekitar",
        "hampir",
        "karena",
        "agar",
    ]
)
_MONTHS = (
    "januari|februari|pebruari|maret|april|mei|juni|juli|agustus|september|oktober|november|"
    "desember|jan|feb|mar|apr|jun|jul|agu|agt|ags|sep|sept|okt|nov|des"
)
# A number right after these words is a label, position, time or date, not an amount.
_LABEL_BEFORE = re.compile(
    r"(?:\b(?:pasal|ayat|butir|huruf|bab|nomor|nomer|no|nomor urut|halaman|hlm|jilid|edisi|"
    r"seri|versi|tipe|kode|kelas|lantai|rt|rw|gang|jalan|jl|jln|blok|km|kilometer|pukul|jam|"
    r"tanggal|tgl|tahun|thn|peringkat|posisi|urutan|uu|pp|perpres|perda|permen|grup|"
    r"zona|pintu|gerbang|sektor|kloter|gelombang|putaran|babak|pekan|season|musim|angkatan|"
    r"periode|level|gate|terminal|" + _MONTHS + r")\.?|[-+#/:])\s?$",
    re.IGNORECASE,
)
_DATE_AFTER = re.compile(r"\s?(?:[/:]\d|(?:" + _MONTHS + r")\b)", re.IGNORECASE)
_RELATIVE_AFTER = re.compile(r"\s+(?:yang\s+)?(?:lalu|silam|mendatang|lagi)\b", re.IGNORECASE)
_SCORE_BEFORE = re.compile(
    r"\b(?:skor|kalah|menang|imbang|unggul|tertinggal|takluk|menundukkan|membantai)\s+$",
    re.IGNORECASE,
)
_PLUS_AFTER = re.compile(r"\s+lebih\b", re.IGNORECASE)


def _alt(words: list[str] | dict[str, Any]) -> str:
    keys = sorted(words, key=len, reverse=True)
    return "|".join(re.escape(k).replace(r"\ ", r"\s+") for k in keys)


_CORE = (
    r"(?P<digits>" + DIGIT_NUMBER.pattern + r")"
    r"|(?P<vague>(?<![\w-])(?:" + _alt(VAGUE) + r")(?:\s+(?:ribu|juta|miliar|triliun))?(?![\w-]))"
    r"|(?P<words>" + NUMBER_WORD.pattern + r")"
)
_QUANTITY = re.compile(
    r"(?:(?P<approx>(?<![\w-])(?:" + _alt(_APPROX) + r"|±))\s*)?"
    r"(?:(?P<cur>(?<![\w$])(?:Rp\.?|IDR|US\$|USD|S\$|SGD|\$|€|EUR|£|RM)(?=\s?\d))\s?)?"
    r"(?P<core>" + _CORE + r")"
    r"(?:\s?(?P<rsep>-|–|hingga|sampai|s\.d\.?|s/d)\s?(?P<core2>" + DIGIT_NUMBER.pattern + r"))?"
    r"(?:\s?(?P<scale>(?:ribu|juta|miliar|milyar|triliun|trilyun)(?![\w])"
    r"|(?:rb|jt)(?![\w])\.?|(?-i:[TMBK])(?![\w])))?"
    r"(?:\s?(?P<unit>%|(?:" + _alt(_UNITS) + r")(?![\w²-])))?",
    re.IGNORECASE,
)
_COUNTS = re.compile(r"\s+(?P<w1>[a-z][a-z]+(?:-[a-z]+)?)(?:\s+(?P<w2>[a-z][a-z]+))?")
_SENTENCE_START = re.compile(r"(?:^|[.!?\n\"“‘(:]\s*)$")


@dataclass(frozen=True, slots=True, kw_only=True)
class QuantityOptions:
    """How quantities are extracted.

    `word_numbers`: also read number words ("delapan tahun"); `min_value` drops smaller values.
    """

    word_numbers: bool = True
    min_value: float = 0.0


def _counts_after(text: str, pos: int) -> str | None:
    match = _COUNTS.match(text, pos)
    if match is None:
        return None
    first = match.group("w1")
    if first in _NOT_COUNTS or first in _UNITS:
        return None
    if first in _CLASSIFIERS and match.group("w2") and match.group("w2") not in _NOT_COUNTS:
        return f"{first} {match.group('w2')}"
    if first.endswith("nya") and len(first) > 5:
        first = first[:-3]  # "30.000 tentaranya": the possessive is not part of the noun
    return first


def _is_label(text: str, start: int) -> bool:
    before = text[max(0, start - 16) : start]
    # Only the words before the number in the same sentence can label it.
    before = before[max(before.rfind("\n"), before.rfind(". ") + 1) + 1 :]
    if _LABEL_BEFORE.search(before):
        return True
    # "Liga 1", "iPhone 14": a number right after a capitalised word inside a sentence is a name.
    prev = re.search(r"(\S+)\s$", before)
    if prev and prev.group(1)[:1].isupper() and prev.group(1).isalpha():
        head = text[max(0, start - 16 - len(prev.group(1))) : start - len(prev.group(1)) - 1]
        if not _SENTENCE_START.search(head) and prev.group(1).lower() not in _APPROX:
            return True
    return False


def _quantity(text: str, match: re.Match[str], options: QuantityOptions) -> dict[str, Any] | None:
    cur, scale, unit_word = match.group("cur"), match.group("scale"), match.group("unit")
    end = match.end()
    if scale and len(scale.rstrip(".")) == 1 and not cur:
        # A lone "M"/"T" is a scale only in money ("Rp5 M"); elsewhere it is something else.
        end = match.end("core2") if match.group("core2") else match.end("core")
        scale, unit_word = None, None
    qualified = bool(cur or scale or unit_word)
    approx: str | None = None
    if match.group("digits"):
        digits = match.group("digits")
        if (
            _is_label(text, match.start())
            or _DATE_AFTER.match(text, match.end("core"))
            or (match.group("core2") and _DATE_AFTER.match(text, match.end("core2")))
            or (digits.startswith("0") and len(digits) > 1 and digits[1].isdigit())
            or (re.fullmatch(r"\d+\.\d{1,2}", digits) and not qualified)
            or (end < len(text) and (text[end].isalnum() or text[end] in "-/"))
        ):
            return None
        value = safe_decimal(digits)
        if value is None:
            return None
    elif match.group("vague"):
        words = match.group("vague").lower().split()
        approx = words[0]
        value = Decimal(VAGUE[words[0]]) * ((scale_of(words[1]) or 1) if len(words) > 1 else 1)
    else:
        if not options.word_numbers:
            return None
        value_or_none = parse_words(match.group("words"))
        if value_or_none is None:
            return None
        value = value_or_none
        before = text[max(0, match.start() - 8) : match.start()].lower()
        if re.search(r"salah\s$|ke-?$", before) or (end < len(text) and text[end] == "-"):
            return None  # "salah satu", "satu-satunya"
    if scale:
        value *= scale_of(scale) or 1
    unit: str | None = None
    counts: str | None = None
    if cur:
        unit = _CURRENCY_PREFIX.get(cur.lower().rstrip(".").strip(), "IDR")
    if unit_word:
        key = re.sub(r"\s+", " ", unit_word.lower())
        unit = _UNITS.get(key, unit)
        if key in _TIME:
            counts = key
            if _RELATIVE_AFTER.match(text, end):
                return None  # "tiga hari lalu" is a date, not an amount
        elif key in _MEASURE:
            counts = _counts_after(text, end)
    elif not cur:
        counts = _counts_after(text, end)
        if counts is not None and counts.split()[0] in _PEOPLE:
            unit = "people"
    if (
        match.group("digits")
        and not (qualified or counts)
        and re.fullmatch(r"(?:19|20)\d\d", match.group("digits"))
    ):
        return None  # a bare year
    if match.group("words") and not (qualified or counts):
        return None  # "dua" alone is rarely an amount worth recording
    if _PLUS_AFTER.match(text, end) and approx is None:
        approx = "lebih dari"  # "150 orang lebih"
    if match.group("approx"):
        approx = re.sub(r"\s+", " ", match.group("approx").lower())
    record: dict[str, Any] = {
        "text": text[match.start() : end],
        "value": as_number(value),
        "unit": unit,
        "counts": counts,
        "approx": approx,
        "start": match.start(),
        "end": end,
    }
    if match.group("core2") and match.group("digits"):
        low = safe_decimal(match.group("digits"))
        high = safe_decimal(match.group("core2"))
        if (
            low is None
            or high is None
            or high <= low
            or low == 0
            or _SCORE_BEFORE.search(text[max(0, match.start() - 20) : match.start()])
        ):
            return None  # "2-1", "kalah 0-2": a score, not a range
        if re.fullmatch(r"(?:19|20)\d\d", match.group("digits")):
            return None  # "2020-2022" is a span of years
        record["value_max"] = as_number(high * ((scale_of(scale) or 1) if scale else 1))
    if float(value) < options.min_value:
        return None
    return record


def extract_quantities(
    text: str, *, options: QuantityOptions | None = None
) -> list[dict[str, Any]]:
    """All quantities in `text`, in order, with offsets into `text`."""
    opts = options or QuantityOptions()
    found: list[dict[str, Any]] = []
    for match in _QUANTITY.finditer(text):
        record = _quantity(text, match, opts)
        if record is not None:
            found.append(record)
    return found


class QuantityExtractor(DocumentStep):
    """Annotates `doc.annotations["quantities"]` from the clean text."""

    name: ClassVar[str] = "quantities"
    parallel: ClassVar[bool] = True

    def __init__(self, options: QuantityOptions | None = None) -> None:
        self.options = options or QuantityOptions()

    def process(self, doc: Document) -> None:
        doc.annotations["quantities"] = extract_quantities(doc.text, options=self.options)
