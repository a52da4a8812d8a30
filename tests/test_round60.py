"""Round 60: entities, roles and quote attribution read off IndoSum articles."""

from __future__ import annotations

from _extract_support import mentions as _mentions
from _extract_support import quotes as _quotes
from _extract_support import roles as _roles

from warta.extract.canonical import resolve_in_document
from warta.extract.entities import find_entities
from warta.extract.entity_rules import no_bare_titles
from warta.extract.quotes import extract_quotes


def test_the_head_of_a_metro_police_unit_is_an_office() -> None:
    text = (
        "Cuaca cerah.\n\nSetibanya di lokasi, Kapolrestro Jakarta Pusat Kombes Pol Suyudi "
        "bernegosiasi dengan pimpinan aksi.\n\n"
        '"Kami sudah memeriksa tiga saksi," kata Kapolrestro Bekasi Kota Kombes Indarto.'
    )
    found = _mentions(text)
    assert ("Jakarta Pusat", "LOC") in found
    assert not any(t.startswith("Kapolrestro") for t, _ in found)
    roles = _roles(text)
    assert roles["Suyudi"] == "Kapolrestro Jakarta Pusat"
    assert roles["Indarto"] == "Kapolrestro Bekasi Kota"
    assert _quotes(text)[0][:2] == ("Indarto", "Kapolrestro Bekasi Kota")


def test_a_name_between_an_athletes_calling_and_origin_is_the_team() -> None:
    text = (
        "LE MANS, JUARA.net - Pebalap Marc VDS asal Australia, Jack Miller, tampil cemerlang "
        "pada sesi latihan bebas pertama.\n\n"
        "JUARA.NET, MONZA - Pebalap Mercedes asal Finlandia, Valtteri Bottas, menjadi yang "
        "tercepat."
    )
    found = _mentions(text)
    assert ("Marc VDS", "ORG") in found
    assert ("Mercedes", "ORG") in found
    assert ("Australia", "LOC") in found
    roles = _roles(text)
    assert roles["Jack Miller"] == "Pebalap Marc VDS asal Australia"
    assert roles["Valtteri Bottas"] == "Pebalap Mercedes asal Finlandia"


def test_a_country_between_a_calling_and_origin_stays_a_place() -> None:
    # (a guard: "Pebalap Spanyol asal Madrid" is no team)
    text = "Cuaca cerah.\n\nPebalap Spanyol asal Madrid, Jorge Lorenzo, menjadi yang tercepat."
    assert ("Spanyol", "LOC") in _mentions(text)


_STARTUP = (
    "Cuaca cerah.\n\nDi edisi kelima ini, Indonesia diwakili oleh Kulina, sebuah startup yang "
    "bergerak di bidang langganan katering. Ini kesempatan Kulina mendapatkan pembelajaran.\n\n"
    "“Konsumsi makan siang adalah salah satu elemen terbesar,” terang Chief Operating Officer "
    "Kulina Casper Sermsuksan.\n\n"
    "“Algoritma kami menghasilkan efisiensi biaya logistik,” CEO Kulina Andy Fajar Handika "
    "menjelaskan layanannya."
)


def test_a_firm_set_off_as_a_startup_is_no_person_even_before_its_officers() -> None:
    found = _mentions(_STARTUP)
    assert ("Kulina", "ORG") in found
    assert ("Kulina", "PER") not in found
    roles = _roles(_STARTUP)
    assert roles["Casper Sermsuksan"] == "Chief Operating Officer Kulina"
    assert roles["Andy Fajar Handika"] == "CEO Kulina"
    assert [q[:2] for q in _quotes(_STARTUP)] == [
        ("Casper Sermsuksan", "Chief Operating Officer Kulina"),
        ("Andy Fajar Handika", "CEO Kulina"),
    ]


def test_a_person_whose_name_opens_on_the_word_set_off_stays_a_person() -> None:
    # (a guard: the person's name has no office before it, so "Budi" stays a name)
    text = (
        "Cuaca cerah.\n\nKami bertemu Budi, seorang pedagang, di pasar. "
        "Budi Santoso Wijaya datang kemudian."
    )
    assert ("Budi", "PER") in _mentions(text)


def test_a_relative_clause_inside_a_fronted_clause_is_not_the_subject() -> None:
    text = (
        "Cuaca cerah.\n\nNamun, Anton Taofik lebih banyak mengelak pertanyaan wartawan.\n\n"
        "Saat ditanya soal hubungan kerjanya dengan pengacara Rudi Alfonso, yang juga menjabat "
        "Ketua DPP Bidang Hukum dan HAM Partai Golkar itu, Anton tak membantah. Dia menyebut "
        "telah membeberkan semuanya kepada penyidik KPK."
    )
    assert [q[0] for q in _quotes(text)] == ["Anton Taofik"]


def test_a_one_word_name_before_a_french_particle_is_a_prize() -> None:
    text = (
        "Cuaca cerah.\n\nRonaldo layak mendapatkan penghargaan pemain terbaik Ballon d'Or. "
        "Neymar merengkuh trofi Samba d’Or 2017.\n\n"
        "Model Italia Bianca Brandolini d’Adda tampil."
    )
    found = _mentions(text)
    assert not any(label == "PER" and t in {"Ballon", "Samba"} for t, label in found)
    assert ("Bianca Brandolini", "PER") in found


def test_a_reply_before_a_quotation_is_a_cue_but_hitting_back_is_no_statement() -> None:
    text = (
        "Cuaca cerah.\n\nKimmel menanyakan lokasi ketika Maisie membaca naskah.\n\n"
        'Kimmel membalas, "Ya pasti."\n\n'
        "Liverpool membalas, Salah mencetak gol pada menit ke-60."
    )
    found = _quotes(text)
    assert [(q[0], q[2]) for q in found] == [("Kimmel", "Ya pasti.")]


def test_a_title_word_the_entity_step_kept_in_a_name_stays_the_given_name() -> None:
    text = (
        "Cuaca cerah.\n\nDjaring adalah sebuah startup asal Jakarta.\n\n"
        "Kepada media, CEO Djaring Laksamana Mustika mengungkapkan, layanan ini berdiri "
        "berdasarkan kolaborasi dengan startup.\n\n"
        "“Kami memberikan platform untuk pelaku UKM,” kata Laksamana."
    )
    assert _roles(text) == {"Laksamana Mustika": "CEO Djaring"}
    found = _quotes(text)
    assert [q[:2] for q in found] == [("Laksamana Mustika", "CEO Djaring")] * 2


def test_a_works_noun_opening_the_title_leaves_the_title_no_entity() -> None:
    text = (
        "Cuaca cerah.\n\nSerial House of Cards dilaporkan akan menambah dua bintang baru. "
        "Musim terakhir House Of Cards akan berjalan lebih singkat.\n\n"
        "Penyidik senior KPK Novel Baswedan hadir. Novel mengatakan kasus itu belum selesai."
    )
    found = _mentions(text)
    assert not any("House" in t for t, _ in found)
    # (a person's name may open on such a word)
    assert ("Novel Baswedan", "PER") in found


def test_a_site_under_a_countrys_domain_is_named_whole() -> None:
    text = "Cuaca cerah.\n\nSitus resminya, medcare.com.vn juga menampilkan para staf."
    assert ("medcare.com.vn", "ORG") in _mentions(text)


def test_a_run_closed_by_a_firms_last_word_is_a_body() -> None:
    text = (
        "Cuaca cerah.\n\nBerdasarkan hasil penelitian Kaspersky Lab, banyak orang takut "
        "kehilangan foto. Kaspersky Lab juga menanyakan kepada para responden.\n\n"
        "Agensi tempat pentolan Bigbang itu bernaung, YG Entertainment baru saja merilis "
        "gambar. Menurut Setara Institute, vonis itu salah. Xbox One S Minecraft Limited "
        "Edition dijual."
    )
    found = _mentions(text)
    assert found.count(("Kaspersky Lab", "ORG")) == 2
    assert ("YG Entertainment", "ORG") in found
    assert ("Setara Institute", "ORG") in found
    assert not any("Menurut" in t or "Limited" in t for t, _ in found)


def test_a_full_name_found_before_a_shows_name_is_the_speaker() -> None:
    text = (
        "Cuaca cerah.\n\nWilliams bercerita ketika menjadi bintang tamu dalam acara Jimmy "
        'Kimmel Live.\n\n"Ya, saya tahu," kata Maisie Williams menjawab pertanyaan Kimmel.\n\n'
        'Kimmel membalas, "Ya pasti."'
    )
    assert [q[0] for q in _quotes(text)] == ["Maisie Williams", "Jimmy Kimmel"]


def test_an_officer_named_after_a_product_line_is_a_person() -> None:
    text = (
        "Cuaca cerah.\n\nMicrosoft mengungkapkan bahwa Xbox One merupakan konsol game "
        "terlaris.\n\nBerita itu datang dari bos pemasaran Xbox Mike Nichols yang juga "
        "mengungkapkan bahwa Xbox One merupakan konsol terlaris di Inggris."
    )
    assert _roles(text) == {"Mike Nichols": "bos pemasaran Xbox"}
    assert [q[:2] for q in _quotes(text)][-1] == ("Mike Nichols", "bos pemasaran Xbox")


def test_an_english_body_whose_name_goes_on_is_not_cut_at_its_head() -> None:
    text = (
        "Cuaca cerah.\n\nTrump ingin memotong dana untuk National Institute of Health "
        "sebesar US$ 6 triliun."
    )
    assert ("National Institute", "ORG") not in _mentions(text)


def test_a_heads_word_alone_names_nothing_unless_it_points_back() -> None:
    text = (
        "Cuaca cerah.\n\nJemaat membakar dupa di Klenteng tertua di kawasan Pecinan. Suhu di "
        "Benua itu turun.\n\n"
        "Hery menyesalkan putusan Mahkamah Konstitusi (MK). Hery menilai Mahkamah terlalu "
        "berfokus pada iklan."
    )
    found = _mentions(text)
    assert not any(t in {"Klenteng", "Benua"} for t, _ in found)
    # (the rule itself, on the mentions a tagger may give: the word alone points back)
    start = text.index("Mahkamah terlalu")
    mentions = [
        {"text": "Mahkamah Konstitusi", "label": "ORG", "start": text.index("Mahkamah K")},
        {"text": "Mahkamah", "label": "ORG", "start": start},
    ]
    for m in mentions:
        m["end"] = int(m["start"]) + len(str(m["text"]))
    no_bare_titles(mentions, text)
    assert [m["text"] for m in mentions] == ["Mahkamah Konstitusi", "Mahkamah"]


def test_what_someone_starred_in_is_no_entity() -> None:
    text = (
        "Cuaca cerah.\n\nDonnie Yen yang baru-baru ini membintangi Rogue One: A Star Wars "
        "Story membaca petuah. Aktris Michelle Williams yang membintangi All The Money in the "
        "World tiba."
    )
    found = _mentions(text)
    assert ("Donnie Yen", "PER") in found
    assert ("Michelle Williams", "PER") in found
    assert not any("Rogue" in t or "Money" in t for t, _ in found)


def test_the_force_after_a_rank_is_no_part_of_the_name_without_entities() -> None:
    text = (
        "Cuaca cerah.\n\nSementara itu, Kepala Satuan Tugas Penanganan Darurat Bencana Jawa "
        "Barat Brigjen TNI Budi Santoso menyatakan pihaknya telah mengirimkan 500 personel "
        "gabungan."
    )
    found = extract_quotes(text)
    assert [q["speaker"] for q in found] == ["Budi Santoso"]


def test_places_set_off_inside_an_epithet_closed_by_a_demonstrative() -> None:
    text = (
        'Cuaca cerah.\n\n"Saya belum tertarik," kata Melly Goeslaw ketika berada di Halmahera '
        "Timur, Sabtu.\n\nArtis berdarah Buli, Kecamatan Maba, Kabupaten Halmahera Timur itu "
        "mengaku hingga kini belum ada keinginan untuk menyalonkan diri sebagai kepala daerah."
    )
    assert [q[0] for q in _quotes(text)] == ["Melly Goeslaw", "Melly Goeslaw"]


_BAND = (
    "JAKARTA, KOMPAS.com - Grup band asal Yogyakarta, Senandung Senja, merilis album ketiga "
    "pada Jumat.\n\n"
    "Vokalis Senandung Senja, Yudhistira Wardhana atau yang akrab disapa Yudhis, mengatakan "
    "proses penggarapan album memakan waktu hampir dua tahun.\n\n"
    "Untuk merayakan perilisan album, Senandung Senja akan menggelar tur ke 10 kota."
)


def test_a_band_set_off_after_its_origin_or_named_before_its_singer_is_a_body() -> None:
    found = _mentions(_BAND)
    assert found.count(("Senandung Senja", "ORG")) == 3
    assert _roles(_BAND)["Yudhistira Wardhana"] == "Vokalis Senandung Senja"


def test_a_singer_named_before_a_clauses_comma_stays_a_person() -> None:
    text = (
        "Cuaca cerah.\n\nKarena masih berduka atas kematian sang vokalis Jonghyun, Taemin "
        "urung menunjukkan kebolehannya."
    )
    assert ("Jonghyun", "ORG") not in _mentions(text)


def test_a_team_by_its_last_word_and_a_place_by_its_side() -> None:
    text = (
        "Cuaca cerah.\n\nJuara bertahan asal Italia, Lorenzo Bianchi dari tim Ducati Lenovo "
        "Team, dijadwalkan tiba di Lombok.\n\n"
        "Presiden Joko Widodo meresmikan Bendungan Way Rarem Hulu di Kabupaten Lampung Utara."
    )
    found = _mentions(text)
    assert ("Ducati Lenovo Team", "ORG") in found
    assert ("Bendungan Way Rarem Hulu", "LOC") in found


def test_a_venue_named_by_its_head_and_last_word_is_the_fuller_venue() -> None:
    mentions = [
        ("Sirkuit Internasional Pertamina Mandalika", "LOC"),
        ("Sirkuit Mandalika", "LOC"),
        ("Jalan Jenderal Sudirman", "LOC"),
        ("Jalan Sudirman", "LOC"),
        # (two fuller names fit: neither is taken)
        ("Stadion Utama Riau", "LOC"),
        ("Stadion Kaharudin Nasution Riau", "LOC"),
        ("Stadion Riau", "LOC"),
    ]
    canon = dict(zip([m[0] for m in mentions], resolve_in_document(mentions), strict=True))
    assert canon["Sirkuit Mandalika"] == "Sirkuit Internasional Pertamina Mandalika"
    assert canon["Jalan Sudirman"] == "Jalan Jenderal Sudirman"
    assert canon["Stadion Riau"] == "Stadion Riau"


def test_one_name_word_after_a_quotation_and_its_cue_is_the_person_quoted() -> None:
    text = (
        "Cuaca cerah.\n\nPermintaan maaf itu dikonfirmasi langsung oleh Mertesacker.\n\n"
        '"Saya merasa baik-baik saja dengan insiden itu," lanjut Mertesacker.\n\n'
        '"Kami siap," kata Kemenkeu.\n\n'
        '"Aston Villa sedang mencoba membujuk dirinya," ungkap Telegraph.'
    )
    found = _mentions(text)
    assert ("Mertesacker", "PER") in found
    assert ("Mertesacker", "ORG") not in found
    assert ("Kemenkeu", "ORG") in found
    # (a paper quoted speaks of no "saya")
    assert ("Telegraph", "PER") not in found


def test_cues_after_a_quotation_that_are_nouns_mid_sentence() -> None:
    text = (
        "Cuaca cerah.\n\n“Selamat malam, Singapura? Saya Ryota, senang bertemu kalian "
        "kembali,” sapa Ryota Kohama usai membawakan Cry Out.\n\n"
        "“Saya mewakili Bank BRI,” sambut Corporate Secretary Bank BRI Hari Siaga Amijarso.\n\n"
        "Menariknya, sosok Brendan dibuat berambut merah jahe, sapa seperti Sheeran di dunia "
        "nyata.\n\nTidak dinyana, kisah Lawrence memicu kemarahan banyak orang."
    )
    assert [q[:2] for q in _quotes(text)] == [
        ("Ryota Kohama", None),
        ("Hari Siaga Amijarso", "Corporate Secretary Bank BRI"),
    ]


def test_a_span_opening_on_a_full_stop_is_no_quotation() -> None:
    text = (
        "Cuaca cerah.\n\nLembaga pelatihan Algoritma mengadakan workshop bertajuk “ Kickstart "
        "Series: Building Machine Learning Applications “. Tiga hal yang menjadi bahasan utama "
        "dalam acara ini, yakni pemrograman dasar bahasa R dan teknik machine learning."
    )
    assert not [q for q in _quotes(text) if q[2].startswith(".")]


def test_initials_named_as_a_suspect_are_the_person_whatever_body_they_spell() -> None:
    text = (
        "Cuaca cerah.\n\nPenyidik KPK menetapkan Wali Kota Madiun Bambang Irianto sebagai "
        'tersangka.\n\n"KPK menemukan bukti permulaan yang cukup dan menetapkan BI sebagai '
        'tersangka," bunyi keterangan pers KPK.'
    )
    assert ("BI", "PER") in _mentions(text)
    # (a guard: the bank is the bank where no one is named so)
    assert ("BI", "ORG") in _mentions("Cuaca cerah.\n\nBI menaikkan suku bunga acuan.")


def test_a_given_name_completed_in_square_brackets_is_the_full_name() -> None:
    text = (
        "Cuaca cerah.\n\nKylie Jenner melahirkan seorang bayi perempuan.\n\n"
        '"Kris [Jenner] membantunya," lanjut sumber tersebut.\n\n'
        '"Peter [Butler] mencatat lima klub besar," kata Budi.'
    )
    canon = {(str(m["text"]), int(m["start"])): m["canonical"] for m in find_entities(text)}
    assert canon[("Kylie Jenner", text.index("Kylie"))] == "Kylie Jenner"
    assert canon[("Kris", text.index("Kris"))] == "Kris Jenner"
    assert canon[("Peter", text.index("Peter"))] == "Peter Butler"


def test_a_span_across_a_wide_gap_of_spaces_is_two_names() -> None:
    text = (
        "Cuaca cerah.\n\nTerkait     Barisan Muda Chelsea Puaskan Antonio Conte     Danny "
        "Drinkwater Lega Mainkan Laga Debut.\n\nPenyidik Komisi Pemberantasan   Korupsi hadir."
    )
    found = _mentions(text)
    assert ("Antonio Conte", "PER") in found
    assert ("Danny Drinkwater", "PER") in found
    # (a narrower gap, as scraped pages space words, stays inside the name)
    assert ("Komisi Pemberantasan   Korupsi", "ORG") in found


def test_a_list_closed_by_a_comma_and_a_conjunction_is_closed() -> None:
    text = (
        "Cuaca cerah.\n\nPertamina berbicara dengan tiga perusahaan. Ketiga perusahaan yang "
        "dimaksud adalah ConocoPhilips, Petronas, dan Marubeni."
    )
    found = _mentions(text)
    assert ("Marubeni", "ORG") in found
    assert ("Marubeni", "PER") not in found


def test_conceding_a_rivals_superiority_is_no_statement() -> None:
    text = (
        "Cuaca cerah.\n\nPersib kalah pada pertandingan uji coba. Skuat Maung Bandung "
        "mengakui keunggulan Bali United dengan skor 1-2."
    )
    assert _quotes(text) == []


def test_a_dateline_place_in_capitals_after_the_site_is_a_place() -> None:
    text = (
        "JUARA.NET, MISANO ADRIATICO - Sebuah kejadian unik mewarnai masa akhir balapan "
        "MotoGP San Marino."
    )
    assert ("MISANO ADRIATICO", "LOC") in _mentions(text)


def test_a_bodys_head_left_out_before_the_name_is_the_bodys() -> None:
    text = (
        "Cuaca cerah.\n\nKartu pembayaran SPP Yayasan Nurul Iman milik Syifa hilang. Balai "
        "Taman Nasional Kelimutu menutup kawasan.\n\nDirektur Kerja Sama Keamanan "
        "Internasional dan Antar Lembaga Robert Leonard Marbun mengungkapkan aksi itu."
    )
    found = _mentions(text)
    assert ("Yayasan Nurul Iman", "ORG") in found
    assert ("Balai Taman Nasional Kelimutu", "ORG") in found
    # (a head inside a run of capitals before it is the office's)
    assert ("Robert Leonard Marbun", "PER") in found


def test_an_epithet_running_over_commas_or_a_relative_clause_to_its_demonstrative() -> None:
    text = (
        "Cuaca cerah.\n\n“Hutan Batang Toru harus dilestarikan,” ujar Nadine Chandrawinata.\n\n"
        "“Hutan ini sangat cantik,” terang presenter My Trip My Adventure kelahiran Hannover, "
        "Jerman, 8 Mei 1984 ini.\n\n"
        "“Ini sesuai hobi saya,” beber Putri Indonesia 2005 yang pernah mewakili Indonesia di "
        "ajang Miss Universe 2006 di Amerika Serikat ini."
    )
    assert [q[0] for q in _quotes(text)] == ["Nadine Chandrawinata"] * 3


def test_an_editors_code_in_brackets_names_no_one() -> None:
    text = "Cuaca cerah.\n\nPolisi menyita barang bukti di Cimahi.\n\n(U.KR - ASP/Y003)"
    assert not any("KR" in t for t, _ in _mentions(text))


def test_an_events_name_is_no_one_and_the_event_pointed_back_to_is_a_thing() -> None:
    text = (
        "Cuaca cerah.\n\nPada akhir Oktober lalu, acara Digital Marketing Skill Share (DMSS) "
        "digelar di Bali, dengan strategi SEO (Search Engine Optimization).\n\n"
        "Selain tentang strategi pemasaran, acara ini juga menyampaikan materi tentang "
        "bagaimana pekerja dapat produktif secara maksimal."
    )
    # (the event speaks as what it is, no person the article names)
    assert [q[0] for q in _quotes(text)] == ["acara ini"]


def test_an_office_set_off_after_a_name_that_runs_into_the_next_name_is_the_next_ones() -> None:
    text = (
        "Cuaca cerah.\n\nSenada dengan Enggartiasto Lukita, Ketua Tim Perunding Indonesia untuk "
        "Indonesia - Australia Comprehensive Economic Partnership Agreement (IA - CEPA) Deddy "
        "Saleh mengatakan pengenaan bea masuk itu akan memengaruhi ekspor."
    )
    roles = _roles(text)
    assert roles["Enggartiasto Lukita"] is None
    assert str(roles["Deddy Saleh"]).startswith("Ketua Tim Perunding Indonesia")


def test_a_name_only_ever_written_after_an_events_noun_is_no_one() -> None:
    text = (
        "Cuaca cerah.\n\nUccio menyebut Rossi akan berkarier di balapan Nascar setelah itu. "
        "Bintang ajang Indonesian Idol, Budi Santoso, hadir."
    )
    found = _mentions(text)
    assert ("Nascar", "PER") not in found
    assert ("Budi Santoso", "PER") in found
