"""Round 62: entities, roles and quote attribution read off IndoSum articles."""

from __future__ import annotations

from _extract_support import mentions as _mentions
from _extract_support import quotes as _quotes
from _extract_support import roles as _roles

from warta.extract.entities import find_entities


def test_a_speaker_after_a_quotation_with_an_office_set_off_is_a_person() -> None:
    text = (
        "Cuaca cerah.\n\n"
        '"Kami akan memberikan produk baru yang menarik," sambut Petra Barus, CTO UrbanIndo.'
    )
    assert ("Petra Barus", "PER") in _mentions(text)
    assert _roles(text)["Petra Barus"] == "CTO UrbanIndo"
    assert _quotes(text)[0][:2] == ("Petra Barus", "CTO UrbanIndo")


def test_a_capitalised_short_office_set_off_after_a_subject_names_a_person() -> None:
    text = "Cuaca cerah.\n\nPetra Barus, CTO UrbanIndo, mengatakan bahwa produk baru akan datang."
    assert ("Petra Barus", "PER") in _mentions(text)
    assert _roles(text)["Petra Barus"] == "CTO UrbanIndo"


def test_an_epithet_closed_by_a_works_title_after_menurut_keeps_the_statement() -> None:
    text = (
        "Cuaca cerah.\n\nMenurut Rosa Rai Djalal selaku produser ' Guru Ngaji ', film ini "
        "menawarkan sebuah drama keluarga yang berbeda dan tidak menggurui."
    )
    found = _quotes(text)
    assert len(found) == 1
    assert found[0][0] == "Rosa Rai Djalal"
    assert found[0][1] is not None and "Guru Ngaji" in found[0][1]
    assert found[0][2].startswith("film ini menawarkan")


def test_a_works_title_closing_a_cue_after_a_quotation_names_no_one() -> None:
    # (guard: the words after the title are no one's name)
    text = (
        'Cuaca cerah.\n\n"Orangnya sederhana dan menerima saya apa adanya," kata bintang '
        "' 7 Manusia Harimau New Generation '."
    )
    assert all(q[0] != "Harimau New Generation" for q in _quotes(text))


def test_the_outlet_a_report_came_from_is_a_body_and_its_source() -> None:
    text = (
        "Cuaca cerah.\n\nMenurut laporan yang diturunkan oleh Foot Mercato, tanda tangan "
        "pemain Pantai Gading itu bisa ditebus dengan harga tak kurang dari 17,5 juta "
        "poundsterling.\n\nPemain itu bisa pindah ke Besiktas, menurut laporan Bleacher Report."
    )
    assert ("Foot Mercato", "ORG") in _mentions(text)
    assert ("Bleacher Report", "ORG") in _mentions(text)
    found = _quotes(text)
    assert [q[0] for q in found] == ["Foot Mercato", "Bleacher Report"]
    assert found[0][2].startswith("tanda tangan pemain")


def test_a_report_by_a_person_named_with_a_title_keeps_the_person() -> None:
    # (guard: a name after a title and "laporan" stays a person)
    text = (
        "Cuaca cerah.\n\nMenurut laporan Sekjen PBB Antonio Guterres, situasi di kawasan itu "
        "makin memburuk."
    )
    assert ("Antonio Guterres", "PER") in _mentions(text)


def test_said_it_then_when_is_no_statement() -> None:
    text = (
        "Cuaca cerah.\n\nMisbakhun mengatakan hal itu menanggapi pengakuan Kepala Kantor "
        "Wilayah Pajak Jakarta Khusus, Muhammad Hanif.\n\n"
        "Budi mengatakan hal itu adalah tantangan bagi pemerintah daerah."
    )
    found = _quotes(text)
    assert [q[0] for q in found] == ["Budi"]
    assert found[0][2].startswith("hal itu adalah tantangan")


def test_a_side_that_secures_a_win_says_nothing() -> None:
    text = (
        "Cuaca cerah.\n\nTimnas Indonesia memastikan lolos ke semifinal Piala AFF setelah "
        "menang atas Filipina.\n\nSatria Muda memastikan meraih kemenangan setelah berhasil "
        "mencetak 9 poin lebih banyak.\n\nKapolda memastikan tidak ada korban jiwa dalam "
        "kejadian itu."
    )
    assert [q[0] for q in _quotes(text)] == ["Kapolda"]


def test_words_of_praise_are_no_name() -> None:
    text = (
        'Cuaca cerah.\n\n"Puji syukur bisa menang walau permainan belum memuaskan," tutur '
        "Youbel Sondakh.\n\nPuji Tuhan, semua penumpang selamat."
    )
    assert all(m[0] != "Puji" and not m[0].startswith("Puji ") for m in _mentions(text))


def test_the_given_name_puji_is_still_a_name() -> None:
    text = (
        "Cuaca cerah.\n\nPuji Lestari, seorang warga Desa Sukamaju, mengatakan banjir datang "
        "tiba-tiba."
    )
    assert ("Puji Lestari", "PER") in _mentions(text)


def test_a_calling_written_small_after_a_title_is_no_name() -> None:
    text = (
        "Jakarta, CNN Indonesia - - Aktor senior yang sempat memenangkan penghargaan Oscar, "
        "Michael Douglas, dituduh melakukan tindakan pelecehan seksual terhadap seorang "
        "wanita.\n\nDikutip dari Reuters pada Sabtu (20/1), sang wanita mengaku kalau suami "
        "dari aktris Catherine Zeta - Jones itu melakukan pelecehan seksual dalam bentuk verbal."
    )
    found = _quotes(text)
    assert len(found) == 1
    assert found[0][0] == "sang wanita"
    assert found[0][2].startswith("suami dari aktris")


def test_sang_with_the_calling_of_the_one_in_focus_is_that_person() -> None:
    # (guard: no one was brought in as "seorang pria" after Budi was named)
    text = (
        "Cuaca cerah.\n\nSeorang pria bernama Budi Santoso ditangkap polisi di Depok.\n\n"
        "Budi Santoso ditahan selama dua hari.\n\nSang pria mengaku dirinya tidak bersalah "
        "dalam kasus itu."
    )
    found = _quotes(text)
    assert [q[0] for q in found] == ["Budi Santoso"]


def test_a_long_name_with_a_consonant_dropped_is_the_same_person() -> None:
    text = (
        "Cuaca cerah.\n\nBintang Oklahoma City Thunder, Russell Westbrook, berhak meraih gelar "
        "MVP.\n\nWestbrook mengungguli James Harden.\n\n"
        '"Semua orang di Oklahoma City memberikan jalan," kata Wesbrook seperti dikutip ESPN.'
    )
    canon = {str(m["text"]): m["canonical"] for m in find_entities(text)}
    assert canon["Wesbrook"] == "Russell Westbrook"
    assert _quotes(text)[0][0] == "Russell Westbrook"


def test_short_names_a_consonant_apart_stay_apart() -> None:
    from warta.extract.canonical import one_letter_off

    assert not one_letter_off("hermawan", "hermawa")  # (a vowel before: no typo of a cluster)
    assert not one_letter_off("susano", "susanto")  # (too short to tell)
    assert one_letter_off("wesbrook", "westbrook")


def test_not_saying_in_so_many_words_is_no_statement() -> None:
    text = (
        "Cuaca cerah.\n\nSeperti diberitakan Antara, Jokowi memang tidak secara khusus "
        "mengatakan organisasi mana yang dimaksudnya.\n\nBudi secara tegas mengatakan pihaknya "
        "tidak akan mundur dari pemilihan itu."
    )
    assert [q[0] for q in _quotes(text)] == ["Budi"]


def test_a_clause_on_saying_before_a_quote_puts_its_subject_in_focus() -> None:
    text = (
        "Cuaca cerah.\n\nWarga Tumumpa, Budi, dipalak seorang bocah.\n\nKasubag Humas Polresta "
        "Manado, AKP Rolly Sahelangi, saat dikonfirmasi membenarkan adanya kejadian tersebut, "
        '"Saat ini bocah SD itu sedang diberikan pembinaan," ungkapnya.'
    )
    assert _quotes(text)[-1][:2] == ("Rolly Sahelangi", "Kasubag Humas Polresta Manado")


def test_a_cars_aids_are_no_entities() -> None:
    text = (
        "Cuaca cerah.\n\nSoal fitur keselamatan, Hyundai Kona memiliki Lane Keeping Assist, "
        "Forward Collision - Aviodance Assist (FCA), High Beam Assist (HBA), dan Rear Cross - "
        "Traffic Collision Warning (RCCW).\n\nMobil itu juga mendapat Rear Cross Traffic Alert."
    )
    names = [m[0] for m in _mentions(text)]
    for aid in ("FCA", "HBA", "RCCW", "High Beam Assist", "Rear Cross Traffic Alert"):
        assert aid not in names
    assert not any(n.endswith(("Assist", "Warning")) for n in names)


def test_a_body_named_alert_stays() -> None:
    # (guard: two words, an outlet)
    text = "Cuaca cerah.\n\nMenurut laporan Science Alert, gunung itu akan meletus tahun depan."
    assert any(m[0] == "Science Alert" for m in _mentions(text))


def test_setting_out_an_idea_someone_gave_is_no_statement() -> None:
    text = (
        "Cuaca cerah.\n\nTahun 2015, Kepala Staf Angkatan Laut Laksamana Ade Supandi telah "
        "memaparkan wacana yang diutarakan Gatot.\n\nMenurut Ruki, pernyataan yang "
        "disampaikan Romli keliru."
    )
    found = _quotes(text)
    assert [q[2] for q in found] == ["pernyataan yang disampaikan Romli keliru"]


def test_an_english_office_set_off_after_the_name_is_the_role() -> None:
    text = (
        "Cuaca cerah.\n\nOlivia Lautner, Associate Country Manager Carousell Indonesia yang "
        "juga turut hadir mengungkapkan alasan di balik penyelenggaraan bazaar ini.\n\n"
        '"Kami sangat kagum dengan pertumbuhan Zilingo," kata Principal Burda Albert Shyy '
        "terkait pendanaan ini. Pendanaan dipimpin oleh Burda Principal Investments."
    )
    roles = _roles(text)
    assert roles["Olivia Lautner"] == "Associate Country Manager Carousell Indonesia"
    assert ("Carousell Indonesia", "ORG") in _mentions(text)
    assert roles["Albert Shyy"] == "Principal Burda"
    assert ("Albert Shyy", "Principal Burda") in [q[:2] for q in _quotes(text)]


def test_the_next_office_of_a_list_is_not_the_role_of_the_name_before() -> None:
    text = (
        "Cuaca cerah.\n\nPeresmian ditandai oleh Direktur Pembinaan Usaha Hilir Migas "
        "Kementerian ESDM Harya Adityawarman, General Manager MOR VI PT Pertamina (Persero) "
        "Yanuar Budi Hartanto, dan Bupati Sambas Atbah Romin Suhaili."
    )
    roles = _roles(text)
    assert roles["Harya Adityawarman"] == "Direktur Pembinaan Usaha Hilir Migas Kementerian ESDM"
    assert str(roles["Yanuar Budi Hartanto"]).startswith("General Manager MOR VI")


def test_club_nicknames_and_basketball_clubs_by_their_short_names() -> None:
    text = (
        "Cuaca cerah.\n\nPenampilan gemilang kiper Soton Fraser Forster membuat The Saints "
        "menahan Liverpool.\n\nSatria Muda Pertamina Jakarta mengalahkan Pacific Caesar "
        "Surabaya. Satria Muda kini memuncaki klasemen, sedangkan Pacific Caesar di posisi "
        "kedua."
    )
    canon = {str(m["text"]): m["canonical"] for m in find_entities(text)}
    assert canon["Soton"] == canon["The Saints"] == "Southampton"
    assert canon["Satria Muda"] == "Satria Muda Pertamina Jakarta"
    assert canon["Pacific Caesar"] == "Pacific Caesar Surabaya"


def test_a_name_set_off_after_menurut_and_a_name_is_the_subject() -> None:
    text = (
        "Cuaca cerah.\n\nAdik Ahok, Fifi Letty Indra memastikan kakaknya itu berulang tahun "
        "hari ini.\n\nMenurut Fifi, Veronica Tan, istri Ahok bakal dan anak - anaknya bakal "
        "menyambangi sang suami di Mako Brimob.\n\nSementara itu, kuasa hukum Ahok I Wayan "
        "Sudirta mengatakan hal yang serupa."
    )
    found = _quotes(text)
    assert [q[0] for q in found] == ["Fifi Letty Indra", "Fifi Letty Indra"]
    assert found[1][2].startswith("Veronica Tan, istri Ahok")


def test_a_role_then_a_name_set_off_after_menurut_is_the_source() -> None:
    # (guard: the role, then the name set off)
    text = (
        "Cuaca cerah.\n\nMenurut dosen pembimbing, Lukito Prasetyo, jembatan itu dirancang "
        "untuk menahan gempa besar."
    )
    assert _quotes(text)[0][0] == "Lukito Prasetyo"


def test_someone_who_says_the_same_is_whom_the_next_quote_follows() -> None:
    text = (
        'Cuaca cerah.\n\n"Dia dan Selena menghabiskan waktu bersama lagi," tutur seorang '
        'sumber.\n\nSumber lain juga menyebut hal yang serupa. "Itu merupakan malam yang '
        'spesial," ucap sumber itu.'
    )
    found = _quotes(text)
    assert [q[0] for q in found] == ["seorang sumber", "sumber lain"]


def test_a_name_set_off_after_an_office_at_the_sentences_end_is_a_person() -> None:
    text = (
        "Cuaca cerah.\n\nVisio Incubator juga menjalin kemitraan dengan 10 profesional dan "
        "pakar teknologi, salah satunya adalah dengan Software Engineer lulusan Universitas "
        "Carnegie Mellon Amerika Serikat, Imre Nagi."
    )
    assert ("Imre Nagi", "PER") in _mentions(text)
    assert str(_roles(text)["Imre Nagi"]).startswith("Software Engineer lulusan")


def test_a_place_set_off_after_an_office_stays_a_place() -> None:
    # (guard: a town warta knows)
    text = (
        "Cuaca cerah.\n\nAcara itu dihadiri Kepala Dinas Pariwisata Provinsi Jawa Barat, Bandung."
    )
    assert ("Bandung", "PER") not in _mentions(text)


def test_the_citizen_is_manchester_city() -> None:
    text = (
        "Cuaca cerah.\n\nNavas bergabung dengan Manchester City pada 2013. Kontrak baru sudah "
        "disiapkan oleh The Citizen."
    )
    canon = {str(m["text"]): m["canonical"] for m in find_entities(text)}
    assert canon["The Citizen"] == "Manchester City"


def test_a_work_in_brackets_after_a_nominee_on_a_line_of_its_own_is_no_alias() -> None:
    text = (
        "Cuaca cerah.\n\nFilm Panjang Terpilih:\n\nAthirah\n\nSunya\n\nSutradara Terpilih:\n\n"
        "Riri Riza (Athirah)\n\nHari Suhariyadi (Sunya)\n\n"
        "Basuki Tjahaja Purnama (Ahok) hadir di acara itu."
    )
    canon = {str(m["text"]): m["canonical"] for m in find_entities(text)}
    assert canon.get("Athirah") != "Riri Riza"
    assert canon.get("Sunya") != "Hari Suhariyadi"
    assert canon["Ahok"] == "Basuki Tjahaja Purnama"


def test_a_known_person_split_into_a_place_and_a_person_is_one_person() -> None:
    text = (
        "Cuaca cerah.\n\nKonflik ini membuat pemimpin defacto Myanmar, Aung San Suu Kyi, kembali "
        'menjadi sorotan internasional.\n\n"Kami sangat paham," ujar Suu Kyi.\n\n'
        "Tokoh pro demokrasi Myanmar Aung San Suu Kyi mengatakan pemerintah akan bekerja keras."
    )
    found = find_entities(text)
    assert ("Aung San", "LOC") not in [(m["text"], m["label"]) for m in found]
    assert {m["canonical"] for m in found if m["label"] == "PER"} == {"Aung San Suu Kyi"}
    assert ("Myanmar", "LOC") in [(m["text"], m["label"]) for m in found]
    assert all(q[0] == "Aung San Suu Kyi" for q in _quotes(text))


def test_a_known_speaker_whose_first_words_the_role_took_is_named_in_full() -> None:
    text = (
        "Merdeka.com - Tokoh pro demokrasi Myanmar Aung San Suu Kyi akhirnya mengatakan "
        "pemerintahnya sudah berbuat maksimal untuk melindungi warga di Negara Bagian Rakhine."
    )
    found = _quotes(text)
    assert found[0][0] == "Aung San Suu Kyi"
    assert str(found[0][1]).lower() == "tokoh pro demokrasi myanmar"


def test_a_unit_of_a_body_read_as_a_place_is_a_body() -> None:
    text = (
        "Cuaca cerah.\n\nAwi mengatakan pihaknya menunggu laporan dari Panwaslu Kota Bekasi "
        "serta Panwaslu DKI Jakarta. Panwaslu sudah menerima laporan itu."
    )
    found = {(m[0], m[1]) for m in _mentions(text)}
    assert ("Panwaslu DKI Jakarta", "ORG") in found
    assert ("Panwaslu Kota Bekasi", "ORG") in found
    assert ("Panwaslu", "ORG") in found


def test_an_epithet_with_a_superlative_is_the_person_in_focus() -> None:
    text = (
        "Cuaca cerah.\n\nMacron mengatakan, dia hanya akan mengumumkan calon perdana menterinya "
        'kelak.\n\n"Saya tidak akan mengumumkan ini sebelum menjabat," kata bakal presiden '
        "termuda itu."
    )
    assert [q[0] for q in _quotes(text)] == ["Macron", "Macron"]


def test_a_person_glued_after_a_body_the_article_names_alone_is_split_off() -> None:
    text = (
        "Cuaca cerah.\n\nPerum Peruri mencatat kinerja positif. Menurut Direktur Utama Perum "
        "Peruri Prasetio, pendapatan usaha tersebut dikontribusi oleh produksi uang kertas.\n\n"
        '"Saat ini, sedang dalam proses pengerjaan," kata Prasetio.'
    )
    found = find_entities(text)
    assert "Perum Peruri Prasetio" not in [m["text"] for m in found]
    assert {m["canonical"] for m in found if m["label"] == "ORG"} == {"Peruri"}
    assert any(m["text"] == "Prasetio" and m.get("role") for m in found)
