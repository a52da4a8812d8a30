"""Session 47: what random IndoSum articles showed (asides that name the outlet, the
language a quote was said in, passive verbs whose agent is described before the name,
towns the tagger read as people)."""

from __future__ import annotations

from _extract_support import quotes as _quotes

from warta.extract.entities import find_entities


def _labels(text: str) -> list[tuple[str, str]]:
    return [(str(m["text"]), str(m["label"])) for m in find_entities(text)]


def test_the_outlet_set_off_between_subject_and_verb_is_not_the_speaker() -> None:
    text = (
        "Tak heran jika kemudian pihak klub marah besar. Seorang juru bicara klub, seperti "
        'dilansir The Guardian, berkata, "Kami benar-benar kecewa ada suporter yang menjual '
        'tiket pemberian para pemain."'
    )
    assert [speaker for speaker, _, _ in _quotes(text)] == ["seorang juru bicara klub"]


def test_the_language_a_quote_was_said_in_is_not_the_speaker() -> None:
    text = (
        '"Kami pasti akan kembali lagi," kata Taemin di Jakarta.\n\nSambil membungkuk Onew '
        'pun berbahasa Indonesia: "Terima kasih banyak sekali."\n\nPresiden Joko Widodo '
        'berbahasa Inggris: "Thank you very much for coming."'
    )
    assert [(speaker, role) for speaker, role, _ in _quotes(text)] == [
        ("Taemin", None),
        ("Onew", None),
        ("Joko Widodo", "Presiden"),
    ]


def test_the_agent_of_a_passive_verb_described_before_the_name_is_followed() -> None:
    text = (
        '"Terima kasih karena kalian menyambut kami dengan hangat," kata Taemin di Jakarta.'
        "\n\nJanji serupa diungkapkan, personel lainnya, Jonghyun. Dia mengatakan akan kembali "
        "menghadirkan suasana konser yang hangat.\n\nKabar duka itu disampaikan putranya, "
        "Muhammad Wirajuda. Ia mengatakan ayahnya wafat pagi tadi."
    )
    assert [speaker for speaker, _, _ in _quotes(text)] == [
        "Taemin",
        "Jonghyun",
        "Muhammad Wirajuda",
    ]


def test_a_name_after_the_head_of_a_town_is_that_town_everywhere() -> None:
    text = (
        "Angkatan Udara Suriah melancarkan serangan gas beracun terhadap Kota Kecil Khan "
        "Sheikhoun, yang dikuasai gerilyawan.\n\nGerilyawan melancarkan serangan kimia di "
        "Khan Sheikhoun."
    )
    labels = _labels(text)
    assert [label for name, label in labels if name == "Khan Sheikhoun"] == ["LOC", "LOC"]
    # an office of the town still names its holder
    text = (
        "Wali Kota Bogor Bima Arya hadir. Kepala Desa Ahmad Yani mengatakan banjir surut. "
        "Bima Arya tersenyum."
    )
    labels = _labels(text)
    assert ("Bima Arya", "PER") in labels
    assert ("Ahmad Yani", "PER") in labels
    assert not any(label == "LOC" and name in {"Bima Arya", "Ahmad Yani"} for name, label in labels)


def test_a_region_named_with_its_head_is_that_place_when_named_alone() -> None:
    text = (
        "Masyarakat menyambut gembira hadirnya SPBU di Kecamatan Paloh, sesuai SOP.\n\n"
        'Peresmian "BBM Satu Harga" di Paloh ini merupakan simbol komitmen. Wali Kota Bima '
        "Arya datang ke Kota Bima. Bima tersenyum."
    )
    labels = _labels(text)
    assert ("Paloh", "LOC") in labels
    # a word of a person's name the article gives stays that person's
    assert ("Bima", "PER") in labels
    # short forms of kinds of place and procedure are no names
    assert not any(name in {"SPBU", "SOP"} for name, _ in labels)


def test_a_hedge_or_a_translation_after_demikian_is_not_the_speaker() -> None:
    text = (
        'Pihak Kings mengolok-olok sang lawan. "Pertandingan malam ini ditunda, kalian bisa '
        'mempercayai proses tetapi tidak dengan lantai lapangan?" demikian kurang lebih '
        "terjemahan cuitan akun resmi Kings."
    )
    speakers = [speaker for speaker, _, _ in _quotes(text)]
    assert speakers == ["Kings"]


def test_a_known_name_inside_a_nominee_s_film_title_is_no_entity() -> None:
    text = (
        "Gary Oldman mengalahkan bintang-bintang besar lainnya yang masuk dalam nominasi Aktor "
        "Terbaik yakni Tom Hanks (The Post), Javier Bardem (Spanyol) dan Denzel Washington "
        "(Roman J. Israel, ESQ)."
    )
    labels = _labels(text)
    assert ("Spanyol", "LOC") in labels
    assert not any(name in {"Israel", "The Post"} for name, _ in labels)


def test_a_place_set_off_after_where_a_titled_speaker_spoke_is_no_name() -> None:
    text = (
        '"Sehingga kita perlu selesaikan di Bawaslu," kata Ketua Bidang Hubungan Antar Lembaga '
        "Dewan Pengurus Nasional PKPI M Mahfuz Abdullah di Hotel Mercure, Harmoni, Jakarta "
        'Pusat, Sabtu (17/2/2018).\n\n"Kayaknya dia datang lagi dengan hitungannya," tutur '
        "Direktur Jenderal Pajak (DJP) Ken Dwijugiasteadi dalam acara Media Gathering di "
        'Tanjung Pandan, Belitung, Minggu (16/4).\n\n"Kita perlu selesaikan," kata Ketua '
        "Panitia di Jakarta, Budi Santoso."
    )
    assert [(speaker, role) for speaker, role, _ in _quotes(text)] == [
        ("M Mahfuz Abdullah", "Ketua Bidang Hubungan Antar Lembaga Dewan Pengurus Nasional PKPI"),
        ("Ken Dwijugiasteadi", "Direktur Jenderal Pajak (DJP)"),
        ("Budi Santoso", "Ketua Panitia di Jakarta"),
    ]


def test_the_town_of_the_club_named_is_still_the_town() -> None:
    text = (
        "London (ANTARA News) - Pelatih asal Belanda Frank de Boer dipecat sebagai manajer "
        "Crystal Palace pada Senin.\n\nDe Boer, yang menggantikan Sam Allardyce di klub London "
        "itu, telah kalah dalam empat pertandingan liga."
    )
    assert [label for name, label in _labels(text) if name == "London"] == ["LOC", "LOC"]


def test_a_name_with_an_initial_for_a_word_of_a_fuller_name_is_that_person() -> None:
    text = (
        "Penampilan apik Egy Maulana Vikri bersama Timnas Indonesia U-19 mulai mencuri "
        'perhatian.\n\n"Luis Milla memberikan apresiasi kepada Egy M Vikri, MVP Gotia Cup," '
        "kata Fanny Riawan.\n\nKehadiran Egy praktis semakin memperketat persaingan."
    )
    canonical = {str(m["text"]): str(m["canonical"]) for m in find_entities(text)}
    assert canonical["Egy M Vikri"] == "Egy Maulana Vikri"
    assert canonical["Egy"] == "Egy Maulana Vikri"


def test_the_outlet_after_menurut_gives_way_to_the_speaker_it_names() -> None:
    text = (
        "Mantan Perdana Menteri Australia Tony Abbott marah saat mengetahui musisi Macklemore "
        "akan menampilkan lagu Same Love.\n\nMerespons kontroversi itu, menurut The Guardian "
        "via SBS, Macklemore berkata kepada The Cruz Show bahwa ia tentu saja akan pergi ke "
        "Australia.\n\n“ Saya mendapat banyak cuitan dari pria yang marah di Australia, ” "
        "katanya.\n\nMenurut Reuters, harga minyak dunia naik tajam pekan ini karena pasokan "
        "terganggu."
    )
    assert [speaker for speaker, _, _ in _quotes(text)] == ["Macklemore", "Macklemore", "Reuters"]
    # a performer named by one word after the profession is a person
    assert ("Macklemore", "PER") in _labels(text)


def test_a_short_form_spelling_the_initials_of_a_longer_name_is_that_name() -> None:
    text = (
        "Partai Keadilan dan Persatuan Indonesia tidak lolos verifikasi. PKPI akan menggugat "
        "ke Bawaslu.\n\nMenteri Pendidikan dan Kebudayaan hadir di Kementerian Pendidikan dan "
        "Kebudayaan. KPK memeriksa.\n\nKapal perang melintas di Laut China Selatan. Di LCS, "
        "situasi memanas."
    )
    canonical = {str(m["text"]): str(m["canonical"]) for m in find_entities(text)}
    assert canonical["PKPI"] == "Partai Keadilan dan Persatuan Indonesia"
    assert canonical["LCS"] == "Laut China Selatan"
    # a short form the alias tables hold keeps its own meaning
    assert canonical["KPK"] == "KPK"


def test_a_relation_before_a_name_and_a_demonstrative_is_no_role_of_that_name() -> None:
    text = (
        "Juru bicara KPK Febri Diansyah mengatakan lembaganya membicarakan langkah hukum "
        "untuk mantan pengacara Setya Novanto itu.\n\nPengacara Setya Novanto, Fredrich "
        "Yunadi, membantah. Pengacara Hotman Paris hadir di sidang."
    )
    roles = [(str(m["text"]), m.get("role")) for m in find_entities(text) if m["label"] == "PER"]
    assert roles[1] == ("Setya Novanto", None)
    assert ("Fredrich Yunadi", "Pengacara Setya Novanto") in roles
    assert ("Hotman Paris", "Pengacara") in roles


def test_the_object_of_a_verb_before_a_comma_is_not_the_next_verb_s_subject() -> None:
    text = (
        'Nick Carter mengungkapkan perasaannya di Twitter. "Untuk adikku, saya mencintaimu."'
        "\n\nVariety menindaklanjuti kabar penahanan Aaron, menyebut bahwa yang bersangkutan "
        "sudah dilepaskan dengan jaminan.\n\nSalah satu warga, Pak Sarno, mengaku rumahnya "
        "kebanjiran sejak pagi.\n\nKepala Dinas Pariwisata Budi Santoso, mengatakan jumlah "
        "wisatawan naik tajam tahun ini."
    )
    assert [speaker for speaker, _, _ in _quotes(text)][2:] == ["Variety", "Sarno", "Budi Santoso"]


def test_a_name_set_off_whole_keeps_its_first_word() -> None:
    text = (
        "JUARA.NET - Pebulu tangkis asal India, Pusarla Venkata Sindhu, membidik target "
        'menjadi tunggal putri nomor satu dunia.\n\n"Saya ingin menjadi yang terbaik di '
        'dunia," kata Pusarla dikutip dari Firstpost.\n\n"Saat bermain di India, saya sangat '
        'senang," kata Sindhu.'
    )
    assert [(speaker, role) for speaker, role, _ in _quotes(text)] == [
        ("Pusarla Venkata Sindhu", "Pebulu tangkis asal India"),
        ("Pusarla Venkata Sindhu", "Pebulu tangkis asal India"),
    ]


def test_words_describing_a_statement_are_no_part_of_the_speaker_s_role() -> None:
    text = (
        "Pernyataan kontroversial sutradara Hanung Bramantyo mendapat reaksi dari sejumlah "
        'aktris.\n\n"Ya, karena memang ada limitasinya," kata dia.'
    )
    assert [(speaker, role) for speaker, role, _ in _quotes(text)] == [
        ("Hanung Bramantyo", "sutradara")
    ]


def test_fields_listed_in_a_title_after_the_cue_are_no_name() -> None:
    text = (
        "Rimanews - Indonesia menempati posisi kelima produsen sepatu terbesar di dunia, kata "
        "Dirjen Industri Kimia, Tekstil dan Aneka, Kementerian Perindustrian Achmad Sigit "
        'Dwiwahjono.\n\n"Kami siap," kata Manajer tim bulu tangkis Indonesia, Susy Susanti.'
    )
    assert [(speaker, role) for speaker, role, _ in _quotes(text)] == [
        (
            "Achmad Sigit Dwiwahjono",
            "Dirjen Industri Kimia, Tekstil dan Aneka, Kementerian Perindustrian",
        ),
        ("Susy Susanti", "Manajer tim bulu tangkis Indonesia"),
    ]


def test_a_time_set_off_after_the_speaker_is_no_part_of_the_name() -> None:
    text = (
        '"Freed sekarang sudah tidak kontinu," ujar Direktur Pemasaran dan Layanan Purna Jual '
        "PT HPM Jonfis Fandy, belum lama ini."
    )
    assert [(speaker, role) for speaker, role, _ in _quotes(text)] == [
        ("Jonfis Fandy", "Direktur Pemasaran dan Layanan Purna Jual PT HPM")
    ]


def test_a_one_word_name_after_a_long_office_is_the_person() -> None:
    text = (
        '"Sudah padam," kata Kepala Suku Dinas Penanggulangan Kebakaran dan Penyelamatan '
        'Jakarta Pusat Hardisiswan saat dikonfirmasi.\n\n"Untuk kepadatan dari KM 164," kata '
        "Petugas Call Center NTMC Polri Dimas, mengutip Detik.\n\nGubernur Sulawesi Tenggara "
        "hadir. Kantor Wali Kota Jakarta Selatan di Lebak Bulus ramai."
    )
    assert [(speaker, role) for speaker, role, _ in _quotes(text)] == [
        (
            "Hardisiswan",
            "Kepala Suku Dinas Penanggulangan Kebakaran dan Penyelamatan Jakarta Pusat",
        ),
        ("Dimas", "Petugas Call Center NTMC Polri"),
    ]
    labels = _labels(text)
    assert ("Jakarta Pusat", "LOC") in labels
    assert ("Sulawesi Tenggara", "LOC") in labels
    assert ("Lebak Bulus", "LOC") in labels


def test_a_laboratory_before_a_name_is_the_body_the_person_works_at() -> None:
    text = (
        "Menurut peneliti Lawrence Livermore National Laboratory David Dearborn, asteroid itu "
        "tidak berbahaya."
    )
    labels = _labels(text)
    assert ("Lawrence Livermore National Laboratory", "ORG") in labels
    assert ("David Dearborn", "PER") in labels


def test_a_given_name_after_ke_is_the_person_the_article_calls_by_it() -> None:
    text = (
        "Uang itu mengalir ke rekening Ketua Dewan Kehormatan PAN Amien Rais. Aliran uang ke "
        "Amien dikirim Nuki lewat rekening yayasan. Amien menerima uang tersebut.\n\nMichael "
        "Jordan bermain. Ia lalu terbang ke Jordan untuk berlibur. Jordan tersenyum."
    )
    canonical = [(str(m["text"]), m["label"], m["canonical"]) for m in find_entities(text)]
    assert canonical.count(("Amien", "PER", "Amien Rais")) == 2
    # a country after "ke" stays the country
    assert ("Jordan", "LOC", "Yordania") in canonical


def test_a_speaker_goes_by_the_person_s_canonical_name() -> None:
    text = (
        "Penyanyi Kevin Lilliana meraih gelar Miss International 2017 di Tokyo.\n\n"
        '"Saya sungguh tak percaya, ini seperti mimpi," kata Kevin.\n\n'
        "Direktur Eksekutif Jean - Pierre Rivere mengatakan klub siap bersaing."
    )
    speakers = [speaker for speaker, _, _ in _quotes(text)]
    assert speakers == ["Kevin Lilliana", "Jean-Pierre Rivere"]


def test_a_titled_speaker_after_a_quote_closed_by_a_comma_needs_no_verb() -> None:
    text = (
        "Kementerian Luar Negeri menyatakan pemerintah masih berupaya memulangkan seorang "
        "perempuan.\n\n“ Kami terus upayakan proses pemulangan sesuai keinginan yang "
        "bersangkutan, ” Juru Bicara Arrmanatha Nasir di Gedung Kemlu RI, Jakarta, Kamis."
    )
    assert [(speaker, role) for speaker, role, _ in _quotes(text)][1] == (
        "Arrmanatha Nasir",
        "Juru Bicara",
    )


def test_a_relation_before_a_name_then_the_one_it_names_is_no_role_of_the_name() -> None:
    text = (
        "Terry nyeleweng dengan mantan pacar Bridge, Vanessa Perroncel. Wayne Bridge "
        "kecewa.\n\nDari dokumen yang diperoleh kuasa hukum, Sugito Atmo Pawiro, Rizieq "
        "bertemu politikus PKS."
    )
    roles = {str(m["text"]): m.get("role") for m in find_entities(text) if m["label"] == "PER"}
    assert roles["Bridge"] is None
    assert roles["Sugito Atmo Pawiro"] == "kuasa hukum"


def test_a_statement_noun_after_a_quote_names_its_source() -> None:
    text = (
        'Berita kematian Chris Cornell mengagetkan penggemarnya.\n\n"Kematian itu disebut '
        'mendadak dan tak terduga," pernyataan perwakilan Cornell, Brian Bumberry.'
    )
    assert [(speaker, role) for speaker, role, _ in _quotes(text)] == [
        ("Brian Bumberry", "perwakilan Cornell")
    ]


def test_a_verb_of_saying_closing_the_sentence_before_a_quote_attributes_it() -> None:
    text = (
        "Facebook mulai merombak fitur Trending Topics.\n\nDalam pernyataannya, Facebook "
        "mengatakan. “ Dengan memudahkan pencarian berita lain, kami berharap orang-orang "
        "merasa terbantu. ”"
    )
    assert [speaker for speaker, _, _ in _quotes(text)] == ["Facebook"]


def test_a_child_of_someone_named_is_the_person_in_focus_of_that_family() -> None:
    text = (
        "Mantan politisi PDI Perjuangan, Boy Sadikin mengatakan koalisi akan dibuat ramping."
        "\n\nPutera sulung mantan Gubernur DKI Jakarta Ali Sadikin menegaskan jika dirinya "
        "dipercaya menjadi bagian dari tim pemenangan, dirinya akan menggalang kekuatan.\n\n"
        "Putri Diana mengatakan ia bahagia sekali hari ini."
    )
    speakers = [speaker for speaker, _, _ in _quotes(text)]
    assert speakers == ["Boy Sadikin", "Boy Sadikin", "Putri Diana"]


def test_a_body_run_on_over_a_one_word_name_the_article_uses_alone_is_split() -> None:
    text = (
        "Direktur Pengamanan Perdagangan Kementerian Perdagangan Pradnyawati menuturkan, "
        'pemerintah menilai tuduhan itu tidak adil.\n\n"Kami menyampaikan sanggahan," kata '
        "Pradnyawati."
    )
    labels = _labels(text)
    assert ("Kementerian Perdagangan", "ORG") in labels
    assert labels.count(("Pradnyawati", "PER")) == 2


def test_a_name_after_a_football_scoreline_is_a_team() -> None:
    text = (
        "Barcelona kembali gagal meraih kemenangan setelah ditahan 1-1 oleh Hercules pada leg "
        "pertama perdelapan final Copa Del Rey, Kamis (1/12). Rapatnya barisan pertahanan "
        "Hercules membuat Barca kesulitan untuk menembus kotak penalti.\n\nRafinha Alcantara "
        "yang ditunjuk sebagai kapten saat menghadapi Hercules mengaku tetap optimistis.\n\n"
        "Petenis Serena Williams menang 6-2 atas Sharapova di final."
    )
    labels = _labels(text)
    assert [label for name, label in labels if name == "Hercules"] == ["ORG"] * 3
    assert ("Sharapova", "ORG") not in labels


def test_an_office_set_off_after_a_name_makes_it_a_person_and_sang_istri_is_his_wife() -> None:
    text = (
        "Gao Guangxi, Direktur Kepolisian Chengnan, ditemukan tak bernyawa setelah bekerja "
        "selama 36 jam.\n\nSang istri mengaku telah mencoba berulang kali menghubungi "
        "suaminya tapi tidak kunjung mendapatkan jawaban.\n\nDi Jawa Barat, Gubernur Ridwan "
        "Kamil, mengatakan banjir surut."
    )
    labels = _labels(text)
    assert ("Gao Guangxi", "PER") in labels
    assert ("Jawa Barat", "LOC") in labels
    assert _quotes(text)[0][0] == "sang istri"


def test_a_long_first_line_after_a_dateline_is_no_headline() -> None:
    text = (
        "Jakarta, CNN Indonesia - - Ketua Komisi Pemberantasan Korupsi (KPK) Agus Rahardjo "
        "menyebut Undang-Undang Nomor 31 Tahun 1999 tentang Pemberantasan Tindak Pidana "
        "Korupsi masih tergolong ' kuno '\n\nHal tersebut disampaikan Agus di hadapan Presiden "
        "Joko Widodo."
    )
    assert ("Agus Rahardjo", "PER") in _labels(text)
    # a short title after a dateline is still a headline, read in running-text case
    headline = (
        "Merdeka.com - Kado Indah Untuk Totti\n\nAS Roma sukses meraih kemenangan dengan skor "
        "3-2 saat melawan Genoa. Francesco Totti bermain untuk terakhir kalinya."
    )
    assert ("Totti", "PER") in _labels(headline)


def test_a_known_place_is_not_the_district_named_after_it() -> None:
    text = (
        "Jambi (ANTARA News) - Warga Desa Rengas Bandung, Kecamatan Jambi Luar Kota digegerkan "
        "penemuan mayat.\n\nWarga Kabupaten Asahan mengungsi. Banjir di Asahan meluas."
    )
    canonical = {(str(m["text"]), int(m["start"])): m["canonical"] for m in find_entities(text)}
    assert canonical[("Jambi", 0)] == "Jambi"
    assert [v for (t, _), v in canonical.items() if t == "Asahan"] == ["Kabupaten Asahan"]


def test_the_last_word_of_a_ministry_s_field_is_no_given_name() -> None:
    text = (
        "JAKARTA — Kementerian Komunikasi dan Digital (Komdigi) memblokir 1,4 juta konten judi "
        "online.\n\nMenteri Komunikasi dan Digital Laras Wibisana mengatakan para bandar kini "
        'beralih ke aplikasi pesan. "Pola mereka berubah," kata Laras di Jakarta. Laras '
        "meminta masyarakat tidak mengeklik tautan."
    )
    people = {(str(m["text"]), m.get("role")) for m in find_entities(text) if m["label"] == "PER"}
    assert ("Laras Wibisana", "Menteri Komunikasi dan Digital") in people
    assert not any(name.startswith("Digital") for name, _ in people)


def test_the_forest_fire_brigade_is_a_body_before_its_head_s_name() -> None:
    text = (
        "Kepala Daerah Operasi Manggala Agni Riau Teguh Santoso menjelaskan, sebagian besar "
        "lahan yang terbakar adalah gambut."
    )
    people = {(str(m["text"]), m.get("role")) for m in find_entities(text) if m["label"] == "PER"}
    assert people == {("Teguh Santoso", "Kepala Daerah Operasi Manggala Agni Riau")}
