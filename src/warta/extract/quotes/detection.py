"""Find quoted spans in clean text: pairs of marks per paragraph, multi-paragraph quotes,
missing opening marks; and set aside what is quoted but is not speech (teasers, headings,
titles).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from warta.extract.quotes.lexicon import TEASER_WORDS, TITLE_INTRODUCERS
from warta.extract.quotes.text import paragraphs, tokens

_DOUBLE_RE = re.compile('["“”„«»]')
_SINGLE_RE = re.compile("[‘’]")


@dataclass(slots=True)
class QuotedSpan:
    """Text between quotation marks. `start`/`end` bound the content (marks excluded)."""

    start: int
    end: int
    open_mark: int  # offset of the opening mark, or -1 when the writer left it out
    close_mark: int  # offset of the closing mark, or -1 when the paragraph ends the quote
    para_start: int  # start of the paragraph the quote opens in
    para_end: int  # end of the paragraph the quote closes in
    paragraphs: int = 1

    @property
    def outer_start(self) -> int:
        return self.open_mark if self.open_mark >= 0 else self.start

    @property
    def outer_end(self) -> int:
        return self.close_mark + 1 if self.close_mark >= 0 else self.end


# Invisible format characters scraped pages leave next to quotation marks (U+200E, U+200F,
# bidi embeddings); they read as nothing
INVISIBLE_MARKS = frozenset(
    "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\ufeff"
)


def _before(text: str, pos: int, start: int) -> str:
    """The visible character before `pos` (a space at `start`)."""
    pos -= 1
    while pos >= start and text[pos] in INVISIBLE_MARKS:
        pos -= 1
    return text[pos] if pos >= start else " "


def _after(text: str, pos: int, end: int) -> tuple[str, int]:
    """The visible character after `pos` (a space at `end`) and where it stands."""
    pos += 1
    while pos < end and text[pos] in INVISIBLE_MARKS:
        pos += 1
    return (text[pos], pos) if pos < end else (" ", end)


def _is_open_context(text: str, pos: int, line_start: int) -> bool:
    before = _before(text, pos, line_start)
    after = _after(text, pos, len(text))[0]
    return (before.isspace() or before in "([:—–-/") and not after.isspace()


def _single_marks(text: str, start: int, end: int) -> list[tuple[int, str]]:
    # ‘…’ only: a ’ inside a word is an apostrophe (Jum’at), not a closing mark.
    marks: list[tuple[int, str]] = []
    for match in _SINGLE_RE.finditer(text, start, end):
        pos = match.start()
        char = text[pos]
        if char == "‘" and _is_open_context(text, pos, start):
            marks.append((pos, "open"))
        elif char == "’":
            after = text[pos + 1] if pos + 1 < end else " "
            if not after.isalnum():
                marks.append((pos, "close"))
    return marks


def _spaced_open(text: str, pos: int, start: int, end: int) -> bool:
    # `kata Pochettino. ” Hari ini …`: marks set off by spaces on both sides open a quote
    # when a word follows; a mark touching the previous word closes one. A paragraph's
    # first mark has its start before it (`" Kami sudah …, " kata …`).
    before = _before(text, pos, start)
    after, at = _after(text, pos, end)
    if before in ".!?" and after.isupper():
        return True  # "Sitompul.”Besok …": glued to a finished sentence and a new one
    if before != " " or after != " ":
        return False
    # (a word, or a bracketed insertion: '" (Keong sawah) Bisa saja …, " kata Jansen')
    word = _after(text, at, end)[0]
    return word.isalnum() or word in "(["


# A size in inches, its mark right after or spaced off: "1/2.6 “", "5,5 “"
_INCHES_BEFORE = re.compile(r"\d[ \t]?$")
# A minute in a line-up, its mark spaced off: "(Diego Demme 76 ")"
_MINUTE_BEFORE = re.compile(r"(?<![\d.,])\d{1,3}[ \t]$")


def _double_marks(text: str, start: int, end: int) -> list[tuple[int, str]]:
    marks: list[tuple[int, str]] = []
    opened = False
    for match in _DOUBLE_RE.finditer(text, start, end):
        pos = match.start()
        char = text[pos]
        if char in "“„«":
            if (
                not opened
                and _INCHES_BEFORE.search(text, max(start, pos - 8), pos)
                and _after(text, pos, end)[0] in ",;)"
            ):
                continue  # "sensor 13MP (1/2.6 “, 1.12μm, …)": inches, no quotation mark
            role = "open"
            if opened and (
                not _is_open_context(text, pos, start)
                # (before a comma: '“ data is the new currency “, mengisyaratkan …')
                or _after(text, pos, end)[0] in ",;)"
            ):
                role = "close"  # a “ used as closing mark
        elif char in "”»":
            role = "close"
            if not opened and (
                _is_open_context(text, pos, start) or _spaced_open(text, pos, start, end)
            ):
                role = "open"  # a ” used as opening mark
        else:
            if not opened and pos > start and text[pos - 1].isdigit():
                continue  # "+3° 12' 40"": seconds of arc (or inches), no quotation mark
            if (
                not opened
                and _MINUTE_BEFORE.search(text, max(start, pos - 4), pos)
                and text[pos + 1 : pos + 2] in (")", "]", ",", ";")
            ):
                continue  # "(Diego Demme 76 ")": a substitution's minute, no quotation mark
            if (
                pos > start
                and pos + 1 < end
                and text[pos - 1].isalpha()
                and text[pos + 1].isalpha()
                and (
                    pos - 1 == start
                    or not text[pos - 2].isalpha()
                    # inside a word, before its small letters, with no quote open: "Jum"at",
                    # "Ma"ruf", "Qur"an" (not '"Boys Over Flower"itu', a closing mark)
                    or (text[pos + 1].islower() and not opened)
                )
            ):
                continue  # "Ballon d"Or", "O"Neil": an apostrophe typed as a double mark
            role = "close" if opened else "open"
            if not opened and not (
                _is_open_context(text, pos, start) or _spaced_open(text, pos, start, end)
            ):
                role = "close"  # closing mark of a quote whose opening mark is missing
        marks.append((pos, role))
        opened = role == "open"
    return marks


def find_quoted_spans(text: str) -> list[QuotedSpan]:
    """All quoted spans, in text order; single-quote pairs only outside double quotes."""
    spans: list[QuotedSpan] = []
    pending: QuotedSpan | None = None
    paras = paragraphs(text)
    for index, (p_start, p_end) in enumerate(paras):
        marks = _double_marks(text, p_start, p_end)
        opened: int | None = None
        first = True
        for pos, role in marks:
            if role == "open" and len(marks) == 1 and _CUE_TAIL.match(text[pos + 1 : p_end]):
                # '… dalam hidup saya! "tutupnya.': a closing mark spaced off the wrong side,
                # before the cue that ends the paragraph
                role = "close"
            if role == "open":
                if pending is not None and first and not text[p_start:pos].strip():
                    # the opening mark of a continued paragraph in a multi-paragraph quote
                    pending.paragraphs += 1
                    opened = None
                else:
                    if pending is not None:
                        spans.append(pending)
                        pending = None
                    opened = pos
            else:
                if pending is not None:
                    pending.end, pending.close_mark, pending.para_end = pos, pos, p_end
                    spans.append(pending)
                    pending = None
                elif opened is not None:
                    spans.append(QuotedSpan(opened + 1, pos, opened, pos, p_start, p_end))
                elif first:
                    # only a paragraph's first mark can close a quote whose opening is missing
                    spans.append(QuotedSpan(p_start, pos, -1, pos, p_start, p_end))
                opened = None
            first = False
        if pending is not None:
            if index + 1 >= len(paras) or not _starts_with_open(text, paras[index + 1]):
                pending.end, pending.para_end = p_end, p_end
                spans.append(pending)
                pending = None
            continue
        if opened is not None:
            span = QuotedSpan(opened + 1, p_end, opened, -1, p_start, p_end)
            if index + 1 < len(paras) and _starts_with_open(text, paras[index + 1]):
                pending = span
            else:
                spans.append(span)
    if pending is not None:
        spans.append(pending)
    spans.extend(_single_spans(text, paras, spans))
    spans.sort(key=lambda s: s.start)
    # (not a span that opens on a sentence's stop: the marks of a title closed with an
    # opening mark pair wrongly, '… Applications “. Tiga hal …')
    return [
        s
        for s in spans
        if text[s.start : s.end].strip() and not _OPENS_ON_A_STOP.match(text, s.start, s.end)
    ]


_OPENS_ON_A_STOP = re.compile(r"\s*[.;][ \t]")


# A cue and at most a few words after it, closing a paragraph ("tutupnya.", "kata dia.")
_CUE_TAIL = re.compile(
    r"(?:[a-z]+nya|kata|ujar|tutur|ucap|jelas|imbuh|tambah|tegas|ungkap|papar|terang|tandas"
    r"|pungkas|tukas)\b[^\n\"“”]{0,40}[.,]?\s*$"
)


def _starts_with_open(text: str, para: tuple[int, int]) -> bool:
    head = text[para[0] : para[0] + 1]
    return head in ('"', "“", "„", "«")


def _single_spans(
    text: str, paras: list[tuple[int, int]], doubles: list[QuotedSpan]
) -> list[QuotedSpan]:
    inside = [(s.outer_start, s.outer_end) for s in doubles]
    found: list[QuotedSpan] = []
    for p_start, p_end in paras:
        opened: int | None = None
        for pos, role in _single_marks(text, p_start, p_end):
            if any(a <= pos < b for a, b in inside):
                continue
            if role == "open":
                opened = pos
            elif opened is not None:
                found.append(QuotedSpan(opened + 1, pos, opened, pos, p_start, p_end))
                opened = None
    return found


def quote_words(text: str, span: QuotedSpan) -> int:
    return sum(1 for tok in tokens(text, span.start, span.end) if tok.is_word)


def is_teaser(text: str, span: QuotedSpan) -> bool:
    """`Tonton juga video "…"`, `Baca juga: "…"`: a link to another story, not speech."""
    prefix = [t.low for t in tokens(text, span.para_start, span.outer_start) if t.is_word]
    if not prefix or len(prefix) > 5:
        return False
    return prefix[0] in {
        "tonton",
        "simak",
        "lihat",
        "baca",
        "saksikan",
        "dengarkan",
        "klik",
    } and all(word in TEASER_WORDS for word in prefix)


def is_heading(text: str, span: QuotedSpan) -> bool:
    """A short quoted line standing alone (‘Lihat lagi’): a section heading."""
    before = text[span.para_start : span.outer_start].strip()
    after = text[span.outer_end : span.para_end].strip(" .")
    content = text[span.start : span.end].strip()
    return (
        not before
        and not after
        and span.paragraphs == 1
        and quote_words(text, span) <= 8
        and not content.endswith((".", "!", "?", ","))
    )


def is_title(text: str, span: QuotedSpan) -> bool:
    """A quoted name or title: `program "Makan Bergizi Gratis"`, `film "Gundala"`."""
    words = [t for t in tokens(text, span.start, span.end) if t.is_word]
    if not words or len(words) > 8:
        return False
    before = [t for t in tokens(text, span.para_start, span.outer_start) if t.is_word]
    if before and (
        before[-1].low in TITLE_INTRODUCERS
        or before[-1].low.removesuffix("nya") in TITLE_INTRODUCERS
    ):
        return True
    content = text[span.start : span.end].strip()
    if (
        before
        and len(words) <= 2
        and all(w.is_cap for w in words)
        and before[-1].is_cap
        and before[-1].end == span.outer_start - 1
        and re.match(r" [A-Z]", text[span.outer_end : span.outer_end + 2])
    ):
        return True  # 'CEO Juventus, Giuseppe "Beppe" Marotta': a nickname inside a name
    if before and len(words) == 1 and words[0].text.isdigit():
        return True  # 'menggelar aksi "299" yang …': a number quoted mid-sentence names a thing
    title_case = all(w.is_cap or w.text.isdigit() or len(w.text) <= 3 for w in words)
    return (
        title_case
        and len(words) >= 2
        and bool(before)
        and not content.endswith((".", "!", "?", ","))
    )
