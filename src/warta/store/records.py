"""Conversion between warta output records and knowledge-base rows (hashes, JSON, compression)."""

from __future__ import annotations

import hashlib
import json
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from warta.document import CORE_FIELDS, RECORD_FIELDS, STATUSES
from warta.errors import StoreError

# Record fields that have their own column; removed spans have their own table, and
# everything else goes to `annotations`.
COLUMN_FIELDS = tuple(f for f in RECORD_FIELDS if f != "removed")
_NOT_ANNOTATIONS = CORE_FIELDS


@dataclass(slots=True)
class DocumentRow:
    """One record ready for the `documents` and `removed_spans` tables."""

    id: str
    content_hash: str
    record_digest: str
    source: str
    url: str | None
    title: str | None
    published: str | None
    language: str | None
    text: str
    status: str
    reason: str | None
    annotations: str
    raw: str | None  # compressed only when written: an unchanged re-add never pays for it
    spans: list[tuple[int, int, int, int, str, str]]  # seq, line, start, end, text, reason


def content_hash(record: dict[str, Any]) -> str:
    """SHA-256 of the raw text, or of the clean text when the record carries no raw."""
    raw = record.get("raw")
    basis = raw if isinstance(raw, str) else str(record.get("text") or "")
    return hashlib.sha256(basis.encode("utf-8", "surrogatepass")).hexdigest()


def to_row(record: dict[str, Any], *, store_raw: bool) -> DocumentRow:
    """Validate a record and turn it into a row; StoreError names the record on bad input."""
    doc_id = record.get("id")
    if not isinstance(doc_id, str) or not doc_id:
        raise StoreError(f"record without a usable id (id={doc_id!r}) cannot be stored")
    status = record.get("status", "kept")
    if status not in STATUSES:
        raise StoreError(f"record {doc_id}: status {status!r} is not one of {', '.join(STATUSES)}")
    # Keys starting with "_" are hand-offs between steps, never part of the stored record.
    annotations = {
        key: value
        for key, value in record.items()
        if key not in _NOT_ANNOTATIONS and not key.startswith("_")
    }
    try:
        spans = [
            (seq, int(s["line"]), int(s["start"]), int(s["end"]), str(s["text"]), str(s["reason"]))
            for seq, s in enumerate(record.get("removed") or ())
        ]
        annotations_json = json.dumps(annotations, ensure_ascii=False, sort_keys=True)
    except (KeyError, TypeError, ValueError) as exc:
        raise StoreError(f"record {doc_id} cannot be stored: {type(exc).__name__}: {exc}") from exc
    raw = record.get("raw")
    row = DocumentRow(
        id=doc_id,
        content_hash=content_hash(record),
        record_digest="",
        source=str(record.get("source") or ""),
        url=_optional_str(record.get("url")),
        title=_optional_str(record.get("title")),
        published=_optional_str(record.get("published")),
        language=_optional_str(record.get("language")),
        text=str(record.get("text") or ""),
        status=status,
        reason=_optional_str(record.get("reason")),
        annotations=annotations_json,
        raw=raw if store_raw and isinstance(raw, str) else None,
        spans=spans,
    )
    row.record_digest = _digest(row)
    return row


def to_record(row: Sequence[Any], spans: list[dict[str, Any]]) -> dict[str, Any]:
    """Rebuild the output record from a `RECORD_COLUMNS` row and its removed spans."""
    doc_id, source, url, title, published, language, text, status, reason, annotations, raw = row
    record: dict[str, Any] = {
        "id": doc_id,
        "source": source,
        "url": url,
        "title": title,
        "published": published,
        "language": language,
        "text": text,
        "removed": spans,
        "status": status,
        "reason": reason,
    }
    record.update(json.loads(annotations))
    if raw is not None:
        record["raw"] = zlib.decompress(raw).decode("utf-8", "surrogatepass")
    return record


RECORD_COLUMNS = (
    "id, source, url, title, published, language, text, status, reason, annotations, raw"
)


def compress_raw(raw: str | None) -> bytes | None:
    """The stored form of raw text: zlib, about a quarter of the size of news text."""
    return None if raw is None else zlib.compress(raw.encode("utf-8", "surrogatepass"), 6)


def span_dict(line: int, start: int, end: int, text: str, reason: str) -> dict[str, Any]:
    return {"line": line, "start": start, "end": end, "text": text, "reason": reason}


def _digest(row: DocumentRow) -> str:
    """Hash of everything stored, so a re-analysis of the same raw text still updates the row."""
    payload = json.dumps(
        [
            row.content_hash,
            row.source,
            row.url,
            row.title,
            row.published,
            row.language,
            row.text,
            row.status,
            row.reason,
            row.annotations,
            row.spans,
            row.raw is not None,
        ],
        ensure_ascii=False,
    )
    return hashlib.sha256(payload.encode("utf-8", "surrogatepass")).hexdigest()


def _optional_str(value: Any) -> str | None:
    return None if value is None else str(value)
