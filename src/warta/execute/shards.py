"""Splitting the input into file shards, and the per-shard work both executors run.

A shard is a list of input files. Its worker reads them, runs the shard-parallel steps and
writes the documents (raw text and internal hand-offs included) to `shard-NNNNN.jsonl` in
the work directory, then its stats, then a `.done` marker holding the shard's fingerprint.
A rerun skips every shard whose marker matches: that is what makes runs resumable.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from warta.document import Document
from warta.io.readers import ReadOptions, read_source
from warta.io.sources import Source
from warta.pipeline import Pipeline, StepStats
from warta.stages import PipelineOptions, build_steps

SHARD_FILES = 64
SHARD_BYTES = 64 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class Shard:
    index: int
    sources: tuple[Source, ...]

    @property
    def name(self) -> str:
        return f"shard-{self.index:05d}"


@dataclass(frozen=True, slots=True)
class ShardResult:
    index: int
    skipped: bool
    docs: int
    stats: list[dict[str, Any]]


def make_shards(
    sources: Sequence[Source], *, max_files: int = SHARD_FILES, max_bytes: int = SHARD_BYTES
) -> list[Shard]:
    """Group sources, in order, into shards of at most `max_files` files / `max_bytes` bytes.

    An uncompressed JSONL file larger than `max_bytes` is first cut into line-aligned byte
    ranges, so one big file still spreads over every worker.
    """
    shards: list[Shard] = []
    current: list[Source] = []
    size = 0
    for source in (part for whole in sources for part in split_source(whole, max_bytes)):
        nbytes = _size(source)
        if current and (len(current) >= max_files or size + nbytes > max_bytes):
            shards.append(Shard(len(shards), tuple(current)))
            current, size = [], 0
        current.append(source)
        size += nbytes
    if current:
        shards.append(Shard(len(shards), tuple(current)))
    return shards


def _size(source: Source) -> int:
    if source.is_range and source.end >= 0:
        return source.end - source.start
    try:
        whole = os.stat(source.path).st_size if source.kind != "stdin" else 0
    except OSError:
        return 0
    return whole - source.start


_COMPRESSED_MAGIC = (b"\x1f\x8b", b"\x28\xb5\x2f\xfd")
_SCAN = 16 * 1024 * 1024


def split_source(source: Source, max_bytes: int) -> list[Source]:
    """Line-aligned byte ranges of a large uncompressed JSONL file; other sources as they are.

    One sequential pass counts newlines (at C speed) so that each range knows the number
    of its first line: record ids like "data.jsonl#L1234" stay the same however the file
    is split.
    """
    if source.kind != "jsonl" or source.is_range or _size(source) <= max_bytes:
        return [source]
    try:
        with open(source.path, "rb") as handle:
            if handle.read(4).startswith(_COMPRESSED_MAGIC):
                return [source]  # a compressed stream cannot be entered mid-way
            handle.seek(0)
            cuts = _line_cuts(handle, max_bytes)
    except OSError:
        return [source]  # the reader reports the problem with the file itself
    parts: list[Source] = []
    for (start, first_line), (end, _) in zip(cuts, [*cuts[1:], (-1, 0)], strict=True):
        parts.append(Source(source.path, source.kind, start, end, first_line))
    return parts


def _line_cuts(handle: Any, max_bytes: int) -> list[tuple[int, int]]:
    """(byte offset, line number) of every range start: the first line at or after each step."""
    cuts = [(0, 1)]
    position = 0
    lines = 0
    target = max_bytes
    while True:
        chunk = handle.read(_SCAN)
        if not chunk:
            break
        search_from = 0
        while position + len(chunk) > target:
            newline = chunk.find(b"\n", max(search_from, target - position))
            if newline < 0:
                break  # the line runs into the next chunk: cut after it there
            cut = position + newline + 1
            cuts.append((cut, lines + chunk.count(b"\n", 0, newline + 1) + 1))
            search_from = newline + 1
            target = cut + max_bytes
        lines += chunk.count(b"\n")
        position += len(chunk)
    if cuts[-1][0] >= position:
        cuts.pop()  # a cut at the very end would make an empty range
    return cuts


def fingerprint(shard: Shard, options: PipelineOptions) -> str:
    """Changes when the shard's files or the pipeline options change."""
    digest = hashlib.sha256()
    digest.update(repr(sorted(asdict(options).items())).encode())
    for source in shard.sources:
        digest.update(source.path.encode("utf-8", "surrogateescape"))
        try:
            stat = os.stat(source.path)
            digest.update(f"{stat.st_size}:{stat.st_mtime_ns}".encode())
        except OSError:
            digest.update(b"missing")
    return digest.hexdigest()


def shard_paths(workdir: Path, shard: Shard) -> tuple[Path, Path, Path]:
    base = workdir / shard.name
    return base.with_suffix(".jsonl"), base.with_suffix(".stats.json"), base.with_suffix(".done")


def is_done(workdir: Path, shard: Shard, options: PipelineOptions) -> bool:
    _, _, marker = shard_paths(workdir, shard)
    try:
        return marker.read_text(encoding="utf-8").strip() == fingerprint(shard, options)
    except OSError:
        return False


def iter_shard_docs(shard: Shard, options: PipelineOptions) -> Iterator[Document]:
    read_options = ReadOptions(max_doc_bytes=options.max_doc_bytes)
    for source in shard.sources:
        yield from read_source(source, options=read_options)


def process_shard(shard: Shard, options: PipelineOptions, workdir: str) -> ShardResult:
    """Run the shard-parallel steps over one shard; idempotent and atomic per shard."""
    root = Path(workdir)
    if is_done(root, shard, options):
        return ShardResult(shard.index, True, 0, [])
    out_path, stats_path, marker = shard_paths(root, shard)
    pipeline = Pipeline(build_steps(options, parallel_only=True))
    tmp = out_path.with_suffix(".jsonl.tmp")
    count = 0
    with open(tmp, "w", encoding="utf-8") as handle:
        for doc in pipeline.run(iter_shard_docs(shard, options)):
            record = doc.to_dict(include_raw=True, include_internal=True)
            handle.write(json.dumps(record, ensure_ascii=False))
            handle.write("\n")
            count += 1
    os.replace(tmp, out_path)
    stats = [s.to_dict() for s in pipeline.stats]
    stats_path.write_text(json.dumps(stats), encoding="utf-8")
    # The marker goes last: its presence means the shard's output is complete.
    marker.write_text(fingerprint(shard, options), encoding="utf-8")
    return ShardResult(shard.index, False, count, stats)


def read_shard_output(workdir: Path, shard: Shard) -> Iterator[Document]:
    out_path, _, _ = shard_paths(workdir, shard)
    with open(out_path, encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield Document.from_dict(json.loads(line))


def read_shard_stats(workdir: Path, shard: Shard) -> list[StepStats]:
    _, stats_path, _ = shard_paths(workdir, shard)
    try:
        data = json.loads(stats_path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    return [StepStats.from_dict(item) for item in data]
