"""Speaker attribution in Indonesian-written news (round 7): epithets for someone named before,
offices without their holder's name, chains of offices, names NER split at a place."""

from __future__ import annotations

from typing import Any

from warta.extract.entities import find_entities
from warta.extract.quotes import extract_quotes


def _quotes(text: str) -> list[tuple[str, str, Any]]:
    found = extract_quotes(text, entities=find_entities(text))
    return [(q["kind"], q["text"][:24], q.get("speaker")) for q in found]


def _speakers(text: str) -> list[Any]:
    return [speaker for _, _, speaker in _quotes(text)]


def test_epithet_with_age_or_origin_is_the_person_in_focus() -> None:
    text = (
        "Penyanyi Rendra Wibisono menyatakan bahwa ia tidak akan tampil di festival itu.\n\n"
        "Dilansir Kompas, pria berusia 41 tahun menyebut panitia tidak menghormati kontrak "
        "yang sudah disepakati sejak awal tahun."
    )
    assert _speakers(text) == ["Rendra Wibisono", "Rendra Wibisono"]


def test_epithet_of_origin_is_the_person_in_focus() -> None:
    text = (
        "Gelandang Persija Marco Silveira mengaku belum menerima tawaran dari klub lain.\n\n"
        "Bahkan pemain asal Brasil menyebut bahwa dirinya masih ingin bermain di Jakarta "
        "hingga kontraknya berakhir."
    )
    assert _speakers(text)[-1] == "Marco Silveira"


def test_a_name_after_the_epithet_is_the_speaker() -> None:
    text = (
        "Perawat berusia 29 tahun Dewi Anggraini mengatakan bahwa pasien terus berdatangan "
        "sejak pagi."
    )
    assert _speakers(text) == ["Dewi Anggraini"]


def test_epithet_with_a_nickname_clause_and_demonstrative() -> None:
    text = (
        "Kepala Pusat Vulkanologi Kasmudi Harjono mengatakan status gunung itu masih waspada.\n\n"
        "Pria yang kerap disapa Kas ini menuturkan, sampai saat ini warga dilarang mendekati "
        "kawah dalam radius dua kilometer."
    )
    assert _speakers(text)[-1] == "Kasmudi Harjono"


def test_epithet_with_an_acronym_in_brackets_before_the_demonstrative() -> None:
    text = (
        "Guru besar hukum tata negara Hamdan Saleh menilai aturan itu tidak perlu diubah.\n\n"
        '"Lebih baik tetap saja, tidak usah ditambah," kata mantan Ketua Mahkamah '
        "Konstitusi (MK) itu."
    )
    assert _speakers(text)[-1] == "Hamdan Saleh"


def test_second_office_after_yang_juga_keeps_the_name() -> None:
    text = (
        '"Sebanyak 12 negara sudah mendaftar," kata Ketua Panitia penyelenggara yang juga '
        "Kepala Dinas Pemuda dan Olahraga Padang Syafrizal, di Padang, Kamis."
    )
    ((kind, _, speaker),) = _quotes(text)
    assert kind == "direct" and speaker == "Syafrizal"


def test_abbreviated_office_finds_the_person_introduced_by_the_full_title() -> None:
    text = (
        "Pertemuan itu akan digelar di New York, kata Menteri Luar Negeri Ratna Kusumawati "
        "dalam rapat dengan Komisi I DPR di Jakarta, Senin.\n\n"
        "Menlu menjelaskan bahwa bantuan kemanusiaan akan disalurkan melalui jalur darat."
    )
    assert _speakers(text)[-1] == "Ratna Kusumawati"


def test_an_office_without_a_name_is_whom_ia_means_next() -> None:
    text = (
        "Bertempat di Pendopo Agung, kedua pihak sepakat menandatangani surat kuasa.\n\n"
        "Mendagri mengatakan, keluarga keraton sudah sepakat dengan rencana pemerintah. Ia "
        "membenarkan, penandatanganan akan dilakukan pada 7 September."
    )
    assert _speakers(text) == ["Mendagri", "Mendagri"]


def test_adverb_lanjut_between_name_and_verb() -> None:
    text = (
        "Wakil presiden divisi riset Google, Clara Benning, mengumumkan proyek baru itu.\n\n"
        "Clara lanjut menjelaskan bahwa layar itu memiliki resolusi sepuluh kali lebih tinggi."
    )
    assert _speakers(text)[-1] == "Clara Benning"


def test_given_name_that_ner_glued_to_a_place_stays_in_the_name() -> None:
    # "Kabupaten Banyumas Wiradesa Sotyo": NER may take the unknown given name into the
    # place; it is never written apart from the name, and no place or title
    text = (
        "Kepala Bidang Kebudayaan Dinas Pariwisata Kabupaten Banyumas Wiradesa Sotyo Jatmiko "
        "mengatakan kirab tahun ini berbeda dengan tahun-tahun sebelumnya.\n\n"
        '"Kami mengeluarkan tiga pusaka yang asli," kata Sotyo.'
    )
    for speaker in _speakers(text):
        assert speaker in {"Wiradesa Sotyo Jatmiko", "Sotyo Jatmiko"}


def test_place_after_an_office_and_rank_abbreviation_are_not_given_names() -> None:
    text = (
        "Direktur Utama PT Jasamarga Semarang Batang Hendra Gunawan mengatakan pihaknya telah "
        "melakukan rekayasa lalu lintas.\n\n"
        "Kapolres Kendal AKBP Arief Nugroho menjelaskan bahwa pengemudi truk itu sudah "
        "diperiksa.\n\n"
        "Kabid Humas Polda Jateng Kombes Pol Satria Wibawa menegaskan bahwa penyidikan terus "
        "berjalan."
    )
    assert _speakers(text) == ["Hendra Gunawan", "Arief Nugroho", "Satria Wibawa"]


def test_words_before_a_mid_sentence_cue_open_the_statement() -> None:
    text = (
        "Ketua umum federasi, Edy Pranoto, membandingkan kompetisi di dua negara.\n\n"
        "Belanda, lanjutnya, memiliki 18 juta penduduk dengan satu juta pemain terdaftar."
    )
    found = extract_quotes(text, entities=find_entities(text))
    last = found[-1]
    assert last["speaker"] == "Edy Pranoto"
    assert last["text"].startswith("Belanda, lanjutnya, memiliki 18 juta")


def test_a_mid_sentence_cue_leaves_the_statement_whole_from_its_connective() -> None:
    # (fresh gold sets start the statement at the sentence start: "Namun, lanjut dia, …")
    text = (
        "Direktur Utama Pertamina Nicke Widyawati hadir di Jakarta.\n\n"
        "Di samping itu, menurutnya, Pertamina tidak perlu menaikkan harga bahan bakar tahun ini."
    )
    found = extract_quotes(text, entities=find_entities(text))
    assert found[-1]["text"].startswith("Di samping itu, menurutnya, Pertamina tidak perlu")


def test_scorer_ignores_a_full_stop_closing_the_gold_text() -> None:
    from warta.extract.quotes.evaluate import score_article

    predicted = [{"kind": "indirect", "text": "saat ini kondisi sudah kondusif", "speaker": "A"}]
    gold = [{"kind": "indirect", "text": "saat ini kondisi sudah kondusif.", "speaker": "A"}]
    scores = score_article(predicted, gold)
    assert (scores.true_pos, scores.false_pos, scores.speaker_right) == (1, 0, 1)


def test_rank_before_a_name_set_off_by_commas() -> None:
    text = (
        '"Iya benar sudah ditetapkan sebagai tersangka," kata Kepala Bagian Penerangan Umum '
        "Divisi Humas Mabes Polri, Kombes Marlon Situmorang, saat dikonfirmasi, Selasa."
    )
    assert _speakers(text) == ["Marlon Situmorang"]


def test_body_as_something_speaks_as_the_body() -> None:
    text = (
        "Rusia menolak resolusi itu. Sementara itu, Amerika Serikat sebagai salah satu anggota "
        "tetap Dewan Keamanan hanya mengatakan bahwa mereka memperhatikan kekerasan itu."
    )
    assert _speakers(text)[-1] == "Amerika Serikat"


def test_kin_epithet_is_the_person_in_focus_not_the_relative_named() -> None:
    text = (
        "Calon gubernur Syafiudin Rahman mengembalikan formulir pendaftaran.\n\n"
        '"Intinya, kami ingin menyejahterakan rakyat," tandas cucu pendiri pesantren '
        "Darussalam, KH Muchtar Hamid ini."
    )
    assert _speakers(text) == ["Syafiudin Rahman"]


def test_copula_after_menurut_ends_the_speaker() -> None:
    text = (
        "PayRide didirikan di Surabaya oleh Agus Wibisana selaku pendiri.\n\n"
        "Yang berbeda dengan pemain lainnya, menurut Agus adalah PayRide memanfaatkan "
        "pembayaran berdasarkan jumlah impresi."
    )
    assert _speakers(text)[-1] == "Agus Wibisana"


def test_tutupnya_closes_a_quote_of_the_person_in_focus() -> None:
    text = (
        "Penyanyi Jessica Wulandari menjenguk sahabatnya di rumah sakit.\n\n"
        '"Kalau memang kangen pasti diperbolehkan. Jangan sampai mengganggu," tutupnya.'
    )
    assert _speakers(text) == ["Jessica Wulandari"]


def test_title_with_places_set_off_before_the_name() -> None:
    text = (
        '"Ini bentuk empati kami terhadap warga," kata Manajer Negara Airbnb Asia Tenggara, '
        "Hong Kong & Taiwan, Robin Kwok."
    )
    quote = extract_quotes(text, entities=find_entities(text))[0]
    assert quote["speaker"] == "Robin Kwok"
    assert quote["role"] == "Manajer Negara Airbnb Asia Tenggara, Hong Kong & Taiwan"


def test_closing_cue_with_a_title_holding_di_and_a_dateline_left_out() -> None:
    text = (
        "Magelang (ANTARA News) - Pemerintah Jerman terus mendukung konservasi Candi Borobudur, "
        "kata Sekretaris Atase Pers Kedutaan Jerman di Indonesia, Alexander Thielitz."
    )
    (quote,) = extract_quotes(text, entities=find_entities(text))
    assert quote["speaker"] == "Alexander Thielitz"
    assert quote["text"].startswith("Pemerintah Jerman terus mendukung")


def test_nationality_epithet_and_epithet_with_a_verb_like_word() -> None:
    text = (
        "Kiper Real Madrid Keylor Navas angkat suara soal posisinya.\n\n"
        '"Saya akan berjuang untuk bersaing dengan siapa pun," ujar pria Kosta Rika yang '
        "sebelumnya membela Levante.\n\n"
        '"Saya tidak pernah menggunakan obat apa pun," terang kiper berkepala plontos tersebut.'
    )
    assert _speakers(text) == ["Keylor Navas", "Keylor Navas"]


def test_indefinite_source_with_a_relative_clause_stays_anonymous() -> None:
    text = (
        "Menteri Perdagangan AS Jamieson Greer membela tarif itu.\n\n"
        "Menurut seorang pejabat UE yang mengetahui pembahasan tersebut, Jerman dan Italia "
        "mendorong pendekatan yang lebih hati-hati."
    )
    last = extract_quotes(text, entities=find_entities(text))[-1]
    assert last["speaker"] != "Jamieson Greer" and last["anonymous"]


def test_words_before_a_mid_sentence_menurut_open_the_statement() -> None:
    text = (
        "Menteri Pertanian Andi Sulaiman hadir di Jakarta.\n\n"
        "Indonesia, menurut dia, memiliki sumber daya pangan yang luar biasa.\n\n"
        "Namun, menurut Noor, perekrutan itu menargetkan para pemuda di kampus."
    )
    found = extract_quotes(text, entities=find_entities(text))
    assert found[0]["text"].startswith("Indonesia, menurut dia, memiliki")
    assert found[1]["text"].startswith("perekrutan itu menargetkan")


def test_given_name_after_a_rank_and_kenang() -> None:
    text = (
        "Direktur Tindak Pidana Ekonomi Khusus Bareskrim Brigadir Jenderal Agung Setyawan "
        "mengatakan, bawang putih tersebut diimpor tanpa dokumen.\n\n"
        '"Saya ingat betul waktu itu," kenang Setyawan saat ditemui.\n\n'
        '"Kami bekerja sesuai prosedur," kata Agung.'
    )
    # ("Agung" is also a title word, as in "Jaksa Agung": the article's person comes first)
    assert _speakers(text) == ["Agung Setyawan", "Agung Setyawan", "Agung Setyawan"]


def test_adverb_closed_by_a_title_word_is_no_office_in_focus() -> None:
    text = (
        "Presiden Joko Widodo bertemu pemimpin redaksi di Istana Merdeka.\n\n"
        "Jokowi memang tidak secara khusus mengatakan organisasi mana yang dimaksudnya. "
        "Tetapi ia menyebut salah satu kelompok yang harus ditindak adalah kelompok radikal."
    )
    assert _speakers(text)[-1] == "Joko Widodo"


def test_coordinating_minister_field_is_part_of_the_title() -> None:
    text = (
        "Menko Polhukam Wiranto mengatakan, dunia berada di tengah ancaman terorisme baru.\n\n"
        '"Kita memiliki tanggung jawab untuk memastikan keamanan laut," kata Wiranto.'
    )
    assert _speakers(text) == ["Wiranto", "Wiranto"]


def test_manner_word_after_the_name_and_a_name_after_tbk() -> None:
    text = (
        '"Nanti saja ya," kata Hilman singkat.\n\n'
        "Direktur PT Ramayana Lestari Sentosa Tbk Suryanto mengatakan penurunan daya beli "
        "disebabkan oleh menjamurnya toko daring."
    )
    assert _speakers(text) == ["Hilman", "Suryanto"]


def test_pronoun_attribution_inside_the_statement_and_a_corps_after_a_rank() -> None:
    text = (
        "Kepala Kodim Letkol Czi Dwi Bima Nurahmat mengatakan tiket sudah habis sejak pagi.\n\n"
        "Pesawat itu jatuh di area persawahan, kata Kapten Budi Santoso. Komite Nasional "
        "Keselamatan Transportasi, ia melanjutkan, akan melakukan penelitian lebih lanjut.\n\n"
        "Selain itu, ia menambahkan, tim akan datang besok pagi ke lokasi."
    )
    found = extract_quotes(text, entities=find_entities(text))
    assert found[0]["speaker"] == "Dwi Bima Nurahmat"
    assert found[2]["text"].startswith("Komite Nasional Keselamatan Transportasi, ia")
    assert found[3]["text"].startswith("tim akan datang")
