"""Indonesian numbers: digit notation (150.000, 1,5) and number words (dua puluh lima, seribu).

Shared by the quantity and date extractors; pure functions, no state.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from babel.numbers import NumberFormatError, parse_decimal

from warta.errors import InputError

__all__ = [
    "DIGIT_NUMBER",
    "NUMBER_WORD",
    "SCALES",
    "VAGUE",
    "as_number",
    "listed_year",
    "parse_digits",
    "parse_words",
]

# Single digits and the se- forms that stand for "one <unit>".
_DIGITS: dict[str, int] = {
    "nol": 0, "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6,
    "tujuh": 7, "delapan": 8, "sembilan": 9,
}  # fmt: skip
_TEENS_AND_SE: dict[str, int] = {"sepuluh": 10, "sebelas": 11, "seratus": 100}
_GROUP: dict[str, int] = {"belas": 10, "puluh": 10, "ratus": 100}

# Scale words multiply what precedes them; abbreviations as Indonesian newsrooms write them.
SCALES: dict[str, int] = {
    "ribu": 10**3, "rb": 10**3, "k": 10**3,
    "juta": 10**6, "jt": 10**6,
    "miliar": 10**9, "milyar": 10**9, "m": 10**9, "b": 10**9,
    "triliun": 10**12, "trilyun": 10**12, "t": 10**12,
    # Malay and English, as quoted figures write them ("RM2.5 bilion", "US$ 3 billion")
    "bilion": 10**9, "billion": 10**9, "million": 10**6, "trilion": 10**12,
    "trillion": 10**12,
}  # fmt: skip
_SE_SCALES: dict[str, int] = {"seribu": 10**3, "sejuta": 10**6, "semiliar": 10**9}

# "ratusan" = "hundreds (of)": the value recorded is the lower bound; the word is the marker.
VAGUE: dict[str, int] = {
    "belasan": 11, "puluhan": 10, "ratusan": 100, "ribuan": 10**3,
    "jutaan": 10**6, "miliaran": 10**9, "triliunan": 10**12,
}  # fmt: skip

_WORDS = sorted(
    [
        *_DIGITS,
        *_TEENS_AND_SE,
        *_GROUP,
        *_SE_SCALES,
        "ribu",
        "juta",
        "miliar",
        "triliun",
        "setengah",
    ],
    key=len,
    reverse=True,
)
# A run of number words ("dua puluh lima ribu"); callers decide whether it is a quantity.
NUMBER_WORD = re.compile(
    r"(?<![\w-])(?:" + "|".join(_WORDS) + r")(?:\s+(?:" + "|".join(_WORDS) + r"))*(?![\w-])",
    re.IGNORECASE,
)
# 150.000 / 1.500.000,75 / 1,5 / 12 ; also 1.5 (English decimal, checked by the caller).
# Digits may touch a currency sign ("Rp2,3") but not a letter ("G20") or another number.
_NUMBER_START = r"(?<![\d.,/])(?:(?<=Rp)|(?<=RP)|(?<=rp)|(?<=\$)|(?<=(?<![\w$])RM)|(?<![^\W\d_]))"
DIGIT_NUMBER = re.compile(_NUMBER_START + r"(?:\d{1,3}(?:\.\d{3})+(?:,\d+)?(?!\d)|\d+(?:[.,]\d+)?)")


def as_number(value: Decimal) -> int | float:
    """An int when the value is whole (150000), else a float (1.5)."""
    if value == value.to_integral_value():
        return int(value)
    return float(value)


def parse_digits(text: str) -> Decimal:
    """Parse Indonesian digit notation: "." groups thousands, "," marks decimals.

    "1.5" (one dot, not three digits after it) is read as an English decimal, since
    "1.5 juta" in a news text cannot mean fifteen million.
    """
    if re.fullmatch(r"\d+\.\d{1,2}", text):
        return Decimal(text)
    try:
        return parse_decimal(text, locale="id", strict=False)
    except NumberFormatError as exc:
        raise InputError(f"not an Indonesian number: {text!r}") from exc


def parse_words(text: str) -> Decimal | None:
    """Value of a run of Indonesian number words, or None when the run does not parse.

    "dua puluh lima" → 25, "seratus dua puluh" → 120, "tiga ratus ribu" → 300000,
    "satu setengah juta" → 1500000.
    """
    total = Decimal(0)  # completed scale groups (… ribu, … juta)
    current = Decimal(0)  # value below the current scale
    pending: Decimal | None = None  # a digit waiting for belas/puluh/ratus
    for word in text.lower().split():
        if word in _DIGITS:
            if pending is not None:
                current += pending
            pending = Decimal(_DIGITS[word])
        elif word == "setengah":
            current += (pending or 0) + Decimal("0.5")
            pending = None
        elif word in _TEENS_AND_SE:
            current += (pending or 0) + _TEENS_AND_SE[word]
            pending = None
        elif word in _GROUP:
            if pending is None:
                return None  # "puluh" without a digit is not a number
            if word == "belas":
                current += pending + 10
            else:
                current += pending * _GROUP[word]
            pending = None
        elif word in _SE_SCALES:
            total += current + (pending or 0) + _SE_SCALES[word]
            current, pending = Decimal(0), None
        elif word in SCALES:
            group = current + (pending or 0)
            if group == 0:
                return None
            total += group * SCALES[word]
            current, pending = Decimal(0), None
        else:
            return None
    return total + current + (pending or 0)


def scale_of(word: str) -> int | None:
    """The multiplier of a scale word ("juta" → 10**6, "jutaan" in "61 jutaan" too),
    case-insensitive; None if not one."""
    word = word.lower().rstrip(".")
    return SCALES.get(word) or (SCALES.get(word[:-2]) if word.endswith("an") else None)


def safe_decimal(text: str) -> Decimal | None:
    """parse_digits without raising: None for what is not a number."""
    try:
        return parse_digits(text)
    except (InputError, InvalidOperation):
        return None


# A year named alone: in brackets ("Warriors (2015)", "MVP (2009, 2010, 2012)"), or after
# another year in a list ("tahun 1920 dan 1903").
_YEAR_LIST_BEFORE = re.compile(r"(?<!\d)(?:19|20)\d\d\)?\s*(?:,|dan|atau|serta|&)\s*$", re.I)
_YEAR_LIST_AFTER = re.compile(r"\s*(?:\)|,\s*(?:19|20)\d\d(?!\d))")


def listed_year(text: str, start: int, end: int) -> bool:
    """Whether the year-like number at text[start:end] stands in a list or brackets of years."""
    before = text[max(0, start - 12) : start]
    if _YEAR_LIST_BEFORE.search(before):
        return True
    return before.endswith("(") and bool(_YEAR_LIST_AFTER.match(text, end))
