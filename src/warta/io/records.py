"""How a record that cannot be read becomes an errored Document, with a reason naming it."""

from __future__ import annotations

from warta.document import Document
from warta.errors import InputError

# The short slugs that open the reason of every read error (counters key on them).
ERROR_KINDS = frozenset(
    {
        "binary-file",
        "empty-file",
        "decode-error",
        "invalid-json",
        "missing-text",
        "truncated-gzip",
        "truncated-zstd",
        "html-extraction-failed",
        "warc-record-error",
        "feed-parse-error",
        "too-large",
        "unreadable-file",
    }
)


class ReadError(InputError):
    """A file or record cannot be read; `kind` is one of ERROR_KINDS."""

    def __init__(self, kind: str, detail: str) -> None:
        if kind not in ERROR_KINDS:
            raise ValueError(f"unknown read-error kind {kind!r}")
        super().__init__(f"{kind}: {detail}")
        self.kind = kind
        self.detail = detail


def error_document(
    *,
    kind: str,
    path: str,
    detail: str,
    record: str | None = None,
    doc_id: str | None = None,
    source: str = "",
) -> Document:
    """An errored Document standing for an unreadable file or record.

    The reason reads "<kind>: <file> <record>: <detail>" (or "<kind>: <file>: <detail>"
    for a whole file) and the id names the file and the record.
    """
    where = f"{path} {record}" if record else path
    doc = Document(id=doc_id or path, raw="", source=source)
    doc.fail(f"{kind}: {where}: {detail}")
    doc.meta["path"] = path
    if record:
        doc.meta["record"] = record
    return doc


def from_read_error(
    exc: ReadError,
    *,
    path: str,
    record: str | None = None,
    doc_id: str | None = None,
    source: str = "",
) -> Document:
    """The errored Document for a ReadError raised while reading `path` (and `record`)."""
    return error_document(
        kind=exc.kind, path=path, detail=exc.detail, record=record, doc_id=doc_id, source=source
    )
