"""Round 61: entities, roles and quote attribution read off IndoSum articles."""

from __future__ import annotations

from _extract_support import mentions as _mentions
from _extract_support import quotes as _quotes
from _extract_support import roles as _roles

from warta.extract.canonical import resolve_in_document
from warta.extract.entities import find_entities


def test_a_paper_handed_over_is_no_statement() -> None:
    text = (
        "Cuaca cerah.\n\nPKPI telah resmi menyampaikan surat pengajuan sengketa Pemilu 2019 ke "
        "Bawaslu RI beserta lampiran bukti-bukti.\n\n"
        "Ketua KPU Arief Budiman menyampaikan berkas gugatan itu ke Mahkamah Agung pekan lalu."
    )
    assert _quotes(text) == []


def test_a_paper_stated_about_is_still_a_statement() -> None:
    # (guards: what a paper says, and a statement about a paper, are reported)
    text = (
        "Cuaca cerah.\n\nPKPI sudah menyampaikan surat resmi ke Bawaslu RI bahwa terdapat "
        "verifikasi faktual yang menyimpang.\n\n"
        "Wakil Ketua KPK Alexander Marwata menyatakan berkas perkara Setya Novanto dalam kasus "
        "korupsi proyek e-KTP telah mencapai 70 persen."
    )
    found = _quotes(text)
    assert [q[0] for q in found] == ["PKPI", "Alexander Marwata"]
    assert "bahwa terdapat verifikasi" in found[0][2]
    assert found[1][2].startswith("berkas perkara Setya Novanto")


def test_the_date_a_subject_acted_on_is_no_part_of_it() -> None:
    text = (
        "Cuaca cerah.\n\nPada 14 Februari 2018 PKPI mengatakan pihaknya akan menggugat ke "
        "Bawaslu.\n\nPada 3 Mei Ketua KPU Arief Budiman menyatakan pihaknya siap menghadapi "
        "gugatan itu."
    )
    found = _quotes(text)
    assert [q[:2] for q in found] == [("PKPI", None), ("Arief Budiman", "Ketua KPU")]


def test_an_organiser_set_off_before_the_name_is_a_role() -> None:
    text = (
        'Cuaca cerah.\n\n"Bali dipilih karena memiliki daya magnet yang luar biasa," kata '
        "Penyelenggara GFNY Bali, Tenne Permatasari dalam keterangan pers di Jakarta, Jumat "
        '(29/9/2017).\n\n"Kami akan membuka pendaftaran bulan depan," ujar Pengelola Taman '
        "Safari, Budi Santoso."
    )
    found = _quotes(text)
    assert [q[:2] for q in found] == [
        ("Tenne Permatasari", "Penyelenggara GFNY Bali"),
        ("Budi Santoso", "Pengelola Taman Safari"),
    ]


def test_a_cue_between_marks_set_the_wrong_way_round_quotes_nothing() -> None:
    text = (
        "Cuaca cerah.\n\nLandis mengatakan bahwa dia periang dan cepat menjadi teman baik "
        'keluarga." Michael bertekad kuat bahwa semuanya harus menjadi yang terbaik, "katanya." '
        'Dia punya etos kerja yang spektakuler, "kata Landis.'
    )
    assert not any(q[2].strip(" .") in {"katanya", "dan"} for q in _quotes(text))


def test_the_day_set_off_after_according_to_is_no_part_of_the_statement() -> None:
    text = (
        "Cuaca cerah.\n\nMenurut Kadiv Humas Polri Irjen Boy Rafli Amar, Senin (29/8/2016), "
        "penangkapan Gatot dilakukan berdasarkan informasi masyarakat.\n\n"
        "Menurut Budi, Senin adalah hari yang paling sibuk bagi para pedagang."
    )
    found = _quotes(text)
    assert found[0] == (
        "Boy Rafli Amar",
        "Kadiv Humas Polri",
        "penangkapan Gatot dilakukan berdasarkan informasi masyarakat",
    )
    # (a guard: a day that opens the statement itself stays)
    assert found[1][2].startswith("Senin adalah hari")


def test_the_fields_a_title_lists_are_no_name() -> None:
    text = (
        'Cuaca cerah.\n\n"Iya itu perhatian setiap tahun," ujar Deputi Bidang Usaha Energi, '
        "Logistik, Kawasan dan Pariwisata Kementerian BUMN, Edwin Abdullah Hidayat, di Hotel "
        'Shangri-La, Jakarta, Kamis (28/9).\n\n"Kami siap," kata Kepala Desa Sukamaju, '
        "Sutrisno, di Bogor."
    )
    found = _quotes(text)
    assert found[0][:2] == (
        "Edwin Abdullah Hidayat",
        "Deputi Bidang Usaha Energi, Logistik, Kawasan dan Pariwisata Kementerian BUMN",
    )
    assert found[1][:2] == ("Sutrisno", "Kepala Desa Sukamaju")


def test_a_name_set_off_after_a_firms_origin_is_the_firm() -> None:
    text = (
        "Cuaca cerah.\n\nBelum lama ini perusahaan konstruksi asal Swedia, Vipp, meluncurkan "
        "paket wisata.\n\nIa menyampaikan dukacita terhadap tim asal Brasil, Chapecoense, yang "
        "mengalami kecelakaan. Pesawat Chapecoense jatuh di Kolombia."
    )
    found = _mentions(text)
    assert ("Vipp", "ORG") in found
    assert ("Chapecoense", "ORG") in found
    assert ("Chapecoense", "LOC") not in found
    assert ("Swedia", "LOC") in found


def test_places_and_people_after_an_origin_stay_what_they_are() -> None:
    # (guards: countries listed after the origin, and one whose calling opens the phrase)
    text = (
        "Cuaca cerah.\n\nSalah satu perusahaan satelit asal Malaysia, Thailand, Eropa, dan "
        "Amerika ikut.\n\nPelatih tim asal Jepang, Budi Santoso, datang ke Jakarta."
    )
    found = _mentions(text)
    assert ("Thailand", "LOC") in found
    assert ("Budi Santoso", "PER") in found


def test_a_body_named_right_after_a_datelines_dashes_is_found() -> None:
    text = (
        "Jakarta, CNN Indonesia - - Penyidik Komisi Pemberantasan Korupsi menetapkan Wali Kota "
        "Madiun Bambang Irianto sebagai tersangka.\n\n"
        "INDRAMAYU - Kepala Dinas Kebersihan dan Pertamanan Kabupaten Indramayu, Aep Surahman, "
        "meninjau lokasi."
    )
    found = _mentions(text)
    assert ("Komisi Pemberantasan Korupsi", "ORG") in found
    assert ("Bambang Irianto", "PER") in found


def test_places_told_apart_by_their_side_stay_apart() -> None:
    resolved = resolve_in_document(
        [("Sulawesi Tengah", "LOC"), ("Sulawesi Tenggara", "LOC"), ("Maluku Tengah", "LOC"),
         ("Maluku Tenggara", "LOC"), ("Sumatera Utara", "LOC"), ("sumatra Utara", "LOC")]
    )  # fmt: skip
    assert resolved[:4] == [
        "Sulawesi Tengah",
        "Sulawesi Tenggara",
        "Maluku Tengah",
        "Maluku Tenggara",
    ]
    # (a guard: a spelling of one place still joins it)
    assert resolved[4:] == ["Sumatera Utara", "Sumatera Utara"]


def test_in_the_middle_of_doing_is_no_side_of_a_name() -> None:
    text = (
        "Cuaca cerah.\n\nIa mengantar jurnalis itu ke tempat di mana Pemberontakan Gwangju "
        "tengah terjadi.\n\nKementerian Perindustrian tengah mengembangkan prototipe "
        "kendaraan pedesaan."
    )
    found = _mentions(text)
    assert ("Gwangju", "LOC") in found
    assert ("Kementerian Perindustrian", "ORG") in found
    assert not any(t.endswith("tengah") for t, _ in found)


def test_a_province_written_small_keeps_its_side() -> None:
    # (a guard: "Jawa tengah memiliki …" is Central Java, written small)
    text = (
        "Cuaca cerah.\n\nPartai politik di Jawa tengah sudah habis. Jawa tengah memiliki 35 "
        "kabupaten."
    )
    assert _mentions(text) == [("Jawa tengah", "LOC"), ("Jawa tengah", "LOC")]


def test_an_apps_feature_is_no_entity() -> None:
    text = (
        "Cuaca cerah.\n\nCEO Jurnal.id Daniel Witono mengumumkan peluncuran fitur Cash Link di "
        "Jakarta. Platform Cash Link ini gratis.\n\nFoto itu diunggah ke fitur Instagram Story "
        "miliknya. Akun Instagram Ariel ramai.\n\nCEO Seekmi Nayoko Wicaksono mengatakan fitur "
        "Seekmi Agent akan menjadi prioritas Seekmi."
    )
    found = _mentions(text)
    assert not any(t in {"Cash Link", "Instagram Story", "Seekmi Agent"} for t, _ in found)
    assert ("Instagram", "ORG") in found
    assert ("Jurnal.id", "ORG") in found
    # (a feature named after its maker: the firm)
    assert ("Seekmi", "ORG") in found
    assert ("Seekmi", "PER") not in found


def test_a_members_name_glued_before_the_group_is_the_two() -> None:
    text = (
        "Cuaca cerah.\n\nPersonel boyband BIGBANG, Taeyang, tidak sabar bertemu penggemarnya di "
        'Indonesia.\n\n"Sampai jumpa di sana," tutup Taeyang.\n\n'
        "Baca juga: Taeyang BIGBANG siap buat penggemar Indonesia terpesona"
    )
    found = _mentions(text)
    assert ("Taeyang", "PER") in found
    assert ("Taeyang", "ORG") not in found
    assert ("Taeyang BIGBANG", "ORG") not in found
    assert found.count(("BIGBANG", "ORG")) == 2


def test_a_name_inside_anothers_role_holds_none_of_it() -> None:
    text = (
        "Cuaca cerah.\n\nSeusai laga, kapten dari tim Essien, Dani Hamdani berharap Persib "
        "Bandung menang. Michael Essien tersenyum."
    )
    found = find_entities(text)
    essien = [m for m in found if m["text"] == "Essien"]
    assert essien and not any(m.get("role") for m in essien)
    assert _roles(text)["Dani Hamdani"] == "kapten dari tim Essien"


def test_a_name_after_a_firms_title_inside_anothers_role_is_the_firm() -> None:
    from warta.extract.entity_roles import names_inside_roles

    found = [
        {"text": "Gilkor", "label": "PER", "start": 4, "end": 10, "role": "CEO"},
        {"text": "Sinartus Sosrodjojo", "label": "PER", "start": 11, "end": 30,
         "role": "CEO Gilkor"},
    ]  # fmt: skip
    names_inside_roles(found)
    assert found[0]["label"] == "ORG" and "role" not in found[0]
    assert found[1]["role"] == "CEO Gilkor"


def test_an_ampersand_joins_the_words_of_one_office() -> None:
    text = (
        '"Saat ini banyak kaum urban memilih apartemen," ujar Wenny Yuniar, VP Home Living & '
        "Culinary Category Blibli.\n\nHal itu disampaikan Budi Santoso, Head of Marketing & "
        "Communication Tokopedia, di Jakarta."
    )
    assert _quotes(text)[0][:2] == ("Wenny Yuniar", "VP Home Living & Culinary Category Blibli")
    assert _roles(text)["Budi Santoso"] == "Head of Marketing & Communication Tokopedia"


def test_who_goes_on_speaking_has_spoken_before() -> None:
    text = (
        'Cuaca cerah.\n\n"Ternyata ada seorang ibu yang tergeletak di pinggir jalan hendak '
        'melahirkan," ujar Kapolres Purwakarta AKBP Hanny Hidayat, Minggu (2/7).\n\n'
        "Ibu bernama Sukiati itu akhirnya melahirkan di jalan. Sukiati dan bayinya kemudian "
        'dibawa ke Rumah Sakit Siloam. "Bayinya berjenis kelamin perempuan, sudah lahir," '
        "lanjutnya."
    )
    assert [q[0] for q in _quotes(text)] == ["Hanny Hidayat", "Hanny Hidayat"]


def test_one_whose_words_were_reported_may_go_on() -> None:
    # (a guard: the one the narration reported goes on, though not quoted before)
    text = (
        'Cuaca cerah.\n\n"Kita masih mendidik pedagang," kata Debbie Sianturi.\n\n'
        "Rahmad Widjaja Sakti mengungkap pemilihan TCash tak lepas dari layanan mereka yang "
        'mudah digunakan.\n\n"Untuk sementara TCash dulu, kalau sudah bagus kita teruskan," '
        "imbuhnya."
    )
    assert _quotes(text)[-1][0] == "Rahmad Widjaja Sakti"


def test_an_office_set_off_after_antara_is_the_first_of_the_pair() -> None:
    text = (
        "Cuaca cerah.\n\nKesepakatan ini menyudahi konflik yang sempat muncul antara manajer "
        "Chelsea, Antonio Conte dengan Costa."
    )
    assert _roles(text)["Antonio Conte"] == "manajer Chelsea"


def test_a_datelines_place_the_tagger_left_out_is_a_place() -> None:
    text = (
        "SOLO, JUARA.net - Pemain tim voli putri Jakarta Elektrik PLN, Aprilia Manganang, "
        "enggan bersikap jemawa."
    )
    assert _mentions(text)[0] == ("SOLO", "LOC")


def test_no_dateline_in_a_doubled_word_or_an_outlet_before_its_place() -> None:
    # (guards: "Kota - kota" is a word doubled over a spaced hyphen; "JUARA, GLASGOW -"
    # names the outlet first)
    assert ("Kota", "LOC") not in _mentions(
        "Cuaca cerah.\n\nKota - kota yang tercakup di dalam tur ini antara lain Bandung."
    )
    assert ("JUARA", "LOC") not in _mentions("JUARA, GLASGOW - Pebulu tangkis itu menang.")


def test_several_people_as_a_subject_put_none_of_them_in_focus() -> None:
    text = (
        'Cuaca cerah.\n\n"Mari buktikan itu pada persidangan," kata Juru Bicara KPK Febri '
        "Diansyah.\n\nKPK meyakini dugaan keterlibatan Setnov. Apalagi, mantan pejabat "
        "Kementerian Dalam Negeri Irman dan Sugiharto serta Andi Narogong sudah dibawa ke "
        'pengadilan.\n\n"Kami cukup yakin ada dugaan kuat SN menjadi bagian dari kasus ini," '
        "ujarnya."
    )
    assert [q[0] for q in _quotes(text)] == ["Febri Diansyah", "Febri Diansyah"]


def test_an_english_office_opening_on_its_reach_is_a_role() -> None:
    text = (
        '"Kolaborasi ini menunjukkan kemampuan printer kami," ungkap Shuji Hamaguchi, Regional '
        "General Manager Southeast Asia Epson."
    )
    assert _quotes(text)[0][:2] == (
        "Shuji Hamaguchi",
        "Regional General Manager Southeast Asia Epson",
    )


def test_an_interjection_is_no_name() -> None:
    text = (
        "Cuaca cerah.\n\nYap, hal ini sesuai dengan julukannya sebagai pemanas air pintar. "
        "Hmm, kira-kira siapa yang akan menang?"
    )
    assert _mentions(text) == []


def test_a_works_title_between_quote_marks_is_no_one_in_focus() -> None:
    text = (
        'Cuaca cerah.\n\n"Kami sudah siap syuting," kata aktor Restu Sinaga.\n\n'
        "Maka, ' Merah Putih Memanggil ' menjadi film pertama Restu setelah bebas.\n\n"
        '"Fisik pasti. Pasti latihan nembak," imbuhnya.'
    )
    assert [q[0] for q in _quotes(text)] == ["Restu Sinaga", "Restu Sinaga"]


def test_a_speaker_takes_the_one_role_the_article_gives_elsewhere() -> None:
    text = (
        "Cuaca cerah.\n\nManajer Manchester United Jose Mourinho memuji timnya.\n\n"
        '"Kami bermain bagus," kata Mourinho.'
    )
    assert _quotes(text)[0][:2] == ("Jose Mourinho", "Manajer Manchester United")


def test_a_rank_or_several_roles_given_elsewhere_are_no_speakers_role() -> None:
    from warta.extract.quotes.extract import roles_the_article_gives_elsewhere

    entities = [
        {"text": "Rikwanto", "label": "PER", "canonical": "Rikwanto", "role": "Brigjen"},
        {"text": "Joko Widodo", "label": "PER", "canonical": "Joko Widodo", "role": "Presiden"},
        {"text": "Jokowi", "label": "PER", "canonical": "Joko Widodo", "role": "cawapres"},
    ]
    quotes = [{"speaker": "Rikwanto", "role": None}, {"speaker": "Joko Widodo", "role": None}]
    roles_the_article_gives_elsewhere(entities, quotes)
    assert [q["role"] for q in quotes] == [None, None]


def test_a_second_verb_of_saying_joined_to_the_first_opens_no_statement() -> None:
    text = (
        "Cuaca cerah.\n\nSebelumnya, Presiden Park Geun-hye sudah mengaku dan membenarkan bahwa "
        "dirinya telah membocorkan beberapa dokumen negara kepada kerabatnya."
    )
    assert _quotes(text)[0][2].startswith("dirinya telah membocorkan")


def test_the_police_rank_komisaris_after_an_office_is_no_part_of_it() -> None:
    text = (
        'Cuaca cerah.\n\n"Kami kerahkan 75 personel gabungan," kata Kapolsek Taman Sari '
        "Komisaris Erick Frendriz, di lokasi.\n\nKomisaris PT Garuda Indonesia Budi Santoso "
        "hadir."
    )
    roles = _roles(text)
    assert roles["Erick Frendriz"] == "Kapolsek Taman Sari"
    # (guards: a commissioner of a firm holds that office; "Komisaris Besar" is a whole rank)
    assert roles["Budi Santoso"] == "Komisaris PT Garuda Indonesia"
    assert (
        _roles(
            'Cuaca cerah.\n\n"Ya benar," kata Kepala Bidang Humas Polda Metro Jaya Komisaris Besar '
            "Argo Yuwono."
        )["Argo Yuwono"]
        == "Kepala Bidang Humas Polda Metro Jaya"
    )
