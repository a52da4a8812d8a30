"""Session 38: what random IndoSum articles showed (a quoted number naming an event, the doer
of a passive verb in focus, the verb of saying right before a quote, "Lanjut X, …", forms
of address before an office, a party's name run into its lawyer's)."""

from __future__ import annotations

from _extract_support import mentions as _mentions
from _extract_support import quotes as _quotes
from _extract_support import roles as _roles

from warta.extract.entities import find_entities


def test_a_quoted_number_naming_an_event_is_no_quote() -> None:
    text = (
        "Ketua Umum MUI Maruf Amin meminta sejumlah elemen masyarakat tidak menggelar aksi "
        '"299" yang mengusung tema menolak PKI.'
    )
    found = _quotes(text)
    assert all(q != "299" for _, _, q in found)
    # the sentence itself is what he asked for
    assert [(s, q[:24]) for s, _, q in found] == [("Maruf Amin", "sejumlah elemen masyarak")]
    # a number that is someone's words, said alone, is still a quote
    said = '"Sembilan," kata Budi Santoso menjawab pertanyaan wartawan.'
    assert _quotes(said)[0][::2] == ("Budi Santoso", "Sembilan")


def test_the_doer_of_a_passive_verb_is_whom_the_article_follows() -> None:
    text = (
        "Petinggi Inter Milan Piero Ausilio mengisyaratkan pihaknya bakal bergerak mendatangkan "
        "Mesut Ozil.\n\n"
        "Pemilik Nerazzurri sempat menyatakan, playmaker kelahiran Jerman itu masuk dalam "
        "agenda belanja klub pada bursa transfer musim dingin nanti.\n\n"
        "Namun, rupanya hal ini diluruskan Ausilio. Menurutnya, Inter tidak akan melakukan "
        "aktivitas di tahun baru nanti."
    )
    found = _quotes(text)
    assert found[-1][:2] == ("Piero Ausilio", "Petinggi Inter Milan")
    assert found[-1][2].startswith("Inter tidak akan")


def test_someone_newly_named_after_a_passive_verb_takes_no_focus() -> None:
    text = (
        "Pelatih Persipura Wanderley Junior puas dengan kemenangan timnya.\n\n"
        "Wanderley menyebut tugasnya bakal lebih berat. Persija sendiri saat ini dilatih Teco "
        "Cugurra, yang merupakan karib Wanderley.\n\n"
        '"Kami harap bisa konsisten dalam bermain," tukasnya.'
    )
    assert _quotes(text)[-1][0] == "Wanderley Junior"


def test_a_person_done_to_stays_in_focus_before_the_doer() -> None:
    text = (
        "Pelatih Chelsea Antonio Conte memuji Eden Hazard.\n\n"
        "Hazard kemudian ditemui Conte setelah laga. Menurutnya, tim tampil sangat baik."
    )
    assert _quotes(text)[-1][0] == "Eden Hazard"


def test_the_verb_of_saying_right_before_a_quote_names_its_speaker() -> None:
    text = (
        "Calvo menyebut terdapat beberapa level pertahanan yang ditempatkan secara strategis "
        "guna melindungi Guam, termasuk juga dukungan dari Washington yang menyebut "
        "“ serangan terhadap Guam adalah serangan kepada Amerika Serikat ”."
    )
    assert _quotes(text)[0][0] == "Washington"
    # one verb only: its subject speaks, however far before the quote
    text = 'Calvo menyebut bahwa pemerintah pusat "akan mempertahankan Guam".'
    assert _quotes(text)[0][0] == "Calvo"


def test_lanjut_then_a_name_opens_reported_speech() -> None:
    text = (
        "Kasubag Humas Polres Bogor Ita Puspita Lena menambahkan, kawanan perampok itu kabur "
        "ke arah Kota Bogor.\n\n"
        "Lanjut Ita, korban bersama istri langsung membuat laporan ke Polres Bogor."
    )
    found = _quotes(text)
    assert found[-1][0] == "Ita Puspita Lena"
    assert found[-1][2].startswith("korban bersama istri")
    # the word after the comma opens what she says, no role of hers
    ita = [r for name, r in _roles(text).items() if name == "Ita"]
    assert ita == [None]


def test_a_form_of_address_is_no_part_of_an_office() -> None:
    text = (
        '"Pak Ketua Umum Airlangga Hartarto menyarankan agar kami menampung dulu nama-nama '
        'calon," ujar Ibnu Munzir.'
    )
    assert _roles(text)["Airlangga Hartarto"] == "Ketua Umum"
    # a relation that opens with the same word stays whole
    assert _roles("Bapak angkat Egy Maulana Vikri, Subagja Suihan, datang.").get(
        "Subagja Suihan"
    ) in {"Bapak angkat Egy Maulana Vikri", None}


def test_a_partys_name_the_tagger_ran_into_its_lawyer_is_split_off() -> None:
    text = (
        "Bawaslu menggelar sidang untuk Partai Bulan Bintang, Partai Idaman dan Partai Swara "
        "Rakyat Indonesia. Yang hadir adalah Kuasa Hukum Partai Idaman Heriyanto dan Kuasa "
        "Hukum Parsindo Karmal Maksudi."
    )
    found = _mentions(text)
    assert ("Heriyanto", "PER") in found
    assert found.count(("Partai Idaman", "ORG")) == 2
    assert _roles(text)["Heriyanto"] == "Kuasa Hukum Partai Idaman"
    # no party of that name in the article: the name stays whole
    alone = "Yang hadir adalah Kuasa Hukum Partai Idaman Heriyanto."
    assert ("Heriyanto", "PER") not in _mentions(alone)


def test_a_clubs_release_after_a_quote_names_the_club() -> None:
    text = (
        'Ryan Mason memutuskan pensiun. "Dengan penyesalan mendalam klub harus mengumumkan '
        'bahwa Ryan Mason akan pensiun dari sepakbola," rilis Hull City.'
    )
    assert _quotes(text)[-1][0] == "Hull City"


def _canonical(text: str) -> list[tuple[str, str]]:
    return [
        (str(m["text"]), str(m["canonical"])) for m in find_entities(text) if m["label"] == "PER"
    ]


def test_a_name_one_slip_off_another_in_the_article_is_that_person() -> None:
    text = (
        "Kepala Dinas Perumahan Rakyat DKI Jakarta, Arifin, memastikan dana itu tidak berasal "
        'dari APBD. Arifi menjelaskan, pihaknya tidak akan sembarangan. "Jadi enggak bisa '
        'langsung dibedah," jelas Arifin.'
    )
    assert ("Arifi", "Arifin") in _canonical(text)
    assert all(q[0] == "Arifin" for q in _quotes(text))
    for full, slip in (
        ("Danny Welbeck", "Wellbeck"),
        ("Prasetio Edi Marsudi", "Prasetyo"),
        ("Victor Ziliwu", "Viktor"),
    ):
        text = f"Gol dicetak {full} pada menit ke-10. Setelah itu {slip} mencetak gol lagi."
        assert (slip, full) in _canonical(text), slip


def test_a_name_one_consonant_off_is_another_person() -> None:
    for full, other in (("Ivanka Trump", "Ivana"), ("Rini Soemarno", "Soekarno")):
        text = f"Acara itu dihadiri {full} pada Senin. Setelah itu {other} datang ke sana."
        assert (other, other) in _canonical(text), other


def test_a_surname_after_a_title_is_the_person_again() -> None:
    text = (
        "Dia dicurigai melempar granat yang menyebabkan Sersan Christopher Speer tewas. "
        "Istri Speer dan rekannya menggugat Khadr ke pengadilan."
    )
    assert ("Speer", "Christopher Speer") in _canonical(text)
    # a word that goes on the title is no name: "Jaksa Agung"
    text = "Ketua DPR Budi Agung hadir. Jaksa Agung Prasetyo juga datang ke acara itu."
    assert [m["text"] for m in find_entities(text) if m["text"] == "Agung"] == []


def test_a_full_name_takes_the_spelling_the_article_writes_more() -> None:
    text = (
        "Bek Manchester United Chris Smailing tampil buruk. Smalling gagal menghalau bola. "
        "Pelatih Jose Mourinho mengkritik Smalling usai laga."
    )
    assert {c for n, c in _canonical(text) if "Sm" in n} == {"Chris Smalling"}
    # a short call name is no other spelling: "Anggi" of "Nia Anggia" stays "Nia Anggia"
    text = (
        "Adik Jupe, Nia Anggia, tiba di RSCM. Anggi datang bersama keluarga. "
        "Anggi kemudian masuk ke kamar rawat."
    )
    assert {c for n, c in _canonical(text) if "Angg" in n} == {"Nia Anggia"}
    # a name of signs joined by a hyphen stays whole ("Robso" of "Robson-Kanu")
    text = "Gol dicetak Hal Robson-Kanu pada menit ke-10. Robso kemudian diganti."
    assert ("Robso", "Hal Robson-Kanu") in _canonical(text) or ("Robso", "Robso") in _canonical(
        text
    )


def test_kata_x_without_a_comma_after_the_name_goes_on_with_the_statement() -> None:
    text = (
        "Sunaryo bekerja di Kantor Imigrasi Palu. Di wilayah Sulteng, kata Sunaryo banyak "
        "berkeliaran orang asing sehingga perlu pengawasan yang lebih ketat."
    )
    found = _quotes(text)
    assert [s for s, _, _ in found] == ["Sunaryo"]
    assert found[0][2].endswith("pengawasan yang lebih ketat")
    # a comma after the name: the words before the cue close the statement as before
    text = "Sunaryo bekerja di Palu. Banyak orang asing berkeliaran di Palu, kata Sunaryo."
    assert _quotes(text)[0][2] == "Banyak orang asing berkeliaran di Palu"


def test_a_firm_warta_knows_is_no_given_name_after_a_title_and_a_short_form() -> None:
    text = (
        "Audi, melalui Garuda Mataram Motor (GMM) kembali melansir produk terbaru. Trainer GMM "
        "Audi Agung Arianto mengatakan bahwa pihaknya ingin merubah pola. "
        '"Tujuannya efisiensi," kata Agung. Secara desain, Audi jelas memberi kesan sporty.'
    )
    found = _mentions(text)
    assert ("Agung Arianto", "PER") in found
    assert ("Audi", "PER") not in found and ("Audi", "ORG") in found
    assert _roles(text)["Agung Arianto"] == "Trainer GMM Audi"
    assert _quotes(text)[-1][:2] == ("Agung Arianto", "Trainer GMM Audi")


def test_someone_reported_after_menurut_dia_still_speaks() -> None:
    text = (
        "Wakil Menteri Dalam Negeri India Kiren Rijiju berbicara di parlemen. Namun, menurut "
        "dia pemerintah Myanmar menyatakan tidak mau menerima begitu saja orang Rohingya."
    )
    assert _quotes(text)[-1][0] == "pemerintah Myanmar"


def test_a_scorer_run_on_over_the_minute_is_the_player() -> None:
    text = (
        "Hasil Bundesliga: Werder Bremen 3-0 Schalke 04 (Theodor Gebre Selassie 24 ', Max Kruse "
        "76'). TSG 1899 Hoffenheim 1-0 Bayern Muenchen (Andrej Kramaric 21 ')"
    )
    found = _mentions(text)
    assert ("Theodor Gebre Selassie", "PER") in found
    assert ("Andrej Kramaric", "PER") in found
    assert not any(name.endswith((" 24", " 21")) for name, _ in found)


def test_the_writers_own_view_is_no_quote() -> None:
    text = (
        "Huawei juga memperkenalkan Nikita Willy sebagai duta merek. Dilihat dari harga dan "
        "fitur yang ditawarkan, menurut saya Huawei Nova 2i bisa menjadi ponsel terbaik."
    )
    assert _quotes(text) == []
    # "menurut saya" inside someone's reported words is theirs
    text = "Budi Santoso hadir. Menurut saya, harga ponsel itu terlalu mahal, kata Budi."
    assert _quotes(text)[0][0] == "Budi Santoso"


def test_a_call_name_written_again_one_slip_off_is_the_person() -> None:
    text = (
        "Kegiatan sehat ini menjadi prioritas Natasha Rizky. Chacha, sapaan akrab Natasha, "
        'mengungkapkan hal itu. "Olahraga itu penting," ungkap Cacha saat ditemui.'
    )
    assert ("Cacha", "Natasha Rizky") in _canonical(text)
    assert _quotes(text)[-1][0] == "Natasha Rizky"


def test_an_occasion_after_an_apposition_is_no_part_of_the_role() -> None:
    for after in ("usai", "seusai", "setelah"):
        text = (
            f'"Kalau mainnya sudah bagus," ujar Mahruzar Nasution, pelatih PSMS Medan {after} '
            "pertandingan."
        )
        assert _roles(text)["Mahruzar Nasution"] == "pelatih PSMS Medan", after
        assert _quotes(text)[0][:2] == ("Mahruzar Nasution", "pelatih PSMS Medan"), after


def test_bekas_then_an_office_and_itu_is_the_one_named_before() -> None:
    text = (
        "Aris Budiman memutuskan hadir dalam rapat Pansus. Bekas Wakil Direktur Tindak Pidana "
        "Korupsi Bareskrim Polri itu mengaku dirinya membangkang perintah pimpinan KPK."
    )
    assert _quotes(text)[0][0] == "Aris Budiman"


def test_the_subject_after_a_dateline_is_whom_the_article_follows() -> None:
    text = (
        "Jakarta, CNN Indonesia -- Kepala Badan Pengelola Aset Daerah (BPAD) DKI Jakarta Achmad "
        "Firdaus membenarkan sertifikat hak guna bangunan Pulau D sudah terbit.\n\n"
        '"Tadi pagi saya koordinasi ke BPN, memang sudah diterbitkan HGB," ujarnya di Balai '
        "Kota DKI Jakarta, Senin (28/8)."
    )
    assert _quotes(text)[0][0] == "Achmad Firdaus"


def test_lead_words_before_a_subject_are_no_role() -> None:
    text = (
        "Jakarta, CNN Indonesia -- Mewakili Indonesia, seniman Tintin Wulia menampilkan proyek "
        'tunggal di Venesia.\n\n"Karya ini mencerminkan pergerakan," ujarnya.'
    )
    assert _quotes(text)[0][:2] == ("Tintin Wulia", "seniman")
    text = (
        "MADRID, JUARA.net - Sebagai bagian dari skuat Real Madrid, sosok Keylor Navas memang tak "
        'sepopuler Cristiano Ronaldo.\n\n"Saya tak punya kata-kata," ujarnya.'
    )
    assert _quotes(text)[0][:2] == ("Keylor Navas", None)


def test_a_day_named_after_someone_is_no_subject() -> None:
    text = (
        "JAKARTA (Pos Kota) – Peringatan Hari Kartini yang jatuh setiap tanggal 21 April, "
        "disambut antusias oleh artis Tina Toon. Mantan penyanyi cilik ini mengatakan, berkat "
        "perjuangan RA Kartini, perempuan Indonesia sudah merasakan kesetaraan."
    )
    assert [q[0] for q in _quotes(text)] == ["Tina Toon"]


def test_a_speaker_named_before_a_closing_nya_cue_speaks() -> None:
    text = (
        "Kuasa hukum Soesilo Aribowo mencecar saksi Husni Fahmi.\n\n"
        '"Apakah benar ada undangan itu?" tanya Soesilo.\n\n'
        "Mendengar pertanyaan tersebut, Fahmi pun mengakui bila memang ada pertemuan di ruko "
        "Fatmawati tersebut, menurutnya dirinyalah yang menyuruh anak buahnya."
    )
    assert _quotes(text)[-1][0] == "Husni Fahmi"
    # a pronoun or a country before the verb names no one: the "-nya" cue still speaks
    text = (
        '"Kami tak berencana memindahkannya," kata Rycroft.\n\nSejalan dengan resolusi itu, '
        "Inggris menganggap Yerusalem Timur sebagai wilayah yang diduduki, katanya."
    )
    assert _quotes(text)[-1][0] == "Rycroft"


def test_a_long_office_before_a_name_is_the_role_whole() -> None:
    text = (
        "Kepala Bidang Pembinaan dan Prestasi Pengurus Pusat Persatuan Bulu Tangkis Seluruh "
        "Indonesia (Kabid Binpres PP PBSI) Susy Susanti mengapresiasi keberhasilan pasangan "
        'ganda putra. "Marcus/Kevin memang luar biasa," kata Susy.'
    )
    role = _quotes(text)[0][1]
    assert role is not None and role.startswith("Kepala Bidang Pembinaan dan Prestasi")
    # words running on past the longest subject give no speaker of their tail
    text = (
        "Ratu Maxima dari Belanda bertindak sebagai Utusan Khusus PBB.\n\nRatu Maxima yang "
        "diterima Presiden Joko Widodo dalam kunjungan kehormatan Utusan Khusus Perserikatan "
        "Bangsa-Bangsa (PBB) untuk Inklusi Keuangan/United Nations Secretary General`s Special "
        "Advocate (UNSGSA) for Financial Inclusion di Istana Merdeka Jakarta, Selasa, mengatakan "
        'ia telah berdiskusi.\n\n"Kunjungan terakhir saya pada November 2016," katanya.'
    )
    assert all(q[0] != "Inclusion" for q in _quotes(text))


def test_a_given_name_then_a_common_word_written_whole_twice_is_the_name() -> None:
    text = (
        "Liverpool resmi mendatangkan Mohamed Salah pada bursa transfer. Mereka mendapatkan "
        "winger AS Roma, Mohamed Salah dengan nilai 36,9 juta pounds. Berger menilai Salah "
        "adalah rekrutan fantastis. Ia salah satu pemain terbaik Roma."
    )
    found = _mentions(text)
    assert found.count(("Mohamed Salah", "PER")) == 2
    assert ("Mohamed", "PER") not in found


def test_one_word_opening_a_bodys_name_is_that_body() -> None:
    text = (
        "Rovio Entertainment mengumumkan sekuel film Angry Birds. Rovio menggandeng Sony "
        "Pictures untuk distribusi. Menurut Rovio, film itu tayang 2019."
    )
    assert ("Rovio", "PER") not in _mentions(text)
