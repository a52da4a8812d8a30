"""MinHash signatures by one-permutation hashing, computed for a batch of documents in numpy.

Each shingle hash goes to one of `num_perm` bins (top bits) and each bin keeps its minimum
(low bits): one hash per shingle instead of `num_perm`, which is what makes it fast. Empty bins
are filled by rotation densification (Shrivastava & Li, 2014), so two sets still agree on a bin
with probability close to their Jaccard similarity. LSH band keys are computed here too.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from warta.errors import ConfigError

U32 = npt.NDArray[np.uint32]
U64 = npt.NDArray[np.uint64]
_EMPTY = np.uint64(0xFFFFFFFF)
# Offset added per densification hop so a borrowed value differs from the lender's own.
_HOP = np.uint64(0x9E3779B1)


def signatures(hashes: U64, offsets: npt.NDArray[np.int64], *, num_perm: int = 128) -> U32:
    """One signature row (uint32 × num_perm) per document; an empty document gets all-max."""
    if num_perm <= 0 or num_perm & (num_perm - 1):
        raise ConfigError(f"num_perm must be a power of two, got {num_perm}")
    n_docs = len(offsets) - 1
    bits = num_perm.bit_length() - 1
    doc = np.repeat(np.arange(n_docs, dtype=np.uint64), np.diff(offsets))
    bins = hashes >> np.uint64(64 - bits) if bits else np.zeros_like(hashes)
    values = hashes & np.uint64(0xFFFFFFFE)  # 0xFFFFFFFF stays free to mean "empty"
    slot = doc * np.uint64(num_perm) + bins
    flat = np.full(n_docs * num_perm, _EMPTY, dtype=np.uint64)
    np.minimum.at(flat, slot.astype(np.intp), values)
    sig = flat.reshape(n_docs, num_perm)
    empty = sig == _EMPTY
    if empty.any():
        filled = ~empty.all(axis=1)  # a document with no shingles keeps an all-empty row
        todo = empty & filled[:, None]
        hop = 1
        while todo.any() and hop < num_perm:
            lender = np.roll(sig, -hop, axis=1)
            take = todo & (lender != _EMPTY)
            with np.errstate(over="ignore"):
                sig = np.where(take, (lender + _HOP * np.uint64(hop)) & np.uint64(0xFFFFFFFE), sig)
            todo &= ~take
            hop += 1
    return sig.astype(np.uint32)


def band_keys(sigs: U32, *, bands: int, rows: int) -> U64:
    """One 64-bit key per (document, band): documents sharing any key are LSH candidates."""
    if bands * rows > sigs.shape[1]:
        raise ConfigError(f"{bands} bands × {rows} rows exceed {sigs.shape[1]} permutations")
    keys = np.zeros((sigs.shape[0], bands), dtype=np.uint64)
    with np.errstate(over="ignore"):
        for r in range(rows):
            column = sigs[:, r : bands * rows : rows].astype(np.uint64)
            keys = (keys * np.uint64(0x100000001B3)) ^ (column * np.uint64(0x9E3779B97F4A7C15))
        # The band number is mixed in so equal values in different bands do not collide.
        keys ^= np.arange(bands, dtype=np.uint64) * np.uint64(0xBF58476D1CE4E5B9)
    return keys


def candidate_pairs(keys: U64, *, max_bucket: int = 200) -> npt.NDArray[np.int64]:
    """Pairs (i, j), i < j, of rows that share a band key; each pair once.

    Huge buckets (boilerplate-only documents) would add quadratically many pairs: past
    `max_bucket` members, a bucket only links each member to the bucket's first member.
    """
    n_docs, n_bands = keys.shape
    flat = keys.ravel()
    rows = np.repeat(np.arange(n_docs, dtype=np.int64), n_bands)
    order = np.argsort(flat, kind="stable")
    sorted_keys = flat[order]
    sorted_rows = rows[order]
    boundary = np.flatnonzero(np.diff(sorted_keys)) + 1
    starts = np.concatenate([[0], boundary])
    ends = np.concatenate([boundary, [len(flat)]])
    sizes = ends - starts
    # Pairs (position, position + gap) inside one bucket, for every gap at once per step:
    # no Python loop over buckets, which number in the tens of thousands. Only positions in
    # buckets with a partner take part, and each step drops those whose bucket has ended.
    small = (sizes >= 2) & (sizes <= max_bucket)
    positions = np.flatnonzero(np.repeat(small, sizes))
    end_of = np.repeat(ends, sizes)[positions]
    pairs: list[npt.NDArray[np.int64]] = []
    gap = 1
    while len(positions):
        inside = positions + gap < end_of
        positions, end_of = positions[inside], end_of[inside]
        if len(positions):
            pairs.append(np.stack([sorted_rows[positions], sorted_rows[positions + gap]], axis=1))
        gap += 1
    for start in starts[sizes > max_bucket]:
        # Huge buckets only link each member to the first one: same components, linear size.
        members = sorted_rows[start : start + sizes[starts == start][0]]
        pairs.append(np.stack([np.full(len(members) - 1, members[0]), members[1:]], axis=1))
    if not pairs:
        return np.zeros((0, 2), dtype=np.int64)
    found = np.sort(np.concatenate(pairs), axis=1)
    found = found[found[:, 0] != found[:, 1]]
    if len(found) == 0:
        return np.zeros((0, 2), dtype=np.int64)
    # Unique pairs through one int64 code per pair (ordered as the pairs): np.unique with
    # axis=0 is several times slower.
    codes = np.unique(found[:, 0] * np.int64(n_docs) + found[:, 1])
    return np.stack([codes // n_docs, codes % n_docs], axis=1)
