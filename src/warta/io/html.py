"""Main text, title, date and canonical URL of a web page (trafilatura); text of HTML fragments."""

from __future__ import annotations

import re
from dataclasses import dataclass

import lxml.html
from lxml import etree

from warta.io.dates import normalise_date
from warta.io.decode import clean_text
from warta.io.records import ReadError

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_MIN_WORDS = 3
# Block-level tags after which a fragment's text starts a new paragraph.
_BLOCKS = frozenset(
    {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre"}
    | {"table", "tr", "section", "article", "figure", "figcaption", "header", "footer", "dd", "dt"}
)


@dataclass(frozen=True, slots=True)
class Page:
    """What a web page gives a Document: paragraphs separated by blank lines, and metadata."""

    text: str
    title: str | None
    published: str | None
    url: str | None


def declared_charset(html: bytes) -> str | None:
    """The charset a page declares in a <meta> tag within its first 4 KB, if any."""
    match = _META_CHARSET.search(html[:4096])
    return match.group(1).decode("ascii") if match else None


def extract_page(html: str, *, url: str | None = None, where: str) -> Page:
    """Main text of a page via trafilatura (recall-oriented), or ReadError naming `where`.

    Paragraphs become lines separated by a blank line, so line-level cleaning sees
    each paragraph (and each list item) as one line.
    """
    from trafilatura import bare_extraction  # heavy import, only for HTML inputs

    if not html.strip():
        raise ReadError("html-extraction-failed", f"{where}: empty page")
    try:
        result = bare_extraction(
            html,
            url=url,
            favor_recall=True,
            include_comments=False,
            include_tables=True,
            with_metadata=True,
            deduplicate=False,
            # No extensive search: it reads "Hak cipta 2024" in a footer as 2024-01-01.
            # Metadata, URL and time elements are where news pages give the real date.
            date_extraction_params={"extensive_search": False, "original_date": True, "url": url},
        )
    except Exception as exc:  # trafilatura raises many kinds on odd markup
        raise ReadError("html-extraction-failed", f"{where}: {type(exc).__name__}: {exc}") from exc
    text = _paragraphs(str(getattr(result, "text", None) or "")) if result is not None else ""
    title = _clean_field(getattr(result, "title", None))
    # trafilatura's fallbacks return whatever text a page has; a menu word or the
    # title alone is not a main text.
    if len(text.split()) < _MIN_WORDS or text == title:
        raise ReadError("html-extraction-failed", f"{where}: no main text found")
    published = normalise_date(getattr(result, "date", None))
    page_url = _clean_field(getattr(result, "url", None)) or url
    return Page(text=text, title=title, published=published, url=page_url)


def fragment_to_text(html: str) -> str:
    """Plain text of an HTML fragment (a feed item's content): block elements become paragraphs.

    Feed content is already the article body, so no boilerplate removal is needed;
    text without any markup is returned as is (entity-decoded).
    """
    if "<" not in html:
        return _paragraphs(lxml.html.fromstring(f"<p>{html}</p>").text_content() if html else "")
    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except (etree.ParserError, ValueError):
        return _paragraphs(html)
    for bad in root.xpath(".//script|.//style|.//noscript"):
        bad.drop_tree()
    pieces: list[str] = []
    _walk(root, pieces)
    return _paragraphs("".join(pieces))


def _walk(node: etree._Element, pieces: list[str]) -> None:
    block = isinstance(node.tag, str) and node.tag in _BLOCKS
    if block:
        pieces.append("\n")
    if isinstance(node.tag, str) and node.text:  # comments and PIs carry no text
        pieces.append(node.text)
    for child in node:
        _walk(child, pieces)
        if child.tail:
            pieces.append(child.tail)
    if block:
        pieces.append("\n")


def _paragraphs(text: str) -> str:
    lines = (" ".join(line.split()) for line in clean_text(text).split("\n"))
    return "\n\n".join(line for line in lines if line)


def _clean_field(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    value = " ".join(clean_text(value).split())
    return value or None
