"""Look-alike folding is for detection only: raw lines and the clean text keep their characters."""

from __future__ import annotations

from warta.clean.normalize import LineNormalizer, disguise_count, fold, folded_lines
from warta.document import Document


def test_fold_mixed_cyrillic_and_math_brand() -> None:
    assert fold("AЕR𝐎𝟴𝟴") == "AERO88"


def test_fold_fullwidth_enclosed_squared_and_small_caps() -> None:
    assert fold("ＪＡＪＡＮＴＯＧＥＬ") == "JAJANTOGEL"
    assert fold("SL🅞T") == "SLOT"
    assert fold("ⓈⓁⓄⓉ") == "SLOT"
    assert fold("ɢᴀᴄᴏʀ") == "GACOR"


def test_fold_drops_combining_strokes_and_zero_width() -> None:
    assert fold("K̲U̲S̲U̲M̲A̲") == "KUSUMA"
    assert fold("S\u200bLOT") == "SLOT"


def test_fold_keeps_plain_indonesian_unchanged() -> None:
    line = "Presiden Joko Widodo meresmikan jalan tol, Senin (12/6)."
    assert fold(line) == line


def test_disguise_count_is_zero_for_news_and_positive_for_styled_brand() -> None:
    assert disguise_count("Menteri “mengatakan” bahwa harga naik 5%.") == 0
    assert disguise_count("main di 𝐉𝐔𝐍𝐈𝐎𝐑𝟖𝟖") == 8


def test_normalizer_never_changes_the_clean_text() -> None:
    raw = "Judul\n\nＡＥＲＯ８８ di 𝐉𝐔𝐍𝐈𝐎𝐑\n"
    doc = Document(id="d", raw=raw)
    list(LineNormalizer().run([doc]))
    assert doc.raw == raw
    assert doc.text == "Judul\n\nＡＥＲＯ８８ di 𝐉𝐔𝐍𝐈𝐎𝐑"
    assert folded_lines(doc)[2] == "AERO88 di JUNIOR"
    assert not doc.removed


def test_fold_maps_armenian_lookalikes() -> None:
    assert fold("𝐁𝐎𝐋𝐀էօէօ gacor") == "BOLAtoto gacor"


def test_private_use_letters_count_as_disguise() -> None:
    assert disguise_count("\uf13f\uf144\uf13b\uf130 bahkan muncul di grup") == 4


def test_math_letters_that_lost_their_plane_are_folded_back() -> None:
    # "𝗔𝗟𝗘𝗫𝗜𝗦17" with U+1D5D4.. truncated to U+D5D4.. reads as Hangul syllables.
    line = "Santai aja main di ✌" + "".join(chr(ord(c) - 0x10000) for c in "𝗔𝗟𝗘𝗫𝗜𝗦") + "17✌"
    assert "ALEXIS17" in fold(line)
    assert disguise_count(line) == 6


def test_real_korean_text_is_not_taken_for_truncated_letters() -> None:
    line = "Lagu baru 방탄소년단 berjudul 하하 rilis hari ini."
    assert fold(line) == line
    assert disguise_count(line) == 0
