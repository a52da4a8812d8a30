"""WARC (and .warc.gz) files to Documents: one per HTML response record, via warcio."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, BinaryIO

from warcio.archiveiterator import ArchiveIterator

from warta.document import Document
from warta.io.dates import normalise_date
from warta.io.decode import decode_bytes
from warta.io.html import declared_charset, extract_page
from warta.io.options import ReadOptions
from warta.io.records import ReadError, error_document, from_read_error
from warta.io.streams import read_bounded

_HTML_TYPES = ("text/html", "application/xhtml+xml")
_GZIP_MEMBER = b"\x1f\x8b\x08"  # gzip magic + deflate: where a record of a .warc.gz starts
_WARC_LINE = b"\nWARC/1."  # a record header line of an uncompressed WARC
_SCAN_CHUNK = 1 << 20


def read_warc_file(path: str, *, options: ReadOptions) -> Iterator[Document]:
    """Documents for the HTML `response`/`resource` records of a WARC (or .warc.gz) file.

    Other records (requests, metadata, images, redirects, 4xx/5xx pages) are not
    documents and are skipped. A record whose payload fails its WARC digest or is cut
    short becomes an error Document. A record that cannot be parsed at all becomes one
    error Document, and reading resumes at the next record header (the next gzip member
    of a .warc.gz, the next "WARC/1." line otherwise); record numbers after such a gap
    count the records read, not the ones lost.

    `published` is the date the page itself gives; the WARC-Date is the crawl time, not
    the publication time, and goes to the `crawled` annotation.
    """
    with open(path, "rb") as raw:
        marker = _GZIP_MEMBER if raw.read(2) == _GZIP_MEMBER[:2] else _WARC_LINE
        start: int | None = 0
        number = 0
        resyncing = False
        while start is not None:
            raw.seek(start)
            records = ArchiveIterator(raw, check_digests=True)
            while True:
                try:
                    record = next(records)
                except StopIteration:
                    return
                except Exception as exc:  # warcio raises many kinds on corrupt input
                    if not resyncing:  # one error per damaged stretch, not per false start
                        number += 1
                        yield error_document(
                            kind="warc-record-error",
                            path=path,
                            record=f"record {number}",
                            doc_id=f"{path}#R{number}",
                            source="warc",
                            detail=f"{type(exc).__name__}: {exc} (at byte {records.offset})",
                        )
                    resyncing = True
                    start = _find(raw, marker, max(start, records.offset) + 1)
                    break
                resyncing = False
                number += 1
                yield from _record_documents(record, number=number, path=path, options=options)


def _record_documents(
    record: Any, *, number: int, path: str, options: ReadOptions
) -> Iterator[Document]:
    where = f"record {number}"
    record_id = str(record.rec_headers.get_header("WARC-Record-ID") or "").strip("<>")
    doc_id = record_id or f"{path}#R{number}"
    try:
        if _is_html_page(record):
            yield _to_document(record, doc_id=doc_id, path=path, options=options)
    except ReadError as exc:
        yield from_read_error(exc, path=path, record=where, doc_id=doc_id, source="warc")
    except Exception as exc:  # a bad payload must not stop the file
        yield error_document(
            kind="warc-record-error",
            path=path,
            record=where,
            doc_id=doc_id,
            source="warc",
            detail=f"{type(exc).__name__}: {exc}",
        )


def _find(raw: BinaryIO, marker: bytes, offset: int) -> int | None:
    """Offset of the next `marker` at or after `offset`, read in bounded chunks; None at EOF."""
    raw.seek(offset)
    carry = b""
    base = offset
    while True:
        chunk = raw.read(_SCAN_CHUNK)
        if not chunk:
            return None
        window = carry + chunk
        found = window.find(marker)
        if found >= 0:
            # "\nWARC/1." matches one byte before the header line itself
            return base - len(carry) + found + (1 if marker == _WARC_LINE else 0)
        carry = window[-(len(marker) - 1) :]
        base += len(chunk)


def _is_html_page(record: Any) -> bool:
    if record.rec_type == "response":
        headers = record.http_headers
        if headers is None:
            return False
        status = str(headers.get_statuscode() or "")
        if not status.startswith("2"):
            return False
        content_type = headers.get_header("Content-Type") or ""
    elif record.rec_type == "resource":
        content_type = record.rec_headers.get_header("Content-Type") or ""
    else:
        return False
    return any(kind in content_type.lower() for kind in _HTML_TYPES)


def _to_document(record: Any, *, doc_id: str, path: str, options: ReadOptions) -> Document:
    url = record.rec_headers.get_header("WARC-Target-URI")
    length = int(record.length or 0)
    if length > options.max_doc_bytes:
        raise ReadError("too-large", f"{length} bytes > max_doc_bytes {options.max_doc_bytes}")
    payload = read_bounded(record.content_stream(), limit=options.max_doc_bytes)
    if record.raw_stream.limit > 0:
        raise ReadError(
            "warc-record-error", f"payload cut short ({record.raw_stream.limit} missing)"
        )
    if record.digest_checker.passed is False:
        problems = "; ".join(str(p) for p in record.digest_checker.problems)
        raise ReadError("warc-record-error", f"digest mismatch ({problems})")
    content_type = ""
    if record.http_headers is not None:
        content_type = record.http_headers.get_header("Content-Type") or ""
    charset = _charset(content_type) or declared_charset(payload)
    html = decode_bytes(payload, where=doc_id, declared=charset)
    page = extract_page(html, url=url, where=doc_id)
    doc = Document(id=doc_id, raw=page.text, source="warc", url=url or page.url, title=page.title)
    doc.published = page.published
    crawled = normalise_date(record.rec_headers.get_header("WARC-Date"))
    if crawled:
        doc.annotations["crawled"] = crawled
    doc.meta["path"] = path
    return doc


def _charset(content_type: str) -> str | None:
    for part in content_type.split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            return value.strip().strip("\"'")
    return None
