"""Sentences and tokens of Indonesian news text, with character offsets into the text.

Sentence boundaries come from sentencex (per line, since a news line is a paragraph or a
headline), repaired where it splits after Indonesian abbreviations and titles; tokens come
from one regular expression that keeps numbers (150.000, 1,5, 10.30), URLs and hyphenated
words (anak-anak, Vesselo-Voznessenka) whole.
"""

from __future__ import annotations

import re
from typing import NamedTuple

import sentencex

from warta.io.dates import DATELINE_DATE

__all__ = [
    "ABBREVIATIONS",
    "Token",
    "headline_end",
    "is_abbreviation",
    "sentences",
    "tokenize",
    "tokenize_sentences",
]


class Token(NamedTuple):
    """One token: its text and its `start`/`end` character offsets (end exclusive)."""

    text: str
    start: int
    end: int


# Lower-cased words that, followed by a period, are abbreviations, not sentence ends.
# Titles and honorifics first (they precede names, so a split there cuts a name off its
# title), then address and bibliographic forms.
ABBREVIATIONS: frozenset[str] = frozenset(
    {
        # titles, honorifics, ranks
        "dr", "drg", "drs", "dra", "prof", "ir", "h", "hj", "kh", "st", "sdr", "sdri", "bpk",
        "ny", "nn", "tn", "mr", "mrs", "ms", "jend", "letjen", "mayjen", "brigjen", "kol",
        "letkol", "kapt", "capt", "lettu", "letda", "serka", "bripka", "brigpol", "aiptu",
        "aipda", "kompol", "akbp", "kombes", "irjen", "komjen", "laksda", "laksdya", "marsda",
        "pdt", "rm", "muh", "moh", "moch", "mochd", "mohd", "muhd", "mhd", "abd",
        # acting and interim offices before the office ("Plt. Kepala BPS Amalia …")
        "plt", "plh", "pj", "pjs",
        # addresses, administrative units
        "jl", "jln", "gg", "no", "rt", "rw", "kel", "kec", "kab", "prov",
        # dates, references, common short forms
        "tgl", "thn", "hlm", "vol", "dll", "dsb", "dst", "dkk", "yth", "sbg", "pt", "cv",
        "univ", "red", "ket", "vs", "jan", "feb", "apr", "agt", "agu", "sep", "sept", "okt",
        "nov",
    }
)  # fmt: skip

# Abbreviations written in capitals too ("KH. Ma'ruf Amin", "PT. Freeport", "JL. …"); others in
# capitals are initials, whose period ends a sentence ("berinisial TN. Keduanya …", "RW.")
_CAPITAL_ABBREVIATIONS = frozenset(
    {"dr", "drs", "dra", "prof", "ir", "hj", "kh", "jl", "jln", "no", "pt", "cv"}
)


def is_abbreviation(word: str) -> bool:
    """Whether `word` followed by a period is an abbreviation ("Dr", "Jl", "H"), not a word
    ending a sentence."""
    low = word.lower()
    if len(word) == 1:
        return word.isupper()
    if word.isupper():
        return low in _CAPITAL_ABBREVIATIONS
    return low in ABBREVIATIONS


# Left out on purpose: words a sentence often ends on ("WIB", "Tbk", "kota", "SMA", units
# such as "mm"), where a wrong merge costs more than a rare wrong split.

_TOKEN_RE = re.compile(
    r"""
    (?:https?://|www\.)[^\s<>"“”]*[^\s<>"“”.,;:!?)\]']       # URL
  | [\w.+-]+@[\w-]+(?:\.[\w-]+)+                            # e-mail
  | (?:[A-Z]\.){2,}[A-Z](?![\w.])                           # dotted capitals: T.O.P
  | (?:[^\W\d_]{1,3}\.){2,}                                 # dotted abbreviation: A.S. S.Pd.
  | (?:Rp|RP|rp|US\$|\$|€|£)(?=\s?\d)                            # currency before a number
  | \d++(?:[.,:/]\d++)*+(?![^\W\d_]|[-'’][^\W\d_])            # number, money, time, date
  | [#@]?\w+(?:-\w+|['’](?![sS]\b)\w+)*                     # word, hyphenated, hashtag
                                                    # (not an English possessive: "Fed's")
  | \.{2,}|[^\s]                                             # ellipsis, any other character
    """,
    re.VERBOSE,
)

# A sentence piece that ends in "<abbreviation>." is glued to the piece after it.
# So is one that ends inside a domain name ("TRIBUNJATENG.COM, SEMARANG - "): a top-level
# domain straight after the period, no space between.
_DOMAIN_TAIL_RE = re.compile(
    r"(?i:com|co\.id|co|id|net|org|tv|news|info|go\.id|my|uk|au|jp|sg|nz|kr|hk|tw)\b"
)
_TRAILING_WORD_RE = re.compile(r"(?:^|[\s(\[\"“'])([^\W\d_]+)\.\s*$")


def tokenize(text: str, *, offset: int = 0) -> list[Token]:
    """Split `text` into tokens; offsets are into `text`, shifted by `offset`.

    A known abbreviation or a single-letter initial keeps its period ("Dr.", "Jl.", "H.").
    """
    tokens: list[Token] = []
    append = tokens.append
    text_len = len(text)
    for match in _TOKEN_RE.finditer(text):
        start, end = match.span()
        word = match.group()
        if end < text_len and text[end] == "." and word.isalpha() and is_abbreviation(word):
            # Keep the period with the abbreviation, unless this is the very last
            # word before the end of a line (then the period most likely ends a sentence).
            after = text[end + 1 : end + 3]
            if after[:1] not in ("", "\n") and not (after[:1] == " " and after[1:2] in ("", "\n")):
                end += 1
                word = text[start:end]
        append(Token(word, start + offset, end + offset))
    return _merge_split_abbreviation_periods(tokens, text, offset)


def _merge_split_abbreviation_periods(tokens: list[Token], text: str, offset: int) -> list[Token]:
    # The regex consumes "Dr." as "Dr" and later "." is skipped because we extended `end`;
    # drop the now-overlapping stray "." tokens.
    out: list[Token] = []
    last_end = -1
    for tok in tokens:
        if tok.start < last_end:
            continue
        out.append(tok)
        last_end = tok.end
    return out


_HEADLINE_MIN_WORDS = 3
_HEADLINE_CAPS_SHARE = 0.6


# Words from which a line opening with a dateline is the body's first paragraph
_BODY_AFTER_DATELINE_WORDS = 14


def headline_end(text: str) -> int:
    """End offset of the text's first line when it is a title-case headline ("Sinner Kalahkan
    Alcaraz di Final"): no sentence end, mostly capitalised words. 0 when it is not one."""
    stripped = text.lstrip()
    first = stripped.split("\n", 1)[0].strip()
    words = [w for w in first.split() if any(ch.isalpha() for ch in w)]
    if len(words) < _HEADLINE_MIN_WORDS or first.endswith((".", "!", "?", '"', "”", "'", "’")):
        return 0
    if len(words) >= _BODY_AFTER_DATELINE_WORDS and dateline_end(first, 0) > 0:
        # "Jakarta, CNN Indonesia - - Ketua KPK Agus Rahardjo menyebut …": a long line after a
        # dateline is the body's first (a short one, "Merdeka.com - Kado Indah Untuk Totti",
        # is a headline)
        return 0
    capitalised = sum(1 for w in words if w[0].isupper() or not w[0].isalpha())
    if capitalised < _HEADLINE_CAPS_SHARE * len(words):
        return 0
    return len(text) - len(stripped) + len(first)


# A dateline opening a paragraph: place and/or outlet, an agency in brackets, then a dash
# ("Magelang (ANTARA News) - ", "Jakarta, CNN Indonesia -- ", "Jakarta, CNN Indonesia - - ",
# "JUARA.net – ", "Liputan6.com, Jakarta - ")
_DATELINE = re.compile(
    r"(?:[A-Z][\w'.]*\s?){1,4}(?:,\s*(?:" + DATELINE_DATE + r"|[\w.]+(?:\s[A-Z][\w.]*){0,2}))?\s*"
    r"(?:\([\w .,/]{2,30}\)\s*)?(?:-\s-|-{1,2}|–|—)\s+"
)


# Malaysian and Singaporean papers end the dateline, a place in capitals, with a colon
# ("KUALA LUMPUR: ", "PUTRAJAYA: "); a short form in capitals before a colon is a body
# speaking ("KPK: …"), so one word needs six letters
_COLON_DATELINE = re.compile(r"(?:[A-Z]{6,}|[A-Z]{3,}(?: [A-Z]{3,}){1,2}):[^\S\n]+(?=[A-Z\"“])")


def dateline_end(text: str, start: int, end: int | None = None) -> int:
    """Where the text after a dateline at `start` begins (`start` when there is none)."""
    stop = len(text) if end is None else end
    match = _DATELINE.match(text, start, stop) or _COLON_DATELINE.match(text, start, stop)
    return match.end() if match is not None else start


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans `(start, end)` in `text`, stripped of surrounding whitespace.

    Lines are paragraphs (or headlines) in news text, so no sentence crosses a line break.
    """
    spans: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        line_start = pos
        pos += len(line) + 1
        if not line.strip():
            continue
        spans.extend(_line_sentences(line, line_start))
    return spans


def _line_sentences(line: str, base: int) -> list[tuple[int, int]]:
    pieces: list[tuple[int, int]] = []
    for bound in sentencex.get_sentence_boundaries("id", line):
        start, end = int(bound["start_index"]), int(bound["end_index"])
        if pieces and (
            _ends_with_abbreviation(line[pieces[-1][0] : pieces[-1][1]])
            or _inside_domain(line, pieces[-1][1])
            or _code_after_legal_form(line, pieces[-1][1])
            or _inside_a_degree(line, pieces[-1][1], start)
        ):
            pieces[-1] = (pieces[-1][0], end)
        else:
            pieces.append((start, end))
    out: list[tuple[int, int]] = []
    for start, end in pieces:
        chunk = line[start:end]
        stripped = chunk.strip()
        if not stripped:
            continue
        lead = len(chunk) - len(chunk.lstrip())
        out.append((base + start + lead, base + start + lead + len(stripped)))
    return out


# "PT Bank Central Asia Tbk. (BBCA) David Sumual": the stock code in brackets after a company's
# abbreviated legal form goes on with the sentence (a name alone after "Tbk." may open one)
_LEGAL_FORM_END_RE = re.compile(r"\b(?:Tbk|Inc|Ltd|Corp|Bhd|Plc)\.\s*$")
_CODE_RE = re.compile(r"\s*\([A-Z][A-Z0-9.]{1,7}\)")


def _code_after_legal_form(line: str, end: int) -> bool:
    return (
        _LEGAL_FORM_END_RE.search(line, max(0, end - 8), end) is not None
        and _CODE_RE.match(line, end) is not None
    )


_SHORT_BEFORE_STOP_RE = re.compile(r"(?<![^\W\d_])[^\W\d_]{1,3}\.$")


def _inside_a_degree(line: str, end: int, next_start: int) -> bool:
    """Whether a piece ending at `end` stops at the full stop inside a degree or a short form,
    with no space after it ("Sp.OG(K)", "S.Kom"): a short word before the stop, the next
    piece glued on."""
    return (
        next_start == end
        and end < len(line)
        and not line[end].isspace()
        and _SHORT_BEFORE_STOP_RE.search(line, max(0, end - 5), end) is not None
    )


def _inside_domain(line: str, end: int) -> bool:
    """Whether a piece ending at `end` stops at a dot inside a domain name."""
    if end < 2 or line[end - 1] != ".":
        return False
    return (
        _DOMAIN_TAIL_RE.match(line, end) is not None
        or line[max(0, end - 4) : end].lower() == "www."
    )


def _ends_with_abbreviation(piece: str) -> bool:
    match = _TRAILING_WORD_RE.search(piece)
    if match is None:
        return False
    return is_abbreviation(match.group(1))


def tokenize_sentences(text: str) -> list[list[Token]]:
    """Tokens grouped by sentence; offsets are into `text`."""
    return [tokenize(text[start:end], offset=start) for start, end in sentences(text)]
