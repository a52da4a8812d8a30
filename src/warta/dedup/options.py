"""Options of the dedup and story stages (one dataclass each, frozen, keyword-only)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from warta.errors import ConfigError


@dataclass(frozen=True, slots=True, kw_only=True)
class DedupOptions:
    """How near-duplicates are found and which copy is canonical.

    Candidates come from LSH over MinHash signatures (`bands` × `rows` ≤ `num_perm`; with
    42 × 3 a pair of Jaccard 0.5 becomes a candidate 99.6% of the time; thresholds
    were set on the IndoSum dev set of benchmarks/build_dedup_devset.py). Each candidate pair is
    then checked on its exact shingle sets: it is a copy when the Jaccard similarity reaches
    `jaccard`, or when the smaller text is contained in the larger (`containment`) and is not
    much shorter (`length_ratio`) — a follow-up that reuses a paragraph or two fails both.
    """

    shingle_size: int = 5
    num_perm: int = 128
    bands: int = 42
    rows: int = 3
    jaccard: float = 0.5
    containment: float = 0.7
    length_ratio: float = 0.45
    batch_size: int = 256
    drop_duplicates: bool = False
    # Earlier in this tuple = preferred as canonical when published dates tie.
    source_priority: tuple[str, ...] = ()
    index_path: Path | None = None

    def __post_init__(self) -> None:
        if self.bands * self.rows > self.num_perm:
            raise ConfigError(
                f"bands × rows ({self.bands} × {self.rows}) must not exceed num_perm "
                f"({self.num_perm})"
            )
        for name in ("jaccard", "containment", "length_ratio"):
            value = getattr(self, name)
            if not 0.0 < value <= 1.0:
                raise ConfigError(f"{name} must be in (0, 1], got {value}")
        if self.shingle_size < 1 or self.batch_size < 1:
            raise ConfigError("shingle_size and batch_size must be positive")


@dataclass(frozen=True, slots=True, kw_only=True)
class StoryOptions:
    """How articles about one developing event are clustered into stories.

    An article joins the most similar story active within `window_days` of its date when the
    cosine similarity of their TF-IDF term vectors (entities weighted `entity_weight` times a
    term) reaches `threshold`; otherwise it starts a story.
    """

    window_days: float = 3.0
    threshold: float = 0.2
    entity_weight: float = 3.0
    max_terms: int = 60
    label_terms: int = 4
    min_term_length: int = 3
    index_path: Path | None = None

    def __post_init__(self) -> None:
        if self.window_days <= 0:
            raise ConfigError(f"window_days must be positive, got {self.window_days}")
        if not 0.0 < self.threshold <= 1.0:
            raise ConfigError(f"threshold must be in (0, 1], got {self.threshold}")
