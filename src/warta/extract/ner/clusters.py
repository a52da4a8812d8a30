"""Word clusters from unlabeled text: k-means over SVD-reduced PPMI context vectors.

A classic help for linear taggers: words that appear in similar contexts (surnames, towns,
ministries) share a cluster id, so the tagger generalises to names it never saw labelled.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

import numpy as np
from numpy.typing import NDArray

from warta.errors import ModelError

__all__ = [
    "build_clusters",
    "clusters_of",
    "load_clusters",
    "save_clusters",
    "word_vectors",
]

Clusters = dict[str, tuple[int, ...]]


def _kmeans(
    points: NDArray[np.float32], k: int, *, seed: int, iterations: int = 15
) -> NDArray[np.int32]:
    rng = np.random.default_rng(seed)
    centres = points[rng.choice(len(points), size=k, replace=False)].copy()
    assign = np.zeros(len(points), dtype=np.int32)
    for _ in range(iterations):
        # Points are unit-length, so the nearest centre is the one with the largest dot product.
        assign = np.argmax(points @ centres.T, axis=1).astype(np.int32)
        for c in range(k):
            members = points[assign == c]
            if len(members):
                centre = members.sum(axis=0)
                centres[c] = centre / (np.linalg.norm(centre) + 1e-9)
            else:
                centres[c] = points[rng.integers(len(points))]
    return assign


def build_clusters(
    sentences: Iterable[list[str]],
    *,
    sizes: tuple[int, ...] = (64, 256, 1024),
    min_count: int = 3,
    max_vocab: int = 60000,
    contexts: int = 2000,
    dims: int = 100,
    seed: int = 13,
) -> Clusters:
    """Map each frequent lower-cased word to one cluster id per size in `sizes`."""
    vocab, vectors = word_vectors(
        sentences, min_count=min_count, max_vocab=max_vocab, contexts=contexts, dims=dims, seed=seed
    )
    return clusters_of(vocab, vectors, sizes=sizes, seed=seed)


def clusters_of(
    vocab: list[str], vectors: NDArray[np.float32], *, sizes: tuple[int, ...], seed: int = 13
) -> Clusters:
    """k-means cluster ids of each word, one per size in `sizes`."""
    assignments = [_kmeans(vectors, k, seed=seed + k) for k in sizes]
    return {w: tuple(int(a[i]) for a in assignments) for i, w in enumerate(vocab)}


def word_vectors(
    sentences: Iterable[list[str]],
    *,
    min_count: int = 3,
    max_vocab: int = 60000,
    contexts: int = 2000,
    dims: int = 100,
    window: int = 1,
    seed: int = 13,
) -> tuple[list[str], NDArray[np.float32]]:
    """Unit-length PPMI-SVD vectors of frequent lower-cased words.

    Contexts are the words at each offset up to `window` either side, kept apart by offset
    (so the vectors stay syntactic: what precedes a name differs from what follows it).
    """
    from scipy.sparse import coo_matrix
    from scipy.sparse.linalg import svds

    corpus = [[w.lower() for w in sent] for sent in sentences]
    counts = Counter(w for sent in corpus for w in sent)
    vocab = [w for w, c in counts.most_common(max_vocab) if c >= min_count]
    index = {w: i for i, w in enumerate(vocab)}
    ctx_index = {w: i for i, w in enumerate(vocab[:contexts])}
    offsets = [o for o in range(-window, window + 1) if o]
    rows: list[int] = []
    cols: list[int] = []
    for sent in corpus:
        padded = ["<s>"] * window + sent + ["</s>"] * window
        for pos in range(window, len(padded) - window):
            row = index.get(padded[pos])
            if row is None:
                continue
            for block, off in enumerate(offsets):
                rows.append(row)
                cols.append(block * (contexts + 1) + ctx_index.get(padded[pos + off], contexts))
    data = np.ones(len(rows), dtype=np.float64)
    shape = (len(vocab), len(offsets) * (contexts + 1))
    matrix = coo_matrix((data, (rows, cols)), shape=shape).tocsr()
    matrix.sum_duplicates()
    total = matrix.sum()
    row_sum = np.asarray(matrix.sum(axis=1)).ravel()
    col_sum = np.asarray(matrix.sum(axis=0)).ravel() ** 0.75
    col_sum = col_sum / col_sum.sum() * total
    coo = matrix.tocoo()
    pmi = np.log(coo.data * total / (row_sum[coo.row] * col_sum[coo.col] + 1e-9) + 1e-12)
    keep = pmi > 0
    ppmi = coo_matrix((pmi[keep], (coo.row[keep], coo.col[keep])), shape=matrix.shape).tocsr()
    u, s, _ = svds(ppmi, k=dims, random_state=seed)
    vectors = (u * np.sqrt(s)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True) + 1e-9
    return vocab, vectors


def save_clusters(clusters: Clusters, path: str | Path) -> None:
    """Write clusters as compact JSON: {word: [id per size]}."""
    Path(path).write_text(
        json.dumps({w: list(ids) for w, ids in clusters.items()}, ensure_ascii=False),
        encoding="utf-8",
    )


def load_clusters(path: str | Path) -> Clusters:
    """Read clusters written by `save_clusters`."""
    try:
        raw = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ModelError(f"cannot read word clusters {path}: {exc}") from exc
    return {str(w): tuple(int(i) for i in ids) for w, ids in raw.items()}
