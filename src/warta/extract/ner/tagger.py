"""The NER models: a CRF over cached token features (this module) or the neural tagger
(`neural.py`); `load_tagger` loads whichever a model folder holds, once per process."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from functools import lru_cache
from pathlib import Path

import numpy as np

from warta.errors import ModelError
from warta.extract.ner.base import BioTagger, TokenSpan
from warta.extract.ner.clusters import load_clusters
from warta.extract.ner.crf import CrfWeights, FloatArray
from warta.extract.ner.features import FeatureExtractor, Gazetteer, is_lower_case
from warta.extract.ner.wordstats import WordStats, load_word_stats

__all__ = ["MODEL_DIR", "BioTagger", "NerTagger", "TokenSpan", "load_gazetteer", "load_tagger"]

MODEL_DIR = Path(__file__).resolve().parents[2] / "models" / "ner"
MODEL_FILE = "ner.npz"
NEURAL_FILE = "neural.npz"
CLUSTERS_FILE = "clusters.json"
GAZETTEER_FILE = "gazetteer.json"
STATS_FILE = "wordstats.json"
_MAX_CACHED_WORDS = 300_000


def load_gazetteer(path: str | Path) -> Gazetteer:
    """Read {"LOC": ["kota bandung", …], …} into a token-tuple → type map."""
    try:
        raw = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ModelError(f"cannot read gazetteer {path}: {exc}") from exc
    out: dict[tuple[str, ...], str] = {}
    for kind, names in raw.items():
        for name in names:
            out[tuple(name.split())] = str(kind)
    return out


@lru_cache(maxsize=1)
def shipped_gazetteer() -> Mapping[tuple[str, ...], str]:
    """The gazetteer of the shipped model (token tuple → type), read once per process."""
    return load_gazetteer(MODEL_DIR / "gazetteer.json")


def load_optional_stats(model_dir: Path) -> WordStats | None:
    """Word statistics of a model folder; older models have none."""
    path = model_dir / STATS_FILE
    return load_word_stats(path) if path.is_file() else None


class NerTagger(BioTagger):
    """CRF tagger for PER / ORG / LOC over pre-tokenised sentences."""

    def __init__(self, model_dir: str | Path = MODEL_DIR) -> None:
        model_dir = Path(model_dir)
        model_path = model_dir / MODEL_FILE
        if not model_path.is_file():
            raise ModelError(f"NER model not found: {model_path} (run scripts/train_ner.py)")
        self.weights = CrfWeights.load(model_path)
        self.features = FeatureExtractor(
            clusters=load_clusters(model_dir / CLUSTERS_FILE),
            gazetteer=load_gazetteer(model_dir / GAZETTEER_FILE),
            stats=load_optional_stats(model_dir),
        )
        # Row per word form of the summed weights of its own features and of what it adds
        # to the tokens 2 before, 1 before, 1 after and 2 after it: (rows, 5, labels).
        self._rows: dict[str, int] = {}
        self._table: FloatArray = np.zeros((1024, 5, len(self.weights.labels)), np.float32)

    def _row(self, word: str, lower_case_text: bool) -> int:
        key = ("\x00" + word) if lower_case_text else word
        row = self._rows.get(key)
        if row is None:
            if len(self._rows) >= _MAX_CACHED_WORDS:
                self._rows.clear()  # a long-running worker on open-ended text: start over
            row = len(self._rows)
            if row >= len(self._table):
                grown = np.zeros((2 * len(self._table), *self._table.shape[1:]), np.float32)
                grown[:row] = self._table[:row]
                self._table = grown
            own, context = self.features.describe_word(word, lower_case_text=lower_case_text)
            # context[0] is what the word adds two tokens later (it is then at offset -2).
            self._table[row] = self.weights.score_groups([own, *context])
            self._rows[key] = row
        return row

    def _emissions(self, sentences: Sequence[Sequence[str]]) -> tuple[FloatArray, list[int]]:
        """Per-token label scores of all sentences, concatenated, and the sentence lengths."""
        lengths = [len(s) for s in sentences]
        words = [w for s in sentences for w in s]
        rows = [self._row(w, lower) for s in sentences for lower in [is_lower_case(s)] for w in s]
        vectors = self._table[rows]
        position = np.concatenate([np.arange(n) for n in lengths]) if words else np.zeros(0)
        remaining = np.concatenate([np.arange(n)[::-1] for n in lengths]) if words else position
        out: FloatArray = vectors[:, 0].copy()
        # Neighbour contributions never cross a sentence boundary.
        out[2:] += vectors[:-2, 1] * (position[2:] >= 2)[:, None]
        out[1:] += vectors[:-1, 2] * (position[1:] >= 1)[:, None]
        out[:-1] += vectors[1:, 3] * (remaining[:-1] >= 1)[:, None]
        out[:-2] += vectors[2:, 4] * (remaining[:-2] >= 2)[:, None]
        index = self.weights.index
        positions: list[int] = []
        feature_rows: list[int] = []
        base = 0
        for tokens in sentences:
            for i, feats in enumerate(self.features.sentence_level(tokens)):
                for feat in feats:
                    row = index.get(feat)
                    if row is not None:
                        positions.append(base + i)
                        feature_rows.append(row)
            base += len(tokens)
        if feature_rows:
            np.add.at(out, positions, self.weights.state[feature_rows])
        return out, lengths

    @property
    def gazetteer(self) -> Mapping[tuple[str, ...], str]:
        return self.features.gazetteer

    def emissions(self, tokens: Sequence[str]) -> FloatArray:
        """Per-token label scores of a sentence: (tokens, labels)."""
        return self._emissions([tokens])[0]

    def tag_many(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        """BIO labels for several sentences (a document): faster than one by one."""
        if not sentences:
            return []
        flat, lengths = self._emissions(sentences)
        return self.weights.decode_batch(flat, lengths)


@lru_cache(maxsize=4)
def load_tagger(model_dir: str = str(MODEL_DIR)) -> BioTagger:
    """The tagger of `model_dir`, loaded once per process (workers share nothing): the
    neural one when the folder has it, else the CRF."""
    neural = Path(model_dir) / NEURAL_FILE
    if neural.is_file():
        from warta.extract.ner.neural import NeuralTagger

        return NeuralTagger(neural)
    return NerTagger(model_dir)
