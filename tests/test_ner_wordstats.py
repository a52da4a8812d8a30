"""Word case / proper-noun statistics: what they count, how they are read and used as features."""

from __future__ import annotations

import zipfile
from pathlib import Path

import numpy as np
import pytest

from warta.errors import InputError, ModelError
from warta.extract.ner.clusters import word_vectors
from warta.extract.ner.features import FeatureExtractor
from warta.extract.ner.wordstats import (
    POSTAG_MEMBER,
    build_word_stats,
    load_word_stats,
    read_postag,
    save_word_stats,
)

_CASED = [
    ["Kemarin", "Jokowi", "bertemu", "Prabowo", "di", "Jakarta", "."],
    ["Presiden", "Jokowi", "bertemu", "wartawan", "di", "Istana", "."],
    ["Lalu", "Jokowi", "bertemu", "menteri", "di", "Bogor", "."],
    ["Bertemu", "teman", "di", "kantor", "."],
]


def test_capitalised_share_separates_names_from_words() -> None:
    stats = build_word_stats(_CASED, [])
    assert "cap5" in stats["jokowi"]
    assert "cap0" in stats["bertemu"]
    assert "cap0" in stats["di"]


def test_sentence_initial_capital_is_not_counted() -> None:
    # "Bertemu" opens the last sentence: it must not make "bertemu" look like a name.
    stats = build_word_stats(_CASED, [])
    assert stats["bertemu"][0] == "cap0"
    assert "kemarin" not in stats  # seen only sentence-initially


def test_rare_words_get_no_case_code() -> None:
    stats = build_word_stats(_CASED, [], min_count=3)
    assert "prabowo" not in stats


def test_proper_noun_share_from_pos_corpus() -> None:
    tagged = [[("Garuda", "NNP"), ("terbang", "VB")], [("garuda", "NNP"), ("terbang", "VB")]]
    stats = build_word_stats([], tagged)
    assert stats["garuda"] == ("nnp5",)
    assert stats["terbang"] == ("nnp0",)


def test_read_postag_from_wheel_and_text(tmp_path: Path) -> None:
    text = "Ditjen\tNNP\nBea\tNNP\n\nIa\tPR\npergi\tVB\n"
    plain = tmp_path / "dataset_postag.txt"
    plain.write_text(text, encoding="utf-8")
    wheel = tmp_path / "nlp_id-0.1.23.0-py3-none-any.whl"
    with zipfile.ZipFile(wheel, "w") as archive:
        archive.writestr(POSTAG_MEMBER, text)
    expected = [[("Ditjen", "NNP"), ("Bea", "NNP")], [("Ia", "PR"), ("pergi", "VB")]]
    assert list(read_postag(plain)) == expected
    assert list(read_postag(wheel)) == expected


def test_read_postag_missing_file_is_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError):
        list(read_postag(tmp_path / "none.txt"))


def test_stats_round_trip_and_bad_file(tmp_path: Path) -> None:
    stats = build_word_stats(_CASED, [])
    path = tmp_path / "wordstats.json"
    save_word_stats(stats, path)
    assert load_word_stats(path) == stats
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(ModelError):
        load_word_stats(path)


def test_lower_case_word_gets_case_habit_feature() -> None:
    stats = {"jokowi": ("cap5", "frq1")}
    extractor = FeatureExtractor(clusters={}, gazetteer={}, stats=stats)
    own, context = extractor.describe_word("jokowi", lower_case_text=True)
    assert "Lws=cap5" in own
    # Neighbours pass on case habits, not frequency.
    assert "-1Lws=cap5" in context[1]
    assert not any("frq" in f for f in context[1])
    unknown, _ = extractor.describe_word("xyzzy", lower_case_text=True)
    assert not any("ws=" in f for f in unknown)


def test_cased_text_ignores_case_statistics() -> None:
    # Capitals are visible there; the statistics only took weight from them (missed "Kyiv").
    extractor = FeatureExtractor(clusters={}, gazetteer={}, stats={"kyiv": ("cap5",)})
    own, context = extractor.describe_word("Kyiv")
    assert not any("ws=" in f for f in own + [f for group in context for f in group])


def test_wider_window_vectors_have_one_row_per_frequent_word() -> None:
    sents = [["pak", "budi", "pergi", "ke", "pasar"], ["bu", "siti", "pergi", "ke", "kantor"]] * 5
    vocab, vectors = word_vectors(sents, min_count=2, contexts=10, dims=3, window=2)
    assert len(vocab) == len(vectors) == 8
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-3)
