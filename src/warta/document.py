"""The one document model that flows through every warta step, and its output record."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from typing import Any, Literal

Status = Literal["kept", "dropped", "error"]
STATUSES: tuple[Status, ...] = ("kept", "dropped", "error")

# The fields every output record has, in order (see `warta.schema`).
RECORD_FIELDS: tuple[str, ...] = (
    "id",
    "source",
    "url",
    "title",
    "published",
    "language",
    "text",
    "removed",
    "status",
    "reason",
)
# Record fields that are not annotations; everything else in a record comes from (and goes
# back into) `Document.annotations`.
CORE_FIELDS = frozenset((*RECORD_FIELDS, "raw", "content_hash"))


def reason_kind(reason: str | None) -> str:
    """The counter key of a reason ("kind: detail" → "kind")."""
    if not reason:
        return "unspecified"
    return reason.split(":", 1)[0].strip() or "unspecified"


@dataclass(slots=True, frozen=True)
class RemovedSpan:
    """A piece of the input that a step removed, and why.

    `line` is the 0-based line number in the raw text; `start`/`end` are character
    offsets within that line (end exclusive).
    """

    line: int
    start: int
    end: int
    text: str
    reason: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "line": self.line,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "reason": self.reason,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> RemovedSpan:
        return cls(
            line=int(data["line"]),
            start=int(data["start"]),
            end=int(data["end"]),
            text=str(data["text"]),
            reason=str(data["reason"]),
        )


@dataclass(slots=True)
class Document:
    """A news article on its way through the pipeline.

    `raw` is the text as read (after decoding and HTML extraction); it is never
    changed. Cleaning steps record `RemovedSpan`s; `text` is the clean text rebuilt
    from the raw lines minus those spans. Annotations (entities, quotes, …) live in
    `annotations` and become top-level fields of the output record.
    """

    id: str
    raw: str
    source: str = ""
    url: str | None = None
    title: str | None = None
    published: str | None = None
    language: str | None = None
    removed: list[RemovedSpan] = field(default_factory=list)
    annotations: dict[str, Any] = field(default_factory=dict)
    status: Status = "kept"
    reason: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    _lines: list[str] | None = field(default=None, repr=False, compare=False)
    _text: str | None = field(default=None, repr=False, compare=False)

    # -- lines and clean text -------------------------------------------------
    @property
    def lines(self) -> list[str]:
        """The raw text split on "\n" (readers normalise other newlines to it).

        Only "\n" separates lines, as in every consumer that counts lines in the text
        (str.splitlines would also split on U+2028, NEL and form feeds).
        """
        if self._lines is None:
            self._lines = self.raw.split("\n")
        return self._lines

    @property
    def text(self) -> str:
        """The clean text: raw lines minus removed spans, blank-line runs collapsed."""
        if self._text is None:
            self._text = _assemble(self.lines, self.removed) if self.removed else _tidy(self.raw)
        return self._text

    @property
    def content_hash(self) -> str:
        """SHA-256 of the raw text: the identity used for idempotent storage."""
        return hashlib.sha256(self.raw.encode("utf-8", "surrogatepass")).hexdigest()

    def remove(self, line: int, start: int, end: int, reason: str) -> RemovedSpan:
        """Record that characters `start:end` of raw line `line` are removed for `reason`."""
        source_line = self.lines[line]
        if not 0 <= start < end <= len(source_line):
            raise ValueError(
                f"span {start}:{end} outside line {line} of length {len(source_line)} in {self.id}"
            )
        span = RemovedSpan(line, start, end, source_line[start:end], reason)
        self.removed.append(span)
        self._text = None
        return span

    def remove_line(self, line: int, reason: str) -> RemovedSpan | None:
        """Remove a whole raw line; blank lines are layout, not content, and are skipped."""
        source_line = self.lines[line]
        if not source_line.strip():
            return None
        return self.remove(line, 0, len(source_line), reason)

    def removed_lines(self) -> set[int]:
        """Line numbers that some span already touches."""
        return {span.line for span in self.removed}

    # -- status ---------------------------------------------------------------
    @property
    def kept(self) -> bool:
        return self.status == "kept"

    def drop(self, reason: str) -> None:
        """Mark the whole document dropped; it stays in the output with the reason."""
        self.status = "dropped"
        self.reason = reason

    def fail(self, reason: str) -> None:
        """Mark the document errored; the message should name what went wrong."""
        self.status = "error"
        self.reason = reason

    # -- serialisation ----------------------------------------------------------
    def to_dict(
        self, *, include_raw: bool = False, include_internal: bool = False
    ) -> dict[str, Any]:
        """The output record (see `warta.schema`); annotations become top-level fields.

        Annotation keys starting with "_" are internal hand-offs between steps (a MinHash
        signature computed on a worker, say): they travel between executors with
        `include_internal=True` but are not part of the output record.
        """
        record: dict[str, Any] = {
            "id": self.id,
            "source": self.source,
            "url": self.url,
            "title": self.title,
            "published": self.published,
            "language": self.language,
            "text": self.text if self.status != "error" else "",
            "removed": [span.to_dict() for span in self.removed],
            "status": self.status,
            "reason": self.reason,
        }
        for key, value in self.annotations.items():
            if key in CORE_FIELDS or (key.startswith("_") and not include_internal):
                continue
            record[key] = value
        if include_raw:
            record["raw"] = self.raw
        return record

    @classmethod
    def from_dict(cls, record: dict[str, Any]) -> Document:
        """Rebuild a document from `to_dict(include_raw=True)` (or an output record).

        Without `raw`, the clean text stands in for it and the removed spans are kept
        as history only.
        """
        raw = record.get("raw")
        doc = cls(
            id=str(record["id"]),
            raw=str(raw if raw is not None else record.get("text", "")),
            source=str(record.get("source") or ""),
            url=record.get("url"),
            title=record.get("title"),
            published=record.get("published"),
            language=record.get("language"),
            removed=[RemovedSpan.from_dict(s) for s in record.get("removed", [])],
            annotations={k: v for k, v in record.items() if k not in CORE_FIELDS},
            status=record.get("status", "kept"),
            reason=record.get("reason"),
        )
        if raw is None:
            # The spans index the original raw text, which this record does not carry.
            doc._text = str(record.get("text", ""))
        return doc


_BLANK_RUNS = re.compile(r"\n{3,}")


def _tidy(raw: str) -> str:
    """What `_collapse` gives for untouched lines, without rebuilding most texts.

    Most documents have no trailing spaces and no blank-line runs: checking the last
    character of each line and searching for "\n\n\n" is far cheaper than rebuilding.
    """
    lines = raw.split("\n")
    text = raw
    if any(line and line[-1].isspace() for line in lines):
        text = "\n".join(line.rstrip() for line in lines)
    if "\n\n\n" in text:
        text = _BLANK_RUNS.sub("\n\n", text)
    return text.strip("\n")


def _assemble(lines: list[str], removed: list[RemovedSpan]) -> str:
    if not removed:
        return _collapse(line.rstrip() for line in lines)
    by_line: dict[int, list[tuple[int, int]]] = {}
    for span in removed:
        by_line.setdefault(span.line, []).append((span.start, span.end))
    out: list[str] = []
    for number, line in enumerate(lines):
        cuts = by_line.get(number)
        if not cuts:
            out.append(line.rstrip())
            continue
        pieces: list[str] = []
        cursor = 0
        for start, end in sorted(cuts):
            if start > cursor:
                pieces.append(line[cursor:start])
            cursor = max(cursor, end)
        pieces.append(line[cursor:])
        kept = "".join(pieces).strip()
        if kept:
            out.append(kept)
        # a fully removed line leaves nothing behind, not even a blank line
    return _collapse(out)


def _collapse(lines: Any) -> str:
    result: list[str] = []
    blank = True  # drops leading blank lines
    for line in lines:
        if line.strip():
            result.append(line)
            blank = False
        elif not blank:
            result.append("")
            blank = True
    while result and not result[-1]:
        result.pop()
    return "\n".join(result)
