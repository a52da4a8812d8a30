"""The linear-chain CRF at run time: weights in a small .npz, Viterbi decoding in numpy.

Training uses CRFsuite; its model is converted to this form so that tagging needs only numpy
and can sum each word's feature weights once (features of a word form never change).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from numpy.typing import NDArray

from warta.errors import ModelError

__all__ = ["CrfWeights"]

FloatArray = NDArray[np.float32]


@dataclass(slots=True)
class CrfWeights:
    """Labels, one weight row per feature string, and label-to-label transition weights."""

    labels: list[str]
    index: dict[str, int]
    state: FloatArray  # (features, labels)
    transitions: FloatArray  # (labels, labels): from → to
    _padded: FloatArray = field(init=False, repr=False)

    def __post_init__(self) -> None:
        zero = np.zeros((1, len(self.labels)), dtype=np.float32)
        self._padded = np.concatenate([self.state, zero])

    @classmethod
    def from_crfsuite(cls, path: str | Path) -> CrfWeights:
        """Read a model written by CRFsuite (training-time dependency only)."""
        import pycrfsuite

        tagger = pycrfsuite.Tagger()
        tagger.open(str(path))
        info = tagger.info()
        labels = list(tagger.labels())
        col = {label: i for i, label in enumerate(labels)}
        index: dict[str, int] = {}
        for attr, _ in info.state_features:
            index.setdefault(attr, len(index))
        state = np.zeros((len(index), len(labels)), dtype=np.float32)
        for (attr, label), weight in info.state_features.items():
            state[index[attr], col[label]] = weight
        transitions = np.zeros((len(labels), len(labels)), dtype=np.float32)
        for (src, dst), weight in info.transitions.items():
            transitions[col[src], col[dst]] = weight
        return cls(labels, index, state, transitions)

    def save(self, path: str | Path) -> None:
        names = sorted(self.index, key=self.index.__getitem__)
        np.savez_compressed(
            path,
            labels=np.array(self.labels),
            features=np.array(names),
            state=self.state,
            transitions=self.transitions,
        )

    @classmethod
    def load(cls, path: str | Path) -> CrfWeights:
        try:
            with np.load(path, allow_pickle=False) as data:
                labels = [str(x) for x in data["labels"]]
                names = [str(x) for x in data["features"]]
                state = data["state"].astype(np.float32)
                transitions = data["transitions"].astype(np.float32)
        except (OSError, KeyError, ValueError) as exc:
            raise ModelError(f"cannot read NER model {path}: {exc}") from exc
        if state.shape != (len(names), len(labels)) or transitions.shape != (
            len(labels),
            len(labels),
        ):
            raise ModelError(f"NER model {path} has inconsistent shapes")
        return cls(labels, {n: i for i, n in enumerate(names)}, state, transitions)

    def score_groups(self, groups: Sequence[Iterable[str]]) -> FloatArray:
        """`score` of each feature group at once: (groups, labels)."""
        index = self.index
        sentinel = len(self.state)  # a zero row opens every group, so none is empty
        rows: list[int] = []
        starts: list[int] = []
        for group in groups:
            starts.append(len(rows))
            rows.append(sentinel)
            rows.extend(index[f] for f in group if f in index)
        result: FloatArray = np.add.reduceat(self._padded[rows], starts, axis=0)
        return result

    def decode_batch(self, flat: FloatArray, lengths: Sequence[int]) -> list[list[str]]:
        """`decode` for several sentences at once: `flat` is their (tokens, labels) scores
        concatenated; one numpy step per position, not per sentence and position. Sentences
        are taken longest first, so those still running at a position are a prefix of the
        batch and each step is a few operations on contiguous rows."""
        if not len(lengths):
            return []
        n_labels = len(self.labels)
        sizes = np.asarray(lengths)
        longest = max(int(sizes.max()), 1)
        count = len(sizes)
        order = np.argsort(-sizes, kind="stable")
        sorted_sizes = sizes[order]
        starts = (np.cumsum(sizes) - sizes)[order]
        batch = np.zeros((count, longest, n_labels), dtype=np.float32)
        sent = np.repeat(np.arange(count), sorted_sizes)
        pos = np.arange(len(sent)) - np.repeat(np.cumsum(sorted_sizes) - sorted_sizes, sorted_sizes)
        batch[sent, pos] = flat[np.repeat(starts, sorted_sizes) + pos]
        back = np.zeros((count, longest, n_labels), dtype=np.intp)
        score = batch[:, 0].copy()
        trans = self.transitions[None]
        actives = (sorted_sizes[None, :] > np.arange(longest)[:, None]).sum(axis=1).tolist()
        for t in range(1, longest):
            active = actives[t]
            cand = score[:active, :, None] + trans
            back[:active, t] = cand.argmax(axis=1)
            best = cand.max(axis=1)
            best += batch[:active, t]
            score[:active] = best
        last = score.argmax(axis=1).tolist()
        back_list = back.tolist()
        labels = self.labels
        out: list[list[str]] = [[] for _ in range(count)]
        for b, length in enumerate(sorted_sizes.tolist()):
            if length == 0:
                continue
            path = [last[b]]
            rows = back_list[b]
            for t in range(length - 1, 0, -1):
                path.append(rows[t][path[-1]])
            out[int(order[b])] = [labels[i] for i in reversed(path)]
        return out
