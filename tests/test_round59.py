"""Round 59: entities, roles and quote attribution read off IndoSum articles."""

from __future__ import annotations

from _extract_support import mentions as _mentions
from _extract_support import quotes as _quotes
from _extract_support import roles as _roles

from warta.extract.entities import find_entities


def _canon(text: str) -> dict[str, tuple[str, str]]:
    return {str(m["text"]): (str(m["label"]), str(m["canonical"])) for m in find_entities(text)}


_FIRM = (
    "Jakarta, CNN Indonesia -- PT Marga Abhinaya Abadi Tbk (MABA) mengklaim okupansi tiga "
    "hotelnya naik.\n\n"
    "Direktur Operasional Marga Abhinaya Indra Setiawan mengatakan, tingkat hunian hotel "
    "melesat.\n\n"
    "Saham MABA naik 5 persen."
)


def test_a_firms_short_form_read_as_a_place_is_the_firm() -> None:
    found = _canon(_FIRM)
    assert found["MABA"] == ("ORG", found["PT Marga Abhinaya Abadi Tbk"][1])


def test_an_office_runs_on_over_the_firms_opening_words() -> None:
    found = _roles(_FIRM)
    assert found["Indra Setiawan"] == "Direktur Operasional Marga Abhinaya"
    assert "Abhinaya Indra Setiawan" not in found


def test_a_place_after_an_office_is_no_part_of_the_name() -> None:
    text = (
        "Cuaca cerah.\n\nPT Bank Mandiri Tbk mencatat laba. "
        "Direktur Mandiri Jakarta Budi Santoso mengatakan laba naik."
    )
    assert _roles(text) == {"Budi Santoso": "Direktur Mandiri Jakarta"}


def test_workers_callings_set_off_after_a_name_are_roles() -> None:
    text = (
        "Cuaca cerah.\n\n"
        '"Ini sampah warga," kata Budi, pegawai Dinas Kebersihan.\n\n'
        '"Jalan ditutup," kata Rudi, petugas parkir di pasar itu.\n\n'
        "Sumadi, pensiunan anggota polisi, datang ke sana."
    )
    found = _roles(text)
    assert found["Budi"] == "pegawai Dinas Kebersihan"
    assert found["Rudi"] == "petugas parkir"
    assert found["Sumadi"] == "pensiunan anggota polisi"


def test_an_occasion_with_a_town_and_its_country_stays_out_of_the_subject() -> None:
    text = (
        "Cuaca cerah.\n\nBulan lalu Macron saat berkunjung ke Tallinn, Estonia di pertemuan "
        "Uni Eropa mengatakan perusahaan raksasa internet tidak berkontribusi."
    )
    assert [q[0] for q in _quotes(text)] == ["Macron"]


def test_a_list_of_initials_before_a_comma_is_no_occasion() -> None:
    text = (
        "Cuaca cerah.\n\nNamun saat dicecar siapa inisial SN dan RA, Farhat malah melemparkan "
        'pertanyaan tersebut kepada wartawan.\n\n"Rahasia umum," tambahnya.'
    )
    assert [q[0] for q in _quotes(text)] == ["Farhat"]


def test_baik_before_two_speakers_is_no_part_of_them() -> None:
    text = (
        "Cuaca cerah.\n\nBaik Siti Aisyah dan Doan mengaku hanya sebagai korban.\n\n"
        "Baik Jokowi maupun Prabowo mengatakan pemilu harus damai.\n\n"
        "Baik Menteri Keuangan Sri Mulyani maupun Gubernur BI Perry Warjiyo mengatakan "
        "inflasi tahun ini akan tetap rendah."
    )
    assert [(q[0], q[1]) for q in _quotes(text)] == [
        ("Siti Aisyah dan Doan", None),
        ("Jokowi maupun Prabowo", None),
        ("Perry Warjiyo", "Gubernur BI"),
    ]


def test_a_name_after_a_cue_with_an_office_set_off_is_a_person() -> None:
    text = (
        "Cuaca cerah.\n\nGoogle berinvestasi di GO-JEK bersama Temasek.\n\n"
        "Konfirmasi Google ditulis Caesar Sengupta, VP, Next Billion Users Team, dalam sebuah "
        "blog resmi.\n\nCaesar turut menyampaikan beberapa sinergi yang telah dilakukan oleh "
        "Google untuk Indonesia."
    )
    found = _canon(text)
    assert found["Caesar Sengupta"] == ("PER", "Caesar Sengupta")
    assert found["Caesar"] == ("PER", "Caesar Sengupta")


def test_where_the_speaker_is_after_yang_is_no_subject() -> None:
    text = (
        "Cuaca cerah.\n\nJanji Muhadjir itu karena adanya keluhan dari seorang guru yang ada "
        "di wilayah Singosari, Kabupaten Malang, yang mengaku terpaksa harus patungan untuk "
        "membuat fasilitas perpustakaan.\n\n"
        "Budi yang tinggal di Desa Sukamaju mengatakan banjir sudah surut sejak pagi tadi."
    )
    assert [q[0] for q in _quotes(text)] == ["seorang guru", "Budi"]


def test_a_board_before_a_mass_bodys_short_form_is_its_branch() -> None:
    text = (
        "Cuaca cerah.\n\nRumah Ketua DPD FPI DKI diserang. Ketua DPD KNPI Jatim Budi datang. "
        "Ketua DPD Oesman Sapta Odang hadir."
    )
    found = _canon(text)
    assert found["DPD FPI"] == ("ORG", "DPD FPI")
    assert found["DPD"] == ("ORG", "Dewan Perwakilan Daerah")


def test_an_english_body_named_by_its_first_word_is_spelt_out_before_its_short_form() -> None:
    text = (
        "Cuaca cerah.\n\nBerdasarkan data Centre for Strategic and International Studies "
        "(CSIS) pada 12 September 2017, elektabilitas partai itu naik. Peneliti CSIS hadir."
    )
    found = _canon(text)
    name = "Centre for Strategic and International Studies"
    assert found[name] == ("ORG", name)
    assert found["CSIS"] == ("ORG", name)


def test_a_close_friend_of_someone_named_is_not_that_one() -> None:
    text = (
        "Cuaca cerah.\n\nPangeran Harry datang ke Toronto.\n\n"
        '"Orang-orang perlu memberi mereka waktu," ujar teman dekat Harry, mencoba '
        "menyikapi kondisi itu.\n\n"
        '"Dia baik sekali," kata sahabat karib Budi.'
    )
    assert [q[0] for q in _quotes(text)] == ["teman dekat Harry", "sahabat karib Budi"]


def test_a_call_pointed_back_to_is_no_person_in_focus() -> None:
    text = (
        "Cuaca cerah.\n\nHari Star Wars dirayakan di Wisconsin. Seorang murid memutuskan "
        "mengenakan kostum Darth Vader ke sekolah.\n\n"
        "Orang tua yang melihatnya langsung memanggil polisi. Panggilan pagi itu melaporkan "
        "bahwa mereka melihat sosok mencurigakan yang mengenakan busana serba hitam."
    )
    assert [q[0] for q in _quotes(text)] == ["panggilan pagi itu"]


def test_an_english_title_is_no_person_in_focus() -> None:
    text = (
        "Cuaca cerah.\n\nSam Smith bakal segera merilis album teranyar. Smith menamai album "
        "itu dengan The Thrill of It All.\n\n"
        "The Thrill of It All ditutup dengan lagu hasil kolaborasi dengan Timbaland.\n\n"
        "Pemenang Piala Oscar kategori Best Original Song itu pernah mengungkapkan bahwa empat "
        "lagu dari album terbaru kali ini bercerita tentang kisah hidupnya."
    )
    assert [q[0] for q in _quotes(text)] == ["Sam Smith"]


def test_an_english_body_with_of_speaks_as_a_body() -> None:
    text = (
        "Cuaca cerah.\n\nMenurut Centers for Disease Control and Prevention, stroke menjadi "
        "penyebab utama kasus kelumpuhan jangka panjang di Amerika Serikat."
    )
    assert [q[0] for q in _quotes(text)] == ["Centers for Disease Control and Prevention"]


def test_a_body_inside_an_office_before_an_unknown_name_goes_to_the_role() -> None:
    text = (
        "Cuaca cerah.\n\nMenurut pembesut, Logos Technologies, sebuah purwarupa bernama "
        "SilentHawk berhasil diciptakan.\n\n"
        '"Suara dari mesin tidak ada sama sekali," kata Vice President of Business '
        "Development Logos Technologies Doug Rombough."
    )
    assert [(q[0], q[1]) for q in _quotes(text)] == [
        ("Logos Technologies", None),
        ("Doug Rombough", "Vice President of Business Development Logos Technologies"),
    ]


def test_a_closing_mark_spaced_before_the_cue_closes_the_paragraphs_quote() -> None:
    text = (
        "Cuaca cerah.\n\nKhloe Kardashian mengumumkan kehamilannya.\n\n"
        "Terima kasih atas pengertiannya, saya sangat bersyukur dan gembira! Tapi itu adalah "
        'perasaan terbaik dalam hidup saya! "tutupnya.\n\n'
        "Kabar kehamilan Khloe pertama kali muncul pada September."
    )
    found = _quotes(text)
    assert [q[0] for q in found] == ["Khloe Kardashian"]
    assert found[0][2].startswith("Terima kasih atas pengertiannya")


def test_a_word_of_the_name_glued_to_a_regency_goes_to_the_person() -> None:
    text = (
        "Cuaca cerah.\n\nSaat ditemui wartawan, Kepala Bidang Kebudayaan Dinas Pemuda Olahraga "
        "Kebudayaan dan Pariwisata Kabupaten Banyumas Deskart Sotyo Jatmiko mengatakan kirab "
        "kali ini berbeda."
    )
    found = _roles(text)
    assert found["Deskart Sotyo Jatmiko"] == (
        "Kepala Bidang Kebudayaan Dinas Pemuda Olahraga Kebudayaan dan Pariwisata "
        "Kabupaten Banyumas"
    )


def test_a_body_before_a_province_is_its_provincial_branch() -> None:
    text = (
        "Cuaca cerah.\n\nBPBD Provinsi Jawa Barat sudah mengirimkan bantuan logistik melalui "
        "BPBD Kabupaten Bandung Barat."
    )
    found = _canon(text)
    assert found["BPBD Provinsi Jawa Barat"][0] == "ORG"
    assert found["BPBD Kabupaten Bandung Barat"][0] == "ORG"
    assert "Jawa Barat" not in found


def test_a_full_name_run_together_is_that_person() -> None:
    text = (
        "Cuaca cerah.\n\nGigi Hadid memamerkan bulu ketiaknya.\n\n"
        '"Gigihadid mo bulu ketek nya panjang," tulis @geraldinelynn.'
    )
    assert _canon(text)["Gigihadid"] == ("PER", "Gigi Hadid")


def test_a_place_run_into_a_person_read_as_a_body_splits_off() -> None:
    text = (
        "Cuaca cerah.\n\nHal itu dikatakan Wakil Jaksa Penuntut Umum Milan Paolo Storari dalam "
        "konferensi pers, dikutip AFP, Sabtu (5/8).\n\nStorari menambahkan, tidak ada pembeli."
    )
    assert _roles(text)["Paolo Storari"] == "Wakil Jaksa Penuntut Umum Milan"
    assert _canon(text)["Storari"] == ("PER", "Paolo Storari")


def test_a_province_set_off_after_the_subject_is_no_speaker() -> None:
    text = (
        "Cuaca cerah.\n\nMajelis Ulama Indonesia (MUI) Kota Sukabumi, Jawa Barat mengimbau "
        "kepada masyarakat agar tidak terprovokasi isu orang dengan gangguan jiwa."
    )
    assert [q[0] for q in _quotes(text)] == ["Majelis Ulama Indonesia (MUI) Kota Sukabumi"]


def test_two_names_joined_by_plus_are_two_people() -> None:
    text = (
        "Cuaca cerah.\n\nDuet Christiano Ronaldo plus Karim Benzema kembali tajam. "
        "Los Blancos menang atas La Coruna."
    )
    found = dict(_mentions(text))
    assert found.get("Christiano Ronaldo") == "PER"
    assert found.get("Karim Benzema") == "PER"
    assert not any(" plus " in name for name in found)


def test_a_common_word_written_small_closes_no_place() -> None:
    text = (
        "Cuaca cerah.\n\nBanjir surut. Di jalan sepanjang tanggul Kali Ciliwung Kampung Pulo "
        "air sudah tak tersisa. Air hanya tinggal di kawasan pemukiman dan air terus surut.\n\n"
        "Warga Jawa tengah dan Suriah utara datang."
    )
    found = dict(_mentions(text))
    assert found.get("Kampung Pulo") == "LOC"
    assert "Kampung Pulo air" not in found
    assert found.get("Jawa tengah") == "LOC"


def test_a_numbered_report_says_what_it_says() -> None:
    text = (
        "Cuaca cerah.\n\nYusuf Mansur dilaporkan oleh sejumlah jemaahnya di Surabaya.\n\n"
        "Laporan polisi bernomor 742/VI/2017/UMJATIM itu menyebut Yusuf Mansur sejak 2012 "
        "gencar mengajak jemaah pengajiannya untuk berpartisipasi dalam investasi sedekah."
    )
    assert [q[0] for q in _quotes(text)] == ["Laporan polisi bernomor 742/VI/2017/UMJATIM itu"]


def test_a_name_written_small_still_closes_a_place() -> None:
    text = "Cuaca cerah.\n\nDi Kota bandung dan Jembatan kaca tak ada kaca. Ia ke Bandung."
    found = dict(_mentions(text))
    assert "Kota" not in found
    assert "Jembatan" not in found


def test_a_call_name_before_the_name_is_no_role() -> None:
    text = (
        "Cuaca cerah.\n\nPelaksana tugas (Plt) Gubernur DKI Jakarta, Sumarsono memberikan "
        "penghargaan kepada Aiptu Sunaryanto.\n\n"
        "Padahal, kata Soni sapaan karib Sumarsono, ketika itu Sunaryanto sedang tidak bertugas."
    )
    assert [(q[0], q[1]) for q in _quotes(text)] == [
        ("Sumarsono", "Pelaksana tugas (Plt) Gubernur DKI Jakarta")
    ]


def test_a_relative_clause_naming_a_place_stays_out_of_the_subject() -> None:
    text = (
        "Cuaca cerah.\n\nMake up artist Archangela Chelsea asal Surabaya yang pernah bekerja di "
        "industri Hollywood mengungkapkan salah satu kiat merias wajah untuk menghasilkan "
        "tampilan glamor.\n\n"
        "Diana Kusumastuti yang turut hadir di Gedung Sate menyebut proyek itu selesai tahun "
        "depan."
    )
    assert [q[0] for q in _quotes(text)] == ["Archangela Chelsea", "Diana Kusumastuti"]


def test_a_bureau_of_a_town_speaks_as_a_body() -> None:
    text = (
        "Cuaca cerah.\n\nBiro hukum Shenyang, kota dimana Liu dirawat, mengumumkan di situs "
        "resminya bahwa Liu meninggal karena komplikasi gagal organ."
    )
    assert [q[0] for q in _quotes(text)] == ["Biro hukum Shenyang"]


def test_a_name_set_off_after_a_closing_menurut_is_no_statement() -> None:
    text = (
        "Cuaca cerah.\n\nAda satu cara untuk mendeteksi dini skoliosis, menurut spesialis bedah "
        "ortopedi dari Rumah Sakit Pondok Indah, dr Didik Librianto.\n\n"
        "Ada satu cara lain untuk mendeteksi dini skoliosis, menurut spesialis bedah ortopedi "
        "dari Rumah Sakit Pondok Indah, dr Didik Librianto, Sp. OT."
    )
    found = _quotes(text)
    assert [(q[0], q[2]) for q in found] == [
        ("Didik Librianto", "Ada satu cara untuk mendeteksi dini skoliosis"),
        ("Didik Librianto", "Ada satu cara lain untuk mendeteksi dini skoliosis"),
    ]


def test_a_high_court_keeps_its_pt() -> None:
    text = (
        "Cuaca cerah.\n\nWalhi mengajukan banding ke PT TUN Surabaya. PT Semen Indonesia "
        "(Persero) Tbk menolak."
    )
    found = _canon(text)
    assert found["PT TUN Surabaya"] == ("ORG", "PT TUN Surabaya")
    assert found["PT Semen Indonesia"] == ("ORG", "Semen Indonesia")


def test_a_noun_opening_the_sentence_is_no_part_of_a_name() -> None:
    text = (
        "Cuaca cerah.\n\nCile menang atas Kamerun berkat Eduardo Vargas.\n\n"
        "Superioritas Cile tidak lepas dari permainan dari kaki ke kaki.\n\n"
        "Lesakan Vargas menjadi penutup pertandingan."
    )
    found = _mentions(text)
    assert ("Superioritas Cile", "ORG") not in found
    assert ("Lesakan Vargas", "PER") not in found
    assert ("Vargas", "PER") in found


def test_what_there_is_after_a_mid_sentence_cue_is_no_role() -> None:
    text = (
        "Cuaca cerah.\n\n"
        '"Kami temukan tujuh selongsong peluru," kata Kepala Bidang Hubungan Masyarakat Polda '
        "Jawa Barat Kombes Yusri Yunus kepada Antara.\n\n"
        "Selain tujuh selongsong yang ditemukan, kata Yusri, ada tiga proyektil peluru sebagai "
        "barang bukti lainnya."
    )
    role = "Kepala Bidang Hubungan Masyarakat Polda Jawa Barat"
    assert [(q[0], q[1]) for q in _quotes(text)] == [("Yusri Yunus", role), ("Yusri Yunus", role)]


def test_the_statement_runs_on_past_a_mid_sentence_cue_without_a_comma() -> None:
    text = (
        "Cuaca cerah.\n\nDraf sudah lama dibahas, ujar Hendrikus.\n\n"
        "Dari POJK fintech, menurutnya setidaknya bakal ada enam aturan turunan yang tertuang "
        "dalam bentuk surat edaran.\n\n"
        "Kasus ini masih dalam penanganan pihak Polsek Cipondoh. Sementara istri korban NL, "
        "kata Bayu belum bisa dimintai keterangan karena masih dalam kondisi syok."
    )
    found = _quotes(text)
    assert found[1][2].endswith("dalam bentuk surat edaran")
    assert found[2][0] == "Bayu"
    assert found[2][2].endswith("masih dalam kondisi syok")


def test_denying_an_assessment_reports_no_statement() -> None:
    text = "Cuaca cerah.\n\nNeymar tetap membantah penilaian miring tersebut kepadanya."
    assert _quotes(text) == []


def test_a_town_run_into_its_province_is_two_places() -> None:
    text = (
        "Cuaca cerah.\n\nIa tinggal di Padang Sumbar dan Bogor Jawa Barat. Kantor di Banda Aceh, "
        "Kepulauan Riau dan Jakarta Timur DKI Jakarta."
    )
    found = _mentions(text)
    for name in ("Padang", "Sumbar", "Bogor", "Jawa Barat", "Jakarta Timur", "DKI Jakarta"):
        assert (name, "LOC") in found
    assert ("Banda Aceh", "LOC") in found
    assert ("Kepulauan Riau", "LOC") in found


def test_the_song_after_its_singer_is_no_entity() -> None:
    text = (
        "Cuaca cerah.\n\nMuse menggelar konser amal di London.\n\nHasil dari konser pelantun "
        "Hysteria itu bakal disalurkan melalui organisasi The Passage. Pelantun Despacito, "
        "Luis Fonsi, datang."
    )
    found = dict(_mentions(text))
    assert "Hysteria" not in found
    assert "Despacito" not in found
    assert found["Luis Fonsi"] == "PER"


def test_a_surname_found_alone_takes_its_given_name_where_written_in_full() -> None:
    text = (
        "Cuaca cerah.\n\nFabregas kecewa karena dia tidak menjadi starter pada pertandingan itu. "
        "Conte lebih memilih Nemanja Matic. Fabregas baru dimasukkan menggantikan Matic saat "
        "laga berumur satu jam.\n\n"
        "Warga di sekitar Kawasan Wisata Baturraden dikejutkan awan. Baturraden ramai."
    )
    found = _canon(text)
    assert found["Nemanja Matic"] == ("PER", "Nemanja Matic")
    assert found["Matic"] == ("PER", "Nemanja Matic")
    assert "Wisata Baturraden" not in found


def test_an_events_name_is_no_person() -> None:
    text = (
        "Cuaca cerah.\n\nTiga kejuaraan penting sudah menanti di hadapan Marcus/Kevin yaitu "
        "Badminton Asia Championships, Piala Sudirman dan Kejuaraan Dunia 2017."
    )
    assert ("Badminton Asia Championships", "PER") not in _mentions(text)


def test_the_lead_single_set_off_after_its_noun_is_no_entity() -> None:
    text = (
        "Cuaca cerah.\n\nEXO merilis album The War. Sayangnya, lagu andalan dari album itu, Ko "
        "Ko Bop dituding menjiplak tembang milik David Guetta.\n\n"
        "Diberitakan Ace Showbiz, meski Ko Ko Bop menerima banyak pujian dari para kritikus, "
        "lagu itu disebut - sebut meniru lagu Light My Body Up dari David Guetta.\n\n"
        "Walau banyak dikritik, Ko Ko Bop menunjukkan performa yang meningkat di tangga lagu "
        "36 negara di dunia."
    )
    found = dict(_mentions(text))
    assert "Ko Ko Bop" not in found
    assert found["David Guetta"] == "PER"


def test_a_dish_named_like_a_person_is_no_one() -> None:
    text = (
        "Cuaca cerah.\n\nNamun di kota nan tenang ini, ada satu kuliner lezat yang wajib "
        "dicicipi. Nasi Gandul.\n\nGandul, merupakan ungkapan dalam bahasa Jawa. Tapi, Nasi "
        "Gandul, bukanlah nasi yang digantung.\n\n"
        "Produser bersama perwakilan Marza Animation Planet, yakni Takeshi Ito dan Mie Onishi."
    )
    found = _mentions(text)
    assert not any(label == "PER" and "Gandul" in name for name, label in found)
    assert ("Mie Onishi", "PER") in found
