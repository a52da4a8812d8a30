"""Vectorised word-shingle hashing for many documents at once.

Words are hashed with a polynomial rolling hash computed by numpy over the UTF-8 bytes of a
whole batch (prefix sums with a modular inverse), so no Python code runs per word or per shingle.
Shingles are k consecutive words inside one paragraph; a paragraph shorter than k words counts
as one shingle. The hashes are stable across processes and machines (no Python `hash`).
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

U64 = npt.NDArray[np.uint64]

_P = np.uint64(0x100000001B3)  # odd, so invertible modulo 2**64
_P_INV = np.uint64(pow(0x100000001B3, -1, 2**64))
# Odd multipliers for the word positions inside a shingle (splitmix64 constants).
_MIX = np.array(
    [
        0x9E3779B97F4A7C15,
        0xBF58476D1CE4E5B9,
        0x94D049BB133111EB,
        0xD6E8FEB86659FD93,
        0xA0761D6478BD642F,
        0xE7037ED1A0B428DB,
        0x8EBC6AF09C88C6E3,
        0x589965CC75374CC3,
    ],
    dtype=np.uint64,
)


class _Powers:
    """Cached powers of P and P^-1 modulo 2**64, grown on demand."""

    def __init__(self) -> None:
        self.forward: U64 = np.ones(1, dtype=np.uint64)
        self.inverse: U64 = np.ones(1, dtype=np.uint64)

    def ensure(self, size: int) -> None:
        if len(self.forward) >= size:
            return
        size = max(size, 2 * len(self.forward))
        with np.errstate(over="ignore"):
            self.forward = np.cumprod(np.full(size, _P, dtype=np.uint64), dtype=np.uint64)
            self.forward = np.concatenate([np.ones(1, dtype=np.uint64), self.forward[:-1]])
            inv = np.cumprod(np.full(size, _P_INV, dtype=np.uint64), dtype=np.uint64)
            self.inverse = np.concatenate([np.ones(1, dtype=np.uint64), inv[:-1]])


_POWERS = _Powers()


def _fmix(values: U64) -> U64:
    # murmur3's finaliser: spreads the polynomial hash over all 64 bits.
    with np.errstate(over="ignore"):
        values = values ^ (values >> np.uint64(33))
        values = values * np.uint64(0xFF51AFD7ED558CCD)
        values = values ^ (values >> np.uint64(33))
        values = values * np.uint64(0xC4CEB9FE1A85EC53)
        return values ^ (values >> np.uint64(33))


def shingle_hashes(texts: list[str], *, k: int = 5) -> tuple[U64, npt.NDArray[np.int64]]:
    """Hash the k-word shingles of already normalised texts.

    Returns (hashes, offsets): the shingles of text i are hashes[offsets[i]:offsets[i + 1]]
    (with repeats; callers that need sets take `np.unique`).
    """
    if not 1 <= k <= len(_MIX):
        raise ValueError(f"shingle size must be 1..{len(_MIX)}, got {k}")
    n_texts = len(texts)
    # "\n" separates paragraphs and "\x00" separates documents; both end words.
    blob = "\x00".join(texts).encode("utf-8") + b"\x00"
    data = np.frombuffer(blob, dtype=np.uint8)
    size = len(data)
    _POWERS.ensure(size + 1)
    is_space = data == 32
    is_para = data == 10
    is_doc = data == 0
    is_sep = is_space | is_para | is_doc
    # Word spans: a word starts after a separator and ends at the next separator.
    prev_sep = np.concatenate([[True], is_sep[:-1]])
    starts = np.flatnonzero(~is_sep & prev_sep)
    next_sep = np.concatenate([is_sep[1:], [True]])
    ends = np.flatnonzero(~is_sep & next_sep) + 1
    # Document and paragraph number of each word: count the breaks before its first byte.
    word_doc = np.searchsorted(np.flatnonzero(is_doc), starts)
    word_para = np.searchsorted(np.flatnonzero(is_para | is_doc), starts)
    with np.errstate(over="ignore"):
        scaled = data.astype(np.uint64) * _POWERS.inverse[:size]
        prefix = np.concatenate([np.zeros(1, dtype=np.uint64), np.cumsum(scaled, dtype=np.uint64)])
        words = (prefix[ends] - prefix[starts]) * _POWERS.forward[ends - 1]
    words = _fmix(words ^ (ends - starts).astype(np.uint64))
    n_words = len(words)
    if n_words == 0:
        return np.zeros(0, dtype=np.uint64), np.zeros(n_texts + 1, dtype=np.int64)
    # A window starting at word i is a shingle when its k words share one paragraph, or when
    # word i opens a paragraph shorter than k (then the window is cut at the paragraph's end).
    para_start = np.concatenate([[True], word_para[1:] != word_para[:-1]])
    para_first = np.flatnonzero(para_start)
    para_size = np.diff(np.concatenate([para_first, [n_words]]))
    last_of_para = np.repeat(para_first + para_size - 1, para_size)
    full = np.flatnonzero(np.arange(n_words) + (k - 1) <= last_of_para)
    short = para_first[para_size < k]
    combined = np.zeros(len(full), dtype=np.uint64)
    with np.errstate(over="ignore"):
        for t in range(k):
            combined += words[full + t] * _MIX[t]
        cut = np.zeros(len(short), dtype=np.uint64)
        for t in range(k - 1):
            inside = t < para_size[para_size < k]
            cut += np.where(inside, words[np.minimum(short + t, n_words - 1)] * _MIX[t], 0)
    order = np.argsort(np.concatenate([full, short]), kind="stable")
    combined = np.concatenate([combined, cut])[order]
    keep = np.concatenate([full, short])[order]
    hashes = _fmix(combined)
    counts = np.bincount(word_doc[keep], minlength=n_texts)
    offsets = np.concatenate([[0], np.cumsum(counts)]).astype(np.int64)
    return hashes, offsets


def exact_keys(hashes: U64, offsets: npt.NDArray[np.int64]) -> list[str]:
    """Per text, a 128-bit key of its shingle multiset: equal keys mean the same words in the
    same paragraphs, whatever the layout, case or punctuation (and paragraph order)."""
    counts = np.diff(offsets)
    keys: list[str] = []
    if len(hashes) == 0:
        return ["" for _ in counts]
    starts = np.minimum(offsets[:-1], len(hashes) - 1)
    with np.errstate(over="ignore"):
        first = np.add.reduceat(hashes, starts, dtype=np.uint64)
        second = np.add.reduceat(
            _fmix(hashes ^ np.uint64(0x5851F42D4C957F2D)), starts, dtype=np.uint64
        )
    for count, low, high in zip(counts.tolist(), first.tolist(), second.tolist(), strict=True):
        keys.append(f"{low:016x}{high:016x}" if count else "")
    return keys
