"""Which quoted spans are speech: headings, teasers, titles and scare quotes are not."""

from __future__ import annotations

from warta.extract.quotes import extract_quotes
from warta.extract.quotes.detection import find_quoted_spans


def _texts(text: str) -> list[str]:
    return [q["text"] for q in extract_quotes(text) if q["kind"] == "direct"]


def test_quote_heading_is_not_a_quote() -> None:
    text = (
        "“Kami siap bertanding,” kata Budi Santoso.\n\n‘Lihat lagi’\n\n"
        "Wartawan mendengar penembakan semalam."
    )
    assert _texts(text) == ["Kami siap bertanding"]


def test_video_teaser_is_not_a_quote() -> None:
    text = 'Harga naik lagi.\n\nTonton juga video "Menkeu Buka-bukaan soal Utang Negara"\n'
    assert _texts(text) == []
    assert _texts('Simak video "Gol Indah Malam Ini"') == []


def test_programme_name_is_not_a_quote() -> None:
    text = 'Menteri Andi Wijaya mengatakan program "Makan Bergizi Gratis" tetap berjalan.'
    assert all("Makan Bergizi" not in t for t in _texts(text))


def test_scare_quote_without_speaker_is_not_a_quote() -> None:
    assert _texts('Di pasar, harga beras kembali "menggila" menjelang akhir tahun.') == []


def test_partial_quote_with_speech_verb_is_a_quote() -> None:
    text = (
        "Menteri Luar Negeri AS Antony Blinken mengatakan bahwa Rusia tetap “di ambang” menyerang."
    )
    quotes = extract_quotes(text)
    assert [(q["text"], q["speaker"]) for q in quotes if q["kind"] == "direct"] == [
        ("di ambang", "Antony Blinken")
    ]


def test_multi_paragraph_quote_is_one_quote() -> None:
    text = (
        '"Kalau utang terus ditambah, beban bunga akan berat.\n\n'
        '"Pemerintah harus memastikan setiap rupiah produktif," tutur Faisal Rahman.'
    )
    spans = find_quoted_spans(text)
    assert len(spans) == 1 and spans[0].paragraphs == 2
    (quote,) = extract_quotes(text)
    assert quote["text"].startswith("Kalau utang") and quote["text"].endswith("produktif")
    assert "\n" not in quote["text"] and quote["speaker"] == "Faisal Rahman"


def test_missing_opening_mark_quote_starts_at_paragraph() -> None:
    text = 'Bantuan akan terus kami tambah sesuai kebutuhan," tegas Budi Santoso.'
    (quote,) = extract_quotes(text)
    assert quote["text"] == "Bantuan akan terus kami tambah sesuai kebutuhan"
    assert quote["start"] == 0 and quote["speaker"] == "Budi Santoso"


def test_apostrophe_inside_word_is_not_a_closing_mark() -> None:
    text = "Pada hari Jum’at, ‘Kami tetap buka’ kata pemilik toko Asep Sunandar."
    assert _texts(text) == ["Kami tetap buka"]


def test_offsets_point_into_text() -> None:
    text = "Judul\n\n“Dan saat ini, Rusia bergerak maju,” kata Jen Psaki, sekretaris pers AS."
    (quote,) = extract_quotes(text)
    assert text[quote["start"] : quote["end"]] == quote["text"]


def test_spaced_curly_marks_do_not_duplicate_quotes() -> None:
    text = (
        "“ Menjuarai trofi adalah momen spesial, ” kata Pochettino. "
        "” Hari ini kami butuh kemenangan. ”"
    )
    quotes = extract_quotes(text)
    assert [q["text"] for q in quotes] == [
        "Menjuarai trofi adalah momen spesial",
        "Hari ini kami butuh kemenangan.",
    ]
    assert {q["speaker"] for q in quotes} == {"Pochettino"}


def test_book_title_after_possessive_is_not_a_quote() -> None:
    text = (
        "“Itu menunjukkan kebencian mereka,” kata Jenderal Soemitro dalam bukunya "
        "“Soemitro dari Pangdam Mulawarman sampai Pangkopkamtib”."
    )
    assert _texts(text) == ["Itu menunjukkan kebencian mereka"]


def test_closing_mark_glued_between_sentences_opens_a_quote() -> None:
    text = (
        "Hal itu dibenarkan Kombes Martinus Sitompul.”Besok Syahrini akan hadir, ” kata Martinus."
    )
    (quote,) = extract_quotes(text)
    assert quote["text"] == "Besok Syahrini akan hadir"
    assert quote["speaker"] == "Martinus Sitompul"
