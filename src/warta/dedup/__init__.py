"""Exact and near-duplicate groups (MinHash + LSH with an exact second check) and stories."""

from warta.dedup.deduplicator import Deduplicator, DedupReport, GroupChange
from warta.dedup.groups import Group, groups_from_records
from warta.dedup.index import DedupIndex, default_index_path
from warta.dedup.options import DedupOptions, StoryOptions
from warta.dedup.signature import MinHashSignature
from warta.dedup.stage import dedup_steps, story_steps
from warta.dedup.stories import Story, StoryClusterer, stories_from_records

__all__ = [
    "DedupIndex",
    "DedupOptions",
    "DedupReport",
    "Deduplicator",
    "Group",
    "GroupChange",
    "MinHashSignature",
    "Story",
    "StoryClusterer",
    "StoryOptions",
    "dedup_steps",
    "default_index_path",
    "groups_from_records",
    "stories_from_records",
    "story_steps",
]
