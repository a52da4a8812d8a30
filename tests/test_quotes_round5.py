"""Round 5 regressions on real-news patterns: a relative clause after a named speaker, and
social media handles written with "_" and "."."""

from __future__ import annotations

from warta.extract.quotes import extract_quotes
from warta.extract.quotes.speakers import common_words, parse_phrase
from warta.extract.quotes.text import tokens


def test_relative_clause_after_a_name_is_not_part_of_the_speaker() -> None:
    text = (
        "Rina Wulandari yang merupakan seorang ahli gizi mengatakan sarapan membantu anak "
        "lebih fokus di sekolah."
    )
    (quote,) = extract_quotes(text)
    assert quote["speaker"] == "Rina Wulandari"
    assert str(quote["text"]).startswith("sarapan membantu")


def test_relative_clause_after_an_acronym_is_not_part_of_the_organisation() -> None:
    text = "Serikat pekerja KSPI yang menaungi ratusan ribu buruh menyebutkan mogok akan berlanjut."
    (quote,) = extract_quotes(text)
    assert quote["speaker"] == "Serikat pekerja KSPI"


def test_unnamed_speaker_keeps_its_relative_clause() -> None:
    text = "sejumlah warga Cibubur yang terdampak banjir"
    phrase = parse_phrase(text, tokens(text), common=common_words(text))
    assert phrase is not None and phrase.kind == "anonymous" and phrase.mention == text


def test_name_after_a_description_with_a_relative_clause() -> None:
    text = (
        "Menurut guru pembimbing tim robotik yang menjuarai lomba itu, Hendra Gunawan, "
        "para siswa berlatih setiap sore selama tiga bulan."
    )
    (quote,) = extract_quotes(text)
    assert quote["speaker"] == "Hendra Gunawan"


def test_handles_with_underscores_and_dots_stay_whole() -> None:
    text = (
        '"Semoga jalannya cepat diperbaiki," tulis akun @warga_cibubur_88.\n\n'
        '"Sudah tiga bulan begini terus," timpal akun @info.jalan.rusak.'
    )
    quotes = extract_quotes(text)
    assert [q["speaker"] for q in quotes] == ["@warga_cibubur_88", "@info.jalan.rusak"]


def test_epithet_before_anyone_spoke_names_the_one_person_named_so_far() -> None:
    text = (
        "Penyanyi Raisa Andriana memutuskan rehat dari panggung. Pelantun Kali Kedua itu "
        "mengaku ingin fokus mengurus keluarga."
    )
    quotes = extract_quotes(text)
    assert [(q["speaker"], str(q["text"])[:15]) for q in quotes] == [
        ("Raisa Andriana", "ingin fokus men")
    ]


def test_epithet_as_a_subject_keeps_the_focus_on_its_person() -> None:
    text = (
        '"Kami senang sekali bisa tampil lagi di sini," kata Ariel kepada penonton.\n\n'
        "Pelantun Separuh Aku itu memang lahir di kota ini.\n\n"
        '"Rasanya seperti pulang kampung," ujarnya.'
    )
    # NER reads song titles as names now and then: the epithet must still point back.
    title = text.index("Separuh Aku")
    entities = [
        {
            "text": "Ariel",
            "label": "PER",
            "start": text.index("Ariel"),
            "end": text.index("Ariel") + 5,
        },
        {"text": "Separuh Aku", "label": "PER", "start": title, "end": title + 11},
    ]
    quotes = extract_quotes(text, entities=entities)
    assert [q["speaker"] for q in quotes] == ["Ariel", "Ariel"]


def test_not_forgetting_to_add_is_adding() -> None:
    text = "Perusahaan Logitek tak lupa menambahkan bahwa baterainya tahan hingga dua minggu."
    (quote,) = extract_quotes(text)
    assert quote["speaker"] == "Perusahaan Logitek"
    assert str(quote["text"]).startswith("baterainya")
    assert (
        extract_quotes("Budi tidak menyebutkan bahwa rapat itu ditunda sampai pekan depan.") == []
    )


def test_source_with_a_relative_clause_after_menurut() -> None:
    text = (
        "Menurut Badan Meteorologi Jepang (JMA) yang dikutip kantor berita Kyodo, gempa itu "
        "tidak menimbulkan kerusakan berarti."
    )
    (quote,) = extract_quotes(text)
    assert quote["speaker"] == "Badan Meteorologi Jepang"
    assert str(quote["text"]).startswith("gempa itu")


def test_a_forecast_is_reported_speech() -> None:
    text = "Ekonom Bank Permata Josua Pardede memperkirakan inflasi bulan ini tetap terkendali."
    (quote,) = extract_quotes(text)
    assert quote["speaker"] == "Josua Pardede" and str(quote["text"]).startswith("inflasi")


def test_nickname_in_quotation_marks_is_not_part_of_the_name() -> None:
    text = (
        "Rekan setim Marcus Gideon, Kevin 'Sinyo' Sanjaya, menyatakan para pemain muda "
        "sudah siap tampil di turnamen itu."
    )
    (quote,) = extract_quotes(text)
    assert quote["speaker"] == "Kevin Sanjaya"


def test_resmi_before_the_verb_is_not_part_of_the_subject() -> None:
    text = "Persija juga telah resmi mengumumkan bahwa kontrak pelatih itu diperpanjang."
    (quote,) = extract_quotes(text)
    assert quote["speaker"] == "Persija"


def test_feelings_and_owned_nouns_are_objects_not_statements() -> None:
    assert (
        extract_quotes(
            "Bupati Sleman Sri Purnomo menyampaikan rasa terima kasih kepada para relawan banjir."
        )
        == []
    )
    assert (
        extract_quotes(
            "Pengemudi itu mengakui kelalaiannya saat berkendara yang menyebabkan tabrakan."
        )
        == []
    )
    (quote,) = extract_quotes("Pengemudi itu mengakui bahwa ia mengantuk saat berkendara.")
    assert str(quote["text"]).startswith("ia mengantuk")


def test_a_half_tagged_organisation_keeps_its_first_word() -> None:
    text = "Menurut laporan Teen Vogue, foto itu diunggah oleh ayah sang penyanyi pada Senin malam."
    entities = [{"text": "Vogue", "label": "ORG", "start": 21, "end": 26}]
    (quote,) = extract_quotes(text, entities=entities)
    assert quote["speaker"] == "Teen Vogue"


def test_an_epithet_after_the_statement_names_who_the_statement_is_about() -> None:
    text = (
        "Rudy Hartono mundur dari turnamen itu karena cedera bahu, kata mantan juara dunia "
        "itu pada Minggu."
    )
    (quote,) = extract_quotes(text)
    assert quote["speaker"] == "Rudy Hartono"


def test_adverbials_before_a_pronoun_subject() -> None:
    text = (
        "Susi Susanti kembali menjadi perbincangan. Belakangan ini ia mengaku ingin melatih "
        "pemain muda di kampung halamannya."
    )
    quotes = extract_quotes(text)
    assert [q["speaker"] for q in quotes] == ["Susi Susanti"]


def test_a_described_someone_with_a_relative_clause_is_the_person_in_focus() -> None:
    text = (
        "Gubernur Jawa Barat Dedi Mulyadi meninjau lokasi banjir di Bekasi.\n\n"
        '"Kami kirim bantuan hari ini juga," kata pria yang akrab disapa KDM itu di lokasi.'
    )
    quotes = extract_quotes(text)
    assert [q["speaker"] for q in quotes] == ["Dedi Mulyadi"]


def _bayarin(text: str) -> list[dict[str, object]]:
    """What NER finds: the company and the person."""
    org, per = text.index("Bayarin"), text.index("Andi Wirawan")
    return [
        {"text": "Bayarin", "label": "ORG", "start": org, "end": org + 7},
        {"text": "Andi Wirawan", "label": "PER", "start": per, "end": per + 12},
    ]


def test_two_titles_of_one_person_joined_by_dan() -> None:
    text = (
        '"Tahun ini kami fokus memperluas jaringan pedagang," ujar CEO dan Co-Founder '
        "Bayarin Andi Wirawan."
    )
    (quote,) = extract_quotes(text, entities=_bayarin(text))
    assert quote["speaker"] == "Andi Wirawan"


def test_a_lone_ceo_is_the_ceo_named_before() -> None:
    text = (
        "CEO Bayarin Andi Wirawan meresmikan kantor baru perusahaan itu di Surabaya.\n\n"
        '"Kami ingin lebih dekat dengan pedagang di Jawa Timur," kata CEO kepada wartawan.'
    )
    quotes = extract_quotes(text, entities=_bayarin(text))
    assert [q["speaker"] for q in quotes] == ["Andi Wirawan"]


def test_military_rank_before_a_name_is_a_role() -> None:
    text = (
        "Kepala Basarnas Marsda Bagus Puruhito memastikan seluruh korban telah dievakuasi "
        "ke rumah sakit."
    )
    (quote,) = extract_quotes(text)
    assert quote["speaker"] == "Bagus Puruhito"


def test_a_passive_verb_opening_the_sentence_is_no_name() -> None:
    text = (
        "Dinilai Shin, faktor fisik berperan besar dalam kekalahan itu.\n\n"
        '"Lawan lebih kuat secara fisik," ucap Shin kepada wartawan.'
    )
    quotes = extract_quotes(text)
    assert {q["speaker"] for q in quotes} == {"Shin"}


def test_untuk_before_the_verb_leaves_the_agent_as_speaker() -> None:
    text = (
        "Puisi itu digunakan Zhang untuk menegaskan bahwa Beijing tidak takut terhadap "
        "tekanan dari luar."
    )
    (quote,) = extract_quotes(text)
    assert quote["speaker"] == "Zhang"


def test_title_and_body_acronym_before_a_single_name() -> None:
    text = "Kepala BPS Amalia Widyasanti menilai, inflasi bulan ini masih terkendali."
    (quote,) = extract_quotes(text)
    assert quote["speaker"] == "Amalia Widyasanti"
    text = "Kepala BPS Suharyanto menilai, pemerintah perlu memperhatikan harga tiket pesawat."
    (quote,) = extract_quotes(text)
    assert quote["speaker"] == "Suharyanto" and quote["role"] == "Kepala BPS"


def test_nobody_claiming_is_no_statement() -> None:
    assert extract_quotes("Belum ada pihak yang mengaku bertanggung jawab atas ledakan itu.") == []
    assert extract_quotes("Tidak ada warga yang menyebutkan bahwa jembatan itu retak.") == []


def test_a_hope_told_is_an_object_not_a_statement() -> None:
    text = "Ketua panitia pun menuturkan harapannya atas terselenggaranya bazar itu tahun ini."
    assert extract_quotes(text) == []


def test_sang_epithet_and_konon() -> None:
    text = (
        "Klub itu siap memberikan kontrak baru kepada Shin Tae-yong.\n\n"
        "Dan sang pelatih konon sudah mengatakan pada manajemen untuk segera mendatangkan "
        "dua pemain baru."
    )
    quotes = extract_quotes(text)
    assert [q["speaker"] for q in quotes] == ["Shin Tae-yong"]


def test_dinilai_opens_a_view() -> None:
    text = "Dinilai Indra, faktor fisik berperan besar dalam kekalahan timnya malam itu."
    (quote,) = extract_quotes(text)
    assert quote["speaker"] == "Indra" and str(quote["text"]).startswith("faktor fisik")


def test_a_comma_after_a_verb_of_saying_opens_the_statement() -> None:
    text = "Tjahjo mengemukakan, pertemuan sempat terhambat oleh perbedaan pendapat."
    (quote,) = extract_quotes(text)
    assert str(quote["text"]).startswith("pertemuan sempat")
    text = (
        "Joko Santoso menerima utusan pemerintah di keraton.\n\n"
        "Ia membenarkan, penandatanganan akan dilakukan pekan depan."
    )
    (quote,) = extract_quotes(text)
    assert str(quote["text"]).startswith("penandatanganan")
    (quote,) = extract_quotes("Kemarin Tjahjo mengemukakan, rapat itu sempat tertunda dua kali.")
    assert quote["speaker"] == "Tjahjo"
    # A hope and a statistic are not claims.
    assert extract_quotes("Budi pun berharap, tim khusus ini bekerja cepat tahun ini.") == []
    assert extract_quotes("RTI mencatat, investor membukukan transaksi Rp 4,5 triliun.") == []


def test_menyebut_jika_reports_a_statement() -> None:
    text = "Sebelumnya, Alves menyebut jika aksi itu tidak pantas ditiru pemain muda."
    (quote,) = extract_quotes(text)
    assert quote["speaker"] == "Alves" and str(quote["text"]).startswith("aksi itu")


def test_selaku_and_sebagai_set_the_capacity_off_the_name() -> None:
    text = (
        "Debby Wulandari selaku Ketua Dewan Pembina Parfi mengatakan ini merupakan langkah "
        "penting bagi organisasi."
    )
    (quote,) = extract_quotes(text)
    assert (quote["speaker"], quote["role"]) == ("Debby Wulandari", "Ketua Dewan Pembina Parfi")
    text = "Budi Santoso sebagai ketua panitia menyebutkan acara itu dihadiri seribu orang."
    (quote,) = extract_quotes(text)
    assert (quote["speaker"], quote["role"]) == ("Budi Santoso", "ketua panitia")


def test_a_noun_opening_a_sentence_does_not_take_the_focus() -> None:
    text = (
        "Komandan Lantamal IV Eko Suyatno memimpin pencarian korban.\n\n"
        "Upaya yang dilakukan TNI AL bergerak cepat dengan berkoordinasi dengan Singapura.\n\n"
        '"Dua kapal sudah kami kerahkan ke lokasi," kata dia.'
    )
    quotes = extract_quotes(text)
    assert [q["speaker"] for q in quotes] == ["Eko Suyatno"]
