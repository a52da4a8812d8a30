"""Indirect quotes: reported speech without marks (`X mengatakan bahwa …`, `menurut X, …`,
`…, kata X.`).
"""

from __future__ import annotations

from dataclasses import dataclass

from warta.extract.quotes.lexicon import CORE_SPEECH_VERBS, SPEECH_VERBS
from warta.extract.quotes.phrases import apposition, phrase_after, post_cue, subject_before
from warta.extract.quotes.speakers import Phrase, parse_phrase
from warta.extract.quotes.text import Tok

_MIN_WORDS = 3
# "Menurut data BPS, …" cites a record, not a statement.
_DATA_NOUNS = frozenset(
    {"data", "catatan", "hasil", "survei", "penelitian", "riset", "studi", "statistik",
     "perhitungan", "prakiraan", "jadwal", "aturan", "undang-undang", "ketentuan", "peraturan",
     "pasal", "rilis", "situs", "laman", "kalender", "tradisi", "legenda", "sejarah"}
)  # fmt: skip


@dataclass(slots=True)
class Reported:
    """One reported statement: the speaker phrase, the cue, and the content's offsets."""

    phrase: Phrase
    cue: str
    start: int
    end: int


def _content_end(toks: list[Tok]) -> int:
    last = toks[-1]
    return last.start if last.text in {".", "!", "?"} else last.end


def _words(toks: list[Tok]) -> int:
    return sum(1 for t in toks if t.is_word)


_LEAD_WORDS = 3


def _after_cue(toks: list[Tok], cue: int) -> list[Tok] | None:
    """The clause after a mid-sentence cue (`…, kata dia, jumlah polisi …`), if any."""
    comma = next((i for i in range(cue + 1, min(len(toks), cue + 12)) if toks[i].text == ","), None)
    if comma is None:
        return None
    rest = toks[comma + 1 :]
    return rest if _words(rest) >= _MIN_WORDS else None


def find_reported(text: str, toks: list[Tok], common: frozenset[str]) -> Reported | None:
    """The reported statement in one sentence (tokens without any quotation marks)."""
    if len(toks) < _MIN_WORDS + 2:
        return None
    # "Menurut X, …" at the head of the sentence
    head = 0
    while head < min(3, len(toks)) and toks[head].low not in {"menurut", "kata"}:
        head += 1
    if head < 3 and toks[head].low in {"menurut", "kata"}:
        words = phrase_after(toks, head + 1)
        after = head + 1 + len(words)
        data = words and words[0].low in _DATA_NOUNS
        if words and not data and after < len(toks) and toks[after].text == ",":
            source = parse_phrase(text, words, common=common)
            rest = toks[after + 1 :]
            if source is not None and _words(rest) >= _MIN_WORDS:
                return Reported(source, toks[head].low, rest[0].start, _content_end(toks))
    # "…, kata X." / "…, katanya." at the tail
    for pos in range(len(toks) - 2, 2, -1):
        if toks[pos].text != ",":
            continue
        cue = post_cue(toks[pos + 1])
        if cue is None:
            continue
        word, nya = cue
        if nya:
            phrase: Phrase | None = Phrase("pronoun", "-nya")
        else:
            words = phrase_after(toks, pos + 2)
            phrase = parse_phrase(text, words, common=common) if words else None
            appos = apposition(toks, pos + 2 + len(words))
            tail = toks[pos + 2 + len(words) + (len(appos) + 1 if appos else 0) :]
            lead = _words(toks[:pos]) <= _LEAD_WORDS
            if any(t.text == "," for t in tail) and not lead:
                break  # the cue sits mid-sentence ("…, kata X, …"): not a closing attribution
            if phrase is not None and appos and phrase.kind == "person" and not phrase.role:
                phrase.role = text[appos[0].start : appos[-1].end]
        clause = _after_cue(toks, pos + 1)
        if phrase is not None and clause is not None and _words(toks[:pos]) <= _LEAD_WORDS:
            # "Di samping itu, menurutnya, Pertamina tak perlu …": what precedes the cue is a
            # connective; the statement is what follows it
            return Reported(phrase, word, clause[0].start, _content_end(toks))
        if phrase is not None and _words(toks[:pos]) >= _MIN_WORDS:
            end = _content_end(toks) if clause is not None else toks[pos].start
            return Reported(phrase, word, toks[0].start, end)
        break
    # "X mengatakan (kepada …) bahwa …" / "X menegaskan …"
    for verb, tok in enumerate(toks):
        if tok.is_cap or tok.low not in SPEECH_VERBS:
            continue
        subject = subject_before(toks, verb)
        if not subject:
            continue
        nxt = verb + 1
        while nxt < len(toks) and toks[nxt].text == ",":
            nxt += 1
        bahwa = next(
            (i for i in range(nxt, min(len(toks), nxt + 6)) if toks[i].low == "bahwa"), None
        )
        if bahwa is not None:
            start = bahwa + 1
        elif tok.low in CORE_SPEECH_VERBS and nxt < len(toks) and toks[nxt].low != "kepada":
            start = nxt
        else:
            continue
        rest = toks[start:]
        if tok.low == "menyebut" and any(t.low in {"nama", "julukan", "istilah"} for t in rest[:6]):
            break  # "menyebut gerakan itu dengan nama …" names something; it reports nothing
        phrase = parse_phrase(text, subject, common=common)
        if phrase is not None and rest and _words(rest) >= _MIN_WORDS:
            return Reported(phrase, tok.low, rest[0].start, _content_end(toks))
        break
    return None
