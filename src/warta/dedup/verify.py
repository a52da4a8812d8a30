"""The second check on LSH candidates: exact shingle-set overlap decides copy or not.

Candidates share some band of the MinHash signature, which also happens for follow-up stories
that reuse a paragraph or two. Copies either overlap a lot (Jaccard) or one is a cut-down
version of the other (the smaller set is nearly contained in the larger and not much smaller).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from warta.dedup.options import DedupOptions

ShingleSet = npt.NDArray[np.uint32]


@dataclass(frozen=True, slots=True)
class Overlap:
    jaccard: float
    containment: float  # share of the smaller set found in the larger
    length_ratio: float  # smaller set size / larger set size


def shingle_set(hashes: npt.NDArray[np.uint64] | npt.NDArray[np.uint32]) -> ShingleSet:
    """Sorted unique 32-bit shingle ids (collisions are negligible at article sizes)."""
    # Sort and drop repeats by hand: np.unique costs several times more on arrays this small.
    ids = np.sort(hashes.astype(np.uint32, copy=False))
    if len(ids) < 2:
        return ids
    keep = np.empty(len(ids), dtype=bool)
    keep[0] = True
    np.not_equal(ids[1:], ids[:-1], out=keep[1:])
    return ids[keep]


def overlap(left: ShingleSet, right: ShingleSet) -> Overlap:
    if len(left) == 0 or len(right) == 0:
        return Overlap(0.0, 0.0, 0.0)
    shared = len(np.intersect1d(left, right, assume_unique=True))
    small, large = sorted((len(left), len(right)))
    return Overlap(shared / (small + large - shared), shared / small, small / large)


def is_copy(found: Overlap, options: DedupOptions) -> bool:
    if found.jaccard >= options.jaccard:
        return True
    return found.containment >= options.containment and found.length_ratio >= options.length_ratio
