"""Who said it: pronouns, short names, long titles, colon introductions, organisations,
anonymous sources and reported speech."""

from __future__ import annotations

from typing import Any

from warta.extract.quotes import QuoteOptions, extract_quotes


def _direct(text: str, **kwargs: Any) -> list[tuple[str, str | None]]:
    return [
        (q["text"][:20], q["speaker"])
        for q in extract_quotes(text, **kwargs)
        if q["kind"] == "direct"
    ]


def test_pronoun_suffix_takes_previous_speaker_not_nearest_name() -> None:
    text = (
        "Menteri Pertanian Andi Amran Sulaiman meninjau pasar di Surabaya.\n\n"
        '"Produksi ayam kita surplus tahun ini," kata Amran.\n\n'
        "Data Badan Pusat Statistik dan Kementerian Perdagangan juga menunjukkan hal serupa.\n\n"
        '"Harga di tingkat peternak harus dijaga," ujarnya.'
    )
    quotes = extract_quotes(text)
    direct = [q for q in quotes if q["kind"] == "direct"]
    assert [q["speaker"] for q in direct] == ["Andi Amran Sulaiman"] * 2
    assert direct[1]["speaker_mention"] == "-nya"
    assert direct[0]["role"] == "Menteri Pertanian"


def test_first_name_resolves_to_fullest_name() -> None:
    text = (
        "Kepala Badan Kebijakan Fiskal Febrio Kacaribu memastikan defisit terjaga.\n\n"
        '"Defisit masih sesuai rencana," kata Febrio.'
    )
    assert _direct(text) == [("Defisit masih sesuai", "Febrio Kacaribu")]


def test_nickname_in_parentheses_resolves_to_name() -> None:
    text = (
        "Ketua MPR Bambang Soesatyo (Bamsoet) meminta partai menahan diri.\n\n"
        '"Perbedaan pilihan itu biasa," ujar Bamsoet.'
    )
    (quote,) = [q for q in extract_quotes(text) if q["kind"] == "direct"]
    assert quote["speaker"] == "Bambang Soesatyo" and quote["speaker_mention"] == "Bamsoet"


def test_long_title_before_name_becomes_role() -> None:
    text = (
        '"Bantuan terus kami tambah," kata Kepala Satuan Tugas Penanganan Covid-19 '
        "Budi Santoso di Jakarta."
    )
    (quote,) = extract_quotes(text)
    assert quote["speaker"] == "Budi Santoso"
    assert quote["role"] == "Kepala Satuan Tugas Penanganan Covid-19"


def test_apposition_gives_role() -> None:
    text = "“Dan saat ini, Rusia bergerak maju,” kata Jen Psaki, sekretaris pers AS."
    (quote,) = extract_quotes(text)
    assert (quote["speaker"], quote["role"], quote["cue"]) == (
        "Jen Psaki",
        "sekretaris pers AS",
        "kata",
    )


def test_colon_introduction_and_anonymous_source() -> None:
    text = "Seorang pejabat senior administrasi mengatakan kepada AFP: “Waktu harus diputuskan.”"
    (quote,) = extract_quotes(text)
    assert quote["speaker"] == "seorang pejabat senior administrasi" and quote["anonymous"]
    bare = "Wali Kota Bandung Muhammad Farhan: “Saya sudah instruksikan semua camat.”"
    (quote,) = extract_quotes(bare)
    assert (quote["speaker"], quote["cue"]) == ("Muhammad Farhan", ":")


def test_organisation_speaker_when_no_person_is_named() -> None:
    text = (
        "Gedung Putih memperingatkan dalam pernyataannya bahwa pihaknya siap "
        "“untuk memberikan konsekuensi yang cepat dan berat” jika Rusia menyerang."
    )
    (quote,) = extract_quotes(text)
    assert quote["speaker"] == "Gedung Putih" and not quote["anonymous"]


def test_tweet_attribution() -> None:
    text = (
        "Macron juga berbicara dengan Volodymyr Zelenskiy dari Ukraina.\n\n"
        "“Kami mendukung intensifikasi proses perdamaian,” tweet Zelenskiy."
    )
    assert _direct(text) == [("Kami mendukung inten", "Volodymyr Zelenskiy")]


def test_speaker_after_quote_with_verb() -> None:
    text = (
        "“Suamiku memberitahuku: bawa anak-anak dan pergi!” Perawat berusia 31 tahun "
        "Anna Tikhonova mengatakan kepada AFP."
    )
    (quote,) = extract_quotes(text)
    assert quote["speaker"] == "Anna Tikhonova" and quote["role"] == "perawat berusia 31 tahun"


def test_definite_description_refers_to_earlier_anonymous_speaker() -> None:
    text = (
        "Seorang relawan yang enggan disebutkan namanya mengatakan bantuan masih kurang.\n\n"
        '"Selimut paling dibutuhkan," kata relawan tersebut.'
    )
    (quote,) = [q for q in extract_quotes(text) if q["kind"] == "direct"]
    # the anonymity clause says the source is anonymous (the flag); it names no one
    assert quote["speaker"] == "seorang relawan"
    assert quote["anonymous"]


def test_unattributed_continuation_keeps_speaker() -> None:
    text = (
        "“Kami membuka dua ruang darurat,” tutur Rachim Dinata. “Perawat juga kami tambah.”\n\n"
        "“Semua pasien akan tertangani.”"
    )
    assert [s for _, s in _direct(text)] == ["Rachim Dinata"] * 3


def test_indirect_quotes() -> None:
    text = (
        "Menteri Keuangan Sri Mulyani Indrawati menegaskan bahwa pemerintah tidak akan menambah "
        "utang baru.\n\nMenurut dia, penerimaan pajak tumbuh lebih cepat dari perkiraan.\n\n"
        "Pencarian korban masih dilakukan hingga malam hari, kata Sri Mulyani."
    )
    quotes = extract_quotes(text)
    assert [(q["kind"], q["speaker"], q["cue"]) for q in quotes] == [
        ("indirect", "Sri Mulyani Indrawati", "menegaskan"),
        ("indirect", "Sri Mulyani Indrawati", "menurut"),
        ("indirect", "Sri Mulyani Indrawati", "kata"),
    ]
    assert quotes[0]["text"] == "pemerintah tidak akan menambah utang baru"
    assert extract_quotes(text, options=QuoteOptions(indirect=False)) == []


def test_ner_entities_supply_fullest_name() -> None:
    text = '"Kami siap," kata Jokowi di Istana.'
    entities = [
        {"text": "Jokowi", "label": "PER", "start": 18, "end": 24, "canonical": "Joko Widodo"}
    ]
    (quote,) = extract_quotes(text, entities=entities)
    assert quote["speaker"] == "Joko Widodo" and quote["speaker_mention"] == "Jokowi"


def test_region_after_regional_title_is_not_part_of_name() -> None:
    text = (
        "Bupati Sambas Atbah Romin Suhaili meresmikan SPBU di Sambas.\n\n"
        '"Sekarang kami tidak susah lagi," ujar Atbah.\n\n'
        "Gubernur Anies Baswedan hadir.\n\n"
        '"Kami dukung," kata Anies.'
    )
    direct = [q for q in extract_quotes(text) if q["kind"] == "direct"]
    assert [(q["speaker"], q["role"]) for q in direct] == [
        ("Atbah Romin Suhaili", "Bupati Sambas"),
        ("Anies Baswedan", "Gubernur"),
    ]


def test_clause_after_comma_is_not_an_apposition() -> None:
    text = '"Kami waspada penuh," ujar Robert, pihaknya juga meningkatkan koordinasi.'
    (quote,) = [q for q in extract_quotes(text) if q["kind"] == "direct"]
    assert quote["speaker"] == "Robert" and quote["role"] is None


def test_word_after_dan_closes_a_coordinated_title() -> None:
    text = (
        "Menteri Pendidikan Dasar dan Menengah Abdul Mu'ti memastikan sistem penerimaan "
        "murid baru akan dievaluasi.\n\n"
        '"Tidak ada sistem yang sempurna," kata Mu\'ti.'
    )
    quotes = extract_quotes(text)
    assert [(q["kind"], q["speaker"]) for q in quotes] == [
        ("indirect", "Abdul Mu'ti"),
        ("direct", "Abdul Mu'ti"),
    ]
    assert quotes[0]["role"] == "Menteri Pendidikan Dasar dan Menengah"


def test_organisation_name_with_commas_and_adverbial() -> None:
    text = (
        "Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) dalam keterangan tertulisnya "
        "menyatakan bahwa hujan baru diperkirakan turun pada pekan ketiga."
    )
    (quote,) = extract_quotes(text)
    # the speaker is the name; the bracketed acronym stays in the mention only
    assert quote["speaker"] == "Badan Meteorologi, Klimatologi, dan Geofisika"
    assert quote["speaker_mention"].endswith("(BMKG)")
    assert quote["text"].startswith("hujan baru")


def test_pronoun_after_anonymous_source_stays_anonymous() -> None:
    text = (
        "Ketua P2G Satriwan Salim menilai pengawasan di daerah lemah.\n\n"
        "Seorang kepala sekolah yang tidak mau disebut namanya mengaku sering didatangi "
        "pejabat.\n\n"
        '"Kalau ditolak, kami yang repot," katanya.'
    )
    direct = [q for q in extract_quotes(text) if q["kind"] == "direct"]
    assert direct[0]["anonymous"]
    assert direct[0]["speaker"] == "seorang kepala sekolah"  # the clause is the flag


def test_sentence_initial_kata_introduces_reported_speech() -> None:
    text = "Kata Budi Santoso, jalur domisili tetap dipertahankan tahun depan."
    (quote,) = extract_quotes(text)
    assert (quote["kind"], quote["speaker"], quote["cue"]) == ("indirect", "Budi Santoso", "kata")
