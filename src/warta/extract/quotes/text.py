"""Minimal tokens, paragraphs and sentence bounds for quote attribution (swappable for
`warta.extract.tokenize` once that settles; only offsets into the clean text cross this line).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from typing import NamedTuple

from warta.extract.quotes.lexicon import HYPHENED_PARTICLE

# (a site's name is one word: "Vaksin.com", "Kompas.com", "Tempo.co", "Detik.net.id")
_WORD_RE = re.compile(
    # ("Iapun", "Diapun": a pronoun with "pun" glued on is the pronoun, then "pun")
    r"\b(?:[Ii]a|[Dd]ia|[Bb]eliau|[Mm]ereka|[Kk]ami|[Ss]aya|[Aa]ku|[Kk]ita)(?=pun\b)|"
    r"[^\W_]+(?:[-'’_][^\W_]+)*(?:\.(?:com|co|net|org|id|tv|io)\b(?![-'’]))*|[^\s\w]|_"
)
# Short words that, followed by a period, abbreviate a title or a name (not a sentence end).
_ABBREV = frozenset(
    {"dr", "drg", "drs", "dra", "prof", "ir", "h", "hj", "kh", "st", "sdr", "ny", "tn", "mr", "mrs",
     "ms", "jl", "no", "pt", "tbk", "sh", "mh", "se", "mm", "msi", "mba", "phd", "jr", "sr",
     "brigjen", "irjen", "kombes", "akbp", "kompol", "jend", "letjen", "mayjen", "kol", "dll",
     # a ship's captain, English-style ("Presiden KPI Capt. Hasudungan Tambunan")
     "capt", "kapt",
     # degrees written with a dot before more letters ("Sp. B", "S.Pd."): "Sp" ends no sentence
     "sp", "spd", "spog", "mkes", "mpd", "mhum", "ssos", "skom", "ssi", "sag", "skm"}
)  # fmt: skip
OPEN_MARKS = "“„«‘"
CLOSE_MARKS = "”»’"
DOUBLE_MARKS = '"“”„«»'


class Tok(NamedTuple):
    """A word or punctuation token with its offsets into the clean text; `low`, `is_cap` and
    `is_word` are computed once (`make_tok`): the attribution rules read them very often."""

    text: str
    start: int
    end: int
    low: str
    is_cap: bool
    is_word: bool


def make_tok(text: str, start: int, end: int) -> Tok:
    # "al-Hayya", "el-Sisi": a name whose particle is hyphened to it counts as capitalised
    cap = text[:1].isupper() or HYPHENED_PARTICLE.match(text) is not None
    return Tok(text, start, end, text.lower(), cap, text[:1].isalnum())


def handle_end(toks: list[Tok], at: int) -> int:
    """Index after a social media handle starting with the "@" at `toks[at]`: it runs on over
    "_" and "." between word parts written without spaces ("@idam_kholid", "@qayla.shop19")."""
    end = at + 2
    while (
        end < len(toks)
        and toks[end].start == toks[end - 1].end
        and (toks[end].is_word or toks[end].text == "_")
    ):
        end += 1
    while (
        end + 1 < len(toks)
        and toks[end].text == "."
        and toks[end].start == toks[end - 1].end
        and toks[end + 1].start == toks[end].end
        and toks[end + 1].is_word
    ):
        end += 2
        while (
            end < len(toks)
            and toks[end].start == toks[end - 1].end
            and (toks[end].is_word or toks[end].text == "_")
        ):
            end += 1
    return end


@lru_cache(maxsize=8)
def _all_tokens(text: str) -> tuple[list[Tok], list[int]]:
    toks = [make_tok(m.group(), m.start(), m.end()) for m in _WORD_RE.finditer(text)]
    return toks, [t.start for t in toks]


def tokens(text: str, start: int = 0, end: int | None = None) -> list[Tok]:
    """Tokens of `text[start:end]`, offsets into `text` (the text is tokenised once)."""
    stop = len(text) if end is None else end
    toks, starts = _all_tokens(text)
    first = bisect_left(starts, start)
    last = bisect_left(starts, stop, lo=first)
    while last > first and toks[last - 1].end > stop:
        last -= 1
    return toks[first:last]


# a hard-wrapped line: it ends in a word or comma and trailing blanks, and the next line
# goes on in lower case after leading blanks ("… perubahan iklim, perpindahan \n paksa, …")
_WRAPPED = re.compile(r"[a-z,][ \t\r]+$")
_WRAP_GOES_ON = re.compile(r"[ \t]+[a-z]")


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of every non-blank line: a line of clean text is a paragraph, except
    that a hard-wrapped line and the line that goes on with it are one."""
    spans: list[tuple[int, int]] = []
    pos = 0
    wrapped = False
    for line in text.split("\n"):
        if line.strip():
            if wrapped and spans and _WRAP_GOES_ON.match(line):
                spans[-1] = (spans[-1][0], pos + len(line))
            else:
                spans.append((pos, pos + len(line)))
            wrapped = _WRAPPED.search(line) is not None
        else:
            wrapped = False
        pos += len(line) + 1
    return spans


def is_sentence_end(text: str, pos: int) -> bool:
    """Whether the character at `pos` ([.!?]) ends a sentence."""
    char = text[pos]
    if char not in ".!?":
        return False
    after = text[pos + 1 : pos + 3]
    if after and not (after[0].isspace() or after[0] in DOUBLE_MARKS + "’)"):
        return False
    if char == ".":
        match = re.search(r"(\w+)$", text[max(0, pos - 12) : pos])
        if match:
            word = match.group(1)
            if word.lower() in _ABBREV or (len(word) == 1 and word.isupper()):
                return False
    return True


_ENDS_RE = re.compile(r"[.!?]")


def sentence_spans(
    text: str, start: int, end: int, *, masked: bytearray | None = None
) -> list[tuple[int, int]]:
    """Sentences of `text[start:end]`; a position flagged in `masked` (in a quote) ends none."""
    spans: list[tuple[int, int]] = []
    cursor = start
    closers = DOUBLE_MARKS + "’)"
    for match in _ENDS_RE.finditer(text, start, end):
        pos = match.start()
        if pos < cursor or (masked is not None and masked[pos]) or not is_sentence_end(text, pos):
            continue
        nxt = pos + 1
        while nxt < end and text[nxt] in closers and not (masked is not None and masked[nxt]):
            nxt += 1
        if text[cursor:nxt].strip():
            spans.append((cursor, nxt))
        cursor = nxt
    if text[cursor:end].strip():
        spans.append((cursor, end))
    return [(s + len(text[s:e]) - len(text[s:e].lstrip()), e) for s, e in spans]
