"""Round 55: entities, roles and quote attribution read off IndoSum articles."""

from __future__ import annotations

from _extract_support import mentions as _mentions
from _extract_support import quotes as _quotes
from _extract_support import roles as _roles

from warta.extract.canonical import canonical_name
from warta.extract.entities import find_entities


def test_a_capitalised_particle_after_a_small_word_opens_a_longer_name() -> None:
    text = (
        "Indonesia tidak memiliki wakil ganda putri setelah sebelumnya Della Destiara "
        "Haris/Rosyita Eka Putri Sari kalah dari unggulan kedua."
    )
    assert ("Della Destiara Haris", "PER") in _mentions(text)


def test_a_balinese_name_closed_on_its_birth_order_word_takes_the_name_after_it() -> None:
    text = (
        "Pada kesempatan focus group discussion, Presiden IOI, I Made Dana M. Tangkas "
        "mengatakan, pihaknya memiliki tugas."
    )
    people = [m for m, label in _mentions(text) if label == "PER"]
    assert people == ["I Made Dana M. Tangkas"]


def test_a_balinese_name_stops_before_a_body_after_it() -> None:
    text = "Menurut I Made Polda Bali sudah bertindak."
    assert ("Polda Bali", "ORG") in _mentions(text)


def test_an_office_set_off_after_a_phrase_of_time_is_the_next_names_role() -> None:
    text = (
        "Pada awal 1957, ahli nutrisi asal London, John Yudkin mulai memperdebatkan asal "
        "penyakit kronis.\n\nKemarin, Ketua IOI, Budi Santoso mengatakan hal itu."
    )
    found = _roles(text)
    assert found["John Yudkin"] == "ahli nutrisi asal London"
    assert found["Budi Santoso"] == "Ketua IOI"


def test_a_role_set_off_before_the_name_keeps_a_word_the_name_opens_with() -> None:
    text = (
        "Menurut pengamat politik dari Universitas Gadjah Mada, Mada Sukmajati, hal itu tak "
        'perlu dilakukan.\n\n"Ini kesalahan besar," kata Mada.'
    )
    assert _roles(text)["Mada Sukmajati"] == "pengamat politik dari Universitas Gadjah Mada"
    assert {q[1] for q in _quotes(text)} == {"pengamat politik dari Universitas Gadjah Mada"}


def test_a_short_phrase_opening_the_sentence_sets_off_the_office_before_the_name() -> None:
    text = "Menanggapi hal itu, Kepala Dinas Pendidikan, Budi Santoso mengatakan hal itu."
    assert _roles(text)["Budi Santoso"] == "Kepala Dinas Pendidikan"


def test_the_place_before_a_wire_agencys_credit_is_a_place_whatever_it_is() -> None:
    text = (
        "Semarapura (ANTARA News) - Pemerintah Kabupaten Klungkung, Bali, menggelar ritual "
        "di Semarapura.\n\nJakart (ANTARA News) - Pemerintah Provinsi DKI Jakarta berencana "
        "menertibkan bangunan liar."
    )
    found = _mentions(text)
    assert ("Semarapura", "LOC") in found
    assert ("Jakart", "LOC") in found
    assert ("Semarapura", "ORG") not in found


def test_an_interjection_opening_a_quotation_is_no_name() -> None:
    text = 'Sarip menepisnya. "Ah ngaco, belum ada," sergahnya.\n\n"Ah enggaklah," ucapnya.'
    assert [m for m, label in _mentions(text) if label == "PER"] == ["Sarip"]


def test_a_clause_opening_on_an_active_verb_leaves_the_subject_after_its_comma() -> None:
    text = (
        "Ditanya berkaitan Pilbup Purwakarta, Sarip menyebutkan, pihaknya belum membuka "
        "pendaftaran. Menyoal santer Sekda Purwakarta Fadil Karsoma akan diusung Golkar di "
        'Pilbup Purwakarta, Sarip menepisnya. "Ah ngaco, belum ada," sergahnya.'
    )
    assert [q[0] for q in _quotes(text)] == ["Sarip", "Sarip"]


def test_a_party_board_before_a_party_tagged_with_its_region_is_one_body() -> None:
    text = (
        "Tiga poin dihasilkan pada Rapat Pleno diperluas DPD Golkar Purwakarta, Senin (10/4). "
        "Salah satunya, menetapkan dukungan terhadap Ketua DPD Golkar Jabar Dedi Mulyadi."
    )
    found = _mentions(text)
    assert ("DPD Golkar Purwakarta", "ORG") in found
    assert ("DPD", "ORG") not in found


def test_a_goalkeeper_by_the_spelt_out_calling_has_it_as_role() -> None:
    text = (
        "Dia membuat penjaga gawang Andrea Seculin mati langkah.\n\n"
        "Penjaga gawang Bali United, Wawan Hendrawan, tampil gemilang."
    )
    found = _roles(text)
    assert found["Andrea Seculin"] == "penjaga gawang"
    assert found["Wawan Hendrawan"] == "Penjaga gawang Bali United"


def test_a_phenomenon_named_in_english_plural_or_in_indonesian_is_no_entity() -> None:
    text = (
        "Para astronom menggunakan pengukuran fenomena yang disebut Osilasi Akustik Baryon "
        "(Baryon Acoustic Oscillations/BAOs) di Apache Point Observatory."
    )
    names = [m for m, _ in _mentions(text)]
    assert "Osilasi Akustik Baryon" not in names
    assert "Baryon Acoustic Oscillations" not in names
    assert "Apache Point Observatory" in names


def test_a_calling_set_off_after_the_body_a_person_is_from_is_their_role() -> None:
    text = '"Quasar ini amat sangat jauh," kata Gongbo Zhao dari NAOC, pemimpin studi yang lain.'
    assert _roles(text)["Gongbo Zhao"] == "pemimpin studi"


def test_one_name_read_as_a_person_in_a_list_of_bodies_is_a_body() -> None:
    text = (
        "Lambert pernah membawa Norwich City ke Liga Primer sebelum mencatat hasil kurang "
        "memuaskan bersama Aston Villa, Blackburn Rovers dan Wolves."
    )
    assert ("Wolves", "ORG") in _mentions(text)


def test_a_list_of_people_keeps_its_people() -> None:
    text = "Hadir dalam acara itu Persib, Budi Santoso, dan Andi Saputra."
    assert ("Budi Santoso", "PER") in _mentions(text)


def test_a_name_after_menurut_then_the_statement_with_no_comma_reports_it() -> None:
    text = (
        "Menurut Direktur Ippudo Indonesia Amanda Sihombing perbedaan cara makan ramen orang "
        "Indonesia dan Jepang dipengaruhi oleh budaya."
    )
    assert [(q[0], q[1]) for q in _quotes(text)] == [
        ("Amanda Sihombing", "Direktur Ippudo Indonesia")
    ]


def test_data_after_menurut_reports_no_one_without_a_comma() -> None:
    text = (
        "Menurut data Kementerian Perindustrian nilai ekspor kain tenun pada 2015 mencapai "
        "US$ 1 miliar."
    )
    assert [q[0] for q in _quotes(text)] == []


def test_an_opinion_given_with_berpendapat_or_beranggapan_is_reported_without_bahwa() -> None:
    text = (
        "Pakar hukum tata negara Jimly Asshiddiqie berpendapat rancangan undang-undang itu "
        "tidak perlu mengatur ambang batas.\n\nAmanda Sihombing beranggapan ramen sebenarnya "
        "sudah disajikan dengan topping yang sesuai."
    )
    assert [q[0] for q in _quotes(text)] == ["Jimly Asshiddiqie", "Amanda Sihombing"]


def test_a_known_body_written_with_spaces_around_its_hyphen_keeps_its_type() -> None:
    text = "Alasannya, Al - Qaidah sudah tidak lagi melakukan serangan bom bunuh diri."
    assert ("Al - Qaidah", "ORG") in _mentions(text)


def test_two_callings_joined_by_sekaligus_before_a_name_are_one_role() -> None:
    text = (
        "Diwawancara terpisah sebelumnya, pemerhati terorisme sekaligus pemilik situs "
        "Arrahmah.com, Muhammad Jibriel Abdul Rahman, juga mengatakan ciri-ciri serangan itu."
    )
    assert (
        _roles(text)["Muhammad Jibriel Abdul Rahman"]
        == "pemerhati terorisme sekaligus pemilik situs Arrahmah.com"
    )


def test_an_age_group_after_timnas_is_the_national_team_of_that_age() -> None:
    text = (
        "Laga uji coba ini merupakan persiapan timnas U - 22 jelang SEA Games. Pemain muda "
        "itu masih bersama tim nasional U - 19."
    )
    found = find_entities(text)
    teams = [(m["text"], m["label"], m["canonical"]) for m in found]
    assert ("timnas U - 22", "ORG", "Timnas U-22") in teams
    assert ("U - 22", "ORG", "U-22") not in teams


def test_tim_nasional_and_timnas_share_one_canonical_name() -> None:
    assert canonical_name("Tim Nasional Italia") == canonical_name("timnas Italia")


def test_golkars_numbered_boards_are_the_party_boards_of_their_region() -> None:
    text = (
        "Ketua DPD Partai Demokrat Provinsi Jawa Tengah, Rinto Subekti, hadir. Ketua Harian "
        "DPD I Partai Golkar Jateng, Iqbal Wibisono, pun membenarkan."
    )
    bodies = {m["text"]: m["canonical"] for m in find_entities(text) if m["label"] == "ORG"}
    assert bodies["DPD I Partai Golkar Jateng"] == "DPD Partai Golkar Jawa Tengah"
    assert "DPD" not in bodies


def test_the_town_that_closes_the_one_club_named_stands_for_that_club() -> None:
    text = (
        "Mega bintang Real Madrid Cristiano Ronaldo tampil lagi. Setelah membawa Madrid juara "
        "Liga Champions, Ronaldo kandidat kuat peraih Ballon d'Or. Ia kini tinggal di Madrid."
    )
    found = [(m["text"], m["label"], m["canonical"]) for m in find_entities(text)]
    assert found.count(("Madrid", "ORG", "Real Madrid")) == 1
    assert ("Madrid", "LOC", "Madrid") in found


def test_an_initial_and_a_surname_in_capitals_are_the_person_named_in_full() -> None:
    text = (
        "Marc Marquez meraih pole. Marquez unggul atas Andrea Dovizioso.\n\n"
        "1. M. MARQUEZ 1 menit 23,235 detik\n\n2. A. DOVIZIOSO + 0.144 detik"
    )
    names = {m["text"]: m["canonical"] for m in find_entities(text) if m["label"] == "PER"}
    assert names["M. MARQUEZ"] == "Marc Marquez"
    assert names["A. DOVIZIOSO"] == "Andrea Dovizioso"


def test_a_unit_spelt_out_with_its_short_form_in_brackets_then_its_region_is_one_body() -> None:
    text = (
        "Kepolisian Daerah (Polda) Metro Jaya menangkap pelaku. Polda menyebut pelaku berusia "
        "20 tahun.\n\nBudi meminta Dinas Perhubungan (Dishub) DKI Jakarta mengembangkan TOD."
    )
    bodies = [(m["text"], m["canonical"]) for m in find_entities(text) if m["label"] == "ORG"]
    assert ("Kepolisian Daerah (Polda) Metro Jaya", "Polda Metro Jaya") in bodies
    assert ("Polda", "Polda Metro Jaya") in bodies
    assert ("Dinas Perhubungan (Dishub) DKI Jakarta", "Dishub Jakarta") in bodies


def test_a_short_form_in_brackets_the_unit_tables_do_not_hold_stays_apart() -> None:
    # "KPU Kabupaten Intan Jaya" and the name spelt out get no one canonical name
    text = "Komisi Pemilihan Umum (KPU) Kabupaten Intan Jaya menetapkan hasil."
    assert ("Kabupaten Intan Jaya", "LOC") in _mentions(text)


def test_a_district_court_spelt_out_or_short_is_one_body() -> None:
    text = (
        "Sidang digelar di Pengadilan Negeri (PN) Jakarta Selatan kemarin. Hakim PN Jaksel "
        "menolak eksepsi terdakwa."
    )
    names = {m["text"]: m["canonical"] for m in find_entities(text)}
    assert names["Pengadilan Negeri (PN) Jakarta Selatan"] == "PN Jakarta Selatan"
    assert names["PN Jaksel"] == "PN Jakarta Selatan"
    assert canonical_name("Pengadilan Negeri Bandung") == canonical_name("PN Bandung")
