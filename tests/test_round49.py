"""Round 49: relatives and one-name presidents keep apart from fuller names, given names the
tagger read as words, bodies run on into names, roles without ranks, copulas or page spacing,
quotes with the focus kept off owned names, and party boards by their canonical names."""

from __future__ import annotations

from _extract_support import quotes as _quotes
from _extract_support import roles as _roles

from warta.extract.entities import find_entities


def _canon(text: str) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for m in find_entities(text):
        out.setdefault(str(m["text"]), set()).add(str(m["canonical"]))
    return out


_TITIEK = (
    "Tokoh senior Partai Golkar, Jusuf Kalla, menilai Siti Hediati Hariyadi atau Titiek "
    "Soeharto akan sulit menang.\n\nSebelumnya, Titiek mengumumkan keinginannya untuk maju "
    "sebagai calon ketua umum, dan mengaku telah menjalin komunikasi dengan sejumlah pemilik "
    "suara. Titiek bukan orang baru di Partai Golkar. Adalah Presiden Soeharto --ayah kandung "
    "Titiek - - yang lama menjadi ketua Dewan Pembina Golkar saat itu."
)


def test_a_name_set_off_as_a_relative_of_someone_is_not_that_someone() -> None:
    canon = _canon(_TITIEK)
    assert canon["Soeharto"] == {"Soeharto"}
    assert canon["Titiek"] == {"Titiek Soeharto"}
    # nor does the father's office become hers in what she says
    said = [q for q in _quotes(_TITIEK) if q[0] == "Titiek Soeharto"]
    assert said and all(role is None for _, role, _ in said)


def test_a_relative_set_off_by_a_comma_keeps_apart_from_a_fuller_name() -> None:
    text = (
        "Rina Wibisono hadir dalam acara itu. Ia datang bersama kakaknya. Jenderal Wibisono "
        "--ayah kandung Rina - - dulu memimpin partai itu selama puluhan tahun."
    )
    canon = _canon(text)
    assert canon["Wibisono"] == {"Wibisono"}
    assert canon["Rina Wibisono"] == {"Rina Wibisono"}


def test_a_given_name_never_written_alone_takes_the_capitalised_word_after_it() -> None:
    text = (
        "Roma sudah membuka keunggulan melalui sepakan cantik Dzeko setelah melakukan umpan "
        "satu-dua dengan Mohamed Salah.\n\nHal tersebut makin kentara dengan kartu merah yang "
        "diterima oleh Gabriel Paletta setelah melanggar Salah di kotak terlarang."
    )
    canon = _canon(text)
    assert canon["Mohamed Salah"] == {"Mohamed Salah"}
    assert canon["Salah"] == {"Mohamed Salah"}
    assert "Mohamed" not in canon


def test_a_given_name_written_alone_elsewhere_needs_more_than_one_capitalised_word() -> None:
    # "Ahmad" stands alone again: the word after it once is no surname on that evidence
    text = (
        "Pelatih itu memuji Ahmad Baru dalam laga kemarin. Ahmad kemudian keluar lapangan. "
        "Tim tamu tampil dengan formasi Baru di babak kedua."
    )
    assert "Ahmad Baru" not in _canon(text)


def test_a_body_the_article_names_alone_splits_off_a_two_word_person_after_a_title() -> None:
    text = (
        "Acara itu dihadiri Vice Presiden PT Inti Daya Guna Aneka Warna (Indana) Steven "
        "Antonius Sugiharto.\n\nUntuk pembangunan, mereka difasilitasi oleh Indana, pemilik "
        "produk Mix One.\n\nSementara itu, Vice President Indana Steven mengaku tidak "
        'sedikit biaya yang dihabiskan.\n\n"Kami akan terus membantu," kata Steven.'
    )
    found = find_entities(text)
    second = [m for m in found if int(m["start"]) > text.index("Sementara")]
    assert ("Indana", "ORG") in [(m["text"], m["label"]) for m in second]
    steven = [m for m in second if m["label"] == "PER"]
    assert [m["text"] for m in steven] == ["Steven", "Steven"]
    assert {m["canonical"] for m in steven} == {"Steven Antonius Sugiharto"}


def test_a_firm_s_name_runs_on_to_its_short_form_in_brackets() -> None:
    text = (
        "Penyaluran dilakukan PT Mitra Sarana Berkat (MSB) di Bekasi. Menurut pihak MSB, "
        "distribusi berjalan lancar."
    )
    found = [(m["text"], m["label"], m["canonical"]) for m in find_entities(text)]
    assert ("PT Mitra Sarana Berkat", "ORG", "Mitra Sarana Berkat") in found
    assert ("MSB", "ORG", "Mitra Sarana Berkat") in found


def test_a_given_name_the_tagger_reads_as_a_word_is_the_person_named_in_full() -> None:
    text = (
        "Aris Budiman melaporkan penyidik KPK Novel Baswedan ke polisi. Polisi akan memproses "
        'laporan Aris terkait pencemaran nama baik yang dilakukan oleh Novel.\n\n"Brigjen '
        'Aris melaporkan Novel ke Polda Metro Jaya," kata Rikwanto.'
    )
    canon = _canon(text)
    assert canon["Novel"] == {"Novel Baswedan"}
    novel = [m for m in find_entities(text) if m["text"] == "Novel"]
    assert len(novel) == 2 and all(m["label"] == "PER" for m in novel)


def test_a_given_name_written_small_in_the_article_is_no_person() -> None:
    text = (
        "Penulis Novel Baswedan hadir. Ia menulis novel tentang KPK. Pembaca menyukai Novel "
        "itu. Kritikus memuji Novel karyanya."
    )
    assert "Novel" not in _canon(text)


def test_the_family_name_opening_a_korean_name_is_no_given_name() -> None:
    text = (
        "Rencana pernikahan Joong Ki dan Song Hye Kyo disambut antusias. Kisah cinta pasangan "
        "Song menjadi sorotan. Agensi Song belum berkomentar."
    )
    assert "Song" not in _canon(text)


def test_one_name_presidents_are_not_their_wives_or_children() -> None:
    text = (
        "Naoko Nemoto alias Ratna Sari Dewi adalah istri ke - 5 Presiden RI Soekarno. Dewi "
        "menikah dengan Soekarno pada tahun 1962 dan mempunyai anak yaitu Kartika Sari Dewi "
        "Soekarno. Dewi berkenalan dengan Soekarno ketika Bung Karno berada di Hotel "
        "Imperial, Tokyo. Laga digelar di Stadion Gelora Bung Karno."
    )
    canon = _canon(text)
    assert canon["Soekarno"] == {"Soekarno"}
    assert canon["Bung Karno"] == {"Soekarno"}
    assert ("Stadion Gelora Bung Karno", "LOC") in [
        (m["text"], m["label"]) for m in find_entities(text)
    ]


def test_a_typo_of_a_given_name_is_the_person_named_in_full() -> None:
    text = (
        "Istri Trump, Melania Knauss, lahir di Slovenia. Melania pindah ke New York. Melania "
        "bertemu Donald Trump pada 1998. Dengan latar belakangnya, Melanie adalah ibu negara "
        "kedua yang lahir di luar negeri."
    )
    assert _canon(text)["Melanie"] == {"Melania Knauss"}


def test_saudara_inside_a_sentence_is_a_form_of_address_not_a_relation() -> None:
    text = (
        "\u201cPenghinaan kepada simbol negara karena kedatangan Saudara Fahri Hamzah ke sana "
        "sebagai pejabat tinggi negara,\u201d katanya.\n\nSaudara Lohan, Mike Lohan, datang."
    )
    roles = _roles(text)
    assert roles["Fahri Hamzah"] is None
    assert roles["Mike Lohan"] == "Saudara Lohan"


def test_an_office_set_off_after_a_name_that_runs_on_into_the_next_name_is_the_next_s() -> None:
    text = (
        "Selain Aris, Wakil Direktur tindak Pidana Korupsi Bareskrim Polri Kombes Erwanto "
        "Kurniadi juga melaporkan Novel dengan tuduhan sama."
    )
    assert _roles(text)["Aris"] is None


def test_roles_keep_no_runs_of_spaces_from_the_page() -> None:
    text = (
        "Juru Bicara Komisi Pemberantasan   Korupsi (KPK) Febri Diansyah mengatakan penyidik "
        "belum mengetahui rekaman itu.\n\n\u201cKami belum tahu,\u201d kata Febri."
    )
    found = find_entities(text)
    febri = next(m for m in found if m["text"] == "Febri Diansyah")
    assert febri["role"] == "Juru Bicara Komisi Pemberantasan Korupsi (KPK)"
    said = _quotes(text)
    assert said and all(
        role == "Juru Bicara Komisi Pemberantasan Korupsi (KPK)" for _, role, _ in said
    )


def test_a_role_the_quote_reads_is_found_before_a_mention_over_runs_of_spaces() -> None:
    from warta.extract.quotes import extract_quotes, roles_from_quotes

    text = (
        "\u201cPerangkat ini praktis,\u201d tutur CEO sekaligus penggagas \u00a0 produk ini, "
        "Azar Talibzade."
    )
    found = find_entities(text)
    azar = next(m for m in found if m["text"] == "Azar Talibzade")
    azar.pop("role", None)
    quotes = extract_quotes(text, entities=found)
    assert quotes[0]["role"] == "CEO sekaligus penggagas produk ini"
    roles_from_quotes(text, found, quotes)
    assert azar["role"] == "CEO sekaligus penggagas produk ini"


def test_a_name_owned_by_the_agent_after_oleh_takes_no_focus() -> None:
    text = (
        "\u201cRencana itu tidak ada masalah,\u201d kata Zainut.\n\nDia berharap apapun yang "
        "dilakukan oleh para pendukung Rizieq untuk tetap menjaga kesantunan.\n\n\u201cOrang "
        "Indonesia itu sangat menghargai para pemimpinnya. Yang terpenting dilakukan dengan "
        "cara-cara yang baik. (Antara)"
    )
    assert [speaker for speaker, _, _ in _quotes(text)] == ["Zainut", "Zainut"]


def test_a_calling_before_the_agent_after_oleh_still_puts_the_person_in_focus() -> None:
    text = (
        "Aktifnya akun Instagram mereka disadari oleh bintang televisi Ashley Iaconetti. Ia "
        "kemudian berkicau di Twitter, \u201cMenginterupsi Bachelor episode ini untuk "
        "mengatakan bahwa band itu kembali.\u201d"
    )
    assert [speaker for speaker, _, _ in _quotes(text)] == ["Ashley Iaconetti"]


_OVIEDO = (
    "Menurut Eugenia Oviedo - Joekes, profesor di University of British Columbia, tindakan "
    "pemerintah Kanada ini sudah tepat.\n\nStudi Oviedo - Joekes menunjukkan penggunaan obat "
    "itu berhasil.\n\n\u201cDi British Columbia, jumlah kematian terakhir adalah 400 orang,"
    "\u201d kata Oviedo - Joekes."
)


def test_a_double_surname_the_article_quotes_someone_by_is_that_person() -> None:
    found = [(m["text"], m["label"], m["canonical"]) for m in find_entities(_OVIEDO)]
    assert ("Eugenia Oviedo - Joekes", "PER", "Eugenia Oviedo-Joekes") in found
    assert ("Oviedo - Joekes", "PER", "Eugenia Oviedo-Joekes") in found
    # (a word of the language opening a later sentence is no given name: "Studi")
    assert not any(text.startswith("Studi") and label == "PER" for text, label, _ in found)
    assert {speaker for speaker, _, _ in _quotes(_OVIEDO)} == {"Eugenia Oviedo-Joekes"}


def test_a_doubled_word_is_no_double_surname() -> None:
    text = (
        "Menurut Undang-Undang Nomor 18 Tahun 2009 tentang Peternakan dan Kesehatan Hewan yang "
        "sudah diubah melalui Undang-Undang Nomor 41 Tahun 2014, pemerintah diamanatkan untuk "
        "membentuk otoritas veteriner."
    )
    assert not any(m["label"] == "PER" for m in find_entities(text))


def test_a_negation_after_a_name_opens_the_predicate_before_a_verb_of_saying() -> None:
    text = (
        "Legenda tenis Tracy Austin memuji Marin Cilic. Roger Federer kemudian menundukkan "
        "Robin Haase di perempat final.\n\nMeski begitu, Austin tak buang-buang waktu untuk "
        "mengomentari keberhasilan Federer. Menurut dia, konsistensi Cilic bisa menjadi senjata."
    )
    said = _quotes(text)
    assert said and said[-1][0] == "Tracy Austin"


def test_a_name_in_a_state_after_a_subordinate_clause_takes_no_focus() -> None:
    text = (
        "\u201cItu sebelumnya,\u201d kata Slamet. Saat Slamet menjabat sebagai Ketua Presidium "
        "Alumni 212, Asma Dewi sudah tidak aktif lagi.\n\n\u201cSaat sama kita, dia sudah "
        "enggak aktif lagi,\u201d tuturnya."
    )
    assert [speaker for speaker, _, _ in _quotes(text)] == ["Slamet", "Slamet"]


def test_a_competition_s_name_is_no_one_to_quote() -> None:
    text = (
        "Petenis Swiss itu baru saja kembali ke puncak peringkat ATP World Tour setelah "
        "menembus babak semifinal. Menurut dia, konsistensi itu bisa menjadi senjata."
    )
    assert all(speaker != "World Tour" for speaker, _, _ in _quotes(text))


def test_an_army_corps_after_a_rank_is_no_part_of_the_office() -> None:
    text = (
        "Kapendam Cenderawasih Kolonel Inf M Aidi menjelaskan bahwa tim gabungan akan "
        "mengedepankan pendekatan persuasif."
    )
    assert _roles(text)["M Aidi"] == "Kapendam Cenderawasih"


def test_a_name_set_off_as_a_tv_series_or_starring_someone_is_a_work() -> None:
    text = (
        "Fox juga tengah menyiapkan Stained, serial drama televisi lainnya yang bercerita "
        "tentang polisi. Proyek ini akan dikerjakan oleh sutradara veteran Hong Kong, Patrick "
        "Kong. Stained akan dibintangi oleh Kara Wai dan Anthony Wong."
    )
    names = [str(m["text"]) for m in find_entities(text)]
    assert "Stained" not in names
    assert "Kara Wai" in names and "Patrick Kong" in names
    # (a phrase set off before the subject is no apposition: "Selain Pitt, film …")
    text = "Film itu laris. Selain Brad Pitt, film ini dibintangi Angelina Jolie."
    assert "Brad Pitt" in [str(m["text"]) for m in find_entities(text)]


def test_initials_after_a_word_for_a_person_are_that_person_whatever_body_they_fit() -> None:
    text = (
        "Polisi menangkap pelaku pembakaran Muhammad Aljahra yang diduga mencuri amplifier "
        "Musala Al - Hidayah. \u201cSD membeli bensin dan kemudian menyiram saudara MA,\u201d "
        "kata Asep. SD juga membakar korban MA."
    )
    found = [(m["text"], m["label"], m["canonical"]) for m in find_entities(text)]
    assert found.count(("MA", "PER", "Muhammad Aljahra")) == 2
    # (alone, the short form is the body the alias tables know)
    assert ("MA", "ORG", "Mahkamah Agung") in [
        (m["text"], m["label"], m["canonical"])
        for m in find_entities("Muhammad Aljahra mengajukan kasasi ke MA pekan lalu.")
    ]


def test_an_office_before_a_pair_joined_by_a_hyphen_is_the_pair_s() -> None:
    text = (
        "Ketua sinkronisasi Anies - Sandi dipilihlah Sudirman Said, mantan Menteri ESDM. "
        "\u201cSemoga bisa dengan cepat melayani masyarakat,\u201d ungkap Anies Baswedan."
    )
    roles = {str(m["text"]): m.get("role") for m in find_entities(text) if m["label"] == "PER"}
    assert roles["Anies"] is None


def test_a_party_board_is_named_by_the_party_s_and_the_region_s_canonical_names() -> None:
    from warta.extract.canonical import canonical_name

    for name in (
        "DPD Partai Golkar Jabar",
        "DPD Partai Golkar Provinsi Jawa Barat",
        "DPD Golkar Jawa Barat",
    ):
        assert canonical_name(name) == "DPD Partai Golkar Jawa Barat"
    assert canonical_name("DPD PDIP Jateng") == "DPD PDI-P Jawa Tengah"
    assert canonical_name("DPC PDIP Kota Solo") == "DPC PDI-P Kota Solo"  # a city keeps its head
    assert canonical_name("DPD RI") == "Dewan Perwakilan Daerah"  # no party: the chamber
    text = (
        "Kader dan pengurus DPD Partai Golkar Provinsi Jawa Barat menyatakan tunduk kepada "
        "keputusan pusat. \u201cKami akan patuh,\u201d kata Sekretaris DPD Partai Golkar Jabar "
        "Ade Barkah Surahman."
    )
    boards = {str(m["canonical"]) for m in find_entities(text) if str(m["text"]).startswith("DPD")}
    assert boards == {"DPD Partai Golkar Jawa Barat"}


def test_a_known_body_run_on_into_a_name_after_a_title_splits_off_the_person() -> None:
    text = (
        "Ketua tim Percepatan Pengembangan Pariwisata Kuliner dan Belanja Kementerian "
        "Pariwisata Revita Datau Mesakh dalam paparannya di San Sebastian (7/5-9/5), "
        "mengungkapkan bahwa pemerintah Indonesia memiliki target meningkatkan jumlah wisatawan."
    )
    found = [(m["text"], m["label"]) for m in find_entities(text)]
    assert ("Kementerian Pariwisata", "ORG") in found
    assert ("Revita Datau Mesakh", "PER") in found
    # (and a date range in brackets after the place stands between the subject and its verb)
    assert [speaker for speaker, _, _ in _quotes(text)] == ["Revita Datau Mesakh"]


def test_what_a_sentence_says_before_a_copula_is_no_role_of_the_speaker() -> None:
    text = (
        "Pembangunan kembali Jalur Sutra adalah visi ambisius Presiden China Xi Jinping dalam "
        "mengembalikan jalur perdagangan kuno.\n\nXi mengaku telah mempersiapkan anggaran "
        "hingga 124 miliar dolar AS."
    )
    assert _quotes(text)[0][:2] == ("Xi Jinping", "Presiden China")


def test_a_body_run_on_into_a_balinese_name_after_an_office_splits_off_the_person() -> None:
    text = (
        "Turut mendampingi Presiden adalah Sekretaris Kabinet Pramono Anung dan Direktur Utama "
        "Hutama Karya I Gusti Ngurah Putra dari pihak kontraktor."
    )
    found = {str(m["text"]): (m["label"], m.get("role")) for m in find_entities(text)}
    assert found["Hutama Karya"] == ("ORG", None)
    assert found["I Gusti Ngurah Putra"] == ("PER", "Direktur Utama Hutama Karya")
    # (what the sentence says before the copula is no part of the office)
    assert found["Pramono Anung"] == ("PER", "Sekretaris Kabinet")


def test_a_given_name_glued_to_a_body_goes_back_to_the_person_the_article_calls_so() -> None:
    text = (
        "\u201cKami ambil porsi sekitar 50 persen,\u201d ujar Direktur Kelembagaan BRI Sis Apik "
        "Wijayanto, Jumat (16/6).\n\nMenurut Sis Apik, pembiayaan diberikan kepada korporasi. "
        "BRI terus berupaya menyediakan pembiayaan tersebut."
    )
    found = [(m["text"], m["label"], m.get("role")) for m in find_entities(text)]
    assert ("Sis Apik Wijayanto", "PER", "Direktur Kelembagaan BRI") in found
    assert not any(label == "ORG" and "Sis" in str(name) for name, label, _ in found)


def test_a_substitution_s_minute_in_a_line_up_opens_no_quote() -> None:
    text = (
        "Susunan Pemain\n\nJerman: Marc - Andre ter Stegen, Joshua Kimmich, Julian Draxler "
        '(Diego Demme 76 "), Amin Younes, Sandro Wagner, Lars Stindl (Timo Werner 55").\n\n'
        'San Marino: Elia Benedettini, Pier Filippo Mazza (Marco Bernardi 69 "), Tommaso '
        'Zafferani, Danilo Ezequiel Rinaldi (Adolfo Jose Hirsch 78"). (bola/dzi)'
    )
    assert _quotes(text) == []


def test_a_deputy_police_chief_s_rank_is_no_part_of_the_office() -> None:
    text = (
        '"Kami sudah mengantongi nama-nama pelaku," kata Wakapolres Probolinggo Kompol Hendy '
        "Kurniawan."
    )
    assert _roles(text)["Hendy Kurniawan"] == "Wakapolres Probolinggo"


def test_an_italian_club_s_nickname_with_its_article_is_the_club() -> None:
    text = "I Rossoneri terus memberikan tekanan, dan Kalinic hampir membukukan hat-trick."
    assert ("I Rossoneri", "ORG", "AC Milan") in [
        (m["text"], m["label"], m["canonical"]) for m in find_entities(text)
    ]


def test_saat_ini_after_the_verb_opens_the_statement_not_an_adjunct() -> None:
    text = (
        "Saat dikonfirmasi mengenai perkembangan terkini, pihak Polrestabes menyatakan saat ini "
        "polisi masih terus berusaha melakukan pencarian terhadap keberadaan Suryo."
    )
    said = _quotes(text)
    assert said and said[0][2].startswith("saat ini polisi masih")


def test_a_zoo_or_park_is_a_place() -> None:
    text = (
        "Salah satu tempat wisata buatan yang hits di negeri Kanguru itu ialah Kebun Binatang "
        "Taronga. Berlokasi di Sydney, kebun binatang ini menjadi yang tertua."
    )
    assert ("Kebun Binatang Taronga", "LOC") in [
        (m["text"], m["label"]) for m in find_entities(text)
    ]


def test_a_name_written_twice_by_mistake_is_the_person_named_in_full() -> None:
    text = (
        "Dosen ITB Suryo Utomo dilaporkan hilang. Istri Suryo lantas melapor ke polisi. Dari "
        "hasil pencarian, polisi mendapati mobil Suryo Suryo sempat terlacak di Cianjur. "
        "Suryo saat ini bekerja sebagai dosen."
    )
    assert _canon(text).get("Suryo") == {"Suryo Utomo"}


def test_the_name_an_epithet_goes_by_with_dengan_sapaan_is_the_person() -> None:
    text = (
        "Mantan anggota DPR, Angelina Sondakh, menyebut partainya mendapat jatah.\n\n\u201cNanti "
        "jatahnya dibagi,\u201d ujar perempuan yang akrab dengan sapaan Angie tersebut.\n\n"
        "Misalnya, kata Angie, terdapat pagu anggaran."
    )
    assert _canon(text)["Angie"] == {"Angelina Sondakh"}


def test_an_initial_for_a_given_name_is_the_person_named_in_full() -> None:
    text = (
        "Kewenangan itu ada pada mantan Bendahara Umum Partai Demokrat M Nazaruddin. Dudung "
        "didakwa bersama mantan Bendahara Umum Partai Demokrat Muhamad Nazaruddin."
    )
    assert _canon(text)["M Nazaruddin"] == {"Muhamad Nazaruddin"}


def test_a_title_glued_to_a_name_by_a_lost_line_break_is_no_part_of_it() -> None:
    text = (
        "Manchester United menahan Everton.\n\nCadangan: David De Gea, Marcus Rashford, Zlatan "
        "IbrahimovicPelatih: Jose Mourinho"
    )
    names = [str(m["text"]) for m in find_entities(text) if m["label"] == "PER"]
    assert "Zlatan Ibrahimovic" in names
    assert not any("Pelatih" in name for name in names)


def test_a_title_case_pan_is_no_party() -> None:
    from warta.extract.canonical import canonical_name

    assert canonical_name("Pan") == "Pan"  # "Peter Pan", the film "Pan"
    assert canonical_name("PAN") == "Partai Amanat Nasional"


def test_a_city_s_sub_agency_is_a_body() -> None:
    text = "Kegiatan itu melibatkan Sudin Perpustakaan dan Sudin UKM Jakarta Selatan."
    assert all(m["label"] == "ORG" for m in find_entities(text) if "Sudin" in str(m["text"]))


def test_a_name_set_off_as_a_kind_of_body_where_first_written_is_that_body() -> None:
    text = (
        "Di bulan Oktober lalu, Microsoft merilis fase beta untuk Mixer, layanan live streaming "
        "interaktif yang diakuisisinya. Seperti di kasus Mixer, selain melakukan penyempurnaan "
        "teknis, mereka juga memoles tampilan. Mixer kini dipakai jutaan orang."
    )
    labels = {m["label"] for m in find_entities(text) if m["text"] == "Mixer"}
    assert labels == {"ORG"}


def test_pol_alone_before_a_name_is_a_given_name_not_the_police_s_mark() -> None:
    text = (
        "Marc Marquez start terdepan, Johann Zarco kedua. Pol Espargaro dari KTM Racing di "
        "posisi 13, Aleix Espargaro di posisi 14. Kapolda Lampung Irjen Pol Suntana hadir."
    )
    found = {str(m["text"]): (m["canonical"], m.get("role")) for m in find_entities(text)}
    assert found["Pol Espargaro"] == ("Pol Espargaro", None)
    assert found["Suntana"] == ("Suntana", "Kapolda Lampung")


def test_a_known_club_run_into_a_person_s_name_takes_its_word_back() -> None:
    text = (
        "Stuani mencetak gol ke gawang mantan kiper Athletic Bilbao Iraizoz pada menit ke-5. "
        "Iraizoz tak berdaya."
    )
    found = [(m["text"], m["label"], m.get("role")) for m in find_entities(text)]
    assert ("Athletic Bilbao", "ORG", None) in found
    assert ("Iraizoz", "PER", "mantan kiper Athletic Bilbao") in found


def test_demikian_tertulis_names_the_source_it_stands_in_or_no_one() -> None:
    sourced = (
        '"Album ini diproduksi kontras dari musik One Direction," demikian tertulis dalam situs '
        "HITS Daily Double saat mengulas musik baru penyanyi Inggris itu."
    )
    assert _quotes(sourced)[0][0] not in (None, "tertulis")
    unsourced = (
        "G-Dragon merilis album lewat flashdisk.\n\n"
        '"Kwon Ji Yong, tipe darah A, 8/18/1988," demikian tertulis di salah satu sisi '
        "flashdisk itu."
    )
    assert _quotes(unsourced)[0][0] is None


def test_a_company_s_closing_word_opens_no_person_s_name() -> None:
    text = (
        "Analis Mandiri Sekuritas Hadiansyah mengatakan, sejak September, indeks konstruksi "
        "masih 28 persen di bawah IHSG."
    )
    found = [(m["text"], m["label"], m.get("role")) for m in find_entities(text)]
    assert ("Mandiri Sekuritas", "ORG", None) in found
    assert ("Hadiansyah", "PER", "Analis Mandiri Sekuritas") in found
