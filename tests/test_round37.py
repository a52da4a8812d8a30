"""Session 37: what random IndoSum articles showed (a firm closing an office set off after a
name, politicians' callings, where a title was said, connectives before "menurut")."""

from __future__ import annotations

from _extract_support import mentions as _mentions
from _extract_support import quotes as _quotes
from _extract_support import roles as _roles

from warta.extract.entities import find_entities


def test_one_word_closing_an_office_set_off_after_a_name_is_the_body() -> None:
    text = (
        "Joshua Shadle, pendiri dan CEO Fuelary, melakukan diet keto saat berlatih triatlon. "
        "Fuelary menjual makanan siap saji."
    )
    found = _mentions(text)
    assert ("Fuelary", "PER") not in found
    assert found.count(("Fuelary", "ORG")) == 2
    assert _roles(text)["Joshua Shadle"] == "pendiri dan CEO Fuelary"
    # a relation set off after the name is no office: the word after it stays a person
    related = "Budi Santoso, ayah Rina, melakukan diet keto saat berlatih triatlon."
    assert ("Rina", "ORG") not in _mentions(related)


def test_a_connective_phrase_before_menurut_is_no_part_of_the_statement() -> None:
    for lead in ("Di sisi lain", "Meski begitu", "Kendati begitu", "Sebaliknya"):
        text = f"{lead}, menurut Ruki, pernyataan yang disampaikan Romli keliru."
        assert _quotes(text) == [("Ruki", None, "pernyataan yang disampaikan Romli keliru")], lead
    # words that are the statement's own still open it
    text = "Indonesia, menurut Ruki, memiliki banyak pulau yang belum bernama."
    assert _quotes(text)[0][2].startswith("Indonesia")


def test_politicians_and_other_callings_open_a_role() -> None:
    text = (
        "Sugiharto menegaskan telah memberikan uang kepada politikus Hanura, Miryam S. Haryani. "
        "Politisi Partai Demokrat Nurul Iman Mustofa diperiksa penyidik KPK."
    )
    roles = _roles(text)
    assert roles["Miryam S. Haryani"] == "politikus Hanura"
    assert roles["Nurul Iman Mustofa"] == "Politisi Partai Demokrat"
    assert (
        _roles("Munir Said Thalib, aktivis HAM, meninggal di pesawat.")["Munir Said Thalib"]
        == "aktivis HAM"
    )


def test_a_superlative_stays_in_the_role() -> None:
    for text in (
        "Pemain termahal Arsenal, Pierre-Emerick Aubameyang dianggap tidak siap tampil.",
        "Pemain termahal Arsenal Pierre-Emerick Aubameyang dianggap tidak siap tampil.",
    ):
        assert _roles(text)["Pierre-Emerick Aubameyang"] == "Pemain termahal Arsenal", text


def test_another_is_no_part_of_a_role() -> None:
    text = (
        "Peneliti lain, Chris Colwell, menyebut kemampuan manusia akan menurun. Ulama lainnya, "
        "KH Ateng Jaelani menambahkan, ulama di Jabar mengapresiasi pencalonan itu."
    )
    roles = _roles(text)
    assert roles["Chris Colwell"] == "Peneliti"
    assert roles["Ateng Jaelani"] == "Ulama"


def test_a_short_form_closing_an_apposition_stays_in_the_role() -> None:
    text = "“ Kami ingin masuk sebagai oposisi, ” ucap Manuela Schwesig, politisi SDP."
    assert _roles(text)["Manuela Schwesig"] == "politisi SDP"
    assert _quotes(text) == [
        ("Manuela Schwesig", "politisi SDP", "Kami ingin masuk sebagai oposisi")
    ]


def test_a_place_set_off_after_a_titled_speaker_is_no_name() -> None:
    for title in ("Sekretaris Fraksi", "Kabid Humas Polda Metro Jaya Kombes"):
        text = (
            f'"Kalau ada keputusan segera kita kirim," kata {title} Yandri Susanto di Gedung '
            "DPR, Kompleks Parlemen, Senayan, Jakarta Pusat."
        )
        assert [s for s, _, _ in _quotes(text)] == ["Yandri Susanto"], title
    # a name after a title that runs over "di" and a place is still the speaker
    text = '"Kami siap," kata Kepala Puskesmas di Kecamatan Cibeber, Budi Santoso.'
    assert [s for s, _, _ in _quotes(text)] == ["Budi Santoso"]


def test_hardware_makers_are_bodies() -> None:
    text = (
        "Gigabyte mencoba mematahkan anggapan tersebut melalui GeForce GTX 1080 Mini. Dengan "
        "bodi sependek ini, Gigabyte sejatinya harus memutar otak."
    )
    assert _mentions(text) == [("Gigabyte", "ORG"), ("Gigabyte", "ORG")]


def test_a_name_written_in_camel_case_is_no_person() -> None:
    text = (
        "Pasca diakuisisi oleh Microsoft, SwiftKey berkembang pesat berkat dukungan tim yang "
        "solid. Sementara itu McGregor, DiCaprio dan MacArthur tiba di Jakarta."
    )
    found = _mentions(text)
    assert ("SwiftKey", "PER") not in found
    for name in ("McGregor", "DiCaprio", "MacArthur"):
        assert (name, "PER") in found, name


def test_a_given_name_the_tagger_took_for_a_body_is_the_person() -> None:
    text = (
        "Setnov juga melaporkan kader Partai Solidaritas Indonesia (PSI) Dyann Kemala "
        "Arrizzqi, yang tak lama setelahnya ditetapkan sebagai tersangka oleh kepolisian.\n\n"
        "Dyann memang tak mendekam di penjara, namun proses hukum terhadapnya tetap berjalan."
    )
    found = _mentions(text)
    assert ("Dyann Kemala Arrizzqi", "PER") in found
    assert ("Dyann", "ORG") not in found
    assert _roles(text)["Dyann Kemala Arrizzqi"] == "kader Partai Solidaritas Indonesia (PSI)"


def test_a_field_of_pe_an_or_ke_an_stays_in_a_role_set_off_after_the_name() -> None:
    text = (
        "“ Kami menerima komplain soal bocornya episode empat, ” kata Akbar Pathan, deputi "
        "komisioner unit kejahatan siber Kepolisian Mumbai, yang menindaklanjutinya."
    )
    role = "deputi komisioner unit kejahatan siber Kepolisian Mumbai"
    assert _roles(text)["Akbar Pathan"] == role
    # not a noun after a preposition: what the sentence goes on to say
    said = (
        "Hal itu disampaikan Taleb Rivai, Sekjen UNWTO dalam pernyataan resminya di Bali. "
        "Film itu digarap Guy Ritchie, sutradara di balik kesuksesan Sherlock Holmes."
    )
    roles = _roles(said)
    assert roles["Taleb Rivai"] == "Sekjen UNWTO"
    assert roles["Guy Ritchie"] == "sutradara"


def test_a_waterpark_is_a_place() -> None:
    text = (
        "Hawai Waterpark pun telah mengunggah kertas laporannya ke polisi. Pihak Hawai Waterpark "
        "telah mengundang DJ Katty."
    )
    assert _mentions(text) == [("Hawai Waterpark", "LOC"), ("Hawai Waterpark", "LOC")]


def test_a_known_firm_named_after_its_founder_stays_the_firm_after_goods() -> None:
    text = (
        "Pendiri perusahaan itu, Michael Dell, berbicara di Austin. Penjualan laptop Dell naik "
        "tahun ini."
    )
    found = _mentions(text)
    assert ("Michael Dell", "PER") in found
    assert ("Dell", "PER") not in found


def test_an_office_held_at_the_time_is_the_role() -> None:
    text = (
        "Sebelumnya pada Oktober 2013, Menteri Kesehatan Kanada saat itu Rona Ambrose "
        "menghapuskan zat itu dari program akses khusus. Pada saat itu Budi Santoso datang."
    )
    roles = _roles(text)
    assert roles["Rona Ambrose"] == "Menteri Kesehatan Kanada"
    assert roles["Budi Santoso"] is None


def test_a_body_named_after_an_office_is_the_body_wherever_the_article_writes_it() -> None:
    text = (
        "“ Kami ingin mengenalkan produk lokal, ” kata Founder Otenta Anton Liu.\n\n"
        "Diklaim saat ini Otenta telah menghimpun sekitar 120 merek asli Indonesia. Seluruh UKM "
        "yang tergabung dalam platform Otenta merupakan mitra Bank BTN."
    )
    assert [m for m, label in _mentions(text) if label == "ORG"].count("Otenta") == 3
    # a nickname in brackets after a person is no body's short form
    child = (
        "Asri Welas mengambil pelajaran dari kejadian yang menimpa anaknya Rayyan Gibran "
        "Ridharaharja (Ibran). Menurut Asri, penyakit itu diketahui sejak Ibran berusia tiga "
        "bulan. Kini Ibran sudah sehat."
    )
    assert ("Ibran", "ORG") not in _mentions(child)


def test_what_someone_set_off_claims_to_be_is_no_statement() -> None:
    text = (
        "Vidi Galenso Syarief, kuasa hukum Mario membenarkan dihentikannya acara tersebut "
        "adalah efek munculnya Kiswinar, lelaki yang mengaku anak biologis Mario, di acara "
        "talkshow Hitam Putih di Trans 7."
    )
    assert not [t for _, _, t in _quotes(text) if t.startswith("anak biologis")]


def test_the_article_sang_is_no_part_of_a_role() -> None:
    text = (
        "“ Banyak hal bermanfaat yang bisa kita ambil, ” kata Ahmad Albar, sang vokalis. "
        "Sang kiper Jordan Pickford tersenyum."
    )
    roles = _roles(text)
    assert roles["Ahmad Albar"] == "vokalis"
    assert roles["Jordan Pickford"] == "kiper"
    assert _quotes(text) == [
        ("Ahmad Albar", "vokalis", "Banyak hal bermanfaat yang bisa kita ambil")
    ]
    # a relation after "sang" before a comma names no office of the person after it
    wife = "Menurut sang istri Vicky, Cornell memang sesekali mengonsumsi obat itu."
    assert _roles(wife)["Cornell"] is None


def test_a_second_calling_after_sekaligus_stays_in_the_role() -> None:
    text = (
        "Ichwan Persada, produser sekaligus penulis cerita mengaku semangat mengerjakan film ini."
    )
    assert _roles(text)["Ichwan Persada"] == "produser sekaligus penulis cerita"
    # and a unit's capitalised fields, joined by "dan"
    unit = (
        "Hal tersebut disampaikan Marudut, ahli gizi sekaligus anggota Bidang Penelitian dan "
        "Pengembangan Gizi, Persatuan Ahli Gizi Indonesia (Persagi)."
    )
    assert _roles(unit)["Marudut"] == (
        "ahli gizi sekaligus anggota Bidang Penelitian dan Pengembangan Gizi"
    )


def test_a_phrase_of_the_faith_in_arabic_names_no_one() -> None:
    text = (
        "Indonesia menggandeng Yordania dalam upaya mempromosikan Islam Rahmatan lil'Alamin. "
        "Kedua negara harus dapat menyuarakan Islam Rahmatan lil ' Alamin. Teriakan Allahu "
        "Akbar terdengar dari masjid."
    )
    assert [label for _, label in _mentions(text)] == ["LOC", "LOC"]


def test_an_office_set_off_after_bertemu_is_the_role_of_the_name_set_off_after_it() -> None:
    text = "Ketika bertemu Menlu Yordania, Ayman Safadi, Retno menyampaikan alasan itu."
    assert _roles(text)["Ayman Safadi"] == "Menlu Yordania"
    # the subject after a clause set off before it holds no office of the clause's
    clause = "Usai bertemu Ketua DPR, Bambang Soesatyo mengatakan hal itu."
    assert _roles(clause)["Bambang Soesatyo"] is None


def test_menurut_and_a_pronoun_then_the_statement_without_a_comma() -> None:
    text = (
        "Maizarni (41) melihat kereta itu terguling. Menurut dia kejadian itu menyebabkan arus "
        "lalu lintas dari Simpang Alai ke Limau Manih, Kecamatan Pauh terputus selama satu jam."
    )
    quotes = _quotes(text)
    assert [s for s, _, _ in quotes] == ["Maizarni"]
    assert quotes[0][2].startswith("kejadian itu menyebabkan arus lalu lintas")


def test_a_term_of_office_and_a_bodys_head_written_small_stay_in_the_role() -> None:
    text = (
        "KPK mengapresiasi kesaksian Mantan Ketua Fraksi partai Demokrat MPR RI periode "
        "2012-2014 Muhammad Djafar Hafsah yang sangat kooperatif. Hal itu disampaikan Ketua KPK "
        "periode 2011 - 2015 Abraham Samad di Jakarta."
    )
    roles = _roles(text)
    assert roles["Muhammad Djafar Hafsah"] == (
        "Mantan Ketua Fraksi partai Demokrat MPR RI periode 2012-2014"
    )
    assert roles["Abraham Samad"] == "Ketua KPK periode 2011 - 2015"
    assert _roles("Pada 2015 Budi Santoso datang ke Jakarta.")["Budi Santoso"] is None


def test_an_english_grade_and_title_open_no_name_or_body() -> None:
    text = "Sementara itu, Vice President Indana Steven mengaku tidak sedikit biaya dihabiskan."
    assert ("Indana Steven", "PER") in _mentions(text)
    assert _roles(text)["Indana Steven"] == "Vice President"
    body = "Sementara itu, Senior Vice President Indana Steven Wijaya mengaku biaya tidak sedikit."
    assert ("Indana", "ORG") in _mentions(body)
    assert _roles(body)["Steven Wijaya"] == "Senior Vice President Indana"
    # a title for a field names no body
    field = "Hal itu disampaikan Assistant Minister for Industry Australia Craig Laundy."
    assert not [m for m, label in _mentions(field) if label == "ORG"]


def test_a_quote_a_document_holds_is_no_ones_in_focus() -> None:
    text = (
        "Perubahan itu terjadi pada pasangan calon Natalis Tabuni - Yann Robert.\n\n"
        '"Pemohon menganggap apa yang dilakukan KPU selaku termohon merupakan keanehan," '
        "seperti dalam petikan permohonan."
    )
    assert [s for s, _, _ in _quotes(text)] == [None]


def test_a_misspelt_day_after_a_titled_name_is_no_speaker() -> None:
    text = (
        '"Korban ditemukan di dasar kolam renang," kata Kepala Bidang Hubungan Masyarakat '
        "Polda Metro Jaya Komisaris Besar Raden Prabowo Argo Yuwono, Mingggu (18/2/2018)."
    )
    assert [s for s, _, _ in _quotes(text)] == ["Raden Prabowo Argo Yuwono"]
    # an age in brackets after the name set off is no date
    aged = '"Kami siap," kata Kepala Desa Sukamaju, Slamet (52).'
    assert _quotes(aged) == [("Slamet", "Kepala Desa Sukamaju", "Kami siap")]


def test_a_players_shot_opening_a_sentence_is_no_given_name() -> None:
    text = (
        "Christian Eriksen melepaskan umpan kepada Harry Kane. Sundulan Kane dari jarak dekat "
        "masih bisa ditepis oleh kiper Juve Gianluigi Buffon. Bola diteruskan ke Kane."
    )
    found = _mentions(text)
    assert ("Sundulan Kane", "PER") not in found
    assert found.count(("Kane", "PER")) == 2


def test_the_occasion_after_a_verb_of_saying_is_no_statement() -> None:
    text = (
        "Djan Faridz menyampaikan dalam pidatonya di Rapat Koordinasi dan Silaturahmi Nasional "
        "di kantor DPP PPP, Minggu (25/2/2018), seperti dikutip dalam siaran persnya."
    )
    assert _quotes(text) == []
    # the statement after the occasion's comma is one
    said = "Budi Santoso mengatakan dalam konferensi pers, harga beras akan naik bulan depan."
    assert _quotes(said) == [("Budi Santoso", None, "harga beras akan naik bulan depan")]
    # "dalam waktu dekat" is part of the statement
    soon = "Budi Santoso mengatakan dalam waktu dekat harga beras akan naik."
    assert _quotes(soon)[0][2] == "dalam waktu dekat harga beras akan naik"


def test_a_question_opening_a_sentence_is_no_given_name() -> None:
    text = (
        "Sosok Keylor Navas memang tak sepopuler Cristiano Ronaldo. Benarkah Navas tak menjadi "
        "prioritas Madrid musim ini?"
    )
    found = _mentions(text)
    assert ("Benarkah Navas", "PER") not in found
    assert ("Navas", "PER") in found


def test_an_airport_named_after_heroes_keeps_its_name_after_a_body() -> None:
    text = (
        "Ia melaporkan penganiayaan oleh anggota Sat Narkoba Polres Bandara Soekarno Hatta "
        "pada 17 Juli."
    )
    assert _mentions(text) == [("Polres Bandara Soekarno Hatta", "ORG")]
    # a title and its body before a person stay apart
    assert ("Budi Santoso", "PER") in _mentions("Hal itu dikatakan GM Bandara Budi Santoso.")


def test_a_name_set_off_after_a_title_and_its_place_is_a_person_not_a_place() -> None:
    text = (
        "Weber juga menyebut kardinal Regensburg, Gerhard Ludwig Mueller, tidak bisa menangani "
        "kasus itu."
    )
    assert ("Gerhard Ludwig Mueller", "PER") in _mentions(text)
    # places set off one after another stay places
    places = "Insiden terjadi menjelang sertijab Kapolsek Torgamba, Labuhan Batu, Sumut, Rabu."
    assert ("Labuhan Batu", "LOC") in _mentions(places)


def test_an_epithet_pointing_back_to_a_titled_name_set_off_before_it_is_that_person() -> None:
    text = (
        "Gubernur DKI Jakarta Anies Baswedan kembali mengingatkan pentingnya pendidikan.\n\n"
        "Wakil Ketua DPRD DKI Jakarta M Taufik, politisi Gerindra itu mengaku baru kali ini ada "
        "yang memperhatikan secara serius pendidikan anak usia dini."
    )
    assert [(s, r) for s, r, _ in _quotes(text)] == [("M Taufik", "Wakil Ketua DPRD DKI Jakarta")]


def test_a_bare_office_is_whoever_the_article_gave_exactly_that_office() -> None:
    text = (
        "Indonesia diwakili oleh Menteri Luar Negeri Retno Marsudi bersama tokoh dunia seperti "
        "Presiden AS Donald Trump dan Menlu Inggris Boris Johnson.\n\n"
        '"Fokus utamanya adalah menjadikan PBB ini lebih efisien," kata Menlu Retno di New '
        "York, Senin.\n\n"
        "Dengan mengatasi masalah efisiensi, diharapkan PBB bisa dengan cepat merespon situasi "
        "dunia yang dinamis, kata Menlu."
    )
    assert [s for s, _, _ in _quotes(text)] == ["Retno Marsudi", "Retno Marsudi"]


def test_guards_against_this_rounds_misfires() -> None:
    # a name set off after "bertemu" keeps the role set off after it
    text = "Usai bertemu Wali Kota, Budi Santoso, warga Cibubur, mengatakan keluhannya didengar."
    assert _roles(text)["Budi Santoso"] == "warga Cibubur"
    # a second calling cut before its complement is no part of the role
    text = "Budi Santoso, guru sekaligus kepala sekolah, mengatakan siswa libur."
    assert _roles(text)["Budi Santoso"] == "guru"
    # a person after a servant's relation to an office stays a person
    text = "Budi Santoso, mantan sopir direktur Sutrisno, mengatakan hal itu. Sutrisno membantah."
    assert ("Sutrisno", "ORG") not in _mentions(text)
    # K-pop names in camel case are people
    assert ("JungKook", "ORG") not in _mentions("Penggemar menyambut JungKook di bandara.")
    # a firm named like a city, after a preposition of place, is the city
    assert ("Kingston", "LOC") in _mentions("Pelari Jamaika itu kini tinggal di Kingston.")
    # a prize's category is no role
    text = "Ronaldo layak mendapatkan penghargaan pemain terbaik Ballon d'Or."
    assert not any(_roles(text).values())
    # places a title covers, set off, then the name
    text = '"Air sudah surut," kata Kapolsek Cibeber, Kabupaten Cianjur, AKP Budi Santoso.'
    assert [s for s, _, _ in _quotes(text)] == ["Budi Santoso"]
    # "Pihak lain" opening the sentence is its subject
    text = "Pihak lain, menurut Budi, harus ikut bertanggung jawab atas kerusakan itu."
    assert _quotes(text)[0][2].startswith("Pihak lain")
    # "menurut dia dan kuasa hukumnya, …": the source goes on
    for text in (
        "Budi Santoso tidak hadir. Menurut dia dan kuasa hukumnya, pemeriksaan itu cacat hukum.",
        "Budi Santoso hadir. Menurut dia sendiri, acara itu penting.",
    ):
        assert not any(q[2].startswith(("dan ", "sendiri")) for q in _quotes(text)), text


def _canonical(text: str) -> dict[str, str]:
    return {str(m["text"]): str(m["canonical"]) for m in find_entities(text)}


def test_a_known_bodys_short_form_is_no_branch_or_unit_of_it() -> None:
    text = (
        "Tentara Nasional Indonesia (TNI) akan menerapkan kebijakan itu. Kebijakan TNI diambil "
        "pada rapat pimpinan. Peningkatan status pangkalan TNI AL Sorong menjadi pangkalan "
        "utama."
    )
    assert _canonical(text)["TNI"] == "TNI"
    branch = (
        "Ketua DPW PPP Jateng Masruhan Samsurie mendaftar. Kader PPP Jateng itu yakin menang. "
        "Sementara itu, PPP pusat belum bersikap."
    )
    assert _canonical(branch)["PPP"] != "PPP Jateng"


def test_a_clause_after_a_name_set_off_in_an_attribution_is_no_role() -> None:
    text = (
        "Manajer Persib Bandung, Umuh Muchtar, mengatakan hal itu.\n\n"
        "Essien, ujar Umuh, bukan tipe pemain yang banyak permintaan kepada klub."
    )
    assert [(s, r) for s, r, _ in _quotes(text)] == [("Umuh Muchtar", "Manajer Persib Bandung")]


def test_a_firms_name_after_an_office_runs_on_to_its_holder() -> None:
    text = (
        "Direktur PT Indo Beras Unggul Jo Tjong Seng mengklarifikasi dugaan beras premium "
        "palsu. Jo mengatakan itu dalam konferensi pers di Senayan."
    )
    assert ("PT Indo Beras Unggul", "ORG") in _mentions(text)
    assert _roles(text)["Jo Tjong Seng"] == "Direktur PT Indo Beras Unggul"
    # "mengatakan itu" then where: points back, no statement
    assert _quotes(text) == []


def test_a_titles_body_set_off_before_the_name_stays_in_the_role() -> None:
    text = (
        '"Hingga saat ini market share perbankan 46,5 persen," kata Direktur Pengawasan Bank II, '
        "Otoritas Jasa Keuangan (OJK) Anung Herlianto saat berdiskusi dengan media."
    )
    role = "Direktur Pengawasan Bank II, Otoritas Jasa Keuangan (OJK)"
    assert _quotes(text) == [
        ("Anung Herlianto", role, "Hingga saat ini market share perbankan 46,5 persen")
    ]


def test_a_noun_of_quality_opening_a_sentence_is_no_given_name() -> None:
    text = (
        "Sphero kembali mengungkap robot baru dari Disney. Totalitas Sphero rupanya belum "
        "berhenti di situ."
    )
    assert ("Totalitas Sphero", "PER") not in _mentions(text)


def test_a_units_name_and_the_rank_after_it_are_no_person() -> None:
    text = (
        "Obama disambut Pangdam IX/Udayana Mayor Jenderal TNI Komaruddin Simanjuntak dan "
        "Komandan Pangkalan Udara Ngurah Rai Kolonel Penerbang Wayan Superman."
    )
    found = _mentions(text)
    assert ("IX/Udayana", "ORG") in found
    assert ("Komaruddin Simanjuntak", "PER") in found
    # a corps written out after the rank is no given name
    assert ("Wayan Superman", "PER") in found


def test_a_calling_that_works_for_someone_given_another_office_before_is_no_role() -> None:
    text = (
        "Penanganan kasus itu melibatkan Ketua DPR Setya Novanto. Mengenai tuduhan yang "
        "dilayangkan pengacara Setya Novanto ke dua pemimpin KPK, Wapres menegaskan hal itu."
    )
    people = [m for m in find_entities(text) if m["label"] == "PER"]
    assert [m.get("role") for m in people] == ["Ketua DPR", None]


def test_a_venue_ner_found_with_a_word_before_it_is_no_one_to_follow() -> None:
    text = (
        "Phil Collins tak terdengar suaranya sejak satu dekade lalu.\n\n"
        "Collins baru saja mengumumkan, ia akan keliling Eropa pada Juni 2017. Ia akan tampil "
        "dalam sebuah acara di Royal Albert Hall di London.\n\n"
        "Padahal, seperti diberitakan The Guardian, mantan pentolan Genesis itu sudah "
        "mengumumkan bahwa dirinya bakal pensiun dari dunia musik pada 2011."
    )
    assert [s for s, _, _ in _quotes(text)] == ["Phil Collins", "Phil Collins"]


def test_a_surname_alone_is_not_the_relative_set_off_as_its_bearers_child() -> None:
    text = (
        "Zbigniew Brzezinski, penasihat keamanan nasional Presiden Jimmy Carter, meninggal "
        "dunia di usia 89 tahun.\n\n"
        "Mika Brzezinski, putri Brzezinski, mengatakan bahwa sang ayah meninggal dalam keadaan "
        "damai.\n\nBrzezinski merupakan penasihat keamanan nasional AS selama empat tahun."
    )
    names = [(m["text"], m["canonical"]) for m in find_entities(text) if m["label"] == "PER"]
    assert ("Brzezinski", "Zbigniew Brzezinski") in names
    assert ("Brzezinski", "Mika Brzezinski") not in names


def test_guards_against_the_second_reviews_misfires() -> None:
    # an English grade before a word of a firm's name, not a title, keeps the firm whole
    text = "Perusahaan jasa tenaga kerja Global Duta Mandiri dilaporkan ke polisi."
    assert ("Global Duta Mandiri", "ORG") in _mentions(text)
    # a quote given in someone's statement or post is still theirs
    text = (
        "Kapolda Metro Jaya Irjen Idham Azis meminta warga tidak terprovokasi.\n\n"
        '"Kami akan menindak tegas siapa pun yang melanggar hukum," sebagaimana disebutkan '
        "dalam keterangan tertulis yang diterima wartawan, Selasa (13/3/2018)."
    )
    assert next(s for s, _, _ in _quotes(text)) == "Idham Azis"
    # a one-word name, then the date, is the speaker
    text = '"Air sudah mulai surut," kata Kepala Desa Sukamaju, Sutrisno (12/3/2018).'
    assert _quotes(text) == [("Sutrisno", "Kepala Desa Sukamaju", "Air sudah mulai surut")]
    # an occasion that opens a clause without a comma is the statement's
    for text in (
        "Kapolres Bogor AKBP Andi Dicky mengatakan dalam rapat koordinasi itu disepakati "
        "penutupan jalan selama dua hari.",
        "Ketua DPR Bambang Soesatyo mengatakan pada rapat paripurna pekan depan RUU tersebut "
        "akan disahkan.",
    ):
        assert _quotes(text)[0][2].startswith(("dalam rapat", "pada rapat")), text
    text = (
        "Menteri Perhubungan Budi Karya Sumadi mengatakan dalam rapat tersebut dibahas tiga hal, "
        "yakni anggaran, jadwal, dan lokasi pembangunan."
    )
    assert _quotes(text)[0][2].startswith("dalam rapat tersebut dibahas tiga hal")
    # "itu"/"ini" as the subject of what was said, then a predicate
    for text in (
        "Mahfud MD mengatakan itu di luar kewenangan Kemenko Polhukam.",
        "Sri Mulyani menyatakan ini pada dasarnya bukan masalah besar.",
        "Budi Santoso menegaskan itu sejak awal sudah menjadi komitmen pemerintah daerah.",
    ):
        assert len(_quotes(text)) == 1, text
    # a venue's head, then someone doing something, are two names
    text = "Polsek Kawasan Pelabuhan Budi Santoso menangkap dua pelaku pencurian."
    assert ("Budi Santoso", "PER") in _mentions(text)
    # a place named by its side or a river's reach, set off after a title, stays a place
    text = '"Air mulai surut," kata Kepala Desa Wanasari, Cibitung Hilir, kepada wartawan.'
    assert ("Cibitung Hilir", "LOC") in _mentions(text)
    # a bare office is the one named since with a longer office, not an earlier exact holder
    text = (
        "Sebelumnya, Gubernur Anies Baswedan meminta bantuan pemerintah pusat.\n\n"
        "Gubernur Jawa Barat Ridwan Kamil kemudian meninjau lokasi banjir di Bekasi, Senin.\n\n"
        "Pemprov Jabar akan membangun tanggul baru di sepanjang Kali Bekasi, kata Gubernur."
    )
    assert [s for s, _, _ in _quotes(text)] == ["Ridwan Kamil"]
