"""The numpy CRF decoder gives exactly CRFsuite's labels, and the model file round-trips."""

from __future__ import annotations

import random
from pathlib import Path

import numpy as np
import pytest

from warta.errors import ModelError
from warta.extract.ner.crf import CrfWeights
from warta.extract.ner.features import word_shape


def _toy_model(tmp_path: Path) -> tuple[Path, list[list[list[str]]]]:
    pycrfsuite = pytest.importorskip("pycrfsuite", reason="python-crfsuite is a training extra")
    rng = random.Random(3)
    names = ["putin", "biden", "macron"]
    places = ["kyiv", "moskow", "jakarta"]
    filler = ["dan", "di", "kata", "ke", "itu", "yang"]
    trainer = pycrfsuite.Trainer(verbose=False)
    seqs: list[list[list[str]]] = []
    for _ in range(200):
        words, labels = [], []
        for _ in range(rng.randint(2, 9)):
            pick = rng.random()
            if pick < 0.25:
                words.append(rng.choice(names))
                labels.append("B-PER")
            elif pick < 0.45:
                words.append(rng.choice(places))
                labels.append("B-LOC")
            else:
                words.append(rng.choice(filler))
                labels.append("O")
        feats = [[f"w={w}", f"prev={words[i - 1] if i else '^'}"] for i, w in enumerate(words)]
        trainer.append(feats, labels)
        seqs.append(feats)
    path = tmp_path / "toy.crfsuite"
    trainer.set_params({"max_iterations": 30})
    trainer.train(str(path))
    return path, seqs


def test_numpy_decoding_matches_crfsuite(tmp_path: Path) -> None:
    import pycrfsuite

    path, seqs = _toy_model(tmp_path)
    weights = CrfWeights.from_crfsuite(path)
    weights.save(tmp_path / "toy.npz")
    loaded = CrfWeights.load(tmp_path / "toy.npz")
    reference = pycrfsuite.Tagger()
    reference.open(str(path))
    flat = np.concatenate([loaded.score_groups(seq) for seq in seqs])
    ours = loaded.decode_batch(flat, [len(s) for s in seqs])
    assert ours == [reference.tag(seq) for seq in seqs]


def test_unreadable_model_is_a_model_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.npz"
    bad.write_bytes(b"not a model")
    with pytest.raises(ModelError):
        CrfWeights.load(bad)


def test_batched_decoding_finds_the_best_path_of_each_sentence_in_any_order() -> None:
    """Against brute force: every label path of every sentence scored in full."""
    import itertools

    rng = np.random.default_rng(7)
    labels = ["A", "B", "C"]
    transitions = rng.normal(size=(3, 3)).astype(np.float32)
    weights = CrfWeights(labels, {}, np.zeros((0, 3), np.float32), transitions)
    lengths = [3, 0, 5, 1, 4, 5, 2]  # unsorted, with an empty and a one-token sentence
    flat = rng.normal(size=(sum(lengths), 3)).astype(np.float32)
    got = weights.decode_batch(flat, lengths)
    start = 0
    for length, path in zip(lengths, got, strict=True):
        scores = flat[start : start + length]
        start += length
        if not length:
            assert path == []
            continue

        def total(seq: tuple[int, ...], scores: np.ndarray = scores) -> float:
            steps = sum(float(transitions[a, b]) for a, b in itertools.pairwise(seq))
            return steps + sum(float(scores[t, j]) for t, j in enumerate(seq))

        best = max(itertools.product(range(3), repeat=length), key=total)
        assert path == [labels[j] for j in best]


@pytest.mark.parametrize(
    ("word", "shape"),
    [
        ("Putin", "Aa"),
        ("COVID-19", "A-0"),
        ("kpk", "a"),
        ("aBBc1", "aAa0"),
        ("McDonald's", "AaAa'a"),
        ("2,5", "0,0"),
        ("Ab-Cd-Ef", "Aa-Aa-"),  # six marks at most
        ("Écija", "Aa"),  # letters outside ASCII count by their case
        ("ÉA", "AA"),
        ("Žižek", "Aaaa"),
        ("١٢", "0"),  # any decimal digits
    ],
)
def test_word_shape_marks_runs_of_character_classes(word: str, shape: str) -> None:
    assert word_shape(word) == shape
