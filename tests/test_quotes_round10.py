"""Speaker attribution (round 10, from a fresh set scored once before): a name set off by a
comma after a description of the speaker, a roman numeral that ends a company's name, Sasak
nobility inside a name, and "mengatakan hal tersebut" that points back and states nothing."""

from __future__ import annotations

from typing import Any

from warta.extract.entities import find_entities
from warta.extract.quotes import extract_quotes


def _quotes(text: str) -> list[dict[str, Any]]:
    return extract_quotes(text, entities=find_entities(text))


def _who(text: str) -> list[tuple[Any, Any, Any]]:
    return [(q.get("speaker"), q.get("role"), q["kind"]) for q in _quotes(text)]


def test_a_name_set_off_after_a_description_speaks() -> None:
    text = "“Kami akan memainkan lagu lama di konser nanti,” ujar gitaris Nada Senja, Rudi Hartono."
    assert _who(text) == [("Rudi Hartono", "gitaris Nada Senja", "direct")]


def test_a_name_set_off_past_the_body_the_description_names() -> None:
    text = (
        "Jakarta (ANTARA News) - Nyamuk memilih korban dengan kriteria tertentu, salah satunya "
        "golongan darah, ungkap ahli serangga dari Universitas Andalas, Dr. Rahmat Hidayat."
    )
    assert _who(text) == [("Rahmat Hidayat", "ahli serangga dari Universitas Andalas", "indirect")]


def test_a_pronoun_then_a_clause_is_no_name_set_off() -> None:
    text = (
        "Kepala Bidang BNN AKBP Suprinarto mengungkapkan Cahyono diduga menerima dana.\n\n"
        "Dari pemeriksaan sementara, kata dia, Cahyono menerima uang itu sejak menjabat "
        "kepala pengamanan."
    )
    assert [q.get("speaker") for q in _quotes(text)] == ["Suprinarto", "Suprinarto"]


def test_a_description_with_its_title_first_is_kept() -> None:
    text = "“Harga beras akan turun bulan depan,” kata Presiden Joko Widodo, Senin (5/3)."
    assert _who(text) == [("Joko Widodo", "Presiden", "direct")]


def test_a_roman_numeral_ends_the_company_not_the_name() -> None:
    text = (
        "Sementara itu, Project Manager PT Angkasa Pura I Sujiastono mengatakan bahwa "
        "pengembangan stasiun membutuhkan lahan lima hektare.\n\n"
        "“Kami siap membantu,” kata Gubernur Bali I Wayan Koster."
    )
    assert [q.get("speaker") for q in _quotes(text)] == ["Sujiastono", "I Wayan Koster"]
    assert ("PT Angkasa Pura I", "ORG") in [(m["text"], m["label"]) for m in find_entities(text)]


def test_sasak_nobility_stays_in_the_name() -> None:
    text = (
        "“Upaya pembebasan dilakukan oleh konsulat kita,” kata Direktur Perlindungan WNI "
        "Iqbal Lalu Muhammad dalam keterangan tertulis."
    )
    assert [q.get("speaker") for q in _quotes(text)] == ["Iqbal Lalu Muhammad"]


def test_saying_that_thing_states_nothing() -> None:
    assert (
        _quotes(
            "Marquez mengatakan hal tersebut dalam konferensi pers jelang balapan di Argentina."
        )
        == []
    )
    found = _quotes("Marquez mengatakan hal itu bukan masalah besar bagi timnya musim ini.")
    assert [(q.get("speaker"), q["kind"]) for q in found] == [("Marquez", "indirect")]


def test_a_numbered_unit_is_no_person_for_a_pronoun_to_find() -> None:
    text = (
        "“Kami mengoperasikan 53 kereta reguler,” kata Senior Manajer Humas KAI Daop 1 "
        "Edy Kuswoyo dalam keterangan tertulis, Rabu.\n\n"
        "PT KAI Daop 1 Jakarta juga menyiapkan tempat duduk tambahan.\n\n"
        "“Kereta dari Stasiun Gambir sudah penuh,” tuturnya."
    )
    assert [q.get("speaker") for q in _quotes(text)] == ["Edy Kuswoyo", "Edy Kuswoyo"]


def test_a_statement_after_a_cue_near_the_head_is_no_role() -> None:
    text = (
        "Dari data yang didapat, kata Edy, total volume penumpang pemberangkatan dari Jakarta "
        "dari Rabu - Minggu (14-18 Februari) mencapai seratus ribu orang."
    )
    assert _who(text) == [("Edy", None, "indirect")]


def test_a_role_noun_right_after_a_name() -> None:
    text = "“Selama ini belum ada kantin sekolah yang halal,” kata Lia perwakilan dari LPPOM MUI."
    assert [(q.get("speaker"), q.get("role")) for q in _quotes(text)] == [("Lia", "perwakilan")]
    text = "“Banjir datang tiba-tiba malam itu,” kata Budi warga setempat."
    assert [(q.get("speaker"), q.get("role")) for q in _quotes(text)] == [
        ("Budi", "warga setempat")
    ]


def test_a_title_then_an_honoured_name_set_off() -> None:
    text = "“Yang datang dari mana-mana,” kata Pengurus FKDT Jakarta Selatan, Ustadz Ahmad Munthoi."
    assert [q.get("speaker") for q in _quotes(text)] == ["Ahmad Munthoi"]


def test_a_time_word_ends_the_speaker_and_a_connective_opens_no_name() -> None:
    text = "“Semoga ini tahun yang tepat untuk juara,” kata Allegri selepas laga kontra Monaco."
    assert [q.get("speaker") for q in _quotes(text)] == ["Allegri"]
    text = (
        "Pundi X ingin main aman soal regulasi. Pasalnya BI telah menyatakan bitcoin haram "
        "sebagai alat pembayaran di Tanah Air."
    )
    assert [q.get("speaker") for q in _quotes(text)] == ["BI"]


def test_a_long_relative_clause_up_to_its_demonstrative_is_an_epithet() -> None:
    text = (
        "Li Shukun memimpin biro radio itu di Jakarta.\n\n"
        "“Kami punya program siaran untuk 65 bahasa,” ujar pria yang sudah belasan kali "
        "mendapatkan tugas meliput beberapa peristiwa penting di Indonesia itu."
    )
    assert [q.get("speaker") for q in _quotes(text)] == ["Li Shukun"]


def test_god_is_no_one_a_pronoun_points_to() -> None:
    text = (
        "Natalie Sarah sudah berusaha keras. Namun sayangnya, takdir Tuhan berkata lain.\n\n"
        "“Dari Januari itu ngedrop, terus berobat,” katanya."
    )
    assert [q.get("speaker") for q in _quotes(text)] == ["Natalie Sarah"]


def test_an_english_corporate_title_then_the_name_set_off() -> None:
    text = (
        "“Kepadatan di lajur masuk,” kata Corporate Communication PT Jasa Marga, "
        "Dwimawan Heru Santoso, saat dikonfirmasi Senin (26/6)."
    )
    assert [q.get("speaker") for q in _quotes(text)] == ["Dwimawan Heru Santoso"]


def test_a_place_closing_a_title_is_no_name() -> None:
    from warta.extract.quotes.speakers import parse_phrase
    from warta.extract.quotes.text import tokens

    text = "Duta Besar Korea Utara untuk PBB New York"
    phrase = parse_phrase(text, tokens(text), common=frozenset())
    assert phrase is not None and phrase.name is None


def test_a_relative_clause_with_a_second_office_after_a_name() -> None:
    text = (
        "Fadli Zon yang juga menjabat Wakil Ketua Umum Partai Gerindra mengatakan bahwa "
        "partainya pasti mengusung Prabowo."
    )
    assert [q.get("speaker") for q in _quotes(text)] == ["Fadli Zon"]


def test_manner_corps_and_citation_words_are_no_part_of_the_speaker() -> None:
    text = "“Kita masih mengantongi izin terbang untuk besok,” kata Azhar penuh optimis."
    assert [q.get("speaker") for q in _quotes(text)] == ["Azhar"]
    text = "“Sekarang sudah pukul tujuh malam lewat,” kata Kapolres AKBP Pol Suyudi."
    assert [q.get("speaker") for q in _quotes(text)] == ["Suyudi"]
