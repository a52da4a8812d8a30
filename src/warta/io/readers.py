"""Streaming readers: every input record becomes a Document; unreadable ones are errored."""

from __future__ import annotations

import io
import os
import sys
from collections.abc import Iterator, Sequence
from typing import BinaryIO

from warta.document import Document
from warta.io.decode import decode_bytes
from warta.io.html import declared_charset, extract_page
from warta.io.jsonl import read_jsonl_stream
from warta.io.options import ReadOptions
from warta.io.records import ReadError, error_document, from_read_error
from warta.io.sources import Source, discover
from warta.io.streams import open_binary, open_range, read_bounded, wrap_compressed

__all__ = ["ReadOptions", "read_inputs", "read_source", "read_stdin"]

_DEFAULT = ReadOptions()
_TITLE_MAX_CHARS = 150
_TITLE_MAX_WORDS = 25


def read_inputs(inputs: Sequence[str], *, options: ReadOptions = _DEFAULT) -> Iterator[Document]:
    """Documents from every input path (see `discover`), one at a time, in a stable order."""
    for source in discover(inputs):
        yield from read_source(source, options=options)


def read_source(source: Source, *, options: ReadOptions = _DEFAULT) -> Iterator[Document]:
    """Documents from one source; a file or record that cannot be read yields an errored one."""
    if source.kind == "stdin":
        yield from read_stdin(sys.stdin.buffer, options=options)
        return
    path = source.path
    name = "file" if source.kind == "txt" else source.kind  # the `source` of its documents
    try:
        size = os.stat(path).st_size
    except OSError as exc:
        yield error_document(kind="unreadable-file", path=path, source=name, detail=_os_detail(exc))
        return
    if size == 0:
        yield error_document(kind="empty-file", path=path, source=name, detail="0 bytes")
        return
    try:
        if source.kind == "txt":
            yield _read_text_file(path, size=size, options=options)
        elif source.kind == "html":
            yield _read_html_file(path, size=size, options=options)
        elif source.kind == "jsonl" and source.is_range:
            with open_range(path, source.start, source.end) as stream:
                yield from read_jsonl_stream(
                    stream, path=path, options=options, first_line=source.first_line
                )
        elif source.kind == "jsonl":
            with open_binary(path) as stream:
                yield from read_jsonl_stream(stream, path=path, options=options)
        elif source.kind == "warc":
            from warta.io.warc import read_warc_file  # warcio loads only for WARC input

            yield from read_warc_file(path, options=options)
        elif source.kind == "feed":
            if size > options.max_feed_bytes:
                raise ReadError(
                    "too-large", f"{size} bytes > max_feed_bytes {options.max_feed_bytes}"
                )
            from warta.io.feeds import read_feed_file

            yield from read_feed_file(path, options=options)
        else:
            raise ReadError("unreadable-file", f"unknown source kind {source.kind!r}")
    except ReadError as exc:
        yield from_read_error(exc, path=path, source=name)
    except OSError as exc:  # permission denied, a directory, I/O error mid-file …
        yield error_document(kind="unreadable-file", path=path, source=name, detail=_os_detail(exc))


def read_stdin(stream: BinaryIO, *, options: ReadOptions = _DEFAULT) -> Iterator[Document]:
    """JSONL from `stream` when its first non-blank byte is "{", else one text document "stdin"."""
    buffered = wrap_compressed(stream, name="stdin")
    head = buffered.peek(4096).lstrip()
    while not head and buffered.peek(1):  # a long run of leading blank lines
        buffered.readline()
        head = buffered.peek(4096).lstrip()
    if head.startswith(b"{"):
        yield from read_jsonl_stream(buffered, path="stdin", options=options, source="stdin")
        return
    try:
        data = read_bounded(buffered, limit=options.max_doc_bytes)
        yield _text_document(data, doc_id="stdin", source="stdin")
    except ReadError as exc:
        yield from_read_error(exc, path="stdin", source="stdin")


def _read_text_file(path: str, *, size: int, options: ReadOptions) -> Document:
    if size > options.max_doc_bytes:
        raise ReadError("too-large", f"{size} bytes > max_doc_bytes {options.max_doc_bytes}")
    with open_binary(path) as stream:
        data = read_bounded(stream, limit=options.max_doc_bytes)
    return _text_document(data, doc_id=path, source="file")


def _read_html_file(path: str, *, size: int, options: ReadOptions) -> Document:
    if size > options.max_doc_bytes:
        raise ReadError("too-large", f"{size} bytes > max_doc_bytes {options.max_doc_bytes}")
    with open_binary(path) as stream:
        data = read_bounded(stream, limit=options.max_doc_bytes)
    html = decode_bytes(data, where=path, declared=declared_charset(data))
    page = extract_page(html, where=path)
    doc = Document(id=path, raw=page.text, source="html", url=page.url, title=page.title)
    doc.published = page.published
    doc.meta["path"] = path
    return doc


def _text_document(data: bytes, *, doc_id: str, source: str) -> Document:
    if not data.strip():
        raise ReadError("empty-file", "no text" if data else "0 bytes")
    text = decode_bytes(data, where=doc_id).strip("\n")
    if not text.strip():
        raise ReadError("empty-file", "only blank or control characters")
    doc = Document(id=doc_id, raw=text, source=source, title=guess_title(text))
    doc.meta["path"] = doc_id
    return doc


def guess_title(text: str) -> str | None:
    """The first non-empty line when it reads like a headline: short, no final period, no
    dateline's closing dash.

    The line stays in the raw text too (a title line is content). A single-line text
    has no separate title.
    """
    lines = (line.strip() for line in io.StringIO(text))
    first = next((line for line in lines if line), None)
    if first is None or next((line for line in lines if line), None) is None:
        return None
    if len(first) > _TITLE_MAX_CHARS or len(first.split()) > _TITLE_MAX_WORDS:
        return None
    if first.endswith((".", ",", ";", ":")) and not first.endswith("..."):
        return None
    if first.endswith(("-", "–", "—")):
        return None  # a dateline on its own line: "Jakarta, CNN Indonesia --"
    return first


def _os_detail(exc: OSError) -> str:
    return f"{type(exc).__name__}: {exc.strerror or exc}"
