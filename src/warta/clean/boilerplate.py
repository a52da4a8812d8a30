"""Site furniture removal: "Baca juga", ads, embeds, share/follow prompts, credits, bylines, pages.

Each line is matched on its folded form against anchored furniture patterns
(boilerplate_patterns.py); a header alone ("Berita Terkait", "Baca Juga:", "Tags", "Halaman:")
also takes the list of headlines, tags or page numbers that follows it. Reasons name the kind
("boilerplate: baca-juga"). Section headings and the title match none of the patterns: every
rule needs a furniture phrase, not just a short line.
"""

from __future__ import annotations

import re
from typing import ClassVar

from warta.clean.boilerplate_patterns import (
    ANCHORED,
    CAPTION_CUE,
    CHROME,
    CONSENT_BUTTON,
    CREDIT,
    CREDIT_TAIL,
    DATE_ONLY,
    EDITOR_CODE,
    LIST_HEADER,
    LONGEST,
    PAGE_ITEM,
    RULES,
    SPEECH,
    TAIL_SOURCE,
    TWO_SENTENCES,
    UNANCHORED,
)
from warta.clean.normalize import folded_lines
from warta.document import Document
from warta.pipeline import DocumentStep

_INLINE = re.compile(
    r"\s*[\[(]\s*(?:baca|simak|lihat)(?: juga)?\s*[:\-][^\])]{3,200}[\])]"
    r"|\s*\((?:foto|photo|dok|gambar|ilustrasi)\s*:[^)]{1,80}\)"
    r"|\s*\[\s*gambas\s*:[^\]]{1,60}\]",
    re.IGNORECASE,
)
# Markup left in the text by a careless extraction or a feed: HTML tags ("<img …>", "</p>")
# and tag attributes whose opening "<" was lost ('"src="https://….jpg" style="…"/>')
_TAGS = (
    r"img|iframe|br|hr|p|div|span|a|script|style|figure|figcaption|strong|em|b|i|u|ul|ol|li"
    r"|table|tr|td|th|h[1-6]|blockquote|source|video|audio|embed|object|param|meta|link"
    r"|noscript|picture|section|article|ins|small|sup|sub|center|font"
)
_ATTRIBUTE = r"[a-z][\w:-]{0,20}\s*=\s*(?:\"[^\"<>]{0,400}\"|'[^'<>]{0,400}')"
_MARKUP = re.compile(
    rf"[ \t]*(?:</?(?:{_TAGS})\b(?:\s+{_ATTRIBUTE}|\s+[a-z-]{{1,20}})*\s*/?>"
    rf'|"?\b(?:src|href|style|alt|class|width|height|srcset|data-[\w-]+)\s*=\s*'
    rf'(?:"[^"<>]{{0,400}}"|\'[^\'<>]{{0,400}}\')(?:\s*{_ATTRIBUTE})*\s*/?>?)',
    re.IGNORECASE,
)
# What is left of a line once its markup is out: this short, with no sentence, it was the
# image's caption or alt text ("Alessandro Del Piero")
_MARKUP_REST_WORDS = 8
# A list under a header ends at the first line that is not an item, and after this many.
_MAX_ITEMS = 12
_PHOTO_BUTTON = re.compile(r"(lihat|buka|tampilkan) (foto|galeri|gallery)")
_BODY_WORDS = 8  # a kept line this long is the article's first paragraph
_HEADLINE_MAX = 120
_CAPTION_MAX = 220
LIST_HEADER_KIND = "related"
# A bulleted headline: two to fourteen words, each capitalised (or a short joining word), no
# figures ("- Harga Emas Turun", "• Tips Investasi Emas untuk Pemula")
_TAIL_HEADLINE = re.compile(
    r"[-•*·][ \t]+[A-Z][\w'’-]*(?:[ \t]+(?:[A-Z][\w'’-]*|di|ke|dari|dan|untuk|yang|ini|itu|"
    r"atau|dengan|soal|jadi|usai|hingga|saat|bagi|pada|vs))+[?!]?"
)


def furniture_kind(folded_lower: str) -> str | None:
    """The kind of site furniture this (folded, lowercased) line is, or None for content."""
    size = len(folded_lower)
    if size > LONGEST or size == 0:
        return None
    anchored = ANCHORED.match(folded_lower) is not None
    if not anchored and not any(
        needle in folded_lower for rule in UNANCHORED for needle in rule.needles
    ):
        return LIST_HEADER_KIND if LIST_HEADER.match(folded_lower) else None
    speech: bool | None = None
    for rule in RULES:
        if size > rule.limit:
            continue
        if rule.needles:
            if not any(needle in folded_lower for needle in rule.needles):
                continue
            hit = rule.pattern.search(folded_lower[-rule.tail :] if rule.tail else folded_lower)
        elif anchored:
            hit = rule.pattern.match(folded_lower)
        else:
            continue
        if hit is None:
            continue
        if rule.soft:
            speech = SPEECH.search(folded_lower) is not None if speech is None else speech
            if speech:
                continue
        return rule.kind
    return LIST_HEADER_KIND if LIST_HEADER.match(folded_lower) else None


def _headline_item(line: str) -> bool:
    """A related-article headline or a tag: short, no closing sentence mark, no quote opening."""
    if len(line) > _HEADLINE_MAX or line[0] in "\"“'‘" or SPEECH.search(line):
        return False
    return line[-1] not in ".,;:" or line.endswith("...")


def _item_test(kind: str) -> tuple[str, re.Pattern[str] | None]:
    """The kind the items under a header take, and their shape (None: a headline or tag)."""
    if kind == "pagination":
        return "pagination", PAGE_ITEM
    if kind == "consent":
        return "consent", CONSENT_BUTTON
    return "related", None


def _credit_start(line: str) -> int | None:
    """Where a photo or source credit closing the line begins, if one does."""
    offset = max(len(line) - CREDIT_TAIL, 0)
    tail = line[offset:]
    if "/" not in tail and ":" not in tail:
        return None
    match = CREDIT.search(tail)
    return None if match is None else offset + match.start()


def _is_caption(line: str, start: int) -> bool:
    """A photo caption ("… Sabtu (22/8/2025). (KOMPAS.com/Rahel N)") rather than a paragraph
    closing with its source ("… kerusakan parah. (Antara/Reuters)", "… ujar Riri. (ANTARA/les)")."""
    prefix = line[:start].strip()
    match = CREDIT.search(line[start:])
    who = match.group("who") if match is not None else None
    return (
        len(prefix) <= _CAPTION_MAX
        and CAPTION_CUE.search(line) is not None
        and not (who and EDITOR_CODE.match(who))
        and TWO_SENTENCES.search(prefix) is None
        and SPEECH.search(prefix.lower()) is None
    )


class BoilerplateFilter(DocumentStep):
    """Removes furniture lines ("boilerplate: <kind>") and inline "(Baca juga: …)" / "(Foto: …)"."""

    name: ClassVar[str] = "boilerplate"
    parallel: ClassVar[bool] = True

    def process(self, doc: Document) -> None:
        folded = folded_lines(doc)
        title = True
        items: tuple[str, re.Pattern[str] | None] | None = None
        left = 0
        whole: set[int] = set()
        # items right under their header ("baca:\nA\nB\n\nSection"): a blank line ends them
        tight = False
        last = -1
        body = False  # a paragraph of the article has been seen
        photo_button = False  # the line before was a "Lihat Foto" button
        for i, line in enumerate(doc.lines):
            if not line.strip():
                if tight and last == i - 1:
                    items = None
                continue
            low = folded[i].lower()
            kind = furniture_kind(low)
            if kind is None and items is not None and left > 0:
                item_kind, shape = items
                if shape.match(low) if shape is not None else _headline_item(low):
                    tight = tight or (left == _MAX_ITEMS and last == i - 1)
                    kind, left = item_kind, left - 1
            # The first line is the title ("VIDEO: Banjir Terjang Garut"), unless it is chrome.
            is_title, title = title, False
            if is_title and kind not in CHROME:
                kind = None
            elif kind is None and not body and DATE_ONLY.match(low):
                kind = "timestamp"
            words = len(low.split())
            # (a first line this long is a paragraph, not a title: IndoSum and many feeds)
            body = body or (kind is None and words >= _BODY_WORDS * (3 if is_title else 1))
            photo, photo_button = photo_button, False
            if kind is None:
                items = None
                start = _credit_start(line)
                if start is not None and not is_title and (photo or _is_caption(line, start)):
                    kind = "caption"  # (under a "Lihat Foto" button, a credited line is one)
                else:
                    self._inline(
                        doc, i, line, len(line) if start is None else start, title=is_title
                    )
                    continue
            doc.remove_line(i, f"boilerplate: {kind}")
            whole.add(i)
            last = i
            photo_button = kind == "embed" and _PHOTO_BUTTON.match(low) is not None
            if LIST_HEADER.match(low) or kind == "consent":
                items, left, tight = _item_test(kind), _MAX_ITEMS, False
        self._tail_sources(doc, folded, whole)
        self._tail_headlines(doc, folded, whole)

    @staticmethod
    def _inline(doc: Document, i: int, line: str, credit: int, *, title: bool = False) -> None:
        """Removes "(Baca juga: …)", "(Foto: …)", "[Gambas:…]" and markup inside a kept line,
        and the credit closing it from `credit` on; a line of markup around a few words (an
        image's caption) goes whole."""
        taken: list[tuple[int, int]] = []
        if "<" in line or "=" in line:
            markup = list(_MARKUP.finditer(line))
            rest = _MARKUP.sub(" ", line) if markup else line
            if (
                markup
                and len(rest.split()) <= (0 if title else _MARKUP_REST_WORDS)
                and not re.search(r"[.!?]", rest)
            ):
                doc.remove_line(i, "boilerplate: markup")
                return
            for match in markup:
                doc.remove(i, match.start(), match.end(), "boilerplate: markup")
                taken.append(match.span())

        def free(start: int, end: int) -> bool:
            return not any(a < end and start < b for a, b in taken)

        if "(" in line or "[" in line:
            for match in _INLINE.finditer(line, 0, credit):
                if free(match.start(), match.end()):
                    doc.remove(i, match.start(), match.end(), "boilerplate: inline")
        if credit < len(line) and free(credit, len(line)):
            doc.remove(i, credit, len(line), "boilerplate: inline")

    @staticmethod
    def _tail_headlines(doc: Document, folded: list[str], whole: set[int]) -> None:
        """Removes a list of headlines closing the page with no header left above it (a
        "Berita Terkait" box whose heading the extractor dropped): two bullet lines or more
        in title case, no sentence, no figure."""
        items: list[int] = []
        for i in range(len(doc.lines) - 1, 0, -1):
            line = doc.lines[i].strip()
            if not line or i in whole:
                continue
            if not _TAIL_HEADLINE.fullmatch(line) or not _headline_item(folded[i].lower()):
                break
            items.append(i)
        before = next(
            (doc.lines[k].strip() for k in range(min(items, default=0) - 1, -1, -1)
             if doc.lines[k].strip()),
            "",
        )  # fmt: skip
        # (a list the article introduces, "… mengungsi ke lokasi berikut:", is its content)
        if len(items) >= 2 and not before.endswith(":"):
            for i in items:
                doc.remove_line(i, f"boilerplate: {LIST_HEADER_KIND}")

    @staticmethod
    def _tail_sources(doc: Document, folded: list[str], whole: set[int]) -> None:
        """Removes "Sumber: …" notes after the last paragraph (the article's closing lines)."""
        for i in range(len(doc.lines) - 1, 0, -1):
            if i in whole or not doc.lines[i].strip():
                continue
            low = folded[i].lower()
            if not TAIL_SOURCE.match(low) or SPEECH.search(low):
                return
            doc.remove_line(i, "boilerplate: source-note")
