"""The neural NER tagger (BiLSTM-CRF in numpy): loading, batching, valid BIO output."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from warta.errors import ModelError
from warta.extract.ner.model_file import MEMBER_ARRAYS, merge_models
from warta.extract.ner.neural import MAX_CHARS, NeuralTagger, char_grid, char_ids
from warta.extract.ner.tagger import MODEL_DIR, NEURAL_FILE, load_tagger

MODEL = MODEL_DIR / NEURAL_FILE
pytestmark = pytest.mark.skipif(not MODEL.is_file(), reason="no neural model shipped")

TEXTS = (
    "Presiden Joko Widodo bertemu Menteri Luar Negeri AS Antony Blinken di Jakarta .",
    "juru bicara kpk ali fikri mengatakan hal itu di gedung merah putih .",
    "Ya .",
    "Warga Desa Sukamaju , Kabupaten Bogor , menolak rencana PT Semen Indonesia .",
)
SENTENCES = [text.split(" ") for text in TEXTS]


@pytest.fixture(scope="module")
def tagger() -> NeuralTagger:
    return NeuralTagger(MODEL)


def test_shipped_folder_loads_the_neural_tagger() -> None:
    assert isinstance(load_tagger(str(MODEL_DIR)), NeuralTagger)


def test_a_document_tags_the_same_as_its_sentences_one_by_one(tagger: NeuralTagger) -> None:
    together = tagger.tag_many(SENTENCES)
    assert together == [tagger.tag(s) for s in SENTENCES]
    # Order of sentences of different lengths does not matter either.
    assert tagger.tag_many(SENTENCES[::-1]) == together[::-1]


def test_names_in_cased_and_lower_case_text(tagger: NeuralTagger) -> None:
    spans = {(" ".join(SENTENCES[0][s.start : s.end]), s.label) for s in tagger.spans(SENTENCES[0])}
    assert ("Joko Widodo", "PER") in spans
    assert ("Antony Blinken", "PER") in spans
    assert ("Jakarta", "LOC") in spans
    lower = {(" ".join(SENTENCES[1][s.start : s.end]), s.label) for s in tagger.spans(SENTENCES[1])}
    assert ("ali fikri", "PER") in lower
    assert ("kpk", "ORG") in lower


def test_output_is_always_valid_bio(tagger: NeuralTagger) -> None:
    rng = np.random.default_rng(7)
    vocab = [w for s in SENTENCES for w in s] + ["Zxq", "qqq", "Rp", "2,5", "—", "ÉÀ"]
    sentences = [list(rng.choice(vocab, size=int(rng.integers(1, 40)))) for _ in range(50)]
    for labels in tagger.tag_many(sentences):
        prev = "O"
        for label in labels:
            assert not (label.startswith("I-") and prev[2:] != label[2:]), labels
            prev = label
    assert tagger.tag_many([]) == []
    assert tagger.tag_many([[], ["Jakarta"]])[0] == []


def test_long_and_unusual_words_get_character_ids() -> None:
    assert len(char_ids("x" * 100)) == MAX_CHARS
    assert char_ids("") == [1]
    assert max(char_ids("Ω🙂")) == 255


def test_the_character_grid_holds_each_words_ids_padded() -> None:
    words = ["Jakarta", "", "x" * 100, "Ω🙂", "a", "Kementerian"]
    grid = char_grid(words)
    assert grid.shape == (len(words), MAX_CHARS + 2)
    for row, word in zip(grid, words, strict=True):
        ids = char_ids(word)
        assert row[0] == 0
        assert list(row[1 : len(ids) + 1]) == ids
        assert not row[len(ids) + 1 :].any()


def test_a_broken_model_file_is_a_model_error(tmp_path: Path) -> None:
    bad = tmp_path / NEURAL_FILE
    bad.write_bytes(b"not a model")
    with pytest.raises(ModelError):
        NeuralTagger(bad)
    partial = tmp_path / "partial.npz"
    np.savez(partial, labels=np.array(["O"]))
    with pytest.raises(ModelError, match="lacks"):
        NeuralTagger(partial)


def test_an_ensemble_of_one_model_twice_tags_like_the_model(
    tagger: NeuralTagger, tmp_path: Path
) -> None:
    single = tmp_path / "single.npz"
    with np.load(MODEL) as data:
        # The first member alone, as the training script writes it.
        arrays = {
            k: data[k][:1] if k.removesuffix("_scale") in MEMBER_ARRAYS else data[k]
            for k in data.files
        }
    np.savez(single, **arrays)
    twice = tmp_path / "twice.npz"
    merge_models([single, single], twice)
    one = NeuralTagger(single, features=tagger.features)
    two = NeuralTagger(twice, features=tagger.features)
    assert two.members == 2 * one.members == 2
    # Merging re-quantizes the embedding tables; scores move by rounding only.
    assert np.allclose(one.emissions_many(SENTENCES), two.emissions_many(SENTENCES), atol=0.05)
    assert two.tag_many(SENTENCES) == one.tag_many(SENTENCES)


def test_models_with_different_vocabularies_do_not_merge(tmp_path: Path) -> None:
    with np.load(MODEL) as data:
        arrays = {k: data[k] for k in data.files}
    other = dict(arrays, feat_vocab=arrays["feat_vocab"][::-1])
    np.savez(tmp_path / "a.npz", **arrays)
    np.savez(tmp_path / "b.npz", **other)
    with pytest.raises(ModelError, match="feat_vocab"):
        merge_models([tmp_path / "a.npz", tmp_path / "b.npz"], tmp_path / "ab.npz")


def test_quantized_tables_round_trip_within_half_a_step() -> None:
    from warta.extract.ner.model_file import dequantized, quantized

    rng = np.random.default_rng(3)
    table = rng.normal(size=(50, 16)).astype(np.float32)
    table[7] = 0.0  # an all-zero row keeps a usable scale
    values, scale = quantized(table)
    assert values.dtype == np.int8 and scale.dtype == np.float16
    restored = dequantized({"t": values, "t_scale": scale}, "t")
    step = scale.astype(np.float32)[:, None]
    assert np.all(np.abs(restored - table) <= step * 0.5 + 1e-3)
    assert np.all(restored[7] == 0.0)


def test_a_full_word_cache_starts_over_without_changing_tags(tagger: NeuralTagger) -> None:
    expected = tagger.tag_many(SENTENCES)
    small = NeuralTagger(MODEL, features=tagger.features)
    small._max_rows = 12  # fewer than the forms of two of the sentences together
    for _ in range(3):
        for sentence, labels in zip(SENTENCES, expected, strict=True):
            assert small.tag(sentence) == labels
        assert len(small._rows) <= 12 or len(small._rows) == len(set(SENTENCES[-1]))


def test_training_sentences_read_from_jsonl_and_lower_cased(tmp_path: Path) -> None:
    import random

    from warta.errors import InputError
    from warta.extract.ner.corpus import Sentence, lower_case_copies, read_jsonl
    from warta.extract.ner.policy import relabelled

    path = tmp_path / "s.jsonl"
    path.write_text(
        '{"tokens": ["Joko", "ke", "KPK"], "labels": ["B-PER", "O", "O"], "source": "idner"}\n'
        '{"tokens": ["di", "bandung"], "labels": ["O", "B-LOC"]}\n'
        '{"tokens": ["ke", "kpk"], "labels": ["O", "B-ORG"], "source_labels": ["O", "O"]}\n',
        encoding="utf-8",
    )
    cased, lower, repaired = read_jsonl(path, source="pseudo")
    assert cased.source == "idner" and lower.source == "pseudo"
    # The labels as the set gave them, before warta's policy repair.
    assert cased.as_given == cased.labels and repaired.as_given == ["O", "O"]
    copies = lower_case_copies([cased, Sentence(["x"], ["O"], "nerp")], 1.0, random.Random(1))
    assert [(c.tokens, c.source) for c in copies] == [(["joko", "ke", "kpk"], "idner-lower")]
    (copy,) = lower_case_copies([Sentence(["Ke", "KPK"], ["O", "B-ORG"], "x", ["O", "O"])],
                                1.0, random.Random(1))  # fmt: skip
    assert copy.as_given == ["O", "O"]
    policy = relabelled([cased])[0]
    assert policy.labels == ["B-PER", "O", "B-ORG"] and cased.labels[2] == "O"
    path.write_text("{not json\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"s\.jsonl"):
        read_jsonl(path)


def _with_schemes(tmp_path: Path, names: tuple[str, ...], shift: float) -> Path:
    """The shipped model plus per-set output layers: the first a copy of warta's own, the
    others with every "O" score lowered by `shift` (they find more entities)."""
    with np.load(MODEL) as data:
        arrays = {k: data[k] for k in data.files}
    heads = []
    for i in range(len(names)):
        out_b = arrays["out_b"].copy()
        out_b[:, 0] -= shift * (i > 0)
        heads.append({"out_w": arrays["out_w"], "out_b": out_b, "trans": arrays["trans"],
                      "start": arrays["start"], "end": arrays["end"]})  # fmt: skip
    for key in ("out_w", "out_b", "trans", "start", "end"):
        arrays["scheme_" + key] = np.stack([h[key] for h in heads], axis=1)
    arrays["schemes"] = np.array(names)
    path = tmp_path / f"schemes-{len(names)}.npz"
    np.savez(path, **arrays)
    return path


def test_a_labelled_sets_own_output_layer_is_chosen_by_name(
    tagger: NeuralTagger, tmp_path: Path
) -> None:
    path = _with_schemes(tmp_path, ("nerp", "nergrit"), shift=30.0)
    default = NeuralTagger(path, features=tagger.features)
    assert default.schemes == ("nerp", "nergrit")
    assert default.tag_many(SENTENCES) == tagger.tag_many(SENTENCES)
    assert NeuralTagger(path, features=tagger.features, scheme="nerp").tag_many(
        SENTENCES
    ) == tagger.tag_many(SENTENCES)
    # The other layer scores "O" far lower: nearly every token is in an entity.
    eager = NeuralTagger(path, features=tagger.features, scheme="nergrit").tag_many(SENTENCES)
    assert (
        sum(label != "O" for s in eager for label in s)
        > sum(label != "O" for s in tagger.tag_many(SENTENCES) for label in s) + 10
    )
    with pytest.raises(ModelError, match=r"'idner'.*has: nerp, nergrit"):
        NeuralTagger(path, features=tagger.features, scheme="idner")
    if not tagger.schemes:
        with pytest.raises(ModelError, match="has: none"):
            NeuralTagger(MODEL, features=tagger.features, scheme="nerp")


def test_output_layers_of_the_sets_survive_a_merge(tagger: NeuralTagger, tmp_path: Path) -> None:
    path = _with_schemes(tmp_path, ("nerp", "nergrit"), shift=30.0)
    merged = tmp_path / "merged.npz"
    merge_models([path, path], merged)
    one = NeuralTagger(path, features=tagger.features, scheme="nergrit")
    two = NeuralTagger(merged, features=tagger.features, scheme="nergrit")
    assert two.schemes == one.schemes and two.members == 2 * one.members
    assert two.tag_many(SENTENCES) == one.tag_many(SENTENCES)
    with np.load(MODEL) as data:
        plain = {k: data[k] for k in data.files if not k.startswith("scheme")}
    np.savez(tmp_path / "plain.npz", **plain)
    with pytest.raises(ModelError, match="only some models"):
        merge_models([path, tmp_path / "plain.npz"], tmp_path / "mixed.npz")


def test_the_batched_recurrence_is_a_textbook_lstm(tagger: NeuralTagger) -> None:
    """`_bilstm` (gate blocks, halved sigmoid inputs, doubled states, sentences of a batch
    dropping out longest-last) against the LSTM equations run one sentence and step at a
    time from the model file's own recurrent weights."""
    from warta.extract.ner.neural import _ifog

    sentences = [SENTENCES[0], SENTENCES[2], SENTENCES[1], SENTENCES[3][:5]]
    lengths = np.array([len(s) for s in sentences])
    x = tagger._inputs(sentences)
    got = tagger._bilstm(x, lengths) / 2  # the kernel keeps twice the hidden state
    hsize, k = tagger.hidden, tagger.members
    inputs = x.reshape(len(x), k, 2, 4 * hsize).astype(np.float64)
    inputs[..., : 3 * hsize] *= 2  # the sigmoid gates' inputs are stored halved
    with np.load(MODEL) as raw:
        recurrent = {d: raw[f"w_hh_{d}"] for d in ("f", "b")}

    def sigmoid(z: np.ndarray) -> np.ndarray:
        return 1 / (1 + np.exp(-z))

    start = 0
    for length in lengths.tolist():
        for m in range(k):
            for d, name in enumerate(("f", "b")):
                w_hh = _ifog(recurrent[name][m]).astype(np.float64)  # (4H, H), i f o g
                h = np.zeros(hsize)
                c = np.zeros(hsize)
                steps = range(length) if d == 0 else range(length - 1, -1, -1)
                for t in steps:
                    z = inputs[start + t, m, d] + w_hh @ h
                    i, f, o = (sigmoid(z[j * hsize : (j + 1) * hsize]) for j in range(3))
                    c = f * c + i * np.tanh(z[3 * hsize :])
                    h = o * np.tanh(c)
                    np.testing.assert_allclose(got[start + t, d * k + m], h, atol=2e-5)
        start += length
