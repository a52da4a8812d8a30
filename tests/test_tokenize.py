"""Sentences and tokens for Indonesian news text: offsets, numbers, abbreviations."""

from __future__ import annotations

from warta.extract.tokenize import sentences, tokenize, tokenize_sentences


def _texts(text: str) -> list[str]:
    return [tok.text for tok in tokenize(text)]


def test_token_offsets_point_into_the_text() -> None:
    text = "Presiden Rusia Vladimir Putin – dan “timpalannya” dari AS, Joe Biden."
    for tok in tokenize(text):
        assert text[tok.start : tok.end] == tok.text


def test_numbers_money_and_times_stay_whole() -> None:
    toks = _texts("Lebih dari 150.000 tentara, naik 1,5 persen, pukul 10.30 WIB, Rp150.000, 10:30.")
    for whole in ("150.000", "1,5", "10.30", "10:30"):
        assert whole in toks
    assert toks[toks.index("Rp") + 1] == "150.000"


def test_hyphenated_words_and_decades_stay_whole() -> None:
    toks = _texts("Vesselo-Voznessenka, anak-anak, COVID-19 dan tahun 1990-an.")
    assert {"Vesselo-Voznessenka", "anak-anak", "COVID-19", "1990-an"} <= set(toks)


def test_abbreviation_keeps_its_period() -> None:
    assert _texts("Dr. Budi di Jl. Merdeka No. 5") == [
        "Dr.",
        "Budi",
        "di",
        "Jl.",
        "Merdeka",
        "No.",
        "5",
    ]


def test_sentence_end_period_is_its_own_token() -> None:
    assert _texts("Ia pergi ke Jakarta.")[-2:] == ["Jakarta", "."]


def test_title_abbreviation_does_not_end_a_sentence() -> None:
    text = "Kemarin Prof. Ani dan Dr. Budi datang ke Jl. Sudirman. H. Agus Salim tidak hadir."
    spans = sentences(text)
    assert [text[s:e] for s, e in spans] == [
        "Kemarin Prof. Ani dan Dr. Budi datang ke Jl. Sudirman.",
        "H. Agus Salim tidak hadir.",
    ]


def test_sentences_do_not_cross_lines() -> None:
    text = "Putin dan Biden setuju bertemu\n\nMoskow membantah. Kyiv menolak."
    assert [text[s:e] for s, e in sentences(text)] == [
        "Putin dan Biden setuju bertemu",
        "Moskow membantah.",
        "Kyiv menolak.",
    ]


def test_tokenize_sentences_offsets_are_into_the_whole_text() -> None:
    text = "Satu kalimat.\nDua kalimat di Jakarta."
    groups = tokenize_sentences(text)
    assert len(groups) == 2
    for group in groups:
        for tok in group:
            assert text[tok.start : tok.end] == tok.text
