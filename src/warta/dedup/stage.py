"""The dedup and story stages as step lists, ready for a `Pipeline`."""

from __future__ import annotations

from warta.dedup.deduplicator import Deduplicator
from warta.dedup.index import DedupIndex
from warta.dedup.options import DedupOptions, StoryOptions
from warta.dedup.signature import MinHashSignature
from warta.dedup.stories import StoryClusterer
from warta.pipeline import Step


def dedup_steps(options: DedupOptions | None = None) -> list[Step]:
    """[MinHashSignature (parallel), Deduplicator (whole stream)].

    With `options.index_path` the index persists (incremental runs); otherwise it lives only
    for this run, as `warta analyze` wants.
    """
    opts = options or DedupOptions()
    index = DedupIndex.open(opts.index_path) if opts.index_path is not None else None
    return [MinHashSignature(opts), Deduplicator(opts, index=index)]


def story_steps(options: StoryOptions | None = None) -> list[Step]:
    """[StoryClusterer] — place it after the dedup steps (copies follow their canonical)."""
    opts = options or StoryOptions()
    index = DedupIndex.open(opts.index_path) if opts.index_path is not None else None
    return [StoryClusterer(opts, index=index)]
