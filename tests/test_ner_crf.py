"""The numpy CRF decoder gives exactly CRFsuite's labels, and the model file round-trips."""

from __future__ import annotations

import random
from pathlib import Path

import numpy as np
import pytest

from warta.errors import ModelError
from warta.extract.ner.crf import CrfWeights


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
