"""Session 28: misses seen in news of other kinds (a Jakarta social-affairs office before
Ramadan, a research firm's forecast, a celebrity wedding, a lake in a district of Aceh, a
German election, a rail project) and in copies whose quotation marks stand apart from the
words."""

from __future__ import annotations

from _extract_support import mentions as _mentions
from _extract_support import quotes as _quotes

from warta.extract.quotes.speakers import common_words, parse_phrase
from warta.extract.quotes.text import tokens

# --- quotes ---------------------------------------------------------------------------------


def test_quotation_marks_set_off_by_spaces_open_a_paragraph_quote() -> None:
    # some copies space every quotation mark; a paragraph's first mark opens the quote
    text = (
        "Dinas Sosial DKI Jakarta akan menyiagakan petugas di tempat keramaian.\n\n"
        '" Kami sudah melakukan pemetaan. Para pengemis akan bergeser ke pusat keramaian, " '
        "kata Kepala Dinas Sosial DKI Rahmat Hidayat, Rabu (24/5/2017).\n\n"
        '" Petugas akan berpatroli siang dan malam, " ujar Rahmat.'
    )
    found = _quotes(text)
    assert [(speaker, said.split(".")[0]) for speaker, _, said in found] == [
        ("Rahmat Hidayat", "Kami sudah melakukan pemetaan"),
        ("Rahmat Hidayat", "Petugas akan berpatroli siang dan malam"),
    ]


def test_a_body_the_entity_step_names_whole_speaks_as_the_body() -> None:
    # "Lembaga Kajian" opens the name like a title; the words after it are no person
    text = (
        "Lembaga Kajian Strategis Lowy memperkirakan penjualan daring akan naik 40 persen "
        "dibandingkan tahun lalu."
    )
    assert ("Lembaga Kajian Strategis Lowy", "ORG") in _mentions(text)
    assert [speaker for speaker, _, _ in _quotes(text)] == ["Lembaga Kajian Strategis Lowy"]


def test_names_in_a_relative_clause_are_not_the_speaker() -> None:
    agency = (
        "Tak lama setelahnya, agensi yang menaungi Nadia Safira dan Arman Maulana "
        "mengkonfirmasi bahwa keduanya berbulan madu di Lombok."
    )
    assert [speaker for speaker, _, _ in _quotes(agency)] == [
        "agensi yang menaungi Nadia Safira dan Arman Maulana"
    ]
    lawyer = (
        "Sementara itu, pengacara yang mewakili Budi Santoso mengatakan bahwa kliennya tidak "
        "bersalah."
    )
    assert [speaker for speaker, _, _ in _quotes(lawyer)] == [
        "pengacara yang mewakili Budi Santoso"
    ]
    # a clause that names the subject itself keeps the name
    office = "Pria yang menjabat Ketua KPK Agus Rahardjo mengatakan bahwa kasus itu diselidiki."
    assert [speaker for speaker, _, _ in _quotes(office)] == ["Agus Rahardjo"]


# --- places ---------------------------------------------------------------------------------


def test_the_place_of_a_regional_office_is_no_person() -> None:
    text = (
        "Danau Lembang di Kecamatan Sungaiarang menjadi tujuan wisata baru.\n\n"
        "Camat Sungaiarang, Yusri kepada wartawan menyatakan danau itu masih asri. "
        "Wartawan berkeliling ditemani Camat Sungaiarang dan warga setempat."
    )
    found = _mentions(text)
    assert ("Sungaiarang", "PER") not in found
    assert found.count(("Sungaiarang", "LOC")) == 2
    assert ("Yusri", "PER") in found
    assert ("Camat Sungaiarang", "LOC") not in found


def test_two_known_places_joined_by_a_hyphen_are_two_places() -> None:
    text = (
        "Proyek kereta cepat Semarang-Surabaya kembali molor. Penerbangan Jakarta-Bandung "
        "dihentikan. Arus di Tol Jakarta-Cikampek padat."
    )
    found = _mentions(text)
    for place in ("Semarang", "Surabaya", "Jakarta", "Bandung"):
        assert (place, "LOC") in found
    assert ("Tol Jakarta-Cikampek", "LOC") in found  # a road named after its ends


# --- people ---------------------------------------------------------------------------------


def test_a_pair_of_people_the_article_names_apart_is_split() -> None:
    text = (
        "Resepsi pernikahan Nadia-Arman digelar di Jakarta, Minggu malam. Tampak Arman "
        "Maulana naik ke panggung bersama Nadia Safira."
    )
    found = _mentions(text)
    assert ("Nadia", "PER") in found and ("Arman", "PER") in found
    assert not any("-" in name for name, _ in found)


# --- organisations --------------------------------------------------------------------------


def test_an_acronym_the_tagger_missed_takes_the_body_it_spells() -> None:
    text = (
        "Kanselir akan mengajak kelompok liberal Free Democratic Party (FDP) ke koalisi. "
        "Pertumbuhan Produk Domestik Bruto (PDB) melambat. Kepala Unit Pelaksana Teknis (UPT) "
        "hadir. Musim Indonesian Basketball League (IBL) dimulai."
    )
    found = _mentions(text)
    assert ("Free Democratic Party", "ORG") in found
    assert ("FDP", "ORG") in found
    # a term, a kind of office and a competition are no bodies
    for name in ("PDB", "Produk Domestik Bruto", "UPT", "Unit Pelaksana Teknis", "IBL"):
        assert name not in {found_name for found_name, _ in found}


def test_a_word_that_closes_a_body_or_place_is_no_part_of_the_speakers_title() -> None:
    # where the tagger glued the office to the name, the attribution alone splits them
    def name(phrase: str) -> str | None:
        toks = tokens(phrase, 0, len(phrase))
        parsed = parse_phrase(phrase, toks, common=common_words(phrase))
        return parsed.name if parsed else None

    assert name("Kepala Kantor Imigrasi Jakarta Pusat Tato Joko Hidayat") == "Tato Joko Hidayat"
    assert name("Deputi Bidang Usaha Kementerian BUMN Aloysius Kiik Ro") == "Aloysius Kiik Ro"
    # an organisation's head still takes the proper name after it
    assert name("Rektor Universitas Padjadjaran Firman Adi Manan") == "Firman Adi Manan"


def test_a_name_set_off_after_yakni_is_the_speaker_and_the_words_before_its_role() -> None:
    text = (
        "Pelatih Persib, yakni Robert Alberts, mengatakan bahwa timnya siap bertanding. "
        "Vokalis band Noah, yaitu Ariel, mengatakan bahwa album baru akan dirilis bulan depan."
    )
    assert [(speaker, role) for speaker, role, _ in _quotes(text)] == [
        ("Robert Alberts", "Pelatih Persib"),
        ("Ariel", "vokalis band Noah"),
    ]


def test_invisible_marks_and_a_bracketed_insertion_do_not_hide_an_opening_mark() -> None:
    # a left-to-right mark (U+200E) glued to the quotation mark, as scraped pages leave it
    marked = (
        "Polisi menjaga kelenteng itu sepanjang malam.\n\n"
        '\u200e"Kami kerahkan 75 personel gabungan di sekitar kelenteng, " kata Kapolsek '
        "Taman Sari Komisaris Erick Frendriz."
    )
    assert [(s, t) for s, _, t in _quotes(marked)] == [
        ("Erick Frendriz", "Kami kerahkan 75 personel gabungan di sekitar kelenteng")
    ]
    inserted = (
        "Ahli gizi menyarankan keong sawah.\n\n"
        '" (Keong sawah) bisa menjadi alternatif sumber protein, " kata ahli gizi Jansen '
        "Ongko."
    )
    assert [s for s, _, _ in _quotes(inserted)] == ["Jansen Ongko"]


def test_a_double_mark_inside_a_word_opens_no_quote() -> None:
    text = (
        'PSG siap memberinya kontrak besar agar peraih lima trofi Ballon d"Or itu datang ke '
        "Paris.\n\n"
        '"Itu adalah piala yang sulit dimenangkan," tutur Alessandro Del Piero.'
    )
    assert [(s, t) for s, _, t in _quotes(text)] == [
        ("Alessandro Del Piero", "Itu adalah piala yang sulit dimenangkan")
    ]


def test_a_name_with_a_particle_set_off_after_its_role_keeps_its_given_name() -> None:
    # the article writes the particle small once and capitalised later
    text = (
        "Legenda Juventus, Alessandro del Piero, mengatakan bahwa Cristiano Ronaldo akan "
        "disambut hangat di Turin.\n\n"
        "Menariknya, Alessandro Del Piero justru menyarankan CR7 untuk datang ke Turin."
    )
    found = _quotes(text)
    assert found[0][:2] == ("Alessandro Del Piero", "Legenda Juventus")


def test_a_source_verb_opening_a_sentence_is_no_part_of_a_name() -> None:
    text = (
        "Hyoyeon tampil di acara peragaan busana di Seoul.\n\n"
        "Mengutip Ace Showbiz, selain memamerkan koleksi pakaian, Hyoyeon berbagi kiat dalam "
        "acara tersebut. Dia menyebut bahwa rahasia kecantikannya terletak pada bentuk alis."
    )
    assert [s for s, _, _ in _quotes(text)] == ["Hyoyeon"]


def test_an_adverb_after_the_subject_is_no_part_of_the_speaker() -> None:
    text = "Giroud akhirnya mengaku bahwa ia kecewa dengan minimnya jatah bermain musim lalu."
    assert [s for s, _, _ in _quotes(text)] == ["Giroud"]


def test_quantities_sources_and_rules_opening_a_sentence_are_no_speakers() -> None:
    for text in (
        "Data resmi menyebutkan, rata-rata kasus pembunuhan berada di angka 70,1 kasus per "
        "100 ribu penduduk.",
        "Banyak yang bilang bahwa berolahraga di pagi hari adalah pengalaman yang menyenangkan.",
        "Sesuai Instruksi Gubernur 16 Tahun 2015 tentang Pencegahan Kekerasan menyebutkan "
        "bahwa guru yang melakukan kekerasan akan dimutasi.",
        "Rumor yang berkembang menyebutkan, organisasi lingkungan hidup itu menempatkan sonar "
        "untuk menakuti kehidupan laut.",
        "Rumor yang santer beredar di Inggris menyebutkan Rooney akan meninggalkan klubnya.",
    ):
        assert _quotes(text) == [], text
    # a source with a person or body in it speaks through them
    witness = "Menurut keterangan saksi, korban sudah diperingatkan agar tidak naik lift itu."
    assert [s for s, _, _ in _quotes(witness)] == ["saksi"]
    police = (
        "Bangladesh memulangkan paksa 90 pengungsi ke Myanmar, demikian pernyataan kepolisian "
        "Myanmar pada Minggu."
    )
    assert [s for s, _, _ in _quotes(police)] == ["kepolisian Myanmar"]
    group = (
        "Ketiga menteri luar negeri dari negara-negara tersebut meminta ASEAN dan China "
        "menetapkan serangkaian aturan."
    )
    assert [s for s, _, _ in _quotes(group)] == [
        "ketiga menteri luar negeri dari negara-negara tersebut"
    ]


def test_words_the_subject_cut_left_after_a_name_are_no_part_of_the_speaker() -> None:
    text = (
        "Antoine Griezmann mengalami cedera saat berlatih. Griezmann sepertinya mengatakan "
        "bahwa cederanya tidak serius."
    )
    assert [s for s, _, _ in _quotes(text)] == ["Antoine Griezmann"]


def test_a_team_that_ends_a_riders_calling_is_no_person() -> None:
    text = (
        "Sejumlah pebalap mengalami kecelakaan kecil pada latihan bebas pertama. Pebalap "
        "Haas, Romain Grosjean, kehilangan kendali di tikungan delapan.\n\n"
        "Istri Budi, Ani, datang ke sirkuit."
    )
    found = _mentions(text)
    assert ("Haas", "ORG") in found
    assert ("Romain Grosjean", "PER") in found
    assert ("Budi", "PER") in found  # whom a relation belongs to is a person
    # after a regional office, the word is the regency
    regency = "Irwandi meminta agar Bupati Abdya, Akmal Ibrahim, menunjukkan hasil panen."
    assert ("Abdya", "LOC") in _mentions(regency)


def test_a_name_after_a_bodys_noun_and_bernama_is_the_body() -> None:
    text = (
        "Teknologi itu ditawarkan sebuah startup asal Hong Kong bernama Mad Gaze. Perusahaan "
        "milik pengusaha bernama Budi Santoso itu juga ikut. Ke depannya Mad Gaze berjanji "
        "menambah konten."
    )
    found = _mentions(text)
    assert found.count(("Mad Gaze", "ORG")) == 2
    assert ("Budi Santoso", "PER") in found  # the owner, named after the firm's noun


def test_a_surnames_particle_the_tagger_left_out_joins_the_surname() -> None:
    text = (
        "Salah satu pemain andalan mereka Angel Di Maria mengalami cedera. Icardi kembali "
        "punya peluang setelah menerima umpan silang Di Maria tapi gagal."
    )
    found = _mentions(text)
    assert found.count(("Di Maria", "PER")) == 1
    assert ("Maria", "PER") not in found


def test_the_company_described_and_pointed_back_to_is_the_body_named_most() -> None:
    text = (
        "Sejumlah konsumen Galaxy S8 mendapati layarnya kemerahan. Samsung sudah memberikan "
        "pernyataan resmi. Samsung menjual jutaan unit. Perusahaan manufaktur teknologi itu "
        "menyatakan bahwa layar berwarna merah bukan karena adanya masalah di peranti."
    )
    assert [s for s, _, _ in _quotes(text)] == ["Samsung"]


def test_a_german_diploma_after_a_name_is_no_person_and_menurut_sets_the_focus() -> None:
    text = (
        "Pemerintah Jerman terus mendukung konservasi Candi Borobudur, kata Sekretaris Atase "
        "Pers Kedutaan Jerman di Indonesia, Alexander Thielitz.\n\n"
        "Para ahli dari Jerman yang datang adalah Mike Boge Dipl. Ing. dan Bern Niedringhaus "
        "Dipl. Ing. (spesialis manajemen air).\n\n"
        "Menurut Alexander dana kemitraan untuk konservasi sejak 2011 sekitar 600 ribu euro.\n\n"
        '"Dana tersebut diberikan pada UNESCO Paris kemudian didelegasikan ke UNESCO Jakarta.'
    )
    found = _mentions(text)
    assert ("Ing", "PER") not in found
    assert ("Mike Boge", "PER") in found and ("Bern Niedringhaus", "PER") in found
    assert _quotes(text)[-1][0] == "Alexander Thielitz"


def test_a_branchs_place_that_a_local_unit_is_named_after_is_no_person() -> None:
    text = (
        "Aparat kepolisian meledakkan benda mencurigakan di sekitar area Kantor Telkom "
        "Sumbersari, Kabupaten Jember, Minggu malam. Petugas keamanan Kantor Telkom Sumbersari "
        "melapor, sehingga aparat Polsek Sumbersari dan Polres Jember mendatangi lokasi."
    )
    found = _mentions(text)
    assert ("Sumbersari", "PER") not in found
    assert ("Sumbersari", "LOC") in found


def test_a_name_set_off_with_demikian_disapa_is_the_persons_nickname() -> None:
    text = (
        '"Kami sudah lolos sebelum pertandingan tadi," kata Asisten Manajer Popsivo, Ernita '
        "Pongki.\n\n"
        "Menurut Nita, demikian dia kerap disapa, timnya tidak mau menganggap remeh lawan "
        "yang mengandalkan pemain-pemain muda."
    )
    found = _quotes(text)
    assert found[-1][0] == "Ernita Pongki"
    assert found[-1][2].startswith("timnya tidak mau")


def test_review_guards_a_clause_opening_karena_and_a_person_of_a_body_named_bernama() -> None:
    # a sentence opening with a subordinator keeps its clause's subject out of focus
    text = (
        "Budi Santoso adalah ketua RT di Bogor. Andi Wijaya juga datang ke rapat itu kemarin. "
        "Karena Andi menolak usulan itu, Budi meninggalkan rapat. "
        '"Saya tidak setuju dengan keputusan ini," katanya.'
    )
    assert _quotes(text)[-1][0] == "Budi Santoso"
    # a person of the body, named after "bernama", stays a person
    people = (
        "Polisi menangkap seorang pria dari kelompok tani bernama Joko Susilo di Bogor. Seorang "
        "sopir perusahaan ekspedisi bernama Andi Pratama tewas."
    )
    found = _mentions(people)
    assert ("Joko Susilo", "PER") in found and ("Andi Pratama", "PER") in found


def test_an_occasion_after_a_titled_name_is_no_part_of_the_speaker() -> None:
    text = (
        '"Noken Papua sudah diakui organisasi pendidikan dunia," kata Kepala Dinas Lien Dwiari '
        "pada kegiatan tersebut."
    )
    assert [s for s, _, _ in _quotes(text)] == ["Lien Dwiari"]
