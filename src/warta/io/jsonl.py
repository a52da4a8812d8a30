"""JSON Lines records (plain, gzip or zstd) to Documents, one line at a time."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from typing import Any, BinaryIO

import orjson

from warta.document import Document
from warta.io.dates import normalise_date
from warta.io.decode import clean_text, decode_bytes
from warta.io.html import extract_page
from warta.io.options import ReadOptions
from warta.io.records import ReadError, error_document, from_read_error
from warta.io.streams import bounded_lines


def read_jsonl_stream(
    stream: BinaryIO,
    *,
    path: str,
    options: ReadOptions,
    source: str = "jsonl",
    first_line: int = 1,
) -> Iterator[Document]:
    """One Document per non-blank line of `stream`; bad lines become errored Documents.

    A truncated or corrupt compressed stream yields the records before the damage,
    then one error Document, and ends.
    """
    lines = bounded_lines(stream, limit=options.max_doc_bytes, first_line=first_line)
    number = first_line - 1
    while True:
        try:
            line = next(lines)
        except StopIteration:
            return
        except ReadError as exc:
            yield from_read_error(
                exc,
                path=path,
                record=f"line {number + 1}",
                doc_id=f"{path}#L{number + 1}",
                source=source,
            )
            return
        number = line.number
        where = f"line {number}"
        doc_id = f"{path}#L{number}"
        if line.too_long:
            yield error_document(
                kind="too-large",
                path=path,
                record=where,
                doc_id=doc_id,
                source=source,
                detail=f"{line.size} bytes > max_doc_bytes {options.max_doc_bytes}",
            )
            continue
        if not line.data.strip():
            continue  # blank lines separate nothing and are not records
        try:
            record, strict = _parse(line.data, where=f"{path} {where}")
            yield record_to_document(
                record,
                default_id=doc_id,
                path=path,
                source=source,
                clean=not (strict and _plain_json(line.data)),
            )
        except ReadError as exc:
            yield from_read_error(exc, path=path, record=where, doc_id=doc_id, source=source)


def _parse(data: bytes, *, where: str) -> tuple[dict[str, Any], bool]:
    """The object on one line, and whether orjson (strict UTF-8 JSON) accepted it."""
    # orjson parses UTF-8 bytes directly, several times faster than json.loads on news text.
    strict = True
    try:
        value = orjson.loads(data)
    except orjson.JSONDecodeError as exc:
        value = _parse_lenient(data, where=where, error=exc)
        strict = False
    if not isinstance(value, dict):
        raise ReadError("invalid-json", f"expected an object, got {type(value).__name__}")
    return value, strict


def _parse_lenient(data: bytes, *, where: str, error: Exception) -> Any:
    """Retry what orjson refuses: non-UTF-8 bytes, and NaN/Infinity that json accepts."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = decode_bytes(data, where=where)  # JSON should be UTF-8; be lenient
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise ReadError("invalid-json", str(exc)) from exc
    except RecursionError as exc:
        raise ReadError("invalid-json", "nested too deeply") from exc


# What can put a character that `clean_text` changes into a line orjson accepts: raw controls
# are not allowed inside JSON strings, so only escapes other than \n \t \" \\ \/, DEL, and
# U+0080..U+009F, U+2028, U+2029, U+FEFF. Checking the line's bytes for them is much cheaper
# than a regex search over each string field, and most lines contain none. Each pattern starts
# with a literal byte, which `re` skips to at memchr speed (one alternation would not).
_ESCAPE = re.compile(rb'\\[^nt"\\/]')
_WIDE = (
    re.compile(rb"\xc2[\x80-\x9f]"),
    re.compile(rb"\xe2\x80[\xa8\xa9]"),
    re.compile(rb"\xef\xbb\xbf"),
)


def _plain_json(data: bytes) -> bool:
    """True when no string of this orjson-parsed line needs `clean_text`."""
    if b"\x7f" in data or _ESCAPE.search(data) is not None:
        return False
    if data.isascii():
        return True
    c1_control, line_separator, bom = _WIDE  # unrolled: this runs once per line
    return (
        c1_control.search(data) is None
        and line_separator.search(data) is None
        and bom.search(data) is None
    )


def record_to_document(
    record: dict[str, Any], *, default_id: str, path: str, source: str, clean: bool = True
) -> Document:
    """A Document from one JSON object with `text` or `html` (and optional metadata).

    Fields: id, text | html, url, title, published (also "date"), source, language.
    `html` goes through trafilatura; `text` is used as is (newlines normalised).
    `clean=False` skips `clean_text` on the strings, for callers that know it would change
    nothing.
    """
    tidy = clean_text if clean else _unchanged
    raw_id = record.get("id")
    doc_id = str(raw_id) if isinstance(raw_id, str | int) and str(raw_id).strip() else default_id
    url = _string(record.get("url"), tidy)
    title = _string(record.get("title"), tidy)
    published_raw = record.get("published", record.get("date"))
    text = record.get("text")
    html = record.get("html")
    page_published: str | None = None
    if isinstance(text, str) and text.strip():
        raw = tidy(text).strip("\n")
    elif isinstance(html, str) and html.strip():
        page = extract_page(html, url=url, where=doc_id)
        raw = page.text
        title = title or page.title
        url = url or page.url
        page_published = page.published
    else:
        present = [key for key in ("text", "html") if key in record]
        detail = f"empty or non-string {'/'.join(present)}" if present else "no text or html"
        if doc_id != default_id:
            detail += f" (record id {doc_id!r})"  # the id the user knows the record by
        raise ReadError("missing-text", detail)
    doc = Document(
        id=doc_id,
        raw=raw,
        source=_string(record.get("source"), tidy) or source,
        url=url,
        title=title,
    )
    doc.published = normalise_date(published_raw) or page_published
    if doc.published is None and published_raw not in (None, ""):
        doc.annotations["published_raw"] = str(published_raw)
    doc.language = _string(record.get("language"), tidy)
    doc.meta["path"] = path
    return doc


def _unchanged(text: str) -> str:
    return text


def _string(value: object, tidy: Callable[[str], str] = clean_text) -> str | None:
    if isinstance(value, str):
        value = " ".join(tidy(value).split())
        return value or None
    return None
