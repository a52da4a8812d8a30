"""The shard-parallel half of dedup: exact key and MinHash signature per document.

Runs on workers (parallel=True) and hands its results to `Deduplicator` through the internal
annotations `_exact` (hex string) and `_minhash` (base64 of the uint32 signature).
"""

from __future__ import annotations

import base64
from collections.abc import Iterable, Iterator

import numpy as np
import numpy.typing as npt

from warta.dedup.minhash import signatures
from warta.dedup.normalize import normalize_utf8
from warta.dedup.options import DedupOptions
from warta.dedup.shingles import exact_keys, shingle_hashes_utf8
from warta.document import Document

SHINGLES_META = "dedup.shingles"
SIGNATURE_META = "dedup.signature"


def encode_signature(signature: npt.NDArray[np.uint32]) -> str:
    """A signature as base64 of its little-endian uint32s: JSON-safe and 7× smaller than a
    list of Python ints, which matters when the driver buffers a whole run."""
    return base64.b64encode(signature.astype("<u4").tobytes()).decode("ascii")


def decode_signature(value: str | list[int]) -> npt.NDArray[np.uint32]:
    if isinstance(value, list):
        return np.array(value, dtype=np.uint32)
    return np.frombuffer(base64.b64decode(value), dtype="<u4")


class MinHashSignature:
    """Adds `_exact` and `_minhash` to every kept document, in numpy batches."""

    name = "minhash"
    parallel = True

    def __init__(self, options: DedupOptions | None = None) -> None:
        self.options = options or DedupOptions()

    def run(self, docs: Iterable[Document]) -> Iterator[Document]:
        batch: list[Document] = []
        pending: list[Document] = []  # dropped/errored docs keep their place in the stream
        for doc in docs:
            pending.append(doc)
            if doc.kept:
                batch.append(doc)
            if len(batch) >= self.options.batch_size:
                self._sign(batch)
                yield from pending
                batch, pending = [], []
        self._sign(batch)
        yield from pending

    def _sign(self, batch: list[Document]) -> None:
        if not batch:
            return
        texts = [normalize_utf8(doc.text) for doc in batch]
        hashes, offsets = shingle_hashes_utf8(texts, k=self.options.shingle_size)
        sigs = signatures(hashes, offsets, num_perm=self.options.num_perm)
        # Truncated shingle ids and the signature stay in `meta` (never serialised) so that,
        # on the local path, the grouping step need not shingle or decode them again.
        ids = hashes.astype(np.uint32)
        keys = exact_keys(hashes, offsets)
        for number, (doc, key, sig) in enumerate(zip(batch, keys, sigs, strict=True)):
            doc.meta[SHINGLES_META] = ids[offsets[number] : offsets[number + 1]]
            doc.meta[SIGNATURE_META] = sig  # saves the local path decoding `_minhash` again
            doc.annotations["_exact"] = key
            doc.annotations["_minhash"] = encode_signature(sig)

    def __repr__(self) -> str:
        return f"MinHashSignature({self.options.num_perm} perms)"
