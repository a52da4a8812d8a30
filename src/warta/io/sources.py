"""What to read: input paths (files, directories, "-") to an ordered list of typed sources."""

from __future__ import annotations

import gzip
import os
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from warta.errors import InputError

KINDS = ("txt", "jsonl", "html", "warc", "feed", "stdin")

# Longest suffixes first: ".warc.gz" must win over ".gz".
_SUFFIXES: tuple[tuple[str, str], ...] = (
    (".warc.gz", "warc"),
    (".jsonl.gz", "jsonl"),
    (".jsonl.zst", "jsonl"),
    (".ndjson.gz", "jsonl"),
    (".ndjson.zst", "jsonl"),
    (".json.gz", "jsonl"),
    (".json.zst", "jsonl"),
    (".jsonl", "jsonl"),
    (".ndjson", "jsonl"),
    (".warc", "warc"),
    (".html", "html"),
    (".htm", "html"),
    (".xhtml", "html"),
    (".rss", "feed"),
    (".atom", "feed"),
    (".xml", "feed"),
    (".txt", "txt"),
)
_SNIFF_BYTES = 8192


@dataclass(frozen=True, slots=True)
class Source:
    """One input: a path (posix string as given or discovered; "-" for stdin) and its kind.

    A large uncompressed JSONL file can be split into byte ranges, each its own Source:
    `start`/`end` are byte offsets on line boundaries (`end` -1: to the end of the file)
    and `first_line` is the 1-based number of the range's first line, so record ids and
    error messages name the same lines whichever way the file was split.
    """

    path: str
    kind: str
    start: int = 0
    end: int = -1
    first_line: int = 1

    @property
    def is_range(self) -> bool:
        return self.start > 0 or self.end >= 0


def discover(inputs: Sequence[str]) -> list[Source]:
    """Sources for `inputs`, in a deterministic order.

    "-" is stdin; a directory is walked recursively (sorted, hidden entries skipped)
    and keeps files with a known extension; a file with a known extension gets that
    kind, any other file is sniffed (HTML, feed, JSONL, WARC) and otherwise read as
    text. A path that does not exist raises InputError naming it.
    """
    sources: list[Source] = []
    for given in inputs:
        if given == "-":
            sources.append(Source("-", "stdin"))
            continue
        path = Path(given)
        if path.is_dir():
            sources.extend(_walk(path))
        elif path.exists() or path.is_symlink():
            sources.append(Source(path.as_posix(), kind_by_suffix(path.name) or sniff_kind(path)))
        else:
            raise InputError(f"input not found: {given}")
    return sources


def kind_by_suffix(name: str) -> str | None:
    """The kind a file name's extension says, or None."""
    lower = name.lower()
    for suffix, kind in _SUFFIXES:
        if lower.endswith(suffix):
            return kind
    return None


def _walk(root: Path) -> list[Source]:
    found: list[Source] = []
    for directory, dirnames, filenames in os.walk(root, onerror=None):
        dirnames[:] = sorted(name for name in dirnames if not name.startswith("."))
        for name in sorted(filenames):
            kind = kind_by_suffix(name)
            if name.startswith(".") or kind is None:
                continue
            found.append(Source((Path(directory) / name).as_posix(), kind))
    # os.walk visits a directory's files before its subdirectories; sort the whole list
    # by path parts so the order does not depend on the walk.
    found.sort(key=lambda source: Path(source.path).parts)
    return found


def sniff_kind(path: Path) -> str:
    """The kind of a file by its first bytes; "txt" when nothing else fits (or unreadable)."""
    try:
        with open(path, "rb") as stream:
            head = stream.read(_SNIFF_BYTES)
    except OSError:
        return "txt"  # the txt reader reports the error as an unreadable-file document
    if head.startswith(b"\x1f\x8b"):
        head = _gunzip_head(head, path)
    elif head.startswith(b"\x28\xb5\x2f\xfd"):
        return "jsonl"  # zstd: the only compressed kind besides gzip that warta reads
    return sniff_bytes(head)


def sniff_bytes(head: bytes) -> str:
    """The kind of content starting with `head`: warc, feed, html, jsonl or txt."""
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if text.startswith(b"warc/"):
        return "warc"
    if text.startswith(b"{"):
        return "jsonl"
    start = text[:2048]
    if b"<rss" in start or b"<feed" in start or b"<rdf:rdf" in start:
        return "feed"
    if text.startswith((b"<!doctype html", b"<html", b"<head", b"<body")) or (
        text.startswith(b"<") and (b"<html" in start or b"<body" in start or b"<div" in start)
    ):
        return "html"
    return "txt"


def _gunzip_head(head: bytes, path: Path) -> bytes:
    try:
        with gzip.open(path, "rb") as stream:
            return stream.read(_SNIFF_BYTES)
    except (OSError, EOFError, zlib.error):
        return head  # corrupt gzip: sniffed as text, and the reader reports it as binary
