"""Round 63: entities, roles and quote attribution read off IndoSum articles."""

from __future__ import annotations

from _extract_support import mentions as _mentions
from _extract_support import quotes as _quotes

from warta.document import Document
from warta.extract.entities import find_entities
from warta.extract.stage import extract_steps


def _stage_mentions(text: str) -> list[tuple[str, str]]:
    """(text, label) of the entity mentions after the whole extract stage: the quote step
    adds the speakers the tagger missed."""
    doc = Document(id="t", raw=text)
    for step in extract_steps():
        step.process(doc)
    return [(str(m["text"]), str(m["label"])) for m in doc.annotations["entities"]]


def test_a_bank_named_by_a_given_name_is_a_body_and_no_alias_of_its_owner() -> None:
    text = (
        "Cuaca cerah.\n\nMereka adalah BCA (Salim Group); Bank Surya (Sudwikatmono); dan "
        "Bank Risjad Salim International (Ibrahim Risjad)."
    )
    found = _mentions(text)
    assert ("Bank Surya", "ORG") in found
    assert ("Sudwikatmono", "PER") in found


def test_a_company_form_written_with_a_dot_stays_in_a_speakers_office() -> None:
    text = (
        "Cuaca cerah.\n\n"
        '"Kami di sini lebih mengusung konsep hiburan bagi keluarga," ujar Herlany Goenawan, '
        "Senior Manager Marketing Division PT. AEON Indonesia."
    )
    assert _quotes(text)[0][:2] == (
        "Herlany Goenawan",
        "Senior Manager Marketing Division PT. AEON Indonesia",
    )


def test_a_sentence_ending_after_an_office_still_ends_the_office() -> None:
    text = (
        'Cuaca cerah.\n\n"Kami siap," ujar Herlany Goenawan, Senior Manager PT. Dia datang kemarin.'
    )
    assert _quotes(text)[0][:2] == ("Herlany Goenawan", "Senior Manager PT")


def test_the_name_after_a_noun_for_a_person_and_bernama_is_a_person() -> None:
    text = (
        "Cuaca cerah.\n\nBeckham, yang berperan sebagai seorang ksatria bernama Trigger, "
        "nampak terlibat dalam percakapan kecil. Usai mendengar jawaban Trigger, Arthur pun "
        "mencoba menarik pedang itu."
    )
    assert ("Trigger", "PER") in _mentions(text)


def test_a_name_the_tagger_missed_after_bayi_bernama_is_a_person() -> None:
    text = "Cuaca cerah.\n\nBayi bernama Karam itu lahir tujuh bulan lalu di sebuah desa."
    assert ("Karam", "PER") in _mentions(text)


def test_the_name_after_a_body_noun_and_bernama_stays_a_body() -> None:
    text = (
        "Cuaca cerah.\n\nPlatform ini diluncurkan oleh anak usaha AnyMind bernama TalentMind "
        "pada pekan lalu."
    )
    found = _mentions(text)
    assert ("TalentMind", "PER") not in found
    assert ("AnyMind", "PER") not in found


def test_a_country_written_across_a_spaced_hyphen_is_one_place() -> None:
    text = (
        "Cuaca cerah.\n\nBosnia - Herzegovina naik ke peringkat dua setelah menang 4-0 atas "
        "Gibraltar."
    )
    found = _mentions(text)
    assert ("Bosnia - Herzegovina", "LOC") in found
    assert ("Herzegovina", "PER") not in found


def test_two_places_set_against_each_other_across_a_hyphen_stay_two() -> None:
    text = "Cuaca cerah.\n\nJalur kereta Jakarta - Bandung ditutup sementara pada Senin."
    found = _mentions(text)
    assert ("Jakarta", "LOC") in found
    assert ("Bandung", "LOC") in found


def test_brands_listed_after_merek_are_bodies() -> None:
    text = (
        "Cuaca cerah.\n\nUnit bisnis supermarket jaringan ritel pemilik merek Ramayana, "
        "Robinson, serta Cahaya, disebut - sebut merugi."
    )
    found = _mentions(text)
    for brand in ("Ramayana", "Robinson", "Cahaya"):
        assert (brand, "ORG") in found


def test_the_products_noun_before_merk_is_no_part_of_the_brand() -> None:
    text = "Cuaca cerah.\n\nMi instan merk Indomie jadi makanan sehari-hari masyarakat."
    assert all("merk" not in name for name, _ in _mentions(text))


def test_a_noun_of_standing_opening_a_sentence_is_no_given_name() -> None:
    text = (
        "Cuaca cerah.\n\nYa, Egy kini masuk dalam daftar pemain.\n\nPamor Egy kembali "
        "disorot setelah sukses meraih gelar."
    )
    found = _mentions(text)
    assert ("Pamor Egy", "PER") not in found
    assert ("Egy", "PER") in found


def test_a_conjunction_before_an_adjunct_is_no_speaker() -> None:
    text = (
        "Cuaca cerah.\n\nJadi, sebelum memprediksi, kita andaikan dulu bahwa pilkada akan "
        "berlangsung jujur dan adil."
    )
    assert all(speaker != "Jadi" for speaker, *_ in _quotes(text))


def test_what_makes_people_say_something_is_no_speaker() -> None:
    text = (
        "Cuaca cerah.\n\nInilah yang membuat orang sering menyebut bahwa ejakulasi dan "
        "orgasme adalah sama."
    )
    assert all(speaker != "Inilah" for speaker, *_ in _quotes(text))


def test_the_reader_told_what_to_add_says_nothing() -> None:
    text = (
        "Cuaca cerah.\n\nJadi pastikan anda menambahkan bubuk protein atau nut butter dalam "
        "smoothie untuk memastikan kecukupan protein."
    )
    assert _quotes(text) == []


def test_a_named_speaker_after_a_conjunction_still_speaks() -> None:
    text = "Cuaca cerah.\n\nJadi, Budi menyebut bahwa pilkada akan berlangsung jujur dan adil."
    assert _quotes(text)[0][0] == "Budi"


def test_luckily_opening_a_sentence_is_no_part_of_the_speaker() -> None:
    text = (
        "Cuaca cerah.\n\nSaya sempat kecanduan makan Nutella. Untung saja sang kekasih "
        "mengingatkan agar ia tidak kelewat banyak makan selai cokelat."
    )
    assert _quotes(text)[0][0] == "sang kekasih"


def test_nobody_yet_daring_to_guess_says_nothing() -> None:
    text = (
        "Cuaca cerah.\n\nSejauh ini belum ada yang berani memperkirakan kapan VR headset "
        "yang kedengarannya sangat fenomenal ini bakal mendarat."
    )
    assert _quotes(text) == []


def test_a_speaker_the_tagger_missed_whose_surname_stands_alone_later_is_a_person() -> None:
    text = (
        "Cuaca cerah.\n\n“ Dijatuhi maklumat saja sudah bisa membatasi pilihan strategis "
        "Google di masa depan, ” kata analis media digital dan periklanan online dari Enders "
        "Analysis, Matti Littunen di London.\n\nPernyataan Littunen didukung fakta bahwa saham "
        "induk perusahaan Google tidak menurun."
    )
    assert ("Matti Littunen", "PER") in _stage_mentions(text)


def test_a_body_of_a_place_quoted_is_not_made_a_person_by_the_place_alone() -> None:
    text = (
        "Cuaca cerah.\n\nOtoritas Arab Saudi menyatakan bahwa pihaknya akan membuka kembali "
        "perbatasan pekan depan.\n\nSaudi juga menambah penerbangan ke Jakarta."
    )
    assert ("Otoritas Arab Saudi", "PER") not in _stage_mentions(text)


def test_a_name_right_after_a_newspapers_noun_is_the_newspaper() -> None:
    text = (
        "Cuaca cerah.\n\nDiberitakan Reuters, Minggu (13/8) surat kabar resmi Korut Rodong "
        "Sinmun melaporkan jutaan pasukannya siap berperang."
    )
    assert ("Rodong Sinmun", "ORG") in _mentions(text)


def test_a_person_on_a_newspapers_staff_stays_a_person() -> None:
    text = (
        "Cuaca cerah.\n\nKata wartawan koran lokal Budi Santoso, edisi baru terbit pekan "
        "depan.\n\nMenurut pemimpin redaksi majalah itu Budi Santoso, edisi baru terbit."
    )
    assert ("Budi Santoso", "ORG") not in _mentions(text)


def test_a_name_after_a_calling_is_found_when_a_count_comes_before_the_calling() -> None:
    text = "Cuaca cerah.\n\nSudah enam tahun penyanyi Audy Item tak menelurkan album baru."
    assert ("Audy Item", "PER") in _mentions(text)


def test_a_place_after_asal_is_no_person_after_a_calling() -> None:
    text = (
        "Cuaca cerah.\n\nBerbeda dengan Tiongkok yang makin dibanjiri investor asal Silicon "
        "Valley. Hal itu membuat banyak startup pindah."
    )
    assert ("Silicon Valley", "PER") not in _mentions(text)


def test_a_word_of_the_language_paired_with_a_person_is_a_person() -> None:
    text = (
        "Cuaca cerah.\n\nIndro malang - melintang di dunia hiburan bersama dua sahabatnya, Dono "
        "dan Kasino, lewat grup lawak legendaris."
    )
    found = _mentions(text)
    assert ("Dono", "PER") in found
    assert ("Kasino", "PER") in found


def test_a_possessive_a_pronoun_or_a_field_after_a_person_and_dan_is_no_person() -> None:
    text = (
        "Cuaca cerah.\n\nIa pernah bertandang ke Ruko Fatmawati, tempat Andi Narogong dan "
        "Timnya mengatur tiga Konsorsium sebelum mengikuti lelang."
        '\n\n"Pimpinan partai sudah menyepakati bahwa Pak Deddy dan Saya yang maju," ujar '
        "Ahmad.\n\nKata dokter kandungan Neema Sharma dan Ginekologi dari rumah sakit itu, "
        "gerhana tidak berbahaya."
    )
    names = [name for name, _ in _mentions(text)]
    for word in ("Timnya", "Saya", "Ginekologi"):
        assert word not in names


def test_who_a_film_stars_is_a_person_even_in_a_long_sentence() -> None:
    text = (
        "Cuaca cerah.\n\nMengutip Ace Showbiz, pendapatan film pahlawan super yang dibintangi "
        "Benedict Cumberbatch itu mencapai US$ 205,1 juta (Rp 2,87 triliun) dari Amerika Utara "
        "saja. Penjualan di luar itu tidak kalah besar, mengantongi sampai US$ 400 juta."
    )
    assert ("Benedict Cumberbatch", "PER") in _mentions(text)


def test_who_plays_a_part_is_a_person_not_a_body() -> None:
    text = (
        "Cuaca cerah.\n\nPara tokoh drama tersebut di antaranya Spielman yang diperankan Wolf "
        "Roth dan Travers yang diperankan Pip Torrens."
    )
    assert ("Wolf Roth", "PER") in _mentions(text)


def test_a_name_word_that_also_opens_a_title_stays_inside_the_name() -> None:
    text = (
        "Cuaca cerah.\n\nHal itu diakui oleh Dosen Hukum Tata Negara dari Universitas Airlangga "
        "Surabaya Herlambang Perdana Wiratman, ketika menyampaikan keterangan pers."
    )
    assert ("Herlambang Perdana Wiratman", "PER") in _mentions(text)


def test_a_rank_ending_in_a_name_word_stays_out_of_the_name() -> None:
    text = (
        "Cuaca cerah.\n\nKepala Staf Angkatan Laut Bangladesh Laksamana Muda M. Hasan Ali Khan "
        "tiba di Jakarta pada Senin."
    )
    assert all(not name.startswith("Laksamana") for name, _ in _mentions(text))


def test_an_embedded_question_holds_no_statement() -> None:
    text = (
        "Cuaca cerah.\n\nWalaupun demikian, Pigai tak mau memastikan kapan lembaga itu akan "
        "menyampaikan hasil rekomendasi itu kepada publik."
    )
    assert _quotes(text) == []


def test_a_source_who_withholds_their_name_is_whom_menurutnya_and_the_epithet_mean() -> None:
    text = (
        "Cuaca cerah.\n\nLucky mengaku telah melayangkan permohonan talak cerai.\n\n"
        '"Perceraian ini memang bukan hal yang baik," ujar Lucky.\n\nNamun informasi berbeda '
        "justru kumparan dapatkan dari salah satu petugas Pengadilan Agama Jakarta Timur yang "
        "enggan disebutkan namanya. Menurutnya, berkas permohonan cerai yang dikatakan Lucky "
        'sudah dimasukkan tidak ada.\n\n"Tidak ada. Kalau daftar tanggal 30 kan, kami masih '
        'libur," ujar petugas tersebut.'
    )
    found = _quotes(text)
    assert [speaker for speaker, *_ in found] == [
        "Lucky",
        "Lucky",
        "petugas Pengadilan Agama Jakarta Timur",
        "petugas Pengadilan Agama Jakarta Timur",
    ]


def test_a_given_name_before_a_surname_particle_the_tagger_left_out_is_in_the_name() -> None:
    text = (
        "Cuaca cerah.\n\nBerbekal catatan tersebut, Messi menyandang status sebagai top scorer "
        "El Clasico sepanjang masa mengungguli Alfredo Di Stefano."
    )
    assert ("Alfredo Di Stefano", "PER") in _mentions(text)


def test_clubs_in_brackets_in_a_list_of_people_are_bodies_not_nicknames() -> None:
    text = (
        "Cuaca cerah.\n\nMereka adalah Guy Roux (Auxerre), Sir Alex Ferguson (Manchester "
        "United), Michel Le Millinaire (Laval), serta Dario Gradi (Crewe Alexandra)."
    )
    found = _mentions(text)
    assert ("Auxerre", "PER") not in found
    assert ("Crewe Alexandra", "PER") not in found
    canon = {str(m["text"]): m.get("canonical") for m in find_entities(text)}
    assert canon.get("Auxerre") != "Guy Roux"


def test_a_nickname_in_brackets_after_a_body_with_its_short_form_stays_an_alias() -> None:
    text = (
        "Cuaca cerah.\n\nMahasiswi Fakultas Kesehatan Masyarakat (FKM) Universitas Indonesia "
        "(UI), Lutviah Sari (Vivi) yang menghilang selama hampir sebulan, ditemukan.\n\n"
        '"Orang tua Vivi kita panggil," tuturnya.'
    )
    canon = {str(m["text"]): m.get("canonical") for m in find_entities(text)}
    assert canon.get("Vivi") == "Lutviah Sari"


def test_an_outlet_set_off_after_its_noun_is_the_source() -> None:
    text = (
        "Cuaca cerah.\n\nMenurut laporan media Turki, DHA, Fenerbahce amat ingin mendatangkan "
        "dua pemain Leicester tersebut."
    )
    assert _quotes(text)[0][0] == "DHA"


def test_a_brigade_named_after_a_person_is_a_body() -> None:
    text = (
        'Cuaca cerah.\n\n"Milisi Syiah Iran terus menuangkan bala bantuan," kata Saed Saif, '
        "seorang pejabat dari Brigade Ahmed Abdo Martir FSA."
    )
    found = _mentions(text)
    assert ("Brigade Ahmed Abdo Martir FSA", "ORG") in found
    assert ("Saed Saif", "PER") in found


def test_the_spokesman_of_a_brigade_is_an_office_not_a_person_named_after_a_particle() -> None:
    text = (
        'Cuaca cerah.\n\n"Kami memperingatkan agar Israel memenuhi tuntutan para tahanan," '
        "kata juru bicara Brigade Ezzedine al - Qassam, dikutip AFP."
    )
    assert _quotes(text)[0][0] == "juru bicara Brigade Ezzedine al - Qassam"


def test_a_nickname_opened_by_laskar_is_a_club() -> None:
    text = (
        "Cuaca cerah.\n\nPersela Lamongan menang 2-0. Laskar Joko Tingkir kini naik ke "
        "peringkat lima klasemen."
    )
    assert ("Joko Tingkir", "PER") not in _mentions(text)


def test_a_body_cut_at_the_hyphen_after_its_particle_speaks_under_its_whole_name() -> None:
    text = (
        "Cuaca cerah.\n\nDaud bekerja di satu lembaga sosial di AS, dalam hal ini Masjid Al - "
        "Hikmah.\n\nNamun pada April 2017, pengurus Masjid Al - Hikmah melaporkan kepada Dinas "
        "Imigrasi AS bahwa Daud sudah tidak lagi menjabat sebagai imam masjid."
    )
    assert _quotes(text)[0][0] == "Masjid Al - Hikmah"


def test_an_epithet_written_in_capitals_points_back_to_the_person() -> None:
    text = (
        "Cuaca cerah.\n\n“ Kerja sama Rusia - Indonesia sangat positif, ” kata Menteri Luar "
        "Negeri Rusia Sergey Lavrov.\n\nHal serupa diucapkan Menteri Luar Negeri RI Retno "
        "Marsudi. Diplomat Tertinggi RI itu menyebutkan Indonesia terus mendorong negara-negara "
        "terkait untuk menahan diri."
    )
    assert _quotes(text)[-1][0] == "Retno Marsudi"


def test_a_regulation_pointed_back_to_is_no_person() -> None:
    text = (
        "Cuaca cerah.\n\nGubernur DKI Jakarta Basuki Tjahaja Purnama mengatakan penertiban "
        "sesuai dengan Peraturan Pemerintah Nomor 38 Tahun 2011 tentang Sungai. PP itu "
        "menyatakan bangunan dan tempat tinggal harus berada di luar garis sempadan."
    )
    said = {text_: speaker for speaker, _, text_ in _quotes(text)}
    rule = next(t for t in said if t.startswith("bangunan"))
    assert said[rule] == "PP itu"


def test_turkish_clubs_and_dynamos_are_bodies_in_sports_news() -> None:
    text = (
        "Cuaca cerah.\n\nMantan bek yang kini berusia 40 itu didekati klub kasta kedua "
        "Australia, South Melbourne.\n\nCarlos gantung sepatu pada 2015 silam di klub India, "
        "Delhi Dynamos. Ia berada di klub itu sebagai pemain sekaligus pelatih.\n\nSetelah "
        "Anzhi, Carlos mencoba peruntungan di Turki sebagai pelatih di Sivasspor kemudian di "
        "Akhisar Belediyespor. Empat trofi La Liga dan satu Liga Champions adalah torehannya "
        "bersama Madrid."
    )
    found = _mentions(text)
    for club in ("Delhi Dynamos", "Sivasspor", "Akhisar Belediyespor"):
        assert (club, "LOC") not in found


def test_an_epithet_after_someone_brought_in_unnamed_means_them_not_the_one_named() -> None:
    text = (
        "Cuaca cerah.\n\nLucky mengaku telah melayangkan permohonan talak cerai ke "
        'pengadilan.\n\n"Perceraian ini memang bukan hal yang baik," ujar Lucky.\n\nKumparan '
        "lalu menghubungi seorang petugas pengadilan agama di Jakarta Timur.\n\n"
        '"Tidak ada. Kalau daftar tanggal 30 kan, kami masih libur," ujar petugas tersebut.'
    )
    assert _quotes(text)[-1][0] == "petugas tersebut"
