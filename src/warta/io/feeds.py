"""RSS 2.0 / RSS 1.0 / Atom feeds to Documents, one per item, parsed incrementally and safely."""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

from lxml import etree

from warta.document import Document
from warta.io.dates import normalise_date
from warta.io.html import fragment_to_text
from warta.io.options import ReadOptions
from warta.io.records import ReadError, error_document, from_read_error

_ITEMS = frozenset({"item", "entry"})
_DATES = ("pubDate", "published", "date", "issued", "updated", "modified")
_BODIES = ("encoded", "content", "description", "summary")


def read_feed_file(path: str, *, options: ReadOptions) -> Iterator[Document]:
    """One Document per item/entry of the feed at `path`.

    The XML is parsed strictly and never resolves entities or fetches DTDs. On a syntax
    error the items before it come out, then an error Document naming the line, then
    the items that lxml's recovering parser still finds after it.
    """
    emitted = 0
    try:
        with open(path, "rb") as stream:
            for doc in _items(stream, path=path, options=options, recover=False):
                emitted += 1
                yield doc
    except etree.XMLSyntaxError as exc:
        yield error_document(
            kind="feed-parse-error",
            path=path,
            record=f"item {emitted + 1}",
            doc_id=f"{path}#I{emitted + 1}",
            source="feed",
            detail=str(exc),
        )
        try:
            with open(path, "rb") as stream:
                for index, doc in enumerate(
                    _items(stream, path=path, options=options, recover=True)
                ):
                    if index >= emitted:
                        yield doc
        except etree.XMLSyntaxError:
            return  # already reported; recovery found nothing more
        return
    if emitted == 0:
        yield error_document(
            kind="feed-parse-error",
            path=path,
            source="feed",
            detail="no RSS <item> or Atom <entry> found",
        )


def _items(
    stream: BinaryIO, *, path: str, options: ReadOptions, recover: bool
) -> Iterator[Document]:
    parser = etree.iterparse(
        stream,
        events=("end",),
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        huge_tree=False,
        recover=recover,
        remove_comments=True,
    )
    number = 0
    for _, element in parser:
        if not isinstance(element.tag, str) or etree.QName(element).localname not in _ITEMS:
            continue
        number += 1
        where = f"item {number}"
        fallback_id = f"{path}#I{number}"
        try:
            yield _item_document(element, fallback_id=fallback_id, path=path, options=options)
        except ReadError as exc:
            yield from_read_error(exc, path=path, record=where, doc_id=fallback_id, source="feed")
        # Free what is parsed so far: a long feed streams in constant memory.
        element.clear(keep_tail=False)
        while element.getprevious() is not None:
            del element.getparent()[0]


def _item_document(
    item: etree._Element, *, fallback_id: str, path: str, options: ReadOptions
) -> Document:
    fields: dict[str, str] = {}
    link: str | None = None
    for child in item:
        if not isinstance(child.tag, str):
            continue
        name = etree.QName(child).localname
        if name == "link":
            href = child.get("href")
            if href and child.get("rel", "alternate") == "alternate":
                link = link or href.strip()
            elif not href and child.text and child.text.strip():
                link = link or child.text.strip()
            continue
        value = _element_text(child)
        if value and name not in fields:
            fields[name] = value
    if link is None and fields.get("guid", "").startswith("http"):
        link = fields["guid"]
    body = next((fields[key] for key in _BODIES if key in fields), "")
    if len(body.encode("utf-8")) > options.max_doc_bytes:
        raise ReadError("too-large", f"item content over max_doc_bytes {options.max_doc_bytes}")
    text = fragment_to_text(body)
    if not text:
        raise ReadError("missing-text", "item has no description or content")
    title_html = fields.get("title")
    title = " ".join(fragment_to_text(title_html).split()) if title_html else None
    doc = Document(
        id=fields.get("guid") or fields.get("id") or link or fallback_id,
        raw=text,
        source="feed",
        url=link,
        title=title or None,
    )
    date_raw = next((fields[key] for key in _DATES if key in fields), None)
    doc.published = normalise_date(date_raw)
    if doc.published is None and date_raw:
        doc.annotations["published_raw"] = date_raw
    doc.meta["path"] = path
    return doc


def _element_text(element: etree._Element) -> str:
    """Text of an element; Atom `type="xhtml"` content is serialised back to markup."""
    if len(element) and element.get("type") == "xhtml":
        return "".join(etree.tostring(child, encoding="unicode") for child in element)
    return "".join(element.itertext()).strip()
