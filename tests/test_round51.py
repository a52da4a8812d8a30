"""Round 51: offices before written-out ranks, after copulas and days' dates, and over bodies
the tagger left out; clubs, towns, cups, languages and products that open or make no names;
canonical names past swapped letters, relatives and ordinary people's call names."""

from __future__ import annotations

from _extract_support import quotes as _quotes
from _extract_support import roles as _roles

from warta.extract.entities import find_entities


def test_a_long_office_before_a_written_out_rank_is_the_role() -> None:
    roles = _roles(
        "Hal itu dikatakan Kepala Divisi Hubungan Masyarakat Polri Inspektur Jenderal Setyo "
        "Wasisto di Polda Metro Jaya, Minggu (20/8)."
    )
    assert roles["Setyo Wasisto"] == "Kepala Divisi Hubungan Masyarakat Polri"
    roles = _roles(
        "Hal itu dikatakan Kepala Kepolisian Daerah Metro Jaya Inspektur Jenderal M Iriawan."
    )
    assert roles["M Iriawan"] == "Kepala Kepolisian Daerah Metro Jaya"


def test_a_town_opening_a_coach_or_directors_name_is_the_club() -> None:
    found = find_entities("Direktur Olahraga Lille Luis Campos punya pendapat sendiri.")
    assert [(m["text"], m["label"]) for m in found] == [("Lille", "ORG"), ("Luis Campos", "PER")]
    assert _roles("Pelatih Lille Christophe Galtier kecewa.")["Christophe Galtier"] == (
        "Pelatih Lille"
    )
    # a known club of two words before a one-word name
    roles = _roles("Direktur Olahraga AS Roma Monchi kecewa.")
    assert roles == {"Monchi": "Direktur Olahraga AS Roma"}
    # a performer's name that opens with a town's stays whole
    assert _roles("Aktris Chelsea Islan hadir.") == {"Chelsea Islan": "Aktris"}


def _mentions(text: str) -> list[tuple[str, str]]:
    return [(str(m["text"]), str(m["label"])) for m in find_entities(text)]


def test_a_weekday_misspelt_in_a_dateline_is_no_place() -> None:
    found = _mentions("AC Milan membungkam Udinese 2-1 di San Siro, Mingu (17/9) malam WIB.")
    assert ("Mingu", "LOC") not in found and ("San Siro", "LOC") in found
    # a place one letter from a weekday, not before a date, stays
    assert ("Pasar Senen", "LOC") in _mentions("Ia tiba di Pasar Senen, Senin (17/9).")


def test_a_chinese_name_closing_with_dan_is_whole() -> None:
    found = _mentions(
        "China dalam posisi bimbang untuk kembali mengandalkan Lin Dan atau percaya pada "
        "pemain muda macam Shi Yuqi."
    )
    assert ("Lin Dan", "PER") in found and ("Lin", "PER") not in found
    # "Dan" before a capitalised name in a title-cased headline joins two people
    found = _mentions("Pertandingan Lin Dan Lee Chong Wei Berlangsung Seru")
    assert ("Lin Dan", "PER") not in found


def test_the_name_a_cup_is_named_by_is_no_person() -> None:
    text = (
        "All England dan Piala Thomas ada di paruh awal 2018. Piala Thomas digelar Mei. "
        "Thomas Muller mencetak gol."
    )
    found = _mentions(text)
    assert ("Thomas", "PER") not in found and ("Thomas Muller", "PER") in found
    found = _mentions(
        "Keinginan Trump mendapat Piala Emmy disampaikan berkali-kali. Saya kacau oleh Emmy."
    )
    assert ("Emmy", "PER") not in found and ("Trump", "PER") in found


def test_a_province_after_an_office_opens_no_name() -> None:
    text = "Ketua Asprov PSSI Sumsel Musni Wijaya mengatakan Sumsel sangat berminat."
    assert _mentions(text) == [
        ("PSSI", "ORG"), ("Sumsel", "LOC"), ("Musni Wijaya", "PER"), ("Sumsel", "LOC")
    ]  # fmt: skip
    assert _roles(text) == {"Musni Wijaya": "Ketua Asprov PSSI Sumsel"}


def test_one_word_set_off_after_a_calling_and_its_origin_that_speaks_is_a_person() -> None:
    text = (
        "Fotografer asal Romania, Alexandria mengatakan sangat menakjubkan Candi Borobudur "
        "diterangi dengan warna oranye."
    )
    assert ("Alexandria", "PER") in _mentions(text)
    assert _roles(text)["Alexandria"] == "Fotografer asal Romania"
    # a calling written capitalised opening the sentence
    text = "Dokter asal Chicago, Genaro Roma, menyebut permen merusak gigi."
    assert ("Genaro Roma", "PER") in _mentions(text)
    # a town that does not speak stays a town
    text = "Ia pebalap asal Italia, Roma menjadi kota kelahirannya."
    assert ("Roma", "PER") not in _mentions(text)


def _canon(text: str) -> dict[str, str]:
    return {str(m["text"]): str(m["canonical"]) for m in find_entities(text)}


def test_a_clubs_english_nickname_outside_sports_is_its_own_name() -> None:
    text = (
        "Album itu akan lebih banyak bernuansa folk-pop yang terinspirasi oleh Fleetwood Mac "
        "dan The Eagles."
    )
    assert _canon(text)["The Eagles"] == "The Eagles"
    # in a football report it is the club
    text = (
        "Crystal Palace menang 2-0 atas Chelsea di Selhurst Park. Gol The Eagles dicetak "
        "lewat sundulan pada menit ke-30, dan kiper Chelsea gagal menghalau bola dari "
        "tendangan penalti di babak kedua liga."
    )
    assert _canon(text)["The Eagles"] == "Crystal Palace"


def test_a_surname_shared_with_someone_introduced_as_a_relative_is_the_others() -> None:
    text = (
        "Istri mendiang Chris Cornell, Vicky Cornell mengeluarkan pernyataan terkait laporan "
        "uji toksikologi. Seperti yang telah diketahui, Cornell ditemukan tidak bernyawa di "
        "kamar hotelnya. Vicky mengatakan suaminya tidak bunuh diri."
    )
    found = find_entities(text)
    cornell = [m for m in found if m["text"] == "Cornell"]
    assert [m["canonical"] for m in cornell] == ["Chris Cornell"]
    assert _canon(text)["Vicky"] == "Vicky Cornell"


def test_a_retired_rank_in_brackets_is_no_part_of_the_office() -> None:
    roles = _roles(
        "Partai Hanura kubu Ketua Umum Marsekal Madya (Purn) Daryatmo berencana melapor."
    )
    assert roles["Daryatmo"] == "Ketua Umum"


def test_shops_and_makers_named_in_english_are_bodies() -> None:
    found = _mentions("Mitra mereka saat ini ada Family Mart hingga manufaktur robot Gatebox.")
    assert ("Family Mart", "ORG") in found
    found = _mentions("Peretas membobol basis data perusahaan Daewoo Shipbuilding tahun lalu.")
    assert ("Daewoo Shipbuilding", "ORG") in found


def test_a_quote_added_after_one_by_someone_for_a_body_is_the_bodys() -> None:
    text = (
        '"Sertifikasi MUI ini merupakan langkah awal menargetkan pasar halal secara agresif," '
        "ujar perwakilan Samyang Foods, seperti dikutip dari Herald Corp.\n\n"
        '"Jumlah konsumen Muslim di seluruh dunia meningkat. Kami mengharapkan dampak '
        'positif," lanjutnya.'
    )
    speakers = [speaker for speaker, _, _ in _quotes(text)]
    assert speakers == ["Samyang Foods", "Samyang Foods"]


def test_a_role_after_a_copula_set_off_before_a_name_that_closes_the_sentence() -> None:
    roles = _roles(
        "Beredar informasi inisial FA yang dimaksud diduga adalah politisi Fraksi Golkar, "
        "Fayakhun Andriadi."
    )
    assert roles["Fayakhun Andriadi"] == "politisi Fraksi Golkar"
    roles = _roles("Salah satunya adalah mantan pelatih timnas Thailand, Kiatisuk Senamuang.")
    assert roles["Kiatisuk Senamuang"] == "mantan pelatih timnas Thailand"
    # a name opening a clause after the comma takes nothing from before it
    roles = _roles("Yang terpenting adalah kinerja tim, Budi Santoso mengatakan hal itu.")
    assert roles["Budi Santoso"] is None


def test_an_english_place_word_closing_a_name_makes_it_a_place() -> None:
    found = _mentions(
        "Perihal kabar ini, perwakilan dari Kensington Place mengatakan mereka tak ingin "
        "berkomentar."
    )
    assert ("Kensington Place", "LOC") in found


def test_a_name_swapping_two_letters_of_one_the_article_gives_is_that_one() -> None:
    canon = [
        str(m["canonical"])
        for m in find_entities(
            "Mavis Wanczyk memenangi lotre. Wanczyk senang. Wancyzk mengaku tidak percaya."
        )
    ]
    assert canon == ["Mavis Wanczyk"] * 3


def test_a_name_set_off_after_a_title_that_goes_on_as_the_subject_is_a_person() -> None:
    text = "Kardinal Regensburg, Gerhard Ludwig Mueller juga menolak hal itu."
    assert ("Gerhard Ludwig Mueller", "PER") in _mentions(text)
    assert _roles(text)["Gerhard Ludwig Mueller"] == "Kardinal Regensburg"


def test_a_language_and_an_i_product_are_no_people() -> None:
    found = _mentions("Menggunakan bahasa Zulu, dia mengaku yakin telah melaksanakan tugas.")
    assert ("Zulu", "PER") not in found
    found = _mentions("Apple menghentikan iPod Shuffle. Shuffle kini dijual murah.")
    assert [label for _, label in found] == ["ORG"]


def test_a_name_read_whole_three_times_keeps_a_word_a_body_is_known_by() -> None:
    text = (
        "Rekan satu timnya, Norman Nato telah bekerja intensif. Kala itu Sean dan Nato "
        "sama-sama tampil konsisten.\n\nNorman Nato lebih beruntung. Sayangnya, Nato tidak "
        "bisa melanjutkan lomba.\n\nPosisi kedua ditempati Artem Markelov, diikuti Norman Nato "
        "(Pertamina Arden) 18 poin."
    )
    found = _mentions(text)
    assert ("Norman Nato", "PER") in found and ("Nato", "ORG") not in found


def test_one_word_joined_by_dan_to_a_person_named_in_full_is_a_person() -> None:
    found = _mentions("Sementara nomor punggung yang ditinggalkan Pepe dan Fabio Coentrao kosong.")
    assert ("Pepe", "PER") in found
    # a word of a body the article names is that body
    found = _mentions(
        "Laga pertama mempertemukan Bank BJB Garuda Bandung dengan Bima Perkasa Jogja. "
        "Setelah duel antara Garuda dan Bima Perkasa, laga derby digelar."
    )
    assert ("Garuda", "PER") not in found


def test_a_teams_field_in_lower_case_inside_a_role_set_off_before_a_name() -> None:
    roles = _roles(
        "Solo, CNN Indonesia - - Pelatih tim nasional Indonesia, Alfred Riedl, menyebut "
        "permainan timnas Malaysia sangat kasar."
    )
    assert roles["Alfred Riedl"] == "Pelatih tim nasional Indonesia"
    roles = _roles(
        "JUARA.NET, JAKARTA - Pebulu tangkis ganda campuran Indonesia, Liliyana Natsir, "
        "mengaku sempat ditawari menjadi PNS."
    )
    assert roles["Liliyana Natsir"] == "Pebulu tangkis ganda campuran Indonesia"


def test_a_heading_after_a_person_named_in_full_is_no_part_of_the_name() -> None:
    text = (
        'Prilly Latuconsina mengaku hidungnya pesek sebelah. "Jadi lebih keliatan," katanya.'
        "\n\nBaca Juga:\n\nPrilly Latuconsina Kebal Dijodohkan dengan Lawan Mainnya\n\n"
        "Prilly lalu tertawa."
    )
    assert {str(m["canonical"]) for m in find_entities(text)} == {"Prilly Latuconsina"}
    # a team after a driver in a table of results stays the team
    text = (
        "Sebastian Vettel menjadi yang tercepat.\n\nHasil latihan bebas pertama:\n\n"
        "1. Sebastian Vettel Ferrari + 1,094 detik\n\n2. Kimi Raikkonen Ferrari + 1,386 detik"
    )
    assert ("Sebastian Vettel Ferrari", "PER") not in _mentions(text)


def test_a_body_left_out_between_an_office_and_a_name() -> None:
    roles = _roles(
        "Pengumuman ditandatangani oleh Ketua Panitia Seleksi Nasional (Panselnas) A.S. "
        "Pudjoharsoyo."
    )
    assert roles["A.S. Pudjoharsoyo"] == "Ketua Panitia Seleksi Nasional (Panselnas)"
    roles = _roles("Hal itu dikatakan Ketua Umum Persaudaraan Alumni 212 Slamet Marif kemarin.")
    assert roles["Slamet Marif"] == "Ketua Umum Persaudaraan Alumni 212"
    # a rank and the name's initial, a headline in title case, a title that is a given name
    roles = _roles(
        "Informasi itu diterima dari Kapolres Bogor AKBP AM Dicky Pastika, supir bus ditahan."
    )
    assert roles["Dicky Pastika"] != "Kapolres Bogor AKBP AM"
    assert _roles("Hakim Tanya Setya Novanto Soal Bagi-bagi Uang").get("Setya Novanto") is None
    roles = _roles("Hal itu disampaikan Sekjen PSI Raja Juli Antoni kepada wartawan kemarin.")
    assert "Raja Juli" not in str(roles.get("Antoni"))  # a given name, no office


def test_an_office_set_off_after_a_days_date() -> None:
    roles = _roles(
        "Dilansir dari laman Reuters, Selasa (15/8), Wakil Menteri Dalam Negeri India, Kiren "
        "Rijiju, menyampaikan kepada parlemen pekan lalu."
    )
    assert roles["Kiren Rijiju"] == "Wakil Menteri Dalam Negeri India"


def test_what_is_left_of_someone_opens_no_name() -> None:
    text = (
        "Hantu Diana muncul dalam film itu. Arwah Diana muncul di Istana Buckingham. "
        "Diana menghantui Pangeran Charles."
    )
    found = find_entities(text)
    assert "Arwah Diana" not in {str(m["text"]) for m in found}
    assert {str(m["canonical"]) for m in found if m["label"] == "PER" and "Diana" in m["text"]} == {
        "Diana"
    }
    assert ("Fendi Timah", "PER") in _mentions("Jasad Fendi Timah ditemukan di kiosnya.")


def test_a_word_named_as_a_body_elsewhere_after_a_country_is_the_body() -> None:
    text = (
        "Adira menggandeng situs produk keuangan terbesar di Indonesia Cermati.\n\n"
        "Menurut Cermati, kerja sama itu saling menguntungkan. Cermati didirikan pada 2015."
    )
    found = _mentions(text)
    assert ("Indonesia Cermati", "LOC") not in found
    assert found[1:3] == [("Indonesia", "LOC"), ("Cermati", "ORG")]


def test_an_ordinary_persons_one_word_name_is_no_famous_persons_alias() -> None:
    text = (
        "Warga lainnya, Risma, mengaku ini untuk pertama kalinya dirinya beribadah di atap "
        'rumah. "Baru kali ini," kata Risma.'
    )
    assert {str(m["canonical"]) for m in find_entities(text)} == {"Risma"}
    canon = {str(m["canonical"]) for m in find_entities("Wali Kota Surabaya Risma senang.")}
    assert "Tri Rismaharini" in canon


def test_a_racing_team_with_its_sponsor_in_brackets_after_a_rider() -> None:
    found = _mentions(
        "Posisi kedua diisi oleh Johann Zarco, sementara Andrea Iannone (Suzuki Ecstar) "
        "menduduki tempat ketiga."
    )
    assert ("Suzuki Ecstar", "PER") not in found


def test_relatives_joined_by_dan_before_a_name_are_no_role() -> None:
    roles = _roles("Menurut dia, ayah dan saudara Abedi telah beribadah di sana.")
    assert roles["Abedi"] is None


def test_a_big_name_is_no_office() -> None:
    assert _roles("Nama besar Presiden Donald Trump tak membantu.") == {"Donald Trump": "Presiden"}


def test_one_heading_word_after_a_name_the_article_gives_alone() -> None:
    text = (
        "Twitter punya pelanggan sensasional seperti Presiden Donald Trump. Trump rajin "
        "mencuit.\n\nEfek Trump Nihil\n\nNama besar Presiden Donald Trump tak membantu."
    )
    assert "Trump Nihil" not in {str(m["text"]) for m in find_entities(text)}


def test_a_capital_letter_glued_before_a_name_given_elsewhere() -> None:
    text = (
        "Tontowi Ahmad dan Liliyana Natsir tampil pagi.\n\nXD - Grup BTontowi Ahmad/Liliyana "
        "Natsir vs Tan Kian Meng/Lai Pei Jing (MAS)"
    )
    names = [str(m["text"]) for m in find_entities(text) if m["label"] == "PER"]
    assert "BTontowi Ahmad" not in names and names.count("Tontowi Ahmad") == 2


def test_those_who_serve_someone_named_before_the_one_they_serve() -> None:
    text = (
        "Presiden Amerika Serikat Donald Trump marah. Demokrat mendorong FBI untuk "
        "memata-matai mantan anggota tim kampanye Trump, Carter Page. Dokumen dibuat oleh "
        "staf masa transisi Trump sekaligus anggota kongres."
    )
    trump = [m.get("role") for m in find_entities(text) if m["text"] == "Trump"]
    assert trump == [None, None]
    # what the person is, after "sebagai", stays
    text = (
        "Angelina Sondakh hadir. Sebagai anggota Komisi X DPR saat itu Angie bermitra "
        "dengan Kemendiknas."
    )
    assert _roles(text)["Angie"] == "anggota Komisi X DPR"


def test_a_team_of_racing_teams_words_in_a_race_report() -> None:
    found = _mentions(
        "Jakarta, CNN Indonesia - - Pebalap Pramac Ducati, Danilo Petrucci, minta maaf kepada "
        "Valentino Rossi usai balapan MotoGP di Sirkuit Mugello."
    )
    assert ("Pramac Ducati", "ORG") in found


def test_a_club_read_with_its_country_as_one_body() -> None:
    found = _mentions(
        "Raksasa Liga Primer Skotlandia Celtic mengonfirmasi bahwa fullback Kieran Tierney "
        "telah meneken kontrak."
    )
    assert ("Celtic", "ORG") in found and ("Skotlandia Celtic", "ORG") not in found


def test_an_office_after_a_copula_before_a_name_with_a_relative_clause() -> None:
    roles = _roles(
        "Salah satu yang dimutasi ialah Kapolda Metro Jaya, Irjen M Iriawan yang digantikan "
        "oleh Irjen Idham Aziz."
    )
    assert roles["M Iriawan"] == "Kapolda Metro Jaya"


def test_a_title_that_is_a_given_name_listed_between_commas_opens_the_name() -> None:
    text = (
        "Cadangan: Leonard Tupamahu, Asri Akbar, Sultan Samma (Riswan 76'), Terens Puhiri. "
        "Hadir pula Sultan Hamengku Buwono X di Yogyakarta."
    )
    assert _roles(text) == {
        "Leonard Tupamahu": None, "Asri Akbar": None, "Sultan Samma": None, "Riswan": None,
        "Terens Puhiri": None, "Hamengku Buwono X": "Sultan",
    }  # fmt: skip
    # after a relation written small, the title is the title
    roles = _roles("Ia menemui ayahnya, Pangeran Charles.")
    assert roles.get("Pangeran Charles") is None


def test_an_initial_a_particle_and_a_surname_are_a_person() -> None:
    found = _mentions("Lazio sempat unggul dengan gol cepat S de Vrij menit ketiga.")
    assert ("S de Vrij", "PER") in found


def test_an_acting_office_written_out_opens_the_role() -> None:
    roles = _roles(
        "Kirab juga diikuti Pelaksana Tugas Bupati Banyumas Budhi Setiawan beserta istri."
    )
    assert roles["Budhi Setiawan"] == "Pelaksana Tugas Bupati Banyumas"


def test_an_office_set_off_in_a_list_opened_by_di_antaranya() -> None:
    roles = _roles(
        "Mereka di antaranya Bos PT RDS, Rico Dian Sari alias Rico Can; Bos PT Statika Joni "
        "Wijaya alias Joni Statika."
    )
    assert roles["Rico Dian Sari"] == "Bos PT RDS"
    assert roles["Joni Wijaya"] == "Bos PT Statika"


def test_a_calling_opening_a_sentence_opens_no_name() -> None:
    text = "Pesinetron Soraya Larasati melahirkan anak keduanya. Soraya senang."
    found = find_entities(text)
    assert [(m["text"], m.get("role"), m["canonical"]) for m in found] == [
        ("Soraya Larasati", "Pesinetron", "Soraya Larasati"),
        ("Soraya", None, "Soraya Larasati"),
    ]


def test_a_town_after_a_spanish_stadium_is_the_town() -> None:
    text = (
        "Laga itu digelar di Estadio Mestalla, Valencia. Barcelona menang atas Alaves dengan "
        "skor 3-1 lewat gol Lionel Messi, penalti dan sundulan di liga musim ini."
    )
    assert _mentions(text)[:2] == [("Estadio Mestalla", "LOC"), ("Valencia", "LOC")]
