"""Round 56: entities, roles and quote attribution read off IndoSum articles."""

from __future__ import annotations

from _extract_support import mentions as _mentions
from _extract_support import quotes as _quotes
from _extract_support import roles as _roles

from warta.extract.entities import find_entities


def test_a_stray_comma_after_bahwa_opens_no_reported_statement() -> None:
    text = (
        "Di tempat yang sama, Marfiandi mengatakan bahwa, AMA hadir sebagai wadah kreatifitas "
        "anak muda di dunia modelling."
    )
    found = _quotes(text)
    assert [q[0] for q in found] == ["Marfiandi"]
    assert found[0][2].startswith("AMA hadir")


def test_an_english_title_in_its_field_set_off_after_a_phrase_is_the_names_role() -> None:
    text = (
        "Di tempat yang sama, Promotion Manager AMA 2017, Marfiandi mengatakan bahwa AMA "
        "hadir sebagai wadah kreatifitas anak muda."
    )
    assert _roles(text)["Marfiandi"] == "Promotion Manager AMA 2017"


def test_a_pair_of_names_opening_a_later_paragraph_is_no_dateline() -> None:
    text = (
        "Survei itu dirilis Selasa.\n\nEko mengatakan hal itu di Bandung.\n\n"
        "Ridwan - Uu dan Deddy - Dedi, kata Eko sejauh ini saling berbagi basis wilayah di "
        "Jawa Barat.\n\nBangunan - bangunan tua di Mosul, menurut Eko, rentan ambruk meski tak "
        "diserang langsung."
    )
    found = _quotes(text)
    assert [q[2][:12] for q in found] == ["Ridwan - Uu ", "Bangunan - b"]


def test_an_abbreviated_office_finds_its_holder_without_the_firms_legal_form() -> None:
    text = (
        "Direktur Utama PT IKT Chiefy Adi K menyebutkan penerima beasiswa adalah pelajar SD."
        "\n\nDirut IKT menyampaikan bahwa program CSR ini merupakan bentuk nyata komitmen "
        "perusahaan."
    )
    assert [q[0] for q in _quotes(text)] == ["Chiefy Adi K", "Chiefy Adi K"]


def test_a_title_that_is_a_given_name_opens_the_name_after_an_office_and_its_short_form() -> None:
    text = "Menteri Pemuda dan Olahraga (Menpora) Imam Nahrawi mengatakan hal itu kepada wartawan."
    assert _roles(text) == {"Imam Nahrawi": "Menteri Pemuda dan Olahraga (Menpora)"}


def test_a_name_right_after_a_member_noun_is_the_group() -> None:
    text = (
        "Nick Carter dituding melecehkan Melissa Schuman.\n\n"
        "“ Saya bisa jadi suamimu, ” kata sang personel Backstreet Boys.\n\n"
        "Salah satu personel WINNER, Kim Jong Min, hadir.\n\nBicara soal pendapatan, personel "
        "Snada enggan memberi tahu uang yang mereka dapat.\n\nSnada terbentuk pada 1990 di "
        "Jakarta."
    )
    found = _mentions(text)
    assert ("Backstreet Boys", "ORG") in found
    assert ("WINNER", "ORG") in found
    assert [label for m, label in found if m == "Snada"] == ["ORG", "ORG"]
    assert ("Kim Jong Min", "PER") in found


def test_a_person_after_a_body_after_a_member_noun_stays_a_person() -> None:
    text = "Pada kesempatan itu, anggota DPR Katherine Angela Oendoen mengatakan hal itu."
    assert ("Katherine Angela Oendoen", "PER") in _mentions(text)


def test_a_relation_before_a_name_is_not_that_persons_role_where_the_relation_is_named() -> None:
    text = (
        "The Telegraph menyebut ekspresi wajah semacam ini sering diperlihatkan oleh rekan "
        "Fellaini di MU, Phil Jones.\n\nSedangkan, rekan Dyah bernama Mutmainah selamat.\n\n"
        "Banyak rekan Hermansyah yang menjenguknya dan bersimpati."
    )
    found = _roles(text)
    assert found["Fellaini"] is None
    assert found["Dyah"] is None
    assert found["Hermansyah"] is None


def test_a_name_after_an_impersonal_passive_is_whom_the_article_follows() -> None:
    text = (
        "Manchester City sudah menentukan harga untuk striker terlupakan, Wilfried Bony.\n\n"
        "Situasi jadi kian sulit untuk Bony, karena kini Josep Guardiola memiliki bomber muda "
        "tajam Brasil, Gabriel Jesus. Bisa dipastikan Bony akan semakin sulit menembus tim "
        "utama.\n\n"
        '"Saya ingin menunjukkan pada mereka, saya bisa berbuat lebih," tuturnya di Sky Sports.'
    )
    assert [q[0] for q in _quotes(text)] == ["Wilfried Bony"]


def test_a_sites_name_is_one_word_in_a_speakers_role() -> None:
    text = (
        '"Sebenarnya isi website itu tidak diubah tetapi diarahkan secara otomatis," jelas '
        "pengamat keamanan dari Vaksin.com, Alfons Tanujaya."
    )
    assert _quotes(text)[0][:2] == ("Alfons Tanujaya", "pengamat keamanan dari Vaksin.com")


def test_a_site_told_is_no_part_of_the_subject_after_it() -> None:
    text = (
        "Telkom Indonesia pun mengaku masih berusaha memperbaikinya.\n\n"
        "Melalui pesan teks kepada CNNIndonesia.com Telkom menerangkan, anomali pada satelit "
        "Telkom 1 sudah terasa sejak Jumat."
    )
    assert [q[0] for q in _quotes(text)][-1] == "Telkom"


def test_a_claim_in_a_relative_clause_is_not_the_sentences_verb_of_saying() -> None:
    text = (
        "Sumber yang mengaku dekat dengan keluarga Gomez mengonfirmasi People bahwa Teefey "
        "dengan sengaja pergi ke rumah sakit untuk diperiksa."
    )
    found = _quotes(text)
    assert len(found) == 1
    assert found[0][2].startswith("Teefey dengan sengaja")
    assert "Gomez" in str(found[0][0])


def test_a_firms_first_word_is_neither_of_two_firms_it_opens_one_its_arm_in_a_country() -> None:
    text = (
        "Menteri ESDM Ignasius Jonan optimistis divestasi dengan PT Freeport Indonesia akan "
        "selesai.\n\nDari hasil perundingan, divestasi yang akan dilakukan PT Freeport menjadi "
        "51 persen.\n\nDari pihak PT Freeport dihadiri CEO Freeport McMoran Richard Adkerson."
    )
    canon = {str(m["text"]): m["canonical"] for m in find_entities(text)}
    assert canon["PT Freeport"] == "Freeport"
    assert canon["PT Freeport Indonesia"] == "Freeport Indonesia"


def test_a_list_of_names_with_counts_in_brackets_names_one_kind_of_thing() -> None:
    text = (
        "Sembilan tim lain tersebut, yakni AS Roma (19 gol), Borussia Dortmund (18), FC Porto "
        "(17), Bayer Leverkusen (15), Dynamo Kyiv (15), Schalke 04 (14), Olympique Lyon (14), "
        "Rosenborg (14)."
    )
    labels = {m: label for m, label in _mentions(text)}
    assert labels["Rosenborg"] == "ORG"
    assert labels["FC Porto"] == "ORG"


def test_a_list_of_people_with_ages_keeps_its_people() -> None:
    text = "Korban meninggal masing-masing Suharti (54), Rina Marlina (41), dan Budi Santoso (30)."
    assert {label for _, label in _mentions(text)} == {"PER"}


def test_a_finding_no_one_is_named_behind_leaves_the_cue_after_it_to_speak() -> None:
    text = (
        "Kepala Dinas Sosial DKI Masrokhan mengatakan hal itu.\n\nMenurut pemetaan, ia "
        "menjelaskan, PMKS seperti pengemis biasanya mendatangi tempat-tempat ibadah selama "
        "bulan puasa.\n\nMenurut temuan Twitter, pengguna di kota-kota kecil Indonesia ingin "
        "terlibat percakapan di dunia maya."
    )
    found = _quotes(text)
    assert [(q[0], q[2][:12]) for q in found] == [
        ("Masrokhan", "PMKS seperti"),
        ("Twitter", "pengguna di "),
    ]


def test_the_name_someone_calls_another_in_quotation_marks_is_theirs() -> None:
    text = (
        "Carter mengatakan, Brzezinski adalah orang yang cemerlang.\n\n"
        '"Rosalynn dan saya sedih," kata Carter dalam sebuah pernyataan.\n\n'
        'Mantan Presiden Barack Obama memanggil Brzezinski "seorang pegawai negeri yang cakap, '
        'intelek yang kuat."\n\nDia menambahkan, "Pengaruhnya membentang beberapa dekade."'
    )
    assert [q[0] for q in _quotes(text)][-2:] == ["Barack Obama", "Barack Obama"]


def test_an_epithet_whose_place_runs_to_its_demonstrative_is_the_one_in_focus() -> None:
    text = (
        "Perenang Singapura, Joseph Schooling, meminta maaf atas ucapannya.\n\n"
        '"Jika saya menyinggung siapapun juga, saya meminta maaf," kata pemenang emas di nomor '
        "100 meter gaya kupu-kupu di Olimpiade Rio de Janeiro tersebut."
    )
    assert [q[0] for q in _quotes(text)] == ["Joseph Schooling"]


def test_whom_someone_asks_to_declare_something_says_nothing() -> None:
    text = (
        "Tim kuasa hukum Miryam meminta hakim mengabulkan permohonan itu. Selain itu, mereka "
        "juga meminta hakim menyatakan penetapan Miryam sebagai tersangka tidak sah."
    )
    assert "hakim" not in {q[0] for q in _quotes(text)}


def test_a_capitalised_cue_after_a_closing_mark_is_no_part_of_the_name() -> None:
    text = (
        "Product Marketing Samsung Mobile Indonesia, Irfan Rinaldi, mengatakan hal itu.\n\n"
        '"Misalnya, foto sambil hujan - hujanan dan juga underwater selfie." Beber Irfan.'
    )
    assert [m for m, label in _mentions(text) if label == "PER"] == ["Irfan Rinaldi", "Irfan"]
    assert [q[0] for q in _quotes(text)] == ["Irfan Rinaldi"]


def test_a_name_run_on_after_a_known_body_in_a_title_is_the_person() -> None:
    text = (
        "Kemendagri menghapus dana bantuan partai politik.\n\n"
        '"Langsung kami cut itu," ujar Pelaksana Tugas Dirjen Bina Keuangan Daerah Kementerian '
        "Dalam Negeri Syarifuddin saat dihubungi, Jakarta."
    )
    found = _mentions(text)
    assert ("Kementerian Dalam Negeri", "ORG") in found
    assert ("Syarifuddin", "PER") in found


def test_a_body_whose_last_word_runs_on_into_a_name_keeps_it() -> None:
    text = (
        "Proyek itu rampung pada 2019.\n\nCEO Grup Sinar Mas Land Michael Widjaja mengatakan "
        "pembangunan Digital Hub untuk mengakomodir industri."
    )
    assert ("Land", "PER") not in _mentions(text)


def test_two_capitalised_words_after_a_calling_written_small_are_a_person() -> None:
    text = (
        "Cuaca cerah.\n\nPada Maret lalu, musisi veteran Iggy Pop rela bertelanjang bulat demi "
        "menjadi model.\n\nPop pernah mengatakan bahwa aksinya itu bukanlah sekadar perbuatan "
        "bodoh."
    )
    assert _roles(text) == {"Iggy Pop": "musisi veteran", "Pop": None}
    assert [q[0] for q in _quotes(text)] == ["Iggy Pop"]


def test_a_work_after_a_calling_is_no_person() -> None:
    text = "Cuaca cerah.\n\nIa bekerja sebagai produser The Simpsons sejak lama."
    assert ("The Simpsons", "PER") not in _mentions(text)


def test_a_name_after_penerbit_is_the_publisher() -> None:
    text = (
        "Cuaca cerah.\n\nBuku yang diterbitkan oleh penerbit Heni tersebut bersampul merah jambu."
    )
    assert ("Heni", "PER") not in _mentions(text)


def test_a_short_form_of_a_list_of_words_written_small_is_no_entity() -> None:
    text = (
        "Fasilitas yang perlu mendapat perhatian adalah pos peristirahatan yang layak bagi para "
        "pendaki. Di lokasi tersebut harus dilengkapi dengan fasilitas sarana mandi, cuci dan "
        "kakus (MCK), serta tempat pembuangan sampah.\n\nUpaya membangun jalur pendakian "
        "dilakukan oleh BTNT. Jumlah MCK di sana masih kurang."
    )
    assert all(mention != "MCK" for mention, _ in _mentions(text))


def test_words_glued_before_a_name_join_a_role_that_does_not_close_on_them_already() -> None:
    from warta.extract.quotes.glue import joined_role

    assert joined_role("Manager Maggie Couture", "Maggie Couture") == "Manager Maggie Couture"
    assert joined_role("CEO", "Promogo") == "CEO Promogo"
    assert joined_role("Kepala Dinas", "") == "Kepala Dinas"


def test_an_outlet_named_after_its_kind_and_country_set_off_is_a_body() -> None:
    text = (
        "Cuaca cerah.\n\nLansiran surat kabar Korea Selatan, Joongang Ilbo, orang itu bernama "
        "Hwang Min, mantan menteri pertanian.\n\nTahun 2009, kritikus film di majalah Forbes, "
        "Roger Ebert, memasukkan Indomie sebagai hadiah Natal favoritnya."
    )
    labels = dict(_mentions(text))
    assert labels["Joongang Ilbo"] == "ORG"
    assert labels["Roger Ebert"] == "PER"


def test_a_korean_family_name_and_two_syllables_are_a_person() -> None:
    text = (
        "Cuaca cerah.\n\nNamun, sebelumnya, media nasional membenarkan soal adanya eksekusi "
        "terhadap paman dari Kim Jong Un, Jang Song Thaek, lelaki yang dianggap orang nomor "
        "dua.\n\nSelain Jang Song Thaek, ada pula mantan Menteri Pertahanan Hyun Yong Chol."
    )
    assert {label for m, label in _mentions(text) if m == "Jang Song Thaek"} == {"PER"}


def test_known_movements_are_bodies() -> None:
    text = (
        "Cuaca cerah.\n\nHamas merupakan organisasi yang terinspirasi dari Ikhwanul Muslimin. "
        "Pemerintah membubarkan Hizbut Tahrir Indonesia (HTI) tahun lalu."
    )
    labels = dict(_mentions(text))
    assert labels["Ikhwanul Muslimin"] == "ORG"
    assert labels["Hizbut Tahrir Indonesia"] == "ORG"


def test_an_office_run_into_one_word_set_off_before_a_full_name_is_that_persons() -> None:
    text = (
        "Cuaca cerah.\n\nTak terima, Ketua Aliansi Masyarakat Luat Pahae, Lamsiang Sitompul "
        "melaporkan akun bernama Nunik Wulandari ke Polda Sumatera Utara."
    )
    assert _roles(text) == {
        "Lamsiang Sitompul": "Ketua Aliansi Masyarakat Luat Pahae",
        "Nunik Wulandari": None,
    }


def test_a_provinces_former_name_is_a_place() -> None:
    text = (
        "Cuaca cerah.\n\nIa ikut operasi Trikora merebut Irian Barat kemudian juga bintang "
        "perlawanan gerilya."
    )
    assert ("Irian Barat", "LOC") in _mentions(text)


def test_an_office_runs_over_a_field_of_two_joined_by_dan() -> None:
    text = (
        "Cuaca cerah.\n\nMenurut Direktur Industri Mesin dan Elektronika Budi Santoso, R&D "
        "merupakan jantung.\n\nPasangan selebriti Raffi Ahmad dan Nagita Slavina hadir."
    )
    assert _roles(text) == {
        "Budi Santoso": "Direktur Industri Mesin dan Elektronika",
        "Raffi Ahmad": None,
        "Nagita Slavina": None,
    }


def test_the_rank_of_whom_a_troop_is_led_by_stays_the_role() -> None:
    text = (
        "Cuaca cerah.\n\nKita dapat bantuan serangan dari pasukan Purwokerto, pasukan pimpinan "
        "Kolonel Sudirman pada waktu itu."
    )
    assert _roles(text) == {"Sudirman": "Kolonel"}


def test_an_investigator_is_a_calling_before_a_name() -> None:
    text = (
        "Cuaca cerah.\n\nSebelumnya, salah satu penyidik KPK Novel Baswedan disiram air keras "
        "sepulang shalat subuh."
    )
    assert _roles(text) == {"Novel Baswedan": "penyidik KPK"}


def test_a_calling_set_off_after_an_object_and_going_on_is_the_next_clauses_subject() -> None:
    text = (
        "Cuaca cerah.\n\nArgo menuturkan dari tangan Aldi, penyidik menemukan 1.000 konten."
        "\n\nSelain memeriksa Irvan, jaksa KPK juga menjadwalkan pemeriksaan anggota Komisi II."
        "\n\nKelompok penyidik di bawah komando Aris tak pernah akur dengan geng penyidik "
        "pimpinan Novel Baswedan."
    )
    found = _roles(text)
    assert found["Aldi"] is None
    assert found["Irvan"] is None
    assert found["Novel Baswedan"] is None
