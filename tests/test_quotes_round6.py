"""Round 6: an age in brackets after a name, and a clause set off by commas between a subject
and its verb of saying (as translated wire copy writes "X, speaking in Munich, said")."""

from __future__ import annotations

from warta.extract.entities import find_entities
from warta.extract.quotes import extract_quotes


def _quotes(text: str) -> list[tuple[str | None, str | None, str]]:
    found = extract_quotes(text, entities=find_entities(text))
    return [(q["speaker"], q.get("role"), str(q["text"])) for q in found]


def test_age_in_brackets_does_not_hide_the_name_set_off_by_commas() -> None:
    text = (
        "Banjir merendam permukiman di pesisir Demak sejak Senin malam.\n\n"
        'Warga Sayung, Karsinah (61), mengaku belum bisa pulang. "Rumah saya masih terendam '
        'sepinggang," ujarnya.'
    )
    quotes = _quotes(text)
    assert [speaker for speaker, _, _ in quotes] == ["Karsinah", "Karsinah"]
    assert quotes[0][1] == "Warga Sayung"


def test_age_with_tahun_after_the_name() -> None:
    text = (
        "Seorang sopir angkot di Terminal Kampung Rambutan, Sutrisno (47 tahun), mengatakan "
        "penumpang berkurang sejak tarif naik."
    )
    ((speaker, role, statement),) = _quotes(text)
    assert speaker == "Sutrisno"
    assert role == "sopir angkot di Terminal Kampung Rambutan"
    assert statement.startswith("penumpang berkurang")


def test_relative_clause_between_commas_before_the_verb() -> None:
    text = (
        "Seorang diplomat Eropa, yang berbicara dengan syarat anonim, mengatakan perundingan "
        "akan dilanjutkan pekan depan."
    )
    ((speaker, _, statement),) = _quotes(text)
    assert speaker is not None and speaker.lower() == "seorang diplomat eropa"
    assert statement.startswith("perundingan akan")


def test_participle_clause_between_commas_before_the_verb() -> None:
    text = (
        "Menteri Luar Negeri Jerman Annalena Baerbock tiba di Kyiv pada hari Senin.\n\n"
        "Baerbock, berbicara di depan parlemen pada hari Selasa, mengatakan bahwa bantuan "
        "akan terus mengalir."
    )
    ((speaker, _, statement),) = _quotes(text)
    assert speaker == "Annalena Baerbock"
    assert statement.startswith("bantuan akan")


def test_a_list_between_commas_is_not_skipped_as_a_clause() -> None:
    text = "Jepang, Korea Selatan, dan Australia mengatakan latihan bersama akan digelar."
    ((speaker, _, _),) = _quotes(text)
    assert speaker == "Jepang, Korea Selatan, dan Australia"


def test_closing_menurut_names_the_source_of_the_sentence() -> None:
    text = (
        "Gempa bermagnitudo 6,1 mengguncang Peru selatan pada Kamis.\n\n"
        "Pusat gempa berada di kedalaman 35 kilometer, menurut Survei Geologi Amerika Serikat."
    )
    ((speaker, _, statement),) = _quotes(text)
    assert speaker == "Survei Geologi Amerika Serikat"
    assert statement.startswith("Pusat gempa berada")


def test_closing_menurut_a_statement_names_who_made_it() -> None:
    text = (
        "Kedua pemimpin membahas pasokan gas melalui telepon pada Senin, menurut pernyataan "
        "Kremlin."
    )
    ((speaker, _, _),) = _quotes(text)
    assert speaker == "Kremlin"


def test_closing_menurut_data_is_a_record_not_a_statement() -> None:
    assert _quotes("Inflasi tahunan mencapai 3,1 persen, menurut data Badan Pusat Statistik.") == []


def test_arabic_and_european_name_particles_stay_in_the_name() -> None:
    text = (
        "Para sandera dibawa ke Mesir, menurut juru bicara Kementerian Luar Negeri Qatar "
        "Majed al-Ansari."
    )
    ((speaker, role, _),) = _quotes(text)
    assert speaker == "Majed al-Ansari"
    assert role == "juru bicara Kementerian Luar Negeri Qatar"


def test_adding_that_gives_a_second_statement_of_the_same_speaker() -> None:
    text = (
        "Para sandera tiba di Israel pada Jumat malam.\n\n"
        "“Ini adalah awal dari sebuah proses, bukan akhir,” kata Presiden AS Joe Biden kepada "
        "wartawan di Nantucket, Massachusetts, seraya menambahkan bahwa ia berharap warga "
        "Amerika juga akan segera dibebaskan."
    )
    quotes = _quotes(text)
    assert [(s, r) for s, r, _ in quotes] == [("Joe Biden", "Presiden AS")] * 2
    assert quotes[1][2].startswith("ia berharap warga Amerika")


def test_adding_that_splits_a_reported_sentence() -> None:
    text = (
        "Ali Yerlikaya mengatakan lebih dari 3.000 petugas penyelamat telah dikerahkan, "
        "seraya menambahkan bahwa sedikitnya 120 bangunan runtuh."
    )
    first, second = _quotes(text)
    assert first[0] == second[0] == "Ali Yerlikaya"
    assert first[2].endswith("telah dikerahkan")
    assert second[2] == "sedikitnya 120 bangunan runtuh"


def test_capitalised_stop_word_inside_a_title() -> None:
    text = (
        "“Tim kami bekerja sepanjang malam,” kata Menteri Dalam Negeri Ali Yerlikaya kepada "
        "wartawan."
    )
    ((speaker, role, _),) = _quotes(text)
    assert (speaker, role) == ("Ali Yerlikaya", "Menteri Dalam Negeri")


def test_country_spelled_the_indonesian_way_is_split_off_the_name() -> None:
    text = '"Angin perubahan telah tiba!" tulis Perdana Menteri Hongaria Viktor Orban di X.'
    ((speaker, role, _),) = _quotes(text)
    assert (speaker, role) == ("Viktor Orban", "Perdana Menteri Hongaria")


def test_time_and_place_between_subject_and_verb() -> None:
    text = (
        "Kylian Mbappe pada hari Jumat mengonfirmasi bahwa ia akan meninggalkan klubnya.\n\n"
        "Menteri Keuangan Sri Mulyani Indrawati di Jakarta, Senin, mengatakan defisit anggaran "
        "masih terkendali."
    )
    assert [s for s, _, _ in _quotes(text)] == ["Kylian Mbappe", "Sri Mulyani Indrawati"]


def test_an_age_in_an_epithet_is_not_a_time() -> None:
    text = (
        "Prilly Latuconsina tak keberatan bicara soal hidungnya. Pesinetron berusia 20 tahun ini "
        "mengaku hanya orang-orang tertentu yang tahu kekurangannya."
    )
    ((speaker, _, _),) = _quotes(text)
    assert speaker == "Prilly Latuconsina"


def test_role_set_off_after_the_name_before_the_verb() -> None:
    text = (
        "Frans Timmermans, pemimpin aliansi Partai Buruh-Hijau yang berada di posisi kedua, "
        "memperingatkan bahwa demokrasi Belanda sedang menghadapi ujian berat."
    )
    ((speaker, _, statement),) = _quotes(text)
    assert speaker == "Frans Timmermans"
    assert statement.startswith("demokrasi Belanda")


def test_name_suffix_with_its_dot() -> None:
    text = (
        "Topan melanda Filipina.\n\n"
        "Presiden Ferdinand Marcos Jr. mengatakan pemerintah telah menyiapkan bantuan pangan "
        "di wilayah terdampak."
    )
    ((speaker, role, _),) = _quotes(text)
    assert (speaker, role) == ("Ferdinand Marcos Jr", "Presiden")


def test_adjuncts_between_the_verb_and_bahwa() -> None:
    text = (
        "Juru bicara Kementerian Luar Negeri China Lin Jian mengatakan kepada wartawan dalam "
        "konferensi pers rutin bahwa China memiliki kedaulatan atas pulau tersebut."
    )
    ((speaker, _, statement),) = _quotes(text)
    assert speaker == "Lin Jian"
    assert statement.startswith("China memiliki kedaulatan")


def test_an_office_for_a_field_is_one_title() -> None:
    text = (
        '"Eropa kini menjadi penentu standar global," kata Komisaris Eropa untuk Pasar '
        "Internal Thierry Breton dalam sebuah pernyataan."
    )
    ((speaker, role, _),) = _quotes(text)
    assert (speaker, role) == ("Thierry Breton", "Komisaris Eropa untuk Pasar Internal")


def test_team_or_country_after_the_name() -> None:
    text = (
        "Verstappen dari Red Bull, yang finis kedua, mengatakan timnya kekurangan kecepatan "
        "sepanjang akhir pekan."
    )
    ((speaker, _, _),) = _quotes(text)
    assert speaker == "Verstappen"


def test_long_name_with_particles() -> None:
    text = (
        "Perundingan gencatan senjata telah memasuki tahap kritis, kata Perdana Menteri Qatar "
        "Sheikh Mohammed bin Abdulrahman Al Thani pada hari Rabu, seraya menambahkan bahwa "
        "kedua pihak masih berbeda pendapat mengenai sejumlah poin."
    )
    quotes = _quotes(text)
    assert [s for s, _, _ in quotes] == ["Sheikh Mohammed bin Abdulrahman Al Thani"] * 2
    assert quotes[1][2].startswith("kedua pihak masih berbeda")


def test_second_verb_shares_the_subject_of_the_first() -> None:
    text = (
        "Federal Reserve AS mempertahankan suku bunga acuannya pada hari Rabu dan mengatakan "
        "dalam sebuah pernyataan bahwa ketidakpastian ekonomi telah meningkat."
    )
    ((speaker, _, statement),) = _quotes(text)
    assert speaker == "Federal Reserve AS"
    assert statement.startswith("ketidakpastian ekonomi")


def test_name_role_and_verb_after_a_quote() -> None:
    text = (
        '"Fed jelas ingin melihat lebih banyak data sebelum bergerak," Diane Swonk, kepala '
        "ekonom di KPMG, mengatakan."
    )
    ((speaker, role, _),) = _quotes(text)
    assert (speaker, role) == ("Diane Swonk", "kepala ekonom di KPMG")


def test_statement_first_then_its_source_and_verb() -> None:
    text = (
        "Pelari maraton Kenya Daniel Kipchumba diskors selama empat tahun karena doping, Unit "
        "Integritas Atletik (AIU) mengumumkan pada hari Selasa."
    )
    ((speaker, _, statement),) = _quotes(text)
    assert speaker == "Unit Integritas Atletik"
    assert statement.startswith("Pelari maraton Kenya")


def test_role_comma_name_verb_comma_is_not_a_statement_first_sentence() -> None:
    text = (
        "Pimpinan Pondok Pesantren Darul Anba, KH Achef Mubarok mengatakan, perkumpulan dalam "
        "forum tersebut merupakan jalan yang baik."
    )
    ((speaker, _, statement),) = _quotes(text)
    assert speaker == "Achef Mubarok"
    assert statement.startswith("perkumpulan dalam forum")


def test_quote_split_by_its_attribution_keeps_the_speaker() -> None:
    text = (
        '"Keputusan ini mengakui bahwa Google menawarkan mesin pencari terbaik," kata Kent '
        'Walker, presiden urusan global perusahaan itu, "tetapi menyimpulkan bahwa kami tidak '
        'boleh diizinkan untuk membuatnya mudah tersedia."'
    )
    assert [s for s, _, _ in _quotes(text)] == ["Kent Walker", "Kent Walker"]


def test_next_quote_in_the_paragraph_is_the_named_speakers_even_if_ner_calls_it_an_org() -> None:
    text = (
        '"Kami siap membantu," tweet Perdana Menteri Justin Trudeau.\n\n'
        '"Kami menghadapi perilaku api yang ekstrem," kata Forrest Tower, petugas informasi '
        'layanan tersebut, kepada wartawan. "Api melompat melintasi danau, sesuatu yang jarang '
        'kami lihat."'
    )
    assert [s for s, _, _ in _quotes(text)][1:] == ["Forrest Tower", "Forrest Tower"]


def test_where_the_speaker_was_reached_sits_between_subject_and_verb() -> None:
    text = (
        "Ketua tim pemenangan paslon nomor urut 1, Wahyu Hidayat, saat dikonfirmasi usai debat "
        "mengklaim jagoannya tampil lebih menguasai persoalan teknis.\n\n"
        "Menteri ESDM Bahlil Lahadalia saat ditemui di kantornya menyebutkan, pemerintah terus "
        "memantau pergerakan harga minyak mentah global."
    )
    assert [s for s, _, _ in _quotes(text)] == ["Wahyu Hidayat", "Bahlil Lahadalia"]


def test_a_word_that_is_also_a_title_opens_a_name_set_off_by_commas() -> None:
    text = (
        "Manajer Operasional PT Jasamarga Semarang Batang, Agung Prasetya, mengatakan petugas "
        "telah melakukan rekayasa lalu lintas."
    )
    ((speaker, _, _),) = _quotes(text)
    assert speaker == "Agung Prasetya"


def test_title_case_headline_does_not_glue_a_verb_to_a_name() -> None:
    text = (
        "Sinner Kalahkan Alcaraz di Final Wimbledon\n\n"
        "Jannik Sinner menjuarai Wimbledon setelah mengalahkan Carlos Alcaraz.\n\n"
        "Alcaraz, yang berusaha meraih gelar ketiga berturut-turut, mengakui bahwa lawannya "
        "bermain lebih baik pada momen-momen penting."
    )
    entities = find_entities(text)
    assert [e["text"] for e in entities if e["label"] == "PER"][:2] == ["Sinner", "Alcaraz"]
    ((speaker, _, _),) = _quotes(text)
    assert speaker == "Carlos Alcaraz"


def test_lower_case_role_then_name() -> None:
    text = (
        "Di SDN Margahayu 5, kepala sekolah Nurhasanah mengaku sudah menyiapkan siswa sejak "
        "pekan lalu."
    )
    ((speaker, role, _),) = _quotes(text)
    assert (speaker, role) == ("Nurhasanah", "kepala sekolah")


def test_brand_in_camel_case_is_no_part_of_a_name() -> None:
    text = (
        "“Saya ingin berterima kasih kepada semua pengguna,” kata CEO TikTok Shou Zi Chew dalam "
        "sebuah video."
    )
    ((speaker, _, _),) = _quotes(text)
    assert speaker == "Shou Zi Chew"


def test_honorific_opens_a_name_set_off_by_commas() -> None:
    text = (
        "Direktur RSUD Sayang, dr. Rina Marlina, menyebutkan pihaknya menambah 20 tempat tidur "
        "darurat di selasar rumah sakit."
    )
    ((speaker, _, _),) = _quotes(text)
    assert speaker == "Rina Marlina"


def test_short_relative_clause_after_a_name_before_the_verb() -> None:
    text = (
        "Wakil Menteri PU Diana Kusumastuti yang turut hadir menyebut pembangunan ruas tersebut "
        "sempat terkendala pembebasan lahan."
    )
    ((speaker, role, _),) = _quotes(text)
    assert (speaker, role) == ("Diana Kusumastuti", "Wakil Menteri PU")


def test_bahwa_inside_the_statement_does_not_start_it() -> None:
    text = (
        "Gempa mengguncang Miyazaki.\n\n"
        "Kenji Morita menegaskan peringatan itu bukan prediksi bahwa gempa besar pasti akan "
        "terjadi."
    )
    ((_, _, statement),) = _quotes(text)
    assert statement.startswith("peringatan itu bukan prediksi")


def test_anonymity_clause_is_no_part_of_the_source() -> None:
    text = (
        "Seorang pejabat Israel yang tidak bersedia disebutkan namanya mengatakan kabinet akan "
        "menggelar pemungutan suara pada Kamis."
    )
    ((speaker, _, _),) = _quotes(text)
    assert speaker is not None and speaker.lower() == "seorang pejabat israel"


def test_the_group_that_spoke_last_is_who_kelompok_itu_means() -> None:
    text = (
        "Hamas dalam pernyataan resminya menyebut kesepakatan itu sebagai buah keteguhan rakyat "
        "Palestina. Kelompok itu juga menyatakan siap menjalankan komitmennya selama Israel "
        "mematuhi kesepakatan."
    )
    assert [s for s, _, _ in _quotes(text)] == ["Hamas", "Hamas"]


def test_a_particle_never_starts_a_trimmed_name() -> None:
    text = (
        "Perdana Menteri Qatar, Sheikh Mohammed bin Abdulrahman Al Thani, mengumumkan kesepakatan "
        "itu pada Rabu malam.\n\n"
        '"Kami berharap semua pihak menepatinya," kata Sheikh Mohammed, dikutip dari Reuters.\n\n'
        "Ia mengatakan tahap pertama gencatan senjata akan berlangsung selama 42 hari."
    )
    speakers = {s for s, _, _ in _quotes(text)}
    assert speakers == {"Sheikh Mohammed bin Abdulrahman Al Thani"}


def test_balinese_name_keeps_its_i() -> None:
    text = (
        "Festival Danau Buyan digelar.\n\n"
        "Kelian Adat Desa Pancasari, I Ketut Mertayasa, menuturkan sanggar tari di desanya "
        'berlatih selama dua bulan.\n\n"Anak-anak senang," kata Mertayasa.'
    )
    assert [s for s, _, _ in _quotes(text)] == ["I Ketut Mertayasa"] * 2


def test_name_set_off_after_a_described_speaker_in_a_closing_cue() -> None:
    text = (
        '"Sudah dua minggu barangnya jarang masuk," kata pedagang sembako, Hj Rosmiati (52), '
        "kepada wartawan."
    )
    ((speaker, role, _),) = _quotes(text)
    assert (speaker, role) == ("Rosmiati", "pedagang sembako")


def test_agent_of_a_passive_verb_of_saying_takes_the_focus() -> None:
    text = (
        "Harga minyak goreng naik.\n\n"
        "Keluhan serupa disampaikan Andi Baso Tenri (38), pemilik warung makan. Ia mengaku harus "
        "berkeliling ke tiga pasar untuk mendapatkan minyak goreng."
    )
    ((speaker, _, _),) = _quotes(text)
    assert speaker == "Andi Baso Tenri"


def test_opening_participle_clause_does_not_hide_the_subject() -> None:
    text = (
        "Pasien mengeluh.\n\n"
        "Dikonfirmasi terpisah, Direktur RSUD Ciawi Raya, dr Ratna Kusumawardani, membantah "
        "pihaknya menyuruh pasien membeli obat sendiri. Ia menjelaskan, saat itu terjadi "
        "kekosongan stok obat tertentu."
    )
    assert [s for s, _, _ in _quotes(text)] == ["Ratna Kusumawardani"] * 2


def test_a_verbless_sentence_introducing_someone_puts_them_in_focus() -> None:
    text = (
        "Jadwal kereta berubah.\n\n"
        "Sejumlah penumpang belum tahu perubahan itu. Salah satunya Dimas Prasetyo (26), "
        'karyawan swasta.\n\n"Saya baru tahu tadi pagi dari pengumuman," ungkapnya.'
    )
    assert _quotes(text)[-1][0] == "Dimas Prasetyo"


def test_denying_an_accusation_names_it_and_states_nothing() -> None:
    text = "Sumber terdekat Beyonce membantah tudingan sang penyanyi melakukan operasi."
    assert _quotes(text) == []


def test_human_role_before_a_name_ner_took_for_a_place() -> None:
    text = (
        "Festival digelar.\n\n"
        "Wisatawan asal Jakarta, Nadia Putri (29), mengaku baru pertama kali datang ke Danau "
        "Buyan.\n\n“Udaranya sejuk, beda sekali dengan Kuta,” tuturnya."
    )
    assert [s for s, _, _ in _quotes(text)] == ["Nadia Putri", "Nadia Putri"]


def test_day_set_off_between_subject_and_verb() -> None:
    text = (
        "BPJS Kesehatan Cabang Tasikmalaya dalam keterangan tertulis, Senin, menyatakan peserta "
        "JKN tidak boleh dibebani biaya tambahan untuk obat."
    )
    ((speaker, _, statement),) = _quotes(text)
    assert speaker == "BPJS Kesehatan Cabang Tasikmalaya"
    assert statement.startswith("peserta JKN")


def test_role_after_a_name_and_its_age() -> None:
    text = (
        "Salah satu pengendara, Wahyudi (34), sopir truk pengangkut kayu, mengaku sudah "
        "tertahan di lokasi sejak subuh."
    )
    ((speaker, _, _),) = _quotes(text)
    assert speaker == "Wahyudi"


def test_request_without_untuk_names_who_is_asked_and_the_act() -> None:
    text = (
        "Penjabat Bupati Kendal Sugiyono Hadi di Kendal, Rabu, meminta seluruh warga menjaga "
        "kondusivitas selama pemungutan suara.\n\n"
        "Artis itu lalu meminta maaf atas tulisan yang terdapat kata-kata kurang pantas.\n\n"
        "Seorang diplomat, yang meminta namanya tidak disebutkan, mengatakan rapat itu ditunda "
        "hingga pekan depan."
    )
    quotes = _quotes(text)
    assert [q[2][:20] for q in quotes] == ["seluruh warga menjag", "rapat itu ditunda hi"]
    assert quotes[0][0] == "Sugiyono Hadi"
    assert quotes[1][0] is not None and quotes[1][0].lower() == "seorang diplomat"


def test_alias_in_brackets_after_the_name() -> None:
    text = (
        "Ketua MPR Bambang Soesatyo (Bamsoet) meminta seluruh partai politik menahan diri "
        "menjelang pemilu."
    )
    ((speaker, role, _),) = _quotes(text)
    assert (speaker, role) == ("Bambang Soesatyo", "Ketua MPR")
