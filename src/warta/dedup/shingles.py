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
_S33 = np.uint64(33)
_C1 = np.uint64(0xFF51AFD7ED558CCD)
_C2 = np.uint64(0xC4CEB9FE1A85EC53)


def _fmix(values: U64) -> U64:
    # murmur3's finaliser: spreads the polynomial hash over all 64 bits. Works in place
    # (callers pass arrays they own) so only one shift buffer is allocated.
    shifted = np.empty_like(values)
    with np.errstate(over="ignore"):
        np.right_shift(values, _S33, out=shifted)
        values ^= shifted
        values *= _C1
        np.right_shift(values, _S33, out=shifted)
        values ^= shifted
        values *= _C2
        np.right_shift(values, _S33, out=shifted)
        values ^= shifted
    return values


def shingle_hashes(texts: list[str], *, k: int = 5) -> tuple[U64, npt.NDArray[np.int64]]:
    """Hash the k-word shingles of already normalised texts.

    Returns (hashes, offsets): the shingles of text i are hashes[offsets[i]:offsets[i + 1]]
    (with repeats; callers that need sets take `np.unique`).
    """
    return shingle_hashes_utf8([text.encode("utf-8") for text in texts], k=k)


def shingle_hashes_utf8(texts: list[bytes], *, k: int = 5) -> tuple[U64, npt.NDArray[np.int64]]:
    """`shingle_hashes` of texts already normalised and encoded (see `normalize_utf8`)."""
    if not 1 <= k <= len(_MIX):
        raise ValueError(f"shingle size must be 1..{len(_MIX)}, got {k}")
    n_texts = len(texts)
    # "\n" separates paragraphs and "\x00" separates documents; both end words.
    blob = b"\x00".join(texts) + b"\x00"
    data = np.frombuffer(blob, dtype=np.uint8)
    size = len(data)
    _POWERS.ensure(size + 1)
    is_para = data == 10
    is_doc = data == 0
    is_sep = (data == 32) | is_para | is_doc
    # Word spans: a word starts after a separator and ends at the next separator.
    edges = np.flatnonzero(is_sep[1:] != is_sep[:-1]) + 1  # every word start and end
    first_is_word = not is_sep[0]
    if first_is_word:
        edges = np.concatenate([np.zeros(1, dtype=edges.dtype), edges])
    starts = edges[0::2]
    ends = edges[1::2]  # the blob ends with "\x00", so every word has an end
    n_words = len(starts)
    if n_words == 0:
        return np.zeros(0, dtype=np.uint64), np.zeros(n_texts + 1, dtype=np.int64)
    with np.errstate(over="ignore"):
        # Polynomial hash of each word from prefix sums of byte * P^-i (mod 2**64); the
        # multiply widens the bytes itself and cumsum writes in place: no uint64 temporaries.
        prefix = np.empty(size + 1, dtype=np.uint64)
        prefix[0] = 0
        np.multiply(data, _POWERS.inverse[:size], out=prefix[1:], dtype=np.uint64)
        np.cumsum(prefix[1:], out=prefix[1:])
        words = prefix[ends]
        words -= prefix[starts]
        words *= _POWERS.forward[ends - 1]
        words ^= (ends - starts).astype(np.uint64)
    # Word hashes followed by k zeros, so every window below can be a plain slice.
    padded = np.zeros(n_words + k, dtype=np.uint64)
    padded[:n_words] = _fmix(words)
    words = padded[:n_words]
    # Paragraph and document breaks are few: find the first word after each one instead of
    # locating every word among the breaks.
    breaks = np.flatnonzero(is_para | is_doc)
    doc_breaks = np.flatnonzero(is_doc)
    para_start = np.zeros(n_words + 1, dtype=bool)
    para_start[np.searchsorted(starts, breaks)] = True
    para_start[0] = True
    para_start = para_start[:n_words]
    # A window starting at word i is a shingle when its k words share one paragraph, or when
    # word i opens a paragraph shorter than k (then the window is cut at the paragraph's end).
    para_first = np.flatnonzero(para_start)
    para_size = np.diff(np.append(para_first, n_words))
    last_of_para = np.repeat(para_first + para_size - 1, para_size)
    is_shingle = np.arange(k - 1, n_words + k - 1) <= last_of_para
    short_para = para_size < k
    short = para_first[short_para]
    is_shingle[short] = True
    keep = np.flatnonzero(is_shingle)
    with np.errstate(over="ignore"):
        # The window sum at every word from contiguous slices (cheaper than gathering per
        # shingle), then kept where a shingle starts.
        window = words * _MIX[0]
        term = np.empty_like(window)
        for t in range(1, k):
            np.multiply(padded[t : t + n_words], _MIX[t], out=term)
            window += term
        combined = window[keep]
        if len(short):
            # Short paragraphs: only the words inside the paragraph count.
            cut = np.zeros(len(short), dtype=np.uint64)
            sizes = para_size[short_para]
            for t in range(k - 1):
                inside = t < sizes
                cut += np.where(inside, padded[short + t] * _MIX[t], 0)
            combined[np.searchsorted(keep, short)] = cut
    hashes = _fmix(combined)
    # Words before each document's end, then shingles before that word: the offsets.
    doc_words = np.searchsorted(starts, doc_breaks)
    offsets = np.zeros(n_texts + 1, dtype=np.int64)
    offsets[1:] = np.searchsorted(keep, doc_words)
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
