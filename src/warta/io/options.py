"""Options shared by every reader."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ReadOptions:
    """How inputs are read.

    max_doc_bytes: a document (file, JSONL line, WARC record, feed item) larger than this
        becomes an error document ("too-large") instead of being read.
    max_feed_bytes: a feed file larger than this is refused whole (feeds are parsed
        incrementally, but a runaway file is more likely an error than a feed).
    """

    max_doc_bytes: int = 10_000_000
    max_feed_bytes: int = 200_000_000
